#include "features/outbox/outbox_module.h"
#include "features/outbox/outbox_permissions.h"
#include "features/outbox/outbox_view.h"
#include "http/percent.h"
#include "mail/outbox.h"
#include "tpl/outbox/list.h"
#include "tpl/outbox/show.h"
#include "web/errors.h"
#include "web/page.h"

namespace comdev::outbox {
namespace {

// The page shows the latest messages only: an outbox is a developer's inbox, not an archive.
constexpr std::size_t kListed = 50;

struct ItemView {
  std::string url, date, to, subject;
};
struct ListView {
  web::LayoutView layout;
  std::string dir;
  std::vector<ItemView> items;
};
struct ShowView {
  web::LayoutView layout;
  std::string name, date, from, to, subject, body_html;
};

http::Response list(web::Ctx& ctx) {
  const auto& config = ctx.app.config();
  if (auto d = can_read_outbox(config, ctx.req.remote_address); !d) {
    return web::reply_error(ctx, Error::not_found());
  }
  auto latest = mail::outbox_latest(config.outbox_dir, kListed);
  if (!latest) return web::reply_error(ctx, latest.error());
  ListView v;
  v.dir = config.outbox_dir;
  for (const auto& e : *latest) {
    v.items.push_back({"/dev/outbox/" + http::percent_encode(e.name), e.message.header("Date"),
                       e.message.header("To"), e.message.header("Subject")});
  }
  v.layout = web::make_layout(ctx, std::string(i18n::catalogue(ctx.lang).text("outbox.title")), "");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::outbox_list(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response show(web::Ctx& ctx) {
  const auto& config = ctx.app.config();
  if (auto d = can_read_outbox(config, ctx.req.remote_address); !d) {
    return web::reply_error(ctx, Error::not_found());
  }
  auto entry = mail::outbox_read(config.outbox_dir, ctx.req.param("name"));
  if (!entry) return web::reply_error(ctx, entry.error());
  const auto& m = entry->message;
  ShowView v{{},
             entry->name,
             m.header("Date"),
             m.header("From"),
             m.header("To"),
             m.header("Subject"),
             linkify(m.text)};
  v.layout = web::make_layout(ctx, v.subject, "");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::outbox_show(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

}  // namespace

void register_module(web::App& app) {
  if (!outbox_offered(app.config())) return;
  app.get("/dev/outbox", list);
  app.get("/dev/outbox/{name}", show);
}

}  // namespace comdev::outbox
