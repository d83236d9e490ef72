// A project's activity timeline: what happened in its workspace (joins, tasks done, decisions
// taken; later documents, stage changes, meetings), one row each in project_activity
// (migrations/0023_workspace). Plain structs; std only.
//
// An event's `kind` is the catalogue key of its sentence, with the placeholders {who} (the
// actor's name) and {what} (the subject): a feature adds an event type with one record() call
// naming a new key, and that key in the catalogues. Nothing else to register.
#pragma once

#include <cstdint>
#include <string>

namespace comdev::activity {

struct Event {
  std::int64_t project_id = 0;
  std::string kind;           // "activity.task_done": the catalogue key of its sentence
  std::int64_t actor_id = 0;  // 0: nobody (the platform, e.g. a deadline passing)
  std::string subject;        // the title of what it concerns
  std::string path;           // where it is ("/tasks/3"), may be empty
};

// An event as the timeline reads it back.
struct Entry {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string kind;
  std::int64_t actor_id = 0;
  std::string actor_name;
  std::string subject;
  std::string path;
  std::string at;
};

// The kinds this folder's neighbours write (tasks, decisions, teams, meetings).
inline constexpr const char* kJoined = "activity.joined";
inline constexpr const char* kTaskDone = "activity.task_done";
inline constexpr const char* kDecisionProposed = "activity.decision_proposed";
inline constexpr const char* kDecisionAdopted = "activity.decision_adopted";
inline constexpr const char* kDecisionRejected = "activity.decision_rejected";
inline constexpr const char* kDecisionBlocked = "activity.decision_blocked";
inline constexpr const char* kDecisionNoQuorum = "activity.decision_no_quorum";
inline constexpr const char* kMeetingCancelled = "activity.meeting_cancelled";
inline constexpr const char* kLessonPublished = "activity.lesson_published";

}  // namespace comdev::activity
