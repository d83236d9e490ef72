// GET /api/v1/search?q=&type=&page=&per_page= : the same results as the page, in JSON. Each
// result has its title and snippet as plain text plus the matched words' ranges ("marks", byte
// offsets into the text), so a client can highlight them its own way.
#include <nlohmann/json.hpp>

#include "features/search/search_api_doc.h"
#include "features/search/search_forms.h"
#include "features/search/search_module.h"
#include "web/errors.h"

namespace comdev::search_feature {
namespace {

// Plain text and [begin, end) byte ranges of the marked segments.
nlohmann::json marked(const std::vector<search::Segment>& segments) {
  std::string text;
  nlohmann::json marks = nlohmann::json::array();
  for (const auto& s : segments) {
    if (s.mark) marks.push_back({text.size(), text.size() + s.text.size()});
    text += s.text;
  }
  return {{"text", text}, {"marks", marks}};
}

http::Response search(web::Ctx& ctx, Service& service) {
  auto request = validate(
      {ctx.query.get("q"), ctx.query.get("type"), ctx.query.get("page"), ctx.query.get("per_page")},
      20);
  if (!request) return web::reply_error(ctx, request.error());
  service.follower.catch_up({changes::kProject, changes::kNeed, changes::kOrganisation});
  Page found = service.index.search(*request, ctx.lang);
  nlohmann::json items = nlohmann::json::array();
  for (const auto& f : found.items) {
    auto title = marked(f.title);
    auto snippet = marked(f.snippet.segments);
    items.push_back({{"type", kind_code(f.kind)},
                     {"id", f.id},
                     {"url", f.url},
                     {"title", title["text"]},
                     {"title_marks", title["marks"]},
                     {"snippet", snippet["text"]},
                     {"snippet_marks", snippet["marks"]},
                     {"place", f.place}});
  }
  nlohmann::json counts = nlohmann::json::object();
  for (Kind k : {Kind::project, Kind::need, Kind::organisation}) {
    counts[std::string(kind_code(k))] = found.counts[static_cast<std::size_t>(k)];
  }
  nlohmann::json out{{"query", request->q},   {"total", found.total},          {"counts", counts},
                     {"page", request->page}, {"per_page", request->per_page}, {"results", items}};
  return http::Response::json(out.dump());
}

}  // namespace

void register_api(web::App& app, Service service) {
  app.get(
      "/api/v1/search", [service](web::Ctx& ctx) mutable { return search(ctx, service); },
      api_doc::kSearch);
}

}  // namespace comdev::search_feature
