#include "features/needslist/needslist_page_cache.h"

namespace comdev::needslist {

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
  page->gzip = web::gzip(html, 6);  // outside the lock: it is the slow part
  page->html = std::move(html);
  page->version = version;
  page->at = std::chrono::steady_clock::now();
  std::lock_guard lock(mu_);
  // Many distinct filter combinations (a crawler): start again rather than track ages.
  if (pages_.size() >= kMaxPages) pages_.clear();
  pages_[key] = page;
  return page;
}

}  // namespace comdev::needslist
