#include "match/score.h"

#include <algorithm>
#include <bit>

namespace comdev::match {
namespace {

double relation_credit(Relation r, const Weights& w) {
  switch (r) {
    case Relation::same:
      return w.same;
    case Relation::narrower:
      return w.narrower;
    case Relation::broader:
      return w.broader;
    case Relation::sibling:
      return w.sibling;
    case Relation::none:
      return 0;
  }
  return 0;
}

bool overlaps(Day a_from, Day a_to, Day b_from, Day b_to) {
  return a_from <= b_to && b_from <= a_to;
}

// How well one place matches the need's place: 1 commune, 0.6 province, 0.3 region (weights).
double place_credit(const Place& need, const Place& p, const Weights& w, ReasonCode* code) {
  if (need.commune != 0 && p.commune == need.commune) {
    *code = ReasonCode::attached_commune;
    return w.same_commune;
  }
  if (need.province != 0 && p.province == need.province) {
    *code = ReasonCode::attached_province;
    return w.same_province;
  }
  if (need.region != 0 && p.region == need.region) {
    *code = ReasonCode::attached_region;
    return w.same_region;
  }
  return 0;
}

// A window counts fully when it falls in the need's province (the expert will be nearby), less
// when it is elsewhere in the country.
double window_credit(const Need& need, const Window& win) {
  if (need.from != 0 && need.to != 0 && !overlaps(need.from, need.to, win.from, win.to)) return 0;
  double near = (need.place.province != 0 && win.place.province == need.place.province) ||
                        (need.place.commune != 0 && win.place.commune == need.place.commune)
                    ? 1.0
                    : 0.7;
  // Without a period, a visit is only a possibility.
  return need.from == 0 ? near * 0.5 : near;
}

const Window* best_window(const Need& need, const Expert& expert, double* credit) {
  const Window* best = nullptr;
  *credit = 0;
  for (const auto& win : expert.windows) {
    double c = window_credit(need, win);
    if (c > *credit) {
      *credit = c;
      best = &win;
    }
  }
  return best;
}

double remote_credit(const Expert& expert, const Weights& w) {
  if (expert.remote_hours_per_month <= 0) return 0;
  return std::min(1.0, double(expert.remote_hours_per_month) / w.full_remote_hours);
}

}  // namespace

double skill_credit(const Taxonomy& taxonomy, const Weights& w, const SkillLevel& required,
                    const SkillLevel& offered) {
  double base = relation_credit(taxonomy.relation(required.skill, offered.skill), w);
  if (base == 0) return 0;
  int below = int(required.level) - int(offered.level);
  if (below <= 0) return base;
  return base * (below == 1 ? w.one_level_below : w.two_levels_below);
}

double skills_component(const Need& need, const Expert& expert, const Taxonomy& taxonomy,
                        const Weights& w) {
  std::size_t n = std::min(need.skills.size(), kMaxRequiredSkills);
  if (n == 0) return 0;
  double sum = 0;
  for (std::size_t i = 0; i < n; ++i) {
    double best = 0;
    for (const auto& o : expert.skills)
      best = std::max(best, skill_credit(taxonomy, w, need.skills[i], o));
    sum += best;
  }
  return sum / double(n);
}

double availability_component(const Need& need, const Expert& expert, const Weights& w) {
  double remote = need.mode == Mode::on_site ? 0 : remote_credit(expert, w);
  double on_site = 0;
  if (need.mode != Mode::remote) best_window(need, expert, &on_site);
  return std::max(remote, on_site);
}

double attachment_component(const Need& need, const Expert& expert, const Weights& w) {
  double best = 0;
  ReasonCode code = ReasonCode::attached_region;
  for (const auto& p : expert.attachments)
    best = std::max(best, place_credit(need.place, p, w, &code));
  return best;
}

double responsiveness_component(const Expert& expert) {
  // A newcomer starts at one half (one answered out of two, a prior), not at zero.
  return (expert.invitations_answered + 1.0) / (expert.invitations_received + 2.0);
}

Exclusion excluded(const Need& need, const Expert& expert, const Taxonomy& taxonomy,
                   const Weights& w) {
  if (!expert.available) return Exclusion::unavailable;
  if (expert.open_invitations >= w.max_open_invitations)
    return Exclusion::too_many_open_invitations;
  if (skills_component(need, expert, taxonomy, w) <= 0) return Exclusion::no_skill;
  return Exclusion::none;
}

double score_into(const Need& need, const Expert& expert, const Taxonomy& taxonomy,
                  const Weights& w, Scored* out, bool ignore_open_invitations) {
  if (!expert.available) return -1;
  if (!ignore_open_invitations && expert.open_invitations >= w.max_open_invitations) return -1;
  Scored scratch;
  Scored& s = out ? *out : scratch;
  const bool why = out != nullptr;
  s.skills = skills_component(need, expert, taxonomy, w);
  if (s.skills <= 0) return -1;

  std::size_t n = std::min(need.skills.size(), kMaxRequiredSkills);
  std::int64_t full = 0, partial = 0;
  for (std::size_t i = 0; why && i < n; ++i) {
    double best = 0;
    for (const auto& o : expert.skills)
      best = std::max(best, skill_credit(taxonomy, w, need.skills[i], o));
    if (best >= w.narrower)
      ++full;
    else if (best > 0)
      ++partial;
  }
  if (full > 0) s.reasons.push_back({ReasonCode::covers_skills, full, std::int64_t(n), 0});
  if (partial > 0) s.reasons.push_back({ReasonCode::related_skills, partial, std::int64_t(n), 0});

  LangMask shared = need.languages == 0 ? expert.languages : (need.languages & expert.languages);
  double language = need.languages == 0 ? 1.0 : (shared != 0 ? 1.0 : 0.0);
  if (why && shared != 0)
    s.reasons.push_back({ReasonCode::speaks_language, std::countr_zero(shared), 0, 0});

  double remote = need.mode == Mode::on_site ? 0 : remote_credit(expert, w);
  double on_site = 0;
  const Window* win = need.mode == Mode::remote ? nullptr : best_window(need, expert, &on_site);
  if (why && remote > 0)
    s.reasons.push_back({ReasonCode::works_remotely, expert.remote_hours_per_month, 0, 0});
  if (why && win)
    s.reasons.push_back({ReasonCode::on_site_window, win->from, win->to,
                         win->place.commune != 0 ? win->place.commune : win->place.province});
  double availability = std::max(remote, on_site);

  double attachment = 0;
  ReasonCode attach_code = ReasonCode::attached_region;
  for (const auto& p : expert.attachments) {
    ReasonCode c = ReasonCode::attached_region;
    double credit = place_credit(need.place, p, w, &c);
    if (credit > attachment) {
      attachment = credit;
      attach_code = c;
    }
  }
  if (why && attachment > 0) {
    std::int64_t id = attach_code == ReasonCode::attached_commune    ? need.place.commune
                      : attach_code == ReasonCode::attached_province ? need.place.province
                                                                     : need.place.region;
    s.reasons.push_back({attach_code, 0, 0, id});
  }

  double responsiveness = responsiveness_component(expert);
  if (why && expert.invitations_received >= 3 && responsiveness >= 0.5)
    s.reasons.push_back(
        {ReasonCode::responsive, expert.invitations_answered, expert.invitations_received, 0});

  double spread = 1.0 / (1.0 + w.spread_per_recent * expert.recent_invitations);
  s.score = spread * (s.skills * w.skills + language * w.language + availability * w.availability +
                      attachment * w.attachment + responsiveness * w.responsiveness);
  return s.score;
}

std::optional<Scored> score(const Need& need, const Expert& expert, const Taxonomy& taxonomy,
                            const Weights& w) {
  Scored s;
  if (score_into(need, expert, taxonomy, w, &s, false) < 0) return std::nullopt;
  return s;
}

}  // namespace comdev::match
