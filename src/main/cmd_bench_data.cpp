// comdev bench-data: synthetic projects and needs for the benchmark (see main/bench_data.h and
// docs/performance.md). Run `comdev demo` first: the rows are spread over its real places,
// organisations and skills.
#include <chrono>
#include <cstdio>
#include <string>

#include "main/bench_data.h"
#include "main/commands.h"
#include "main/wiring.h"

namespace comdev {
namespace {

// The value of --name N or --name=N, or fallback; -1 when it is not a non-negative integer.
std::int64_t number_flag(const std::vector<std::string>& args, std::string_view name,
                         std::int64_t fallback) {
  std::string text;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == name && i + 1 < args.size()) text = args[i + 1];
    if (args[i].starts_with(std::string(name) + "=")) text = args[i].substr(name.size() + 1);
  }
  if (text.empty()) return fallback;
  if (text.find_first_not_of("0123456789") != std::string::npos || text.size() > 12) return -1;
  return std::stoll(text);
}

}  // namespace

int cmd_bench_data(const Config& config, const std::vector<std::string>& args) {
  bench_data::Options options;
  options.projects = number_flag(args, "--projects", options.projects);
  options.needs = number_flag(args, "--needs", options.needs);
  options.experts = number_flag(args, "--experts", options.experts);
  std::int64_t seed = number_flag(args, "--seed", static_cast<std::int64_t>(options.seed));
  if (options.projects < 0 || options.needs < 0 || options.experts < 0 || seed < 0 ||
      (options.projects == 0 && options.experts == 0)) {
    std::fprintf(stderr,
                 "usage: comdev bench-data [--projects N] [--needs N] [--experts N] [--seed N]\n");
    return 2;
  }
  options.seed = static_cast<std::uint64_t>(seed);
  auto db = open_database(config);
  if (!db) return fail("bench-data", db.error());
  auto started = std::chrono::steady_clock::now();
  auto report = bench_data::generate(**db, options);
  if (!report) return fail("bench-data", report.error());
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf(
      "bench data: %lld projects (%lld sectors), %lld needs (%lld skills, %lld languages), "
      "%lld experts (%lld skills, %lld windows, %lld invitations) in %.1f s\n",
      static_cast<long long>(report->projects), static_cast<long long>(report->sectors),
      static_cast<long long>(report->needs), static_cast<long long>(report->need_skills),
      static_cast<long long>(report->need_languages), static_cast<long long>(report->experts),
      static_cast<long long>(report->expert_skills), static_cast<long long>(report->windows),
      static_cast<long long>(report->invitations), seconds);
  return 0;
}

}  // namespace comdev
