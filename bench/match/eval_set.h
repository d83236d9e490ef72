// The matching evaluation set (eval/matching/): skill needs of the demo community, fictional
// expert profiles, and for each need the profiles a careful human judged relevant. Loaded into
// the engine's own types so match_eval ranks exactly as the server would, and scored with
// precision@5 and recall@20 (eval/matching/README.md, docs/matching.md).
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "match/model.h"
#include "match/taxonomy.h"

namespace comdev::match::eval {

struct EvalNeed {
  std::string id;  // "N01"
  std::string title;
  Need need;  // need_id: position in needs.json, from 1
};

struct EvalProfile {
  std::string id;  // "P001"
  std::string headline;
  Expert expert;  // member_id: position in profiles.json, from 1
};

struct EvalSet {
  std::shared_ptr<const Taxonomy> taxonomy;
  std::vector<EvalNeed> needs;
  std::vector<EvalProfile> profiles;
  std::map<std::string, std::set<std::string>> relevant;  // need id -> profile ids
};

// Reads data/skills.json, demo/territories.json and eval/matching/{needs,profiles,
// judgments}.json under `root`. Throws std::runtime_error naming the file and the entry on an
// unknown skill, language, place, profile or need, or a malformed date: a broken set must not
// print figures.
EvalSet load(const std::string& root);

// The repository this program was built from (where the files above are by default).
std::string source_dir();

// Share of the first k ranked ids that are relevant; the denominator is k even when fewer were
// ranked (an engine that proposes nobody earns nothing).
double precision_at(const std::vector<std::string>& ranked, const std::set<std::string>& relevant,
                    std::size_t k);
// Share of the relevant ids found in the first k ranked; nullopt when nothing is relevant.
std::optional<double> recall_at(const std::vector<std::string>& ranked,
                                const std::set<std::string>& relevant, std::size_t k);

}  // namespace comdev::match::eval
