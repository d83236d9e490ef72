#include "features/plans/plan_rules.h"

#include <algorithm>

#include "core/text.h"
#include "core/utf8.h"
#include "i18n/text_encoding.h"

namespace comdev::plans {

bool is_priority(std::string_view s) {
  return std::find(kPriorities.begin(), kPriorities.end(), s) != kPriorities.end();
}
bool is_status(std::string_view s) {
  return std::find(kStatuses.begin(), kStatuses.end(), s) != kStatuses.end();
}

namespace {

// Lower-cased ASCII with the French accents of header and value words folded (é → e), spaces
// and underscores unified, so "Priorité", "PRIORITE" and "priorite " compare equal.
std::string fold(std::string_view s) {
  std::string in = core::to_lower_ascii(core::trim_space(s));
  struct Pair {
    std::string_view from, to;
  };
  static constexpr Pair kFolds[] = {
      {"\xc3\xa9", "e"}, {"\xc3\xa8", "e"}, {"\xc3\xaa", "e"}, {"\xc3\x89", "e"}, {"\xc3\xa0", "a"},
      {"\xc3\xa2", "a"}, {"\xc3\xae", "i"}, {"\xc3\xb4", "o"}, {"\xc3\xbb", "u"}, {"\xc3\xa7", "c"},
      {"\xc3\xaf", "i"}, {"\xc3\xab", "e"}, {"_", " "},        {"-", " "}};
  std::string out;
  for (std::size_t i = 0; i < in.size();) {
    bool done = false;
    for (const auto& f : kFolds) {
      if (std::string_view(in).substr(i).starts_with(f.from)) {
        out += f.to;
        i += f.from.size();
        done = true;
        break;
      }
    }
    if (!done) out += in[i++];
  }
  return out;
}

template <std::size_t N>
bool one_of(const std::string& s, const std::string_view (&words)[N]) {
  return std::find(std::begin(words), std::end(words), s) != std::end(words);
}

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s.empty() ? std::string("-") : s;
}

}  // namespace

std::optional<std::string> priority_code(std::string_view text) {
  auto t = fold(text);
  static constexpr std::string_view kHigh[] = {
      "high", "haute", "elevee", "forte", "1", "\xd9\x85\xd8\xb1\xd8\xaa\xd9\x81\xd8\xb9\xd8\xa9"};
  static constexpr std::string_view kMedium[] = {
      "medium", "moyenne", "2", "\xd9\x85\xd8\xaa\xd9\x88\xd8\xb3\xd8\xb7\xd8\xa9"};
  static constexpr std::string_view kLow[] = {"low", "basse", "faible", "3",
                                              "\xd9\x85\xd9\x86\xd8\xae\xd9\x81\xd8\xb6\xd8\xa9"};
  if (one_of(t, kHigh)) return "high";
  if (one_of(t, kMedium)) return "medium";
  if (one_of(t, kLow)) return "low";
  return std::nullopt;
}

std::optional<std::string> status_code(std::string_view text) {
  auto t = fold(text);
  static constexpr std::string_view kPlanned[] = {"",      "planned",   "prevue",
                                                  "prevu", "planifiee", "a lancer"};
  static constexpr std::string_view kInProgress[] = {"in progress", "en cours", "lancee",
                                                     "en realisation"};
  static constexpr std::string_view kDone[] = {"done", "realisee", "realise", "terminee",
                                               "achevee"};
  static constexpr std::string_view kAbandoned[] = {"abandoned", "abandonnee", "annulee"};
  if (one_of(t, kPlanned)) return "planned";
  if (one_of(t, kInProgress)) return "in_progress";
  if (one_of(t, kDone)) return "done";
  if (one_of(t, kAbandoned)) return "abandoned";
  return std::nullopt;
}

std::string import_template() {
  std::string s = "\xef\xbb\xbf";
  for (std::size_t i = 0; i < std::size(kTemplateColumns); ++i) {
    s += (i ? ";" : "") + std::string(kTemplateColumns[i]);
  }
  // One example row showing each column's format; people replace it with their actions.
  s += "\r\nEau potable;Adduction d'eau potable du douar;haute;1 200 000;MAD;prevue;\r\n";
  return s;
}

Result<Columns> map_columns(const std::vector<std::string>& header) {
  std::optional<std::size_t> axis, title, priority, budget, currency, status, douars;
  std::vector<std::string> unknown;
  for (std::size_t i = 0; i < header.size(); ++i) {
    auto h = fold(header[i]);
    if (h == "axe" || h == "axis" || h == "axe strategique") {
      axis = i;
    } else if (h == "action" || h == "title" || h == "titre" || h == "intitule") {
      title = i;
    } else if (h == "priorite" || h == "priority") {
      priority = i;
    } else if (h == "budget" || h == "budget estime" || h == "montant") {
      budget = i;
    } else if (h == "devise" || h == "currency" || h == "monnaie") {
      currency = i;
    } else if (h == "statut" || h == "status" || h == "etat") {
      status = i;
    } else if (h == "douars" || h == "douar") {
      douars = i;
    } else if (!h.empty()) {
      unknown.emplace_back(core::trim_space(header[i]));
    }
  }
  std::vector<std::string> missing;
  if (!axis) missing.emplace_back("axe");
  if (!title) missing.emplace_back("action");
  if (!priority) missing.emplace_back("priorite");
  if (missing.empty() && unknown.empty()) {
    return Columns{*axis, *title, *priority, budget, currency, status, douars};
  }
  std::vector<std::string> expected(std::begin(kTemplateColumns), std::end(kTemplateColumns));
  return std::move(Error::invalid("plans.import.errors.columns"))
      .with_param("missing", join(missing))
      .with_param("unknown", join(unknown))
      .with_param("expected", join(expected));
}

std::string title_key(std::string_view title) {
  return core::to_lower_ascii(core::trim_space(title));
}

namespace {

std::optional<std::int64_t> find_douar(std::string_view name, const std::vector<Douar>& douars) {
  auto full = fold(name);
  auto bare = full.starts_with("douar ") ? fold(std::string_view(full).substr(6)) : full;
  auto arabic = core::trim_space(name);
  for (const auto& d : douars) {
    auto slug = fold(d.slug);
    auto fr = fold(d.name_fr);
    if (slug == full || fr == full || fr == bare || (!d.name_ar.empty() && d.name_ar == arabic)) {
      return d.id;
    }
  }
  return std::nullopt;
}

// Douar names separated by ',', ';', '|' or '/'.
std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    auto t = core::trim_space(cur);
    if (!t.empty()) out.emplace_back(t);
    cur.clear();
  };
  for (char c : s) {
    if (c == ',' || c == ';' || c == '|' || c == '/') {
      flush();
    } else {
      cur += c;
    }
  }
  flush();
  return out;
}

}  // namespace

ImportPlan plan_import(const std::vector<core::csv::Record>& rows, const Columns& cols,
                       const std::vector<Douar>& douars, const std::set<std::string>& existing) {
  ImportPlan plan;
  std::set<std::string> seen;
  auto field = [](const core::csv::Record& r, std::optional<std::size_t> i) -> std::string_view {
    if (!i || *i >= r.fields.size()) return {};
    return r.fields[*i];
  };
  for (const auto& r : rows) {
    RowReport rep;
    rep.line = r.line;
    rep.axis = std::string(core::trim_space(field(r, cols.axis)));
    rep.title = std::string(core::trim_space(field(r, cols.title)));
    NewAction a;
    a.axis = rep.axis;
    a.title = rep.title;
    auto& problems = rep.problems;
    if (rep.axis.empty()) problems.emplace_back("plans.import.row.axis_missing");
    if (utf8_length(rep.axis) > kMaxTitle) problems.emplace_back("plans.import.row.axis_long");
    if (rep.title.empty()) problems.emplace_back("plans.import.row.title_missing");
    if (utf8_length(rep.title) > kMaxTitle) problems.emplace_back("plans.import.row.title_long");
    if (auto p = priority_code(field(r, cols.priority))) {
      a.priority = *p;
    } else {
      problems.emplace_back("plans.import.row.priority");
    }
    if (auto b = core::trim_space(field(r, cols.budget)); !b.empty()) {
      a.budget_minor = money::parse_spreadsheet_amount(b, kMaxBudgetMinor);
      if (!a.budget_minor) problems.emplace_back("plans.import.row.budget");
    }
    if (auto c = money::currency_code(field(r, cols.currency))) {
      a.currency = *c;
    } else {
      problems.emplace_back("plans.import.row.currency");
    }
    if (auto s = status_code(field(r, cols.status))) {
      a.status = *s;
    } else {
      problems.emplace_back("plans.import.row.status");
    }
    for (const auto& name : split_list(field(r, cols.douars))) {
      auto id = find_douar(name, douars);
      if (!id) {
        problems.emplace_back("plans.import.row.douar");
        break;
      }
      if (std::find(a.douar_ids.begin(), a.douar_ids.end(), *id) == a.douar_ids.end()) {
        a.douar_ids.push_back(*id);
      }
    }
    auto key = title_key(rep.title);
    if (!problems.empty()) {
      rep.status = RowStatus::invalid;
    } else if (seen.contains(key)) {
      rep.status = RowStatus::duplicate_in_file;
    } else if (existing.contains(key)) {
      rep.status = RowStatus::already_in_plan;
    } else {
      rep.status = RowStatus::ok;
      plan.actions.push_back(std::move(a));
    }
    if (!rep.title.empty()) seen.insert(key);
    plan.rows.push_back(std::move(rep));
  }
  return plan;
}

Result<ImportPlan> plan_import_file(std::string_view bytes, const std::vector<Douar>& douars,
                                    const std::set<std::string>& existing) {
  if (bytes.empty()) return Error::invalid("plans.import.errors.empty");
  if (bytes.size() > kMaxImportBytes) return Error::invalid("plans.import.errors.too_big");
  auto text = i18n::decode_to_utf8(bytes);
  if (!text) return text.error();
  auto records = core::csv::parse(text->utf8);
  if (!records) return records.error();
  if (records->empty()) return Error::invalid("plans.import.errors.empty");
  auto cols = map_columns(records->front().fields);
  if (!cols) return cols.error();
  if (records->size() < 2) return Error::invalid("plans.import.errors.no_rows");
  if (records->size() - 1 > kMaxImportRows) {
    return std::move(Error::invalid("plans.import.errors.too_many_rows"))
        .with_param("max", std::to_string(kMaxImportRows));
  }
  std::vector<core::csv::Record> data(records->begin() + 1, records->end());
  return plan_import(data, *cols, douars, existing);
}

}  // namespace comdev::plans
