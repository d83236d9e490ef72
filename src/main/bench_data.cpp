#include "main/bench_data.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <unordered_map>

#include "core/time.h"
#include "main/bench_data_store.h"
#include "main/bench_data_words.h"

namespace comdev::bench_data {
namespace {

namespace bs = bench_data_store;
using Rng = std::mt19937_64;

// Projects are created between these dates, more of them recently (the platform grows).
constexpr std::int64_t kFirst = 1325376000;  // 2012-01-01
constexpr std::int64_t kLast = 1793491200;   // 2026-11-01
constexpr std::int64_t kDay = 86400;

std::string at(std::int64_t t) {
  return core::iso(core::Seconds(std::chrono::seconds(t)));
}
std::string day_of(std::int64_t t) {
  return at(t).substr(0, 10);
}

template <class T>
const T& pick(Rng& rng, const std::vector<T>& v) {
  return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)];
}

bool chance(Rng& rng, double p) {
  return std::uniform_real_distribution<double>(0, 1)(rng) < p;
}

std::size_t weighted(Rng& rng, std::initializer_list<double> weights) {
  return std::discrete_distribution<std::size_t>(weights)(rng);
}

// Log-uniform between lo and hi: small amounts and quantities are more frequent than big ones.
std::int64_t log_uniform(Rng& rng, double lo, double hi) {
  double x = std::uniform_real_distribution<double>(std::log(lo), std::log(hi))(rng);
  return static_cast<std::int64_t>(std::exp(x));
}

// What the generator draws from: the catalogue read from the database, with its weights.
struct World {
  bs::Catalog cat;
  std::vector<std::size_t> communes;                                    // indexes into cat.places
  std::unordered_map<std::int64_t, std::vector<std::size_t>> douars;    // by commune id
  std::unordered_map<std::int64_t, std::vector<std::int64_t>> orgs_of;  // by commune id
  std::vector<std::int64_t> any_org;                                    // carriers from anywhere
  std::unordered_map<std::string_view, std::int64_t> skill_id;
  std::discrete_distribution<std::size_t> commune_dist, sector_dist;
};

Result<World> make_world(bs::Catalog cat, Rng& rng) {
  World w;
  w.cat = std::move(cat);
  std::unordered_map<std::int64_t, std::int64_t> commune_of;  // territory id -> commune id
  for (std::size_t i = 0; i < w.cat.places.size(); ++i) {
    const auto& p = w.cat.places[i];
    commune_of[p.id] = p.commune_id;
    if (p.kind == "commune")
      w.communes.push_back(i);
    else
      w.douars[p.commune_id].push_back(i);
  }
  if (w.communes.empty()) return Error::internal("no commune in the database: run comdev demo");
  for (const auto& o : w.cat.organisations) {
    if (o.type == "administration") continue;  // the State does not carry village projects
    w.any_org.push_back(o.id);
    if (o.territory_id) {
      if (auto c = commune_of.find(*o.territory_id); c != commune_of.end())
        w.orgs_of[c->second].push_back(o.id);
    }
  }
  if (w.any_org.empty()) return Error::internal("no organisation in the database: run comdev demo");
  for (const auto& s : w.cat.skills) w.skill_id[s.slug] = s.id;
  if (w.skill_id.empty()) return Error::internal("no skill in the database");
  // Zipf-like activity: a few communes with a dynamic diaspora carry most projects.
  std::vector<double> cw(w.communes.size());
  std::vector<std::size_t> rank(cw.size());
  for (std::size_t i = 0; i < rank.size(); ++i) rank[i] = i;
  std::shuffle(rank.begin(), rank.end(), rng);
  for (std::size_t i = 0; i < cw.size(); ++i) cw[i] = 1.0 / std::pow(1.0 + rank[i], 0.9);
  w.commune_dist = std::discrete_distribution<std::size_t>(cw.begin(), cw.end());
  std::vector<double> sw;
  for (const auto& s : sector_words()) sw.push_back(s.weight);
  w.sector_dist = std::discrete_distribution<std::size_t>(sw.begin(), sw.end());
  return w;
}

const char* const kStatuses[] = {"idea",        "maturing", "ready",      "funding",
                                 "in_progress", "done",     "capitalised"};

struct ProjectPlan {
  bs::ProjectRow row;
  std::size_t sector = 0;
  std::string place;
  std::int64_t created = 0;
};

ProjectPlan make_project(World& w, Rng& rng, std::int64_t id, double position) {
  ProjectPlan p;
  p.row.id = id;
  // sqrt: the density of creations grows linearly with time.
  double u = std::sqrt(std::clamp(position, 0.0, 1.0));
  p.created = kFirst + static_cast<std::int64_t>(u * static_cast<double>(kLast - kFirst));
  p.row.created_at = at(p.created);
  const auto& commune = w.cat.places[w.communes[w.commune_dist(rng)]];
  const bs::Place* place = &commune;
  if (auto d = w.douars.find(commune.id); d != w.douars.end() && chance(rng, 0.65))
    place = &w.cat.places[pick(rng, d->second)];
  p.row.territory_id = place->id;
  p.place = place->name;
  if (place->lat && chance(rng, 0.5)) {  // else shown at the territory's position
    std::uniform_real_distribution<double> jitter(-0.04, 0.04);
    p.row.lat = *place->lat + jitter(rng);
    p.row.lon = *place->lon + jitter(rng);
  }
  auto local = w.orgs_of.find(commune.id);
  p.row.carrier_id = local != w.orgs_of.end() && chance(rng, 0.5) ? pick(rng, local->second)
                                                                  : pick(rng, w.any_org);
  p.sector = w.sector_dist(rng);
  const auto& sw = sector_words()[p.sector];
  std::string title(pick(rng, sw.titles));
  p.row.title = title + " à " + p.place;
  if (chance(rng, 0.15)) p.row.title += " (phase 2)";
  p.row.summary = std::string(sw.summary) + " à " + p.place + ".";
  p.row.description_md = p.row.summary +
                         "\n\nProjet synthétique du banc d'essai : données de démonstration, "
                         "générées par `comdev bench-data`.";
  // Old projects are more often finished, recent ones still ideas or being prepared.
  double age = 1.0 - u;
  p.row.status = kStatuses[weighted(
      rng, {2 + 30 * (1 - age), 3 + 20 * (1 - age), 10, 15, 20, 2 + 25 * age, 1 + 12 * age})];
  return p;
}

void add_need(World& w, Rng& rng, const ProjectPlan& p, std::int64_t id, bs::Batch& b) {
  const auto& sw = sector_words()[p.sector];
  bs::NeedRow n;
  n.id = id;
  n.project_id = p.row.id;
  bool finished = p.row.status == "done" || p.row.status == "capitalised";
  n.status = finished ? (chance(rng, 0.7) ? "satisfied" : "closed")
                      : std::array{"open", "discussion", "satisfied",
                                   "closed"}[weighted(rng, {75, 15, 7, 3})];
  std::int64_t created =
      p.created + std::uniform_int_distribution<std::int64_t>(
                      0, std::max<std::int64_t>(0, std::min(kLast - p.created, 700 * kDay)))(rng);
  n.created_at = at(created);
  std::size_t kind = weighted(rng, {50, 30, 20});
  if (kind == 0) {
    n.kind = "skill";
    n.title = std::string(pick(rng, sw.skill_needs)) + " à " + p.place;
    // Not the project's title: a need that repeated it would match every query the project
    // matches and inflate the search's work beyond what real descriptions do.
    n.description = "Compétence recherchée sur place ou à distance, " + p.place +
                    " (besoin synthétique du banc d'essai).";
    n.mode = std::array{"remote", "on_site", "both"}[weighted(rng, {40, 35, 25})];
    std::int64_t start = created + std::uniform_int_distribution<std::int64_t>(15, 400)(rng) * kDay;
    n.period_start = day_of(start);
    n.period_end = day_of(start + log_uniform(rng, 3, 180) * kDay);
    n.effort_days = std::min<std::int64_t>(120, log_uniform(rng, 1, 60));
    std::vector<std::string_view> chosen;
    int count = 1 + static_cast<int>(weighted(rng, {55, 35, 10}));
    for (int i = 0; i < count * 3 && static_cast<int>(chosen.size()) < count; ++i) {
      auto slug = chance(rng, 0.75) ? pick(rng, sw.skills) : pick(rng, general_skills());
      if (std::find(chosen.begin(), chosen.end(), slug) != chosen.end()) continue;
      auto s = w.skill_id.find(slug);
      if (s == w.skill_id.end()) continue;
      chosen.push_back(slug);
      b.need_skills.push_back(
          {id, s->second,
           std::array{"beginner", "intermediate", "expert"}[weighted(rng, {20, 50, 30})]});
    }
    bool any = false;
    static const std::pair<const char*, double> kLanguages[] = {
        {"fr", 0.75}, {"ar", 0.7},  {"ber", 0.35}, {"en", 0.2},
        {"es", 0.05}, {"nl", 0.04}, {"de", 0.03},  {"it", 0.03}};
    for (auto [code, p_lang] : kLanguages) {
      if (!chance(rng, p_lang)) continue;
      b.need_languages.emplace_back(id, code);
      any = true;
    }
    if (!any) b.need_languages.emplace_back(id, "fr");
  } else if (kind == 1) {
    n.kind = "funding";
    n.title = std::string(pick(rng, funding_titles())) + " à " + p.place;
    n.description = "Montant fictif : donnée de démonstration du banc d'essai.";
    bool eur = chance(rng, 0.2);
    n.currency = eur ? "EUR" : "MAD";
    std::int64_t units = eur ? log_uniform(rng, 500, 150000) : log_uniform(rng, 2000, 1500000);
    n.amount_minor = std::max<std::int64_t>(100, units / 100 * 100) * 100;
  } else {
    n.kind = "material";
    n.item = std::string(pick(rng, sw.items));
    n.title = *n.item + " pour " + p.place;
    n.description = "Matériel recherché (besoin synthétique du banc d'essai).";
    n.quantity = log_uniform(rng, 1, 500);
  }
  b.needs.push_back(std::move(n));
}

void add_project(World& w, Rng& rng, const ProjectPlan& p, bs::Batch& b) {
  b.projects.push_back(p.row);
  b.sectors.emplace_back(p.row.id, std::string(sector_words()[p.sector].code));
  std::vector<std::size_t> chosen = {p.sector};
  for (std::size_t extra = weighted(rng, {50, 35, 15}); extra > 0; --extra) {
    std::size_t s = w.sector_dist(rng);
    if (std::find(chosen.begin(), chosen.end(), s) != chosen.end()) continue;
    chosen.push_back(s);
    b.sectors.emplace_back(p.row.id, std::string(sector_words()[s].code));
  }
  b.status_changes.push_back({p.row.id, std::nullopt, "idea", p.row.created_at});
  if (p.row.status != "idea") {
    std::int64_t later = std::min(
        kLast, p.created + std::uniform_int_distribution<std::int64_t>(20, 900)(rng) * kDay);
    b.status_changes.push_back({p.row.id, std::string("idea"), p.row.status, at(later)});
  }
}

Result<Report> generate_projects(store::Db& db, const Options& options);

}  // namespace

Result<Report> generate(store::Db& db, const Options& options) {
  if (options.projects < 0 || options.needs < 0 || options.experts < 0 ||
      (options.projects == 0 && options.experts == 0))
    return Error::internal("bench-data needs a positive number of projects or experts");
  Report report;
  if (options.projects > 0) {
    auto r = generate_projects(db, options);
    if (!r) return r.error();
    report = *r;
  }
  if (options.experts > 0) {
    if (auto st = generate_experts(db, options, report); !st) return st.error();
  }
  auto seq = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    if (auto st = bs::advance_sequences(c); !st) return st.error();
    return true;
  });
  if (!seq) return seq.error();
  return report;
}

namespace {

Result<Report> generate_projects(store::Db& db, const Options& options) {
  Rng rng(options.seed);
  bs::Catalog cat;
  std::int64_t first_project = 0, first_need = 0;
  {
    auto lease = db.acquire();
    if (!lease) return lease.error();
    auto c = bs::read_catalog(**lease);
    if (!c) return c.error();
    cat = std::move(*c);
    auto p = bs::next_project_id(**lease);
    if (!p) return p.error();
    auto n = bs::next_need_id(**lease);
    if (!n) return n.error();
    first_project = *p;
    first_need = *n;
  }
  auto world = make_world(std::move(cat), rng);
  if (!world) return world.error();
  World& w = *world;

  // How many needs each project gets: a skewed draw (log-normal weights), finished projects
  // fewer, so some projects list a dozen needs and many none.
  std::vector<ProjectPlan> plans;
  plans.reserve(static_cast<std::size_t>(options.projects));
  std::vector<double> weight;
  weight.reserve(plans.capacity());
  std::lognormal_distribution<double> spread(0.0, 0.9);
  for (std::int64_t i = 0; i < options.projects; ++i) {
    double position = (static_cast<double>(i) + 0.5) / static_cast<double>(options.projects);
    plans.push_back(make_project(w, rng, first_project + i, position));
    bool finished = plans.back().row.status == "done" || plans.back().row.status == "capitalised";
    weight.push_back(spread(rng) * (finished ? 0.3 : 1.0));
  }
  std::vector<std::int32_t> need_count(plans.size(), 0);
  std::discrete_distribution<std::size_t> owner(weight.begin(), weight.end());
  for (std::int64_t i = 0; i < options.needs; ++i) ++need_count[owner(rng)];

  Report report;
  std::int64_t next_need = first_need;
  for (std::size_t start = 0; start < plans.size();
       start += static_cast<std::size_t>(options.projects_per_transaction)) {
    std::size_t end =
        std::min(plans.size(), start + static_cast<std::size_t>(options.projects_per_transaction));
    bs::Batch batch;
    for (std::size_t i = start; i < end; ++i) {
      add_project(w, rng, plans[i], batch);
      for (int k = 0; k < need_count[i]; ++k) add_need(w, rng, plans[i], next_need++, batch);
    }
    auto r = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
      if (auto st = bs::insert(c, batch); !st) return st.error();
      return true;
    });
    if (!r) return r.error();
    report.projects += static_cast<std::int64_t>(batch.projects.size());
    report.needs += static_cast<std::int64_t>(batch.needs.size());
    report.sectors += static_cast<std::int64_t>(batch.sectors.size());
    report.need_skills += static_cast<std::int64_t>(batch.need_skills.size());
    report.need_languages += static_cast<std::int64_t>(batch.need_languages.size());
  }
  return report;
}

}  // namespace
}  // namespace comdev::bench_data
