// All SQL about projects: the project with its sectors, partners and translations; its dated
// status history; cover image; updates; followers; comments and their reports. Every write runs
// in one transaction with its audit entry and, when the project itself changes, its change-log
// row (topic project), so the in-memory indexes of every instance follow.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/projects/project.h"
#include "features/projects/project_forms.h"
#include "features/projects/project_rules.h"
#include "store/db.h"

namespace comdev::projects::project_store {

Result<std::optional<Project>> find(store::Db& db, std::int64_t id);
// The projects matching f, newest first (by created_at, then id), f.limit of them from f.offset or
// from the cursor f.after / f.before.
Result<std::vector<ListItem>> list(store::Db& db, const Filter& f);
Result<std::int64_t> count(store::Db& db, const Filter& f);
// The list position of project `id` (nullopt when there is no such project), for keyset paging.
Result<std::optional<Cursor>> cursor_of(store::Db& db, std::int64_t id);
// The latest projects (home page), newest first.
Result<std::vector<ListItem>> latest(store::Db& db, int n);

// Creates the project, its sectors and partners, the first row of its history (from nothing to
// its status), the audit entry and the change-log row, in one transaction. Checks what the form
// cannot: the carrier, territory, partners and PCD action exist, and the point lies on the
// territory; a failure is Error::invalid with the field, and nothing is written.
Result<std::int64_t> create(store::Db& db, std::int64_t actor_id, const ProjectData& d);
// Replaces what the edit form holds (not the status: see change_status). Same checks.
Status update(store::Db& db, std::int64_t actor_id, std::int64_t id, const ProjectData& d);
// Moves the project along its lifecycle and dates it in the history. Error::conflict when the
// status is no longer `in.from_status` (someone moved it meanwhile); Error::invalid with field
// status when the lifecycle does not allow the move.
Status change_status(store::Db& db, std::int64_t actor_id, std::int64_t id,
                     const StatusChangeInput& in);
// The same inside the caller's transaction, for a feature that checks more in it (the maturity
// path's checklist). REQUIRES: inside a transaction.
Status change_status(store::Conn& c, std::int64_t actor_id, std::int64_t id,
                     const StatusChangeInput& in);
Result<std::vector<StatusChange>> history(store::Db& db, std::int64_t id);

// The point a project placed on `territory_id` is checked against (see project_rules.h).
Result<std::optional<Anchor>> anchor(store::Conn& c, std::int64_t territory_id);

Status set_cover(store::Db& db, std::int64_t actor_id, std::int64_t id,
                 const std::optional<Cover>& cover);
Result<std::optional<Cover>> cover(store::Db& db, std::int64_t id);

Result<std::int64_t> add_update(store::Db& db, std::int64_t actor_id, std::int64_t id,
                                const UpdateInput& in);
Result<std::vector<Update>> updates(store::Db& db, std::int64_t id);

Status set_following(store::Db& db, std::int64_t member_id, std::int64_t id, bool follow);
Result<bool> is_following(store::Db& db, std::int64_t member_id, std::int64_t id);
Result<std::int64_t> follower_count(store::Db& db, std::int64_t id);

Result<std::int64_t> add_comment(store::Db& db, std::int64_t member_id, std::int64_t id,
                                 const std::string& body);
// Comments oldest first; hidden ones only when `with_hidden` (animators see what they hid).
Result<std::vector<Comment>> comments(store::Db& db, std::int64_t id, bool with_hidden);
// The project of a comment (0 when there is no such comment).
Result<std::int64_t> comment_project(store::Db& db, std::int64_t comment_id);
// One report per member and comment (reporting again changes nothing).
Status report_comment(store::Db& db, std::int64_t member_id, std::int64_t comment_id,
                      const std::string& reason);
Status set_comment_hidden(store::Db& db, std::int64_t actor_id, std::int64_t comment_id,
                          bool hidden);

// Comments members reported, most reported first, with the reasons given (the animators' queue).
struct ReportedComment {
  Comment comment;
  std::int64_t project_id = 0;
  std::string project_title;
  std::vector<std::string> reasons;
};
Result<std::vector<ReportedComment>> reported_comments(store::Db& db, int limit);

Status set_translation(store::Db& db, std::int64_t actor_id, std::int64_t id, const Translation& t);

// A PCD action, for pre-filling a new project; nullopt when there is none.
Result<std::optional<PlanActionRef>> plan_action(store::Db& db, std::int64_t action_id);

// Demo data: inserts or updates the project titled d.title (is_demo = 1) with its history
// (dated as given), updates and translations; safe to run twice.
struct DemoExtras {
  std::vector<std::pair<std::string, std::string>> history;  // status, date
  std::vector<UpdateInput> updates;
  std::vector<std::string> update_dates;
  std::vector<Translation> translations;
};
Result<std::int64_t> upsert_demo(store::Conn& c, const ProjectData& d, const DemoExtras& x);
Result<std::optional<std::int64_t>> organisation_id_by_name(store::Conn& c,
                                                            const std::string& name);
Result<std::optional<std::int64_t>> plan_action_id(store::Conn& c, const std::string& organisation,
                                                   std::int64_t period_start,
                                                   const std::string& title);

}  // namespace comdev::projects::project_store
