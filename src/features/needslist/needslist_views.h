// What the /needs page shows, built from a QueryResult in the reader's language: the filters
// with each value's count, and one row per need of the page.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "features/needslist/needs_index.h"
#include "features/needslist/needs_live.h"
#include "i18n/lang.h"
#include "web/page.h"
#include "web/render.h"

namespace comdev::needslist {

struct OptionView {
  std::string value, label;
  bool selected = false;
};

struct FilterView {
  std::string name, label;
  std::vector<OptionView> options;
};

struct RowView {
  std::string id, title, kind, kind_code, project_id, project_title, place;
  std::string skills, mode, period, effort, material;
  std::optional<web::Money> amount;
};

struct ListView {
  web::LayoutView layout;
  std::vector<FilterView> filters;
  std::vector<RowView> needs;
  std::int64_t total = 0;
  bool filtered = false;
  std::string page_label, prev_url, next_url;
};

// The label of facet f's value `key` in `lang` (a skill's name, a commune's name, "July 2027"…).
std::string value_label(i18n::Lang lang, Facet f, std::int64_t key, const Dictionary& d);
std::string place_name(i18n::Lang lang, const Dictionary& d, std::int64_t id);

std::vector<FilterView> filter_views(i18n::Lang lang, const Query& q, const QueryResult& r,
                                     const Dictionary& d);
RowView row_view(i18n::Lang lang, const NeedEntry& e, const Dictionary& d);

}  // namespace comdev::needslist
