#include "web/poster.h"

#include "i18n/catalogue.h"
#include "web/app.h"
#include "web/context.h"
#include "web/page.h"
#include "web/qr.h"
#include "web/share.h"

#include "tpl/share/poster.h"

namespace comdev::web {

namespace {

// What templates/share/poster.html reads.
struct PosterPage {
  std::string lang;
  std::string dir;
  std::string doc_title;
  std::string site_name;
  std::string css_url;
  std::string title;
  std::string summary;
  std::string place;
  std::string carrier;
  std::vector<PosterNeed> needs;
  std::string qr;   // inline SVG from qr_svg (our markup, no user text in it but an attribute)
  std::string url;  // absolute, printed under the code for people without a scanner
  std::string back_url;
};

constexpr std::size_t kMaxNeeds = 6;
constexpr std::size_t kMaxSummaryBytes = 600;

}  // namespace

http::Response render_poster(Ctx& ctx, const PosterView& poster) {
  const auto& cat = i18n::catalogue(ctx.lang);
  PosterPage v;
  v.lang = std::string(i18n::code(ctx.lang));
  v.dir = std::string(i18n::dir(ctx.lang));
  SiteInfo site = ctx.app.site_info(ctx.lang);
  v.site_name = site.name;
  v.doc_title = poster.title + " · " + site.name;
  v.css_url = ctx.app.assets().url("css/poster.css");
  v.title = poster.title;
  v.summary = shorten_utf8(poster.summary, kMaxSummaryBytes);
  v.place = poster.place;
  v.carrier = poster.carrier;
  for (std::size_t i = 0; i < poster.needs.size() && i < kMaxNeeds; ++i) {
    v.needs.push_back(poster.needs[i]);
  }
  v.url = absolute_url(ctx.app, poster.path);
  v.qr = qr_svg(v.url, cat.text("share.poster.qr_label"));
  v.back_url = poster.path;
  auto res = render(ctx.lang, 200, [&](Out& out) { tpl::share_poster(out, v); });
  return res;
}

}  // namespace comdev::web
