// Who may do what with a project team's documents: the feature's whole policy. Documents are part
// of the team's private workspace: the team (every role) and the community's animators see and
// download them; carriers, experts and team animators upload (a new document or a new version),
// as the community's animators may; observers only read. Who manages the documents may delete: a
// version by whoever uploaded it (while in the team), and any version or whole document by the
// team's carriers and animators and the community's animators. Administrators have the animators'
// rights. The actor's place in the team comes from the teams feature (teams::standing).
#pragma once

#include <optional>

#include "features/teams/team.h"
#include "web/actor.h"
#include "web/decision.h"

namespace comdev::documents {

enum class Action {
  view,    // list the documents, see their versions and previews, download any version
  upload,  // add a document or a new version of one
  remove,  // delete one version, or a whole document with all its versions
};
inline constexpr Action kActions[] = {Action::view, Action::upload, Action::remove};

struct Subject {
  std::optional<teams::RoleKind> role;  // the actor's role in the project's team; nullopt: none
  // For remove: the actor uploaded the version (for a whole document: every one of its versions).
  bool uploader = false;
};

using web::Decision;

Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::documents
