// GET /experts: the expert pool, 20 a page, with the filters of expert_forms.h in a plain GET form
// (works without JavaScript). Each card shows what its owner lets this reader see, so the page is
// never stored by a shared cache.
#include <algorithm>

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

namespace comdev::experts {
namespace {

std::string text(i18n::Lang lang, std::string_view key) {
  return std::string(i18n::catalogue(lang).text(key));
}

http::Response list(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  auto dir = run_directory(ctx, false);
  if (!dir) return web::reply_error(ctx, dir.error());
  auto countries = expert_store::countries(ctx.app.db(), dir->reader);
  if (!countries) return web::reply_error(ctx, countries.error());
  const Query& q = dir->parsed.query;

  ListView v;
  fill_filters(v, ctx.lang, q, dir->skills, dir->places, *countries, dir->today.substr(0, 7));
  for (const auto& e : dir->parsed.errors) v.errors.push_back(text(ctx.lang, e.message_id));
  for (const auto& e : dir->experts) {
    bool name_hidden = e.shown.count(profiles::Field::display_name) == 0;
    v.cards.push_back(card_view(ctx.lang, e.profile, name_hidden, dir->skills, dir->today));
  }
  v.total = dir->total;
  v.filtered = !query_string(q, 1, dir->skills, dir->places).empty();
  std::int64_t pages = std::max<std::int64_t>(1, (dir->total + q.per_page - 1) / q.per_page);
  auto url = [&](int page) {
    auto qs = query_string(q, page, dir->skills, dir->places);
    return qs.empty() ? std::string("/experts") : "/experts?" + qs;
  };
  if (q.page > 1) v.prev_url = url(static_cast<int>(std::min<std::int64_t>(q.page - 1, pages)));
  if (q.page < pages) v.next_url = url(q.page + 1);
  v.page_label = i18n::format(ctx.lang, "experts.page_of",
                              {{"page", i18n::format_number(ctx.lang, q.page)},
                               {"pages", i18n::format_number(ctx.lang, pages)}});
  v.layout = web::make_layout(ctx, text(ctx.lang, "experts.title"), "experts");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::experts_list(out, v); });
  res.header("Cache-Control", "private, no-store");
  return res;
}

}  // namespace

void register_pages(web::App& app) {
  app.get("/experts", [](web::Ctx& ctx) { return list(ctx); });
}

}  // namespace comdev::experts
