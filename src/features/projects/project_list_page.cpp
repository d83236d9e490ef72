// GET /projects?sector=&status=&territory=&after=|before= : the list with its filters, 20 a page,
// newest first. Pages are keyset pages: "next" lists the projects older than the last one shown
// (after=ID), "previous" those newer than the first (before=ID), so page 200 costs what page 1
// does (an OFFSET reads and drops every row before the page). Old ?page=N links still show that
// page (by offset, bounded) with keyset links onwards. The total comes from a count kept a few
// seconds (changes/recent_cache.h), and the page visitors see is kept with its gzip
// (web/page_cache.h): a write by this process shows at once, another instance's within 5 s.
#include <algorithm>
#include <memory>

#include "core/sectors.h"
#include "core/text.h"
#include "features/changes/change_log_store.h"
#include "features/changes/recent_cache.h"
#include "features/projects/project_module.h"
#include "features/projects/project_rules.h"
#include "features/projects/project_store.h"
#include "features/projects/project_views.h"
#include "http/percent.h"
#include "i18n/format.h"
#include "tpl/projects/list.h"
#include "web/errors.h"
#include "web/page.h"
#include "web/page_cache.h"

namespace comdev::projects {
namespace {

constexpr int kPerPage = 20;
constexpr std::int64_t kMaxPage = 10000;

struct Card {
  std::string id, title, summary, lang, status, carrier, place;
  std::vector<std::string> sectors;
  bool demo = false;
};
struct ListView {
  web::LayoutView layout;
  std::vector<Option> sectors, statuses, territories;
  std::vector<Card> projects;
  std::string total;
  bool can_create = false;
  std::string prev_url, next_url;
};

// One per App (tests run several servers, each on its own database, in one process).
struct ListCaches {
  web::PageCache pages;
  changes::RecentCache<std::int64_t> counts;
  changes::RecentCache<std::vector<Option>> territories;
};

// The filters as they appear in links: only those set, in a fixed order.
std::string filter_query(const Filter& f) {
  std::string q;
  auto add = [&](std::string_view name, const std::string& value) {
    if (value.empty()) return;
    q += (q.empty() ? "" : "&") + std::string(name) + "=" + http::percent_encode(value);
  };
  add("sector", f.sector);
  add("status", f.status);
  add("territory", f.territory_id ? std::to_string(f.territory_id) : "");
  return q;
}

std::string list_url(const std::string& filters, std::string_view cursor, std::int64_t id) {
  std::string url = "/projects?" + filters;
  if (!filters.empty()) url += '&';
  return url + std::string(cursor) + "=" + std::to_string(id);
}

Result<std::vector<Option>> territories_for(web::Ctx& ctx, ListCaches& caches,
                                            std::int64_t selected) {
  auto all = caches.territories.get(std::string(i18n::code(ctx.lang)),
                                    [&] { return territory_options(ctx, 0); });
  if (!all) return all.error();
  std::vector<Option> out = **all;
  for (auto& o : out) o.selected = o.value == std::to_string(selected);
  return out;
}

// The page of projects the request asks for, newest first; `has_prev` and `has_next` say whether
// there are projects before the first and after the last.
struct Slice {
  std::vector<ListItem> items;
  bool has_prev = false, has_next = false;
};

Result<Slice> read_slice(store::Db& db, Filter f, std::int64_t after, std::int64_t before,
                         std::int64_t page) {
  f.limit = kPerPage + 1;  // one more tells whether there is a page beyond
  if (after != 0 || before != 0) {
    // A cursor naming no project (a link kept too long) starts from the first page.
    auto c = project_store::cursor_of(db, after != 0 ? after : before);
    if (!c) return c.error();
    (after != 0 ? f.after : f.before) = std::move(*c);
  } else if (page > 1) {
    f.offset = static_cast<int>((page - 1) * kPerPage);
  }
  auto items = project_store::list(db, f);
  if (!items) return items.error();
  Slice s;
  bool more = items->size() > static_cast<std::size_t>(kPerPage);
  if (f.before) {
    // Fewer than a page above the cursor: that is the first page, shown whole.
    if (!more) {
      f.before.reset();
      return read_slice(db, std::move(f), 0, 0, 1);
    }
    items->erase(items->begin());
    s.has_prev = true;
    s.has_next = true;
  } else {
    if (more) items->pop_back();
    s.has_next = more;
    s.has_prev = f.after || f.offset > 0;
  }
  s.items = std::move(*items);
  return s;
}

http::Response list(web::Ctx& ctx, ListCaches& caches) {
  if (auto session = ctx.session(); !session) return web::reply_error(ctx, session.error());
  Filter f;
  f.sector = std::string(ctx.query.get("sector"));
  if (!core::is_sector(f.sector)) f.sector.clear();
  f.status = std::string(ctx.query.get("status"));
  if (!is_status(f.status)) f.status.clear();
  f.territory_id = parse_id(ctx.query.get("territory"));
  std::int64_t after = parse_id(ctx.query.get("after"));
  std::int64_t before = after != 0 ? 0 : parse_id(ctx.query.get("before"));
  std::int64_t page = std::clamp<std::int64_t>(parse_id(ctx.query.get("page")), 1, kMaxPage);
  const std::string filters = filter_query(f);

  std::string where = filters;  // the cache key: filters and position
  if (after != 0 || before != 0) {
    where += after != 0 ? "&after=" + std::to_string(after) : "&before=" + std::to_string(before);
  } else if (page > 1) {
    where += "&page=" + std::to_string(page);
  }
  std::uint64_t version = changes::local_write_generation();  // before reading
  std::string key = web::visitor_page_key(ctx, where);
  if (!key.empty()) {
    if (auto cached = caches.pages.find(key, version)) return web::cached_reply(ctx, *cached);
  }

  store::Db& db = ctx.app.db();
  auto slice = read_slice(db, f, after, before, page);
  if (!slice) return web::reply_error(ctx, slice.error());
  auto total = caches.counts.get(filters, [&] { return project_store::count(db, f); });
  if (!total) return web::reply_error(ctx, total.error());
  auto territories = territories_for(ctx, caches, f.territory_id);
  if (!territories) return web::reply_error(ctx, territories.error());

  ListView v;
  v.sectors = sector_options(ctx.lang, {f.sector});
  v.statuses = status_options(ctx.lang, f.status);
  v.territories = std::move(*territories);
  for (const auto& i : slice->items) {
    auto shown = shown_in(i18n::code(ctx.lang), i.title, i.summary, i.lang, i.translations);
    Card c{std::to_string(i.id),
           shown.title,
           shown.summary,
           shown.lang,
           status_label(ctx.lang, i.status),
           i.carrier_name,
           place_name(ctx.lang, i.territory_fr, i.territory_ar),
           {},
           i.demo};
    for (const auto& s : i.sectors) c.sectors.push_back(sector_label(ctx.lang, s));
    v.projects.push_back(std::move(c));
  }
  v.total = i18n::format_number(ctx.lang, **total);
  if (slice->has_prev && !slice->items.empty())
    v.prev_url = list_url(filters, "before", slice->items.front().id);
  if (slice->has_next && !slice->items.empty())
    v.next_url = list_url(filters, "after", slice->items.back().id);
  v.can_create = ctx.actor.signed_in();
  v.layout = web::make_layout(ctx, text(ctx.lang, "projects.title"), "projects");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::projects_list(out, v); });
  if (key.empty()) return res;
  return web::cached_reply(ctx, *caches.pages.put(key, std::move(res.body), version));
}

}  // namespace

void register_list_page(web::App& app) {
  auto caches = std::make_shared<ListCaches>();
  app.get("/projects", [caches](web::Ctx& ctx) { return list(ctx, *caches); });
}

}  // namespace comdev::projects
