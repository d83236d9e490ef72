// Demo data: demo/opportunities.json — the organisations it names that the demo does not have yet
// (the regional investment centre of Souss-Massa) and the opportunities, published in the demo
// communes and flagged as demo data. Amounts are read by the money parser, as if typed. Safe to
// run twice.
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/time.h"
#include "features/opportunities/opportunity_module.h"
#include "features/opportunities/opportunity_rules.h"
#include "features/opportunities/opportunity_store.h"
#include "features/territories/territory_store.h"
#include "money/money.h"

namespace comdev::opportunities {
namespace {

using nlohmann::json;
namespace st = opportunity_store;

std::string str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

Result<std::int64_t> territory(store::Conn& c, const std::string& slug, const std::string& where) {
  auto id = territories::territory_store::id_of(c, slug);
  if (!id) return id.error();
  if (!*id) return Error::internal(where + ": unknown territory " + slug);
  return **id;
}

Result<std::int64_t> organisation(store::Conn& c, const std::string& name,
                                  const std::string& where) {
  if (name.empty()) return std::int64_t{0};
  auto id = st::organisation_by_name(c, name);
  if (!id) return id.error();
  if (!*id) return Error::internal(where + ": unknown organisation " + name);
  return **id;
}

Status load_one(store::Conn& c, const json& j, const std::string& where, const std::string& now) {
  Text t;
  auto kind = parse_kind(str(j, "kind"));
  if (!kind) return Error::internal(where + ": unknown kind");
  t.kind = *kind;
  t.title = str(j, "title");
  t.lang = str(j, "lang");
  t.description_md = str(j, "description");
  t.sector = str(j, "sector");
  t.stage = str(j, "stage");
  t.currency = str(j, "currency");
  t.contact = str(j, "contact");
  auto commune = territory(c, str(j, "commune"), where);
  if (!commune) return commune.error();
  t.commune_id = *commune;
  auto min = money::parse_amount(str(j, "amount_min"));
  auto max = money::parse_amount(str(j, "amount_max"));
  if (!min || !max || !range_errors(*min, *max).empty() || !money::is_currency(t.currency)) {
    return Error::internal(where + ": bad amount range");
  }
  t.amount_min = *min;
  t.amount_max = *max;
  auto publisher = organisation(c, str(j, "publisher"), where);
  if (!publisher) return publisher.error();
  t.publisher_org_id = *publisher;
  auto contact = organisation(c, str(j, "contact_organisation"), where);
  if (!contact) return contact.error();
  t.contact_org_id = *contact;
  if (t.title.empty() || t.description_md.empty() || t.contact.empty()) {
    return Error::internal(where + ": incomplete opportunity");
  }
  auto id = st::upsert_demo(c, t, now);
  if (!id) return id.error();
  return {};
}

}  // namespace

Status load_demo(store::Db& db, const std::filesystem::path& demo_dir) {
  auto path = demo_dir / "opportunities.json";
  std::ifstream in(path);
  if (!in) return Error::internal("cannot read " + path.string());
  json doc = json::parse(in, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return Error::internal(path.string() + ": not an object");
  }
  auto now = core::iso_now();
  auto done = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    for (const auto& o : doc.value("organisations", json::array())) {
      auto where = path.filename().string() + " organisation " + str(o, "name");
      std::int64_t place = 0;
      if (auto slug = str(o, "territory"); !slug.empty()) {
        auto t = territory(c, slug, where);
        if (!t) return t.error();
        place = *t;
      }
      auto id = st::ensure_demo_organisation(c, str(o, "type"), str(o, "name"), place,
                                             str(o, "description"), now);
      if (!id) return id.error();
    }
    const auto list = doc.value("opportunities", json::array());
    for (std::size_t i = 0; i < list.size(); ++i) {
      auto where = path.filename().string() + "[" + std::to_string(i) + "]";
      if (auto r = load_one(c, list[i], where, now); !r) return r.error();
    }
    return true;
  });
  if (!done) return done.error();
  return {};
}

}  // namespace comdev::opportunities
