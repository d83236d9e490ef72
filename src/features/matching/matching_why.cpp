#include "features/matching/matching_why.h"

#include <chrono>
#include <map>
#include <mutex>

#include "features/matching/matching_rules.h"
#include "features/matching/matching_service.h"
#include "features/matching/matching_store.h"
#include "features/profiles/profile_labels.h"
#include "i18n/catalogue.h"
#include "i18n/format.h"
#include "i18n/message.h"

namespace comdev::matching {
namespace {

std::mutex registry_mu;
std::map<const store::Db*, std::shared_ptr<const PlaceNames>>& registry() {
  static std::map<const store::Db*, std::shared_ptr<const PlaceNames>> r;
  return r;
}

std::shared_ptr<const PlaceNames> names_for(const store::Db* db) {
  std::lock_guard lock(registry_mu);
  auto it = registry().find(db);
  return it == registry().end() ? nullptr : it->second;
}

const std::string* name_of(i18n::Lang lang, const PlaceNames& names, std::int64_t id) {
  auto it = names.find(id);
  if (it == names.end()) return nullptr;
  if (lang == i18n::Lang::ar && !it->second.ar.empty()) return &it->second.ar;
  return &it->second.fr;
}

std::string date(i18n::Lang lang, match::Day day) {
  auto t = std::chrono::time_point_cast<std::chrono::seconds>(
      std::chrono::sys_days(std::chrono::days(day)));
  return i18n::format_date(lang, t);
}

std::string num(i18n::Lang lang, std::int64_t n) {
  return i18n::format_number(lang, n);
}

// The part of the sentence one reason gives; "" when it cannot be said.
std::string part(i18n::Lang lang, const match::Reason& r, bool covers_too,
                 const PlaceNames& names) {
  using match::ReasonCode;
  switch (r.code) {
    case ReasonCode::covers_skills:
      if (r.a == r.b) return i18n::plural(lang, "matching.why.covers_all", r.b);
      return i18n::plural(lang, "matching.why.covers_skills", r.b, {{"a", num(lang, r.a)}});
    case ReasonCode::related_skills:
      if (covers_too) return i18n::plural(lang, "matching.why.related_more", r.a);
      return i18n::plural(lang, "matching.why.related_skills", r.b, {{"a", num(lang, r.a)}});
    case ReasonCode::speaks_language: {
      auto key = profiles::language_key(language_code(r.a));
      if (key.empty()) return {};
      return i18n::format(lang, "matching.why.speaks",
                          {{"language", std::string(i18n::catalogue(lang).text(key))}});
    }
    case ReasonCode::works_remotely:
      return i18n::plural(lang, "matching.why.remote", r.a);
    case ReasonCode::on_site_window: {
      const std::string* place = r.id != 0 ? name_of(lang, names, r.id) : nullptr;
      if (place == nullptr)
        return i18n::format(
            lang, "matching.why.window_anywhere",
            {{"from", date(lang, match::Day(r.a))}, {"to", date(lang, match::Day(r.b))}});
      return i18n::format(lang, "matching.why.window",
                          {{"place", *place},
                           {"from", date(lang, match::Day(r.a))},
                           {"to", date(lang, match::Day(r.b))}});
    }
    case ReasonCode::attached_commune:
    case ReasonCode::attached_province:
    case ReasonCode::attached_region: {
      const std::string* place = name_of(lang, names, r.id);
      if (place == nullptr) return {};
      auto key = r.code == ReasonCode::attached_commune    ? "matching.why.commune"
                 : r.code == ReasonCode::attached_province ? "matching.why.province"
                                                           : "matching.why.region";
      return i18n::format(lang, key, {{"place", *place}});
    }
    case ReasonCode::responsive:
      return i18n::plural(lang, "matching.why.responsive", r.b, {{"a", num(lang, r.a)}});
  }
  return {};
}

}  // namespace

std::string why_sentence(i18n::Lang lang, const std::vector<match::Reason>& reasons,
                         const PlaceNames& names) {
  bool covers = false;
  for (const auto& r : reasons) covers = covers || r.code == match::ReasonCode::covers_skills;
  std::string out;
  auto separator = i18n::catalogue(lang).text("matching.why.separator");
  for (const auto& r : reasons) {
    auto p = part(lang, r, covers, names);
    if (p.empty()) continue;
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

void publish_place_names(const store::Db* db, std::shared_ptr<const PlaceNames> names) {
  std::lock_guard lock(registry_mu);
  registry()[db] = std::move(names);
}

void forget_place_names(const store::Db* db) {
  std::lock_guard lock(registry_mu);
  registry().erase(db);
}

std::string why(store::Db& db, i18n::Lang lang, const std::vector<match::Reason>& reasons) {
  auto names = names_for(&db);
  if (!names) {
    // No matching service on this database (a command, a test): read the tree once.
    auto tree = matching_store::territories(db);
    auto fresh = std::make_shared<PlaceNames>();
    if (tree)
      for (const auto& t : *tree) fresh->emplace(t.id, PlaceName{t.kind, t.name_fr, t.name_ar});
    names = fresh;
  }
  return why_sentence(lang, reasons, *names);
}

}  // namespace comdev::matching
