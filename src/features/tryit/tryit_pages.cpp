#include <algorithm>

#include "features/tryit/tryit_module.h"
#include "features/tryit/tryit_permissions.h"
#include "features/tryit/tryit_store.h"
#include "tpl/tryit/index.h"
#include "web/errors.h"
#include "web/page.h"

namespace comdev::tryit {
namespace {

struct AccountView {
  std::string role, does, name, email, start_url;
};
struct TryView {
  web::LayoutView layout;
  std::vector<AccountView> accounts;
  bool outbox = false;  // e-mail lands in /dev/outbox on this server
};

http::Response show(web::Ctx& ctx) {
  bool demo = ctx.app.site_info(ctx.lang).demo;
  if (auto d = can(TryAction::view_page, {demo}); !d) {
    return web::reply_error(ctx, Error::not_found());
  }
  auto listed = tryit_store::list(ctx.app.db());
  if (!listed) return web::reply_error(ctx, listed.error());
  const auto& cat = i18n::catalogue(ctx.lang);
  TryView v;
  for (const auto& a : demo_accounts()) {
    auto it = std::find_if(listed->begin(), listed->end(),
                           [&](const auto& l) { return l.role == a.role; });
    if (it == listed->end()) continue;
    AccountView av{std::string(cat.text(a.label_key)), std::string(cat.text(a.does_key)),
                   it->display_name, it->email, ""};
    if (it->project_id) {
      av.start_url = "/projects/" + std::to_string(*it->project_id);
    } else if (it->organisation_id) {
      av.start_url = "/organisations/" + std::to_string(*it->organisation_id);
    }
    v.accounts.push_back(std::move(av));
  }
  v.outbox = ctx.app.config().smtp_url.empty();
  v.layout = web::make_layout(ctx, std::string(cat.text("tryit.title")), "");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::tryit_index(out, v); });
  res.header("Cache-Control", "no-cache");
  return res;
}

}  // namespace

void register_module(web::App& app) {
  app.get("/try", show);
}

}  // namespace comdev::tryit
