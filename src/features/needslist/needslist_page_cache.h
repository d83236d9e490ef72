// PageCache: the rendered /needs page for visitors who are not signed in — the page is then the
// same for everyone reading that language with those filters — kept with its gzip so a popular
// list costs neither rendering nor compression (compressing a 20 KB page takes longer than
// answering it from the index). An entry serves while the index has not changed since it was
// rendered, and for at most kMaxAge (the layout also shows the community's name, which has no
// change log).
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

#include "web/gzip.h"

namespace comdev::needslist {

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

using web::accepts_gzip;
using web::gzip;

}  // namespace comdev::needslist
