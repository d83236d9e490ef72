#include "features/accounts/accounts_rules.h"

#include "core/text.h"

namespace comdev::accounts {

std::string_view purpose_name(Purpose p) {
  switch (p) {
    case Purpose::verify:
      return "verify";
    case Purpose::reset:
      return "reset";
    case Purpose::change_email:
      return "change_email";
  }
  return "verify";
}

std::optional<Purpose> parse_purpose(std::string_view name) {
  if (name == "verify") return Purpose::verify;
  if (name == "reset") return Purpose::reset;
  if (name == "change_email") return Purpose::change_email;
  return std::nullopt;
}

seconds lifetime(Purpose p) {
  switch (p) {
    case Purpose::verify:
      return kVerifyLifetime;
    case Purpose::reset:
      return kResetLifetime;
    case Purpose::change_email:
      return kChangeEmailLifetime;
  }
  return kResetLifetime;
}

std::optional<std::string> token_problem(const EmailToken& t, core::Seconds now) {
  if (t.used_at) return "accounts.token.used";
  auto expires = core::parse_iso(t.expires_at);
  if (!expires || *expires <= now) return "accounts.token.expired";
  return std::nullopt;
}

bool within_limit(int count_with_this_one, const RateRule& rule) {
  return count_with_this_one <= rule.max;
}

std::string bucket(const RateRule& rule, std::string_view key) {
  std::string b(rule.name);
  b += ':';
  b += key;
  return b;
}

bool is_api_token_id(std::string_view id) {
  if (id.size() != kApiTokenIdLength) return false;
  for (char c : id) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string api_token_name(std::string_view raw) {
  std::string_view s = core::trim_space(raw);
  if (s.size() > 100) {
    std::size_t n = 100;
    // Never cut a character in two: step back over continuation bytes (10xxxxxx).
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    s = core::trim_space(s.substr(0, n));
  }
  return std::string(s);
}

}  // namespace comdev::accounts
