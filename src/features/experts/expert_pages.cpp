// GET /experts: the expert pool, 20 a page, with the filters of expert_forms.h in a plain GET form
// (works without JavaScript). Each card shows what its owner lets this reader see, so the page is
// never stored by a shared cache; the page visitors see (the same for all of them) is kept here
// with its gzip (web/page_cache.h), until this process records a change or for 5 s.
#include <algorithm>
#include <memory>

#include "features/changes/change_log_store.h"
#include "features/experts/expert_directory.h"
#include "features/experts/expert_module.h"
#include "features/experts/expert_store.h"
#include "features/experts/expert_views.h"
#include "i18n/catalogue.h"
#include "i18n/format.h"
#include "i18n/message.h"
#include "tpl/experts/list.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/page.h"
#include "web/page_cache.h"

namespace comdev::experts {
namespace {

struct PageCaches {
  std::shared_ptr<DirectoryCache> directory;
  web::PageCache pages;
};

http::Response list(web::Ctx& ctx, PageCaches& caches) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  // The raw query string is the key: the same string always asks the same thing.
  std::uint64_t version = changes::local_write_generation();  // before reading
  std::string key = web::visitor_page_key(ctx, ctx.req.query);
  auto reply = [&](const web::PageCache::Page& page) {
    auto res = web::cached_reply(ctx, page);
    res.header("Cache-Control", "private, no-store");
    return res;
  };
  if (!key.empty()) {
    if (auto cached = caches.pages.find(key, version)) return reply(*cached);
  }
  auto dir = run_directory(ctx, false, *caches.directory);
  if (!dir) return web::reply_error(ctx, dir.error());
  auto countries = visible_countries(ctx, dir->reader, *caches.directory);
  if (!countries) return web::reply_error(ctx, countries.error());
  const Query& q = dir->parsed.query;
  const auto& skills = *dir->skills;
  const auto& places = *dir->places;

  ListView v;
  fill_filters(v, ctx.lang, q, skills, places, *countries, dir->today.substr(0, 7));
  for (const auto& e : dir->parsed.errors) v.errors.push_back(text(ctx.lang, e.message_id));
  for (const auto& e : dir->experts) {
    bool name_hidden = e.shown.count(profiles::Field::display_name) == 0;
    v.cards.push_back(card_view(ctx.lang, e.profile, name_hidden, skills, dir->today));
  }
  v.total = dir->total;
  v.filtered = !query_string(q, 1, skills, places).empty();
  std::int64_t pages = std::max<std::int64_t>(1, (dir->total + q.per_page - 1) / q.per_page);
  auto url = [&](int page) {
    auto qs = query_string(q, page, skills, places);
    return qs.empty() ? std::string("/experts") : "/experts?" + qs;
  };
  if (q.page > 1) v.prev_url = url(static_cast<int>(std::min<std::int64_t>(q.page - 1, pages)));
  if (q.page < pages) v.next_url = url(q.page + 1);
  v.page_label = i18n::format(ctx.lang, "experts.page_of",
                              {{"page", i18n::format_number(ctx.lang, q.page)},
                               {"pages", i18n::format_number(ctx.lang, pages)}});
  v.layout = web::make_layout(ctx, text(ctx.lang, "experts.title"), "experts");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::experts_list(out, v); });
  if (!key.empty()) return reply(*caches.pages.put(key, std::move(res.body), version));
  res.header("Cache-Control", "private, no-store");
  return res;
}

}  // namespace

void register_pages(web::App& app, std::shared_ptr<DirectoryCache> cache) {
  auto caches = std::make_shared<PageCaches>();
  caches->directory = std::move(cache);
  app.get("/experts", [caches](web::Ctx& ctx) { return list(ctx, *caches); });
}

}  // namespace comdev::experts
