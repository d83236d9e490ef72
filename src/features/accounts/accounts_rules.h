// The rules of accounts, without I/O: how long each link lives, when a link may be used, and the
// rate limits of sign-in and of the requests that send e-mail.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/time.h"
#include "features/accounts/account.h"

namespace comdev::accounts {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

inline constexpr seconds kVerifyLifetime = hours(48);
inline constexpr seconds kResetLifetime = hours(1);
inline constexpr seconds kChangeEmailLifetime = hours(48);
inline constexpr seconds kApiTokenLifetime = hours(24 * 30);
// A token's public id: the first hex digits of its hash (64 bits: unique per member in practice,
// and no help to guess the token).
inline constexpr std::size_t kApiTokenIdLength = 16;
bool is_api_token_id(std::string_view id);
// A token's label as the member typed it: trimmed, at most 100 bytes of whole characters.
std::string api_token_name(std::string_view raw);

std::string_view purpose_name(Purpose p);
std::optional<Purpose> parse_purpose(std::string_view name);
seconds lifetime(Purpose p);

// Why a stored token cannot be used now (a catalogue key), or nullopt if it can.
// A used token is reported as used even once expired: that is what the person needs to know.
std::optional<std::string> token_problem(const EmailToken& t, core::Seconds now);

// A fixed-window limit: at most `max` counted events per `window` for one key.
struct RateRule {
  std::string_view name;  // bucket prefix, e.g. "signin.email"
  int max;
  seconds window;
};

// Sign-in attempts (pages and API tokens alike): per account and client address together, so
// that a stranger elsewhere cannot lock the owner out by failing on purpose, and per client
// address. A successful sign-in hands its attempt back: only failures use the allowance up.
inline constexpr RateRule kSigninPerAccountAndIp{"signin.account_ip", 5, minutes(15)};
inline constexpr RateRule kSigninPerIp{"signin.ip", 20, minutes(15)};
// Requests that send an e-mail to an address typed by a visitor (forgot, resend, a sign-up with
// a registered address), per address (protecting its mailbox) and per client address.
inline constexpr RateRule kMailPerEmail{"mail.email", 3, minutes(15)};
inline constexpr RateRule kMailPerIp{"mail.ip", 10, minutes(15)};

// Whether an attempt is let through, given the window's counter with this attempt in it (the
// store takes the attempt and reads the counter in one statement: parallel attempts are all
// counted before any is let through).
bool within_limit(int count_with_this_one, const RateRule& rule);
// The bucket key: the rule's name and a key that is already hashed or otherwise not personal.
std::string bucket(const RateRule& rule, std::string_view key);

}  // namespace comdev::accounts
