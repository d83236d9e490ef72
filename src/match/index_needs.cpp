// "Top k needs for an expert": the need lists of every skill related to the expert's skills, read
// best credit first (the same skill, then a narrower or broader one, then a sibling). A need not
// met yet when the lists of credit c are reached has no required skill the expert covers better
// than c, so the whole remainder is skipped once even that could not enter the top k. Within a
// list each posting's bound is computed from its compact copy of the need, and only needs that
// could enter the top k are scored in full.
#include <algorithm>
#include <mutex>

#include "match/index.h"
#include "match/topk.h"

namespace comdev::match {

std::vector<Match> Index::needs_for_locked(const Expert& expert, std::size_t k) const {
  const Weights& w = weights_;
  const std::size_t skill_count = taxonomy_->size();
  if (k == 0 || !expert.available) return {};

  // best[r·4 + level]: the credit the expert's skills give a need requiring (r, level).
  thread_local std::vector<double> best;
  best.assign(skill_count * 4, 0.0);
  std::vector<std::pair<double, SkillId>> lists;  // (best credit at any level, skill)
  for (const auto& offered : expert.skills) {
    if (offered.skill >= skill_count) continue;
    for (const auto& rel : taxonomy_->related(offered.skill)) {
      for (int level = 1; level <= 3; ++level) {
        double c = skill_credit(*taxonomy_, w, {rel.skill, Level(level)}, offered);
        double& cell = best[std::size_t(rel.skill) * 4 + std::size_t(level)];
        cell = std::max(cell, c);
      }
    }
  }
  for (SkillId s = 0; s < skill_count; ++s) {
    const double* c = &best[std::size_t(s) * 4];
    double top_credit = std::max({c[1], c[2], c[3]});
    if (top_credit > 0 && !need_postings_[s].empty()) lists.push_back({top_credit, s});
  }
  std::sort(lists.begin(), lists.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });

  const double spread = 1.0 / (1.0 + w.spread_per_recent * expert.recent_invitations);
  const double responsiveness = responsiveness_component(expert);
  const double remote = detail::remote_credit(expert.remote_hours_per_month, w);
  const double attach_max =
      expert.attachments.empty() ? 0.0 : std::max({w.same_commune, w.same_province, w.same_region});
  const double availability_max = std::max(remote, expert.windows.empty() ? 0.0 : 1.0);
  // The most a need in each province bucket can give for attachment.
  const std::size_t buckets = bucket_province_.size();
  std::vector<double> attach(buckets, 0.0);
  for (std::size_t b = 0; b < buckets; ++b) {
    if (b < detail::kFirstProvince) {
      attach[b] = attach_max;  // a need without a province: nothing to compare, assume the best
      continue;
    }
    for (const auto& a : expert.attachments) {
      if (a.province == bucket_province_[b] || (a.province == 0 && a.commune != 0))
        attach[b] = std::max({attach[b], w.same_commune, w.same_province});
      if (a.region != 0 &&
          (a.region == bucket_region_[b] || bucket_region_[b] == detail::kAmbiguousRegion))
        attach[b] = std::max(attach[b], w.same_region);
    }
  }

  thread_local detail::Seen seen;
  seen.start(needs_.items.size());
  detail::TopK top(k);
  Work work;
  auto consider = [&](const detail::NeedPosting& p) {
    ++work.postings;
    double language = p.languages == 0 || (p.languages & expert.languages) != 0 ? 1.0 : 0.0;
    double on_site = 0;
    if (p.mode != static_cast<std::uint8_t>(Mode::remote)) {
      for (const auto& win : expert.windows) {
        if (p.from != 0 && p.to != 0 && !(p.from <= win.to && win.from <= p.to)) continue;
        on_site = std::max(on_site, p.from == 0 ? 0.5 : 1.0);
      }
    }
    double availability =
        std::max(p.mode == static_cast<std::uint8_t>(Mode::on_site) ? 0.0 : remote, on_site);
    double skills = 1;
    if (p.flags & detail::kSkillsInline) {
      double sum = 0;
      for (std::size_t j = 0; j < p.scored; ++j)
        sum += best[std::size_t(detail::packed_skill(p.skills[j])) * 4 +
                    std::size_t(detail::packed_level(p.skills[j]))];
      skills = sum / double(p.scored);
    }
    double bound =
        spread * (w.skills * skills + w.language * language + w.availability * availability +
                  w.attachment * attach[p.bucket] + w.responsiveness * responsiveness);
    if (!top.could_enter(bound) || !seen.first_time(p.slot)) return;
    ++work.scored;
    const Need& n = needs_.items[p.slot];
    double s = score_into(n, expert, *taxonomy_, w, nullptr, true);
    if (s >= 0) top.offer({s, n.need_id, p.slot});
  };

  for (const auto& [credit, skill] : lists) {
    double bound = spread * (w.skills * credit + w.language + w.availability * availability_max +
                             w.attachment * attach_max + w.responsiveness * responsiveness);
    if (!top.could_enter(bound)) break;
    for (const auto& p : need_postings_[skill]) consider(p);
  }
  last_work_ = work;

  std::vector<Match> out;
  for (const auto& r : top.sorted()) {
    Match m{r.id, {}};
    score_into(needs_.items[r.slot], expert, *taxonomy_, w, &m.scored, true);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace comdev::match
