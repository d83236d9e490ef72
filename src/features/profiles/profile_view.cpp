#include "features/profiles/profile_view.h"

#include <charconv>

#include "features/profiles/profile_permissions.h"
#include "features/profiles/profile_store.h"
#include "web/app.h"

namespace comdev::profiles {

std::optional<std::int64_t> parse_member_id(std::string_view s) {
  std::int64_t id = 0;
  if (s.empty() || s.size() > 18) return std::nullopt;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), id);
  if (ec != std::errc() || p != s.data() + s.size() || id <= 0) return std::nullopt;
  return id;
}

Result<Seen> load_as_viewer(web::Ctx& ctx, std::int64_t member_id) {
  auto p = profile_store::load(ctx.app.db(), member_id);
  if (!p) return p.error();
  if (!*p) return Error::not_found();
  Seen s;
  s.relation = relation(ctx.actor, member_id);
  s.shown = visible_fields(s.relation, (*p)->data.visibility);
  s.profile = redact(**p, s.relation);
  return s;
}

}  // namespace comdev::profiles
