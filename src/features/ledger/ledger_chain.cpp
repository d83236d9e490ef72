#include "features/ledger/ledger_chain.h"

#include <sodium.h>

namespace comdev::ledger::chain {
namespace {

std::string num(std::int64_t v) {
  return std::to_string(v);
}
std::string opt(const std::optional<std::int64_t>& v) {
  return v ? std::to_string(*v) : std::string();
}

void field(std::string& out, const char* name, const std::string& value) {
  out += name;
  out += '=';
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += '\n';
}

}  // namespace

std::string serialise(const Entry& e) {
  const std::string values[] = {num(e.project_id),
                                num(e.seq),
                                std::string(name(e.kind)),
                                num(e.amount_minor),
                                e.currency,
                                opt(e.budget_line_id),
                                e.occurred_on,
                                e.label,
                                e.piece,
                                opt(e.pledge_id),
                                opt(e.document_id),
                                e.receipt_public ? "1" : "0",
                                opt(e.hours_centi),
                                opt(e.rate_minor),
                                e.quantity,
                                e.description,
                                opt(e.reverses_entry_id),
                                opt(e.confirms_entry_id),
                                num(e.recorded_by),
                                e.recorded_at,
                                e.prev_hash};
  static_assert(std::size(values) == std::size(kFields));
  std::string out = "comdev-ledger/1\n";
  for (std::size_t i = 0; i < std::size(kFields); ++i) field(out, kFields[i], values[i]);
  return out;
}

std::string hash_of(const Entry& e) {
  const std::string bytes = serialise(e);
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return std::string(hex, crypto_hash_sha256_BYTES * 2);
}

std::optional<Break> Checker::feed(const Entry& e) {
  auto broken = [&](const char* why) { return Break{project_id_, e.seq, e.id, why}; };
  if (e.format != kFormat) return broken("format");
  if (e.seq != seq_ + 1) return broken("seq");
  if (e.prev_hash != hash_) return broken("prev_hash");
  if (e.project_id != project_id_ || hash_of(e) != e.hash) return broken("hash");
  seq_ = e.seq;
  hash_ = e.hash;
  return std::nullopt;
}

std::optional<Break> first_break(const std::vector<Entry>& entries) {
  if (entries.empty()) return std::nullopt;
  Checker c(entries.front().project_id);
  for (const auto& e : entries) {
    if (auto b = c.feed(e)) return b;
  }
  return std::nullopt;
}

}  // namespace comdev::ledger::chain
