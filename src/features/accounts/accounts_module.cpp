#include "features/accounts/accounts_module.h"

#include "features/accounts/accounts_store.h"

namespace comdev::accounts {

void register_module(web::App& app) {
  register_pages(app);
  register_token_pages(app);
  register_api(app);
  store::Db& db = app.db();
  app.set_bearer_resolver(
      [&db](std::string_view token) { return accounts_store::resolve_api_token(db, token); });
}

}  // namespace comdev::accounts
