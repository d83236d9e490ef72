#include "features/outbox/outbox_view.h"

namespace comdev::outbox {
namespace {

void escape(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
}

bool ends_url(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '<' || c == '>' || c == '"' ||
         c == '\'';
}

}  // namespace

std::string linkify(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 64);
  std::size_t i = 0;
  while (i < text.size()) {
    auto http = text.find("http://", i);
    auto https = text.find("https://", i);
    auto start = std::min(http, https);
    if (start == std::string_view::npos) {
      escape(out, text.substr(i));
      break;
    }
    escape(out, text.substr(i, start - i));
    auto end = start;
    while (end < text.size() && !ends_url(text[end])) ++end;
    // Sentence punctuation after an address is not part of it.
    while (end > start && (text[end - 1] == '.' || text[end - 1] == ',' || text[end - 1] == ')' ||
                           text[end - 1] == ';' || text[end - 1] == ':'))
      --end;
    std::string_view url = text.substr(start, end - start);
    out += "<a href=\"";
    escape(out, url);
    out += "\">";
    escape(out, url);
    out += "</a>";
    i = end;
  }
  return out;
}

}  // namespace comdev::outbox
