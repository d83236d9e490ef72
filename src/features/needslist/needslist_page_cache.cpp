#include "features/needslist/needslist_page_cache.h"

#include <zlib.h>

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
  page->gzip = gzip(html);  // outside the lock: it is the slow part
  page->html = std::move(html);
  page->version = version;
  page->at = std::chrono::steady_clock::now();
  std::lock_guard lock(mu_);
  // Many distinct filter combinations (a crawler): start again rather than track ages.
  if (pages_.size() >= kMaxPages) pages_.clear();
  pages_[key] = page;
  return page;
}

bool accepts_gzip(std::string_view header) {
  while (!header.empty()) {
    auto comma = header.find(',');
    std::string_view part = header.substr(0, comma);
    header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
    auto semi = part.find(';');
    std::string_view coding = part.substr(0, semi);
    while (!coding.empty() && coding.front() == ' ') coding.remove_prefix(1);
    while (!coding.empty() && coding.back() == ' ') coding.remove_suffix(1);
    if (coding != "gzip" && coding != "*") continue;
    if (semi == std::string_view::npos) return true;
    std::string_view params = part.substr(semi + 1);
    auto q = params.find("q=");
    if (q == std::string_view::npos) return true;
    std::string_view value = params.substr(q + 2);
    // q=0, q=0.0, q=0.000 refuse; anything else accepts.
    bool zero = !value.empty() && value.front() == '0';
    for (char c : value.substr(zero ? 1 : 0)) {
      if (c == ' ') break;
      if (c != '.' && c != '0') zero = false;
    }
    if (!zero) return true;
  }
  return false;
}

std::string gzip(std::string_view data) {
  z_stream zs{};
  // windowBits 15 + 16: a gzip header rather than a zlib one.
  if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    return {};
  std::string out(deflateBound(&zs, data.size()), '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  if (rc != Z_STREAM_END) return {};
  return out;
}

}  // namespace comdev::needslist
