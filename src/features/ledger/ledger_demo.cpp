// Demo data: demo/ledger.json, budget lines and entries of demo projects (found by title), so
// "Where the money went" is not empty on a demo. Entries are appended through the same API as
// every other (recorded_by 0: the platform's demo). A project whose ledger already has entries is
// left as it is, so running `comdev demo` twice appends nothing twice.
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "core/time.h"
#include "features/ledger/ledger_module.h"
#include "features/ledger/ledger_store.h"

namespace comdev::ledger {
namespace {

using nlohmann::json;
namespace ls = ledger_store;

std::string str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string{};
}
std::optional<std::int64_t> num(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer()) return std::nullopt;
  return it->get<std::int64_t>();
}

Status load_one(store::Conn& c, const json& j, const std::string& where, const std::string& now) {
  auto project = ls::project_by_title(c, str(j, "project"));
  if (!project) return project.error();
  if (!*project) return Error::internal(where + ": unknown project " + str(j, "project"));
  const std::int64_t id = **project;
  auto head = ls::head(c, id);
  if (!head) return head.error();
  if (head->first > 0) return {};
  std::map<std::string, std::int64_t> lines;
  auto existing = ls::budget_lines(c, id);
  if (!existing) return existing.error();
  for (const auto& l : *existing) lines[l.label] = l.id;
  for (const auto& l : j.value("budget_lines", json::array())) {
    if (lines.count(str(l, "label"))) continue;
    BudgetLine b;
    b.project_id = id;
    b.label = str(l, "label");
    b.planned_minor = num(l, "planned_minor").value_or(0);
    b.currency = str(l, "currency");
    auto made = ls::add_budget_line(c, b, now);
    if (!made) return made.error();
    lines[b.label] = *made;
  }
  for (const auto& x : j.value("entries", json::array())) {
    NewEntry e;
    e.project_id = id;
    auto kind = parse_kind(str(x, "kind"));
    if (!kind) return Error::internal(where + ": unknown kind " + str(x, "kind"));
    e.kind = *kind;
    e.amount_minor = num(x, "amount_minor").value_or(0);
    e.currency = str(x, "currency");
    e.occurred_on = str(x, "occurred_on");
    e.label = str(x, "label");
    e.quantity = str(x, "quantity");
    e.description = str(x, "description");
    e.hours_centi = num(x, "hours_centi");
    e.rate_minor = num(x, "rate_minor");
    if (auto l = str(x, "budget_line"); !l.empty()) {
      if (!lines.count(l)) return Error::internal(where + ": unknown budget line " + l);
      e.budget_line_id = lines[l];
    }
    e.recorded_at = now;
    auto made = ls::append_entry(c, e);
    if (!made) {
      return Error::internal(
          where + ": " + e.label + ": " + made.error().message_id + " " +
          (made.error().fields.empty() ? "" : made.error().fields[0].message_id));
    }
    if (x.value("confirmed", false)) {
      NewEntry k;
      k.project_id = id;
      k.kind = Kind::confirmation;
      k.confirms_entry_id = made->id;
      k.label = made->label;
      k.occurred_on = e.occurred_on;
      k.recorded_at = now;
      if (auto ok = ls::append_entry(c, k); !ok) return ok.error();
    }
  }
  return {};
}

}  // namespace

Status load_demo(store::Db& db, const std::filesystem::path& demo_dir) {
  auto path = demo_dir / "ledger.json";
  std::ifstream in(path);
  if (!in) return Error::internal("cannot read " + path.string());
  json doc = json::parse(in, nullptr, false);
  if (doc.is_discarded() || !doc.is_array()) return Error::internal(path.string() + ": not a list");
  auto now = core::iso_now();
  auto done = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    for (std::size_t i = 0; i < doc.size(); ++i) {
      auto where = path.filename().string() + "[" + std::to_string(i) + "]";
      if (auto st = load_one(c, doc[i], where, now); !st) return st.error();
    }
    return true;
  });
  if (!done) return done.error();
  return {};
}

}  // namespace comdev::ledger
