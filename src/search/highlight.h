// Highlighting: the words of a text that match a query, as segments a template escapes and
// wraps (<mark>), so no HTML is built here. A snippet is the part of a long text with the most
// matches.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "search/analyzer.h"
#include "search/index.h"

namespace comdev::search {

struct Segment {
  std::string text;
  bool mark = false;  // a matched word
};

struct Snippet {
  std::vector<Segment> segments;
  bool cut_before = false;  // text left out before (the template shows an ellipsis)
  bool cut_after = false;
};

// The whole text with its matched words marked.
std::vector<Segment> highlight(std::string_view text, const QueryWords& words, Lang lang);

// At most about `max_bytes` of the text around its densest matches, cut at word boundaries;
// the beginning of the text when nothing matches.
Snippet snippet(std::string_view text, const QueryWords& words, Lang lang, std::size_t max_bytes);

}  // namespace comdev::search
