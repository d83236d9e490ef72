#include "features/profiles/profile_store.h"

#include <sodium.h>

#include "core/time.h"
#include "features/changes/change_log_store.h"

namespace comdev::profiles::profile_store {
namespace {

std::string to_base64(const std::string& raw) {
  std::string out(sodium_base64_ENCODED_LEN(raw.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(raw.data()),
                    raw.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

std::optional<std::string> from_base64(const std::string& text) {
  std::string out(text.size(), '\0');
  std::size_t len = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                        text.size(), nullptr, &len, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
    return std::nullopt;
  }
  out.resize(len);
  return out;
}

// Makes sure the member has a profile row, so later statements can UPDATE it.
Status ensure_row(store::Conn& c, std::int64_t member_id) {
  auto r = c.query(
      "INSERT INTO profiles (member_id, updated_at) VALUES ($1, $2) "
      "ON CONFLICT (member_id) DO NOTHING",
      store::params(member_id, core::iso_now()));
  if (!r) return r.error();
  return {};
}

Status run(store::Conn& c, std::string_view sql, const std::vector<store::Value>& p) {
  auto r = c.query(sql, p);
  if (!r) return r.error();
  return {};
}

}  // namespace

Result<std::vector<Skill>> skills(store::Db& db) {
  auto r = db.query("SELECT id, slug, name_fr, name_ar, name_en FROM skills ORDER BY slug");
  if (!r) return r.error();
  std::vector<Skill> out;
  for (const auto& row : r->rows) {
    out.push_back({row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4)});
  }
  return out;
}

Result<std::vector<TerritoryChoice>> territories(store::Db& db) {
  auto r = db.query(
      "SELECT id, kind, name_fr, name_ar FROM territories ORDER BY CASE kind WHEN 'commune' THEN "
      "0 WHEN 'douar' THEN 1 WHEN 'province' THEN 2 ELSE 3 END, name_fr LIMIT 500");
  if (!r) return r.error();
  std::vector<TerritoryChoice> out;
  for (const auto& row : r->rows) {
    out.push_back({row.integer(0), row.text(1), row.text(2), row.text(3)});
  }
  return out;
}

Result<std::optional<Profile>> load(store::Db& db, std::int64_t member_id) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  store::Conn& c = **lease;
  // A deleted account is anonymised, not removed: it has no profile any more.
  auto m =
      c.query("SELECT display_name, email FROM members WHERE id = $1 AND anonymised_at IS NULL",
              store::params(member_id));
  if (!m) return m.error();
  if (m->empty()) return std::optional<Profile>{};
  Profile p;
  p.member_id = member_id;
  p.data.display_name = m->rows[0].text(0);
  p.email = m->rows[0].text(1);

  auto row = c.query(
      "SELECT bio, country, city, origin_text, is_diaspora_of_heart, professional_path, "
      "remote_hours_per_month, photo_type IS NOT NULL, updated_at, open_to_invitations "
      "FROM profiles "
      "WHERE member_id = $1",
      store::params(member_id));
  if (!row) return row.error();
  if (!row->empty()) {
    const auto& r = row->rows[0];
    p.data.bio = r.text(0);
    p.data.country = r.text(1);
    p.data.city = r.text(2);
    p.data.origin_text = r.text(3);
    p.data.diaspora_of_heart = r.integer(4) != 0;
    p.data.professional_path = r.text(5);
    p.data.remote_hours = static_cast<int>(r.integer(6));
    p.has_photo = r.integer(7) != 0;
    p.updated_at = r.text(8);
    p.data.open_to_invitations = r.integer(9) != 0;
  }

  auto langs = c.query("SELECT code FROM profile_languages WHERE member_id = $1 ORDER BY code",
                       store::params(member_id));
  if (!langs) return langs.error();
  for (const auto& r : langs->rows) p.data.languages.push_back(r.text(0));

  auto sectors = c.query("SELECT sector FROM profile_sectors WHERE member_id = $1 ORDER BY sector",
                         store::params(member_id));
  if (!sectors) return sectors.error();
  for (const auto& r : sectors->rows) p.data.sectors.push_back(r.text(0));

  auto sk = c.query(
      "SELECT s.slug, ms.level FROM member_skills ms JOIN skills s ON s.id = ms.skill_id "
      "WHERE ms.member_id = $1 ORDER BY s.slug",
      store::params(member_id));
  if (!sk) return sk.error();
  for (const auto& r : sk->rows) p.data.skills.push_back({r.text(0), r.text(1)});

  auto win = c.query(
      "SELECT id, place_text, territory_id, starts_on, ends_on FROM availability_windows "
      "WHERE member_id = $1 ORDER BY starts_on, id",
      store::params(member_id));
  if (!win) return win.error();
  for (const auto& r : win->rows) {
    Window w;
    w.id = r.integer(0);
    w.place_text = r.text(1);
    if (!r.is_null(2)) w.territory_id = r.integer(2);
    w.starts_on = r.text(3);
    w.ends_on = r.text(4);
    p.data.windows.push_back(std::move(w));
  }

  auto att = c.query(
      "SELECT territory_id, label FROM profile_attachments WHERE member_id = $1 "
      "ORDER BY territory_id",
      store::params(member_id));
  if (!att) return att.error();
  for (const auto& r : att->rows) p.data.attachments.push_back({r.integer(0), r.text(1)});

  auto vis = c.query("SELECT field, level FROM profile_visibility WHERE member_id = $1",
                     store::params(member_id));
  if (!vis) return vis.error();
  Visibility stored;
  for (const auto& r : vis->rows) {
    auto f = parse_field(r.text(0));
    auto l = parse_level(r.text(1));
    if (f && l) stored[*f] = *l;
  }
  p.data.visibility = with_defaults(stored);
  return std::optional<Profile>(std::move(p));
}

Status save(store::Db& db, std::int64_t member_id, const ProfileData& d,
            const std::optional<Photo>& new_photo, bool remove_photo) {
  auto done = db.transaction<std::monostate>([&](store::Conn& c) -> Result<std::monostate> {
    auto name = c.query("UPDATE members SET display_name = $1 WHERE id = $2",
                        store::params(d.display_name, member_id));
    if (!name) return name.error();
    if (name->affected == 0) return Error::not_found();
    if (auto st = ensure_row(c, member_id); !st) return st.error();
    auto up = c.query(
        "UPDATE profiles SET bio = $1, country = $2, city = $3, origin_text = $4, "
        "is_diaspora_of_heart = $5, professional_path = $6, remote_hours_per_month = $7, "
        "updated_at = $8, open_to_invitations = $9 WHERE member_id = $10",
        store::params(d.bio, d.country, d.city, d.origin_text, d.diaspora_of_heart ? 1 : 0,
                      d.professional_path, d.remote_hours, core::iso_now(),
                      d.open_to_invitations ? 1 : 0, member_id));
    if (!up) return up.error();
    if (new_photo) {
      if (auto st =
              run(c,
                  "UPDATE profiles SET photo_type = $1, photo_base64 = $2 "
                  "WHERE member_id = $3",
                  store::params(new_photo->content_type, to_base64(new_photo->bytes), member_id));
          !st)
        return st.error();
    } else if (remove_photo) {
      if (auto st = run(c,
                        "UPDATE profiles SET photo_type = NULL, photo_base64 = NULL "
                        "WHERE member_id = $1",
                        store::params(member_id));
          !st)
        return st.error();
    }

    for (const char* sql : {"DELETE FROM profile_languages WHERE member_id = $1",
                            "DELETE FROM profile_sectors WHERE member_id = $1",
                            "DELETE FROM member_skills WHERE member_id = $1",
                            "DELETE FROM availability_windows WHERE member_id = $1",
                            "DELETE FROM profile_attachments WHERE member_id = $1",
                            "DELETE FROM profile_visibility WHERE member_id = $1"}) {
      if (auto st = run(c, sql, store::params(member_id)); !st) return st.error();
    }
    for (const auto& code : d.languages) {
      if (auto st = run(c, "INSERT INTO profile_languages (member_id, code) VALUES ($1, $2)",
                        store::params(member_id, code));
          !st)
        return st.error();
    }
    for (const auto& s : d.sectors) {
      if (auto st = run(c, "INSERT INTO profile_sectors (member_id, sector) VALUES ($1, $2)",
                        store::params(member_id, s));
          !st)
        return st.error();
    }
    for (const auto& s : d.skills) {
      auto r = c.query(
          "INSERT INTO member_skills (member_id, skill_id, level) "
          "SELECT $1, id, $2 FROM skills WHERE slug = $3",
          store::params(member_id, s.level, s.slug));
      if (!r) return r.error();
      if (r->affected == 0) return Error::invalid("profiles.errors.skill");
    }
    for (const auto& w : d.windows) {
      if (auto st =
              run(c,
                  "INSERT INTO availability_windows (member_id, place_text, territory_id, "
                  "starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)",
                  store::params(member_id, w.place_text, w.territory_id, w.starts_on, w.ends_on));
          !st)
        return st.error();
    }
    for (const auto& a : d.attachments) {
      auto r = c.query(
          "INSERT INTO profile_attachments (member_id, territory_id, label) "
          "SELECT $1, id, $2 FROM territories WHERE id = $3",
          store::params(member_id, a.label, a.territory_id));
      if (!r) return r.error();
      if (r->affected == 0) return Error::invalid("profiles.errors.territory");
    }
    for (const auto& [field, level] : d.visibility) {
      if (auto st = run(c,
                        "INSERT INTO profile_visibility (member_id, field, level) "
                        "VALUES ($1, $2, $3)",
                        store::params(member_id, to_string(field), to_string(level)));
          !st)
        return st.error();
    }
    // Skills, languages, hours, windows, attachments, opting out: all read by the matching index.
    if (auto st = changes::change_log_store::record(c, changes::kProfile, member_id); !st) {
      return st.error();
    }
    return std::monostate{};
  });
  if (!done) return done.error();
  return {};
}

Status prefill(store::Conn& c, std::int64_t member_id, const Prefill& p) {
  if (auto st = ensure_row(c, member_id); !st) return st;
  if (!p.origin_text.empty()) {
    if (auto st = run(c,
                      "UPDATE profiles SET origin_text = $1, updated_at = $2 "
                      "WHERE member_id = $3 AND origin_text = ''",
                      store::params(p.origin_text, core::iso_now(), member_id));
        !st)
      return st;
  }
  if (!p.skill_slugs.empty()) {
    auto has = c.query("SELECT 1 FROM member_skills WHERE member_id = $1 LIMIT 1",
                       store::params(member_id));
    if (!has) return has.error();
    if (has->empty()) {
      for (const auto& slug : p.skill_slugs) {
        if (auto st = run(c,
                          "INSERT INTO member_skills (member_id, skill_id, level) "
                          "SELECT $1, id, 'intermediate' FROM skills WHERE slug = $2 "
                          "ON CONFLICT (member_id, skill_id) DO NOTHING",
                          store::params(member_id, slug));
            !st)
          return st;
      }
    }
  }
  if (p.origin_territory_id) {
    auto has = c.query("SELECT 1 FROM profile_attachments WHERE member_id = $1 LIMIT 1",
                       store::params(member_id));
    if (!has) return has.error();
    if (has->empty()) {
      if (auto st = run(c,
                        "INSERT INTO profile_attachments (member_id, territory_id, label) "
                        "SELECT $1, id, name_fr FROM territories WHERE id = $2",
                        store::params(member_id, *p.origin_territory_id));
          !st)
        return st;
    }
  }
  // The new member's skills and attachment are now known to the matching index.
  return changes::change_log_store::record(c, changes::kProfile, member_id);
}

Result<std::optional<Photo>> photo(store::Db& db, std::int64_t member_id) {
  auto r = db.query(
      "SELECT photo_type, photo_base64 FROM profiles WHERE member_id = $1 AND photo_type IS NOT "
      "NULL",
      store::params(member_id));
  if (!r) return r.error();
  if (r->empty()) return std::optional<Photo>{};
  auto bytes = from_base64(r->rows[0].text(1));
  if (!bytes) return Error::internal("stored photo is not base64");
  return std::optional<Photo>(Photo{r->rows[0].text(0), std::move(*bytes)});
}

}  // namespace comdev::profiles::profile_store
