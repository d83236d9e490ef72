#include "features/documents/document_permissions.h"

namespace comdev::documents {
namespace {

constexpr Decision kAllow{true, {}};
constexpr Decision kSignIn{false, "errors.sign_in_required"};
constexpr Decision kNotInTeam{false, "teams.errors.not_in_team"};
constexpr Decision kObserver{false, "documents.errors.observer"};
constexpr Decision kNotManager{false, "documents.errors.not_manager"};

bool watches_every_team(const web::Actor& a) {
  return a.is_animator || a.is_admin;
}

}  // namespace

Decision can(const web::Actor& actor, Action action, const Subject& s) {
  if (!actor.signed_in()) return kSignIn;
  using teams::RoleKind;
  switch (action) {
    case Action::view:
      return s.role || watches_every_team(actor) ? kAllow : kNotInTeam;
    case Action::upload:
      if (watches_every_team(actor)) return kAllow;
      if (!s.role) return kNotInTeam;
      return *s.role == RoleKind::observer ? kObserver : kAllow;
    case Action::remove:
      if (watches_every_team(actor)) return kAllow;
      if (!s.role) return kNotInTeam;
      if (*s.role == RoleKind::carrier || *s.role == RoleKind::animator) return kAllow;
      return s.uploader ? kAllow : kNotManager;
  }
  return kNotInTeam;
}

}  // namespace comdev::documents
