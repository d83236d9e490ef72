#include "features/changes/change_log_store.h"

#include <atomic>
#include <iterator>

#include "core/time.h"

namespace comdev::changes {
namespace {

std::atomic<std::uint64_t> g_generation{0};
constexpr std::string_view kTopics[] = {kProject, kNeed, kOrganisation, kProfile, kSkill};
std::atomic<std::uint64_t> g_topic_generation[std::size(kTopics)] = {};

// The counter of `topic`, or nullptr for a topic not listed.
std::atomic<std::uint64_t>* topic_counter(std::string_view topic) {
  for (std::size_t i = 0; i < std::size(kTopics); ++i) {
    if (kTopics[i] == topic) return &g_topic_generation[i];
  }
  return nullptr;
}

}  // namespace

std::uint64_t local_write_generation() {
  return g_generation.load(std::memory_order_acquire);
}

std::uint64_t local_write_generation(std::string_view topic) {
  auto* counter = topic_counter(topic);
  return (counter ? *counter : g_generation).load(std::memory_order_acquire);
}

namespace change_log_store {

Status record(store::Conn& conn, std::string_view topic, std::int64_t entity_id) {
  store::Value p[] = {std::string(topic), entity_id, core::iso_now()};
  auto r =
      conn.query("INSERT INTO change_log (topic, entity_id, changed_at) VALUES ($1, $2, $3)", p);
  if (!r) return r.error();
  if (auto* counter = topic_counter(topic)) counter->fetch_add(1, std::memory_order_acq_rel);
  g_generation.fetch_add(1, std::memory_order_acq_rel);
  return {};
}

Result<std::int64_t> latest_id(store::Db& db) {
  auto r = db.query("SELECT COALESCE(MAX(id), 0) FROM change_log");
  if (!r) return r.error();
  return r->rows.empty() ? 0 : r->rows[0].integer(0);
}

Result<std::vector<Change>> since(store::Db& db, std::int64_t after_id, const std::string& since) {
  store::Value p[] = {after_id, since};
  auto r = db.query(
      "SELECT id, topic, entity_id FROM change_log WHERE id > $1 "
      "UNION SELECT id, topic, entity_id FROM change_log WHERE changed_at >= $2 ORDER BY 1",
      p);
  if (!r) return r.error();
  std::vector<Change> out;
  out.reserve(r->rows.size());
  for (const auto& row : r->rows) out.push_back({row.integer(0), row.text(1), row.integer(2)});
  return out;
}

Result<std::int64_t> purge_before(store::Db& db, const std::string& before) {
  store::Value p[] = {before};
  auto r = db.query("DELETE FROM change_log WHERE changed_at < $1", p);
  if (!r) return r.error();
  return r->affected;
}

}  // namespace change_log_store
}  // namespace comdev::changes
