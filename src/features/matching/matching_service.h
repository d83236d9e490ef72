// The matching service: the engine's index (src/match) built from the database at start —
// the skill taxonomy, every member who offers skills, every open skill need, each expert's
// invitation history — and kept current by the change log (topics profile, need, skill), so
// several instances on one database agree within seconds. The features above it ask it who to
// invite for a need (mobilisation), which needs suit a member ("needs for you", the digest), and
// why.
//
// Thread-safety: every method may be called from any worker thread.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/result.h"
#include "features/changes/change_follower.h"
#include "i18n/lang.h"
#include "match/index.h"
#include "match/score.h"
#include "match/weights.h"
#include "store/db.h"

namespace comdev::matching {

class Service {
 public:
  // Builds the index from the database and subscribes it to the follower (call before
  // follower.start()).
  static Result<std::shared_ptr<Service>> build(store::Db& db, changes::Follower& follower,
                                                match::Weights weights = {});
  ~Service();

  // Best k experts for an open skill need, best first, leaving out `exclude` (members already
  // invited or who offered, the carrier's own representatives). nullopt when the need is not an
  // open skill need.
  std::optional<std::vector<match::Match>> experts_for_need(
      std::int64_t need_id, std::size_t k, const std::unordered_set<std::int64_t>& exclude = {});
  // Best k open skill needs for a member; nullopt when the member offers no skill or is gone.
  std::optional<std::vector<match::Match>> needs_for_member(std::int64_t member_id, std::size_t k);
  // One member's score and reasons for one need (the invitation e-mail, an offer's page);
  // nullopt when either is unknown or the member is excluded (opted out, deleted).
  std::optional<match::Scored> explain(std::int64_t need_id, std::int64_t member_id);
  // Whether the member is in the pool and may be invited now (not opted out, not deleted, fewer
  // than the maximum open invitations).
  bool invitable(std::int64_t member_id);

  // Applies this process's own recent writes now; the query methods above call it first, so a
  // write made by this process shows in the very next answer. Never call any method from a
  // change-log listener (it would wait for the poll that is running it).
  void catch_up();

  const match::Weights& weights() const;

 private:
  struct Impl;
  explicit Service(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The reasons as one sentence in the reader's language, e.g. "covers 3 of 4 skills; speaks
// Arabic; in Taliouine 1–20 August; from the province of Taroudant". Territory names are read
// from the database once and cached.
std::string why(store::Db& db, i18n::Lang lang, const std::vector<match::Reason>& reasons);

// The reasons as JSON text (need_invitations.reasons) and back.
std::string reasons_to_json(const std::vector<match::Reason>& reasons);
std::vector<match::Reason> reasons_from_json(const std::string& json);

}  // namespace comdev::matching
