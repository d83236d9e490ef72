#include "features/opportunities/opportunity_forms.h"

#include <algorithm>

#include "core/sectors.h"
#include "core/text.h"
#include "core/utf8.h"
#include "features/opportunities/opportunity_rules.h"
#include "http/percent.h"
#include "money/money.h"
#include "web/markdown.h"

namespace comdev::opportunities {
namespace {

bool is_lang(std::string_view l) {
  return l == "fr" || l == "ar" || l == "en";
}

bool is_stage(std::string_view s) {
  return std::find(kStages.begin(), kStages.end(), s) != kStages.end();
}

// An amount typed by a person, through the one money parser; its error names the field.
std::optional<std::int64_t> amount(std::string_view field, std::string_view text,
                                   std::vector<FieldError>& errors) {
  auto r = money::parse_amount(text);
  if (!r) {
    errors.push_back({std::string(field), r.error().message_id});
    return std::nullopt;
  }
  return *r;
}

}  // namespace

Result<Text> parse_opportunity(const http::Form& f, Text* typed, TypedAmounts* amounts) {
  Text t;
  std::vector<FieldError> errors;
  bool unreadable = false;
  auto text = [&](std::string_view key) {
    std::string v(core::trim_space(f.get(key)));
    if (!is_valid_utf8(v)) {
      unreadable = true;
      v.clear();
    }
    return v;
  };
  auto kind = parse_kind(text("kind"));
  t.kind = kind.value_or(Kind::offer);
  t.title = text("title");
  t.description_md = text("description");
  t.lang = text("lang");
  if (t.lang.empty()) t.lang = "fr";
  t.sector = text("sector");
  t.stage = text("stage");
  t.commune_id = core::parse_id(text("commune"));
  t.currency = text("currency");
  t.publisher_org_id = core::parse_id(text("publisher"));
  t.contact_org_id = core::parse_id(text("contact_org"));
  t.contact = text("contact");
  std::string min = text("amount_min"), max = text("amount_max");
  if (typed) *typed = t;
  if (amounts) *amounts = {min, max, {}};
  if (unreadable) return Error::invalid("errors.form.invalid_utf8");

  if (!kind) errors.push_back({"kind", "opportunities.errors.kind"});
  auto length = utf8_length(t.title);
  if (length < 3 || length > kMaxTitle) errors.push_back({"title", "opportunities.errors.title"});
  if (t.description_md.empty()) {
    errors.push_back({"description", "opportunities.errors.required"});
  } else if (utf8_length(t.description_md) > kMaxDescription) {
    errors.push_back({"description", "opportunities.errors.too_long"});
  } else if (web::markdown_has_unsafe_parts(t.description_md)) {
    errors.push_back({"description", "teams.errors.unsafe_markdown"});
  }
  if (!is_lang(t.lang)) errors.push_back({"lang", "projects.errors.lang"});
  if (!core::is_sector(t.sector)) errors.push_back({"sector", "opportunities.errors.sector"});
  if (!is_stage(t.stage)) errors.push_back({"stage", "opportunities.errors.stage"});
  if (t.commune_id == 0) errors.push_back({"commune", "opportunities.errors.commune"});
  if (!money::is_currency(t.currency)) {
    errors.push_back({"currency", "opportunities.errors.currency"});
  }
  auto lo = amount("amount_min", min, errors);
  auto hi = amount("amount_max", max, errors);
  if (lo && hi) {
    t.amount_min = *lo;
    t.amount_max = *hi;
    for (auto& [field, id] : range_errors(*lo, *hi)) errors.push_back({field, id});
  }
  if (!f.get("publisher").empty() && t.publisher_org_id == 0) {
    errors.push_back({"publisher", "opportunities.errors.organisation"});
  }
  if (!f.get("contact_org").empty() && t.contact_org_id == 0) {
    errors.push_back({"contact_org", "opportunities.errors.organisation"});
  }
  if (t.contact.empty()) {
    errors.push_back({"contact", "opportunities.errors.required"});
  } else if (utf8_length(t.contact) > kMaxContact) {
    errors.push_back({"contact", "opportunities.errors.too_long"});
  }
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return t;
}

Result<InterestText> parse_interest(const http::Form& f, InterestText* typed,
                                    TypedAmounts* amounts) {
  InterestText t;
  std::vector<FieldError> errors;
  bool unreadable = false;
  auto text = [&](std::string_view key) {
    std::string v(core::trim_space(f.get(key)));
    if (!is_valid_utf8(v)) {
      unreadable = true;
      v.clear();
    }
    return v;
  };
  t.about = text("about");
  t.interest = text("interest");
  t.contact = text("contact");
  t.currency = text("currency");
  std::string typed_amount = text("amount");
  if (typed) *typed = t;
  if (amounts) amounts->amount = typed_amount;
  if (unreadable) return Error::invalid("errors.form.invalid_utf8");

  auto need = [&](const std::string& v, std::string_view field, std::size_t min, std::size_t max) {
    auto n = utf8_length(v);
    if (v.empty()) {
      errors.push_back({std::string(field), "opportunities.errors.required"});
    } else if (n < min) {
      errors.push_back({std::string(field), "opportunities.errors.too_short"});
    } else if (n > max) {
      errors.push_back({std::string(field), "opportunities.errors.too_long"});
    }
  };
  need(t.about, "about", 3, kMaxAbout);
  need(t.interest, "interest", 3, kMaxInterest);
  need(t.contact, "contact", 3, kMaxReach);
  if (!typed_amount.empty()) {
    if (auto a = amount("amount", typed_amount, errors)) {
      if (*a <= 0) {
        errors.push_back({"amount", "opportunities.errors.amount_positive"});
      } else if (*a > kMaxAmount) {
        errors.push_back({"amount", "opportunities.errors.amount_too_large"});
      } else {
        t.amount = *a;
      }
    }
    if (!money::is_currency(t.currency)) {
      errors.push_back({"currency", "opportunities.errors.currency"});
    }
  } else if (!t.currency.empty() && !money::is_currency(t.currency)) {
    errors.push_back({"currency", "opportunities.errors.currency"});
  }
  if (t.currency.empty()) t.currency = "MAD";
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return t;
}

Result<std::string> parse_note(std::string_view note) {
  if (!is_valid_utf8(note)) return Error::invalid("errors.form.invalid_utf8");
  auto n = core::trim_space(note);
  if (n.empty()) {
    return Error::invalid("errors.invalid", {{"note", "opportunities.errors.note_required"}});
  }
  if (utf8_length(n) > kMaxNote) {
    return Error::invalid("errors.invalid", {{"note", "opportunities.errors.too_long"}});
  }
  return std::string(n);
}

Filter parse_filter(const http::Form& q, std::vector<FieldError>* errors) {
  Filter f;
  auto bad = [&](std::string_view field) {
    if (errors) errors->push_back({std::string(field), "opportunities.errors.filter"});
  };
  auto value = [&](std::string_view key) { return core::trim_space(q.get(key)); };
  if (auto v = value("sector"); !v.empty()) {
    if (core::is_sector(v))
      f.sector = std::string(v);
    else
      bad("sector");
  }
  if (auto v = value("stage"); !v.empty()) {
    if (is_stage(v))
      f.stage = std::string(v);
    else
      bad("stage");
  }
  if (auto v = value("kind"); !v.empty()) {
    if (parse_kind(v))
      f.kind = std::string(v);
    else
      bad("kind");
  }
  if (auto v = value("amount"); !v.empty()) {
    if (is_bucket(v))
      f.amount = std::string(v);
    else
      bad("amount");
  }
  if (auto v = value("commune"); !v.empty()) {
    f.commune_id = core::parse_id(v);
    if (f.commune_id == 0) bad("commune");
  }
  if (auto v = value("province"); !v.empty()) {
    f.province_id = core::parse_id(v);
    if (f.province_id == 0) bad("province");
  }
  auto text = value("q");
  if (is_valid_utf8(text) && utf8_length(text) <= kMaxQuery) {
    f.q = std::string(text);
  } else {
    bad("q");
  }
  if (auto v = value("page"); !v.empty()) {
    auto page = core::parse_id(v);
    if (page >= 1 && page <= 1000)
      f.page = static_cast<int>(page);
    else
      bad("page");
  }
  if (auto v = value("per_page"); !v.empty() && errors) {
    auto n = core::parse_id(v);
    if (n >= 1 && n <= kMaxPerPage)
      f.per_page = static_cast<int>(n);
    else
      bad("per_page");
  }
  return f;
}

std::string query_string(const Filter& f, int page) {
  std::string out;
  auto add = [&](std::string_view k, const std::string& v) {
    if (v.empty() || v == "0") return;
    out += (out.empty() ? "" : "&") + std::string(k) + "=" + http::percent_encode(v);
  };
  add("q", f.q);
  add("sector", f.sector);
  add("commune", std::to_string(f.commune_id));
  add("province", std::to_string(f.province_id));
  add("stage", f.stage);
  add("kind", f.kind);
  add("amount", f.amount);
  if (page > 1) add("page", std::to_string(page));
  return out;
}

}  // namespace comdev::opportunities
