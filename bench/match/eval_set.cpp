#include "eval_set.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <unordered_map>

namespace comdev::match::eval {
namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& file, const std::string& what) {
  throw std::runtime_error(file + ": " + what);
}

json read_json(const std::string& root, const std::string& file) {
  std::ifstream in(root + "/" + file);
  if (!in) fail(file, "cannot read it under " + root);
  try {
    return json::parse(in);
  } catch (const json::exception& e) {
    fail(file, e.what());
  }
}

// The order of match::LangMask bits (profiles::kLanguages).
LangMask language_bit(const std::string& file, const std::string& code) {
  static const char* const kCodes[] = {"ar", "ber", "fr", "en", "es", "nl", "de", "it"};
  for (std::size_t i = 0; i < std::size(kCodes); ++i)
    if (code == kCodes[i]) return LangMask(1u << i);
  fail(file, "unknown language '" + code + "'");
}

LangMask languages(const std::string& file, const json& list) {
  LangMask mask = 0;
  for (const auto& l : list) mask |= language_bit(file, l.get<std::string>());
  return mask;
}

Day day(const std::string& file, const json& value) {
  if (value.is_null()) return 0;
  const std::string text = value.get<std::string>();
  int y = 0;
  unsigned m = 0, d = 0;
  char dash1 = 0, dash2 = 0;
  if (std::sscanf(text.c_str(), "%d%c%u%c%u", &y, &dash1, &m, &dash2, &d) != 5 || dash1 != '-' ||
      dash2 != '-')
    fail(file, "bad date '" + text + "'");
  std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
  if (!ymd.ok()) fail(file, "bad date '" + text + "'");
  return Day(std::chrono::sys_days(ymd).time_since_epoch().count());
}

Level level(const std::string& file, const std::string& text) {
  if (text == "beginner") return Level::beginner;
  if (text == "intermediate") return Level::intermediate;
  if (text == "expert") return Level::expert;
  fail(file, "unknown level '" + text + "'");
}

Mode mode(const std::string& file, const std::string& text) {
  if (text == "remote") return Mode::remote;
  if (text == "on_site") return Mode::on_site;
  if (text == "both") return Mode::both;
  fail(file, "unknown mode '" + text + "'");
}

// Every territory slug to its place in the tree, as the features give it to the engine: a
// douar counts as its commune; ids are positions in demo/territories.json.
std::unordered_map<std::string, Place> places(const json& territories) {
  struct Node {
    std::string kind, parent;
    std::int64_t id;
  };
  std::unordered_map<std::string, Node> nodes;
  std::int64_t next = 1;
  for (const auto& t : territories.at("territories"))
    nodes[t.at("slug")] = {t.at("kind"), t.value("parent", std::string()), next++};
  std::unordered_map<std::string, Place> out;
  for (const auto& [slug, node] : nodes) {
    Place p;
    std::string at = slug;
    for (int guard = 0; !at.empty() && guard < 8; ++guard) {
      const auto it = nodes.find(at);
      if (it == nodes.end()) fail("demo/territories.json", "unknown parent '" + at + "'");
      const Node& n = it->second;
      if (n.kind == "commune" && p.commune == 0) p.commune = n.id;
      if (n.kind == "province") p.province = n.id;
      if (n.kind == "region") p.region = n.id;
      at = n.parent;
    }
    out[slug] = p;
  }
  return out;
}

std::vector<SkillLevel> skills(const std::string& file, const std::string& who, const json& list,
                               const Taxonomy& taxonomy) {
  std::vector<SkillLevel> out;
  for (const auto& s : list) {
    const std::string slug = s.at("slug");
    const auto id = taxonomy.find(slug);
    if (!id) fail(file, who + ": unknown skill '" + slug + "'");
    out.push_back({*id, level(file, s.at("level"))});
  }
  return out;
}

Place place(const std::string& file, const std::string& who,
            const std::unordered_map<std::string, Place>& places, const std::string& slug) {
  const auto it = places.find(slug);
  if (it == places.end()) fail(file, who + ": unknown place '" + slug + "'");
  return it->second;
}

}  // namespace

std::string source_dir() {
  return COMDEV_SOURCE_DIR;
}

EvalSet load(const std::string& root) {
  EvalSet set;
  std::vector<Taxonomy::Entry> entries;
  for (const auto& s : read_json(root, "data/skills.json"))
    entries.push_back({s.at("slug"), s.at("parent").is_null() ? "" : std::string(s.at("parent"))});
  set.taxonomy = std::make_shared<Taxonomy>(entries);
  const Taxonomy& tax = *set.taxonomy;
  const auto where = places(read_json(root, "demo/territories.json"));

  const std::string nf = "eval/matching/needs.json";
  for (const auto& n : read_json(root, nf)) {
    EvalNeed e;
    e.id = n.at("id");
    e.title = n.at("title");
    e.need.need_id = std::int64_t(set.needs.size() + 1);
    e.need.skills = skills(nf, e.id, n.at("skills"), tax);
    e.need.languages = languages(nf, n.at("languages"));
    e.need.mode = mode(nf, n.at("mode"));
    e.need.from = day(nf, n.at("period_start"));
    e.need.to = day(nf, n.at("period_end"));
    e.need.place = place(nf, e.id, where, n.at("place"));
    set.needs.push_back(std::move(e));
  }

  const std::string pf = "eval/matching/profiles.json";
  std::set<std::string> profile_ids;
  for (const auto& p : read_json(root, pf)) {
    EvalProfile e;
    e.id = p.at("id");
    e.headline = p.value("headline", std::string());
    Expert& x = e.expert;
    x.member_id = std::int64_t(set.profiles.size() + 1);
    x.skills = skills(pf, e.id, p.at("skills"), tax);
    x.languages = languages(pf, p.at("languages"));
    x.remote_hours_per_month = p.at("remote_hours");
    for (const auto& w : p.at("windows"))
      x.windows.push_back(
          {day(pf, w.at("from")), day(pf, w.at("to")), place(pf, e.id, where, w.at("place"))});
    for (const auto& a : p.at("attachments"))
      x.attachments.push_back(place(pf, e.id, where, a.get<std::string>()));
    x.available = p.at("available");
    const auto& inv = p.at("invitations");
    x.invitations_received = inv.at("received");
    x.invitations_answered = inv.at("answered");
    x.open_invitations = inv.at("open");
    x.recent_invitations = inv.at("recent");
    if (!profile_ids.insert(e.id).second) fail(pf, "duplicate id " + e.id);
    set.profiles.push_back(std::move(e));
  }

  const std::string jf = "eval/matching/judgments.json";
  for (const auto& j : read_json(root, jf)) {
    const std::string need = j.at("need");
    if (std::none_of(set.needs.begin(), set.needs.end(),
                     [&](const EvalNeed& n) { return n.id == need; }))
      fail(jf, "unknown need " + need);
    auto& rel = set.relevant[need];
    for (const auto& id : j.at("relevant")) {
      if (!profile_ids.count(id)) fail(jf, need + ": unknown profile " + id.get<std::string>());
      rel.insert(id.get<std::string>());
    }
  }
  for (const auto& n : set.needs)
    if (!set.relevant.count(n.id)) fail(jf, "no judgment for need " + n.id);
  return set;
}

double precision_at(const std::vector<std::string>& ranked, const std::set<std::string>& relevant,
                    std::size_t k) {
  if (k == 0) return 0;
  std::size_t hits = 0;
  for (std::size_t i = 0; i < std::min(k, ranked.size()); ++i) hits += relevant.count(ranked[i]);
  return double(hits) / double(k);
}

std::optional<double> recall_at(const std::vector<std::string>& ranked,
                                const std::set<std::string>& relevant, std::size_t k) {
  if (relevant.empty()) return std::nullopt;
  std::size_t hits = 0;
  for (std::size_t i = 0; i < std::min(k, ranked.size()); ++i) hits += relevant.count(ranked[i]);
  return double(hits) / double(relevant.size());
}

}  // namespace comdev::match::eval
