// The matching index built from the database (issue 9 target: ≤ 20 s for 1,000,000 experts and
// 100,000 open skill needs) and the resident memory it takes, then a few queries through the
// service as the pages make them. Fill the database first (docs/performance.md):
//
//   comdev demo --database sqlite:/tmp/match-1m.db
//   comdev bench-data --database sqlite:/tmp/match-1m.db --experts 1000000
//   build/release/bench/match/match_load_bench --database sqlite:/tmp/match-1m.db
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>

#include "features/changes/change_follower.h"
#include "features/matching/matching_service.h"
#include "store/db.h"

using Clock = std::chrono::steady_clock;

namespace {

long rss_kb() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

double ms(Clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

void report(const char* what, std::vector<double> t) {
  if (t.empty()) return;
  std::sort(t.begin(), t.end());
  auto at = [&](double q) { return t[std::min(t.size() - 1, std::size_t(q * t.size()))]; };
  std::printf("%-28s n=%zu  p50 %.3f ms  p95 %.3f ms  p99 %.3f ms\n", what, t.size(), at(0.50),
              at(0.95), at(0.99));
}

}  // namespace

int main(int argc, char** argv) {
  std::string url;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::string(argv[i]) == "--database") url = argv[i + 1];
  if (url.empty()) {
    std::fprintf(stderr, "usage: match_load_bench --database URL\n");
    return 2;
  }
  auto db = comdev::store::open(url, 4);
  if (!db) {
    std::fprintf(stderr, "cannot open %s\n", url.c_str());
    return 1;
  }
  long rss_before = rss_kb();
  comdev::changes::Follower follower(**db);
  auto t0 = Clock::now();
  auto service = comdev::matching::Service::build(**db, follower);
  auto built = Clock::now() - t0;
  if (!service) {
    std::fprintf(stderr, "build failed: %s\n", service.error().detail.c_str());
    return 1;
  }
  long rss_after = rss_kb();
  std::printf("index built from the database in %.2f s (target <= 20 s: %s)\n", ms(built) / 1000,
              ms(built) <= 20'000 ? "met" : "MISSED");
  std::printf(
      "resident memory: %.0f MB after the build (%.0f MB before; target <= 1536 MB for "
      "the server)\n",
      rss_after / 1024.0, rss_before / 1024.0);

  // Queries through the service, on need and member ids drawn from the ranges in use.
  std::mt19937_64 rng(5);
  std::vector<double> t;
  std::size_t answered = 0;
  for (int q = 0; q < 3000 && answered < 500; ++q) {
    std::int64_t id = 1 + std::int64_t(rng() % 400'000);
    auto s = Clock::now();
    auto m = (*service)->experts_for_need(id, 20);
    if (!m) continue;
    t.push_back(ms(Clock::now() - s));
    ++answered;
  }
  report("top 20 experts for a need", t);
  t.clear();
  answered = 0;
  for (int q = 0; q < 3000 && answered < 500; ++q) {
    std::int64_t id = 1 + std::int64_t(rng() % 1'100'000);
    auto s = Clock::now();
    auto m = (*service)->needs_for_member(id, 20);
    if (!m) continue;
    t.push_back(ms(Clock::now() - s));
    ++answered;
  }
  report("top 20 needs for a member", t);
  return 0;
}
