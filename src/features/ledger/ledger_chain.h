// The hash chain of a project's ledger. Each entry's hash is SHA-256 (libsodium) over a
// canonical, versioned serialisation of the entry that includes the previous entry's hash, so
// changing, removing or reordering any entry breaks every hash after it. Pure functions:
// thread-safe, no I/O.
//
// Format 1 (docs/money.md): the bytes "comdev-ledger/1\n" then, for each field in the fixed
// order of kFields, "<name>=<length>:<value>\n" where <length> is the value's byte length in
// decimal (so no value can forge a field boundary), integers in decimal, an absent optional as
// the empty string, booleans as 0/1. The hash is written as 64 lower-case hex digits; the first
// entry's prev_hash is "".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/ledger/ledger.h"

namespace comdev::ledger::chain {

inline constexpr int kFormat = 1;

// The fields of format 1, in order (each one's value comes from the entry).
inline constexpr const char* kFields[] = {
    "project_id",  "seq",         "kind",     "amount_minor", "currency",    "budget_line",
    "occurred_on", "label",       "piece",    "pledge_id",    "document_id", "receipt_pub",
    "hours_centi", "rate_minor",  "quantity", "description",  "reverses",    "confirms",
    "recorded_by", "recorded_at", "prev_hash"};

std::string serialise(const Entry& e);
std::string hash_of(const Entry& e);  // hex SHA-256 of serialise(e)

// The first break in one project's entries given in seq order, or nullopt when the chain holds:
// a seq that is not the next one, a prev_hash that is not the previous hash, a hash that is not
// the entry's, an unknown format.
struct Break {
  std::int64_t project_id = 0, seq = 0, id = 0;
  std::string reason;  // "hash", "prev_hash", "seq", "format", "head"
};
std::optional<Break> first_break(const std::vector<Entry>& entries_in_seq_order);

// Incremental form of first_break for long chains read in pages: feed entries in seq order.
class Checker {
 public:
  explicit Checker(std::int64_t project_id) : project_id_(project_id) {}
  // Returns the break this entry makes, if any (the checker then stays broken).
  std::optional<Break> feed(const Entry& e);
  std::int64_t last_seq() const { return seq_; }
  const std::string& last_hash() const { return hash_; }

 private:
  std::int64_t project_id_;
  std::int64_t seq_ = 0;
  std::string hash_;
};

}  // namespace comdev::ledger::chain
