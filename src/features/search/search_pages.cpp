// GET /search?q=&type=&page= : one box; results ranked and highlighted, counted by type (links
// that filter on a type), paginated. Works without JavaScript (a plain GET form).
#include "core/utf8.h"
#include "features/search/search_forms.h"
#include "features/search/search_module.h"
#include "http/percent.h"
#include "tpl/search/index.h"
#include "web/errors.h"
#include "web/page.h"

namespace comdev::search_feature {
namespace {

constexpr int kPerPage = 20;

struct Tab {
  std::string url, label;
  std::size_t count = 0;
  bool current = false;
};

struct Item {
  std::string url, kind, place;
  std::vector<search::Segment> title, snippet;
  bool cut_before = false, cut_after = false;
};

struct SearchView {
  web::LayoutView layout;
  std::string q;
  bool searched = false;
  std::size_t total = 0;
  std::vector<Tab> tabs;
  std::vector<Item> items;
  std::string prev_url, next_url;
  std::vector<std::string> errors;
};

// Catalogue keys written out, so the catalogue test sees them used.
std::string_view tab_key(Kind k) {
  switch (k) {
    case Kind::project:
      return "search.type.project";
    case Kind::need:
      return "search.type.need";
    case Kind::organisation:
      return "search.type.organisation";
  }
  return "search.type.all";
}
std::string_view kind_key(Kind k) {
  switch (k) {
    case Kind::project:
      return "search.kind.project";
    case Kind::need:
      return "search.kind.need";
    case Kind::organisation:
      return "search.kind.organisation";
  }
  return "search.kind.project";
}

std::string page_url(const std::string& q, std::optional<Kind> kind, int page) {
  std::string url = "/search?q=" + http::percent_encode(q);
  if (kind) url += "&type=" + std::string(kind_code(*kind));
  if (page > 1) url += "&page=" + std::to_string(page);
  return url;
}

http::Response page(web::Ctx& ctx, Service& service) {
  auto session = ctx.session();  // the header shows who is signed in
  if (!session) return web::reply_error(ctx, session.error());
  SearchView v;
  v.layout = web::make_layout(ctx, text(ctx.lang, "search.title"), "search");
  auto request =
      validate({ctx.query.get("q"), ctx.query.get("type"), ctx.query.get("page"), ""}, kPerPage);
  int status = 200;
  if (!request) {
    for (const auto& f : request.error().fields) v.errors.push_back(text(ctx.lang, f.message_id));
    status = 422;
    v.q = std::string(ctx.query.get("q").substr(0, 4 * kMaxQueryChars));
    if (!is_valid_utf8(v.q)) v.q.clear();
  } else {
    v.q = request->q;
    // A write made by this process shows at once.
    service.follower.catch_up({changes::kProject, changes::kNeed, changes::kOrganisation});
    Page found = service.index.search(*request, ctx.lang);
    v.searched = found.searched;
    v.total = found.total;
    if (found.searched) {
      std::size_t all = found.counts[0] + found.counts[1] + found.counts[2];
      v.tabs.push_back(
          {page_url(v.q, std::nullopt, 1), text(ctx.lang, "search.type.all"), all, !request->kind});
      for (Kind k : {Kind::project, Kind::need, Kind::organisation}) {
        v.tabs.push_back({page_url(v.q, k, 1), text(ctx.lang, tab_key(k)),
                          found.counts[static_cast<std::size_t>(k)], request->kind == k});
      }
    }
    for (auto& f : found.items) {
      v.items.push_back({f.url, text(ctx.lang, kind_key(f.kind)), f.place, std::move(f.title),
                         std::move(f.snippet.segments), f.snippet.cut_before, f.snippet.cut_after});
    }
    if (request->page > 1) v.prev_url = page_url(v.q, request->kind, request->page - 1);
    if (static_cast<std::size_t>(request->page) * kPerPage < found.total &&
        request->page < kMaxPage) {
      v.next_url = page_url(v.q, request->kind, request->page + 1);
    }
  }
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::search_index(out, v); });
  return res;
}

}  // namespace

void register_pages(web::App& app, Service service) {
  app.get("/search", [service](web::Ctx& ctx) mutable { return page(ctx, service); });
}

}  // namespace comdev::search_feature
