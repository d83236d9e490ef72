// `comdev bench-data --experts N`: synthetic expert members for the matching benchmark, drawn by
// match::synthetic::Generator — the very distributions bench/match uses in memory — over the
// skill tree, provinces and communes in the database, and written in big transactions.
#include <algorithm>
#include <chrono>
#include <random>
#include <unordered_map>

#include "core/time.h"
#include "main/bench_data.h"
#include "main/bench_data_store.h"
#include "match/synthetic.h"

namespace comdev::bench_data {
namespace {

namespace bs = bench_data_store;
constexpr std::int64_t kDay = 86400;

std::string at(std::int64_t t) {
  return core::iso(core::Seconds(std::chrono::seconds(t)));
}
std::string date_of(match::Day d) {
  return at(std::int64_t(d) * kDay).substr(0, 10);
}

const char* level_name(match::Level l) {
  return l == match::Level::beginner ? "beginner"
         : l == match::Level::expert ? "expert"
                                     : "intermediate";
}

// Where the experts live: the diaspora mostly in France, then Morocco, Belgium, the Netherlands,
// Spain… (profiles.country is free text, written here in French as the demo does).
struct Residence {
  const char* country;
  const char* cities[3];
  double weight;
};
constexpr Residence kResidences[] = {
    {"France", {"Paris", "Montpellier", "Lyon"}, 40},
    {"Maroc", {"Agadir", "Casablanca", "Rabat"}, 20},
    {"Belgique", {"Bruxelles", "Anvers", "Liège"}, 10},
    {"Pays-Bas", {"Amsterdam", "Rotterdam", "Utrecht"}, 8},
    {"Espagne", {"Barcelone", "Madrid", "Valence"}, 7},
    {"Allemagne", {"Francfort", "Düsseldorf", "Berlin"}, 5},
    {"Italie", {"Milan", "Turin", "Bologne"}, 4},
    {"Canada", {"Montréal", "Québec", "Ottawa"}, 3},
    {"États-Unis", {"New York", "Washington", "Chicago"}, 3},
};

// The language codes of model.h's bits, in order.
constexpr const char* kLanguageCodes[] = {"ar", "ber", "fr", "en", "es", "nl", "de", "it"};

}  // namespace

Status generate_experts(store::Db& db, const Options& options, Report& report) {
  bs::ExpertWorld world;
  std::int64_t first_member = 0;
  {
    auto lease = db.acquire();
    if (!lease) return lease.error();
    auto w = bs::read_expert_world(**lease);
    if (!w) return w.error();
    world = std::move(*w);
    auto m = bs::next_member_id(**lease);
    if (!m) return m.error();
    first_member = *m;
  }
  if (world.provinces.empty())
    return Error::internal("no province in the database: run comdev demo");
  if (world.skills.empty()) return Error::internal("no skill in the database");

  std::vector<match::Taxonomy::Entry> entries;
  for (const auto& s : world.skills) entries.push_back({s.slug, s.parent_slug});
  match::Taxonomy taxonomy(entries);  // SkillId i is world.skills[i]
  std::unordered_map<std::int64_t, std::string> names;
  std::vector<match::synthetic::Province> provinces;
  for (const auto& p : world.provinces) {
    names[p.id] = p.name;
    match::synthetic::Province sp{p.id, p.region_id, {}, double(p.communes.size()) + 1};
    for (const auto& [id, name] : p.communes) {
      sp.communes.push_back(id);
      names[id] = name;
    }
    provinces.push_back(std::move(sp));
  }
  auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now())
                 .time_since_epoch()
                 .count();
  auto today = static_cast<match::Day>(now / kDay);
  match::synthetic::Generator gen(taxonomy, provinces, options.seed * 7919 + 1, today);
  std::mt19937_64 rng(options.seed + 99);
  std::vector<double> residence_weights;
  for (const auto& r : kResidences) residence_weights.push_back(r.weight);
  std::discrete_distribution<std::size_t> residence(residence_weights.begin(),
                                                    residence_weights.end());
  auto days_ago = [&](std::int64_t lo, std::int64_t hi) {
    return now - std::uniform_int_distribution<std::int64_t>(lo * kDay, hi * kDay)(rng);
  };
  auto territory = [](const match::Place& p) { return p.commune != 0 ? p.commune : p.province; };

  for (std::int64_t start = 0; start < options.experts; start += options.experts_per_transaction) {
    std::int64_t end = std::min(options.experts, start + options.experts_per_transaction);
    bs::ExpertBatch b;
    for (std::int64_t i = start; i < end; ++i) {
      std::int64_t id = first_member + i;
      match::Expert e = gen.expert(id);
      std::string created = at(days_ago(1, 1500));
      auto num = std::to_string(id);
      b.members.push_back({id, "bench-expert-" + num + "@bench.invalid",
                           "Expert fictif " + num + " (banc d'essai)", created});
      const Residence& r = kResidences[residence(rng)];
      bs::ProfileRow p;
      p.member_id = id;
      p.bio = "Profil fictif du banc d'essai (comdev bench-data).";
      p.country = r.country;
      p.city = r.cities[rng() % 3];
      p.of_heart = gen.last_of_heart();
      if (!e.attachments.empty() && !p.of_heart) p.origin_text = names[territory(e.attachments[0])];
      p.remote_hours = e.remote_hours_per_month;
      p.open_to_invitations = e.available;
      p.updated_at = created;
      b.profiles.push_back(std::move(p));
      for (const auto& s : e.skills)
        b.skills.push_back({id, world.skills[s.skill].id, level_name(s.level)});
      for (std::size_t bit = 0; bit < std::size(kLanguageCodes); ++bit)
        if (e.languages & (1u << bit)) b.languages.emplace_back(id, kLanguageCodes[bit]);
      for (const auto& w : e.windows)
        b.windows.push_back(
            {id, territory(w.place), names[territory(w.place)], date_of(w.from), date_of(w.to)});
      std::vector<std::int64_t> attached;
      for (const auto& a : e.attachments)
        if (std::find(attached.begin(), attached.end(), territory(a)) == attached.end())
          attached.push_back(territory(a));
      for (auto t : attached) b.attachments.emplace_back(id, t);

      // The history the engine reads back (matching_store): answered invitations were declined,
      // unanswered ones expired; open ones are a few days old.
      if (world.open_skill_needs.empty()) continue;
      int rows = e.invitations_received + e.open_invitations;
      std::vector<std::int64_t> needs;
      for (int tries = 0; int(needs.size()) < rows && tries < rows * 4; ++tries) {
        auto n = world.open_skill_needs[rng() % world.open_skill_needs.size()];
        if (std::find(needs.begin(), needs.end(), n) == needs.end()) needs.push_back(n);
      }
      for (std::size_t j = 0; j < needs.size(); ++j) {
        bs::InvitationRow inv;
        inv.need_id = needs[j];
        inv.expert_id = id;
        bool open = int(j) >= e.invitations_received;
        bool recent = int(j) < e.recent_invitations;
        std::int64_t sent = open ? days_ago(0, 6) : recent ? days_ago(8, 29) : days_ago(31, 700);
        inv.created_at = at(sent);
        inv.expires_at = at(sent + 7 * kDay);
        inv.status = open ? "open" : int(j) < e.invitations_answered ? "declined" : "expired";
        if (inv.status == "declined") inv.answered_at = at(sent + std::int64_t(rng() % 6) * kDay);
        b.invitations.push_back(std::move(inv));
      }
    }
    auto r = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
      if (auto st = bs::insert(c, b); !st) return st.error();
      return true;
    });
    if (!r) return r.error();
    report.experts += static_cast<std::int64_t>(b.members.size());
    report.expert_skills += static_cast<std::int64_t>(b.skills.size());
    report.windows += static_cast<std::int64_t>(b.windows.size());
    report.invitations += static_cast<std::int64_t>(b.invitations.size());
  }
  return {};
}

}  // namespace comdev::bench_data
