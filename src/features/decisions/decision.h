// A project team's decisions (migrations/0023_workspace): a proposal in Markdown voted on with
// agree / abstain / disagree / block until its deadline, with an optional quorum, one vote per
// member (changeable until the deadline) with a reason, and the outcome recorded at the
// deadline in the project's decision log. Plain structs; std only.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace comdev::decisions {

enum class Choice { agree, abstain, disagree, block };
inline constexpr std::array<std::string_view, 4> kChoices = {"agree", "abstain", "disagree",
                                                             "block"};
std::string_view name(Choice c);
std::optional<Choice> parse_choice(std::string_view s);

enum class Outcome { adopted, rejected, blocked, no_quorum };
inline constexpr std::array<std::string_view, 4> kOutcomes = {"adopted", "rejected", "blocked",
                                                              "no_quorum"};
std::string_view name(Outcome o);
std::optional<Outcome> parse_outcome(std::string_view s);

// How many votes of each choice.
struct Tally {
  int agree = 0, abstain = 0, disagree = 0, block = 0;
  int total() const { return agree + abstain + disagree + block; }
  void add(Choice c);
};

struct Proposal {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string title;
  std::string body_md;
  std::string deadline;  // ISO UTC
  int quorum = 0;        // 0: none
  std::int64_t proposed_by = 0;
  std::string proposer_name;
  std::string created_at;
  std::optional<Outcome> outcome;  // nullopt until closed
  std::string closed_at;
  Tally tally;  // as recorded at closing; the live count is read from the votes while open
};

struct Vote {
  std::int64_t member_id = 0;
  std::string display_name;
  Choice choice = Choice::agree;
  std::string reason;
  std::string voted_at;
};

struct NewProposal {
  std::string title, body;
  std::string deadline;  // ISO UTC, checked against the clock by the use case
  int quorum = 0;
};

struct VoteInput {
  Choice choice = Choice::agree;
  std::string reason;
};

}  // namespace comdev::decisions
