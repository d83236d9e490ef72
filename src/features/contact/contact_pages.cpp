#include "features/contact/contact_forms.h"
#include "features/contact/contact_module.h"
#include "features/contact/contact_store.h"
#include "tpl/contact/form.h"
#include "web/errors.h"
#include "web/page.h"

namespace comdev::contact {
namespace {

struct FormView {
  web::LayoutView layout;
  bool sent = false;
  std::string csrf, request_key, name, email, message;
  std::vector<std::string> errors;
};

http::Response render_form(web::Ctx& ctx, FormView& v, int status) {
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  v.csrf = *csrf;
  if (v.request_key.empty()) v.request_key = web::random_token(16);
  v.layout = web::make_layout(ctx, std::string(i18n::catalogue(ctx.lang).text("contact.title")),
                              "contact");
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::contact_form(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response show(web::Ctx& ctx) {
  FormView v;
  v.sent = ctx.query.get("sent") == "1";
  return render_form(ctx, v, 200);
}

http::Response send(web::Ctx& ctx) {
  auto msg = validate({ctx.form.get("request_key"), ctx.form.get("name"), ctx.form.get("email"),
                       ctx.form.get("message")},
                      i18n::code(ctx.lang));
  if (!msg) {
    if (msg.error().fields.empty()) return web::reply_error(ctx, msg.error());
    // Show the form again with what was typed, so nothing is lost.
    FormView v;
    v.request_key = std::string(ctx.form.get("request_key"));
    v.name = std::string(ctx.form.get("name"));
    v.email = std::string(ctx.form.get("email"));
    v.message = std::string(ctx.form.get("message"));
    for (const auto& f : msg.error().fields) {
      v.errors.emplace_back(i18n::catalogue(ctx.lang).text(f.message_id));
    }
    return render_form(ctx, v, 422);
  }
  auto id = contact_store::insert_once(ctx.app.db(), *msg);
  if (!id) return web::reply_error(ctx, id.error());
  return http::Response::redirect("/contact?sent=1");
}

}  // namespace

void register_pages(web::App& app) {
  app.get("/contact", show);
  app.post("/contact", send);
}

}  // namespace comdev::contact
