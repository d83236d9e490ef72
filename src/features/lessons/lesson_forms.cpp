#include "features/lessons/lesson_forms.h"

#include <algorithm>

#include "core/sectors.h"
#include "core/text.h"
#include "core/utf8.h"
#include "web/markdown.h"

namespace comdev::lessons {
namespace {

std::string trimmed(const http::Form& f, std::string_view key) {
  return std::string(core::trim_space(f.get(key)));
}

bool is_lang(std::string_view l) {
  return l == "fr" || l == "ar" || l == "en";
}

}  // namespace

Result<SheetText> parse_sheet(const http::Form& f, SheetText* typed) {
  SheetText t;
  std::vector<FieldError> errors;
  bool unreadable = false;
  auto text = [&](std::string_view key) {
    std::string v = trimmed(f, key);
    if (!is_valid_utf8(v)) {
      unreadable = true;
      v.clear();
    }
    return v;
  };
  t.title = text("title");
  t.period = text("period");
  t.lang = text("lang");
  if (t.lang.empty()) t.lang = "fr";
  t.territory_id = core::parse_id(core::trim_space(f.get("territory")));
  for (auto s : f.all("sectors")) {
    if (std::find(t.sectors.begin(), t.sectors.end(), s) == t.sectors.end()) {
      t.sectors.emplace_back(s);
    }
  }
  for (std::size_t i = 0; i < kSections.size(); ++i) t.body[i] = text(kSections[i]);
  if (typed) *typed = t;
  if (unreadable) return Error::invalid("errors.form.invalid_utf8");

  auto length = utf8_length(t.title);
  if (length < 3 || length > kMaxTitle) errors.push_back({"title", "lessons.errors.title"});
  if (utf8_length(t.period) > kMaxPeriod) errors.push_back({"period", "lessons.errors.period"});
  if (!is_lang(t.lang)) errors.push_back({"lang", "projects.errors.lang"});
  bool bad_sector = std::any_of(t.sectors.begin(), t.sectors.end(),
                                [](const std::string& s) { return !core::is_sector(s); });
  if (bad_sector || t.sectors.size() > 5) errors.push_back({"sectors", "projects.errors.sectors"});
  if (!f.get("territory").empty() && t.territory_id == 0) {
    errors.push_back({"territory", "projects.errors.territory"});
  }
  for (std::size_t i = 0; i < kSections.size(); ++i) {
    const auto& body = t.body[i];
    if (utf8_length(body) > kMaxSection) {
      errors.push_back({std::string(kSections[i]), "lessons.errors.too_long"});
    } else if (web::markdown_has_unsafe_parts(body)) {
      errors.push_back({std::string(kSections[i]), "teams.errors.unsafe_markdown"});
    }
  }
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return t;
}

Result<std::string> parse_note(std::string_view note) {
  if (!is_valid_utf8(note)) return Error::invalid("errors.form.invalid_utf8");
  auto n = core::trim_space(note);
  if (n.empty())
    return Error::invalid("errors.invalid", {{"note", "lessons.errors.note_required"}});
  if (utf8_length(n) > kMaxNote) {
    return Error::invalid("errors.invalid", {{"note", "lessons.errors.too_long"}});
  }
  return std::string(n);
}

Filter parse_filter(const http::Form& q) {
  Filter f;
  auto sector = core::trim_space(q.get("sector"));
  if (core::is_sector(sector)) f.sector = std::string(sector);
  f.region_id = core::parse_id(core::trim_space(q.get("region")));
  f.commune_id = core::parse_id(core::trim_space(q.get("commune")));
  auto actor = core::trim_space(q.get("actor_type"));
  if (!actor.empty() && actor.size() <= 40 && std::all_of(actor.begin(), actor.end(), [](char c) {
        return c == '_' || (c >= 'a' && c <= 'z');
      })) {
    f.actor_type = std::string(actor);
  }
  auto text = core::trim_space(q.get("q"));
  if (is_valid_utf8(text)) {
    f.q = utf8_length(text) > kMaxQuery ? std::string() : std::string(text);
  }
  auto page = core::parse_id(core::trim_space(q.get("page")));
  f.page = page >= 1 && page <= 1000 ? static_cast<int>(page) : 1;
  return f;
}

Result<StartProject> parse_start_project(const http::Form& f) {
  StartProject s;
  s.carrier_id = core::parse_id(core::trim_space(f.get("carrier")));
  s.territory_id = core::parse_id(core::trim_space(f.get("commune")));
  std::vector<FieldError> errors;
  if (s.carrier_id == 0) errors.push_back({"carrier", "projects.errors.carrier"});
  if (s.territory_id == 0) errors.push_back({"commune", "projects.errors.territory"});
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return s;
}

}  // namespace comdev::lessons
