#include "features/needslist/needs_live.h"

#include <algorithm>

#include "core/log.h"

namespace comdev::needslist {

const Place* Dictionary::place(std::int64_t id) const {
  auto it = places.find(id);
  return it == places.end() ? nullptr : &it->second;
}

const SkillName* Dictionary::skill(std::int64_t id) const {
  auto it = skills.find(id);
  return it == skills.end() ? nullptr : &it->second;
}

std::pair<std::int64_t, std::int64_t> Dictionary::commune_and_province(std::int64_t id) const {
  std::int64_t commune = 0, province = 0;
  // The tree is four levels deep; the bound guards against a cycle in bad data.
  for (int depth = 0; depth < 8 && id != 0; ++depth) {
    const Place* p = place(id);
    if (p == nullptr) break;
    if (p->kind == "commune") commune = p->id;
    if (p->kind == "province") province = p->id;
    id = p->parent_id;
  }
  return {commune, province};
}

NeedsLive::NeedsLive(store::Db& db, changes::Follower& follower)
    : db_(db), follower_(follower), dict_(std::make_shared<Dictionary>()) {}

std::shared_ptr<const Dictionary> NeedsLive::dictionary() const {
  std::lock_guard lock(dict_mu_);
  return dict_;
}

Status NeedsLive::load_dictionary() {
  auto places = needslist_store::places(db_);
  if (!places) return places.error();
  auto skills = needslist_store::skills(db_);
  if (!skills) return skills.error();
  auto d = std::make_shared<Dictionary>();
  for (auto& p : *places) {
    d->place_by_slug[p.slug] = p.id;
    d->places.emplace(p.id, std::move(p));
  }
  for (auto& s : *skills) {
    d->skill_by_slug[s.slug] = s.id;
    d->skills.emplace(s.id, std::move(s));
  }
  std::lock_guard lock(dict_mu_);
  dict_ = std::move(d);
  ++dict_generation_;
  return {};
}

void NeedsLive::place(std::vector<NeedEntry>& entries) {
  auto d = dictionary();
  bool unknown = std::any_of(entries.begin(), entries.end(), [&](const NeedEntry& e) {
    return e.territory_id != 0 && d->place(e.territory_id) == nullptr;
  });
  if (unknown) {
    if (auto st = load_dictionary(); !st) {
      log::warn("needs list: territories not re-read", {{"error", st.error().message_id}});
    }
    d = dictionary();
  }
  for (auto& e : entries)
    std::tie(e.commune_id, e.province_id) = d->commune_and_province(e.territory_id);
}

Status NeedsLive::build() {
  if (auto st = load_dictionary(); !st) return st;
  auto entries = needslist_store::open_needs(db_);
  if (!entries) return entries.error();
  place(*entries);
  index_.replace_all(std::move(*entries));
  return {};
}

void NeedsLive::follow() {
  follower_.subscribe(std::string(changes::kNeed), [this](auto ids) { apply_needs(ids); });
  follower_.subscribe(std::string(changes::kProject), [this](auto ids) { apply_projects(ids); });
}

void NeedsLive::apply_needs(std::span<const std::int64_t> ids) {
  auto entries = needslist_store::needs_by_ids(db_, ids);
  if (!entries) {
    log::warn("needs list: needs not re-read", {{"error", entries.error().message_id}});
    return;
  }
  // An id the database no longer has was deleted.
  std::vector<std::int64_t> gone;
  for (auto id : ids) {
    if (std::none_of(entries->begin(), entries->end(),
                     [&](const NeedEntry& e) { return e.id == id; }))
      gone.push_back(id);
  }
  place(*entries);
  index_.upsert(std::move(*entries));
  if (!gone.empty()) index_.remove(gone);
}

void NeedsLive::apply_projects(std::span<const std::int64_t> ids) {
  auto entries = needslist_store::needs_of_projects(db_, ids);
  if (!entries) {
    log::warn("needs list: projects not re-read", {{"error", entries.error().message_id}});
    return;
  }
  for (auto project : ids) {
    std::vector<std::int64_t> keep;
    for (const auto& e : *entries)
      if (e.project_id == project) keep.push_back(e.id);
    index_.retain_project_needs(project, keep);
  }
  place(*entries);
  index_.upsert(std::move(*entries));
}

}  // namespace comdev::needslist
