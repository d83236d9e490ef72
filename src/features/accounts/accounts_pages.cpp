#include <mutex>

#include "core/log.h"
#include "features/accounts/accounts_forms.h"
#include "features/accounts/accounts_limits.h"
#include "features/accounts/accounts_mail.h"
#include "features/accounts/accounts_module.h"
#include "features/accounts/accounts_page.h"
#include "features/accounts/accounts_password.h"
#include "features/accounts/accounts_permissions.h"
#include "features/accounts/accounts_session.h"
#include "features/accounts/accounts_store.h"
#include "features/members/password.h"
#include "tpl/accounts/account.h"
#include "tpl/accounts/forgot.h"
#include "tpl/accounts/notice.h"
#include "tpl/accounts/reset.h"
#include "tpl/accounts/signin.h"
#include "tpl/accounts/signup.h"
#include "web/errors.h"
#include "web/page.h"
#include "web/session.h"

namespace comdev::accounts {
namespace {

std::vector<std::string> field_messages(const web::Ctx& ctx, const Error& e) {
  std::vector<std::string> out;
  if (e.fields.empty()) out.emplace_back(cat(ctx).text(e.message_id));
  for (const auto& f : e.fields) out.emplace_back(cat(ctx).text(f.message_id));
  return out;
}

// Whether the browser is signed in (loads the session, and so ctx.actor).
bool signed_in(web::Ctx& ctx) {
  auto s = ctx.session();
  return s && ctx.actor.signed_in();
}

// ---- notices (check your mailbox, unusable links) ----

struct NoticeView {
  web::LayoutView layout;
  std::string csrf, heading, message;
  bool problem = false;
};

http::Response notice(web::Ctx& ctx, std::string_view heading_key, std::string_view message_key,
                      bool problem, int status) {
  NoticeView v;
  v.heading = std::string(cat(ctx).text(heading_key));
  v.message = std::string(cat(ctx).text(message_key));
  v.problem = problem;
  return page(ctx, v, heading_key, status,
              [](web::Out& out, const NoticeView& v) { tpl::accounts_notice(out, v); });
}

// A link that cannot be followed: a clear page, never a stack of errors.
http::Response token_refused(web::Ctx& ctx, const Error& e) {
  if (e.code == ErrorCode::internal || e.code == ErrorCode::unavailable) {
    return web::reply_error(ctx, e);
  }
  if (e.message_id == "accounts.errors.email_taken") {
    return notice(ctx, "accounts.token.title", "accounts.errors.email_taken", true, 409);
  }
  return notice(ctx, "accounts.token.title", e.message_id, true,
                e.code == ErrorCode::not_found ? 404 : 410);
}

// ---- sign-up ----

struct SignupView {
  web::LayoutView layout;
  std::string csrf, display_name, email;
  std::vector<web::LangLink> languages;
  std::vector<std::string> errors;
};

http::Response render_signup(web::Ctx& ctx, SignupView& v, std::string_view chosen, int status) {
  for (i18n::Lang l : i18n::kAllLangs) {
    std::string code(i18n::code(l));
    v.languages.push_back(web::LangLink{code, std::string(cat(ctx).text("lang." + code)), "",
                                        chosen.empty() ? l == ctx.lang : code == chosen});
  }
  return page(ctx, v, "accounts.nav.signup", status,
              [](web::Out& out, const SignupView& v) { tpl::accounts_signup(out, v); });
}

http::Response signup_form(web::Ctx& ctx) {
  if (signed_in(ctx)) return http::Response::redirect("/account");
  SignupView v;
  return render_signup(ctx, v, "", 200);
}

Status notify_registered_owner(web::Ctx& ctx, const std::string& email) {
  auto account = accounts_store::find_by_email(ctx.app.db(), email);
  if (!account) return account.error();
  if (!*account) return {};
  auto may_send = take_mail_attempt(ctx, email);
  if (!may_send) return may_send.error();
  if (!*may_send) return {};
  return send_already_registered(ctx.app, email, (*account)->display_name,
                                 (*account)->preferred_lang);
}

// Failures are logged, not shown: the answer must be the one a new address gets.
void tell_owner_of_signup(web::Ctx& ctx, const std::string& email) {
  if (auto st = notify_registered_owner(ctx, email); !st) {
    log::warn("sign-up notice not sent",
              {{"request_id", ctx.req.request_id}, {"detail", st.error().detail}});
  }
}

http::Response signup(web::Ctx& ctx) {
  auto keep = [&](const Error& e, int status) {
    SignupView v;
    v.display_name = std::string(ctx.form.get("display_name"));
    v.email = std::string(ctx.form.get("email"));
    v.errors = field_messages(ctx, e);
    return render_signup(ctx, v, ctx.form.get("lang"), status);
  };
  auto a = parse_signup({ctx.form.get("display_name"), ctx.form.get("email"),
                         ctx.form.get("password"), ctx.form.get("lang")},
                        i18n::code(ctx.lang));
  if (!a) {
    if (a.error().fields.empty()) return web::reply_error(ctx, a.error());
    return keep(a.error(), 422);
  }
  auto hash = members::hash_password(a->password);
  if (!hash) return web::reply_error(ctx, hash.error());
  std::string token;
  auto id = accounts_store::create_unverified(ctx.app.db(), *a, *hash, &token);
  if (!id) {
    if (id.error().code != ErrorCode::conflict) return web::reply_error(ctx, id.error());
    // The address is registered: the answer is the one a new address gets, so that the page
    // does not tell who has an account; the owner learns of the attempt by mail.
    tell_owner_of_signup(ctx, a->email);
    return http::Response::redirect("/account/check-mail");
  }
  if (auto st = send_link(ctx.app, Purpose::verify, a->email, a->display_name, a->lang, token);
      !st) {
    // The account exists: the person can ask for the link again from the sign-in page.
    return web::reply_error(ctx, st.error());
  }
  return http::Response::redirect("/account/check-mail");
}

http::Response check_mail(web::Ctx& ctx) {
  return notice(ctx, "accounts.check_mail.title", "accounts.check_mail.text", false, 200);
}

// ---- e-mail links: verification and change of e-mail ----

http::Response verify(web::Ctx& ctx) {
  auto use = accounts_store::use_email_token(ctx.app.db(), ctx.query.get("token"));
  if (!use) return token_refused(ctx, use.error());
  if (auto st = sign_in(ctx, use->member_id, i18n::code(ctx.lang)); !st) {
    return web::reply_error(ctx, st.error());
  }
  return http::Response::redirect(use->purpose == Purpose::change_email ? "/account?changed=1"
                                                                        : "/account?welcome=1");
}

// ---- sign-in, sign-out, resend ----

struct SigninView {
  web::LayoutView layout;
  std::string csrf, email, notice;
  bool unverified = false;
  std::vector<std::string> errors;
};

http::Response render_signin(web::Ctx& ctx, SigninView& v, int status) {
  return page(ctx, v, "accounts.nav.signin", status,
              [](web::Out& out, const SigninView& v) { tpl::accounts_signin(out, v); });
}

http::Response signin_form(web::Ctx& ctx) {
  if (signed_in(ctx)) return http::Response::redirect("/account");
  SigninView v;
  return render_signin(ctx, v, 200);
}

http::Response signin(web::Ctx& ctx) {
  SigninView v;
  v.email = std::string(ctx.form.get("email"));
  auto creds = parse_credentials(ctx.form.get("email"), ctx.form.get("password"));
  if (!creds) {
    v.errors = field_messages(ctx, creds.error());
    return render_signin(ctx, v, 422);
  }
  auto attempt = take_signin_attempt(ctx, creds->email);
  if (!attempt) return web::reply_error(ctx, attempt.error());
  if (!*attempt) {
    v.errors.emplace_back(cat(ctx).text("accounts.signin.too_many"));
    return render_signin(ctx, v, 429);
  }
  auto account = accounts_store::find_by_email(ctx.app.db(), creds->email);
  if (!account) return web::reply_error(ctx, account.error());
  if (!check_password(*account, creds->password)) {
    v.errors.emplace_back(cat(ctx).text("accounts.signin.failed"));
    return render_signin(ctx, v, 422);
  }
  if (auto st = signin_succeeded(ctx, creds->email); !st) return web::reply_error(ctx, st.error());
  if (!(*account)->verified) {
    v.unverified = true;
    v.errors.emplace_back(cat(ctx).text("accounts.signin.unverified"));
    return render_signin(ctx, v, 403);
  }
  if (auto st = sign_in(ctx, (*account)->id, i18n::code(ctx.lang)); !st) {
    return web::reply_error(ctx, st.error());
  }
  return http::Response::redirect("/account");
}

http::Response signout(web::Ctx& ctx) {
  if (auto st = sign_out(ctx); !st) return web::reply_error(ctx, st.error());
  return http::Response::redirect("/");
}

// Mail failures are logged, not shown: the answer must not depend on the account existing.
void send_quietly(web::Ctx& ctx, Purpose purpose, const Account& a, std::string_view email) {
  auto token = accounts_store::issue_token(ctx.app.db(), a.id, purpose, email, lifetime(purpose));
  Status st = token ? send_link(ctx.app, purpose, email, a.display_name, a.preferred_lang, *token)
                    : Status(token.error());
  if (!st) {
    log::warn("account link not sent", {{"request_id", ctx.req.request_id},
                                        {"purpose", purpose_name(purpose)},
                                        {"detail", st.error().detail}});
  }
}

http::Response resend(web::Ctx& ctx) {
  auto email = parse_email(ctx.form.get("email"));
  if (!email) {
    SigninView v;
    v.errors = field_messages(ctx, email.error());
    return render_signin(ctx, v, 422);
  }
  auto may_send = take_mail_attempt(ctx, *email);
  if (!may_send) return web::reply_error(ctx, may_send.error());
  if (!*may_send) return web::reply_error(ctx, Error::rate_limited());
  auto account = accounts_store::find_by_email(ctx.app.db(), *email);
  if (!account) return web::reply_error(ctx, account.error());
  if (*account && !(*account)->verified) {
    send_quietly(ctx, Purpose::verify, **account, (*account)->email);
  }
  return notice(ctx, "accounts.check_mail.title", "accounts.resend.sent", false, 200);
}

// ---- forgotten password ----

struct ForgotView {
  web::LayoutView layout;
  std::string csrf, email;
  bool sent = false;
  std::vector<std::string> errors;
};

http::Response render_forgot(web::Ctx& ctx, ForgotView& v, int status) {
  return page(ctx, v, "accounts.signin.forgot", status,
              [](web::Out& out, const ForgotView& v) { tpl::accounts_forgot(out, v); });
}

http::Response forgot_form(web::Ctx& ctx) {
  ForgotView v;
  v.sent = ctx.query.get("sent") == "1";
  return render_forgot(ctx, v, 200);
}

http::Response forgot(web::Ctx& ctx) {
  auto email = parse_email(ctx.form.get("email"));
  if (!email) {
    ForgotView v;
    v.email = std::string(ctx.form.get("email"));
    v.errors = field_messages(ctx, email.error());
    return render_forgot(ctx, v, 422);
  }
  auto may_send = take_mail_attempt(ctx, *email);
  if (!may_send) return web::reply_error(ctx, may_send.error());
  if (!*may_send) {
    ForgotView v;
    v.email = *email;
    v.errors.emplace_back(cat(ctx).text("errors.rate_limited"));
    return render_forgot(ctx, v, 429);
  }
  auto account = accounts_store::find_by_email(ctx.app.db(), *email);
  if (!account) return web::reply_error(ctx, account.error());
  if (*account) send_quietly(ctx, Purpose::reset, **account, (*account)->email);
  return http::Response::redirect("/account/forgot?sent=1");
}

// ---- reset ----

struct ResetView {
  web::LayoutView layout;
  std::string csrf, token;
  std::vector<std::string> errors;
};

http::Response render_reset(web::Ctx& ctx, ResetView& v, int status) {
  return page(ctx, v, "accounts.reset.title", status,
              [](web::Out& out, const ResetView& v) { tpl::accounts_reset(out, v); });
}

http::Response reset_form(web::Ctx& ctx) {
  std::string token(ctx.query.get("token"));
  auto t = accounts_store::find_token(ctx.app.db(), token);
  if (!t) return web::reply_error(ctx, t.error());
  if (!*t || (*t)->purpose != Purpose::reset) {
    return token_refused(ctx, Error::not_found("accounts.token.invalid"));
  }
  if (auto problem = token_problem(**t, core::now())) {
    return token_refused(ctx, Error::invalid(*problem));
  }
  ResetView v;
  v.token = token;
  return render_reset(ctx, v, 200);
}

http::Response reset(web::Ctx& ctx) {
  std::string token(ctx.form.get("token"));
  auto password = parse_new_password(ctx.form.get("password"));
  if (!password) {
    ResetView v;
    v.token = token;
    v.errors = field_messages(ctx, password.error());
    return render_reset(ctx, v, 422);
  }
  auto hash = members::hash_password(*password);
  if (!hash) return web::reply_error(ctx, hash.error());
  auto member = accounts_store::reset_password(ctx.app.db(), token, *hash);
  if (!member) return token_refused(ctx, member.error());
  if (auto st = sign_in(ctx, *member, i18n::code(ctx.lang)); !st) {
    return web::reply_error(ctx, st.error());
  }
  return http::Response::redirect("/account?reset=1");
}

// ---- my account ----

struct LinkView {
  std::string url, label;
};

struct AccountView {
  web::LayoutView layout;
  std::string csrf, display_name, email, new_email, notice;
  std::vector<LinkView> links;
  std::vector<std::string> errors;
};

http::Response render_account(web::Ctx& ctx, AccountView& v, int status) {
  auto a = accounts_store::find_by_id(ctx.app.db(), ctx.actor.member_id);
  if (!a) return web::reply_error(ctx, a.error());
  if (!*a) return http::Response::redirect("/account/signin");
  v.display_name = (*a)->display_name;
  v.email = (*a)->email;
  for (const auto& l : account_links()) {
    bool shown = l.who == LinkFor::everyone ||
                 (l.who == LinkFor::animators && (ctx.actor.is_animator || ctx.actor.is_admin)) ||
                 (l.who == LinkFor::admins && ctx.actor.is_admin);
    if (shown) v.links.push_back({l.url, std::string(cat(ctx).text(l.label_key))});
  }
  return page(ctx, v, "accounts.nav.account", status,
              [](web::Out& out, const AccountView& v) { tpl::accounts_account(out, v); });
}

http::Response account(web::Ctx& ctx) {
  if (!allowed(ctx, Action::view_own_account)) return http::Response::redirect("/account/signin");
  AccountView v;
  if (ctx.query.get("welcome") == "1") v.notice = cat(ctx).text("accounts.account.welcome");
  if (ctx.query.get("changed") == "1") v.notice = cat(ctx).text("accounts.email.changed");
  if (ctx.query.get("reset") == "1") v.notice = cat(ctx).text("accounts.reset.done");
  if (ctx.query.get("email_sent") == "1") v.notice = cat(ctx).text("accounts.email.sent");
  return render_account(ctx, v, 200);
}

http::Response change_email(web::Ctx& ctx) {
  if (!allowed(ctx, Action::change_own_email)) return http::Response::redirect("/account/signin");
  auto fail = [&](const Error& e, int status) {
    AccountView v;
    v.new_email = std::string(ctx.form.get("email"));
    v.errors = field_messages(ctx, e);
    return render_account(ctx, v, status);
  };
  auto email = parse_email(ctx.form.get("email"));
  if (!email) return fail(email.error(), 422);
  auto me = accounts_store::find_by_id(ctx.app.db(), ctx.actor.member_id);
  if (!me) return web::reply_error(ctx, me.error());
  if (!*me) return http::Response::redirect("/account/signin");
  // A session left open on a shared phone must not be enough to take the account away.
  if (!check_password(*me, ctx.form.get("password"))) {
    return fail(Error::invalid("accounts.email.password_wrong",
                               {{"password", "accounts.email.password_wrong"}}),
                422);
  }
  auto other = accounts_store::find_by_email(ctx.app.db(), *email);
  if (!other) return web::reply_error(ctx, other.error());
  if (*other) return fail(Error::conflict("accounts.errors.email_taken"), 409);
  auto may_send = take_mail_attempt(ctx, *email);
  if (!may_send) return web::reply_error(ctx, may_send.error());
  if (!*may_send) return fail(Error::rate_limited(), 429);
  auto token = accounts_store::issue_token(ctx.app.db(), ctx.actor.member_id, Purpose::change_email,
                                           *email, kChangeEmailLifetime);
  if (!token) return web::reply_error(ctx, token.error());
  if (auto st = send_link(ctx.app, Purpose::change_email, *email, (*me)->display_name,
                          (*me)->preferred_lang, *token);
      !st) {
    return web::reply_error(ctx, st.error());
  }
  if (auto st = send_change_requested(ctx.app, (*me)->email, (*me)->display_name,
                                      (*me)->preferred_lang, *email);
      !st) {
    // The link to the new address is out; the notice is logged as missing, not shown as failed.
    log::warn("e-mail change notice not sent",
              {{"request_id", ctx.req.request_id}, {"detail", st.error().detail}});
  }
  return http::Response::redirect("/account?email_sent=1");
}

std::mutex links_mutex;
std::vector<AccountLink>& links() {
  static std::vector<AccountLink> l;
  return l;
}

}  // namespace

void add_account_link(std::string url, std::string label_key, LinkFor who) {
  std::lock_guard lock(links_mutex);
  for (const auto& l : links()) {
    if (l.url == url) return;
  }
  links().push_back({std::move(url), std::move(label_key), who});
}

std::vector<AccountLink> account_links() {
  std::lock_guard lock(links_mutex);
  return links();
}

void register_pages(web::App& app) {
  app.get("/account/signup", signup_form);
  app.post("/account/signup", signup);
  app.get("/account/check-mail", check_mail);
  app.get("/account/verify", verify);
  app.get("/account/signin", signin_form);
  app.post("/account/signin", signin);
  app.post("/account/resend", resend);
  app.post("/account/signout", signout);
  app.get("/account/forgot", forgot_form);
  app.post("/account/forgot", forgot);
  app.get("/account/reset", reset_form);
  app.post("/account/reset", reset);
  app.get("/account", account);
  app.post("/account/email", change_email);
}

}  // namespace comdev::accounts
