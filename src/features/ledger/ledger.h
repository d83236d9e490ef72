// One ledger per project (migrations/0029_ledger): entries appended, never changed, each
// hash-chained to the one before it, and the project's budget lines. Amounts are integer minor
// units with a currency (MAD or EUR); sums are kept per currency. Plain structs; std only.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace comdev::ledger {

// What an entry records. money_in: money received (a confirmed pledge, a transfer); money_out:
// money spent, with a receipt document; grant: a subsidy received; material: goods given,
// valued; skill: hours given at a rate, pending until the carrier confirms it; confirmation: the
// carrier's confirmation of a skill entry (it carries the skill's value); reversal: the
// correction of an earlier entry, which it cancels (it carries the reversed amount).
enum class Kind { money_in, money_out, grant, material, skill, confirmation, reversal };
inline constexpr std::array<Kind, 7> kKinds = {Kind::money_in, Kind::money_out, Kind::grant,
                                               Kind::material, Kind::skill,     Kind::confirmation,
                                               Kind::reversal};
std::string_view name(Kind k);
std::optional<Kind> parse_kind(std::string_view s);

// The largest amount of one entry, in minor units: money::kMaxMinor (one billion units), far
// above any village project, far below what a sum of many entries could overflow.
inline constexpr std::int64_t kMaxAmountMinor = 100'000'000'000;

// What a caller appends. The store adds seq, prev_hash, hash and the id.
struct NewEntry {
  std::int64_t project_id = 0;
  Kind kind = Kind::money_in;
  std::int64_t amount_minor = 0;
  std::string currency = "MAD";
  std::optional<std::int64_t> budget_line_id;
  std::string occurred_on;  // YYYY-MM-DD
  std::string label;
  std::string piece;  // the accountant's piece reference ("F-2026-014"); may be empty
  std::optional<std::int64_t> pledge_id;
  std::optional<std::int64_t> document_id;  // the receipt, a document of the project
  bool receipt_public = false;              // the receipt may be shown on the public page
  std::optional<std::int64_t> hours_centi;  // skill: hours × 100
  std::optional<std::int64_t> rate_minor;   // skill: the rate of one hour
  std::string quantity;                     // material: "20 sacs de 50 kg"
  std::string description;                  // material or skill: what was given
  std::optional<std::int64_t> reverses_entry_id;
  std::optional<std::int64_t> confirms_entry_id;
  std::int64_t recorded_by = 0;  // member id
  std::string recorded_at;       // ISO-8601 UTC
};

struct Entry : NewEntry {
  std::int64_t id = 0;
  std::int64_t seq = 0;
  int format = 1;
  std::string prev_hash, hash;
  std::string recorded_by_name;  // filled by the lists
  // Filled by the lists: whether a later entry reversed this one, or confirmed this skill.
  bool reversed = false;
  bool confirmed = false;
  std::int64_t target_seq = 0;  // the seq of the entry reversed or confirmed
  std::string document_title;   // the receipt's title
};

struct BudgetLine {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string label;
  std::int64_t planned_minor = 0;
  std::string currency = "MAD";
  int position = 0;
};

// A running total (ledger_totals): bucket is a kind's name or "skill_pending".
struct Total {
  std::string bucket;
  std::int64_t budget_line_id = 0;  // 0: no budget line
  std::string currency;
  std::int64_t total_minor = 0;
  std::int64_t entries = 0;
};

}  // namespace comdev::ledger
