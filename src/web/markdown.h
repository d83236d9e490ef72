#pragma once
// User-written Markdown (project descriptions, updates) to HTML that is safe to insert raw into a
// page: GitHub-flavoured Markdown (tables, strikethrough, autolinks) through cmark-gfm in its safe
// mode, so raw HTML is dropped, and every link and image address is checked against a short
// allow-list of schemes (http, https, mailto, or a relative address); anything else
// (javascript:, vbscript:, data:, file:, obfuscated variants) becomes an empty address.
// Images are rendered as links to the image: a page never loads a picture from another site
// (readers' addresses are not leaked, pages stay light, and the CSP allows only our origin).
#include <string>
#include <string_view>

namespace comdev::web {

// HTML for a Markdown text; invalid UTF-8 is replaced, never passed through.
std::string markdown_to_html(std::string_view markdown);

// True when a link address may be kept: relative, or http(s)/mailto. Exposed for tests and for
// forms that want to reject a bad link with a message rather than silently emptying it.
bool is_safe_link(std::string_view url);

// True when the Markdown holds something the renderer will drop or neutralise (raw HTML, a link
// or image with a refused address): forms use it to tell the writer instead of saving a text
// that will not show as typed.
bool markdown_has_unsafe_parts(std::string_view markdown);

}  // namespace comdev::web
