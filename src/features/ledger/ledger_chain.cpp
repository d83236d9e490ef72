#include "features/ledger/ledger_chain.h"

#include <sodium.h>

namespace comdev::ledger::chain {
namespace {

void field(std::string& out, const char* name, std::string_view value) {
  out += name;
  out += '=';
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += '\n';
}
void field(std::string& out, const char* name, std::int64_t value) {
  field(out, name, std::string_view(std::to_string(value)));
}
void field(std::string& out, const char* name, const std::optional<std::int64_t>& value) {
  field(out, name, value ? std::string_view(std::to_string(*value)) : std::string_view());
}

// Appends the serialisation of `e` to `out`; the field order is kFields'.
void write(std::string& out, const Entry& e) {
  out += "comdev-ledger/1\n";
  field(out, kFields[0], e.project_id);
  field(out, kFields[1], e.seq);
  field(out, kFields[2], name(e.kind));
  field(out, kFields[3], e.amount_minor);
  field(out, kFields[4], e.currency);
  field(out, kFields[5], e.budget_line_id);
  field(out, kFields[6], e.occurred_on);
  field(out, kFields[7], e.label);
  field(out, kFields[8], e.piece);
  field(out, kFields[9], e.pledge_id);
  field(out, kFields[10], e.document_id);
  field(out, kFields[11], std::string_view(e.receipt_public ? "1" : "0"));
  field(out, kFields[12], e.hours_centi);
  field(out, kFields[13], e.rate_minor);
  field(out, kFields[14], e.quantity);
  field(out, kFields[15], e.description);
  field(out, kFields[16], e.reverses_entry_id);
  field(out, kFields[17], e.confirms_entry_id);
  field(out, kFields[18], e.recorded_by);
  field(out, kFields[19], e.recorded_at);
  field(out, kFields[20], e.prev_hash);
  static_assert(std::size(kFields) == 21);
}

}  // namespace

std::string serialise(const Entry& e) {
  std::string out;
  out.reserve(512);
  write(out, e);
  return out;
}

std::string hash_of(const Entry& e) {
  // One buffer per thread: verify hashes a whole ledger, entry after entry.
  thread_local std::string bytes;
  bytes.clear();
  write(bytes, e);
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
