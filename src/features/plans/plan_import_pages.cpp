// Importing a plan's actions from a CSV file, in two steps so nothing is written by surprise:
//   1. POST the file (multipart): it is decoded (UTF-8 or Windows-1252), checked whole, and each
//      row reported — a rejected file (wrong columns, unreadable, empty) imports nothing;
//   2. POST confirm: the checked text comes back in hidden fields, is checked again (the plan may
//      have changed meanwhile), and the valid rows are added in one transaction. Titles already
//      in the plan are skipped, so a confirmation sent twice adds nothing twice.
// The text travels in the page rather than in server memory, so any instance can confirm.
#include "features/plans/plan_module.h"
#include "features/plans/plan_rules.h"
#include "features/plans/plan_store.h"
#include "features/plans/plan_views.h"
#include "http/multipart.h"
#include "i18n/message.h"
#include "i18n/text_encoding.h"
#include "tpl/plans/import.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/page.h"

namespace comdev::plans {
namespace {

// A form value holds at most 64 KB (http::FormLimits): the text is sent back in chunks.
constexpr std::size_t kChunk = 60 * 1024;

struct RowView {
  std::string line, axis, title, status, outcome;
};

struct ImportView {
  web::LayoutView layout;
  std::string csrf, plan_url, plan_title, file_error;
  bool previewed = false;
  std::int64_t ok_count = 0;
  std::vector<RowView> rows;
  std::vector<std::string> chunks;
};

http::Response render_import(web::Ctx& ctx, const Plan& p, ImportView& v, int status) {
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  v.csrf = *csrf;
  v.plan_url = "/plans/" + std::to_string(p.id);
  v.plan_title = p.title;
  v.layout = web::make_layout(ctx, text(ctx.lang, "plans.import.title"), "plans");
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::plans_import(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

std::string outcome(i18n::Lang lang, const RowReport& r) {
  switch (r.status) {
    case RowStatus::ok:
      return text(lang, "plans.import.row.ok");
    case RowStatus::duplicate_in_file:
      return text(lang, "plans.import.row.duplicate");
    case RowStatus::already_in_plan:
      return text(lang, "plans.import.row.already_in_plan");
    case RowStatus::invalid:
      break;
  }
  std::string s;
  for (const auto& id : r.problems) s += (s.empty() ? "" : " ") + text(lang, id);
  return s;
}

std::string_view status_name(RowStatus s) {
  switch (s) {
    case RowStatus::ok:
      return "ok";
    case RowStatus::duplicate_in_file:
      return "duplicate";
    case RowStatus::already_in_plan:
      return "existing";
    case RowStatus::invalid:
      return "invalid";
  }
  return "invalid";
}

// The checked file, or the reason it is refused as a whole.
Result<ImportPlan> check(web::Ctx& ctx, const Plan& p, std::string_view bytes) {
  auto douars = plan_store::douars_of(ctx.app.db(), p.territory_id);
  if (!douars) return douars.error();
  auto existing = plan_store::title_keys(ctx.app.db(), p.id);
  if (!existing) return existing.error();
  return plan_import_file(bytes, *douars, *existing);
}

http::Response refused(web::Ctx& ctx, const Plan& p, const Error& e) {
  if (e.code != ErrorCode::invalid) return web::reply_error(ctx, e);
  ImportView v;
  v.file_error = i18n::format(ctx.lang, e.message_id, e.params);
  return render_import(ctx, p, v, 422);
}

http::Response show_import(web::Ctx& ctx) {
  auto a = plan_for(ctx, Action::import);
  if (a.refusal) return std::move(*a.refusal);
  ImportView v;
  return render_import(ctx, *a.plan, v, 200);
}

http::Response confirm_import(web::Ctx& ctx, const Plan& p) {
  std::string csv;
  for (auto c : ctx.form.all("csv")) csv += c;
  auto plan = check(ctx, p, csv);
  if (!plan) return refused(ctx, p, plan.error());
  auto added = plan_store::add_actions(ctx.app.db(), ctx.actor.member_id, p.id, plan->actions,
                                       "plan.actions.imported");
  if (!added) return web::reply_error(ctx, added.error());
  return http::Response::redirect("/plans/" + std::to_string(p.id) +
                                  "?imported=" + std::to_string(*added));
}

http::Response run_import(web::Ctx& ctx) {
  auto a = plan_for(ctx, Action::import);
  if (a.refusal) return std::move(*a.refusal);
  const Plan& p = *a.plan;
  if (ctx.form.get("confirm") == "1") return confirm_import(ctx, p);
  // The pipeline keeps only the text fields of a multipart form; the file is read here.
  auto form = http::parse_multipart(ctx.req.header("content-type"), ctx.req.body);
  const http::UploadedFile* file = nullptr;
  if (form) {
    for (const auto& f : form->files) {
      if (f.field_name == "file") file = &f;
    }
  }
  if (file == nullptr || file->bytes.empty()) {
    return refused(ctx, p, Error::invalid("plans.import.errors.no_file"));
  }
  auto plan = check(ctx, p, file->bytes);
  if (!plan) return refused(ctx, p, plan.error());
  ImportView v;
  v.previewed = true;
  v.ok_count = static_cast<std::int64_t>(plan->actions.size());
  for (const auto& r : plan->rows) {
    v.rows.push_back({std::to_string(r.line), r.axis, r.title, std::string(status_name(r.status)),
                      outcome(ctx.lang, r)});
  }
  // What comes back on confirmation: the decoded text (UTF-8 now, whatever the file was).
  auto decoded = i18n::decode_to_utf8(file->bytes);
  if (!decoded) return refused(ctx, p, decoded.error());
  const std::string& t = decoded->utf8;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t n = std::min(kChunk, t.size() - i);
    // Never split a UTF-8 character between two fields (each must be valid UTF-8).
    while (i + n < t.size() && (static_cast<unsigned char>(t[i + n]) & 0xC0) == 0x80) --n;
    v.chunks.push_back(t.substr(i, n));
    i += n;
  }
  return render_import(ctx, p, v, 200);
}

http::Response import_template_csv(web::Ctx&) {
  http::Response res;
  res.body = import_template();
  res.header("Content-Type", "text/csv; charset=utf-8");
  res.header("Content-Disposition", "attachment; filename=\"pcd-modele.csv\"");
  return res;
}

}  // namespace

void register_import_pages(web::App& app) {
  app.get("/plans/import-template.csv", import_template_csv);
  app.get("/plans/{id}/import", show_import);
  app.post("/plans/{id}/import", run_import);
}

}  // namespace comdev::plans
