// All SQL of accounts: members' sign-in fields, e-mail tokens, API tokens and rate-limit
// counters. Tokens go in as hashes (web::hash_token); the raw token is returned once, to be
// mailed or handed to the API client, and never stored.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "core/result.h"
#include "features/accounts/account.h"
#include "features/accounts/accounts_rules.h"
#include "store/db.h"
#include "web/actor.h"

namespace comdev::accounts::accounts_store {

// Live (not deleted) accounts only.
Result<std::optional<Account>> find_by_email(store::Db& db, std::string_view email);
Result<std::optional<Account>> find_by_id(store::Db& db, std::int64_t id);

// Creates an unverified account and its verification token in one transaction; returns the
// member id and writes the raw token to *token.
// Error::conflict("accounts.errors.email_taken") when the address is already registered.
Result<std::int64_t> create_unverified(store::Db& db, const NewAccount& a,
                                       const std::string& password_hash, std::string* token);

// A new single-use token for `member_id`, valid for `ttl` (negative in tests: already expired).
Result<std::string> issue_token(store::Db& db, std::int64_t member_id, Purpose purpose,
                                std::string_view email, std::chrono::seconds ttl);
// The token as stored, if known (whatever its state).
Result<std::optional<EmailToken>> find_token(store::Db& db, std::string_view token);

// Follows a verification or change-of-e-mail link, in one transaction: marks the token used and
// verifies the account, or moves it to the new address (audited). Errors: not_found
// "accounts.token.invalid", invalid "accounts.token.expired"/"accounts.token.used", conflict
// "accounts.errors.email_taken" (someone took the new address meanwhile).
Result<TokenUse> use_email_token(store::Db& db, std::string_view token);
// Follows a reset link: new password, every session and API token of the member deleted, an
// audit entry — one transaction. Same errors as use_email_token.
Result<std::int64_t> reset_password(store::Db& db, std::string_view token,
                                    const std::string& password_hash);

// Fixed-window counters in the shared `rate_limits` table.
// Counts one attempt for `key` and says whether it is within `rule`: the count and the answer
// come from one statement, so parallel attempts cannot all pass a check made before counting.
Result<bool> take_attempt(store::Db& db, const RateRule& rule, std::string_view key);
// Hands back an attempt that turned out legitimate (a successful sign-in).
Status give_back_attempt(store::Db& db, const RateRule& rule, std::string_view key);

// API bearer tokens.
Result<ApiToken> create_api_token(store::Db& db, std::int64_t member_id, std::string_view name);
// The member's live tokens, newest first.
Result<std::vector<ApiTokenInfo>> list_api_tokens(store::Db& db, std::int64_t member_id);
// Deletes the member's token with this id (audited); false when the member has none such.
Result<bool> revoke_api_token(store::Db& db, std::int64_t member_id, std::string_view id);
// The member a live token belongs to (and notes its use), or nullopt.
Result<std::optional<web::Actor>> resolve_api_token(store::Db& db, std::string_view token);

}  // namespace comdev::accounts::accounts_store
