#include "features/api/api_module.h"

#include <memory>

#include "features/api/api_pages.h"
#include "features/api/openapi.h"
#include "features/api/openapi_api_doc.h"

namespace comdev::api {

Status register_module(web::App& app) {
  // Filled below, once every route (these two included) is known; read-only while serving.
  auto ref = std::make_shared<Reference>();
  auto page = std::make_shared<PageModel>();
  app.get(
      "/api/v1/openapi.json",
      [ref](web::Ctx&) {
        auto res = http::Response::json(ref->json);
        // Changes only with a new version of the program.
        res.header("Cache-Control", "public, max-age=300");
        return res;
      },
      kOpenapiDoc);
  app.get("/api", [page](web::Ctx& ctx) { return show_reference(ctx, *page); });
  auto built = build_reference(app.api_doc(), app.config().base_url);
  if (!built) return built.error();
  *ref = std::move(*built);
  *page = page_model(*ref);
  return {};
}

}  // namespace comdev::api
