// All SQL of the matching feature: what the engine's index is built from at start (the skill
// tree, every member who offers skills with their languages, hours, windows, attachments and
// invitation history, every open skill need) and what it re-reads when the change log names a
// member, a need or a project; plus what the pages show beside a match (names, visibility, who
// to leave out). None of these functions writes.
//
// The bulk load reads members by ranges of ids, a few statements per range, each ordered by
// member id, so a pool of a million experts is read without holding it twice in memory.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/result.h"
#include "match/model.h"
#include "store/db.h"

namespace comdev::matching {

// A territory as the engine and the sentences need it.
struct Territory {
  std::int64_t id = 0;
  std::int64_t parent_id = 0;
  std::string kind;  // region | province | commune | douar
  std::string name_fr, name_ar;
};

// What turns database ids into the engine's values: a skill's dense id, a territory's place.
struct Lookup {
  std::unordered_map<std::int64_t, match::SkillId> skills;
  std::unordered_map<std::int64_t, match::Place> places;  // every territory, resolved upwards
  match::Place place(std::int64_t territory_id) const;
  bool knows_territory(std::int64_t territory_id) const {
    return territory_id == 0 || places.contains(territory_id);
  }
};

// A skill row: its id, slug and its parent's slug ("" for a domain).
struct SkillNode {
  std::int64_t id = 0;
  std::string slug, parent_slug;
};

// An open skill need, with the project it belongs to (a project change re-reads its needs).
struct NeedRow {
  match::Need need;
  std::int64_t project_id = 0;
  bool open_skill = false;  // false: known, but not an open skill need (leaves the index)
};

// What the API and pages check about a need before asking for its matches.
struct NeedFacts {
  std::int64_t id = 0;
  std::string kind, status;
  std::int64_t carrier_id = 0;
};

// A member as shown beside a match.
struct MemberCard {
  std::int64_t id = 0;
  std::string display_name;
  std::unordered_map<std::string, std::string> visibility;  // field -> level, as stored
};

namespace matching_store {

Result<std::vector<SkillNode>> skill_tree(store::Db& db);
Result<std::vector<Territory>> territories(store::Db& db);
// The whole tree again when a territory with an id above `known_max` exists; empty otherwise
// (one cheap statement in the usual case).
Result<std::vector<Territory>> territories_if_newer(store::Db& db, std::int64_t known_max);

// Every expert (a member with at least one skill), in member id order, `batch` members of the
// id range at a time. Members who opted out of invitations come with available = false;
// deleted or anonymised accounts are left out. `recent_since` (ISO): invitations created since then
// count as recent.
Status for_each_expert(store::Db& db, const Lookup& lookup, const std::string& recent_since,
                       const std::function<void(match::Expert&&)>& each);
// The named members as experts; a member with no skill or no account is left out.
Result<std::vector<match::Expert>> experts_by_ids(store::Db& db, const Lookup& lookup,
                                                  const std::string& recent_since,
                                                  std::span<const std::int64_t> ids);

// Every open skill need (status open or discussion).
Result<std::vector<NeedRow>> open_needs(store::Db& db, const Lookup& lookup);
// The named needs / the needs of the named projects, whatever their state (open_skill tells).
Result<std::vector<NeedRow>> needs_by_ids(store::Db& db, const Lookup& lookup,
                                          std::span<const std::int64_t> ids);
Result<std::vector<NeedRow>> needs_of_projects(store::Db& db, const Lookup& lookup,
                                               std::span<const std::int64_t> project_ids);

Result<std::optional<NeedFacts>> need_facts(store::Db& db, std::int64_t need_id);
// Who the experts list of a need leaves out: members already invited to it or who offered on
// it, and the verified representatives of the carrier.
Result<std::unordered_set<std::int64_t>> excluded_for_need(store::Db& db, std::int64_t need_id,
                                                           std::int64_t carrier_id);
// Display names and visibility choices of the named members (deleted ones are left out).
Result<std::unordered_map<std::int64_t, MemberCard>> member_cards(
    store::Db& db, std::span<const std::int64_t> ids);
// Titles of the named needs with their project's title.
struct NeedTitle {
  std::string title, project_title;
};
Result<std::unordered_map<std::int64_t, NeedTitle>> need_titles(store::Db& db,
                                                                std::span<const std::int64_t> ids);
// Whether the member exists and has not deleted their account.
Result<bool> member_exists(store::Db& db, std::int64_t member_id);

}  // namespace matching_store
}  // namespace comdev::matching
