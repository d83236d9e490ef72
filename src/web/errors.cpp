#include "web/errors.h"

#include "core/log.h"
#include "tpl/errors/error.h"
#include "web/app.h"
#include "web/page.h"

namespace comdev::web {
namespace {

struct ErrorView {
  LayoutView layout;
  int status = 500;
  std::string message;
  std::vector<std::string> fields;
};

std::string fill(std::string text, const Error& e) {
  for (const auto& [name, value] : e.params) {
    std::string key = "{" + name + "}";
    for (auto pos = text.find(key); pos != std::string::npos; pos = text.find(key, pos)) {
      text.replace(pos, key.size(), value);
      pos += value.size();
    }
  }
  return text;
}

}  // namespace

std::string_view message_id_for_status(int status) {
  switch (status) {
    case 400:
      return "errors.bad_request";
    case 401:
      return "errors.unauthenticated";
    case 403:
      return "errors.forbidden";
    case 404:
      return "errors.not_found";
    case 405:
      return "errors.method_not_allowed";
    case 408:
      return "errors.timeout";
    case 409:
      return "errors.conflict";
    case 413:
      return "errors.payload_too_large";
    case 422:
      return "errors.invalid";
    case 429:
      return "errors.rate_limited";
    case 431:
      return "errors.headers_too_large";
    case 503:
      return "errors.unavailable";
    default:
      return "errors.internal";
  }
}

http::Response error_page(const App& app, i18n::Lang lang, std::string_view path, int status,
                          const Error& error) {
  const auto& cat = i18n::catalogue(lang);
  ErrorView v;
  v.status = status;
  v.message = fill(std::string(cat.text(error.message_id.empty() ? message_id_for_status(status)
                                                                 : error.message_id)),
                   error);
  for (const auto& f : error.fields) {
    v.fields.push_back(fill(std::string(cat.text(f.message_id)), error));
  }
  v.layout = make_layout(app, lang, path, std::string(cat.text(message_id_for_status(status))), "");
  auto res = render(lang, status, [&](Out& out) { tpl::errors_error(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response error_json(i18n::Lang lang, int status, const Error& error) {
  const auto& cat = i18n::catalogue(lang);
  std::string body = "{\"error\":{\"code\":";
  log::append_json_string(body, to_string(error.code));
  body += ",\"message\":";
  log::append_json_string(
      body, fill(std::string(cat.text(error.message_id.empty() ? message_id_for_status(status)
                                                               : error.message_id)),
                 error));
  body += ",\"fields\":{";
  bool first = true;
  for (const auto& f : error.fields) {
    if (!first) body += ',';
    first = false;
    log::append_json_string(body, f.field);
    body += ':';
    log::append_json_string(body, fill(std::string(cat.text(f.message_id)), error));
  }
  body += "}}}";
  auto res = http::Response::json(std::move(body), status);
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response reply_error(Ctx& ctx, const Error& error) {
  int status = http_status(error.code);
  if (error.code == ErrorCode::internal || error.code == ErrorCode::unavailable) {
    log::error("request failed", {{"request_id", ctx.req.request_id},
                                  {"route", ctx.req.route},
                                  {"code", to_string(error.code)},
                                  {"detail", error.detail}});
  }
  if (ctx.api) return error_json(ctx.lang, status, error);
  return error_page(ctx.app, ctx.lang, ctx.req.path, status, error);
}

}  // namespace comdev::web
