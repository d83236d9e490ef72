#include "features/ledger/ledger_store.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

#include "core/time.h"
#include "features/ledger/ledger_rules.h"

namespace comdev::ledger::ledger_store {
namespace {

using store::params;

constexpr const char* kEntryColumns =
    "SELECT e.id, e.project_id, e.seq, e.kind, e.amount_minor, e.currency, e.budget_line_id, "
    "e.occurred_on, e.label, e.piece, e.pledge_id, e.document_id, e.receipt_public, "
    "e.hours_centi, e.rate_minor, e.quantity, e.description, e.reverses_entry_id, "
    "e.confirms_entry_id, e.recorded_by, e.recorded_at, e.format, e.prev_hash, e.hash, "
    "COALESCE(m.display_name, ''), "
    "EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = e.id), "
    "EXISTS (SELECT 1 FROM ledger_entries k WHERE k.confirms_entry_id = e.id), "
    "(SELECT t.seq FROM ledger_entries t "
    " WHERE t.id = COALESCE(e.reverses_entry_id, e.confirms_entry_id)), "
    "(SELECT d.title FROM documents d WHERE d.id = e.document_id) "
    "FROM ledger_entries e LEFT JOIN members m ON m.id = e.recorded_by ";

// The columns verify reads: no joins, so walking a long chain stays one index scan.
constexpr const char* kChainColumns =
    "SELECT e.id, e.project_id, e.seq, e.kind, e.amount_minor, e.currency, e.budget_line_id, "
    "e.occurred_on, e.label, e.piece, e.pledge_id, e.document_id, e.receipt_public, "
    "e.hours_centi, e.rate_minor, e.quantity, e.description, e.reverses_entry_id, "
    "e.confirms_entry_id, e.recorded_by, e.recorded_at, e.format, e.prev_hash, e.hash "
    "FROM ledger_entries e ";

std::optional<std::int64_t> opt_int(const store::Row& r, std::size_t i) {
  if (r.is_null(i)) return std::nullopt;
  return r.integer(i);
}

Entry entry_of(const store::Row& r) {
  Entry e;
  e.id = r.integer(0);
  e.project_id = r.integer(1);
  e.seq = r.integer(2);
  // An unknown kind cannot pass the table's CHECK; reading it as a reversal would hide nothing,
  // as the hash covers the stored text through name(kind) and verify would name the entry.
  e.kind = parse_kind(r.text(3)).value_or(Kind::reversal);
  e.amount_minor = r.integer(4);
  e.currency = r.text(5);
  e.budget_line_id = opt_int(r, 6);
  e.occurred_on = r.text(7);
  e.label = r.text(8);
  e.piece = r.text(9);
  e.pledge_id = opt_int(r, 10);
  e.document_id = opt_int(r, 11);
  e.receipt_public = r.integer(12) != 0;
  e.hours_centi = opt_int(r, 13);
  e.rate_minor = opt_int(r, 14);
  e.quantity = r.text(15);
  e.description = r.text(16);
  e.reverses_entry_id = opt_int(r, 17);
  e.confirms_entry_id = opt_int(r, 18);
  e.recorded_by = r.integer(19);
  e.recorded_at = r.text(20);
  e.format = static_cast<int>(r.integer(21));
  e.prev_hash = r.text(22);
  e.hash = r.text(23);
  if (r.size() > 24) {
    e.recorded_by_name = r.text(24);
    e.reversed = r.integer(25) != 0;
    e.confirmed = r.integer(26) != 0;
    e.target_seq = r.integer(27);
    e.document_title = r.text(28);
  }
  return e;
}

std::vector<Entry> entries_of(const store::Rows& rows) {
  std::vector<Entry> out;
  out.reserve(rows.rows.size());
  for (const auto& r : rows.rows) out.push_back(entry_of(r));
  return out;
}

BudgetLine line_of(const store::Row& r) {
  BudgetLine l;
  l.id = r.integer(0);
  l.project_id = r.integer(1);
  l.label = r.text(2);
  l.planned_minor = r.integer(3);
  l.currency = r.text(4);
  l.position = static_cast<int>(r.integer(5));
  return l;
}

Error field_error(const char* field, const char* id) {
  return Error::invalid("errors.invalid", {{field, id}});
}

// Locks the project's chain head (creating it for the first entry) and returns {seq, hash}.
Result<std::pair<std::int64_t, std::string>> lock_head(store::Conn& tx, std::int64_t project_id) {
  auto made = tx.query(
      "INSERT INTO ledger_heads (project_id, seq, hash) VALUES ($1, 0, '') "
      "ON CONFLICT (project_id) DO NOTHING",
      params(project_id));
  if (!made) return made.error();
  // SQLite has no FOR UPDATE, and needs none: its write transaction (BEGIN IMMEDIATE) already
  // holds the database's one write lock.
  const char* sql = tx.dialect() == store::Dialect::postgres
                        ? "SELECT seq, hash FROM ledger_heads WHERE project_id = $1 FOR UPDATE"
                        : "SELECT seq, hash FROM ledger_heads WHERE project_id = $1";
  auto rows = tx.query(sql, params(project_id));
  if (!rows) return rows.error();
  if (rows->empty()) return Error::internal("ledger: the chain head vanished");
  return std::pair{rows->rows.front().integer(0), rows->rows.front().text(1)};
}

}  // namespace

Result<Entry> append_entry(store::Conn& tx, const NewEntry& in) {
  NewEntry e = in;
  if (e.recorded_at.empty()) e.recorded_at = core::iso_now();
  // The head first: from here on no other append to this project runs, so what is read below
  // (the target's flags, the totals) cannot change before this entry commits.
  auto head = lock_head(tx, e.project_id);
  if (!head) return head.error();

  std::optional<Entry> target;
  if (e.kind == Kind::reversal || e.kind == Kind::confirmation) {
    auto id = e.kind == Kind::reversal ? e.reverses_entry_id : e.confirms_entry_id;
    if (!id) return validate(e).error();  // a reversal or confirmation without its target
    auto t = find(tx, *id);
    if (!t) return t.error();
    if (!*t) {
      return field_error(
          e.kind == Kind::reversal ? "reverses" : "confirms",
          e.kind == Kind::reversal ? "ledger.errors.reversal_target" : "ledger.errors.not_a_skill");
    }
    target = std::move(**t);
    auto ok = e.kind == Kind::reversal ? may_reverse(*target, e.project_id)
                                       : may_confirm(*target, e.project_id);
    if (!ok) return ok.error();
    e.amount_minor = target->amount_minor;
    e.currency = target->currency;
    e.budget_line_id = target->budget_line_id;
  }
  if (auto v = validate(e); !v) return v.error();

  if (e.budget_line_id) {
    auto l = budget_line(tx, *e.budget_line_id);
    if (!l) return l.error();
    if (!*l || (*l)->project_id != e.project_id) {
      return field_error("budget_line", "ledger.errors.budget_line");
    }
    if ((*l)->currency != e.currency) {
      return field_error("budget_line", "ledger.errors.budget_line_currency");
    }
  }
  if (e.document_id && e.kind != Kind::reversal && e.kind != Kind::confirmation) {
    auto d = document(tx, e.project_id, *e.document_id);
    if (!d) return d.error();
    if (!*d) return field_error("document_id", "ledger.errors.receipt_required");
  }

  Entry out;
  static_cast<NewEntry&>(out) = e;
  out.seq = head->first + 1;
  out.format = chain::kFormat;
  out.prev_hash = head->second;
  out.hash = chain::hash_of(out);
  auto ins = tx.query(
      "INSERT INTO ledger_entries (project_id, seq, kind, amount_minor, currency, "
      "budget_line_id, occurred_on, label, piece, pledge_id, document_id, receipt_public, "
      "hours_centi, rate_minor, quantity, description, reverses_entry_id, confirms_entry_id, "
      "recorded_by, recorded_at, format, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, "
      "$8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23) "
      "RETURNING id",
      params(out.project_id, out.seq, std::string(name(out.kind)), out.amount_minor, out.currency,
             out.budget_line_id, out.occurred_on, out.label, out.piece, out.pledge_id,
             out.document_id, static_cast<std::int64_t>(out.receipt_public), out.hours_centi,
             out.rate_minor, out.quantity, out.description, out.reverses_entry_id,
             out.confirms_entry_id, out.recorded_by, out.recorded_at,
             static_cast<std::int64_t>(out.format), out.prev_hash, out.hash));
  if (!ins) {
    // Two reversals of one entry, two confirmations of one skill: the unique indexes say no.
    if (ins.error().code == ErrorCode::conflict) {
      if (e.pledge_id) {
        Error dup = Error::conflict("ledger.errors.pledge_recorded");
        dup.fields = {{"pledge_id", "ledger.errors.pledge_recorded"}};
        return dup;
      }
      return field_error(e.kind == Kind::confirmation ? "confirms" : "reverses",
                         e.kind == Kind::confirmation ? "ledger.errors.already_confirmed"
                                                      : "ledger.errors.already_reversed");
    }
    return ins.error();
  }
  out.id = ins->rows.front().integer(0);
  auto moved = tx.query("UPDATE ledger_heads SET seq = $2, hash = $3 WHERE project_id = $1",
                        params(out.project_id, out.seq, out.hash));
  if (!moved) return moved.error();
  for (const auto& d : deltas(e, target ? &*target : nullptr)) {
    auto t = tx.query(
        "INSERT INTO ledger_totals (project_id, bucket, budget_line_id, currency, total_minor, "
        "entries) VALUES ($1, $2, $3, $4, $5, $6) "
        "ON CONFLICT (project_id, bucket, budget_line_id, currency) DO UPDATE SET "
        "total_minor = ledger_totals.total_minor + excluded.total_minor, "
        "entries = ledger_totals.entries + excluded.entries",
        params(out.project_id, d.bucket, d.budget_line_id, d.currency, d.amount,
               static_cast<std::int64_t>(d.entries)));
    if (!t) return t.error();
  }
  return out;
}

Result<std::optional<Entry>> find(store::Conn& c, std::int64_t entry_id) {
  auto rows = c.query(std::string(kEntryColumns) + "WHERE e.id = $1", params(entry_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<Entry>{};
  return std::optional<Entry>{entry_of(rows->rows.front())};
}

Result<std::vector<Entry>> page(store::Conn& c, std::int64_t project_id, std::int64_t before_seq,
                                int limit) {
  auto rows =
      before_seq > 0
          ? c.query(std::string(kEntryColumns) +
                        "WHERE e.project_id = $1 AND e.seq < $2 ORDER BY e.seq DESC LIMIT $3",
                    params(project_id, before_seq, limit))
          : c.query(
                std::string(kEntryColumns) + "WHERE e.project_id = $1 ORDER BY e.seq DESC LIMIT $2",
                params(project_id, limit));
  if (!rows) return rows.error();
  return entries_of(*rows);
}

Result<std::vector<Entry>> in_order(store::Conn& c, std::int64_t project_id, std::int64_t after_seq,
                                    int limit) {
  auto rows = c.query(
      std::string(kChainColumns) + "WHERE e.project_id = $1 AND e.seq > $2 ORDER BY e.seq LIMIT $3",
      params(project_id, after_seq, limit));
  if (!rows) return rows.error();
  return entries_of(*rows);
}

Result<std::vector<Entry>> pending_skills(store::Conn& c, std::int64_t project_id, int limit) {
  auto rows = c.query(
      std::string(kEntryColumns) +
          "WHERE e.project_id = $1 AND e.kind = 'skill' "
          "AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = e.id) "
          "AND NOT EXISTS (SELECT 1 FROM ledger_entries k WHERE k.confirms_entry_id = e.id) "
          "ORDER BY e.seq LIMIT $2",
      params(project_id, limit));
  if (!rows) return rows.error();
  return entries_of(*rows);
}

Result<std::vector<Total>> totals(store::Conn& c, std::int64_t project_id) {
  auto rows = c.query(
      "SELECT bucket, budget_line_id, currency, total_minor, entries FROM ledger_totals "
      "WHERE project_id = $1 ORDER BY bucket, budget_line_id, currency",
      params(project_id));
  if (!rows) return rows.error();
  std::vector<Total> out;
  for (const auto& r : rows->rows) {
    out.push_back({r.text(0), r.integer(1), r.text(2), r.integer(3), r.integer(4)});
  }
  return out;
}

Result<std::pair<std::int64_t, std::string>> head(store::Conn& c, std::int64_t project_id) {
  auto rows =
      c.query("SELECT seq, hash FROM ledger_heads WHERE project_id = $1", params(project_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::pair<std::int64_t, std::string>{0, ""};
  return std::pair{rows->rows.front().integer(0), rows->rows.front().text(1)};
}

Result<std::vector<std::int64_t>> projects_with_ledger(store::Conn& c) {
  auto rows = c.query(
      "SELECT project_id FROM ledger_heads UNION SELECT DISTINCT project_id FROM ledger_entries "
      "ORDER BY 1");
  if (!rows) return rows.error();
  std::vector<std::int64_t> out;
  for (const auto& r : rows->rows) out.push_back(r.integer(0));
  return out;
}

Result<std::optional<chain::Break>> verify_project(store::Conn& c, std::int64_t project_id) {
  using Key = std::tuple<std::string, std::int64_t, std::string>;
  // The head first: entries up to it are committed (the head moves in the entry's transaction),
  // so appends running meanwhile are not mistaken for a break, on either database.
  auto before = head(c, project_id);
  if (!before) return before.error();
  std::map<Key, std::pair<std::int64_t, std::int64_t>> sums;  // total, entries
  // What a later reversal or confirmation needs of the entry it names.
  struct Counted {
    Kind kind;
    std::int64_t amount;
    std::string currency;
    std::optional<std::int64_t> budget_line_id;
    bool confirmed = false;
  };
  std::unordered_map<std::int64_t, Counted> counted;
  counted.reserve(static_cast<std::size_t>(std::min<std::int64_t>(before->first, 1'000'000)));
  chain::Checker checker(project_id);
  std::int64_t after = 0;
  constexpr int kPage = 5000;
  bool more = true;
  bool beyond = false;  // an entry after the head read first
  while (more) {
    auto batch = in_order(c, project_id, after, kPage);
    if (!batch) return batch.error();
    more = static_cast<int>(batch->size()) == kPage;
    for (auto& e : *batch) {
      if (e.seq > before->first) {
        beyond = true;
        more = false;
        break;
      }
      if (auto b = checker.feed(e)) return std::optional<chain::Break>{*b};
      Entry target;
      bool has_target = false;
      auto tid = e.kind == Kind::reversal ? e.reverses_entry_id : e.confirms_entry_id;
      if (tid) {
        auto it = counted.find(*tid);
        if (it != counted.end()) {
          has_target = true;
          target.kind = it->second.kind;
          target.amount_minor = it->second.amount;
          target.currency = it->second.currency;
          target.budget_line_id = it->second.budget_line_id;
          target.confirmed = it->second.confirmed;
          if (e.kind == Kind::confirmation) it->second.confirmed = true;
        }
      }
      for (const auto& d : deltas(e, has_target ? &target : nullptr)) {
        auto& s = sums[{d.bucket, d.budget_line_id, d.currency}];
        s.first += d.amount;
        s.second += d.entries;
      }
      if (e.kind != Kind::reversal && e.kind != Kind::confirmation) {
        counted.emplace(e.id, Counted{e.kind, e.amount_minor, e.currency, e.budget_line_id});
      }
    }
    if (!batch->empty()) after = batch->back().seq;
  }
  if (before->first != checker.last_seq() || before->second != checker.last_hash()) {
    return std::optional<chain::Break>{chain::Break{project_id, before->first, 0, "head"}};
  }
  auto stored = totals(c, project_id);
  if (!stored) return stored.error();
  auto now = head(c, project_id);
  if (!now) return now.error();
  // Entries past a head that did not move: the head was set back (or removed) by hand.
  if (beyond && now->first == before->first) {
    return std::optional<chain::Break>{chain::Break{project_id, before->first + 1, 0, "head"}};
  }
  // Totals read while an append moved them are not comparable: the chain was checked; the
  // totals will be at the next run.
  if (now->first != before->first) return std::optional<chain::Break>{};
  std::map<Key, std::pair<std::int64_t, std::int64_t>> kept;
  for (const auto& t : *stored) {
    if (t.total_minor != 0 || t.entries != 0) {
      kept[{t.bucket, t.budget_line_id, t.currency}] = {t.total_minor, t.entries};
    }
  }
  std::erase_if(sums, [](const auto& kv) { return kv.second.first == 0 && kv.second.second == 0; });
  if (kept != sums) {
    return std::optional<chain::Break>{chain::Break{project_id, before->first, 0, "totals"}};
  }
  return std::optional<chain::Break>{};
}

// ---- budget lines ----

Result<std::vector<BudgetLine>> budget_lines(store::Conn& c, std::int64_t project_id) {
  auto rows = c.query(
      "SELECT id, project_id, label, planned_minor, currency, position FROM project_budget_lines "
      "WHERE project_id = $1 ORDER BY position, id",
      params(project_id));
  if (!rows) return rows.error();
  std::vector<BudgetLine> out;
  for (const auto& r : rows->rows) out.push_back(line_of(r));
  return out;
}

Result<std::optional<BudgetLine>> budget_line(store::Conn& c, std::int64_t id) {
  auto rows = c.query(
      "SELECT id, project_id, label, planned_minor, currency, position FROM project_budget_lines "
      "WHERE id = $1",
      params(id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<BudgetLine>{};
  return std::optional<BudgetLine>{line_of(rows->rows.front())};
}

Result<std::int64_t> add_budget_line(store::Conn& c, const BudgetLine& l, const std::string& now) {
  auto rows = c.query(
      "INSERT INTO project_budget_lines (project_id, label, planned_minor, currency, position, "
      "created_at, updated_at) VALUES ($1, $2, $3, $4, "
      "(SELECT COALESCE(MAX(position), 0) + 1 FROM project_budget_lines WHERE project_id = $1), "
      "$5, $5) RETURNING id",
      params(l.project_id, l.label, l.planned_minor, l.currency, now));
  if (!rows) return rows.error();
  return rows->rows.front().integer(0);
}

Status update_budget_line(store::Conn& c, const BudgetLine& l, const std::string& now) {
  // The currency of a line entries point at stays: their totals are kept in it.
  auto r = c.query(
      "UPDATE project_budget_lines SET label = $2, planned_minor = $3, position = $4, "
      "currency = CASE WHEN EXISTS (SELECT 1 FROM ledger_entries WHERE budget_line_id = $1) "
      "THEN currency ELSE $5 END, updated_at = $6 WHERE id = $1",
      params(l.id, l.label, l.planned_minor, static_cast<std::int64_t>(l.position), l.currency,
             now));
  if (!r) return r.error();
  if (r->affected == 0) return Error::not_found();
  return {};
}

Status remove_budget_line(store::Conn& c, std::int64_t id) {
  auto used = c.query("SELECT 1 FROM ledger_entries WHERE budget_line_id = $1 LIMIT 1", params(id));
  if (!used) return used.error();
  if (!used->empty()) return Error::conflict("ledger.errors.budget_line_used");
  auto r = c.query("DELETE FROM project_budget_lines WHERE id = $1", params(id));
  if (!r) return r.error();
  return {};
}

Result<std::optional<ProjectInfo>> project(store::Conn& c, std::int64_t project_id) {
  auto rows = c.query("SELECT id, title FROM projects WHERE id = $1", params(project_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<ProjectInfo>{};
  return std::optional<ProjectInfo>{
      ProjectInfo{rows->rows.front().integer(0), rows->rows.front().text(1)}};
}

Result<std::vector<DocumentRef>> project_documents(store::Conn& c, std::int64_t project_id) {
  auto rows = c.query(
      "SELECT id, title FROM documents WHERE project_id = $1 ORDER BY updated_at DESC, id DESC "
      "LIMIT 300",
      params(project_id));
  if (!rows) return rows.error();
  std::vector<DocumentRef> out;
  for (const auto& r : rows->rows) out.push_back({r.integer(0), r.text(1)});
  return out;
}

Result<std::optional<DocumentRef>> document(store::Conn& c, std::int64_t project_id,
                                            std::int64_t document_id) {
  auto rows = c.query("SELECT id, title FROM documents WHERE id = $1 AND project_id = $2",
                      params(document_id, project_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<DocumentRef>{};
  return std::optional<DocumentRef>{
      DocumentRef{rows->rows.front().integer(0), rows->rows.front().text(1)}};
}

Result<std::optional<ReceiptFile>> receipt_file(store::Conn& c, std::int64_t project_id,
                                                std::int64_t document_id,
                                                const std::string& recorded_at) {
  auto rows = c.query(
      "SELECT v.sha256, v.filename, v.file_type FROM document_versions v "
      "JOIN documents d ON d.id = v.document_id "
      "WHERE d.id = $1 AND d.project_id = $2 AND v.uploaded_at <= $3 "
      "ORDER BY v.version DESC LIMIT 1",
      params(document_id, project_id, recorded_at));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<ReceiptFile>{};
  const auto& r = rows->rows.front();
  return std::optional<ReceiptFile>{ReceiptFile{r.text(0), r.text(1), r.text(2)}};
}

Result<std::optional<std::int64_t>> project_by_title(store::Conn& c, const std::string& title) {
  auto rows =
      c.query("SELECT id FROM projects WHERE title = $1 ORDER BY id LIMIT 1", params(title));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{rows->rows.front().integer(0)};
}

Result<std::vector<BudgetLine>> funding_needs(store::Conn& c, std::int64_t project_id) {
  auto rows = c.query(
      "SELECT id, project_id, title, amount_minor, currency, 0 FROM needs "
      "WHERE project_id = $1 AND kind = 'funding' AND amount_minor IS NOT NULL "
      "AND currency IS NOT NULL ORDER BY id",
      params(project_id));
  if (!rows) return rows.error();
  std::vector<BudgetLine> out;
  for (const auto& r : rows->rows) out.push_back(line_of(r));
  return out;
}

}  // namespace comdev::ledger::ledger_store
