// GET /needs: every open need across projects, newest first, 20 a page, with the filters type,
// skill, sector, commune, province, mode and period; each filter value says how many needs it
// would leave. A plain GET form: works without JavaScript. Answered from memory (no SQL); the
// page as visitors who are not signed in see it is cached with its gzip (web/page_cache.h).
#include <algorithm>

#include "features/needslist/needslist_forms.h"
#include "features/needslist/needslist_module.h"
#include "features/needslist/needslist_views.h"
#include "i18n/format.h"
#include "i18n/message.h"
#include "tpl/needslist/list.h"
#include "web/errors.h"
#include "web/page.h"
#include "web/page_cache.h"

namespace comdev::needslist {
namespace {

http::Response list(web::Ctx& ctx, NeedsLive& live) {
  live.catch_up();  // a need this process just wrote is listed on the very next page
  auto dict = live.dictionary();
  // An unknown value (an old link, a place renamed) is dropped rather than refused: the page
  // still lists what it can.
  auto req = parse_list_request(ctx.query, *dict, false);
  const Query& q = req.query;

  // Visitors who are not signed in all see the same page for a language and filters.
  std::uint64_t version = live.version();  // before the query: a later write re-renders
  std::string key = web::visitor_page_key(ctx, query_string(q, *dict, q.page));
  if (!key.empty()) {
    if (auto page = live.pages().find(key, version)) return web::cached_reply(ctx, *page);
  }

  auto r = live.index().query(q);
  ListView v;
  v.filters = filter_views(ctx.lang, q, r, *dict);
  v.needs.reserve(r.needs.size());
  for (const auto& e : r.needs) v.needs.push_back(row_view(ctx.lang, e, *dict));
  v.total = r.total;
  v.filtered = std::any_of(q.filters.begin(), q.filters.end(), [](const auto& f) { return f; });
  std::int64_t pages = std::max<std::int64_t>(1, (r.total + q.per_page - 1) / q.per_page);
  if (q.page > 1) v.prev_url = "/needs?" + query_string(q, *dict, std::min(q.page - 1, pages));
  if (q.page < pages) v.next_url = "/needs?" + query_string(q, *dict, q.page + 1);
  v.page_label = i18n::format(ctx.lang, "needslist.page_of",
                              {{"page", i18n::format_number(ctx.lang, q.page)},
                               {"pages", i18n::format_number(ctx.lang, pages)}});
  v.layout = web::make_layout(ctx, std::string(i18n::catalogue(ctx.lang).text("needslist.title")),
                              "needs");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::needslist_list(out, v); });
  if (key.empty()) return res;
  return web::cached_reply(ctx, *live.pages().put(key, std::move(res.body), version));
}

}  // namespace

void register_pages(web::App& app, NeedsLive& live) {
  app.get("/needs", [&live](web::Ctx& ctx) { return list(ctx, live); });
}

}  // namespace comdev::needslist
