// Ctx: one request as a handler sees it — the request, the language chosen for the reply, the
// acting person, the parsed form, and what the reply must carry back (cookies).
// Lives on the worker thread for the duration of one request.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "http/form.h"
#include "http/multipart.h"
#include "http/request.h"
#include "i18n/lang.h"
#include "web/actor.h"
#include "web/session.h"

namespace comdev::web {

class App;

struct Ctx {
  Ctx(App& a, http::Request& r, i18n::Lang l) : app(a), req(r), lang(l) {}

  App& app;
  http::Request& req;
  i18n::Lang lang = i18n::kDefaultLang;
  http::Form form;  // body of a POST form (url-encoded or the fields of a multipart form)
  std::vector<http::UploadedFile> files;  // the files of a multipart form
  http::Form query;                       // the query string
  Actor actor;                            // anonymous until the session says otherwise
  bool api = false;  // a JSON route: errors are JSON, no CSRF (no cookies are used)
  std::vector<std::string> set_cookies;

  // The session of this browser, read from the `sid` cookie on first use (nullopt if none).
  Result<std::optional<Session>> session();
  // The CSRF token to embed in a form: creates an anonymous session (and its cookie) if needed.
  Result<std::string> csrf_token();

 private:
  bool session_loaded_ = false;
  std::optional<Session> session_;
};

// The number in the path parameter `name` of the route ("/projects/{id}"), or 0 when it is not a
// positive number (the caller answers 404).
std::int64_t path_id(const Ctx& ctx, std::string_view name = "id");

// The message `key` in the reader's language, as a string (for a page's labels).
std::string text(const Ctx& ctx, std::string_view key);

}  // namespace comdev::web
