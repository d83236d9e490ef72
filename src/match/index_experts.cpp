// "Top k experts for a need": a threshold algorithm over the posting lists of the skills related
// to the need's required skills, split by province bucket and sorted by key (docs/matching.md).
//
// The bound. For an expert e with key K = spread·(W_s + q) — q the most its language,
// availability and responsiveness can add — and skills component S = (1/n)·Σᵢ creditᵢ:
//
//   score ≤ spread·(W_s·S + q) + W_at·a  ≤  K·(α + β·S) + W_at·a
//
// with β = W_s / (W_s + Q), α = 1 − β (Q: the largest q, so spread ≥ K / (W_s + Q)) and a the
// attachment bound of the bucket. Take the lists of a bucket that are not read to their end, by
// cursor key, best first: L1 ≥ L2 ≥ … An expert not read yet in any of them has K at most the
// cursor key of each list it is in; if the last of those is Lj, its K is at most key(Lj) and its
// credits come from L1…Lj only. So no unread expert of the bucket scores more than
//
//   max over j of  key(Lj)·(α + β·Smax(L1…Lj)) + W_at·a,   Smax = (1/n)·Σᵢ max over the lists of
//                                                                   the credit they give skill i
//
// and the query stops when that is below the k-th score in every bucket. An expert who must
// cover two skills to enter is thus looked for only until one of the two lists is read.
#include <algorithm>
#include <cstdint>
#include <mutex>

#include "match/index.h"
#include "match/topk.h"

namespace comdev::match {
namespace {

using detail::ExpertPosting;

// Postings read from one list before the bounds are looked at again.
constexpr std::size_t kBlock = 32;

struct Cursor {
  const detail::ExpertList* list;
  std::size_t pos = 0;
  std::uint16_t bucket = 0;
  bool windows = false;  // the list of experts with on-site windows
  // The key under the cursor, kept here so that computing a bound reads no posting.
  double key = 0;
  bool done() const { return pos >= list->sorted.size(); }
  void advance_to(std::size_t p) {
    pos = p;
    key = done() ? 0.0 : double(list->sorted[pos].key);
  }
};

}  // namespace

double Index::bucket_attachment_bound(std::uint16_t bucket, const Need& need) const {
  const Weights& w = weights_;
  const Place& at = need.place;
  if (bucket == detail::kNoAttachment) return 0;
  double best = 0;
  if (bucket == detail::kNoProvince) {
    if (at.commune != 0) best = std::max(best, w.same_commune);
    if (at.region != 0) best = std::max(best, w.same_region);
    return best;
  }
  std::int64_t province = bucket_province_[bucket];
  std::int64_t region = bucket_region_[bucket];
  if (at.commune != 0 && (at.province == 0 || at.province == province))
    best = std::max(best, w.same_commune);
  if (at.province != 0 && at.province == province) best = std::max(best, w.same_province);
  if (at.region != 0 && (region == at.region || region == detail::kAmbiguousRegion))
    best = std::max(best, w.same_region);
  return best;
}

std::vector<Match> Index::experts_for_locked(const Need& need, std::size_t k) const {
  const Weights& w = weights_;
  const std::size_t skill_count = taxonomy_->size();
  const std::size_t n = std::min(need.skills.size(), kMaxRequiredSkills);
  last_work_ = {};
  if (n == 0 || k == 0) return {};

  // credit[(i·skills + s)·4 + level]: what offered skill s at that level gives required skill i.
  thread_local std::vector<double> credit;
  thread_local std::vector<std::uint8_t> touched_mark;
  credit.assign(n * skill_count * 4, 0.0);
  touched_mark.assign(skill_count, 0);
  std::vector<SkillId> touched;
  for (std::size_t i = 0; i < n; ++i) {
    const SkillLevel& required = need.skills[i];
    if (required.skill >= skill_count) continue;
    for (const auto& rel : taxonomy_->related(required.skill)) {
      for (int level = 1; level <= 3; ++level) {
        double c = skill_credit(*taxonomy_, w, required, {rel.skill, Level(level)});
        double& cell = credit[(i * skill_count + rel.skill) * 4 + std::size_t(level)];
        cell = std::max(cell, c);
      }
      if (!touched_mark[rel.skill]) {
        touched_mark[rel.skill] = 1;
        touched.push_back(rel.skill);
      }
    }
  }
  auto list_credit = [&](SkillId s, std::size_t i) {
    const double* c = &credit[(i * skill_count + s) * 4];
    return std::max({c[1], c[2], c[3]});
  };

  const double q_max = w.language + w.availability + w.responsiveness;
  const double beta = w.skills + q_max > 0 ? w.skills / (w.skills + q_max) : 0.0;
  const double alpha = 1.0 - beta;
  const std::size_t buckets = bucket_province_.size();
  std::vector<double> attach(buckets);
  for (std::size_t b = 0; b < buckets; ++b)
    attach[b] = bucket_attachment_bound(static_cast<std::uint16_t>(b), need);

  // One cursor per non-empty list; lcredit[c·n + i]: the credit its skill gives skill i.
  std::vector<Cursor> cursors;
  std::vector<double> lcredit;
  std::vector<std::vector<std::uint32_t>> in_bucket(buckets);
  for (SkillId s : touched) {
    for (std::size_t l = 0; l < 2 * buckets; ++l) {
      const auto& list = expert_postings_[s][l];
      if (list.empty()) continue;
      std::size_t b = l / 2;
      Cursor c{&list, 0, static_cast<std::uint16_t>(b), l % 2 == 1, 0};
      c.advance_to(0);
      for (std::size_t i = 0; i < n; ++i) lcredit.push_back(list_credit(s, i));
      in_bucket[b].push_back(static_cast<std::uint32_t>(cursors.size()));
      cursors.push_back(c);
    }
  }

  // The bound above for bucket b, -1 when every list of it has been read to its end; *pick: the
  // list to read next. Experts with and without on-site windows are in different lists, so each
  // kind has its own bound (for an on-site need, an expert without windows has no availability:
  // its score is at most W_s·S + W_lang + W_resp). The bound is reached by a prefix L1…Lj; to
  // bring it down, the credit of one required skill must leave that prefix: the skill whose
  // lists in it have the fewest postings left is chosen, and its shortest list there is read.
  std::vector<std::uint32_t> order;
  std::vector<double> cmax(n), left(n);
  std::vector<double> weight(cursors.size(), 0.0);
  for (std::size_t c = 0; c < cursors.size(); ++c)
    for (std::size_t i = 0; i < n; ++i) weight[c] += lcredit[c * n + i];
  const bool cap_without_windows = need.mode == Mode::on_site;
  auto bucket_bound = [&](std::size_t b, std::uint32_t* pick) {
    double best = -1;
    for (int kind = 0; kind < 2; ++kind) {
      order.clear();
      for (auto c : in_bucket[b])
        if (!cursors[c].done() && cursors[c].windows == (kind == 1)) order.push_back(c);
      if (order.empty()) continue;
      // Equal keys: the list that gives more credit first, so that the best prefix is short.
      std::sort(order.begin(), order.end(), [&](auto x, auto y) {
        return cursors[x].key > cursors[y].key ||
               (cursors[x].key == cursors[y].key && weight[x] > weight[y]);
      });
      std::fill(cmax.begin(), cmax.end(), 0.0);
      double kind_best = -1;
      std::size_t best_j = 0;
      for (std::size_t j = 0; j < order.size(); ++j) {
        const Cursor& c = cursors[order[j]];
        if (c.key < kind_best) break;  // α + β·S ≤ 1: no later prefix can do better
        double sum = 0;
        for (std::size_t i = 0; i < n; ++i) {
          cmax[i] = std::max(cmax[i], lcredit[order[j] * n + i]);
          sum += cmax[i];
        }
        double v = c.key * (alpha + beta * sum / double(n));
        if (kind == 0 && cap_without_windows)
          v = std::min(v, w.skills * sum / double(n) + w.language + w.responsiveness);
        if (v > kind_best) {
          kind_best = v;
          best_j = j;
        }
      }
      if (kind_best <= best) continue;
      best = kind_best;
      if (!pick) continue;
      std::fill(left.begin(), left.end(), 0.0);
      for (std::size_t j = 0; j <= best_j; ++j) {
        const Cursor& c = cursors[order[j]];
        for (std::size_t i = 0; i < n; ++i)
          if (lcredit[order[j] * n + i] > 0) left[i] += double(c.list->sorted.size() - c.pos);
      }
      std::size_t skill = 0;
      for (std::size_t i = 1; i < n; ++i)
        if (left[skill] == 0 || (left[i] > 0 && left[i] < left[skill])) skill = i;
      std::size_t shortest = SIZE_MAX;
      for (std::size_t j = 0; j <= best_j; ++j) {
        const Cursor& c = cursors[order[j]];
        std::size_t remaining = c.list->sorted.size() - c.pos;
        if (lcredit[order[j] * n + skill] > 0 && remaining < shortest) {
          shortest = remaining;
          *pick = order[j];
        }
      }
    }
    return best < 0 ? -1.0 : best + w.attachment * attach[b];
  };

  thread_local detail::Seen seen;
  seen.start(experts_.items.size());
  detail::TopK top(k);
  const double* cred = credit.data();
  // How near an on-site window in a bucket can be to the need: 1 in its province (or commune),
  // 0.7 elsewhere (score.cpp, window_credit).
  std::vector<double> near(buckets, 0.7);
  for (std::size_t b = 0; b < buckets; ++b) {
    const Place& at = need.place;
    if (b == detail::kNoProvince)
      near[b] = at.commune != 0 ? 1.0 : 0.7;
    else if (b >= detail::kFirstProvince &&
             ((at.province != 0 && bucket_province_[b] == at.province) ||
              (at.commune != 0 && at.province == 0)))
      near[b] = 1.0;
  }
  const bool has_period = need.from != 0 && need.to != 0;
  const double period_factor = need.from == 0 ? 0.5 : 1.0;
  auto consider = [&](const ExpertPosting& p, double attachment) {
    ++last_work_.postings;
    double language = need.languages == 0 || (need.languages & p.languages) != 0 ? 1.0 : 0.0;
    double remote = need.mode == Mode::on_site ? 0.0 : p.remote / 255.0;
    double on_site = 0;
    if (need.mode != Mode::remote && (p.flags & detail::kHasWindow) &&
        (!has_period || (need.from <= detail::span_last(p.window_to) &&
                         detail::span_first(p.window_from) <= need.to)))
      on_site = period_factor * (p.window_bucket < buckets ? near[p.window_bucket] : 1.0);
    double spread = p.spread / 255.0;
    double rest = w.language * language + w.availability * std::max(remote, on_site) +
                  w.attachment * attachment + w.responsiveness * (p.responsiveness / 255.0);
    if (!top.could_enter(spread * (w.skills + rest))) return;
    if (p.flags & detail::kSkillsInline) {
      double sum = 0;
      for (std::size_t i = 0; i < n; ++i) {
        double best = 0;
        for (auto packed : p.skills) {
          if (packed == detail::kNoSkill) break;
          best = std::max(best, cred[(i * skill_count + detail::packed_skill(packed)) * 4 +
                                     std::size_t(detail::packed_level(packed))]);
        }
        sum += best;
      }
      if (!top.could_enter(spread * (w.skills * sum / double(n) + rest))) return;
    }
    if (!seen.first_time(p.slot)) return;
    ++last_work_.scored;
    const Expert& e = experts_.items[p.slot];
    double s = score_into(need, e, *taxonomy_, w, nullptr);
    if (s >= 0) top.offer({s, e.member_id, p.slot});
  };

  std::vector<double> bound(buckets);
  std::vector<std::uint32_t> next(buckets, 0);
  std::vector<std::uint32_t> streak(buckets, 0);
  for (std::size_t b = 0; b < buckets; ++b) bound[b] = bucket_bound(b, &next[b]);
  for (;;) {
    std::size_t b = std::max_element(bound.begin(), bound.end()) - bound.begin();
    if (bound[b] < 0 || !top.could_enter(bound[b])) break;
    Cursor& cur = cursors[next[b]];
    // A list read again and again is read in growing blocks, so bounds are not recomputed
    // every few postings.
    std::size_t block = kBlock << std::min<std::uint32_t>(streak[b], 5);
    std::size_t end = std::min(cur.list->sorted.size(), cur.pos + block);
    for (std::size_t i = cur.pos; i < end; ++i) consider(cur.list->sorted[i], attach[b]);
    cur.advance_to(end);
    std::uint32_t previous = next[b];
    bound[b] = bucket_bound(b, &next[b]);
    streak[b] = next[b] == previous ? streak[b] + 1 : 0;
  }
  // Postings not merged yet are read in full.
  for (const auto& c : cursors)
    for (const auto& p : c.list->tail) consider(p, attach[c.bucket]);

  std::vector<Match> out;
  for (const auto& r : top.sorted()) {
    Match m{r.id, {}};
    score_into(need, experts_.items[r.slot], *taxonomy_, w, &m.scored);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace comdev::match
