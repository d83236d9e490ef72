// The printable A4 poster of a public page: title, place, summary, what the project
// looks for, and a QR code that opens the page — for village notice boards and diaspora festivals.
// Projects serve it at /projects/{id}/poster, needs at /needs/{id}/poster:
//
//   web::PosterView p{.title = …, .summary = …, .place = …, .carrier = …,
//                     .needs = {{kind_label, need_title}, …}, .path = "/projects/3"};
//   return web::render_poster(ctx, p);
//
// The page is a document of its own (templates/share/poster.html, static/css/poster.css with
// `@page { size: A4 }`): no site header or footer to waste paper; on screen it shows a hint to
// print and a link back to the page.
#pragma once

#include <string>
#include <vector>

#include "http/response.h"

namespace comdev::web {

struct Ctx;

struct PosterNeed {
  std::string kind;  // already translated: "Compétence", "Financement", …
  std::string title;
};

struct PosterView {
  std::string title;
  std::string summary;            // plain text; long summaries are cut so the page stays one sheet
  std::string place;              // "Douar …, commune …" (may be empty)
  std::string carrier;            // the carrier organisation, or the project a need belongs to
  std::vector<PosterNeed> needs;  // at most the first 6 are printed
  std::string path;               // the page the QR code opens, e.g. "/projects/3"
};

// 200 with the poster in ctx.lang; the QR code encodes Config::base_url + poster.path.
http::Response render_poster(Ctx& ctx, const PosterView& poster);

}  // namespace comdev::web
