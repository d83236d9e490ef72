// The lessons feature: lessons-learned sheets of finished projects — written by the team,
// reviewed and published by an animator, listed with filters and searched (/lessons), printed
// as an A4 sheet (/lessons/{id}), used to start a new project — the section of a project's page,
// the API (/api/v1/lessons) and the demo sheets. Comes after teams and projects.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "core/result.h"
#include "features/changes/change_follower.h"
#include "features/lessons/lesson_index.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev::lessons {

// What the list's handlers share: the index and the follower to catch up with first.
struct Service {
  LessonIndex& index;
  changes::Follower& follower;
};

void register_pages(web::App& app, Service service);
void register_api(web::App& app, Service service);
// The section of a project's page (its sheet, or the button that starts it).
void register_hooks();

// Builds the index, subscribes it to the change log (it is kept alive in `services`), registers
// the routes and the project page's section. REQUIRES: before follower.start().
Status register_module(web::App& app, changes::Follower& follower,
                       std::vector<std::shared_ptr<void>>& services);

// Reads demo/lessons.json and publishes each sheet on its project (found by title), flagged as
// demo data; safe to run twice. Load the projects first.
Status load_demo(store::Db& db, const std::filesystem::path& demo_dir);

}  // namespace comdev::lessons
