// What the maturity templates read: the path as a row of stages, a stage's checklist, the
// section of the project's page, the path's own page (ticks, the move, the override) and the
// animators' page that writes a community's checklists. Built in the reader's language by
// maturity_pages.cpp and maturity_section.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "web/page.h"

namespace comdev::maturity {

struct Option {
  std::string value, label;
  bool selected = false;
};

// A stage on the path: reached (before the project's), current, or ahead.
struct StepView {
  std::string code, label, state;
  bool current = false;
};

struct ItemRow {
  std::int64_t id = 0;
  std::string label, lang;  // the label in the reader's language when written in it
  bool done = false;
  bool computed = false;
  std::string computed_label;  // what the platform reads ("computed from the team")
  bool show_evidence = false;
  std::string note, by, at;
  bool can_tick = false;
  std::string tick_action;
};

struct StageBlock {
  std::string code, label, heading;
  bool complete = false;
  bool is_next = false;
  std::vector<ItemRow> items;
};

struct SectionView {
  std::vector<StepView> steps;
  std::string where;         // "Stage 2 of 6: studied"
  std::string next_heading;  // "To become fundable:" ("" at the end of the path)
  std::vector<ItemRow> items;
  bool complete = false;
  std::string missing_text;  // "2 things are missing"
  std::string page_url, team_url, needs_url;
  bool can_manage = false;
};

struct PageView {
  web::LayoutView layout;
  std::string csrf, notice;
  std::string project_title, project_url, team_url;
  std::vector<StepView> steps;
  std::string where;
  std::vector<StageBlock> stages;
  bool can_advance = false, can_override = false;
  std::string advance_action, from;
  std::vector<Option> targets;
  std::string note, override_reason;
  std::string missing_text;
  std::vector<std::string> errors;
};

struct ConfigItem {
  std::int64_t id = 0;
  std::string label_fr, label_ar;
  std::vector<Option> rules;
  std::string edit_action, delete_action;
};

struct ConfigStage {
  std::string code, label;
  std::vector<ConfigItem> items;
  std::vector<Option> rules;  // for the form that adds one
  std::string add_action;
};

struct ConfigView {
  web::LayoutView layout;
  std::string csrf, notice;
  std::vector<Option> communities;  // value: the page's URL for that community
  std::string community_name;
  std::int64_t community_id = 0;
  std::vector<ConfigStage> stages;
  std::vector<std::string> errors;
};

}  // namespace comdev::maturity
