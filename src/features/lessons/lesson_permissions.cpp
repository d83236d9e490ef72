#include "features/lessons/lesson_permissions.h"

namespace comdev::lessons {
namespace {

using teams::RoleKind;

constexpr web::Decision kAllow{true, {}};
constexpr web::Decision kSignIn{false, "errors.sign_in_required"};
constexpr web::Decision kNotInTeam{false, "teams.errors.not_in_team"};
constexpr web::Decision kReadOnly{false, "teams.errors.observer_reads_only"};
constexpr web::Decision kNotFinished{false, "lessons.errors.project_not_finished"};
constexpr web::Decision kNotDraft{false, "lessons.errors.not_draft"};
constexpr web::Decision kNotSubmitted{false, "lessons.errors.not_submitted"};
constexpr web::Decision kNotPublished{false, "lessons.errors.not_published"};
constexpr web::Decision kAnimatorsReview{false, "lessons.errors.animators_review"};
constexpr web::Decision kNotRepresentative{false, "projects.errors.not_representative"};

bool reviewer(const web::Actor& a) {
  return a.is_animator || a.is_admin;
}

// The team's working members, for what only the team writes.
web::Decision team_writes(const web::Actor& a, const Subject& s) {
  if (!a.signed_in()) return kSignIn;
  if (s.role && s.role != RoleKind::observer) return kAllow;
  return s.role ? kReadOnly : kNotInTeam;
}

}  // namespace

web::Decision can(const web::Actor& actor, Action action, const Subject& s) {
  switch (action) {
    case Action::view:
      if (s.state == State::published) return kAllow;
      if (!actor.signed_in()) return kSignIn;
      return s.role || reviewer(actor) ? kAllow : kNotInTeam;
    case Action::start: {
      auto d = team_writes(actor, s);
      if (d && !s.project_finished) return kNotFinished;
      return d;
    }
    case Action::edit:
    case Action::submit: {
      auto d = team_writes(actor, s);
      if (d && s.state != State::draft) return kNotDraft;
      return d;
    }
    case Action::publish:
    case Action::send_back:
      if (!actor.signed_in()) return kSignIn;
      if (!reviewer(actor)) return kAnimatorsReview;
      return s.state == State::submitted ? kAllow : kNotSubmitted;
    case Action::start_project:
      if (!actor.signed_in()) return kSignIn;
      if (s.state != State::published) return kNotPublished;
      return s.may_create_projects || reviewer(actor) ? kAllow : kNotRepresentative;
  }
  return kNotInTeam;
}

}  // namespace comdev::lessons
