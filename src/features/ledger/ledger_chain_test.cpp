// The hash chain: the canonical serialisation is stable and unambiguous, and any change to an
// entry, its order or its link to the previous one is named by first_break.
#include "features/ledger/ledger_chain.h"

#include <gtest/gtest.h>

#include <functional>

namespace comdev::ledger::chain {
namespace {

Entry entry(std::int64_t seq, std::string prev) {
  Entry e;
  e.project_id = 4;
  e.seq = seq;
  e.id = 100 + seq;
  e.kind = Kind::money_out;
  e.amount_minor = 125050;
  e.currency = "MAD";
  e.occurred_on = "2026-11-02";
  e.label = "Ciment, 20 sacs";
  e.piece = "F-2026-014";
  e.document_id = 9;
  e.recorded_by = 3;
  e.recorded_at = "2026-11-02T10:00:00Z";
  e.prev_hash = std::move(prev);
  e.hash = hash_of(e);
  return e;
}

std::vector<Entry> chain_of(int n) {
  std::vector<Entry> out;
  std::string prev;
  for (int i = 1; i <= n; ++i) {
    out.push_back(entry(i, prev));
    prev = out.back().hash;
  }
  return out;
}

TEST(LedgerChain, SerialisationIsVersionedAndLengthPrefixed) {
  auto s = serialise(entry(1, ""));
  EXPECT_TRUE(s.starts_with("comdev-ledger/1\nproject_id=1:4\nseq=1:1\nkind=9:money_out\n"));
  EXPECT_NE(s.find("label=15:Ciment, 20 sacs\n"), std::string::npos);
  EXPECT_NE(s.find("pledge_id=0:\n"), std::string::npos);
  EXPECT_TRUE(s.ends_with("prev_hash=0:\n"));
}

TEST(LedgerChain, HashIsSha256HexOfTheSerialisation) {
  auto h = hash_of(entry(1, ""));
  EXPECT_EQ(h.size(), 64u);
  EXPECT_EQ(h.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(h, hash_of(entry(1, "")));  // deterministic
}

TEST(LedgerChain, AValueCannotForgeAFieldBoundary) {
  Entry a = entry(1, "");
  Entry b = a;
  a.label = "x";
  a.piece = "y\npiece=1:z";
  b.label = "x\npiece=1:y";
  b.piece = "z";
  EXPECT_NE(serialise(a), serialise(b));
}

TEST(LedgerChain, AnIntactChainHasNoBreak) {
  EXPECT_FALSE(first_break(chain_of(5)));
  EXPECT_FALSE(first_break({}));
}

TEST(LedgerChain, EveryFieldChangeIsNamed) {
  auto edits = std::vector<std::function<void(Entry&)>>{
      [](Entry& e) { e.amount_minor += 1; },     [](Entry& e) { e.currency = "EUR"; },
      [](Entry& e) { e.label += " "; },          [](Entry& e) { e.occurred_on = "2026-11-03"; },
      [](Entry& e) { e.document_id = 10; },      [](Entry& e) { e.receipt_public = true; },
      [](Entry& e) { e.kind = Kind::money_in; }, [](Entry& e) { e.pledge_id = 1; },
      [](Entry& e) { e.recorded_by = 4; },       [](Entry& e) { e.budget_line_id = 2; },
      [](Entry& e) { e.reverses_entry_id = 1; }, [](Entry& e) { e.confirms_entry_id = 1; },
      [](Entry& e) { e.hours_centi = 100; },     [](Entry& e) { e.rate_minor = 100; },
      [](Entry& e) { e.quantity = "1"; },        [](Entry& e) { e.description = "d"; },
      [](Entry& e) { e.piece = "F-2026-015"; },  [](Entry& e) { e.recorded_at = "x"; },
  };
  for (std::size_t i = 0; i < edits.size(); ++i) {
    auto c = chain_of(5);
    edits[i](c[2]);
    auto b = first_break(c);
    ASSERT_TRUE(b) << "edit " << i;
    EXPECT_EQ(b->seq, 3) << "edit " << i;
    EXPECT_EQ(b->id, 103) << "edit " << i;
    EXPECT_EQ(b->reason, "hash") << "edit " << i;
  }
}

TEST(LedgerChain, ARecomputedHashBreaksTheNextLink) {
  auto c = chain_of(5);
  c[2].amount_minor = 1;
  c[2].hash = hash_of(c[2]);
  auto b = first_break(c);
  ASSERT_TRUE(b);
  EXPECT_EQ(b->seq, 4);
  EXPECT_EQ(b->reason, "prev_hash");
}

TEST(LedgerChain, ARemovedOrReorderedEntryIsNamed) {
  auto c = chain_of(5);
  c.erase(c.begin() + 1);
  auto b = first_break(c);
  ASSERT_TRUE(b);
  EXPECT_EQ(b->seq, 3);
  EXPECT_EQ(b->reason, "seq");

  auto d = chain_of(3);
  std::swap(d[1], d[2]);
  ASSERT_TRUE(first_break(d));
  EXPECT_EQ(first_break(d)->seq, 3);
}

TEST(LedgerChain, AnUnknownFormatIsABreak) {
  auto c = chain_of(2);
  c[1].format = 2;
  ASSERT_TRUE(first_break(c));
  EXPECT_EQ(first_break(c)->reason, "format");
}

}  // namespace
}  // namespace comdev::ledger::chain
