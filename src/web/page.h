// Page kit: the view every page's layout reads, and rendering of a compiled template into a
// response. A page handler builds its view struct (with a `layout` member) and calls render().
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "http/response.h"
#include "i18n/catalogue.h"
#include "i18n/lang.h"
#include "web/render.h"

namespace comdev::web {

class App;
struct Ctx;

struct LangLink {
  std::string code;   // "ar"
  std::string label;  // "العربية" (the language's own name)
  std::string url;    // /lang/ar?next=%2Fcontact
  bool current = false;
};

// What a shared link shows on WhatsApp, Facebook, X…: OpenGraph and Twitter meta tags. A page
// that can be shared sets `url` (absolute, from Config::base_url); the layout writes the tags.
struct ShareMeta {
  std::string title;
  std::string description;
  std::string image;  // absolute URL, or empty
  std::string url;
};

struct LayoutView {
  std::string lang;  // "fr"
  std::string dir;   // "ltr" | "rtl"
  std::string title;
  // The page's <meta name="description"> when it sets no ShareMeta (which carries its own): what
  // a search engine shows under the link. make_layout fills a default for the page's section.
  std::string description;
  std::string site_name;
  std::string css_url;
  std::string js_url;
  std::string nav;  // the active entry: "home", "projects", "experts", "opportunities", "contact"
  std::vector<LangLink> languages;
  bool demo = false;
  // The account links of the header: sign-in and sign-up for visitors; the member's name, their
  // account page and a sign-out form (which needs the session's CSRF token) once signed in.
  bool signed_in = false;
  std::string member_name;
  std::string csrf;
  ShareMeta share;
};

// The layout view for a page at `path` in `lang`.
LayoutView make_layout(const App& app, i18n::Lang lang, std::string_view path, std::string title,
                       std::string_view nav);
LayoutView make_layout(Ctx& ctx, std::string title, std::string_view nav);

// Renders with `fn(Out&)` into an HTML response in `lang`.
template <class F>
http::Response render(i18n::Lang lang, int status, F&& fn) {
  std::string buf;
  buf.reserve(16 * 1024);
  Out out{buf, lang, i18n::catalogue(lang)};
  std::forward<F>(fn)(out);
  auto res = http::Response::html(std::move(buf), status);
  res.header("Content-Language", std::string(i18n::code(lang)));
  return res;
}

}  // namespace comdev::web
