// Who may do what with projects: the feature's whole policy. Roles: visitor, member, verified
// representative of the carrier organisation, animator, administrator. Anyone reads a project;
// the carrier's representatives write it, and animators and administrators too (moderation);
// signed-in members follow, comment and report; animators hide reported comments.
#pragma once

#include "web/actor.h"
#include "web/decision.h"

namespace comdev::projects {

enum class Action {
  view,            // read a project, its updates, history and visible comments
  create,          // record a project carried by the organisation at hand
  edit,            // change title, summary, description, place, sectors, partners, PCD action
  change_status,   // move it along the lifecycle
  post_update,     // publish a dated news post
  translate,       // add or change a translation of title and summary
  upload_cover,    // set or remove the cover image
  follow,          // follow or unfollow it
  comment,         // write a comment
  report_comment,  // report someone's comment to the animators
  hide_comment,    // hide (or show again) a reported comment
};
inline constexpr Action kActions[] = {
    Action::view,        Action::create,         Action::edit,         Action::change_status,
    Action::post_update, Action::translate,      Action::upload_cover, Action::follow,
    Action::comment,     Action::report_comment, Action::hide_comment};

// What the decision needs to know about the project (or, for create, the chosen carrier).
struct Subject {
  bool actor_represents_carrier = false;
};

using web::Decision;

Decision can(const web::Actor& actor, Action action, const Subject& subject = {});

}  // namespace comdev::projects
