#include "search/index.h"

#include <gtest/gtest.h>

#include <thread>

namespace comdev::search {
namespace {

constexpr std::uint8_t kProject = 0, kNeed = 1, kOrganisation = 2;

std::vector<std::int64_t> ids(const Results& r) {
  std::vector<std::int64_t> out;
  for (const auto& h : r.hits) out.push_back(h.id);
  return out;
}

Results find(const Index& index, std::string text, std::optional<std::uint8_t> type = {},
             std::size_t offset = 0, std::size_t limit = 20) {
  return index.search(Query{std::move(text), type, offset, limit});
}

void fill(Index& index) {
  index.put({kProject, 1, Lang::fr, "Adduction d'eau potable à Tafraout",
             "Raccorder les douars au réseau d'eau potable et construire un château d'eau."});
  index.put({kProject, 2, Lang::fr, "Assainissement liquide du douar Tagmoute",
             "Étude d'assainissement puis réseau d'égouts et station d'épuration."});
  index.put({kProject, 3, Lang::ar, "تزويد المدرسة بالماء الصالح للشرب",
             "ربط مَدْرَسَة الدوار بشبكة الماء وبناء مراحيض."});
  index.put({kNeed, 10, Lang::fr, "Étude d'assainissement",
             "Un ingénieur pour l'étude du réseau d'assainissement, eau potable comprise."});
  index.put({kOrganisation, 20, Lang::fr, "Association Tafraout Eau et Développement", ""});
  index.put({kProject, 4, Lang::en, "Solar pumps for village wells", "Wells dried up in 2014."});
}

TEST(Index, FindsEveryWordAndRanksTitlesFirst) {
  Index index;
  fill(index);
  auto r = find(index, "eau potable");
  // Project 1 has both words in its title; need 10 only in its body.
  EXPECT_EQ(ids(r), (std::vector<std::int64_t>{1, 10}));
  EXPECT_EQ(r.total, 2u);
  EXPECT_GT(r.hits[0].score, r.hits[1].score);
}

TEST(Index, AllWordsAreRequired) {
  Index index;
  fill(index);
  EXPECT_EQ(ids(find(index, "eau Tagmoute")), std::vector<std::int64_t>{});
  EXPECT_EQ(ids(find(index, "assainissement Tagmoute")), std::vector<std::int64_t>{2});
}

TEST(Index, CountsPerTypeAndFiltersByType) {
  Index index;
  fill(index);
  auto all = find(index, "eau");
  EXPECT_EQ(all.per_type[kProject], 1u);
  EXPECT_EQ(all.per_type[kNeed], 1u);
  EXPECT_EQ(all.per_type[kOrganisation], 1u);
  EXPECT_EQ(all.total, 3u);
  auto needs = find(index, "eau", kNeed);
  EXPECT_EQ(ids(needs), std::vector<std::int64_t>{10});
  EXPECT_EQ(needs.total, 1u);
  EXPECT_EQ(needs.per_type[kProject], 1u);  // the other types are still counted
}

TEST(Index, FrenchWithoutAccentsAndPlurals) {
  Index index;
  fill(index);
  EXPECT_EQ(ids(find(index, "ETUDE ASSAINISSEMENT")), (std::vector<std::int64_t>{10, 2}));
  EXPECT_EQ(ids(find(index, "developpement")), std::vector<std::int64_t>{20});
  EXPECT_EQ(ids(find(index, "épurations")), std::vector<std::int64_t>{2});
  EXPECT_EQ(ids(find(index, "châteaux")), std::vector<std::int64_t>{1});
}

TEST(Index, ArabicFormsFindTheSameDocument) {
  Index index;
  fill(index);
  for (const char* q : {"مدرسة", "المدرسة", "مدرسه", "مَدْرَسَة", "مـدرسـة"}) {
    EXPECT_EQ(ids(find(index, q)), std::vector<std::int64_t>{3}) << q;
  }
  EXPECT_EQ(ids(find(index, "الماء المدرسة")), std::vector<std::int64_t>{3});
}

TEST(Index, EnglishDocuments) {
  Index index;
  fill(index);
  EXPECT_EQ(ids(find(index, "well")), std::vector<std::int64_t>{4});
  EXPECT_EQ(ids(find(index, "pump")), std::vector<std::int64_t>{4});
  EXPECT_EQ(ids(find(index, "2014")), std::vector<std::int64_t>{4});
}

TEST(Index, EmptyAndStopWordQueries) {
  Index index;
  fill(index);
  EXPECT_TRUE(find(index, "").hits.empty());
  EXPECT_TRUE(find(index, "   ").hits.empty());
  EXPECT_TRUE(find(index, "de la").hits.empty());
  EXPECT_TRUE(find(index, "inconnu").hits.empty());
  Index empty;
  EXPECT_TRUE(find(empty, "eau").hits.empty());
}

TEST(Index, ReplaceAndRemove) {
  Index index;
  fill(index);
  index.put({kProject, 1, Lang::fr, "Piste rurale", "Désenclavement."});
  EXPECT_EQ(ids(find(index, "potable")), std::vector<std::int64_t>{10});
  EXPECT_EQ(ids(find(index, "piste")), std::vector<std::int64_t>{1});
  EXPECT_EQ(index.size(), 6u);
  index.remove(kProject, 1);
  EXPECT_TRUE(find(index, "piste").hits.empty());
  EXPECT_EQ(index.size(), 5u);
  index.remove(kProject, 1);  // twice is harmless
  index.remove(kProject, 999);
  EXPECT_EQ(index.size(), 5u);
  // The freed slot is reused and the postings stay right.
  index.put({kNeed, 11, Lang::fr, "Piste", ""});
  EXPECT_EQ(ids(find(index, "piste")), std::vector<std::int64_t>{11});
  EXPECT_FALSE(index.get(kProject, 1));
  ASSERT_TRUE(index.get(kNeed, 11));
  EXPECT_EQ(index.get(kNeed, 11)->title, "Piste");
}

TEST(Index, ReplacingKeepsTheSlotAndUpdatesSharedWords) {
  Index index;
  index.put({kProject, 1, Lang::fr, "Eau puits", ""});
  index.put({kProject, 2, Lang::fr, "Eau", "eau eau"});
  index.put({kProject, 3, Lang::fr, "Eau", ""});
  index.put({kProject, 1, Lang::fr, "Forage", "eau"});  // "eau" kept, moved to the body
  EXPECT_EQ(ids(find(index, "eau")), (std::vector<std::int64_t>{2, 3, 1}));
  EXPECT_TRUE(find(index, "puits").hits.empty());
  EXPECT_EQ(ids(find(index, "forage eau")), std::vector<std::int64_t>{1});
  EXPECT_EQ(index.size(), 3u);
  index.put({kProject, 1, Lang::fr, "Forage", "eau"});  // the same again changes nothing
  EXPECT_EQ(ids(find(index, "eau")), (std::vector<std::int64_t>{2, 3, 1}));
}

TEST(Index, SameIdDifferentTypesAreDifferentDocuments) {
  Index index;
  index.put({kProject, 5, Lang::fr, "Puits", ""});
  index.put({kNeed, 5, Lang::fr, "Puits", ""});
  auto r = find(index, "puits");
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(r.hits[0].type, kProject);  // equal scores: by type, then id
  EXPECT_EQ(r.hits[1].type, kNeed);
}

TEST(Index, IgnoresTypesOutOfRange) {
  Index index;
  index.put({static_cast<std::uint8_t>(kMaxTypes), 1, Lang::fr, "Puits", ""});
  EXPECT_EQ(index.size(), 0u);
}

TEST(Index, Pagination) {
  Index index;
  std::vector<Document> docs;
  for (int i = 1; i <= 45; ++i) docs.push_back({kProject, i, Lang::fr, "Puits", ""});
  index.put_all(docs);
  auto p1 = find(index, "puits", {}, 0, 20);
  auto p3 = find(index, "puits", {}, 40, 20);
  EXPECT_EQ(p1.total, 45u);
  EXPECT_EQ(p1.hits.size(), 20u);
  EXPECT_EQ(p1.hits.front().id, 1);
  EXPECT_EQ(p3.hits.size(), 5u);
  EXPECT_EQ(p3.hits.back().id, 45);
  EXPECT_TRUE(find(index, "puits", {}, 60, 20).hits.empty());
}

TEST(Index, RarerWordsWeighMore) {
  Index index;
  index.put({kProject, 1, Lang::fr, "Puits", "eau eau"});
  index.put({kProject, 2, Lang::fr, "Eau", "puits"});
  for (int i = 3; i < 20; ++i) index.put({kProject, i, Lang::fr, "Eau", ""});
  // "puits" is rare: the document with it in its title wins over the one with it in its body.
  auto r = find(index, "puits eau");
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(r.hits[0].id, 1);
}

TEST(Index, ShorterDocumentsWinAtEqualFrequency) {
  Index index;
  index.put(
      {kProject, 1, Lang::fr, "Puits", "un texte bien plus long sur bien des choses variées"});
  index.put({kProject, 2, Lang::fr, "Puits", "court"});
  EXPECT_EQ(ids(find(index, "puits")), (std::vector<std::int64_t>{2, 1}));
}

TEST(Index, ConcurrentReadsAndWrites) {
  Index index;
  fill(index);
  std::atomic<bool> stop{false};
  std::thread writer([&] {
    for (int i = 0; i < 300; ++i) index.put({kNeed, 100 + i % 7, Lang::fr, "Eau potable", ""});
    stop = true;
  });
  std::size_t searches = 0;
  while (!stop || searches < 10) {
    auto r = find(index, "eau potable");
    EXPECT_GE(r.total, 2u);
    ++searches;
  }
  writer.join();
  EXPECT_EQ(find(index, "eau potable").total, 9u);
}

}  // namespace
}  // namespace comdev::search
