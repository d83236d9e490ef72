// Quality of the matching engine on the evaluation set (eval/matching/, issue 9 deliverable 7):
// for each need, the engine's top 20 experts among the fictional profiles, compared with the
// profiles a careful human judged relevant. Prints per-need precision@5 and recall@20, their
// macro averages, and the worst needs with what the engine proposed and what it missed.
//
//   build/release/bench/match/match_eval [--root DIR] [--worst N] [--need N07] [--set k=v]...
//
// --root: the repository (default: the one it was built from); --need: the top 20 of one need
// with each expert's score, skills credit and whether the judge marked them relevant; --set:
// try another value of a match::Weights field (e.g. --set language=0.3) without editing
// weights.h, to measure a proposed change before making it; --tsv: every need's top 20 as
// tab-separated need, rank, profile, score, skills credit, relevant (for eval/matching/why.py).
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <unordered_map>

#include "eval_set.h"
#include "match/index.h"

using namespace comdev::match;
using namespace comdev::match::eval;

namespace {

constexpr std::size_t kPrecisionAt = 5;
constexpr std::size_t kRecallAt = 20;

struct Row {
  const EvalNeed* need;
  std::vector<std::string> ranked;  // profile ids, best first
  std::vector<Match> matches;
  double precision;
  std::optional<double> recall;
};

void print_detail(const Row& r, const EvalSet& set,
                  const std::unordered_map<std::int64_t, const EvalProfile*>& by_member) {
  const auto& rel = set.relevant.at(r.need->id);
  std::printf("\n%s %s (%zu relevant)\n", r.need->id.c_str(), r.need->title.c_str(), rel.size());
  for (std::size_t i = 0; i < r.matches.size(); ++i) {
    const EvalProfile* p = by_member.at(r.matches[i].id);
    std::printf("  %2zu. %s %s score %.3f skills %.2f  %s\n", i + 1, p->id.c_str(),
                rel.count(p->id) ? "[relevant]" : "          ", r.matches[i].scored.score,
                r.matches[i].scored.skills, p->headline.c_str());
  }
  std::string missed;
  for (const auto& id : rel)
    if (std::find(r.ranked.begin(), r.ranked.end(), id) == r.ranked.end()) missed += " " + id;
  if (!missed.empty())
    std::printf("  relevant, not in the top %zu:%s\n", kRecallAt, missed.c_str());
}

// The Weights fields --set may change, by name.
bool set_weight(Weights& w, const std::string& name, double v) {
  const std::pair<const char*, double*> fields[] = {
      {"skills", &w.skills},
      {"language", &w.language},
      {"availability", &w.availability},
      {"attachment", &w.attachment},
      {"responsiveness", &w.responsiveness},
      {"same", &w.same},
      {"narrower", &w.narrower},
      {"broader", &w.broader},
      {"sibling", &w.sibling},
      {"one_level_below", &w.one_level_below},
      {"two_levels_below", &w.two_levels_below},
      {"same_commune", &w.same_commune},
      {"same_province", &w.same_province},
      {"same_region", &w.same_region},
      {"spread_per_recent", &w.spread_per_recent},
  };
  for (const auto& [field, ptr] : fields)
    if (name == field) {
      *ptr = v;
      return true;
    }
  if (name == "full_remote_hours") {
    w.full_remote_hours = int(v);
    return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  std::string root = source_dir();
  std::size_t worst = 10;
  std::string only;
  Weights weights;
  bool tsv = false;
  for (int i = 1; i < argc; ++i) {
    const bool has_value = i + 1 < argc;
    if (!std::strcmp(argv[i], "--root") && has_value) {
      root = argv[++i];
    } else if (!std::strcmp(argv[i], "--worst") && has_value) {
      worst = std::size_t(std::max(0, std::atoi(argv[++i])));
    } else if (!std::strcmp(argv[i], "--need") && has_value) {
      only = argv[++i];
    } else if (!std::strcmp(argv[i], "--tsv")) {
      tsv = true;
    } else if (!std::strcmp(argv[i], "--set") && has_value) {
      const std::string kv = argv[++i];
      const auto eq = kv.find('=');
      if (eq == std::string::npos ||
          !set_weight(weights, kv.substr(0, eq), std::atof(kv.c_str() + eq + 1))) {
        std::fprintf(stderr, "match_eval: --set wants a Weights field=value, not '%s'\n",
                     kv.c_str());
        return 2;
      }
    } else {
      std::fprintf(stderr,
                   "usage: %s [--root DIR] [--worst N] [--need ID] [--set k=v]... [--tsv]\n",
                   argv[0]);
      return 2;
    }
  }
  EvalSet set;
  try {
    set = load(root);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "match_eval: %s\n", e.what());
    return 1;
  }

  Index index(set.taxonomy, weights);
  std::unordered_map<std::int64_t, const EvalProfile*> by_member;
  for (const auto& p : set.profiles) {
    index.upsert_expert(p.expert);
    by_member[p.expert.member_id] = &p;
  }

  std::vector<Row> rows;
  for (const auto& n : set.needs) {
    Row r{&n, {}, index.experts_for(n.need, kRecallAt), 0, std::nullopt};
    for (const auto& m : r.matches) r.ranked.push_back(by_member.at(m.id)->id);
    const auto& rel = set.relevant.at(n.id);
    r.precision = precision_at(r.ranked, rel, kPrecisionAt);
    r.recall = recall_at(r.ranked, rel, kRecallAt);
    rows.push_back(std::move(r));
  }

  if (tsv) {
    for (const auto& r : rows)
      for (std::size_t i = 0; i < r.matches.size(); ++i)
        std::printf("%s\t%zu\t%s\t%.4f\t%.4f\t%d\n", r.need->id.c_str(), i + 1, r.ranked[i].c_str(),
                    r.matches[i].scored.score, r.matches[i].scored.skills,
                    int(set.relevant.at(r.need->id).count(r.ranked[i])));
    return 0;
  }
  if (!only.empty()) {
    for (const auto& r : rows)
      if (r.need->id == only) {
        print_detail(r, set, by_member);
        return 0;
      }
    std::fprintf(stderr, "match_eval: no need %s\n", only.c_str());
    return 1;
  }

  std::printf("match_eval: %zu needs, %zu profiles, %zu skills\n\n", set.needs.size(),
              set.profiles.size(), set.taxonomy->size());
  std::printf("need  P@5   R@20  relevant  title\n");
  double sum_p = 0, sum_r = 0, sum_ideal = 0;
  std::size_t with_relevant = 0;
  for (const auto& r : rows) {
    const auto& rel = set.relevant.at(r.need->id);
    char recall[8] = " -  ";
    if (r.recall) std::snprintf(recall, sizeof recall, "%.2f", *r.recall);
    std::printf("%-4s  %.2f  %s  %8zu  %s\n", r.need->id.c_str(), r.precision, recall, rel.size(),
                r.need->title.c_str());
    sum_p += r.precision;
    sum_ideal += double(std::min(rel.size(), kPrecisionAt)) / double(kPrecisionAt);
    if (r.recall) {
      sum_r += *r.recall;
      ++with_relevant;
    }
  }
  const double n = double(rows.size());
  std::printf("\nmacro precision@5  %.3f  (best possible with these judgments: %.3f)\n", sum_p / n,
              sum_ideal / n);
  std::printf("macro recall@20    %.3f  (over the %zu needs with at least one relevant profile)\n",
              with_relevant ? sum_r / double(with_relevant) : 0.0, with_relevant);

  std::vector<const Row*> order;
  for (const auto& r : rows) order.push_back(&r);
  std::stable_sort(order.begin(), order.end(), [](const Row* a, const Row* b) {
    return a->precision + a->recall.value_or(1) < b->precision + b->recall.value_or(1);
  });
  if (worst > 0) std::printf("\nworst %zu needs (lowest P@5 + R@20):\n", worst);
  for (std::size_t i = 0; i < std::min(worst, order.size()); ++i)
    print_detail(*order[i], set, by_member);
  return 0;
}
