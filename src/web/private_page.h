// What the pages of a member's own or a team's private space share: a reader must be signed in,
// and their pages are never stored by a cache on the way.
#pragma once

#include <utility>

#include "core/result.h"
#include "web/context.h"
#include "web/page.h"

namespace comdev::web {

// Ok when the request comes with a signed-in member's session; the error to reply otherwise.
inline Status require_signed_in(Ctx& ctx) {
  if (auto s = ctx.session(); !s) return s.error();
  if (!ctx.actor.signed_in()) return Error::forbidden("errors.sign_in_required");
  return {};
}

// render() for a page that only its reader may see: `Cache-Control: no-store`.
template <class F>
http::Response render_private(Ctx& ctx, int status, F&& fn) {
  auto res = render(ctx.lang, status, std::forward<F>(fn));
  res.header("Cache-Control", "no-store");
  return res;
}

}  // namespace comdev::web
