#include "features/lessons/lesson_rules.h"

#include <algorithm>

#include "core/utf8.h"

namespace comdev::lessons {

std::string_view name(State s) {
  switch (s) {
    case State::draft:
      return "draft";
    case State::submitted:
      return "submitted";
    case State::published:
      return "published";
  }
  return "draft";
}

std::optional<State> parse_state(std::string_view s) {
  for (auto st : {State::draft, State::submitted, State::published}) {
    if (name(st) == s) return st;
  }
  return std::nullopt;
}

const std::string& SheetText::section(std::string_view key) const {
  static const std::string kNone;
  for (std::size_t i = 0; i < kSections.size(); ++i) {
    if (kSections[i] == key) return body[i];
  }
  return kNone;
}

bool project_finished(std::string_view status) {
  return status == "done" || status == "capitalised" || status == "abandoned";
}

bool may_move(State from, State to) {
  return (from == State::draft && to == State::submitted) ||
         (from == State::submitted && (to == State::published || to == State::draft));
}

std::vector<std::string> missing_for_review(const SheetText& t) {
  std::vector<std::string> out;
  if (t.title.empty()) out.emplace_back("title");
  if (t.sectors.empty()) out.emplace_back("sectors");
  for (std::string_view key : {"context", "results", "lessons"}) {
    if (t.section(key).empty()) out.emplace_back(key);
  }
  return out;
}

Place place_of(std::int64_t territory_id, const Tree& tree) {
  Place p;
  p.territory_id = territory_id;
  std::int64_t id = territory_id;
  // Douar → commune → province → region: four levels; a few more steps tolerate odd data.
  for (int step = 0; id != 0 && step < 8; ++step) {
    auto it = tree.find(id);
    if (it == tree.end()) break;
    const auto& kind = it->second.kind;
    if (kind == "commune" && p.commune_id == 0) p.commune_id = id;
    if (kind == "province" && p.province_id == 0) p.province_id = id;
    if (kind == "region" && p.region_id == 0) p.region_id = id;
    id = it->second.parent_id;
  }
  return p;
}

bool matches(const Filter& f, const Sheet& s, const Place& place) {
  if (!f.sector.empty() &&
      std::find(s.text.sectors.begin(), s.text.sectors.end(), f.sector) == s.text.sectors.end()) {
    return false;
  }
  if (f.region_id != 0 && place.region_id != f.region_id) return false;
  if (f.commune_id != 0 && place.commune_id != f.commune_id) return false;
  if (!f.actor_type.empty() && s.carrier_type != f.actor_type) return false;
  return true;
}

std::string plain_text(std::string_view md) {
  std::string out;
  bool space = false;
  for (char c : md) {
    if (c == '*' || c == '_' || c == '#' || c == '`' || c == '>' || c == '[' || c == ']') continue;
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string cut_at_word(std::string_view text, std::size_t max) {
  if (utf8_length(text) <= max) return std::string(text);
  // The byte offset of the character that would be the (max)th, keeping room for "…".
  std::size_t chars = 0, end = 0;
  while (end < text.size() && chars + 1 < max) {
    auto c = static_cast<unsigned char>(text[end]);
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    end += len;
    ++chars;
  }
  end = std::min(end, text.size());
  auto cut = text.substr(0, end);
  const bool whole_word = end < text.size() && text[end] == ' ';
  if (auto sp = cut.rfind(' '); !whole_word && sp != std::string_view::npos && sp > end / 2) {
    cut = cut.substr(0, sp);
  }
  return std::string(cut) + "\u2026";
}

ProjectPrefill prefill(const Sheet& sheet, const PrefillText& labels) {
  const SheetText& t = sheet.text;
  ProjectPrefill p;
  p.title = t.title;
  p.lang = t.lang;
  const std::string& context = t.section("context");
  auto first_paragraph = std::string_view(context).substr(0, context.find("\n\n"));
  p.summary = cut_at_word(plain_text(first_paragraph), kMaxSummary);
  for (const auto& s : t.sectors) {
    if (p.sectors.size() < kMaxSectors) p.sectors.push_back(s);
  }
  const std::string tail = "\n\n*" + labels.source_line + "*\n";
  std::string body;
  auto add = [&](const std::string& heading, const std::string& text) {
    if (text.empty()) return;
    std::string part = "## " + heading + "\n\n" + text + "\n\n";
    // Whole sections only, so the description never ends in the middle of a sentence.
    if (utf8_length(body) + utf8_length(part) + utf8_length(tail) > kMaxDescription) {
      return;
    }
    body += part;
  };
  add(labels.context_heading, context);
  add(labels.lessons_heading, t.section("lessons"));
  add(labels.recommendations_heading, t.section("recommendations"));
  while (!body.empty() && body.back() == '\n') body.pop_back();
  p.description_md = body.empty() ? tail.substr(2) : body + tail;
  return p;
}

}  // namespace comdev::lessons
