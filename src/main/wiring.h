// Wiring: the one place that builds the running application from a Config — database and
// migrations, static assets, the web App and every feature's routes. Used by `comdev serve`,
// the other subcommands, the HTTP tests and the benchmarks, so they all run the same program.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "core/config.h"
#include "core/result.h"
#include "features/changes/change_follower.h"
#include "features/communities/community_module.h"
#include "jobs/scheduler.h"
#include "mail/mailer.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev {

struct Runtime {
  Config config;
  std::unique_ptr<store::Db> db;
  std::unique_ptr<communities::Directory> directory;
  std::unique_ptr<mail::Mailer> mailer;  // SMTP, or a logger when COMDEV_SMTP_URL is empty
  std::unique_ptr<web::App> app;
  // Objects a feature keeps for the server's lifetime (in-memory indexes); its handlers hold
  // plain pointers to them.
  std::vector<std::shared_ptr<void>> services;
  // Declared after the services so it stops before them: its listeners update them.
  std::unique_ptr<changes::Follower> follower;
  // Background jobs; declared last so it stops first, before anything a job uses. Started by
  // `comdev serve` (and the test server), never by the one-shot subcommands.
  std::unique_ptr<jobs::Scheduler> jobs;
};

std::filesystem::path share_path(const Config& config, std::string_view sub);

// Opens the database (creating the folder of a SQLite file) and applies pending migrations.
Result<std::unique_ptr<store::Db>> open_database(const Config& config);
// open_database + assets + App with every feature registered.
Result<std::unique_ptr<Runtime>> build_runtime(const Config& config);
// The same on a database opened by the caller (tests wrap it to inject failures); migrates it.
Result<std::unique_ptr<Runtime>> build_runtime(const Config& config, std::unique_ptr<store::Db> db);
// Loads the demo community of every feature (safe to run twice).
Status load_demo(store::Db& db, const Config& config);

}  // namespace comdev
