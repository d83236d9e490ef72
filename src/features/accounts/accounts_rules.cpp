#include "features/accounts/accounts_rules.h"

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

bool window_over(core::Seconds window_start, core::Seconds now, const RateRule& rule) {
  return window_start + rule.window <= now;
}

bool limited(int count, core::Seconds window_start, core::Seconds now, const RateRule& rule) {
  if (window_over(window_start, now, rule)) return false;
  return count >= rule.max;
}

std::string bucket(const RateRule& rule, std::string_view key) {
  std::string b(rule.name);
  b += ':';
  b += key;
  return b;
}

}  // namespace comdev::accounts
