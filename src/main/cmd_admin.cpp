// migrate, demo, version, help: the small operator commands.
#include <cstdio>

#include "main/commands.h"
#include "main/wiring.h"
#include "store/migrator.h"

namespace comdev {

int fail(std::string_view what, const Error& error) {
  std::fprintf(stderr, "comdev: %.*s failed: %s%s%s\n", static_cast<int>(what.size()), what.data(),
               error.message_id.c_str(), error.detail.empty() ? "" : ": ", error.detail.c_str());
  return 1;
}

int cmd_migrate(const Config& config) {
  auto db = open_database(config);  // applies what is pending
  if (!db) return fail("migrate", db.error());
  auto st = store::status(**db, share_path(config, "migrations"));
  if (!st) return fail("migrate", st.error());
  for (const auto& m : *st) {
    std::printf("%04d %-24s %s\n", m.version, m.name.c_str(),
                m.applied ? m.applied_at.c_str() : "pending");
  }
  return 0;
}

int cmd_demo(const Config& config) {
  auto db = open_database(config);
  if (!db) return fail("demo", db.error());
  if (auto st = load_demo(**db, config); !st) return fail("demo", st.error());
  std::printf("demo community loaded into %s\n",
              config.database_url.substr(0, config.database_url.find(':')).c_str());
  return 0;
}

int cmd_version() {
  std::printf("comdev %s\n", COMDEV_VERSION);
  return 0;
}

int cmd_help() {
  std::printf(
      "comdev — the ComDev platform server\n\n"
      "Usage: comdev COMMAND [flags]\n\n"
      "Commands:\n"
      "  serve                 serve the site (migrations are applied first)\n"
      "  migrate               apply pending database migrations and list them\n"
      "  demo                  load the demo community (safe to run twice)\n"
      "  purge                 erase invitations left unanswered for 60 days (serve does it\n"
      "                        hourly by itself)\n"
      "  bench-data [--projects N] [--needs N] [--seed N]\n"
      "                        add synthetic projects (100000) and needs (300000) for the\n"
      "                        benchmark, over the demo's places; run demo first\n"
      "  user create --email E --name N --role admin|animator\n"
      "                        create an account from the shell; the password is read from\n"
      "                        standard input (one line), or generated and printed if empty\n"
      "  version               print the version\n"
      "  help                  this text\n\n"
      "Settings (flag / environment variable):\n%s",
      config_help().c_str());
  return 0;
}

}  // namespace comdev
