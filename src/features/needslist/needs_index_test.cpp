// NeedsIndex against a plain filter over a vector: the same needs, the same order, the same
// facet counts, for single filters, combined filters, late pages and after writes.
#include "features/needslist/needs_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

namespace comdev::needslist {
namespace {

NeedEntry need(std::int64_t id, std::string kind, std::int64_t commune, std::string sector,
               std::string created = "") {
  NeedEntry e;
  e.id = id;
  e.project_id = 1000 + id % 7;
  // Same instant unless given: the order then falls back to the id.
  e.created_at = created.empty() ? "2026-01-01T00:00:00Z" : created;
  e.open = true;
  e.kind = std::move(kind);
  e.title = "need " + std::to_string(id);
  e.commune_id = commune;
  e.province_id = commune < 20 ? 1 : 2;
  e.sectors = {std::move(sector)};
  if (e.kind == "skill") {
    e.skill_ids = {id % 3 + 1};
    e.mode = id % 2 ? "remote" : "on_site";
    e.period_start = "2027-07-01";
    e.period_end = "2027-08-31";
  }
  return e;
}

std::vector<std::int64_t> ids(const QueryResult& r) {
  std::vector<std::int64_t> out;
  for (const auto& n : r.needs) out.push_back(n.id);
  return out;
}

std::int64_t count_of(const QueryResult& r, Facet f, std::int64_t key) {
  for (const auto& v : r.facets[static_cast<int>(f)])
    if (v.key == key) return v.count;
  return -1;
}

TEST(MonthsOf, APeriodCountsInEveryMonthItOverlaps) {
  auto m = months_of("2027-07-15", "2027-09-01");
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(month_text(m[0]), "2027-07");
  EXPECT_EQ(month_text(m[2]), "2027-09");
  EXPECT_EQ(months_of("2027-07-15", "").size(), 1u);
  EXPECT_TRUE(months_of("", "").empty());
  EXPECT_TRUE(months_of("junk", "").empty());
  EXPECT_EQ(months_of("2020-01-01", "2030-01-01").size(), static_cast<std::size_t>(kMaxMonths));
  EXPECT_EQ(parse_month("2027-07"), month_of("2027-07-01"));
  EXPECT_FALSE(parse_month("2027-13"));
  EXPECT_FALSE(parse_month("2027-7"));
}

TEST(NeedsIndex, ListsOpenNeedsNewestFirstAndPages) {
  NeedsIndex index;
  std::vector<NeedEntry> all;
  for (int i = 1; i <= 45; ++i) all.push_back(need(i, "funding", 5, "water"));
  all[3].open = false;  // need 4 is closed
  index.replace_all(all);
  Query q;
  auto r = index.query(q);
  EXPECT_EQ(r.total, 44);
  ASSERT_EQ(r.needs.size(), 20u);
  EXPECT_EQ(r.needs.front().id, 45);
  q.page = 3;
  r = index.query(q);
  EXPECT_EQ(ids(r), (std::vector<std::int64_t>{5, 3, 2, 1})) << "page 3 skips 40, and closed 4";
  q.page = 4;
  EXPECT_TRUE(index.query(q).needs.empty());
  q.page = -5;
  EXPECT_EQ(index.query(q).needs.front().id, 45) << "a page below 1 is the first";
}

TEST(NeedsIndex, FacetCountsAreWhatEachValueWouldLeave) {
  NeedsIndex index;
  index.replace_all({need(1, "skill", 5, "water"), need(2, "skill", 5, "health"),
                     need(3, "funding", 5, "water"), need(4, "material", 30, "water"),
                     need(5, "funding", 30, "health")});
  Query q;
  auto r = index.query(q);
  EXPECT_EQ(count_of(r, Facet::type, 0), 2);  // skill
  EXPECT_EQ(count_of(r, Facet::commune, 30), 2);
  EXPECT_EQ(count_of(r, Facet::province, 1), 3);
  EXPECT_EQ(count_of(r, Facet::sector, 0), 3);  // water is kSectors[0]
  q[Facet::commune] = 5;
  r = index.query(q);
  EXPECT_EQ(r.total, 3);
  EXPECT_EQ(count_of(r, Facet::type, 1), 1) << "funding in commune 5";
  EXPECT_EQ(count_of(r, Facet::type, 2), -1) << "no material in commune 5: not offered";
  EXPECT_EQ(count_of(r, Facet::commune, 30), 2) << "its own facet ignores its own filter";
  q[Facet::type] = 0;  // skill
  r = index.query(q);
  EXPECT_EQ(ids(r), (std::vector<std::int64_t>{2, 1}));
  EXPECT_EQ(count_of(r, Facet::commune, 30), -1) << "no skill need in commune 30";
  EXPECT_EQ(count_of(r, Facet::type, 1), 1);
  EXPECT_EQ(count_of(r, Facet::mode, 0), 1);  // need 1 is remote
  EXPECT_EQ(count_of(r, Facet::period, *month_of("2027-08-01")), 2);
}

TEST(NeedsIndex, AnUnknownValueSelectsNothingButStaysOffered) {
  NeedsIndex index;
  index.replace_all({need(1, "skill", 5, "water")});
  Query q;
  q[Facet::commune] = 999;
  auto r = index.query(q);
  EXPECT_EQ(r.total, 0);
  EXPECT_EQ(count_of(r, Facet::commune, 999), 0);
  EXPECT_EQ(count_of(r, Facet::commune, 5), 1);
}

TEST(NeedsIndex, WritesMoveNeedsInAndOutAndKeepTheOrder) {
  NeedsIndex index;
  index.replace_all({need(1, "funding", 5, "water"), need(2, "funding", 5, "water")});
  index.upsert({need(3, "skill", 5, "water")});
  EXPECT_EQ(ids(index.query({})), (std::vector<std::int64_t>{3, 2, 1}));
  auto closed = need(2, "funding", 5, "water");
  closed.open = false;
  index.upsert({closed});
  EXPECT_EQ(ids(index.query({})), (std::vector<std::int64_t>{3, 1}));
  index.upsert({need(2, "funding", 5, "water")});
  EXPECT_EQ(ids(index.query({})), (std::vector<std::int64_t>{3, 2, 1})) << "reopened in place";
  auto moved = need(1, "material", 30, "health");
  index.upsert({moved});
  Query q;
  q[Facet::commune] = 30;
  EXPECT_EQ(ids(index.query(q)), (std::vector<std::int64_t>{1}));
  // Written late by another instance: older than the newest listed, still placed in order.
  index.upsert({need(0, "funding", 5, "water", "2025-01-01T00:00:00Z")});
  EXPECT_EQ(ids(index.query({})), (std::vector<std::int64_t>{3, 2, 1, 0}));
  std::int64_t gone[] = {3};
  index.remove(gone);
  std::int64_t keep[] = {1};
  index.retain_project_needs(1002, keep);  // need 2's project kept only need 1 (not its own)
  EXPECT_EQ(ids(index.query({})), (std::vector<std::int64_t>{1, 0}));
  EXPECT_EQ(index.open_count(), 2);
}

// The index against a brute-force filter on random data, many combinations and pages.
TEST(NeedsIndex, AgreesWithABruteForceFilter) {
  std::mt19937 rng(7);
  const char* kinds[] = {"skill", "funding", "material"};
  const char* sectors[] = {"water", "health", "education"};
  std::vector<NeedEntry> all;
  for (int i = 1; i <= 3000; ++i) {
    auto e = need(i, kinds[rng() % 3], 1 + rng() % 40, sectors[rng() % 3]);
    if (rng() % 5 == 0) e.sectors.push_back("youth");
    e.open = rng() % 10 != 0;
    all.push_back(e);
  }
  NeedsIndex index;
  index.replace_all(all);
  std::sort(all.begin(), all.end(), [](const NeedEntry& a, const NeedEntry& b) {
    return std::tie(b.created_at, b.id) < std::tie(a.created_at, a.id);
  });
  auto matches = [](const NeedEntry& e, std::optional<std::int64_t> commune,
                    std::optional<std::int64_t> type) {
    if (!e.open) return false;
    if (commune && e.commune_id != *commune) return false;
    if (type && e.kind != kKinds[*type]) return false;
    return true;
  };
  for (int round = 0; round < 30; ++round) {
    Query q;
    std::optional<std::int64_t> commune, type;
    if (round % 2) commune = 1 + rng() % 40;
    if (round % 3) type = rng() % 3;
    q[Facet::commune] = commune;
    q[Facet::type] = type;
    q.page = 1 + rng() % 4;
    q.per_page = 10;
    std::vector<std::int64_t> want;
    std::int64_t total = 0;
    std::map<std::int64_t, std::int64_t> by_commune;
    for (const auto& e : all) {
      if (matches(e, std::nullopt, type)) ++by_commune[e.commune_id];
      if (!matches(e, commune, type)) continue;
      if (total >= (q.page - 1) * 10 && want.size() < 10) want.push_back(e.id);
      ++total;
    }
    auto r = index.query(q);
    EXPECT_EQ(r.total, total);
    EXPECT_EQ(ids(r), want);
    for (auto [c, n] : by_commune) EXPECT_EQ(count_of(r, Facet::commune, c), n);
    EXPECT_EQ(index.query(q).total, total) << "served again from the cache";
  }
}

}  // namespace
}  // namespace comdev::needslist
