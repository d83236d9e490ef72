#include "web/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cctype>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

namespace comdev::web {
namespace {

void register_extensions() {
  // cmark-gfm keeps a global registry; registering twice races, so once per process.
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};

// CMARK_OPT_VALIDATE_UTF8 replaces invalid sequences; safe mode is the default (no
// CMARK_OPT_UNSAFE), which drops raw HTML and cmark's own list of dangerous URLs.
constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;

std::unique_ptr<cmark_node, NodeDeleter> parse(std::string_view markdown) {
  register_extensions();
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(kOptions));
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  return std::unique_ptr<cmark_node, NodeDeleter>(cmark_parser_finish(parser.get()));
}

// Replaces an image node by a link to the same address holding the image's alt text.
void image_to_link(cmark_node* image) {
  cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
  const char* url = cmark_node_get_url(image);
  cmark_node_set_url(link, url ? url : "");
  const char* title = cmark_node_get_title(image);
  if (title) cmark_node_set_title(link, title);
  while (cmark_node* child = cmark_node_first_child(image)) {
    cmark_node_unlink(child);
    cmark_node_append_child(link, child);
  }
  if (!cmark_node_first_child(link)) {
    cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(text, url ? url : "");
    cmark_node_append_child(link, text);
  }
  cmark_node_replace(image, link);
  cmark_node_free(image);
}

// Walks the tree: neutralises refused addresses, turns images into links. Returns whether
// something was dropped or neutralised. Images are collected first, since replacing a node
// while iterating would invalidate the iterator.
bool sanitise(cmark_node* root) {
  bool changed = false;
  std::vector<cmark_node*> images;
  cmark_iter* iter = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE: {
        const char* url = cmark_node_get_url(node);
        if (url && !is_safe_link(url)) {
          cmark_node_set_url(node, "");
          changed = true;
        }
        if (cmark_node_get_type(node) == CMARK_NODE_IMAGE) images.push_back(node);
        break;
      }
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        changed = true;  // the safe renderer omits it
        break;
      default:
        break;
    }
  }
  cmark_iter_free(iter);
  for (cmark_node* image : images) image_to_link(image);
  return changed;
}

}  // namespace

bool is_safe_link(std::string_view url) {
  // Browsers ignore leading spaces and control characters, and tabs or newlines inside a scheme
  // ("java\tscript:"), so the scheme is read the way a browser reads it.
  std::string scheme;
  for (char ch : url) {
    const auto c = static_cast<unsigned char>(ch);
    if (c <= 0x20) continue;
    if (c == ':') return scheme == "http" || scheme == "https" || scheme == "mailto";
    if (c == '/' || c == '?' || c == '#') return true;  // a relative address: no scheme
    scheme.push_back(static_cast<char>(std::tolower(c)));
  }
  return true;  // no colon at all: relative
}

std::string markdown_to_html(std::string_view markdown) {
  auto doc = parse(markdown);
  sanitise(doc.get());
  char* html = cmark_render_html(doc.get(), kOptions, nullptr);
  std::string out(html ? html : "");
  free(html);
  // Links written by readers are not endorsements, and must not reach back to this page.
  std::string result;
  result.reserve(out.size() + 64);
  constexpr std::string_view kOpen = "<a href=\"";
  std::size_t pos = 0;
  for (std::size_t at; (at = out.find(kOpen, pos)) != std::string::npos; pos = at + kOpen.size()) {
    result.append(out, pos, at - pos);
    result.append("<a rel=\"nofollow ugc noopener noreferrer\" href=\"");
  }
  result.append(out, pos);
  return result;
}

bool markdown_has_unsafe_parts(std::string_view markdown) {
  auto doc = parse(markdown);
  return sanitise(doc.get());
}

}  // namespace comdev::web
