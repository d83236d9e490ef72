#include "search/highlight.h"

#include <algorithm>

namespace comdev::search {

namespace {

struct Match {
  std::size_t begin, end;
};

std::vector<Match> matches(std::string_view text, const std::vector<Token>& tokens,
                           const QueryWords& words, Lang lang) {
  Analyzer& analyzer = Analyzer::for_this_thread();
  std::vector<Match> out;
  for (const Token& t : tokens) {
    auto terms = analyzer.document_terms(text, t, lang);
    bool hit = std::any_of(words.begin(), words.end(), [&](const auto& variants) {
      return std::any_of(terms.begin(), terms.end(), [&](const std::string& term) {
        return std::find(variants.begin(), variants.end(), term) != variants.end();
      });
    });
    if (hit) out.push_back({t.begin, t.end});
  }
  return out;
}

std::vector<Segment> segments(std::string_view text, std::size_t from, std::size_t to,
                              const std::vector<Match>& marks) {
  std::vector<Segment> out;
  std::size_t pos = from;
  for (const Match& m : marks) {
    if (m.begin < from || m.end > to) continue;
    if (m.begin > pos) out.push_back({std::string(text.substr(pos, m.begin - pos)), false});
    out.push_back({std::string(text.substr(m.begin, m.end - m.begin)), true});
    pos = m.end;
  }
  if (pos < to) out.push_back({std::string(text.substr(pos, to - pos)), false});
  return out;
}

}  // namespace

std::vector<Segment> highlight(std::string_view text, const QueryWords& words, Lang lang) {
  auto tokens = tokenize(text);
  return segments(text, 0, text.size(), matches(text, tokens, words, lang));
}

Snippet snippet(std::string_view text, const QueryWords& words, Lang lang, std::size_t max_bytes) {
  Snippet s;
  auto tokens = tokenize(text);
  if (text.size() <= max_bytes || tokens.empty()) {
    s.segments = segments(text, 0, text.size(), matches(text, tokens, words, lang));
    return s;
  }
  auto marks = matches(text, tokens, words, lang);
  // The window starting a little before a match that holds the most matches.
  std::size_t lead = max_bytes / 4;
  std::size_t best_start = 0, best_count = 0;
  for (const Match& m : marks) {
    std::size_t start = m.begin > lead ? m.begin - lead : 0;
    std::size_t count =
        static_cast<std::size_t>(std::count_if(marks.begin(), marks.end(), [&](const Match& x) {
          return x.begin >= start && x.end <= start + max_bytes;
        }));
    if (count > best_count) {
      best_count = count;
      best_start = start;
    }
  }
  // Snap to word boundaries: start at the first word beginning at or after best_start, end
  // after the last word that fits.
  std::size_t from = 0, to = 0;
  for (const Token& t : tokens) {
    if (t.begin >= best_start) {
      from = t.begin;
      break;
    }
  }
  if (best_start == 0) from = 0;
  for (const Token& t : tokens) {
    if (t.begin >= from && t.end <= from + max_bytes) to = t.end;
  }
  if (to <= from) {  // one word longer than the window: show that word
    for (const Token& t : tokens) {
      if (t.begin >= from) {
        to = t.end;
        break;
      }
    }
  }
  s.cut_before = from > 0;
  s.cut_after = to < text.size();
  s.segments = segments(text, from, to, marks);
  return s;
}

}  // namespace comdev::search
