#include <nlohmann/json.hpp>

#include "features/contact/contact_api_doc.h"
#include "features/contact/contact_forms.h"
#include "features/contact/contact_module.h"
#include "features/contact/contact_store.h"
#include "web/errors.h"

namespace comdev::contact {
namespace {

// POST /api/v1/contact {"request_key","name","email","message"} -> 201 {"id": N}
// A repeat with the same request_key returns the same id: clients may retry safely.
http::Response send(web::Ctx& ctx) {
  auto doc = nlohmann::json::parse(ctx.req.body, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) {
    return web::reply_error(ctx, Error::invalid("errors.bad_request"));
  }
  auto field = [&](const char* name) -> std::string {
    auto it = doc.find(name);
    return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string{};
  };
  std::string key = field("request_key"), name = field("name"), email = field("email"),
              body = field("message");
  auto msg = validate({key, name, email, body}, i18n::code(ctx.lang));
  if (!msg) return web::reply_error(ctx, msg.error());
  auto id = contact_store::insert_once(ctx.app.db(), *msg);
  if (!id) return web::reply_error(ctx, id.error());
  return http::Response::json(nlohmann::json{{"id", *id}}.dump(), 201);
}

}  // namespace

void register_api(web::App& app) {
  app.post("/api/v1/contact", send, api_doc::kSend);
}

}  // namespace comdev::contact
