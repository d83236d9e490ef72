#include "web/page.h"

#include "http/percent.h"
#include "web/app.h"
#include "web/context.h"

namespace comdev::web {

LayoutView make_layout(const App& app, i18n::Lang lang, std::string_view path, std::string title,
                       std::string_view nav) {
  LayoutView v;
  v.lang = std::string(i18n::code(lang));
  v.dir = std::string(i18n::dir(lang));
  SiteInfo site = app.site_info(lang);
  v.site_name = site.name;
  v.demo = site.demo;
  v.title = title.empty() ? site.name : std::move(title) + " · " + site.name;
  v.css_url = app.assets().url("css/site.css");
  v.nav = std::string(nav);
  const auto& text = i18n::catalogue(lang);
  if (nav == "projects") {
    v.description = std::string(text.text("home.entries.projects.text"));
  } else if (nav == "experts") {
    v.description = std::string(text.text("home.entries.experts.text"));
  } else {
    v.description = std::string(text.text("site.tagline"));
  }
  std::string next = http::percent_encode(path.empty() ? std::string_view("/") : path);
  for (i18n::Lang l : i18n::kAllLangs) {
    const auto& cat = i18n::catalogue(l);
    std::string code(i18n::code(l));
    v.languages.push_back(LangLink{code, std::string(cat.text("lang." + code)),
                                   "/lang/" + code + "?next=" + next, l == lang});
  }
  return v;
}

LayoutView make_layout(Ctx& ctx, std::string title, std::string_view nav) {
  LayoutView v = make_layout(ctx.app, ctx.lang, ctx.req.path, std::move(title), nav);
  // A database error here only costs the header its account links: the page still renders.
  auto s = ctx.session();
  if (s && *s && (*s)->member_id != 0) {
    v.signed_in = true;
    v.member_name = (*s)->display_name;
    v.csrf = (*s)->csrf_token;
  }
  return v;
}

}  // namespace comdev::web
