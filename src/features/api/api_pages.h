// The page /api: the API reference for people, rendered from the OpenAPI document (openapi.h)
// with the site's layout. Its own words (headings, table heads, the introduction) come from the
// catalogues; the descriptions are the document's, in English, marked lang="en" so that screen
// readers and the Arabic page's direction treat them as such.
#pragma once

#include "features/api/openapi.h"
#include "http/response.h"
#include "web/context.h"

namespace comdev::api {

// The reference as the page shows it: descriptions rendered from Markdown once, at start.
struct PageModel {
  struct Operation {
    OperationView op;
    std::string description_html;
  };
  struct Tag {
    std::string name;
    std::vector<Operation> operations;
  };
  std::string version;
  int operation_count = 0;
  std::vector<Tag> tags;
};

PageModel page_model(const Reference& ref);
http::Response show_reference(web::Ctx& ctx, const PageModel& model);

}  // namespace comdev::api
