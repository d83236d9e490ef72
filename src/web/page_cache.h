// PageCache: a list page as visitors who are not signed in see it — the same for everyone reading
// that language with those filters — kept with its gzip, so a popular page costs neither its
// queries, nor rendering, nor compression (compressing a 20 KB page takes longer than answering
// it from memory). An entry serves while its version is current (the caller's: an index's
// version, or this process's write generation from the change log) and for at most kMaxAge (what
// other instances wrote, and what the layout shows without a change log: the community's name).
// Used by /needs, /projects, /map and /experts.
//
// Thread-safety: all members may be called from any thread (one mutex, held only for lookups).
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "http/response.h"
#include "i18n/lang.h"
#include "web/context.h"
#include "web/gzip.h"

namespace comdev::web {

class PageCache {
 public:
  struct Page {
    std::string html;
    std::string gzip;  // empty if compression failed
    std::uint64_t version = 0;
    std::chrono::steady_clock::time_point at;
  };
  static constexpr std::chrono::seconds kMaxAge{5};
  static constexpr std::size_t kMaxPages = 256;

  std::shared_ptr<const Page> find(const std::string& key, std::uint64_t version) const;
  std::shared_ptr<const Page> put(const std::string& key, std::string html, std::uint64_t version);

 private:
  mutable std::mutex mu_;
  std::unordered_map<std::string, std::shared_ptr<const Page>> pages_;
};

// The key of this request's page in a PageCache: its language and `query` (the filters, ideally
// normalised); empty when the page is the reader's own (signed in) or the session cannot be read,
// and then the page must be neither looked up nor stored.
std::string visitor_page_key(Ctx& ctx, std::string_view query);

// A cached page as this client takes it: gzip when accepted (the server then leaves it alone).
http::Response cached_reply(const Ctx& ctx, const PageCache::Page& page);

}  // namespace comdev::web
