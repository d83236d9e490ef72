#include "features/projects/project_forms.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/sectors.h"
#include "core/text.h"
#include "core/utf8.h"
#include "features/profiles/photo_metadata.h"
#include "features/profiles/profile_forms.h"
#include "features/projects/project_rules.h"
#include "web/markdown.h"

namespace comdev::projects {
namespace {

bool all_utf8(const http::Form& f) {
  for (const auto& [name, value] : f.fields()) {
    if (!is_valid_utf8(name) || !is_valid_utf8(value)) return false;
  }
  return true;
}

std::string trimmed(const http::Form& f, std::string_view name) {
  return std::string(core::trim_space(f.get(name)));
}

bool length_in(const std::string& s, std::size_t min, std::size_t max) {
  auto n = utf8_length(s);
  return n >= min && n <= max;
}

std::optional<double> parse_coordinate(std::string_view s, double limit) {
  s = core::trim_space(s);
  if (s.empty() || s.size() > 32) return std::nullopt;
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  if (v < -limit || v > limit) return std::nullopt;
  return v;
}

// Markdown: length, then whether the renderer would drop or neutralise part of it — the writer
// is told rather than finding their script or javascript: link silently gone.
void check_markdown(const std::string& md, std::size_t max, std::string_view field,
                    std::string_view too_long, std::vector<FieldError>& errors) {
  if (utf8_length(md) > max) {
    errors.push_back({std::string(field), std::string(too_long)});
  } else if (web::markdown_has_unsafe_parts(md)) {
    errors.push_back({std::string(field), "projects.errors.markdown_unsafe"});
  }
}

}  // namespace

Result<ProjectData> parse_project(const http::Form& f, ProjectData* typed) {
  if (!all_utf8(f)) return Error::invalid("errors.form.invalid_utf8");
  std::vector<FieldError> errors;
  ProjectData d;
  d.title = trimmed(f, "title");
  d.summary = trimmed(f, "summary");
  d.description_md = std::string(f.get("description_md"));
  d.lang = std::string(f.get("lang"));
  if (d.lang.empty()) d.lang = "fr";
  d.status = std::string(f.get("status"));
  if (d.status.empty()) d.status = "idea";
  d.carrier_id = parse_id(f.get("carrier"));
  d.territory_id = parse_id(f.get("territory"));
  d.plan_action_id = parse_id(f.get("plan_action"));
  for (auto s : f.all("sectors")) {
    if (std::find(d.sectors.begin(), d.sectors.end(), s) == d.sectors.end()) {
      d.sectors.emplace_back(s);
    }
  }
  auto orgs = f.all("partner_org");
  auto roles = f.all("partner_role");
  bool bad_partner = false;
  for (std::size_t i = 0; i < orgs.size(); ++i) {
    std::string role(i < roles.size() ? core::trim_space(roles[i]) : std::string_view{});
    if (core::trim_space(orgs[i]).empty()) {
      if (!role.empty()) bad_partner = true;  // a role without a partner
      continue;
    }
    auto id = parse_id(core::trim_space(orgs[i]));
    if (id == 0 || utf8_length(role) > 100) {
      bad_partner = true;
      continue;
    }
    bool dup = std::any_of(d.partners.begin(), d.partners.end(),
                           [&](const Partner& p) { return p.organisation_id == id; });
    if (!dup) d.partners.push_back({id, "", role});
  }
  std::string lat(core::trim_space(f.get("lat"))), lon(core::trim_space(f.get("lon")));
  if (!lat.empty() || !lon.empty()) {
    d.lat = parse_coordinate(lat, 90);
    d.lon = parse_coordinate(lon, 180);
    if (!d.lat || !d.lon) {
      errors.push_back({"lat", "projects.errors.point"});
      d.lat.reset();
      d.lon.reset();
    }
  }
  if (typed) *typed = d;

  if (!length_in(d.title, 3, 200)) errors.push_back({"title", "projects.errors.title"});
  if (utf8_length(d.summary) > 500) errors.push_back({"summary", "projects.errors.summary"});
  check_markdown(d.description_md, 20000, "description_md", "projects.errors.description", errors);
  if (!is_lang(d.lang)) errors.push_back({"lang", "projects.errors.lang"});
  if (!is_status(d.status)) errors.push_back({"status", "projects.errors.status"});
  if (d.carrier_id == 0) errors.push_back({"carrier", "projects.errors.carrier"});
  if (d.territory_id == 0) errors.push_back({"territory", "projects.errors.territory"});
  if (!f.get("plan_action").empty() && d.plan_action_id == 0) {
    errors.push_back({"plan_action", "projects.errors.plan_action"});
  }
  bool bad_sector = std::any_of(d.sectors.begin(), d.sectors.end(),
                                [](const std::string& s) { return !core::is_sector(s); });
  if (d.sectors.empty() || d.sectors.size() > kMaxSectors || bad_sector) {
    errors.push_back({"sectors", "projects.errors.sectors"});
  }
  if (bad_partner || d.partners.size() > kMaxPartners) {
    errors.push_back({"partners", "projects.errors.partners"});
  }
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return d;
}

Result<StatusChangeInput> parse_status_change(const http::Form& f) {
  if (!all_utf8(f)) return Error::invalid("errors.form.invalid_utf8");
  StatusChangeInput in{std::string(f.get("status")), trimmed(f, "note"),
                       std::string(f.get("from"))};
  std::vector<FieldError> errors;
  if (!is_status(in.to_status)) errors.push_back({"status", "projects.errors.status"});
  if (utf8_length(in.note) > 500) errors.push_back({"note", "projects.errors.note"});
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return in;
}

Result<UpdateInput> parse_update(const http::Form& f) {
  if (!all_utf8(f)) return Error::invalid("errors.form.invalid_utf8");
  UpdateInput in{trimmed(f, "title"), std::string(core::trim_space(f.get("body_md")))};
  std::vector<FieldError> errors;
  if (!length_in(in.title, 3, 200)) errors.push_back({"title", "projects.errors.update_title"});
  if (in.body_md.empty()) {
    errors.push_back({"body_md", "projects.errors.update_body"});
  } else {
    check_markdown(in.body_md, 10000, "body_md", "projects.errors.update_body", errors);
  }
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return in;
}

Result<std::string> parse_comment(const http::Form& f) {
  if (!all_utf8(f)) return Error::invalid("errors.form.invalid_utf8");
  auto body = trimmed(f, "body");
  if (!length_in(body, 2, 2000)) {
    return Error::invalid("errors.invalid", {{"body", "projects.errors.comment"}});
  }
  return body;
}

Result<std::string> parse_report(const http::Form& f) {
  if (!all_utf8(f)) return Error::invalid("errors.form.invalid_utf8");
  auto reason = trimmed(f, "reason");
  if (utf8_length(reason) > 500) {
    return Error::invalid("errors.invalid", {{"reason", "projects.errors.report_reason"}});
  }
  return reason;
}

Result<Translation> parse_translation(const http::Form& f) {
  if (!all_utf8(f)) return Error::invalid("errors.form.invalid_utf8");
  Translation t{std::string(f.get("lang")), trimmed(f, "title"), trimmed(f, "summary")};
  std::vector<FieldError> errors;
  if (!is_lang(t.lang)) errors.push_back({"lang", "projects.errors.lang"});
  if (!length_in(t.title, 3, 200)) errors.push_back({"title", "projects.errors.title"});
  if (utf8_length(t.summary) > 500) errors.push_back({"summary", "projects.errors.summary"});
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return t;
}

Result<Cover> check_cover(std::string_view bytes) {
  if (bytes.size() > kMaxCoverBytes) {
    return Error::invalid("projects.errors.cover_size", {{"cover", "projects.errors.cover_size"}});
  }
  // The type comes from the magic bytes, never from the name or the type the browser claims.
  auto type = profiles::sniff_image(bytes);
  if (!type) {
    return Error::invalid("projects.errors.cover_type", {{"cover", "projects.errors.cover_type"}});
  }
  // A phone photo carries where and when it was taken: stored without it.
  auto clean = profiles::strip_photo_metadata(bytes, *type);
  if (!clean) {
    return Error::invalid("projects.errors.cover_type", {{"cover", "projects.errors.cover_type"}});
  }
  return Cover{*type, std::move(*clean)};
}

}  // namespace comdev::projects
