#include "match/synthetic.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>

namespace comdev::match::synthetic {
namespace {

// Zipf weights 1/(rank+1)^s over n items.
std::vector<double> zipf(std::size_t n, double s) {
  std::vector<double> w(n);
  for (std::size_t i = 0; i < n; ++i) w[i] = 1.0 / std::pow(double(i + 1), s);
  return w;
}

template <class T>
std::size_t weighted(T& rng, std::initializer_list<double> weights) {
  return std::discrete_distribution<std::size_t>(weights)(rng);
}

}  // namespace

Day day_of(int year, unsigned month, unsigned day) {
  using namespace std::chrono;
  return Day(sys_days(std::chrono::year(year) / std::chrono::month(month) / std::chrono::day(day))
                 .time_since_epoch()
                 .count());
}

Generator::Generator(const Taxonomy& taxonomy, std::vector<Province> provinces, std::uint64_t seed,
                     Day today)
    : rng_(seed), today_(today), provinces_(std::move(provinces)) {
  // Domains and the skills under them; which domain and which skill is popular is fixed (the
  // same for every seed): a shuffle with its own constant seed, then Zipf weights.
  std::mt19937_64 order(2026);
  for (SkillId s = 0; s < taxonomy.size(); ++s) {
    if (taxonomy.parent(s)) continue;
    Domain d{s, {}, {}};
    for (SkillId c = 0; c < taxonomy.size(); ++c)
      if (taxonomy.parent(c) == s) d.skills.push_back(c);
    if (d.skills.empty()) continue;
    std::shuffle(d.skills.begin(), d.skills.end(), order);
    auto w = zipf(d.skills.size(), 1.0);
    d.pick = std::discrete_distribution<std::size_t>(w.begin(), w.end());
    domains_.push_back(std::move(d));
  }
  if (domains_.empty() && taxonomy.size() > 0) {
    // A flat list of skills (no domain yet): one domain holding them all.
    Domain d{0, {}, {}};
    for (SkillId s = 0; s < taxonomy.size(); ++s) d.skills.push_back(s);
    std::shuffle(d.skills.begin(), d.skills.end(), order);
    auto w = zipf(d.skills.size(), 1.0);
    d.pick = std::discrete_distribution<std::size_t>(w.begin(), w.end());
    domains_.push_back(std::move(d));
  }
  std::shuffle(domains_.begin(), domains_.end(), order);
  auto dw = zipf(domains_.size(), 0.8);
  domain_pick_ = std::discrete_distribution<std::size_t>(dw.begin(), dw.end());
  std::vector<double> pw;
  for (const auto& p : provinces_) pw.push_back(p.weight);
  province_pick_ = std::discrete_distribution<std::size_t>(pw.begin(), pw.end());
}

SkillId Generator::skill_in(std::size_t domain) {
  Domain& d = domains_[domain];
  // Now and then the domain itself: a generalist of the field.
  if (std::uniform_real_distribution<double>(0, 1)(rng_) < 0.08) return d.id;
  return d.skills[d.pick(rng_)];
}

Level Generator::level(double beginner, double intermediate) {
  double u = std::uniform_real_distribution<double>(0, 1)(rng_);
  return u < beginner                  ? Level::beginner
         : u < beginner + intermediate ? Level::intermediate
                                       : Level::expert;
}

Place Generator::place(std::size_t province) {
  const Province& p = provinces_[province];
  std::int64_t commune = 0;
  if (!p.communes.empty() && rng_() % 10 < 7)
    commune = p.communes[std::size_t(rng_() % p.communes.size())];
  return {commune, p.id, p.region};
}

Place Generator::any_place() {
  return place(province_pick_(rng_));
}

Expert Generator::expert(std::int64_t member_id) {
  Expert e;
  e.member_id = member_id;
  // Skills cluster: most in one domain, some in a second, a few anywhere.
  std::size_t first = domain_pick_(rng_), second = domain_pick_(rng_);
  std::size_t count = 1 + weighted(rng_, {20, 30, 25, 15, 7, 3});
  for (std::size_t tries = 0; e.skills.size() < count && tries < count * 3; ++tries) {
    double u = std::uniform_real_distribution<double>(0, 1)(rng_);
    SkillId s = skill_in(u < 0.70 ? first : u < 0.92 ? second : domain_pick_(rng_));
    if (std::any_of(e.skills.begin(), e.skills.end(), [s](auto& x) { return x.skill == s; }))
      continue;
    e.skills.push_back({s, level(0.20, 0.45)});
  }
  static const std::pair<LangMask, double> kLanguages[] = {{kFr, 0.85}, {kAr, 0.80}, {kBer, 0.45},
                                                           {kEn, 0.50}, {kEs, 0.10}, {kNl, 0.08},
                                                           {kDe, 0.06}, {kIt, 0.06}};
  for (auto [bit, p] : kLanguages)
    if (std::uniform_real_distribution<double>(0, 1)(rng_) < p) e.languages |= bit;
  if (e.languages == 0) e.languages = kFr;
  static const int kHours[] = {0, 5, 10, 20, 40};
  e.remote_hours_per_month = kHours[weighted(rng_, {30, 20, 25, 15, 10})];

  // Attachment: an origin (55 %), a commune adopted out of heart (10 %), or none; some with an
  // origin have also adopted a second commune.
  std::size_t kind = weighted(rng_, {55, 10, 35});
  last_of_heart_ = kind == 1;
  if (kind < 2) e.attachments.push_back(any_place());
  if (kind == 0 && rng_() % 10 == 0) e.attachments.push_back(any_place());

  // On-site windows: visits home, mostly in summer; far more often for those with an origin.
  double p_window = kind == 0 ? 0.5 : 0.1;
  int windows =
      std::uniform_real_distribution<double>(0, 1)(rng_) < p_window ? (rng_() % 6 == 0 ? 2 : 1) : 0;
  int year =
      int(std::chrono::year_month_day(std::chrono::sys_days(std::chrono::days(today_))).year());
  if (today_ > day_of(year, 8, 31)) ++year;
  for (int i = 0; i < windows; ++i) {
    std::size_t season = weighted(rng_, {70, 15, 15});
    Day from = season == 0 ? day_of(year, 7, 1) + Day(rng_() % 51)
               : season == 1
                   ? day_of(year, 12, 18) + Day(rng_() % 8)
                   : day_of(year + (today_ > day_of(year, 4, 1) ? 1 : 0), 4, 1) + Day(rng_() % 20);
    Day to = from + 7 + Day(rng_() % 24);
    Place where = !e.attachments.empty() && rng_() % 5 != 0 ? e.attachments.front() : any_place();
    e.windows.push_back({from, to, where});
  }

  // Invitation history: most experts have never been invited; answering habits differ.
  if (rng_() % 100 >= 55) {
    e.invitations_received =
        1 + std::min(11, int(std::exponential_distribution<double>(0.5)(rng_)));
    double p_answer = std::uniform_real_distribution<double>(0.3, 1.0)(rng_);
    e.invitations_answered =
        std::binomial_distribution<int>(e.invitations_received, p_answer)(rng_);
    int unanswered = e.invitations_received - e.invitations_answered;
    e.open_invitations = std::min(unanswered, int(weighted(rng_, {88, 8, 3, 1})));
    e.recent_invitations = std::min(e.invitations_received, int(weighted(rng_, {85, 10, 4, 1})));
  }
  e.available = rng_() % 100 < 92;
  return e;
}

Need Generator::need(std::int64_t need_id) {
  Need n;
  n.need_id = need_id;
  // A need's skills come from its project's field, a quarter of them from another field (the
  // project's management, its finances…).
  std::size_t field = domain_pick_(rng_);
  std::size_t count = 1 + weighted(rng_, {55, 35, 10});
  for (std::size_t tries = 0; n.skills.size() < count && tries < count * 3; ++tries) {
    SkillId s = skill_in(rng_() % 4 == 0 ? domain_pick_(rng_) : field);
    if (std::any_of(n.skills.begin(), n.skills.end(), [s](auto& x) { return x.skill == s; }))
      continue;
    n.skills.push_back({s, level(0.20, 0.50)});
  }
  static const std::pair<LangMask, double> kLanguages[] = {{kFr, 0.75}, {kAr, 0.70}, {kBer, 0.35},
                                                           {kEn, 0.20}, {kEs, 0.05}, {kNl, 0.04},
                                                           {kDe, 0.03}, {kIt, 0.03}};
  for (auto [bit, p] : kLanguages)
    if (std::uniform_real_distribution<double>(0, 1)(rng_) < p) n.languages |= bit;
  if (n.languages == 0) n.languages = kFr;
  n.mode = std::array{Mode::remote, Mode::on_site, Mode::both}[weighted(rng_, {40, 35, 25})];
  n.from = today_ + 15 + Day(rng_() % 386);
  double length =
      std::exp(std::uniform_real_distribution<double>(std::log(3), std::log(180))(rng_));
  n.to = n.from + Day(length);
  n.place = any_place();
  return n;
}

}  // namespace comdev::match::synthetic
