// comdev ledger verify [--project ID]: checks the hash chain of every project's ledger (or one)
// and names the first broken entry of each broken chain. Exit status 0 when every chain holds,
// 1 when one is broken (or the database cannot be read), 2 on bad usage: cron can alert on it.
#include <chrono>
#include <cstdio>
#include <optional>

#include "core/text.h"
#include "features/ledger/ledger_verify.h"
#include "main/commands.h"
#include "main/wiring.h"

namespace comdev {

int cmd_ledger(const Config& config, const std::vector<std::string>& args) {
  auto usage = [] {
    std::fprintf(stderr, "usage: comdev ledger verify [--project ID]\n");
    return 2;
  };
  if (args.empty() || args.front() != "verify") return usage();
  std::optional<std::int64_t> project;
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--project" && i + 1 < args.size()) {
      auto id = core::parse_id(args[++i]);
      if (id <= 0) return usage();
      project = id;
    } else if (args[i].starts_with("--project=")) {
      auto id = core::parse_id(args[i].substr(10));
      if (id <= 0) return usage();
      project = id;
    } else {
      return usage();
    }
  }
  auto db = open_database(config);
  if (!db) return fail("ledger verify", db.error());
  auto started = std::chrono::steady_clock::now();
  auto report = ledger::verify(**db, project);
  if (!report) return fail("ledger verify", report.error());
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  for (const auto& b : report->breaks) {
    std::printf("BROKEN project %lld seq %lld id %lld (%s)\n", static_cast<long long>(b.project_id),
                static_cast<long long>(b.seq), static_cast<long long>(b.id), b.reason.c_str());
  }
  std::printf("ledger verify: %lld project(s), %lld entries, %zu broken, %.0f ms\n",
              static_cast<long long>(report->projects), static_cast<long long>(report->entries),
              report->breaks.size(), ms);
  return report->breaks.empty() ? 0 : 1;
}

}  // namespace comdev
