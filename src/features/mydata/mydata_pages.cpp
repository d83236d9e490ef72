// The "your data" page, the confirmed deletion of one's account, and the audit log page.
#include <charconv>

#include "core/time.h"
#include "features/members/password.h"
#include "features/mydata/mydata_module.h"
#include "features/mydata/mydata_permissions.h"
#include "features/mydata/mydata_store.h"
#include "http/cookie.h"
#include "i18n/format.h"
#include "tpl/admin/audit.h"
#include "tpl/mydata/delete.h"
#include "tpl/mydata/index.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/page.h"
#include "web/session.h"

namespace comdev::mydata {
namespace {

constexpr int kAuditPageSize = 50;

struct IndexView {
  web::LayoutView layout;
  std::string email;
};

struct DeleteView {
  web::LayoutView layout;
  std::string csrf;
  bool deleted = false;
  std::vector<std::string> errors;
};

struct AuditRow {
  std::string id, when, action, subject_type, subject_id, actor_id, actor_name, detail;
  bool actor_deleted = false;
  bool system = false;
};

struct AuditView {
  web::LayoutView layout;
  std::vector<AuditRow> entries;
  std::string prev_url, next_url;
  std::int64_t page = 1;
};

std::string title(web::Ctx& ctx, std::string_view key) {
  return std::string(i18n::catalogue(ctx.lang).text(key));
}

// The signed-in actor allowed to do `action`, or the reply refusing it.
std::optional<http::Response> refuse_unless(web::Ctx& ctx, Action action) {
  auto s = ctx.session();
  if (!s) return web::reply_error(ctx, s.error());
  if (can(ctx.actor, action) != Decision::allow) {
    return web::reply_error(ctx, Error::forbidden());
  }
  return std::nullopt;
}

http::Response index(web::Ctx& ctx) {
  if (auto no = refuse_unless(ctx, Action::export_own_data)) return std::move(*no);
  auto acc = mydata_store::account(ctx.app.db(), ctx.actor.member_id);
  if (!acc) return web::reply_error(ctx, acc.error());
  if (!*acc) return web::reply_error(ctx, Error::not_found());
  IndexView v;
  v.email = (*acc)->email;
  v.layout = web::make_layout(ctx, title(ctx, "mydata.title"), "");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::mydata_index(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response render_delete(web::Ctx& ctx, DeleteView& v, int status) {
  if (!v.deleted) {
    auto csrf = ctx.csrf_token();
    if (!csrf) return web::reply_error(ctx, csrf.error());
    v.csrf = *csrf;
  }
  v.layout = web::make_layout(ctx, title(ctx, "mydata.delete.title"), "");
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::mydata_delete(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response confirm_delete(web::Ctx& ctx) {
  if (auto no = refuse_unless(ctx, Action::delete_own_account)) return std::move(*no);
  DeleteView v;
  return render_delete(ctx, v, 200);
}

http::Response do_delete(web::Ctx& ctx) {
  if (auto no = refuse_unless(ctx, Action::delete_own_account)) return std::move(*no);
  auto acc = mydata_store::account(ctx.app.db(), ctx.actor.member_id);
  if (!acc) return web::reply_error(ctx, acc.error());
  if (!*acc) return web::reply_error(ctx, Error::not_found());
  // The password confirms it is really the owner at the keyboard, not a borrowed session.
  if (!members::verify_password((*acc)->password_hash, ctx.form.get("password"))) {
    DeleteView v;
    v.errors.emplace_back(i18n::catalogue(ctx.lang).text("mydata.delete.wrong_password"));
    return render_delete(ctx, v, 422);
  }
  if (auto st = mydata_store::anonymise(ctx.app.db(), ctx.actor.member_id); !st) {
    return web::reply_error(ctx, st.error());
  }
  auto res = http::Response::redirect("/account/deleted");
  res.header("Set-Cookie", http::set_cookie(web::kSessionCookie, "", {.max_age = 0}));
  return res;
}

http::Response deleted(web::Ctx& ctx) {
  DeleteView v;
  v.deleted = true;
  return render_delete(ctx, v, 200);
}

std::int64_t page_of(web::Ctx& ctx) {
  auto s = ctx.query.get("page");
  std::int64_t n = 1;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (s.empty() || ec != std::errc{} || p != s.data() + s.size() || n < 1 || n > 100000) return 1;
  return n;
}

http::Response audit(web::Ctx& ctx) {
  if (auto no = refuse_unless(ctx, Action::read_audit_log)) return std::move(*no);
  AuditView v;
  v.page = page_of(ctx);
  auto lines = mydata_store::audit_page(ctx.app.db(), kAuditPageSize + 1,
                                        static_cast<int>((v.page - 1) * kAuditPageSize));
  if (!lines) return web::reply_error(ctx, lines.error());
  bool more = lines->size() > static_cast<std::size_t>(kAuditPageSize);
  if (more) lines->pop_back();
  for (const auto& l : *lines) {
    AuditRow r;
    r.id = std::to_string(l.id);
    auto t = core::parse_iso(l.at);
    // Date in the reader's language, time of day in UTC as stored.
    r.when = t ? i18n::format_date(ctx.lang, *t) + " " + l.at.substr(11, 5) + " UTC" : l.at;
    r.action = l.action;
    r.subject_type = l.subject_type;
    r.subject_id = l.subject_id ? std::to_string(l.subject_id) : std::string();
    r.system = l.actor_id == 0;
    r.actor_id = std::to_string(l.actor_id);
    r.actor_name = l.actor_name;
    r.actor_deleted = l.actor_deleted;
    r.detail = l.detail;
    v.entries.push_back(std::move(r));
  }
  if (v.page > 1) v.prev_url = "/admin/audit?page=" + std::to_string(v.page - 1);
  if (more) v.next_url = "/admin/audit?page=" + std::to_string(v.page + 1);
  v.layout = web::make_layout(ctx, title(ctx, "admin.audit.title"), "");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::admin_audit(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

}  // namespace

void register_pages(web::App& app) {
  app.get("/account/data", index);
  app.get("/account/delete", confirm_delete);
  app.post("/account/delete", do_delete);
  app.get("/account/deleted", deleted);
  app.get("/admin/audit", audit);
}

}  // namespace comdev::mydata
