#include "features/api/api_pages.h"

#include "tpl/api/reference.h"
#include "web/markdown.h"
#include "web/page.h"

namespace comdev::api {
namespace {

struct ReferenceView {
  web::LayoutView layout;
  std::string version;
  int operation_count = 0;
  const std::vector<PageModel::Tag>& tags;
};

}  // namespace

PageModel page_model(const Reference& ref) {
  PageModel m;
  m.version = ref.version;
  m.operation_count = ref.operation_count;
  for (const auto& t : ref.tags) {
    PageModel::Tag tag{t.name, {}};
    for (const auto& op : t.operations) {
      tag.operations.push_back({op, web::markdown_to_html(op.description)});
    }
    m.tags.push_back(std::move(tag));
  }
  return m;
}

http::Response show_reference(web::Ctx& ctx, const PageModel& model) {
  ReferenceView v{{}, model.version, model.operation_count, model.tags};
  v.layout = web::make_layout(ctx, std::string(i18n::catalogue(ctx.lang).text("api.title")), "api");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::api_reference(out, v); });
  // The header shows the signed-in member (and their sign-out form's token), as on the home page.
  res.header("Cache-Control", "private, no-cache");
  return res;
}

}  // namespace comdev::api
