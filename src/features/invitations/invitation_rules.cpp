#include "features/invitations/invitation_rules.h"

#include "core/email.h"
#include "core/text.h"
#include "core/utf8.h"

namespace comdev::invitations {
core::Seconds expiry_of(core::Seconds created) {
  return created + std::chrono::duration_cast<std::chrono::seconds>(kValidity);
}

bool is_expired(std::string_view expires_at, core::Seconds now) {
  auto t = core::parse_iso(expires_at);
  return !t || now >= *t;
}

Result<NewContact> validate_contact(std::string_view name, std::string_view email,
                                    std::string_view origin, std::string_view skills) {
  for (auto s : {name, email, origin, skills}) {
    if (!is_valid_utf8(s)) return Error::invalid("errors.form.invalid_utf8");
  }
  NewContact c{std::string(core::trim_space(name)), normalise_email(email),
               std::string(core::trim_space(origin)), std::nullopt,
               std::string(core::trim_space(skills))};
  std::vector<FieldError> errors;
  if (utf8_length(c.name) < 1 || utf8_length(c.name) > 100) {
    errors.push_back({"name", "invitations.errors.name"});
  }
  if (!plausible_email(c.email)) errors.push_back({"email", "invitations.errors.email"});
  if (utf8_length(c.origin_text) > 200) errors.push_back({"origin", "invitations.errors.origin"});
  if (utf8_length(c.skills_text) > 500) errors.push_back({"skills", "invitations.errors.skills"});
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return c;
}

std::vector<std::string> skill_slugs(std::string_view text, const std::vector<KnownSkill>& known) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    auto item = core::to_lower_ascii(core::trim_space(cur));
    cur.clear();
    if (item.empty()) return;
    for (const auto& k : known) {
      bool match = core::to_lower_ascii(k.slug) == item;
      for (const auto& n : k.names)
        match = match || (!n.empty() && core::to_lower_ascii(n) == item);
      if (!match) continue;
      bool seen = false;
      for (const auto& s : out) seen = seen || s == k.slug;
      if (!seen) out.push_back(k.slug);
      return;
    }
  };
  for (char c : text) {
    if (c == ',' || c == ';' || c == '\n' || c == '/') {
      flush();
    } else {
      cur += c;
    }
  }
  flush();
  return out;
}

std::optional<std::int64_t> match_place(std::string_view origin_text,
                                        const std::vector<KnownPlace>& places) {
  auto key = core::to_lower_ascii(core::trim_space(origin_text));
  if (key.starts_with("douar "))
    key = core::to_lower_ascii(core::trim_space(std::string_view(key).substr(6)));
  if (key.empty()) return std::nullopt;
  for (const auto& p : places) {
    for (const auto& n : p.names) {
      if (!n.empty() && core::to_lower_ascii(core::trim_space(n)) == key) return p.id;
    }
  }
  return std::nullopt;
}

Result<Columns> map_columns(const std::vector<std::string>& header) {
  std::optional<std::size_t> name, email, origin, skills;
  std::vector<std::string> unknown;
  for (std::size_t i = 0; i < header.size(); ++i) {
    auto h = core::to_lower_ascii(core::trim_space(header[i]));
    if (h == "name" || h == "nom") {
      name = i;
    } else if (h == "email" || h == "e-mail" || h == "courriel" || h == "mail") {
      email = i;
    } else if (h == "origin" || h == "origine") {
      origin = i;
    } else if (h == "skills" || h == "comp\xc3\xa9tences" || h == "competences") {
      skills = i;
    } else if (!h.empty()) {
      unknown.emplace_back(core::trim_space(header[i]));
    }
  }
  std::vector<std::string> missing;
  if (!name) missing.emplace_back("name");
  if (!email) missing.emplace_back("email");
  if (missing.empty() && unknown.empty()) return Columns{*name, *email, origin, skills};
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
    return s.empty() ? std::string("-") : s;
  };
  return std::move(Error::invalid("invitations.import.errors.columns"))
      .with_param("missing", join(missing))
      .with_param("unknown", join(unknown));
}

ImportPlan plan_import(const std::vector<core::csv::Record>& rows, const Columns& cols,
                       const std::set<std::string>& invited, const std::set<std::string>& members) {
  ImportPlan plan;
  std::set<std::string> seen;
  auto field = [](const core::csv::Record& r, std::optional<std::size_t> i) -> std::string_view {
    if (!i || *i >= r.fields.size()) return {};
    return r.fields[*i];
  };
  for (const auto& r : rows) {
    RowReport rep;
    rep.line = r.line;
    rep.name = std::string(core::trim_space(field(r, cols.name)));
    rep.email = normalise_email(field(r, cols.email));
    auto c = validate_contact(field(r, cols.name), field(r, cols.email), field(r, cols.origin),
                              field(r, cols.skills));
    if (!c) {
      bool email_bad = false;
      for (const auto& f : c.error().fields) email_bad = email_bad || f.field == "email";
      rep.status = email_bad || c.error().fields.empty() ? RowStatus::invalid_email
                                                         : RowStatus::invalid_details;
    } else if (seen.contains(c->email)) {
      rep.status = RowStatus::duplicate_in_file;
    } else if (members.contains(c->email)) {
      rep.status = RowStatus::already_member;
    } else if (invited.contains(c->email)) {
      rep.status = RowStatus::already_invited;
    } else {
      rep.status = RowStatus::invited;
      plan.to_invite.push_back(*c);
    }
    if (c) seen.insert(c->email);
    plan.rows.push_back(std::move(rep));
  }
  return plan;
}

}  // namespace comdev::invitations
