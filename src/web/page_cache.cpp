#include "web/page_cache.h"

namespace comdev::web {

std::shared_ptr<const PageCache::Page> PageCache::find(const std::string& key,
                                                       std::uint64_t version) const {
  std::lock_guard lock(mu_);
  auto it = pages_.find(key);
  if (it == pages_.end() || it->second->version != version ||
      std::chrono::steady_clock::now() - it->second->at > kMaxAge)
    return nullptr;
  return it->second;
}

std::shared_ptr<const PageCache::Page> PageCache::put(const std::string& key, std::string html,
                                                      std::uint64_t version) {
  auto page = std::make_shared<Page>();
  page->gzip = gzip(html, 6);  // outside the lock: it is the slow part
  page->html = std::move(html);
  page->version = version;
  page->at = std::chrono::steady_clock::now();
  std::lock_guard lock(mu_);
  // Many distinct filter combinations (a crawler): start again rather than track ages.
  if (pages_.size() >= kMaxPages) pages_.clear();
  pages_[key] = page;
  return page;
}

std::string visitor_page_key(Ctx& ctx, std::string_view query) {
  auto session = ctx.session();
  if (!session || (*session && (*session)->member_id != 0)) return {};
  std::string key(i18n::code(ctx.lang));
  key += '?';
  key += query;
  return key;
}

http::Response cached_reply(const Ctx& ctx, const PageCache::Page& page) {
  bool zipped = !page.gzip.empty() && accepts_gzip(ctx.req.header("accept-encoding"));
  auto res = http::Response::html(zipped ? page.gzip : page.html);
  if (zipped) res.header("Content-Encoding", "gzip");
  res.header("Content-Language", std::string(i18n::code(ctx.lang)));
  return res;
}

}  // namespace comdev::web
