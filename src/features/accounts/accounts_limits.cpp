#include "features/accounts/accounts_limits.h"

#include <utility>

#include "features/accounts/accounts_rules.h"
#include "features/accounts/accounts_session.h"
#include "features/accounts/accounts_store.h"
#include "web/app.h"
#include "web/session.h"

namespace comdev::accounts {
namespace {

// The account and the client together: neither an address nor an IP alone.
std::string account_and_client(const web::Ctx& ctx, const std::string& email) {
  return web::hash_token(email + '\n' + client_key(ctx));
}

// Takes one attempt under each rule; false as soon as one is over its limit. Every rule is
// counted even then, so that hammering on a limit keeps it closed.
Result<bool> take_all(const web::Ctx& ctx,
                      std::initializer_list<std::pair<const RateRule*, std::string>> rules) {
  bool allowed = true;
  for (const auto& [rule, key] : rules) {
    auto ok = accounts_store::take_attempt(ctx.app.db(), *rule, key);
    if (!ok) return ok.error();
    allowed = allowed && *ok;
  }
  return allowed;
}

}  // namespace

Result<bool> take_signin_attempt(const web::Ctx& ctx, const std::string& email) {
  return take_all(ctx, {{&kSigninPerAccountAndIp, account_and_client(ctx, email)},
                        {&kSigninPerIp, client_key(ctx)}});
}

Status signin_succeeded(const web::Ctx& ctx, const std::string& email) {
  if (auto st = accounts_store::give_back_attempt(ctx.app.db(), kSigninPerAccountAndIp,
                                                  account_and_client(ctx, email));
      !st) {
    return st;
  }
  return accounts_store::give_back_attempt(ctx.app.db(), kSigninPerIp, client_key(ctx));
}

Result<bool> take_mail_attempt(const web::Ctx& ctx, const std::string& email) {
  return take_all(ctx, {{&kMailPerEmail, web::hash_token(email)}, {&kMailPerIp, client_key(ctx)}});
}

}  // namespace comdev::accounts
