// Signing a browser in and out. Signing in always starts a NEW session (and drops the one the
// browser had), so a session id seen before sign-in is never worth anything after it.
#pragma once

#include <cstdint>

#include "core/result.h"
#include "web/context.h"

namespace comdev::accounts {

Status sign_in(web::Ctx& ctx, std::int64_t member_id, std::string_view lang);
Status sign_out(web::Ctx& ctx);
// The client address used for rate limits.
std::string client_key(const web::Ctx& ctx);

}  // namespace comdev::accounts
