#include <algorithm>
#include <chrono>
#include <map>

#include "core/text.h"

#include "features/profiles/photo_metadata.h"
#include "features/profiles/profile_forms.h"
#include "features/profiles/profile_labels.h"
#include "features/profiles/profile_module.h"
#include "features/profiles/profile_permissions.h"
#include "features/profiles/profile_store.h"
#include "features/profiles/profile_view.h"
#include "features/skills/skill_picker.h"
#include "features/skills/skill_store.h"
#include "http/multipart.h"
#include "tpl/profiles/edit.h"
#include "tpl/profiles/show.h"
#include "web/errors.h"
#include "web/page.h"

namespace comdev::profiles {
namespace {

std::chrono::sys_seconds day(const std::string& iso) {
  int y = std::stoi(iso.substr(0, 4));
  unsigned m = static_cast<unsigned>(std::stoi(iso.substr(5, 2)));
  unsigned d = static_cast<unsigned>(std::stoi(iso.substr(8, 2)));
  return std::chrono::sys_days{std::chrono::year{y} / m / d};
}

std::string photo_url(std::int64_t id, const std::string& version) {
  // The version makes a new photo a new URL, so a cached old one is never shown.
  return "/members/" + std::to_string(id) + "/photo?v=" + core::fnv1a64_hex(version).substr(0, 8);
}

// ---- the profile page ----

struct Labelled {
  std::string label;
  std::string level;  // a skill's level label, or empty
};

struct WindowLine {
  std::string place;
  std::chrono::sys_seconds starts, ends;
};

struct ShowView {
  web::LayoutView layout;
  bool is_owner = false;
  std::string name;
  bool name_hidden = false;
  std::string photo_url;
  std::string email;
  std::string bio;
  std::vector<std::string> languages;
  std::string country, city;
  std::vector<std::string> attachments;
  std::string origin_text;
  bool diaspora_of_heart = false;
  std::string professional_path;
  std::vector<Labelled> skills;
  std::vector<std::string> sectors;
  bool show_remote_hours = false;
  int remote_hours = 0;
  std::vector<WindowLine> windows;
  bool nothing_shared = false;
  bool open_to_invitations = true;  // shown to the owner only
};

http::Response show(web::Ctx& ctx) {
  auto id = parse_member_id(ctx.req.param("id"));
  if (!id) return web::reply_error(ctx, Error::not_found());
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  auto seen = load_as_viewer(ctx, *id);
  if (!seen) return web::reply_error(ctx, seen.error());
  const Profile& p = seen->profile;
  const auto& d = p.data;
  auto shown = [&](Field f) { return seen->shown.count(f) != 0; };

  ShowView v;
  v.is_owner = seen->relation == Relation::owner;
  v.open_to_invitations = d.open_to_invitations;
  v.name_hidden = !shown(Field::display_name);
  v.name = v.name_hidden ? text(ctx, "profiles.view.hidden_name") : d.display_name;
  if (p.has_photo) v.photo_url = photo_url(p.member_id, p.updated_at);
  v.email = p.email;
  v.bio = d.bio;
  for (const auto& l : d.languages) v.languages.push_back(text(ctx, language_key(l)));
  v.country = d.country;
  v.city = d.city;
  for (const auto& a : d.attachments) v.attachments.push_back(a.label);
  v.origin_text = d.origin_text;
  v.diaspora_of_heart = d.diaspora_of_heart;
  v.professional_path = d.professional_path;
  auto skills = profile_store::skills(ctx.app.db());
  if (!skills) return web::reply_error(ctx, skills.error());
  for (const auto& s : d.skills) {
    std::string label = s.slug;
    for (const auto& k : *skills) {
      if (k.slug == s.slug) {
        label = ctx.lang == i18n::Lang::ar   ? k.name_ar
                : ctx.lang == i18n::Lang::en ? k.name_en
                                             : k.name_fr;
      }
    }
    v.skills.push_back({label, text(ctx, level_key(s.level))});
  }
  for (const auto& s : d.sectors) v.sectors.push_back(text(ctx, sector_key(s)));
  v.show_remote_hours = shown(Field::remote_hours) && d.remote_hours > 0;
  v.remote_hours = d.remote_hours;
  for (const auto& w : d.windows)
    v.windows.push_back({w.place_text, day(w.starts_on), day(w.ends_on)});
  v.nothing_shared = v.photo_url.empty() && v.email.empty() && v.bio.empty() &&
                     v.languages.empty() && v.country.empty() && v.city.empty() &&
                     v.attachments.empty() && v.origin_text.empty() && !v.diaspora_of_heart &&
                     v.professional_path.empty() && v.skills.empty() && v.sectors.empty() &&
                     !v.show_remote_hours && v.windows.empty();
  v.layout = web::make_layout(ctx, v.name, "");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::profiles_show(out, v); });
  // What a page shows depends on who asks: never let a shared cache keep it.
  res.header("Cache-Control", "private, no-store");
  return res;
}

http::Response photo(web::Ctx& ctx) {
  auto id = parse_member_id(ctx.req.param("id"));
  if (!id) return web::reply_error(ctx, Error::not_found());
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  auto p = profile_store::load(ctx.app.db(), *id);
  if (!p) return web::reply_error(ctx, p.error());
  if (!*p) return web::reply_error(ctx, Error::not_found());
  Subject subject{*id, (*p)->data.visibility, (*p)->has_photo, std::nullopt};
  if (auto d = can(ctx.actor, Action::view_photo, subject); !d) {
    return web::reply_error(ctx, Error::not_found(std::string(d.reason)));
  }
  auto ph = profile_store::photo(ctx.app.db(), *id);
  if (!ph) return web::reply_error(ctx, ph.error());
  if (!*ph) return web::reply_error(ctx, Error::not_found());
  http::Response res;
  res.status = 200;
  res.body = std::move((*ph)->bytes);
  res.header("Content-Type", (*ph)->content_type);
  res.header("Cache-Control", "private, max-age=300");
  res.header("Vary", "Cookie");
  return res;
}

// ---- the edit form ----

struct Option {
  std::string value, label;
  bool selected = false;
};
struct VisSelect {
  std::string name;  // vis.<field>
  std::vector<Option> options;
};
struct WindowRow {
  std::string index, place, starts, ends;
  bool blank = false;
};
// One message per form area, shown next to it.
struct FieldErrors {
  std::string display_name, bio, country, city, origin_text, professional_path, remote_hours,
      languages, sectors, skills, windows, attachments, photo, visibility;
};

struct EditView {
  web::LayoutView layout;
  std::string csrf;
  std::string profile_url;
  bool saved = false;
  std::vector<std::string> errors;
  FieldErrors err;
  std::string display_name, email, bio, country, city, origin_text, professional_path, remote_hours;
  bool diaspora_of_heart = false;
  bool open_to_invitations = true;
  std::string photo_url;
  std::vector<Option> languages, sectors, attachments, territories;
  std::vector<skills::PickerDomain> skill_domains;
  std::vector<WindowRow> windows;
  // One select per field, each in a one-element list so the template can name it `vis`.
  std::vector<VisSelect> vis_display_name, vis_email, vis_photo, vis_bio, vis_languages,
      vis_country, vis_city, vis_attachments, vis_professional_path, vis_skills, vis_sectors,
      vis_remote_hours, vis_availability;
};

std::vector<VisSelect> vis_select(const web::Ctx& ctx, const Visibility& v, Field f) {
  VisSelect s;
  s.name = visibility_input(f);
  auto it = v.find(f);
  Level current = it == v.end() ? default_level(f) : it->second;
  for (Level l : {Level::public_, Level::members, Level::animators}) {
    s.options.push_back({std::string(to_string(l)), text(ctx, visibility_key(l)), l == current});
  }
  return {s};
}

std::string territory_label(const web::Ctx& ctx, const profile_store::TerritoryChoice& t) {
  return ctx.lang == i18n::Lang::ar && !t.name_ar.empty() ? t.name_ar : t.name_fr;
}

void set_error(FieldErrors& e, const std::string& field, std::string message) {
  std::string* slot = field == "display_name"          ? &e.display_name
                      : field == "bio"                 ? &e.bio
                      : field == "country"             ? &e.country
                      : field == "city"                ? &e.city
                      : field == "origin_text"         ? &e.origin_text
                      : field == "professional_path"   ? &e.professional_path
                      : field == "remote_hours"        ? &e.remote_hours
                      : field == "languages"           ? &e.languages
                      : field == "sectors"             ? &e.sectors
                      : field == "skills"              ? &e.skills
                      : field == "windows"             ? &e.windows
                      : field == "attachments"         ? &e.attachments
                      : field == "photo"               ? &e.photo
                      : field == "open_to_invitations" ? &e.skills
                                                       : &e.visibility;
  if (slot->empty()) *slot = std::move(message);
}

http::Response render_edit(web::Ctx& ctx, const ProfileData& d, const Profile& stored,
                           const std::vector<FieldError>& errors, int status) {
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  auto tree = skills::skill_store::all(ctx.app.db());
  if (!tree) return web::reply_error(ctx, tree.error());
  auto territories = profile_store::territories(ctx.app.db());
  if (!territories) return web::reply_error(ctx, territories.error());

  EditView v;
  v.csrf = *csrf;
  v.profile_url = "/members/" + std::to_string(stored.member_id);
  v.saved = status == 200 && ctx.query.get("saved") == "1";
  for (const auto& e : errors) {
    std::string message = text(ctx, e.message_id);
    v.errors.push_back(message);
    set_error(v.err, e.field, message);
  }
  v.display_name = d.display_name;
  v.email = stored.email;
  v.bio = d.bio;
  v.country = d.country;
  v.city = d.city;
  v.origin_text = d.origin_text;
  v.professional_path = d.professional_path;
  v.remote_hours = std::to_string(d.remote_hours);
  v.diaspora_of_heart = d.diaspora_of_heart;
  v.open_to_invitations = d.open_to_invitations;
  if (stored.has_photo) v.photo_url = photo_url(stored.member_id, stored.updated_at);
  auto has = [](const std::vector<std::string>& list, std::string_view x) {
    return std::find(list.begin(), list.end(), x) != list.end();
  };
  for (auto code : kLanguages) {
    v.languages.push_back(
        {std::string(code), text(ctx, language_key(code)), has(d.languages, code)});
  }
  for (auto code : kSectors) {
    v.sectors.push_back({std::string(code), text(ctx, sector_key(code)), has(d.sectors, code)});
  }
  std::map<std::string, std::string> chosen;
  for (const auto& m : d.skills) chosen[m.slug] = m.level;
  v.skill_domains = skills::picker(skills::group_by_domain(*tree, ctx.lang), chosen,
                                   text(ctx, "profiles.edit.skill_none"),
                                   [&](std::string_view l) { return text(ctx, level_key(l)); });
  for (std::size_t i = 0; i < d.windows.size(); ++i) {
    const auto& w = d.windows[i];
    v.windows.push_back({std::to_string(i), w.place_text, w.starts_on, w.ends_on, false});
  }
  v.windows.push_back({std::to_string(d.windows.size()), "", "", "", true});
  for (const auto& a : d.attachments) {
    v.attachments.push_back({std::to_string(a.territory_id), a.label, true});
  }
  v.territories.push_back({"", text(ctx, "profiles.edit.attachment_none"), true});
  for (const auto& t : *territories) {
    v.territories.push_back({std::to_string(t.id), territory_label(ctx, t), false});
  }
  const auto& vis = d.visibility;
  v.vis_display_name = vis_select(ctx, vis, Field::display_name);
  v.vis_email = vis_select(ctx, vis, Field::email);
  v.vis_photo = vis_select(ctx, vis, Field::photo);
  v.vis_bio = vis_select(ctx, vis, Field::bio);
  v.vis_languages = vis_select(ctx, vis, Field::languages);
  v.vis_country = vis_select(ctx, vis, Field::country);
  v.vis_city = vis_select(ctx, vis, Field::city);
  v.vis_attachments = vis_select(ctx, vis, Field::attachments);
  v.vis_professional_path = vis_select(ctx, vis, Field::professional_path);
  v.vis_skills = vis_select(ctx, vis, Field::skills);
  v.vis_sectors = vis_select(ctx, vis, Field::sectors);
  v.vis_remote_hours = vis_select(ctx, vis, Field::remote_hours);
  v.vis_availability = vis_select(ctx, vis, Field::availability);
  v.layout = web::make_layout(ctx, text(ctx, "profiles.edit.title"), "");
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::profiles_edit(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

// The signed-in member's own profile; the edit pages act on nobody else's.
Result<Profile> own_profile(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return s.error();
  if (!ctx.actor.signed_in()) return Error::forbidden("profiles.errors.sign_in");
  auto p = profile_store::load(ctx.app.db(), ctx.actor.member_id);
  if (!p) return p.error();
  if (!*p) return Error::forbidden("profiles.errors.sign_in");
  Subject subject{ctx.actor.member_id, (*p)->data.visibility, (*p)->has_photo, std::nullopt};
  if (auto d = can(ctx.actor, Action::edit_profile, subject); !d) {
    return d.forbidden();
  }
  return std::move(**p);
}

http::Response edit(web::Ctx& ctx) {
  auto p = own_profile(ctx);
  if (!p) return web::reply_error(ctx, p.error());
  return render_edit(ctx, p->data, *p, {}, 200);
}

http::Response save(web::Ctx& ctx) {
  auto p = own_profile(ctx);
  if (!p) return web::reply_error(ctx, p.error());
  auto skills = profile_store::skills(ctx.app.db());
  if (!skills) return web::reply_error(ctx, skills.error());
  auto territories = profile_store::territories(ctx.app.db());
  if (!territories) return web::reply_error(ctx, territories.error());
  std::vector<TerritoryLabel> known;
  for (const auto& t : *territories) known.push_back({t.id, t.name_fr});
  // The Arabic names too, for a window's place typed in Arabic (attachments are chosen by id).
  for (const auto& t : *territories) {
    if (!t.name_ar.empty()) known.push_back({t.id, t.name_ar});
  }
  // Attachments already held stay valid even if the choice list is capped.
  for (const auto& a : p->data.attachments) known.push_back({a.territory_id, a.label});

  ProfileData typed;
  auto data = parse_profile(ctx.form, *skills, known, &typed);
  std::vector<FieldError> errors;
  if (!data) {
    if (data.error().fields.empty()) return web::reply_error(ctx, data.error());
    errors = data.error().fields;
  }

  // The photo: the file part of the multipart body (the pipeline keeps only its text fields).
  std::optional<Photo> new_photo;
  if (ctx.req.header("content-type").starts_with("multipart/form-data")) {
    auto m = http::parse_multipart(ctx.req.header("content-type"), ctx.req.body);
    if (!m) return web::reply_error(ctx, m.error());
    for (const auto& f : m->files) {
      if (f.field_name != "photo" || (f.filename.empty() && f.bytes.empty())) continue;
      auto ph = check_photo(f.bytes);
      // Stored without its metadata: a phone photo carries where it was taken.
      Result<std::string> clean =
          ph ? strip_photo_metadata(ph->bytes, ph->content_type) : Result<std::string>(ph.error());
      if (!clean) {
        for (const auto& e : clean.error().fields) errors.push_back(e);
      } else {
        ph->bytes = std::move(*clean);
        new_photo = std::move(*ph);
      }
    }
  }
  if (!errors.empty()) {
    typed.visibility = with_defaults(typed.visibility);
    return render_edit(ctx, typed, *p, errors, 422);
  }
  // The actor's own id, whatever the form says: there is no member id in this form.
  auto st = profile_store::save(ctx.app.db(), ctx.actor.member_id, *data, new_photo,
                                !new_photo && ctx.form.get("photo_remove") == "1");
  if (!st) {
    if (st.error().code == ErrorCode::invalid && !st.error().message_id.empty()) {
      std::string field =
          st.error().message_id == "profiles.errors.territory" ? "attachments" : "skills";
      return render_edit(ctx, *data, *p, {{field, st.error().message_id}}, 422);
    }
    return web::reply_error(ctx, st.error());
  }
  return http::Response::redirect("/profile?saved=1");
}

}  // namespace

void register_pages(web::App& app) {
  app.get("/members/{id}", show);
  app.get("/members/{id}/photo", photo);
  app.get("/profile", edit);
  app.post("/profile", save);
}

}  // namespace comdev::profiles
