// The lessons use cases, shared by the pages and the API: each checks the policy
// (lesson_permissions.h) and the rules (lesson_rules.h), then writes in one transaction (with its
// audit entry for the review's decisions). A sheet the actor may not read is answered as not
// found: a draft's existence is not revealed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/time.h"
#include "features/lessons/lesson.h"
#include "features/lessons/lesson_forms.h"
#include "features/lessons/lesson_index.h"
#include "features/lessons/lesson_permissions.h"
#include "features/lessons/lesson_rules.h"
#include "features/teams/team_actions.h"
#include "store/db.h"
#include "web/actor.h"

namespace comdev::lessons {

struct Access {
  Sheet sheet;
  std::optional<teams::RoleKind> role;  // the actor's role in the project's team
};
Result<Access> readable(store::Db& db, const web::Actor& actor, std::int64_t id);

// True when the member represents an organisation (and so may carry a new project), or is an
// animator or administrator.
bool may_create_projects(store::Db& db, const web::Actor& actor);

// The policy's subject for the actor and this sheet.
Subject subject_of(store::Db& db, const web::Actor& actor, const Access& a);

// Begins the sheet of a finished project, prefilled from the project (title, language, sectors,
// place, its summary as the context); returns its id — the existing sheet's when there is one.
Result<std::int64_t> start(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                           core::Seconds now);
Status edit(store::Db& db, const web::Actor& actor, std::int64_t id, const SheetText& text,
            core::Seconds now);
// Submits a draft for review; invalid, naming the empty fields, when it misses what review needs.
Status submit(store::Db& db, const web::Actor& actor, std::int64_t id, core::Seconds now);
Status publish(store::Db& db, const web::Actor& actor, std::int64_t id, core::Seconds now);
Status send_back(store::Db& db, const web::Actor& actor, std::int64_t id, const std::string& note,
                 core::Seconds now);
// A new project (status idea) carried by `in.carrier_id` in `in.territory_id`, prefilled from the
// published sheet; returns its id.
Result<std::int64_t> start_project(store::Db& db, const web::Actor& actor, std::int64_t id,
                                   const StartProject& in, const PrefillText& text,
                                   core::Seconds now);

// The public list: published sheets passing the filter, best match first when `q` is given,
// newest first otherwise; with the places, sectors and types of actor that the published sheets
// have, for the filters' options.
struct Listed {
  Sheet sheet;
  Place place;
  search::Snippet snippet;  // when searched
};
struct Option {
  std::string value;
  std::string label_fr, label_ar;  // places: their names; other options: empty
};
struct ListPage {
  std::vector<Listed> items;
  std::size_t total = 0;
  bool searched = false;  // q had a searchable word
  std::vector<Option> regions, communes;
  std::vector<std::string> sectors, actor_types;
};
inline constexpr int kPerPage = 20;
Result<ListPage> list_published(store::Db& db, const LessonIndex& index, const Filter& f);
// The sheets waiting for an animator's review (animators and admins only; empty otherwise).
Result<std::vector<Sheet>> review_queue(store::Db& db, const web::Actor& actor);

}  // namespace comdev::lessons
