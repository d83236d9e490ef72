// migrate, demo, version, help: the small operator commands.
#include <cstdio>

#include "features/campaigns/campaign_module.h"
#include "features/tryit/tryit_actions.h"
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

namespace {

// The accounts with the passwords just set; those left unchanged show as such.
void print_accounts(const std::vector<tryit::Issued>& issued) {
  std::printf("\nDemo accounts (fictional people; sign in at /account/signin):\n");
  for (const auto& i : issued) {
    std::printf("  %-15s %-34s %s\n", std::string(i.account->role).c_str(),
                std::string(i.account->email).c_str(),
                i.password.empty() ? "(password unchanged)" : i.password.c_str());
  }
  bool any_new = false;
  for (const auto& i : issued) any_new = any_new || !i.password.empty();
  if (any_new)
    std::printf("Passwords are shown once; `comdev demo --accounts --reset` sets new ones.\n");
}

}  // namespace

int cmd_demo(const Config& config, const std::vector<std::string>& args) {
  bool accounts_only = false, reset = false;
  for (const auto& a : args) {
    if (a == "--accounts") {
      accounts_only = true;
    } else if (a == "--reset") {
      reset = true;
    } else {
      std::fprintf(stderr, "usage: comdev demo [--accounts [--reset]]\n");
      return 2;
    }
  }
  if (reset && !accounts_only) {
    std::fprintf(stderr, "usage: comdev demo [--accounts [--reset]]\n");
    return 2;
  }
  auto db = open_database(config);
  if (!db) return fail("demo", db.error());
  if (!accounts_only) {
    if (auto st = load_demo(**db, config); !st) return fail("demo", st.error());
    std::printf("demo community loaded into %s\n",
                config.database_url.substr(0, config.database_url.find(':')).c_str());
  }
  auto issued = tryit::ensure_demo_accounts(**db, reset);
  if (!issued) {
    if (issued.error().message_id == "tryit.errors.not_demo") {
      std::fprintf(stderr,
                   "comdev: this database holds no demo community: demo accounts and their "
                   "passwords are only made on a demo (run `comdev demo` on a new database)\n");
      return 1;
    }
    return fail("demo accounts", issued.error());
  }
  // The demo campaign's treasurer is a demo account: named once the accounts exist.
  if (!accounts_only) {
    if (auto st = campaigns::load_demo(**db, share_path(config, "demo")); !st) {
      return fail("demo", st.error());
    }
  }
  print_accounts(*issued);
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
      "  demo [--accounts [--reset]]\n"
      "                        load the demo community (safe to run twice) and make a sign-in\n"
      "                        account for each role, printing new passwords once; --accounts:\n"
      "                        only list the accounts; --reset: give them new passwords\n"
      "  purge                 erase invitations left unanswered for 60 days (serve does it\n"
      "                        hourly by itself)\n"
      "  backup DIR            copy the database (a consistent snapshot, while the server\n"
      "                        runs) and the uploaded files into DIR, a new or empty folder\n"
      "  restore DIR           put a backup back into an EMPTY database and the data folder\n"
      "                        (server stopped), then apply newer migrations\n"
      "  bench-data [--projects N] [--needs N] [--seed N]\n"
      "                        add synthetic projects (100000) and needs (300000) for the\n"
      "                        benchmark, over the demo's places; run demo first\n"
      "  user create --email E --name N --role admin|animator\n"
      "                        create an account from the shell; the password is read from\n"
      "                        standard input (one line), or generated and printed if empty\n"
      "  ledger verify [--project ID]\n"
      "                        check the hash chain of every project's ledger (or one) and\n"
      "                        name the first broken entry; exit status 1 when one is broken\n"
      "  outbox [N]            print the latest N (3) e-mails kept in the local outbox (when\n"
      "                        no SMTP relay is set, e-mail is written there, not sent)\n"
      "  version               print the version\n"
      "  help                  this text\n\n"
      "Settings (flag / environment variable):\n%s",
      config_help().c_str());
  return 0;
}

}  // namespace comdev
