#include "main/wiring.h"

#include "core/allocator.h"
#include "features/accounts/accounts_module.h"
#include "features/activity/activity_module.h"
#include "features/api/api_module.h"
#include "features/campaign_reports/report_module.h"
#include "features/campaigns/campaign_module.h"
#include "features/communities/community_store.h"
#include "features/contact/contact_module.h"
#include "features/decisions/decision_module.h"
#include "features/digest/digest_module.h"
#include "features/documents/document_module.h"
#include "features/experts/expert_module.h"
#include "features/home/home_pages.h"
#include "features/housekeeping/housekeeping_module.h"
#include "features/invitations/invitation_module.h"
#include "features/ledger/ledger_module.h"
#include "features/lessons/lesson_module.h"
#include "features/map/map_module.h"
#include "features/matching/matching_module.h"
#include "features/maturity/maturity_module.h"
#include "features/meetings/meeting_module.h"
#include "features/members/member_module.h"
#include "features/mobilisation/mobilisation_module.h"
#include "features/mydata/mydata_module.h"
#include "features/needs/need_module.h"
#include "features/needslist/needslist_module.h"
#include "features/opportunities/opportunity_module.h"
#include "features/organisations/organisation_module.h"
#include "features/outbox/outbox_module.h"
#include "features/payments/payment_module.h"
#include "features/plans/plan_module.h"
#include "features/profiles/profile_module.h"
#include "features/projects/project_module.h"
#include "features/receipts/receipt_module.h"
#include "features/search/search_module.h"
#include "features/skills/skill_actions.h"
#include "features/skills/skill_module.h"
#include "features/system/system_module.h"
#include "features/tasks/task_module.h"
#include "features/teams/team_module.h"
#include "features/territories/territory_module.h"
#include "features/tryit/tryit_module.h"
#include "mail/smtp_mailer.h"
#include "store/migrator.h"

#include <chrono>
#include <future>

#include "core/log.h"

namespace comdev {
namespace {

// Runs `build` and logs how long it took (start-up time is what operators wait for).
template <class F>
auto timed(std::string_view what, F&& build) {
  auto started = std::chrono::steady_clock::now();
  auto result = build();
  log::info(
      "index built",
      {{"index", what},
       {"ms", std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
                  .count()},
       {"ok", static_cast<bool>(result)}});
  return result;
}

}  // namespace

std::filesystem::path share_path(const Config& config, std::string_view sub) {
  return std::filesystem::path(config.share_dir.empty() ? "." : config.share_dir) / sub;
}

Result<std::unique_ptr<store::Db>> open_database(const Config& config) {
  std::string_view url = config.database_url;
  if (url.starts_with("sqlite:") && url != "sqlite::memory:") {
    std::filesystem::path file(url.substr(7));
    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
  }
  auto db = store::open(config.database_url, config.db_pool);
  if (!db) return db.error();
  if (auto st = store::migrate(**db, share_path(config, "migrations")); !st) return st.error();
  return std::move(*db);
}

Result<std::unique_ptr<Runtime>> build_runtime(const Config& config) {
  auto db = open_database(config);
  if (!db) return db.error();
  return build_runtime(config, std::move(*db));
}

Result<std::unique_ptr<Runtime>> build_runtime(const Config& config,
                                               std::unique_ptr<store::Db> db) {
  if (auto st = store::migrate(*db, share_path(config, "migrations")); !st) return st.error();
  auto rt = std::make_unique<Runtime>();
  rt->config = config;
  rt->db = std::move(db);
  auto assets = web::Assets::load(share_path(rt->config, "static"));
  if (!assets) return assets.error();
  rt->app = std::make_unique<web::App>(rt->config, *rt->db, std::move(*assets));
  rt->directory = std::make_unique<communities::Directory>(*rt->db, rt->config.community);
  rt->mailer = mail::make_mailer(rt->config);
  rt->app->set_mailer(rt->mailer.get());
  rt->jobs = std::make_unique<jobs::Scheduler>(*rt->db, core::system_clock());
  rt->app->set_jobs(rt->jobs.get());
  // Created before the indexes are built, so that writes made during their build are applied.
  rt->follower = std::make_unique<changes::Follower>(*rt->db);

  // The skill taxonomy follows data/skills.json before any index reads it (the matching index
  // ranks by its tree); a missing or malformed file stops the start, naming the problem.
  if (auto synced = skills::sync_from_file(*rt->db, share_path(rt->config, "data/skills.json"));
      !synced) {
    return synced.error();
  }

  // What the daily purge keeps and for how long; a bad COMDEV_RETENTION_* stops the start.
  auto retention = housekeeping::retention_from(process_env);
  if (!retention) return retention.error();

  web::App& app = *rt->app;
  system::register_module(app);
  housekeeping::register_module(app, *retention);
  communities::register_module(app, *rt->directory);
  home::register_module(app, *rt->directory);
  contact::register_module(app);
  // /dev/outbox: the e-mail kept on disk when no SMTP relay is set (loopback only).
  outbox::register_module(app);
  // /try: the demo accounts of every role, while the database is a demo.
  tryit::register_module(app);
  members::register_module(app);
  accounts::register_module(app);
  territories::register_module(app);
  organisations::register_module(app);
  skills::register_module(app);
  profiles::register_module(app);
  invitations::register_module(app);
  mydata::register_module(app);
  plans::register_module(app);
  projects::register_module(app);
  needs::register_module(app);
  // The three in-memory indexes (needs list, search, matching) are read from the database at
  // once, each on a thread of its own: one after the other they were most of the start-up time
  // (docs/performance.md). Each is then subscribed to the change log and its routes registered.
  auto needs_built = std::async(std::launch::async, [&rt] {
    return timed("needs list", [&] { return needslist::build(*rt->db, *rt->follower); });
  });
  auto search_built = std::async(std::launch::async, [&rt] {
    return timed("search", [&] { return search_feature::build(*rt->db); });
  });
  auto matching_built = std::async(std::launch::async, [&rt] {
    return timed("matching", [&] { return matching::Service::build(*rt->db, *rt->follower); });
  });
  auto needs_index = needs_built.get();
  auto search_index = search_built.get();
  auto matching_service_or = matching_built.get();
  if (!needs_index) return needs_index.error();
  if (!search_index) return search_index.error();
  if (!matching_service_or) return matching_service_or.error();
  needslist::register_module(app, std::move(*needs_index), rt->services);
  search_feature::register_module(app, *rt->follower, std::move(*search_index), rt->services);
  // The matching engine's index (every expert, every open skill need), followed through the
  // change log; mobilisation, the digest and the experts directory ask it who suits what.
  std::shared_ptr<matching::Service> matching_service = *matching_service_or;
  matching::register_module(app, matching_service, rt->services);
  // The digest: /account/notifications, the one-click unsubscribe, and the job that sends the
  // opt-in e-mail of new matching needs (one sender per digest, however many instances).
  digest::register_module(app, matching_service);
  // The expert pool: /experts and GET /api/v1/experts (SQL under each field's visibility).
  experts::register_module(app);
  // Mobilisation: invitations, offers of help and their answers, the project's team, the
  // notifications, and the job that expires what stays unanswered.
  mobilisation::register_module(app, *matching_service);
  // Teams: the team page and its requests to join, the team's private discussion (mentions go
  // through the digest), the team section of the project's page.
  teams::register_module(app);
  // The team's workspace beyond the discussion: tasks (overdue ones go through the digest),
  // decisions with their log, and the project's activity timeline.
  tasks::register_module(app);
  decisions::register_module(app);
  activity::register_module(app);
  // Meetings of a team: civil times in IANA zones, answers, minutes, calendar files and feeds,
  // reminders through the digest.
  meetings::register_module(app);
  // The maturity path: a checklist per stage, per community; the path on the project's page
  // (before its other sections), its page, the animators' checklists and the API.
  maturity::register_module(app);
  // Lessons learned: the sheets of finished projects, their review, /lessons with its search
  // index (followed through the change log), and "Start a project from this".
  if (auto st = lessons::register_module(app, *rt->follower, rt->services); !st) return st.error();
  // Documents of a team: uploads checked from their content, versions, previews, safe downloads,
  // the per-project quota; the bytes under Config::data_dir/files (src/files).
  documents::register_module(app);
  // Campaigns: fundraising under law 18-18 — campaigns reviewed by an animator, pledges with a
  // transfer reference, the collecting organisation's treasury and statement import, the hourly
  // job that closes ended campaigns and expires unpaid pledges.
  campaigns::register_module(app);
  receipts::register_module(app);
  // Online payment of pledges through HelloAsso checkout, off unless configured (helloasso_*).
  payments::register_module(app);
  // The law 18-18 report of a closed campaign for its organisation and the animators, and the
  // hourly job that reminds them of its due date (closing day + 30 days).
  campaign_reports::register_module(app);
  // One ledger per project: append-only and hash-chained; the team's page, "Where the money
  // went" (linked from the project's page), the CSV and XLSX journal and the API.
  ledger::register_module(app);
  // The map: /map, Leaflet served by us, and the GeoJSON endpoint.
  const map::Leaflet& leaflet = map::register_module(app, rt->services);
  // Investment opportunities and migrants' investment projects: /opportunities with its search
  // index (followed through the change log) and map, "I'm interested" and the introductions.
  if (auto st = opportunities::register_module(app, *rt->follower, leaflet, rt->services); !st) {
    return st.error();
  }
  // The API reference (/api/v1/openapi.json and /api), after every feature: it is assembled from
  // the descriptions the routes above were registered with, and refuses to start on a bad one.
  if (auto st = api::register_module(app); !st) return st.error();
  // The account page links to what other features let a member do with their own data.
  accounts::add_account_link("/profile", "profiles.edit.title");
  accounts::add_account_link("/me/needs", "matching.me.title");
  accounts::add_account_link("/me/tasks", "tasks.mine.title");
  accounts::add_account_link("/me/opportunities", "opportunities.mine.title");
  accounts::add_account_link("/me/pledges", "campaigns.mine.title");
  accounts::add_account_link("/notifications", "mobilisation.notifications.title");
  accounts::add_account_link("/account/notifications", "digest.settings.title");
  accounts::add_account_link("/account/data", "mydata.title");
  accounts::add_account_link("/account/delete", "mydata.delete.title");
  accounts::add_account_link("/animation/representatives", "animation.representatives.title",
                             accounts::LinkFor::animators);
  accounts::add_account_link("/animation/maturity", "maturity.config.title",
                             accounts::LinkFor::animators);
  accounts::add_account_link("/admin/audit", "admin.audit.title", accounts::LinkFor::admins);
  accounts::add_account_link("/admin/skills", "skills.admin.title", accounts::LinkFor::admins);
  // The index builds freed millions of small blocks: consolidate them now rather than on the
  // first request (the server then settles each of its threads' arenas before accepting).
  core::release_freed_memory();
  rt->follower->start();
  return rt;
}

Status load_demo(store::Db& db, const Config& config) {
  auto dir = share_path(config, "demo");
  // The demo profiles and needs name skills of data/skills.json.
  if (auto synced = skills::sync_from_file(db, share_path(config, "data/skills.json")); !synced) {
    return synced.error();
  }
  if (auto st = communities::load_demo(db, dir); !st) return st;
  if (auto st = territories::load_demo(db, dir); !st) return st;
  if (auto st = organisations::load_demo(db, dir); !st) return st;
  // Before the projects: a demo project may serve a demo plan's action.
  if (auto st = plans::load_demo(db, dir); !st) return st;
  if (auto st = projects::load_demo(db, dir); !st) return st;
  // After the projects: the needs are attached to the demo projects by title.
  if (auto st = needs::load_demo(db, dir); !st) return st;
  // Fictional experts with skills, windows in the demo communes and attachments to them.
  if (auto st = experts::load_demo(db, dir); !st) return st;
  // The checklists of the demo communities' maturity paths.
  if (auto st = maturity::load_demo(db, dir); !st) return st;
  // The lessons-learned sheets of the 2022 booklet, published on their demo projects.
  if (auto st = lessons::load_demo(db, dir); !st) return st;
  // A published campaign on a demo project, with fictional donors.
  if (auto st = campaigns::load_demo(db, dir); !st) return st;
  // The receipts of the demo's confirmed gifts.
  if (auto st = receipts::load_demo(db); !st) return st;
  // A few entries of a demo project's ledger, so "Where the money went" is not empty.
  if (auto st = ledger::load_demo(db, dir); !st) return st;
  // Investment opportunities in the demo communes, with the regional investment centre.
  if (auto st = opportunities::load_demo(db, dir); !st) return st;
  return {};
}

}  // namespace comdev
