#include "features/experts/expert_forms.h"

#include <algorithm>

#include "core/text.h"
#include "core/utf8.h"
#include "features/experts/expert_rules.h"
#include "features/profiles/profile.h"
#include "http/percent.h"

namespace comdev::experts {
namespace {

constexpr std::size_t kMaxQ = 200;
constexpr std::size_t kMaxCountry = 100;

template <class Node>
const Node* by_id_or_slug(const std::vector<Node>& nodes, std::string_view v) {
  std::int64_t id = core::parse_id(v);
  for (const auto& n : nodes) {
    if (id != 0 ? n.id == id : n.slug == v) return &n;
  }
  return nullptr;
}

int parse_page(std::string_view v, int max, bool& ok) {
  ok = true;
  if (v.empty()) return 0;
  std::int64_t n = core::parse_id(v);
  if (n <= 0 || n > max) {
    ok = false;
    return 0;
  }
  return static_cast<int>(n);
}

void add(std::string& out, std::string_view name, std::string_view value) {
  if (value.empty()) return;
  out += out.empty() ? "" : "&";
  out += std::string(name) + "=" + http::percent_encode(value);
}

}  // namespace

Parsed parse_query(const http::Form& f, const std::vector<SkillNode>& skills,
                   const std::vector<Place>& places, bool api, const std::string& today) {
  Parsed out;
  Query& q = out.query;
  q.today = today;
  auto error = [&](const char* field, const char* id) { out.errors.push_back({field, id}); };

  std::string_view raw_q = core::trim_space(f.get("q"));
  if (raw_q.size() > kMaxQ || !is_valid_utf8(raw_q)) {
    error("q", "experts.errors.q");
  } else {
    q.q = std::string(raw_q);
    q.words = resolve_words(q.q, skills);
  }

  if (auto v = core::trim_space(f.get("skill")); !v.empty()) {
    if (const SkillNode* s = by_id_or_slug(skills, v)) {
      q.skill_id = s->id;
      q.skill_ids = skill_subtree(skills, s->id);
    } else {
      error("skill", "experts.errors.skill");
    }
  }
  if (auto v = core::trim_space(f.get("sector")); !v.empty()) {
    if (profiles::is_sector(v))
      q.sector = std::string(v);
    else
      error("sector", "experts.errors.sector");
  }
  if (auto v = core::trim_space(f.get("lang")); !v.empty()) {
    if (profiles::is_language(v))
      q.lang = std::string(v);
    else
      error("lang", "experts.errors.lang");
  }
  if (auto v = core::trim_space(f.get("country")); !v.empty()) {
    if (v.size() <= kMaxCountry && is_valid_utf8(v))
      q.country = std::string(v);
    else
      error("country", "experts.errors.country");
  }
  if (auto v = f.get("mode"); !v.empty()) {
    if (v == "remote")
      q.mode = Mode::remote;
    else if (v == "on_site")
      q.mode = Mode::on_site;
    else
      error("mode", "experts.errors.mode");
  }
  if (auto v = core::trim_space(f.get("month")); !v.empty()) {
    if (auto range = month_range(v)) {
      q.month = std::string(v);
      q.month_from = range->first;
      q.month_to = range->second;
    } else {
      error("month", "experts.errors.month");
    }
  }
  if (auto v = core::trim_space(f.get("territory")); !v.empty()) {
    if (const Place* p = by_id_or_slug(places, v)) {
      q.territory_id = p->id;
      q.territory_ids = place_subtree(places, p->id);
    } else {
      error("territory", "experts.errors.territory");
    }
  }
  if (auto v = f.get("heart"); !v.empty()) {
    if (v == "1" || v == "true")
      q.heart = true;
    else if (v != "0" && v != "false")
      error("heart", "experts.errors.heart");
  }
  bool ok = true;
  if (int p = parse_page(f.get("page"), 100000, ok); p > 0) q.page = p;
  if (!ok) error("page", "experts.errors.page");
  if (api) {
    if (int n = parse_page(f.get("per_page"), kMaxPerPage, ok); n > 0) q.per_page = n;
    if (!ok) error("per_page", "experts.errors.per_page");
  }
  return out;
}

std::string query_string(const Query& q, int page, const std::vector<SkillNode>& skills,
                         const std::vector<Place>& places) {
  std::string out;
  add(out, "q", q.q);
  if (q.skill_id) {
    for (const auto& s : skills)
      if (s.id == *q.skill_id) add(out, "skill", s.slug);
  }
  add(out, "sector", q.sector);
  add(out, "lang", q.lang);
  add(out, "country", q.country);
  add(out, "mode", q.mode == Mode::remote ? "remote" : q.mode == Mode::on_site ? "on_site" : "");
  add(out, "month", q.month);
  if (q.territory_id) {
    for (const auto& p : places)
      if (p.id == *q.territory_id) add(out, "territory", p.slug);
  }
  if (q.heart) add(out, "heart", "1");
  if (page > 1) add(out, "page", std::to_string(page));
  return out;
}

}  // namespace comdev::experts
