// The ledger API and the exports (public: the ledger is there to be read and checked):
//   GET /api/v1/projects/{id}/ledger        → {project_id, head, totals, budget_lines, entries,
//                                              older}
//   GET /api/v1/projects/{id}/ledger.csv    → the accountant's journal, CSV
//   GET /api/v1/projects/{id}/ledger.xlsx   → the same, XLSX
// and the same files at /projects/{id}/ledger.csv and .xlsx for the public page's links.
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "features/ledger/ledger_api_doc.h"
#include "features/ledger/ledger_export.h"
#include "features/ledger/ledger_module.h"
#include "features/ledger/ledger_store.h"
#include "files/disposition.h"
#include "money/money.h"
#include "web/app.h"
#include "web/errors.h"

namespace comdev::ledger {
namespace {

using nlohmann::json;
namespace ls = ledger_store;

json opt(const std::optional<std::int64_t>& v) {
  return v ? json(*v) : json();
}

json entry_json(const Entry& e) {
  json receipt_url;
  if (e.receipt_public && e.document_id) {
    receipt_url = "/projects/" + std::to_string(e.project_id) + "/ledger/entries/" +
                  std::to_string(e.id) + "/receipt";
  }
  return {{"id", e.id},
          {"seq", e.seq},
          {"kind", std::string(name(e.kind))},
          {"amount", money::to_decimal(e.amount_minor)},
          {"amount_minor", e.amount_minor},
          {"currency", e.currency},
          {"budget_line_id", opt(e.budget_line_id)},
          {"occurred_on", e.occurred_on},
          {"label", e.label},
          {"piece", e.piece},
          {"pledge_id", opt(e.pledge_id)},
          {"document_id", opt(e.document_id)},
          {"receipt_public", e.receipt_public},
          {"receipt_url", receipt_url},
          {"hours_centi", opt(e.hours_centi)},
          {"rate_minor", opt(e.rate_minor)},
          {"quantity", e.quantity},
          {"description", e.description},
          {"reverses_entry_id", opt(e.reverses_entry_id)},
          {"confirms_entry_id", opt(e.confirms_entry_id)},
          {"reversed", e.reversed},
          {"confirmed", e.confirmed},
          {"recorded_by", e.recorded_by},
          {"recorded_at", e.recorded_at},
          {"format", e.format},
          {"prev_hash", e.prev_hash},
          {"hash", e.hash}};
}

http::Response ledger_api(web::Ctx& ctx) {
  auto project_id = core::parse_id(ctx.req.param("id"));
  std::int64_t before = std::max<std::int64_t>(0, core::parse_id(ctx.query.get("before")));
  std::int64_t limit = ctx.query.get("limit").empty() ? 50 : core::parse_id(ctx.query.get("limit"));
  if (limit < 1 || limit > 200) {
    return web::reply_error(ctx, Error::invalid("errors.invalid", {{"limit", "errors.invalid"}}));
  }
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto project = ls::project(**lease, project_id);
  if (!project) return web::reply_error(ctx, project.error());
  if (!*project) return web::reply_error(ctx, Error::not_found());
  auto head = ls::head(**lease, project_id);
  if (!head) return web::reply_error(ctx, head.error());
  auto totals = ls::totals(**lease, project_id);
  if (!totals) return web::reply_error(ctx, totals.error());
  auto lines = ls::budget_lines(**lease, project_id);
  if (!lines) return web::reply_error(ctx, lines.error());
  auto entries = ls::page(**lease, project_id, before, static_cast<int>(limit));
  if (!entries) return web::reply_error(ctx, entries.error());
  json t = json::array();
  for (const auto& x : *totals) {
    if (x.total_minor == 0 && x.entries == 0) continue;
    t.push_back({{"bucket", x.bucket},
                 {"budget_line_id", x.budget_line_id ? json(x.budget_line_id) : json()},
                 {"currency", x.currency},
                 {"amount", x.total_minor < 0 ? "-" + money::to_decimal(-x.total_minor)
                                              : money::to_decimal(x.total_minor)},
                 {"amount_minor", x.total_minor},
                 {"entries", x.entries}});
  }
  json l = json::array();
  for (const auto& x : *lines) {
    l.push_back({{"id", x.id},
                 {"label", x.label},
                 {"planned", money::to_decimal(x.planned_minor)},
                 {"planned_minor", x.planned_minor},
                 {"currency", x.currency},
                 {"position", x.position}});
  }
  json list = json::array();
  for (const auto& e : *entries) list.push_back(entry_json(e));
  json older;
  if (!entries->empty() && entries->back().seq > 1 && static_cast<int>(entries->size()) == limit) {
    older = "/api/v1/projects/" + std::to_string(project_id) +
            "/ledger?before=" + std::to_string(entries->back().seq) +
            "&limit=" + std::to_string(limit);
  }
  return http::Response::json(json{
      {"project_id", project_id},
      {"head", {{"seq", head->first}, {"hash", head->second}}},
      {"totals", t},
      {"budget_lines", l},
      {"entries", list},
      {"older", older}}.dump());
}

// Every journal line of the project, in entry order, up to the chain's head read first: entries
// are never changed, so what is below the head is one consistent moment of the ledger, without
// holding a transaction (on SQLite, the write lock) for the whole export.
Result<std::vector<exporting::Line>> journal_of(store::Db& db, std::int64_t project_id,
                                                std::string* title) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  store::Conn& c = **lease;
  auto project = ls::project(c, project_id);
  if (!project) return project.error();
  if (!*project) return Error::not_found();
  *title = (*project)->title;
  auto head = ls::head(c, project_id);
  if (!head) return head.error();
  std::vector<exporting::Line> out;
  exporting::Journal journal;
  std::int64_t after = 0;
  constexpr int kPage = 5000;
  while (after < head->first) {
    auto batch = ls::in_order(c, project_id, after, kPage);
    if (!batch) return batch.error();
    for (const auto& e : *batch) {
      if (e.seq > head->first) break;
      for (auto& line : journal.feed(e)) out.push_back(std::move(line));
    }
    if (static_cast<int>(batch->size()) < kPage) break;
    after = batch->back().seq;
  }
  return out;
}

http::Response attachment(std::string body, std::string_view type, const std::string& filename) {
  http::Response res;
  res.status = 200;
  res.body = std::move(body);
  res.header("Content-Type", std::string(type));
  res.header("Content-Disposition", files::content_disposition(filename, false));
  res.header("Cache-Control", "no-cache");
  return res;
}

http::Response csv_export(web::Ctx& ctx) {
  auto project_id = core::parse_id(ctx.req.param("id"));
  std::string title;
  auto lines = journal_of(ctx.app.db(), project_id, &title);
  if (!lines) return web::reply_error(ctx, lines.error());
  std::string out = exporting::csv_header();
  out.reserve(out.size() + lines->size() * 96);
  for (const auto& l : *lines) exporting::append_csv(out, l);
  return attachment(std::move(out), "text/csv; charset=utf-8",
                    "ledger-" + std::to_string(project_id) + ".csv");
}

http::Response xlsx_export(web::Ctx& ctx) {
  auto project_id = core::parse_id(ctx.req.param("id"));
  std::string title;
  auto lines = journal_of(ctx.app.db(), project_id, &title);
  if (!lines) return web::reply_error(ctx, lines.error());
  auto book = exporting::xlsx(*lines, title);
  if (!book) return web::reply_error(ctx, book.error());
  return attachment(std::move(*book),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "ledger-" + std::to_string(project_id) + ".xlsx");
}

}  // namespace

void register_api(web::App& app) {
  api_doc::describe_components(app.api_doc());
  app.get("/api/v1/projects/{id:int}/ledger", ledger_api, api_doc::kLedger);
  app.get("/api/v1/projects/{id:int}/ledger.csv", csv_export, api_doc::kLedgerCsv);
  app.get("/api/v1/projects/{id:int}/ledger.xlsx", xlsx_export, api_doc::kLedgerXlsx);
  app.get("/projects/{id:int}/ledger.csv", csv_export);
  app.get("/projects/{id:int}/ledger.xlsx", xlsx_export);
}

}  // namespace comdev::ledger
