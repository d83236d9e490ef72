#include "features/experts/expert_rules.h"

#include <algorithm>
#include <chrono>
#include <map>

#include "core/text.h"
#include "search/normalize.h"

namespace comdev::experts {
namespace {

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

template <class Node>
std::vector<std::int64_t> subtree(const std::vector<Node>& nodes, std::int64_t root) {
  std::multimap<std::int64_t, std::int64_t> children;
  bool found = false;
  for (const auto& n : nodes) {
    if (n.id == root) found = true;
    if (n.parent_id) children.emplace(*n.parent_id, n.id);
  }
  if (!found) return {};
  std::vector<std::int64_t> out{root};
  // Breadth first; a cycle (an administrator's mistake) cannot loop: each id is taken once.
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto [b, e] = children.equal_range(out[i]);
    for (auto it = b; it != e; ++it) {
      if (std::find(out.begin(), out.end(), it->second) == out.end()) out.push_back(it->second);
    }
  }
  return out;
}

// The folded words of a label, joined by single spaces, so "eau potable" is found in it.
std::string folded(std::string_view text) {
  std::string out;
  for (const auto& t : search::tokenize(text)) {
    if (!out.empty()) out += ' ';
    out += t.text;
  }
  return out;
}

}  // namespace

std::optional<std::pair<std::string, std::string>> month_range(std::string_view ym) {
  if (ym.size() != 7 || ym[4] != '-' || !digits(ym.substr(0, 4)) || !digits(ym.substr(5, 2))) {
    return std::nullopt;
  }
  int y = std::stoi(std::string(ym.substr(0, 4)));
  unsigned m = static_cast<unsigned>(std::stoi(std::string(ym.substr(5, 2))));
  if (y < 2000 || y > 2100 || m < 1 || m > 12) return std::nullopt;
  auto last = std::chrono::year_month_day_last(std::chrono::year{y},
                                               std::chrono::month_day_last{std::chrono::month{m}});
  std::string from = std::string(ym) + "-01";
  std::string to = std::string(ym) + "-" + std::to_string(static_cast<unsigned>(last.day()) / 10) +
                   std::to_string(static_cast<unsigned>(last.day()) % 10);
  return std::pair{from, to};
}

std::vector<std::int64_t> skill_subtree(const std::vector<SkillNode>& skills, std::int64_t root) {
  return subtree(skills, root);
}

std::vector<std::int64_t> place_subtree(const std::vector<Place>& places, std::int64_t root) {
  return subtree(places, root);
}

std::string like_pattern(std::string_view word) {
  std::string out = "%";
  for (char c : core::to_lower_ascii(word)) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  out += '%';
  return out;
}

std::vector<Word> resolve_words(std::string_view q, const std::vector<SkillNode>& skills) {
  // Each skill's labels and synonyms folded once per query: the taxonomy is a few hundred rows.
  std::vector<std::pair<std::int64_t, std::string>> texts;
  texts.reserve(skills.size());
  for (const auto& s : skills) {
    std::string all = folded(s.name_fr) + " | " + folded(s.name_ar) + " | " + folded(s.name_en) +
                      " | " + folded(s.slug);
    for (const auto& syn : s.synonyms) all += " | " + folded(syn);
    texts.emplace_back(s.id, std::move(all));
  }
  std::vector<Word> out;
  for (const auto& t : search::tokenize(q)) {
    if (out.size() == kMaxWords) break;
    std::string_view raw = q.substr(t.begin, t.end - t.begin);
    // "de", "l'", "of" would match nearly everyone; an acronym ("AEP", "SIG") has three letters.
    // (Arabic letters take two bytes each.)
    if (t.text.size() < 3 || (t.script == search::Script::arabic && t.text.size() < 4)) continue;
    Word w;
    w.like = like_pattern(raw);
    for (const auto& [id, text] : texts) {
      if (text.find(t.text) != std::string::npos) w.skills.push_back(id);
    }
    out.push_back(std::move(w));
  }
  return out;
}

}  // namespace comdev::experts
