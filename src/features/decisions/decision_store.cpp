#include "features/decisions/decision_store.h"

#include "features/decisions/decision_rules.h"

namespace comdev::decisions::decision_store {
namespace {

constexpr const char* kColumns =
    "SELECT d.id, d.project_id, d.title, d.body_md, d.deadline, d.quorum, "
    "COALESCE(d.proposed_by, 0), COALESCE(m.display_name, ''), d.created_at, "
    "COALESCE(d.outcome, ''), COALESCE(d.closed_at, ''), d.n_agree, d.n_abstain, d.n_disagree, "
    "d.n_block FROM decisions d LEFT JOIN members m ON m.id = d.proposed_by ";

std::vector<Proposal> proposals(const store::Rows& rows) {
  std::vector<Proposal> out;
  for (const auto& r : rows.rows) {
    Proposal p;
    p.id = r.integer(0);
    p.project_id = r.integer(1);
    p.title = r.text(2);
    p.body_md = r.text(3);
    p.deadline = r.text(4);
    p.quorum = static_cast<int>(r.integer(5));
    p.proposed_by = r.integer(6);
    p.proposer_name = r.text(7);
    p.created_at = r.text(8);
    p.outcome = parse_outcome(r.text(9));
    p.closed_at = r.text(10);
    p.tally = {static_cast<int>(r.integer(11)), static_cast<int>(r.integer(12)),
               static_cast<int>(r.integer(13)), static_cast<int>(r.integer(14))};
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

Result<std::optional<Proposal>> find(store::Conn& c, std::int64_t id) {
  auto rows = c.query(std::string(kColumns) + "WHERE d.id = $1", store::params(id));
  if (!rows) return rows.error();
  auto list = proposals(*rows);
  if (list.empty()) return std::optional<Proposal>{};
  return std::optional<Proposal>{std::move(list.front())};
}

Result<std::vector<Proposal>> list(store::Conn& c, std::int64_t project_id) {
  auto rows = c.query(std::string(kColumns) + "WHERE d.project_id = $1 ORDER BY d.id DESC LIMIT $2",
                      store::params(project_id, static_cast<std::int64_t>(kLogLimit)));
  if (!rows) return rows.error();
  return proposals(*rows);
}

Result<std::vector<Vote>> votes(store::Conn& c, std::int64_t decision_id) {
  auto rows = c.query(
      "SELECT v.member_id, m.display_name, v.choice, v.reason, v.voted_at "
      "FROM decision_votes v JOIN members m ON m.id = v.member_id "
      "WHERE v.decision_id = $1 ORDER BY v.voted_at, v.member_id",
      store::params(decision_id));
  if (!rows) return rows.error();
  std::vector<Vote> out;
  for (const auto& r : rows->rows) {
    out.push_back({r.integer(0), r.text(1), parse_choice(r.text(2)).value_or(Choice::abstain),
                   r.text(3), r.text(4)});
  }
  return out;
}

Result<std::vector<std::int64_t>> due(store::Conn& c, std::int64_t project_id,
                                      const std::string& now) {
  auto rows = c.query(
      "SELECT id FROM decisions WHERE project_id = $1 AND outcome IS NULL AND deadline <= $2 "
      "ORDER BY id",
      store::params(project_id, now));
  if (!rows) return rows.error();
  std::vector<std::int64_t> out;
  for (const auto& r : rows->rows) out.push_back(r.integer(0));
  return out;
}

Result<std::vector<std::int64_t>> due_everywhere(store::Conn& c, const std::string& now,
                                                 int limit) {
  auto rows = c.query(
      "SELECT id FROM decisions WHERE outcome IS NULL AND deadline <= $1 ORDER BY deadline, id "
      "LIMIT $2",
      store::params(now, limit));
  if (!rows) return rows.error();
  std::vector<std::int64_t> out;
  for (const auto& r : rows->rows) out.push_back(r.integer(0));
  return out;
}

Result<std::vector<Proposal>> closed_between(store::Conn& c,
                                             const std::vector<std::int64_t>& projects,
                                             const std::string& since, const std::string& now,
                                             int limit) {
  if (projects.empty()) return std::vector<Proposal>{};
  std::vector<store::Value> params = store::params(since, now, limit);
  std::string in;
  for (auto id : projects) {
    params.emplace_back(id);
    if (!in.empty()) in += ", ";
    in += "$" + std::to_string(params.size());
  }
  auto rows = c.query(std::string(kColumns) + "WHERE d.project_id IN (" + in +
                          ") AND d.outcome IS NOT NULL AND d.closed_at > $1 AND d.closed_at <= $2 "
                          "ORDER BY d.closed_at DESC, d.id DESC LIMIT $3",
                      params);
  if (!rows) return rows.error();
  return proposals(*rows);
}

Result<std::int64_t> insert(store::Conn& c, std::int64_t project_id, const NewProposal& in,
                            std::int64_t by, const std::string& now) {
  auto rows = c.query(
      "INSERT INTO decisions (project_id, title, body_md, deadline, quorum, proposed_by, "
      "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
      store::params(project_id, in.title, in.body, in.deadline, in.quorum, by, now));
  if (!rows) return rows.error();
  return rows->rows.front().integer(0);
}

Result<bool> lock_open(store::Conn& c, std::int64_t id) {
  auto rows =
      c.query("UPDATE decisions SET quorum = quorum WHERE id = $1 AND outcome IS NULL RETURNING id",
              store::params(id));
  if (!rows) return rows.error();
  return !rows->empty();
}

Status upsert_vote(store::Conn& c, std::int64_t decision_id, std::int64_t member_id,
                   const VoteInput& in, const std::string& now) {
  auto r = c.query(
      "INSERT INTO decision_votes (decision_id, member_id, choice, reason, voted_at) "
      "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (decision_id, member_id) DO UPDATE SET "
      "choice = excluded.choice, reason = excluded.reason, voted_at = excluded.voted_at",
      store::params(decision_id, member_id, std::string(name(in.choice)), in.reason, now));
  if (!r) return r.error();
  return {};
}

Result<bool> close(store::Conn& c, std::int64_t id, Outcome o, const Tally& t,
                   const std::string& now) {
  auto rows = c.query(
      "UPDATE decisions SET outcome = $2, closed_at = $3, n_agree = $4, n_abstain = $5, "
      "n_disagree = $6, n_block = $7 WHERE id = $1 AND outcome IS NULL RETURNING id",
      store::params(id, std::string(name(o)), now, t.agree, t.abstain, t.disagree, t.block));
  if (!rows) return rows.error();
  return !rows->empty();
}

}  // namespace comdev::decisions::decision_store
