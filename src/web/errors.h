// Turning an Error (or a status the server detected) into what the person or program reads:
// a page in the user's language, or {"error":{"code","message","fields"}} under /api/.
#pragma once

#include "core/error.h"
#include "http/response.h"
#include "i18n/lang.h"

namespace comdev::web {

class App;
struct Ctx;

// The catalogue key describing an HTTP status (404 -> "errors.not_found").
std::string_view message_id_for_status(int status);

http::Response error_page(const App& app, i18n::Lang lang, std::string_view path, int status,
                          const Error& error);
http::Response error_json(i18n::Lang lang, int status, const Error& error);

// The reply for a failed action: page or JSON as the route wants, status from the error code.
http::Response reply_error(Ctx& ctx, const Error& error);

}  // namespace comdev::web
