// Benchmark of the matching engine (issue 9 targets, on this 2-core machine): a synthetic pool
// of 1,000,000 experts and 100,000 open skill needs (match/synthetic.h: skills clustered in one
// or two domains with Zipf popularity, realistic languages, summer windows, attachments over the
// real provinces and communes of demo/territories.json, invitation history) over the real
// taxonomy (data/skills.json). Prints the index build time, the index's resident memory, and
// p50/p95/p99 of "top 20 experts for a need" and "top 20 needs for an expert".
//
//   build/release/bench/match/match_bench [--experts N] [--needs N] [--queries N] [--seed N]
//       [--skills data/skills.json] [--territories demo/territories.json]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "match/index.h"
#include "match/synthetic.h"

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

// This thread's CPU time: on a machine others are compiling on, the wall-clock time of a query
// includes waiting for a core; the CPU time is what the query costs.
double cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double load_average() {
  std::ifstream f("/proc/loadavg");
  double one = -1;
  f >> one;
  return one;
}

void report(const char* what, std::vector<double> t, double target) {
  std::sort(t.begin(), t.end());
  auto at = [&](double q) { return t[std::min(t.size() - 1, std::size_t(q * t.size()))]; };
  std::printf(
      "%-28s n=%zu  p50 %.3f ms  p95 %.3f ms  p99 %.3f ms  max %.3f ms  (target p95 <= %.0f "
      "ms: %s)\n",
      what, t.size(), at(0.50), at(0.95), at(0.99), t.back(), target,
      at(0.95) <= target ? "met" : "MISSED");
}

std::string flag(int argc, char** argv, const std::string& name, const std::string& fallback) {
  for (int i = 1; i + 1 < argc; ++i)
    if (argv[i] == name) return argv[i + 1];
  return fallback;
}

nlohmann::json read_json(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    std::exit(1);
  }
  return nlohmann::json::parse(in);
}

// The provinces of demo/territories.json with their communes (douars count for their commune),
// numbered in file order. A province's weight — how many experts and needs come from it — is its
// number of communes in the file plus one: the demo community lists more communes where its
// members come from.
std::vector<synthetic::Province> provinces(const nlohmann::json& file) {
  std::map<std::string, std::int64_t> id;
  std::map<std::string, std::string> parent, kind;
  std::int64_t next = 1;
  for (const auto& t : file["territories"]) {
    std::string slug = t["slug"];
    id[slug] = next++;
    kind[slug] = t["kind"];
    parent[slug] = t.contains("parent") && t["parent"].is_string() ? std::string(t["parent"]) : "";
  }
  std::vector<synthetic::Province> out;
  for (const auto& [slug, k] : kind) {
    if (k != "province") continue;
    synthetic::Province p;
    p.id = id[slug];
    p.region = parent[slug].empty() ? 0 : id[parent[slug]];
    for (const auto& [c, ck] : kind)
      if (ck == "commune" && parent[c] == slug) p.communes.push_back(id[c]);
    p.weight = double(p.communes.size()) + 1;
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  int n_experts = std::atoi(flag(argc, argv, "--experts", "1000000").c_str());
  int n_needs = std::atoi(flag(argc, argv, "--needs", "100000").c_str());
  int queries = std::atoi(flag(argc, argv, "--queries", "2000").c_str());
  auto seed = std::strtoull(flag(argc, argv, "--seed", "9").c_str(), nullptr, 10);
  auto skills = read_json(flag(argc, argv, "--skills", "data/skills.json"));
  auto territories = read_json(flag(argc, argv, "--territories", "demo/territories.json"));

  std::vector<Taxonomy::Entry> entries;
  for (const auto& s : skills)
    entries.push_back({s["slug"], s["parent"].is_null() ? "" : std::string(s["parent"])});
  auto tax = std::make_shared<Taxonomy>(entries);
  auto places = provinces(territories);
  const Day today = synthetic::day_of(2026, 11, 23);
  synthetic::Generator gen(*tax, places, seed, today);

  std::printf("match_bench: %d experts, %d needs, %zu skills, %zu provinces, seed %llu\n",
              n_experts, n_needs, tax->size(), places.size(),
              static_cast<unsigned long long>(seed));
  // Generated first, so that the index's memory is measured alone.
  std::vector<Expert> experts;
  experts.reserve(std::size_t(n_experts));
  for (int i = 1; i <= n_experts; ++i) experts.push_back(gen.expert(i));
  std::vector<Need> needs;
  needs.reserve(std::size_t(n_needs));
  for (int i = 1; i <= n_needs; ++i) needs.push_back(gen.need(i));

  long rss_before = rss_kb();
  Index index(tax);
  auto t0 = Clock::now();
  // One by one, as the matching service loads the database.
  for (auto& e : experts) index.upsert_expert(std::move(e));
  for (auto& n : needs) index.upsert_need(std::move(n));
  auto built = Clock::now() - t0;
  long rss_after = rss_kb();
  experts = {};
  needs = {};
  std::printf(
      "index built in %.2f s (upserted one by one from generated values; load average %.2f)\n",
      ms(built) / 1000, load_average());
  std::printf("resident memory of the index: %.0f MB (process %.0f MB)\n",
              (rss_after - rss_before) / 1024.0, rss_after / 1024.0);

  std::printf("load average (1 min) before the queries: %.2f\n", load_average());
  std::mt19937_64 rng(seed + 1);
  std::vector<double> t, cpu;
  double found = 0, postings = 0, scored = 0;
  for (int q = 0; q < queries; ++q) {
    std::int64_t id = 1 + std::int64_t(rng() % std::uint64_t(n_needs));
    auto s = Clock::now();
    double c = cpu_ms();
    auto m = index.experts_for_need(id, 20);
    cpu.push_back(cpu_ms() - c);
    t.push_back(ms(Clock::now() - s));
    found += double(m ? m->size() : 0);
    postings += double(Index::last_query_work().postings);
    scored += double(Index::last_query_work().scored);
  }
  report("top 20 experts for a need", t, 10);
  report("  the same, CPU time", cpu, 10);
  std::printf("  average: %.1f experts returned, %.0f postings read, %.0f experts scored\n",
              found / queries, postings / queries, scored / queries);
  t.clear();
  cpu.clear();
  found = postings = scored = 0;
  for (int q = 0; q < queries; ++q) {
    std::int64_t member = 1 + std::int64_t(rng() % std::uint64_t(n_experts));
    auto s = Clock::now();
    double c = cpu_ms();
    auto m = index.needs_for_expert(member, 20);
    cpu.push_back(cpu_ms() - c);
    t.push_back(ms(Clock::now() - s));
    found += double(m ? m->size() : 0);
    postings += double(Index::last_query_work().postings);
    scored += double(Index::last_query_work().scored);
  }
  report("top 20 needs for an expert", t, 5);
  report("  the same, CPU time", cpu, 5);
  std::printf("  average: %.1f needs returned, %.0f postings read, %.0f needs scored\n",
              found / queries, postings / queries, scored / queries);
  return 0;
}
