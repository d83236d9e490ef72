// An HTTP request from the server to another service (a payment provider's API), over libcurl:
// one call, one connection, bounded by short timeouts so a slow provider holds a worker for
// seconds, never minutes. Thread-safe.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace comdev::payments {

struct Fetched {
  long status = 0;
  std::string body;
};

// `method` is GET or POST; unavailable when no answer came (refused, timed out).
Result<Fetched> fetch(const std::string& method, const std::string& url,
                      const std::vector<std::pair<std::string, std::string>>& headers,
                      const std::string& body = {});

}  // namespace comdev::payments
