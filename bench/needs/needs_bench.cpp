// bench_needs: measures NeedsIndex on synthetic needs spread like the real ones (38 communes in
// 9 provinces, 32 skills, 15 sectors, periods over three years) and prints its figures.
//
//   build/release/bench/needs/bench_needs [needs=300000]
//
// "cold" is the first query of a filter combination (facet counts computed), "cached" a repeat
// (counts from the cache, the result page still selected from the bitsets).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <thread>

#include "core/sectors.h"
#include "features/needslist/needs_index.h"

using namespace comdev::needslist;
using Clock = std::chrono::steady_clock;

namespace {

struct Stats {
  double mean_us = 0, p50_us = 0, p99_us = 0;
};

Stats stats(std::vector<double> us) {
  std::sort(us.begin(), us.end());
  Stats s;
  for (double u : us) s.mean_us += u;
  s.mean_us /= static_cast<double>(us.size());
  s.p50_us = us[us.size() / 2];
  s.p99_us = us[std::min(us.size() - 1, us.size() * 99 / 100)];
  return s;
}

template <class F>
double time_us(F&& f) {
  auto t0 = Clock::now();
  f();
  return std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
}

void print(const char* what, const Stats& s) {
  std::printf("%-58s mean %8.1f µs   p50 %8.1f µs   p99 %8.1f µs\n", what, s.mean_us, s.p50_us,
              s.p99_us);
}

NeedEntry synthetic(std::int64_t id, std::mt19937& rng) {
  static const char* kinds[] = {"skill", "skill", "funding", "material"};
  static const char* modes[] = {"remote", "on_site", "both"};
  NeedEntry e;
  e.id = id;
  e.project_id = 1 + id / 3;
  char buf[32];
  std::snprintf(buf, sizeof buf, "2026-%02d-%02dT%02d:%02d:%02dZ",
                1 + static_cast<int>(id / 30000 % 12), 1 + static_cast<int>(id / 1000 % 28),
                static_cast<int>(id / 60 % 24), static_cast<int>(id % 60),
                static_cast<int>(id % 59));
  e.created_at = buf;
  e.open = true;
  e.kind = kinds[rng() % 4];
  e.title = "Besoin synthétique numéro " + std::to_string(id);
  e.project_title = "Projet synthétique " + std::to_string(e.project_id);
  // A skewed spread: the first communes carry more projects, as the real territory does.
  std::int64_t commune = 100 + std::min<std::int64_t>(rng() % 38, rng() % 38);
  e.territory_id = commune;
  e.commune_id = commune;
  e.province_id = 10 + commune % 9;
  e.sectors.push_back(std::string(comdev::core::kSectors[rng() % 15]));
  if (rng() % 3 == 0) e.sectors.push_back(std::string(comdev::core::kSectors[rng() % 15]));
  if (e.kind == "skill") {
    e.skill_ids.push_back(1 + rng() % 32);
    if (rng() % 2) e.skill_ids.push_back(1 + rng() % 32);
    e.mode = modes[rng() % 3];
    int y = 2026 + static_cast<int>(rng() % 3), m = 1 + static_cast<int>(rng() % 12);
    int len = static_cast<int>(rng() % 3);
    std::snprintf(buf, sizeof buf, "%04d-%02d-01", y, m);
    e.period_start = buf;
    int m2 = m + len, y2 = y + (m2 - 1) / 12;
    m2 = (m2 - 1) % 12 + 1;
    std::snprintf(buf, sizeof buf, "%04d-%02d-28", y2, m2);
    e.period_end = buf;
    e.effort_days = 1 + rng() % 30;
  } else if (e.kind == "funding") {
    e.amount_minor = 100000 + rng() % 100000000;
    e.currency = rng() % 2 ? "MAD" : "EUR";
  } else {
    e.item = "Article";
    e.quantity = 1 + rng() % 100;
  }
  return e;
}

}  // namespace

int main(int argc, char** argv) {
  std::int64_t n = argc > 1 ? std::atoll(argv[1]) : 300000;
  std::mt19937 rng(42);
  std::vector<NeedEntry> all;
  all.reserve(static_cast<std::size_t>(n));
  for (std::int64_t i = 1; i <= n; ++i) all.push_back(synthetic(i, rng));

  NeedsIndex index;
  double build_ms = time_us([&] { index.replace_all(all); }) / 1000;
  std::printf("needs: %lld open, build %.0f ms\n", static_cast<long long>(index.open_count()),
              build_ms);

  auto run = [&](const char* what, const std::vector<Query>& qs, int repeat) {
    std::vector<double> us;
    std::int64_t sink = 0;
    for (int r = 0; r < repeat; ++r)
      for (const auto& q : qs) us.push_back(time_us([&] { sink += index.query(q).total; }));
    print(what, stats(us));
    return sink;
  };

  // Distinct two-filter combinations (type × commune, sector × period), each queried once cold.
  std::vector<Query> two_filters;
  for (std::int64_t t = 0; t < 3; ++t)
    for (std::int64_t c = 100; c < 138; ++c) {
      Query q;
      q[Facet::type] = t;
      q[Facet::commune] = c;
      two_filters.push_back(q);
    }
  std::vector<Query> sector_month;
  for (std::int64_t s = 0; s < 15; ++s)
    for (int m = 0; m < 12; ++m) {
      Query q;
      q[Facet::sector] = s;
      q[Facet::period] = 2027 * 12 + m;
      sector_month.push_back(q);
    }
  Query none;
  Query broad;  // the widest two filters: skill needs of the most common sector
  broad[Facet::type] = 0;
  broad[Facet::sector] = 0;

  run("no filter, page 1", {none}, 200);
  run("type + commune, page 1, cold (114 combinations)", two_filters, 1);
  run("type + commune, page 1, cached", two_filters, 20);
  run("sector + month, page 1, cold (180 combinations)", sector_month, 1);
  run("sector + month, page 1, cached", sector_month, 10);
  run("type=skill + sector=water (broad), page 1, cold", {broad}, 1);
  run("type=skill + sector=water (broad), page 1, cached", {broad}, 500);
  Query late = broad;
  late.page = 500;
  run("type=skill + sector=water (broad), page 500, cached", {late}, 500);
  Query late_none;
  late_none.page = 500;
  run("no filter, page 500", {late_none}, 500);

  // Writes: one need at a time, as the change log applies them (each drops the count cache).
  std::vector<double> up;
  for (int i = 0; i < 200; ++i) {
    auto e = synthetic(n + 1 + i, rng);
    e.created_at = "2027-01-01T00:00:00Z";
    up.push_back(time_us([&] { index.upsert({e}); }));
  }
  print("upsert one new need", stats(up));
  std::vector<double> after;
  for (int i = 0; i < 50; ++i) {
    auto e = synthetic(n + 1 + i, rng);
    e.created_at = "2027-01-01T00:00:00Z";
    e.open = i % 2 == 0;
    index.upsert({e});
    after.push_back(time_us([&] { (void)index.query(broad); }));
  }
  print("broad two filters right after a write (cold)", stats(after));

  // Two threads (the machine's two cores) answering the broad query, cached, for one second.
  std::atomic<std::int64_t> done{0};
  std::atomic<bool> stop{false};
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t) {
    threads.emplace_back([&, t] {
      std::int64_t k = 0;
      while (!stop) {
        Query q = two_filters[static_cast<std::size_t>(k++ + t) % two_filters.size()];
        q.page = 1 + k % 500;
        (void)index.query(q);
        ++done;
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::seconds(1));
  stop = true;
  for (auto& th : threads) th.join();
  std::printf("two threads, two filters, pages 1-500, cached: %lld queries/s\n",
              static_cast<long long>(done.load()));
  auto [computed, hits] = index.cache_stats();
  std::printf("facet counts computed %lld times, served from cache %lld times\n",
              static_cast<long long>(computed), static_cast<long long>(hits));
  return 0;
}
