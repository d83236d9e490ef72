#include "features/organisations/organisation_views.h"

#include <functional>

#include "features/territories/territory_rules.h"
#include "features/territories/territory_store.h"
#include "i18n/catalogue.h"

namespace comdev::organisations {
namespace {

// Literal keys, so the catalogue tests see every one of them used.
struct TypeKey {
  std::string_view type, key;
};
constexpr TypeKey kTypeKeys[] = {
    {"commune", "organisations.type.commune"},
    {"village_association", "organisations.type.village_association"},
    {"federation", "organisations.type.federation"},
    {"cooperative", "organisations.type.cooperative"},
    {"gie", "organisations.type.gie"},
    {"enterprise", "organisations.type.enterprise"},
    {"administration", "organisations.type.administration"},
    {"diaspora_association", "organisations.type.diaspora_association"},
    {"coordination", "organisations.type.coordination"},
    {"ngo", "organisations.type.ngo"},
};
static_assert(std::size(kTypeKeys) == kTypes.size());

}  // namespace

std::string type_label(i18n::Lang lang, std::string_view type) {
  for (const auto& t : kTypeKeys) {
    if (t.type == type) return std::string(i18n::catalogue(lang).text(t.key));
  }
  return std::string(type);
}

std::vector<Option> type_options(i18n::Lang lang, std::string_view selected) {
  std::vector<Option> out;
  for (const auto& t : kTypeKeys) {
    out.push_back({std::string(t.type), type_label(lang, t.type), t.type == selected});
  }
  return out;
}

Result<std::vector<Option>> territory_options(store::Db& db, i18n::Lang lang,
                                              std::int64_t selected) {
  auto all = territories::territory_store::list(db);
  if (!all) return all.error();
  bool ar = i18n::code(lang) == "ar";
  std::vector<Option> out;
  std::function<void(const territories::Node&, int)> add = [&](const territories::Node& n,
                                                               int depth) {
    const auto& t = n.territory;
    std::string indent;
    for (int i = 0; i < depth; ++i) indent += "\u00A0\u00A0\u00A0";
    out.push_back({std::to_string(t.id),
                   indent + (ar && !t.name_ar.empty() ? t.name_ar : t.name_fr), t.id == selected});
    for (const auto& c : n.children) add(c, depth + 1);
  };
  for (const auto& n : territories::build_tree(*all)) add(n, 0);
  return out;
}

std::string territory_name(const Organisation& o, i18n::Lang lang) {
  if (i18n::code(lang) == "ar" && !o.territory_ar.empty()) return o.territory_ar;
  return o.territory_fr;
}

}  // namespace comdev::organisations
