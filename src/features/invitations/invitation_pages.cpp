// The pages of a commune's diaspora list (record, import) and of the invited person (accept or
// refuse). Every commune page answers 404 to anyone but that commune's verified representatives,
// so another commune cannot even learn whether a record exists.
#include <charconv>

#include "features/invitations/invitation_actions.h"
#include "features/invitations/invitation_module.h"
#include "features/invitations/invitation_rules.h"
#include "features/invitations/invitation_store.h"
#include "http/cookie.h"
#include "http/multipart.h"
#include "i18n/format.h"
#include "tpl/invitations/diaspora.h"
#include "tpl/invitations/import.h"
#include "tpl/invitations/invitation.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/page.h"
#include "web/session.h"

namespace comdev::invitations {
namespace {

struct RecordView {
  std::string name, email, origin, skills, expires;
};

struct DiasporaView {
  web::LayoutView layout;
  std::string csrf, org_id, commune;
  std::vector<RecordView> records;
  std::string name, email, origin, skills;
  std::vector<std::string> errors;
  bool sent = false;
};

struct RowView {
  std::string line, name, email, status;
};

struct ImportView {
  web::LayoutView layout;
  std::string csrf, org_id, commune;
  std::string file_error;  // the whole file was refused: why
  bool reported = false;
  std::int64_t invited = 0;
  std::vector<RowView> rows;
};

struct InvitationView {
  web::LayoutView layout;
  std::string csrf, token, commune, name;
  std::string state;  // pending | accepted | refused | gone | already_member
  bool refuse_first = false;
  std::vector<std::string> errors;
};

Outbox outbox(web::Ctx& ctx) {
  return {&ctx.app.mailer(), ctx.app.config().base_url};
}

// The commune of the URL, when the actor may do `action` there; otherwise the reply to send.
struct Allowed {
  Commune commune;
  std::optional<http::Response> refusal;
};
Allowed allowed(web::Ctx& ctx, Action action) {
  Allowed out;
  auto s = ctx.session();
  if (!s) return {{}, web::reply_error(ctx, s.error())};
  auto id = path_id(ctx);
  if (id == 0) return {{}, web::reply_error(ctx, Error::not_found())};
  auto a = access_for(ctx.app.db(), ctx.actor, id);
  if (!a) return {{}, web::reply_error(ctx, a.error())};
  // Not found rather than forbidden: a refusal must not confirm that a commune keeps records.
  if (!a->commune || can(ctx.actor, action, a->target) != Decision::allow) {
    return {{}, web::reply_error(ctx, Error::not_found())};
  }
  out.commune = *a->commune;
  return out;
}

std::string date_of(i18n::Lang lang, const std::string& iso) {
  auto t = core::parse_iso(iso);
  return t ? i18n::format_date(lang, *t) : iso;
}

http::Response render_list(web::Ctx& ctx, const Commune& commune, DiasporaView& v, int status) {
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  v.csrf = *csrf;
  v.org_id = std::to_string(commune.id);
  v.commune = commune.name;
  auto list = invitation_store::list_for(ctx.app.db(), commune.id, core::now());
  if (!list) return web::reply_error(ctx, list.error());
  for (const auto& i : *list) {
    v.records.push_back({i.contact.name, i.contact.email, i.contact.origin_text,
                         i.contact.skills_text, date_of(ctx.lang, i.expires_at)});
  }
  v.layout = web::make_layout(
      ctx, std::string(i18n::catalogue(ctx.lang).text("invitations.list.title")), "");
  auto res =
      web::render(ctx.lang, status, [&](web::Out& out) { tpl::invitations_diaspora(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response show_list(web::Ctx& ctx) {
  auto a = allowed(ctx, Action::list);
  if (a.refusal) return std::move(*a.refusal);
  DiasporaView v;
  v.sent = ctx.query.get("sent") == "1";
  return render_list(ctx, a.commune, v, 200);
}

http::Response record(web::Ctx& ctx) {
  auto a = allowed(ctx, Action::record);
  if (a.refusal) return std::move(*a.refusal);
  DiasporaView v;
  v.name = std::string(ctx.form.get("name"));
  v.email = std::string(ctx.form.get("email"));
  v.origin = std::string(ctx.form.get("origin"));
  v.skills = std::string(ctx.form.get("skills"));
  auto contact = validate_contact(v.name, v.email, v.origin, v.skills);
  Status st = contact ? invite(ctx.app.db(), outbox(ctx), ctx.actor.member_id, a.commune, *contact,
                               core::now())
                      : Status(contact.error());
  if (st) {
    return http::Response::redirect("/communes/" + std::to_string(a.commune.id) +
                                    "/diaspora?sent=1");
  }
  const auto& e = st.error();
  if (e.code != ErrorCode::invalid && e.code != ErrorCode::conflict) {
    return web::reply_error(ctx, e);
  }
  const auto& cat = i18n::catalogue(ctx.lang);
  if (e.fields.empty()) v.errors.emplace_back(cat.text(e.message_id));
  for (const auto& f : e.fields) v.errors.emplace_back(cat.text(f.message_id));
  return render_list(ctx, a.commune, v, e.code == ErrorCode::conflict ? 409 : 422);
}

http::Response render_import(web::Ctx& ctx, const Commune& commune, ImportView& v, int status) {
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  v.csrf = *csrf;
  v.org_id = std::to_string(commune.id);
  v.commune = commune.name;
  v.layout = web::make_layout(
      ctx, std::string(i18n::catalogue(ctx.lang).text("invitations.import.title")), "");
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::invitations_import(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response show_import(web::Ctx& ctx) {
  auto a = allowed(ctx, Action::import);
  if (a.refusal) return std::move(*a.refusal);
  ImportView v;
  return render_import(ctx, a.commune, v, 200);
}

std::string_view status_name(RowStatus s) {
  switch (s) {
    case RowStatus::invited:
      return "invited";
    case RowStatus::invalid_details:
      return "invalid_details";
    case RowStatus::invalid_email:
      return "invalid_email";
    case RowStatus::duplicate_in_file:
      return "duplicate_in_file";
    case RowStatus::already_invited:
      return "already_invited";
    case RowStatus::already_member:
      return "already_member";
  }
  return "invalid_details";
}

http::Response run_import(web::Ctx& ctx) {
  auto a = allowed(ctx, Action::import);
  if (a.refusal) return std::move(*a.refusal);
  ImportView v;
  // The pipeline keeps only the text fields of a multipart form; the file is read here.
  auto form = http::parse_multipart(ctx.req.header("content-type"), ctx.req.body);
  const http::UploadedFile* file = nullptr;
  if (form) {
    for (const auto& f : form->files) {
      if (f.field_name == "file") file = &f;
    }
  }
  if (file == nullptr || file->bytes.empty()) {
    v.file_error = std::string(i18n::catalogue(ctx.lang).text("invitations.import.errors.no_file"));
    return render_import(ctx, a.commune, v, 422);
  }
  auto report = import_csv(ctx.app.db(), outbox(ctx), ctx.actor.member_id, a.commune, file->bytes,
                           core::now());
  if (!report) {
    if (report.error().code != ErrorCode::invalid) return web::reply_error(ctx, report.error());
    v.file_error = i18n::format(ctx.lang, report.error().message_id, report.error().params);
    return render_import(ctx, a.commune, v, 422);
  }
  v.reported = true;
  v.invited = static_cast<std::int64_t>(report->invited);
  for (const auto& r : report->rows) {
    v.rows.push_back({std::to_string(r.line), r.name, r.email, std::string(status_name(r.status))});
  }
  return render_import(ctx, a.commune, v, 200);
}

// --- the invited person -------------------------------------------------------------------

http::Response render_invitation(web::Ctx& ctx, InvitationView& v, int status) {
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  v.csrf = *csrf;
  v.layout = web::make_layout(
      ctx, std::string(i18n::catalogue(ctx.lang).text("invitations.invitation.title")), "");
  auto res =
      web::render(ctx.lang, status, [&](web::Out& out) { tpl::invitations_invitation(out, v); });
  res.header("Cache-Control", "no-store");
  // The token is in the URL: do not leak it to other sites through the Referer header.
  res.header("Referrer-Policy", "no-referrer");
  return res;
}

// Fills the view from the pending invitation of the URL; false when it is gone or expired.
Result<bool> load(web::Ctx& ctx, InvitationView& v) {
  v.token = std::string(ctx.req.param("token"));
  auto inv = pending(ctx.app.db(), v.token, core::now());
  if (!inv) return inv.error();
  if (!*inv) {
    v.state = "gone";
    return false;
  }
  v.name = (*inv)->contact.name;
  auto a = access_for(ctx.app.db(), web::Actor{}, (*inv)->organisation_id);
  if (!a) return a.error();
  v.commune = a->commune ? a->commune->name : std::string();
  auto member = invitation_store::member_exists(ctx.app.db(), (*inv)->contact.email);
  if (!member) return member.error();
  v.state = *member ? "already_member" : "pending";
  return true;
}

http::Response show_invitation(web::Ctx& ctx) {
  InvitationView v;
  auto found = load(ctx, v);
  if (!found) return web::reply_error(ctx, found.error());
  v.refuse_first = ctx.query.get("refuse") == "1";
  return render_invitation(ctx, v, *found ? 200 : 404);
}

http::Response accept_invitation(web::Ctx& ctx) {
  InvitationView v;
  auto found = load(ctx, v);
  if (!found) return web::reply_error(ctx, found.error());
  if (!*found || v.state != "pending") return render_invitation(ctx, v, *found ? 409 : 404);
  auto done = accept(ctx.app.db(), v.token, ctx.form.get("password"), core::now());
  if (!done) {
    const auto& e = done.error();
    if (e.code != ErrorCode::invalid) return web::reply_error(ctx, e);
    for (const auto& f : e.fields) {
      v.errors.emplace_back(i18n::catalogue(ctx.lang).text(f.message_id));
    }
    return render_invitation(ctx, v, 422);
  }
  // Sign the person in on a fresh session (the anonymous one that carried the form is dropped).
  auto cookies = http::parse_cookies(ctx.req.header("cookie"));
  if (auto it = cookies.find(std::string(web::kSessionCookie)); it != cookies.end()) {
    (void)web::session_store::destroy(ctx.app.db(), it->second);
  }
  std::string sid;
  auto session =
      web::session_store::create(ctx.app.db(), done->member_id, i18n::code(ctx.lang), &sid);
  if (!session) return web::reply_error(ctx, session.error());
  auto res = http::Response::redirect("/invitations/welcome");
  res.header("Set-Cookie",
             http::set_cookie(web::kSessionCookie, sid,
                              {.max_age = web::kSessionLifetime.count(),
                               .secure = ctx.app.config().base_url.starts_with("https://")}));
  return res;
}

http::Response refuse_invitation(web::Ctx& ctx) {
  InvitationView v;
  auto found = load(ctx, v);
  if (!found) return web::reply_error(ctx, found.error());
  if (!*found) return render_invitation(ctx, v, 404);
  if (auto st = refuse(ctx.app.db(), v.token); !st) return web::reply_error(ctx, st.error());
  v.state = "refused";
  return render_invitation(ctx, v, 200);
}

http::Response welcome(web::Ctx& ctx) {
  InvitationView v;
  v.state = "accepted";
  auto s = ctx.session();
  if (!s) return web::reply_error(ctx, s.error());
  v.name = ctx.actor.display_name;
  return render_invitation(ctx, v, 200);
}

}  // namespace

void register_pages(web::App& app) {
  app.get("/communes/{id}/diaspora", show_list);
  app.post("/communes/{id}/diaspora", record);
  app.get("/communes/{id}/diaspora/import", show_import);
  app.post("/communes/{id}/diaspora/import", run_import);
  app.get("/invitations/welcome", welcome);
  app.get("/invitations/{token}", show_invitation);
  app.post("/invitations/{token}/accept", accept_invitation);
  app.post("/invitations/{token}/refuse", refuse_invitation);
}

}  // namespace comdev::invitations
