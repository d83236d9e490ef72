#include "features/decisions/decision_rules.h"

namespace comdev::decisions {

std::string_view name(Choice c) {
  return kChoices[static_cast<std::size_t>(c)];
}

std::optional<Choice> parse_choice(std::string_view s) {
  for (std::size_t i = 0; i < kChoices.size(); ++i) {
    if (kChoices[i] == s) return static_cast<Choice>(i);
  }
  return std::nullopt;
}

std::string_view name(Outcome o) {
  return kOutcomes[static_cast<std::size_t>(o)];
}

std::optional<Outcome> parse_outcome(std::string_view s) {
  for (std::size_t i = 0; i < kOutcomes.size(); ++i) {
    if (kOutcomes[i] == s) return static_cast<Outcome>(i);
  }
  return std::nullopt;
}

void Tally::add(Choice c) {
  switch (c) {
    case Choice::agree:
      ++agree;
      break;
    case Choice::abstain:
      ++abstain;
      break;
    case Choice::disagree:
      ++disagree;
      break;
    case Choice::block:
      ++block;
      break;
  }
}

bool open_for_votes(std::string_view deadline, core::Seconds now) {
  auto d = core::parse_iso(deadline);
  return d && now < *d;
}

bool acceptable_deadline(core::Seconds deadline, core::Seconds now, std::chrono::seconds notice) {
  return deadline >= now + notice && deadline <= now + kLongestVote;
}

Outcome outcome(const Tally& t, int quorum) {
  if (t.block > 0) return Outcome::blocked;
  if (t.total() == 0 || t.total() < quorum) return Outcome::no_quorum;
  return t.agree > t.disagree ? Outcome::adopted : Outcome::rejected;
}

}  // namespace comdev::decisions
