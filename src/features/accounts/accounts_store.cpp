#include "features/accounts/accounts_store.h"

#include "core/time.h"
#include "features/audit/audit_store.h"
#include "web/session.h"

namespace comdev::accounts::accounts_store {
namespace {

constexpr std::string_view kAccountColumns =
    "SELECT id, email, display_name, password_hash, preferred_lang, email_verified_at, "
    "is_admin, is_animator FROM members ";

Account account_of(const store::Row& r) {
  return Account{r.integer(0), r.text(1),     r.text(2),         r.text(3),
                 r.text(4),    !r.is_null(5), r.integer(6) != 0, r.integer(7) != 0};
}

Result<std::optional<Account>> one_account(Result<store::Rows> rows) {
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<Account>{};
  return std::optional<Account>{account_of(rows->rows.front())};
}

Status insert_token(store::Conn& c, const std::string& hash, std::int64_t member_id,
                    Purpose purpose, std::string_view email, std::chrono::seconds ttl) {
  auto now = core::now();
  auto r = c.query(
      "INSERT INTO email_tokens (token_hash, member_id, purpose, email, created_at, expires_at) "
      "VALUES ($1, $2, $3, $4, $5, $6)",
      store::params(hash, member_id, std::string(purpose_name(purpose)), std::string(email),
                    core::iso(now), core::iso(now + ttl)));
  if (!r) return r.error();
  return {};
}

// Reads the token for update and marks it used; the caller's transaction does the rest.
Result<EmailToken> consume(store::Conn& c, std::string_view token) {
  if (token.size() < 20 || token.size() > 100) return Error::not_found("accounts.token.invalid");
  std::string hash = web::hash_token(token);
  auto rows = c.query(
      "SELECT member_id, purpose, email, created_at, expires_at, used_at FROM email_tokens "
      "WHERE token_hash = $1",
      store::params(hash));
  if (!rows) return rows.error();
  if (rows->empty()) return Error::not_found("accounts.token.invalid");
  const auto& r = rows->rows.front();
  auto purpose = parse_purpose(r.text(1));
  if (!purpose) return Error::not_found("accounts.token.invalid");
  EmailToken t{r.integer(0), *purpose, r.text(2), r.text(3), r.text(4), r.opt_text(5)};
  if (auto problem = token_problem(t, core::now())) return Error::invalid(*problem);
  // The guard on used_at makes two concurrent clicks use the token once.
  auto upd =
      c.query("UPDATE email_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL",
              store::params(core::iso_now(), hash));
  if (!upd) return upd.error();
  if (upd->affected != 1) return Error::invalid("accounts.token.used");
  return t;
}

}  // namespace

Result<std::optional<Account>> find_by_email(store::Db& db, std::string_view email) {
  return one_account(
      db.query(std::string(kAccountColumns) + "WHERE email = $1 AND deleted_at IS NULL",
               store::params(std::string(email))));
}

Result<std::optional<Account>> find_by_id(store::Db& db, std::int64_t id) {
  return one_account(db.query(std::string(kAccountColumns) + "WHERE id = $1 AND deleted_at IS NULL",
                              store::params(id)));
}

Result<std::int64_t> create_unverified(store::Db& db, const NewAccount& a,
                                       const std::string& password_hash, std::string* token) {
  *token = web::random_token();
  std::string hash = web::hash_token(*token);
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto r = c.query(
        "INSERT INTO members (email, display_name, password_hash, preferred_lang, created_at) "
        "VALUES ($1, $2, $3, $4, $5) RETURNING id",
        store::params(a.email, a.display_name, password_hash, a.lang, core::iso_now()));
    if (!r) {
      if (r.error().code == ErrorCode::conflict) {
        return Error::conflict("accounts.errors.email_taken");
      }
      return r.error();
    }
    std::int64_t id = r->rows.front().integer(0);
    if (auto st = insert_token(c, hash, id, Purpose::verify, a.email, kVerifyLifetime); !st) {
      return st.error();
    }
    return id;
  });
}

Result<std::string> issue_token(store::Db& db, std::int64_t member_id, Purpose purpose,
                                std::string_view email, std::chrono::seconds ttl) {
  std::string token = web::random_token();
  auto conn = db.acquire();
  if (!conn) return conn.error();
  if (auto st = insert_token(**conn, web::hash_token(token), member_id, purpose, email, ttl); !st) {
    return st.error();
  }
  return token;
}

Result<std::optional<EmailToken>> find_token(store::Db& db, std::string_view token) {
  if (token.size() < 20 || token.size() > 100) return std::optional<EmailToken>{};
  auto rows = db.query(
      "SELECT member_id, purpose, email, created_at, expires_at, used_at FROM email_tokens "
      "WHERE token_hash = $1",
      store::params(web::hash_token(token)));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<EmailToken>{};
  const auto& r = rows->rows.front();
  auto purpose = parse_purpose(r.text(1));
  if (!purpose) return std::optional<EmailToken>{};
  return std::optional<EmailToken>{
      EmailToken{r.integer(0), *purpose, r.text(2), r.text(3), r.text(4), r.opt_text(5)}};
}

Result<TokenUse> use_email_token(store::Db& db, std::string_view token) {
  return db.transaction<TokenUse>([&](store::Conn& c) -> Result<TokenUse> {
    auto t = consume(c, token);
    if (!t) return t.error();
    std::string now = core::iso_now();
    if (t->purpose == Purpose::verify) {
      auto r = c.query(
          "UPDATE members SET email_verified_at = COALESCE(email_verified_at, $1) "
          "WHERE id = $2 AND email = $3 AND deleted_at IS NULL",
          store::params(now, t->member_id, t->email));
      if (!r) return r.error();
      if (r->affected != 1) return Error::invalid("accounts.token.expired");
      return TokenUse{t->member_id, Purpose::verify};
    }
    if (t->purpose == Purpose::change_email) {
      auto r = c.query(
          "UPDATE members SET email = $1, email_verified_at = $2 WHERE id = $3 AND "
          "deleted_at IS NULL",
          store::params(t->email, now, t->member_id));
      if (!r) {
        if (r.error().code == ErrorCode::conflict) {
          return Error::conflict("accounts.errors.email_taken");
        }
        return r.error();
      }
      if (r->affected != 1) return Error::not_found("accounts.token.invalid");
      // Older links to other addresses must not switch the account back later.
      auto others = c.query(
          "UPDATE email_tokens SET used_at = $1 WHERE member_id = $2 AND purpose = $3 AND "
          "used_at IS NULL",
          store::params(now, t->member_id, std::string(purpose_name(Purpose::change_email))));
      if (!others) return others.error();
      if (auto st = audit::audit_store::record(c, t->member_id, "account.email.changed", "member",
                                               t->member_id, "");
          !st) {
        return st.error();
      }
      return TokenUse{t->member_id, Purpose::change_email};
    }
    return Error::not_found("accounts.token.invalid");  // a reset link is not followed here
  });
}

Result<std::int64_t> reset_password(store::Db& db, std::string_view token,
                                    const std::string& password_hash) {
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto t = consume(c, token);
    if (!t) return t.error();
    if (t->purpose != Purpose::reset) return Error::not_found("accounts.token.invalid");
    std::string now = core::iso_now();
    // Following the link proves the mailbox, so an unverified account becomes verified.
    auto r = c.query(
        "UPDATE members SET password_hash = $1, email_verified_at = COALESCE(email_verified_at, "
        "$2) WHERE id = $3 AND deleted_at IS NULL",
        store::params(password_hash, now, t->member_id));
    if (!r) return r.error();
    if (r->affected != 1) return Error::not_found("accounts.token.invalid");
    for (std::string_view sql : {"DELETE FROM sessions WHERE member_id = $1",
                                 "DELETE FROM api_tokens WHERE member_id = $1"}) {
      auto d = c.query(sql, store::params(t->member_id));
      if (!d) return d.error();
    }
    auto others = c.query(
        "UPDATE email_tokens SET used_at = $1 WHERE member_id = $2 AND purpose = $3 AND "
        "used_at IS NULL",
        store::params(now, t->member_id, std::string(purpose_name(Purpose::reset))));
    if (!others) return others.error();
    if (auto st = audit::audit_store::record(c, t->member_id, "account.password.reset", "member",
                                             t->member_id, "");
        !st) {
      return st.error();
    }
    return t->member_id;
  });
}

Result<bool> take_attempt(store::Db& db, const RateRule& rule, std::string_view key) {
  auto now = core::now();
  // One statement, so concurrent attempts on several instances are all counted, each seeing
  // the counter with itself in it.
  auto r = db.query(
      "INSERT INTO rate_limits (bucket, window_start, count) VALUES ($1, $2, 1) "
      "ON CONFLICT (bucket) DO UPDATE SET "
      "count = CASE WHEN rate_limits.window_start <= $3 THEN 1 ELSE rate_limits.count + 1 END, "
      "window_start = CASE WHEN rate_limits.window_start <= $3 THEN $2 "
      "ELSE rate_limits.window_start END RETURNING count",
      store::params(bucket(rule, key), core::iso(now), core::iso(now - rule.window)));
  if (!r) return r.error();
  if (r->empty()) return Error::internal("rate_limits: no count returned");
  return within_limit(static_cast<int>(r->rows.front().integer(0)), rule);
}

Status give_back_attempt(store::Db& db, const RateRule& rule, std::string_view key) {
  auto r = db.query("UPDATE rate_limits SET count = count - 1 WHERE bucket = $1 AND count > 0",
                    store::params(bucket(rule, key)));
  if (!r) return r.error();
  return {};
}

Result<ApiToken> create_api_token(store::Db& db, std::int64_t member_id, std::string_view name) {
  ApiToken t{web::random_token(), core::iso(core::now() + kApiTokenLifetime)};
  auto made = db.transaction<std::monostate>([&](store::Conn& c) -> Result<std::monostate> {
    auto r = c.query(
        "INSERT INTO api_tokens (token_hash, member_id, name, created_at, expires_at) "
        "VALUES ($1, $2, $3, $4, $5)",
        store::params(web::hash_token(t.token), member_id, std::string(name), core::iso_now(),
                      t.expires_at));
    if (!r) return r.error();
    if (auto st = audit::audit_store::record(c, member_id, "account.token.created", "member",
                                             member_id, "");
        !st) {
      return st.error();
    }
    return std::monostate{};
  });
  if (!made) return made.error();
  return t;
}

Result<std::vector<ApiTokenInfo>> list_api_tokens(store::Db& db, std::int64_t member_id) {
  auto rows = db.query(
      "SELECT substr(token_hash, 1, $3), name, created_at, expires_at, "
      "COALESCE(last_used_at, '') FROM api_tokens WHERE member_id = $1 AND expires_at > $2 "
      "ORDER BY created_at DESC, token_hash",
      store::params(member_id, core::iso_now(), static_cast<std::int64_t>(kApiTokenIdLength)));
  if (!rows) return rows.error();
  std::vector<ApiTokenInfo> out;
  for (const auto& r : rows->rows) {
    out.push_back({r.text(0), r.text(1), r.text(2), r.text(3), r.text(4)});
  }
  return out;
}

Result<bool> revoke_api_token(store::Db& db, std::int64_t member_id, std::string_view id) {
  if (!is_api_token_id(id)) return false;
  return db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto d = c.query(
        "DELETE FROM api_tokens WHERE member_id = $1 AND substr(token_hash, 1, $3) = $2",
        store::params(member_id, std::string(id), static_cast<std::int64_t>(kApiTokenIdLength)));
    if (!d) return d.error();
    if (d->affected == 0) return false;
    if (auto st = audit::audit_store::record(c, member_id, "account.token.revoked", "member",
                                             member_id, "");
        !st) {
      return st.error();
    }
    return true;
  });
}

Result<std::optional<web::Actor>> resolve_api_token(store::Db& db, std::string_view token) {
  if (token.size() < 20 || token.size() > 100) return std::optional<web::Actor>{};
  std::string hash = web::hash_token(token);
  std::string now = core::iso_now();
  auto rows = db.query(
      "SELECT m.id, m.is_admin, m.is_animator, m.display_name FROM api_tokens t "
      "JOIN members m ON m.id = t.member_id "
      "WHERE t.token_hash = $1 AND t.expires_at > $2 AND m.deleted_at IS NULL",
      store::params(hash, now));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<web::Actor>{};
  const auto& r = rows->rows.front();
  web::Actor a;
  a.member_id = r.integer(0);
  a.is_admin = r.integer(1) != 0;
  a.is_animator = r.integer(2) != 0;
  a.display_name = r.text(3);
  // Minute precision is enough and spares a write on every request.
  auto used = db.query(
      "UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2 AND "
      "(last_used_at IS NULL OR last_used_at < $3)",
      store::params(now, hash, core::iso(core::now() - std::chrono::minutes(1))));
  if (!used) return used.error();
  return std::optional<web::Actor>{std::move(a)};
}

}  // namespace comdev::accounts::accounts_store
