// What the decision templates read: a project's decision log (open proposals, then the decisions
// taken with their outcome; the form that makes a proposal) and a proposal with its votes and
// the reader's vote form. Built by decision_pages.cpp in the reader's language.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "web/page.h"

namespace comdev::decisions {

struct ChoiceOption {
  std::string value, label;
  bool selected = false;
};

struct DecisionRow {
  std::string title, url, proposer, outcome, outcome_label, deadline_text, counts;
  bool open = false;
};

struct LogView {
  web::LayoutView layout;
  std::string csrf, notice;
  std::string project_title, project_url, team_url;
  std::vector<DecisionRow> open, closed;
  bool can_propose = false;
  std::string propose_action, title, body, deadline, quorum;
  std::vector<std::string> errors;
};

struct VoteRow {
  std::string name, choice, choice_label, reason;
};

struct DecisionView {
  web::LayoutView layout;
  std::string csrf, notice;
  std::string title, html, proposer, log_url, project_title;
  std::string deadline_text, quorum_text, counts;
  bool open = false;
  std::string outcome, outcome_label;
  std::vector<VoteRow> votes;
  bool can_vote = false;
  std::string vote_action, reason;
  std::vector<ChoiceOption> choices;
  std::vector<std::string> errors;
};

}  // namespace comdev::decisions
