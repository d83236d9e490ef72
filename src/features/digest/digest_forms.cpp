#include "features/digest/digest_forms.h"

namespace comdev::digest {

Result<Frequency> parse_settings(const http::Form& form) {
  auto f = parse_frequency(form.get("frequency"));
  if (!f) return Error::invalid("errors.invalid", {{"frequency", "digest.errors.frequency"}});
  return *f;
}

Result<std::string> parse_token(const http::Form& query, const http::Form& form) {
  std::string_view token = query.get("token");
  if (token.empty()) token = form.get("token");
  // Ours are 32 random bytes in URL-safe base64 (43 characters); a little room either way.
  bool ok = token.size() >= 20 && token.size() <= 128;
  for (char c : token) {
    bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '-' || c == '_';
    ok = ok && allowed;
  }
  if (!ok) return Error::not_found("digest.unsubscribe.bad_token");
  return std::string(token);
}

}  // namespace comdev::digest
