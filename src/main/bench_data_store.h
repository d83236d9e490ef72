// The SQL of `comdev bench-data`: reads the real places, organisations and skills loaded by
// `comdev demo`, and writes synthetic projects and needs in multi-row INSERTs (a few hundred
// rows per statement, one prepared statement per table and batch size).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/db.h"

namespace comdev::bench_data::bench_data_store {

// A commune or a douar, with the position to show it at (its own, else its commune's, else its
// province's) and the commune and province it belongs to.
struct Place {
  std::int64_t id = 0;
  std::string kind;  // "commune" | "douar"
  std::string name;
  std::int64_t commune_id = 0;  // itself for a commune
  std::optional<double> lat, lon;
};

struct Organisation {
  std::int64_t id = 0;
  std::string type;
  std::optional<std::int64_t> territory_id;
};

struct Skill {
  std::int64_t id = 0;
  std::string slug;
  std::string name_fr;
};

struct Catalog {
  std::vector<Place> places;
  std::vector<Organisation> organisations;
  std::vector<Skill> skills;
};

Result<Catalog> read_catalog(store::Conn& conn);

// The first free id of projects / needs: the generator numbers its rows itself so that needs
// can name their project without a round trip per row.
Result<std::int64_t> next_project_id(store::Conn& conn);
Result<std::int64_t> next_need_id(store::Conn& conn);

struct ProjectRow {
  std::int64_t id = 0;
  std::string title, summary, description_md, status;
  std::int64_t carrier_id = 0, territory_id = 0;
  std::optional<double> lat, lon;
  std::string created_at;
};

struct StatusChangeRow {
  std::int64_t project_id = 0;
  std::optional<std::string> from_status;
  std::string to_status, changed_at;
};

struct NeedRow {
  std::int64_t id = 0, project_id = 0;
  std::string kind, title, description, status;
  std::optional<std::string> mode, period_start, period_end, currency, item;
  std::optional<std::int64_t> effort_days, amount_minor, quantity;
  std::string created_at;
};

struct NeedSkillRow {
  std::int64_t need_id = 0, skill_id = 0;
  std::string level;
};

// One batch of generated rows, written together (inside the caller's transaction).
struct Batch {
  std::vector<ProjectRow> projects;
  std::vector<std::pair<std::int64_t, std::string>> sectors;  // project id, sector code
  std::vector<StatusChangeRow> status_changes;
  std::vector<NeedRow> needs;
  std::vector<NeedSkillRow> need_skills;
  std::vector<std::pair<std::int64_t, std::string>> need_languages;  // need id, language code
};

Status insert(store::Conn& conn, const Batch& batch);

// What a generated database holds, for the command's tests.
struct Totals {
  std::int64_t projects = 0, needs = 0, open_needs = 0, skill_needs = 0;
  std::int64_t places_used = 0;  // distinct territories of projects
  std::int64_t max_needs_per_project = 0;
  std::int64_t outside_communes = 0;  // projects on a territory that is not a commune or douar
};
Result<Totals> totals(store::Conn& conn);

// --- Experts: the places, the skill tree and the open skill needs they are drawn
// against, and the rows of a batch of synthetic experts.
struct ExpertWorld {
  struct Province {
    std::int64_t id = 0, region_id = 0;
    std::string name;
    std::vector<std::pair<std::int64_t, std::string>> communes;  // id, name
  };
  std::vector<Province> provinces;
  struct SkillNode {
    std::int64_t id = 0;
    std::string slug, parent_slug;  // "" for a domain
  };
  std::vector<SkillNode> skills;
  std::vector<std::int64_t> open_skill_needs;
};
Result<ExpertWorld> read_expert_world(store::Conn& conn);
Result<std::int64_t> next_member_id(store::Conn& conn);

struct MemberRow {
  std::int64_t id = 0;
  std::string email, display_name, created_at;
};
struct ProfileRow {
  std::int64_t member_id = 0;
  std::string bio, country, city, origin_text;
  bool of_heart = false, open_to_invitations = true;
  std::int64_t remote_hours = 0;
  std::string updated_at;
};
struct MemberSkillRow {
  std::int64_t member_id = 0, skill_id = 0;
  std::string level;
};
struct WindowRow {
  std::int64_t member_id = 0, territory_id = 0;
  std::string place_text, starts_on, ends_on;
};
struct InvitationRow {
  std::int64_t need_id = 0, expert_id = 0;
  std::string status, created_at, expires_at;
  std::optional<std::string> answered_at;
};
struct ExpertBatch {
  std::vector<MemberRow> members;
  std::vector<ProfileRow> profiles;
  std::vector<MemberSkillRow> skills;
  std::vector<std::pair<std::int64_t, std::string>> languages;  // member id, language code
  std::vector<WindowRow> windows;
  std::vector<std::pair<std::int64_t, std::int64_t>> attachments;  // member id, territory id
  std::vector<InvitationRow> invitations;
};
Status insert(store::Conn& conn, const ExpertBatch& batch);

struct ExpertTotals {
  std::int64_t experts = 0, skills = 0, windows = 0, attachments = 0, invitations = 0;
  std::int64_t open_to_invitations = 0;
};
Result<ExpertTotals> expert_totals(store::Conn& conn);

// PostgreSQL identity columns do not move when ids are given explicitly: move them past the
// generated rows so that later inserts get fresh ids. Nothing to do on SQLite.
Status advance_sequences(store::Conn& conn);

}  // namespace comdev::bench_data::bench_data_store
