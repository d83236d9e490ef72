// Benchmark of the matching engine (issue 9 targets, on this 2-core machine): a synthetic pool
// of 1,000,000 experts and 100,000 open skill needs over the real taxonomy (data/skills.json);
// prints the index build time, p50/p95/p99 of "top 20 experts for a need" and "top 20 needs for
// an expert", and the process's resident memory.
//
//   build/release/bench/match/match_bench [data/skills.json] [experts] [needs]
//
// Skill popularity follows a Zipf law (a few skills — project management, accounting — are
// offered by many, most by few), which is the hard case for posting lists.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "match/index.h"

using namespace comdev::match;
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
  std::sort(t.begin(), t.end());
  auto at = [&](double q) { return t[std::min(t.size() - 1, std::size_t(q * t.size()))]; };
  std::printf("%-34s n=%zu  p50 %.3f ms  p95 %.3f ms  p99 %.3f ms  max %.3f ms\n", what, t.size(),
              at(0.50), at(0.95), at(0.99), t.back());
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = argc > 1 ? argv[1] : "data/skills.json";
  int n_experts = argc > 2 ? std::atoi(argv[2]) : 1'000'000;
  int n_needs = argc > 3 ? std::atoi(argv[3]) : 100'000;
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    return 1;
  }
  auto json = nlohmann::json::parse(in);
  std::vector<Taxonomy::Entry> entries;
  for (const auto& s : json)
    entries.push_back({s["slug"], s["parent"].is_null() ? "" : std::string(s["parent"])});
  auto tax = std::make_shared<Taxonomy>(entries);
  std::vector<SkillId> leaves;
  for (SkillId s = 0; s < tax->size(); ++s)
    if (tax->parent(s)) leaves.push_back(s);

  std::mt19937_64 rng(2026);
  std::vector<double> zipf_weights;
  for (std::size_t i = 0; i < leaves.size(); ++i) zipf_weights.push_back(1.0 / double(i + 1));
  std::shuffle(leaves.begin(), leaves.end(), rng);
  std::discrete_distribution<std::size_t> pick_skill(zipf_weights.begin(), zipf_weights.end());
  auto skill = [&] { return leaves[pick_skill(rng)]; };
  auto level = [&] { return Level(1 + rng() % 3); };
  // 9 provinces under 3 regions, 40 communes per province.
  auto place = [&] {
    std::int64_t province = 1 + std::int64_t(rng() % 9);
    return Place{province * 100 + std::int64_t(rng() % 40), province, 1 + (province - 1) / 3};
  };
  const Day summer = 20'636;  // 2026-07-01

  std::printf("match_bench: %d experts, %d needs, %zu skills (%zu leaves)\n", n_experts, n_needs,
              tax->size(), leaves.size());
  long rss_before = rss_kb();
  Index index(tax);
  auto t0 = Clock::now();
  for (int i = 1; i <= n_experts; ++i) {
    Expert e;
    e.member_id = i;
    int k = 1 + int(rng() % 5);
    for (int j = 0; j < k; ++j) e.skills.push_back({skill(), level()});
    e.languages = LangMask(1u << (rng() % 4)) | LangMask(1u << 2);
    e.remote_hours_per_month = int(rng() % 4) * 10;
    if (rng() % 3 == 0) {
      Day from = summer + Day(rng() % 60);
      e.windows.push_back({from, from + 20, place()});
    }
    if (rng() % 2 == 0) e.attachments.push_back(place());
    e.invitations_received = int(rng() % 10);
    e.invitations_answered = int(rng() % (e.invitations_received + 1));
    e.open_invitations = int(rng() % 4);
    e.recent_invitations = int(rng() % 3);
    e.available = rng() % 20 != 0;
    index.upsert_expert(std::move(e));
  }
  for (int i = 1; i <= n_needs; ++i) {
    Need n;
    n.need_id = i;
    int k = 1 + int(rng() % 3);
    for (int j = 0; j < k; ++j) n.skills.push_back({skill(), level()});
    n.languages = LangMask(1u << (rng() % 4));
    n.mode = Mode(rng() % 3);
    n.from = summer + Day(rng() % 90);
    n.to = n.from + 30;
    n.place = place();
    index.upsert_need(std::move(n));
  }
  auto built = Clock::now() - t0;
  std::printf(
      "index built in memory in %.2f s (from generated values; reading the database is "
      "measured separately)\n",
      ms(built) / 1000);
  std::printf("resident memory: %.0f MB (index: %.0f MB)\n", rss_kb() / 1024.0,
              (rss_kb() - rss_before) / 1024.0);

  std::vector<double> t;
  std::size_t found = 0;
  for (int q = 0; q < 2000; ++q) {
    auto need = index.need(1 + std::int64_t(rng() % n_needs));
    auto s = Clock::now();
    auto m = index.experts_for(*need, 20);
    t.push_back(ms(Clock::now() - s));
    found += m.size();
  }
  report("top 20 experts for a need", t);
  std::printf("  (average %.1f experts returned)\n", double(found) / 2000);
  t.clear();
  found = 0;
  for (int q = 0; q < 2000; ++q) {
    std::int64_t member = 1 + std::int64_t(rng() % n_experts);
    auto s = Clock::now();
    auto m = index.needs_for_expert(member, 20);
    t.push_back(ms(Clock::now() - s));
    found += m ? m->size() : 0;
  }
  report("top 20 needs for an expert", t);
  std::printf("  (average %.1f needs returned)\n", double(found) / 2000);
  return 0;
}
