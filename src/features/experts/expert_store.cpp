#include "features/experts/expert_store.h"

#include <map>

#include "core/time.h"
#include "features/changes/change_log_store.h"
#include "features/experts/expert_permissions.h"

namespace comdev::experts::expert_store {
namespace {

using profiles::Field;

// Builds one statement: the WHERE conditions and their parameters, numbered in order.
class Sql {
 public:
  // $1 (the reader) only when a condition uses it: PostgreSQL refuses a parameter that no
  // condition gives a type.
  explicit Sql(const Reader& r) : reader_(r) {
    if (r.tier != Tier::animator) params_.emplace_back(r.member_id);
  }
  std::string arg(store::Value v) {
    params_.push_back(std::move(v));
    return "$" + std::to_string(params_.size());
  }
  void where(std::string condition) { conds_.push_back(std::move(condition)); }
  // The reader may see field f of the member m: their own, or its level (the owner's choice, or
  // the field's default when there is no row) is within the reader's rank. Animators see every
  // field. Written as one uncorrelated set per field, which both databases build once per
  // query (index profile_visibility_field), rather than a lookup per profile: when the default
  // reaches the reader, the members who chose a level above them are left out; otherwise only
  // the members who chose a level within their reach are kept.
  std::string visible(Field f) const {
    if (reader_.tier == Tier::animator) return "1 = 1";
    std::string allowed, refused;
    for (auto level :
         {profiles::Level::public_, profiles::Level::members, profiles::Level::animators}) {
      std::string& list = rank(level) <= rank(reader_.tier) ? allowed : refused;
      list += (list.empty() ? "'" : ", '") + std::string(profiles::to_string(level)) + "'";
    }
    bool by_default = rank(profiles::default_level(f)) <= rank(reader_.tier);
    return "(m.id = $1 OR m.id " + std::string(by_default ? "NOT IN" : "IN") +
           " (SELECT member_id FROM profile_visibility WHERE field = '" +
           std::string(profiles::to_string(f)) + "' AND level IN (" +
           (by_default ? refused : allowed) + ")))";
  }
  std::string conditions() const {
    std::string out;
    for (const auto& c : conds_) out += (out.empty() ? " WHERE " : " AND ") + c;
    return out;
  }
  const std::vector<store::Value>& params() const { return params_; }

 private:
  Reader reader_;
  std::vector<store::Value> params_;
  std::vector<std::string> conds_;
};

// Ids come from the database (the taxonomy, the territories), never from the request.
std::string id_list(const std::vector<std::int64_t>& ids) {
  std::string out;
  for (auto id : ids) out += (out.empty() ? "" : ", ") + std::to_string(id);
  return out.empty() ? "0" : out;
}

// Everyone with a skill has a profile row (saving one, or an invitation's prefill, makes it).
constexpr const char* kFrom = " FROM profiles p JOIN members m ON m.id = p.member_id";

// The members of the directory, as `reader` may see them: a skill they show, an account alive.
void listed(Sql& s) {
  s.where("m.anonymised_at IS NULL AND m.deleted_at IS NULL");
  s.where("EXISTS (SELECT 1 FROM member_skills ms WHERE ms.member_id = m.id)");
  s.where(s.visible(Field::skills));
}

// Each filter is an uncorrelated set of member ids (built once per query, from the indexed
// column where there is one), not a lookup per profile: with many profiles the sets are small
// and the page is found by walking them.
void filters(Sql& s, const Query& q) {
  auto with_skill = [](const std::vector<std::int64_t>& ids) {
    return "m.id IN (SELECT member_id FROM member_skills WHERE skill_id IN (" + id_list(ids) + "))";
  };
  for (const auto& w : q.words) {
    std::string like = s.arg(w.like);
    std::string c = "((LOWER(m.display_name) LIKE " + like + " ESCAPE '\\' AND " +
                    s.visible(Field::display_name) + ") OR (LOWER(p.professional_path) LIKE " +
                    like + " ESCAPE '\\' AND " + s.visible(Field::professional_path) + ")";
    if (!w.skills.empty()) c += " OR " + with_skill(w.skills);
    s.where(c + ")");
  }
  if (!q.skill_ids.empty()) s.where(with_skill(q.skill_ids));
  if (!q.sector.empty()) {
    s.where("m.id IN (SELECT member_id FROM profile_sectors WHERE sector = " + s.arg(q.sector) +
            ") AND " + s.visible(Field::sectors));
  }
  if (!q.lang.empty()) {
    s.where("m.id IN (SELECT member_id FROM profile_languages WHERE code = " + s.arg(q.lang) +
            ") AND " + s.visible(Field::languages));
  }
  if (!q.country.empty()) {
    s.where("LOWER(p.country) = LOWER(CAST(" + s.arg(q.country) + " AS TEXT)) AND " +
            s.visible(Field::country));
  }
  std::string remote = "(p.remote_hours_per_month > 0 AND " + s.visible(Field::remote_hours) + ")";
  if (q.mode == Mode::remote) s.where(remote);
  if (q.mode == Mode::on_site) {
    s.where("m.id IN (SELECT member_id FROM availability_windows WHERE ends_on >= " +
            s.arg(q.today) + ") AND " + s.visible(Field::availability));
  }
  if (!q.month.empty()) {
    s.where("((m.id IN (SELECT member_id FROM availability_windows WHERE starts_on <= " +
            s.arg(q.month_to) + " AND ends_on >= " + s.arg(q.month_from) + ") AND " +
            s.visible(Field::availability) + ") OR " + remote + ")");
  }
  if (!q.territory_ids.empty()) {
    std::string ids = id_list(q.territory_ids);
    s.where("((m.id IN (SELECT member_id FROM profile_attachments WHERE territory_id IN (" + ids +
            ")) AND " + s.visible(Field::attachments) +
            ") OR (m.id IN (SELECT member_id FROM availability_windows WHERE territory_id IN (" +
            ids + ") AND ends_on >= " + s.arg(q.today) + ") AND " + s.visible(Field::availability) +
            "))");
  }
  if (q.heart) s.where("p.is_diaspora_of_heart = 1 AND " + s.visible(Field::attachments));
}

}  // namespace

Result<std::vector<SkillNode>> taxonomy(store::Db& db) {
  auto r = db.query(
      "SELECT id, parent_id, slug, name_fr, name_ar, name_en, position FROM skills "
      "ORDER BY position, slug");
  if (!r) return r.error();
  std::vector<SkillNode> out;
  std::map<std::int64_t, std::size_t> at;
  for (const auto& row : r->rows) {
    SkillNode n;
    n.id = row.integer(0);
    if (!row.is_null(1)) n.parent_id = row.integer(1);
    n.slug = row.text(2);
    n.name_fr = row.text(3);
    n.name_ar = row.text(4);
    n.name_en = row.text(5);
    n.position = static_cast<int>(row.integer(6));
    at[n.id] = out.size();
    out.push_back(std::move(n));
  }
  auto syn = db.query("SELECT skill_id, synonym FROM skill_synonyms");
  if (!syn) return syn.error();
  for (const auto& row : syn->rows) {
    auto it = at.find(row.integer(0));
    if (it != at.end()) out[it->second].synonyms.push_back(row.text(1));
  }
  return out;
}

Result<std::vector<Place>> places(store::Db& db) {
  auto r = db.query(
      "SELECT id, parent_id, kind, slug, name_fr, name_ar FROM territories ORDER BY name_fr");
  if (!r) return r.error();
  std::vector<Place> out;
  for (const auto& row : r->rows) {
    Place p;
    p.id = row.integer(0);
    if (!row.is_null(1)) p.parent_id = row.integer(1);
    p.kind = row.text(2);
    p.slug = row.text(3);
    p.name_fr = row.text(4);
    p.name_ar = row.text(5);
    out.push_back(std::move(p));
  }
  return out;
}

Result<std::vector<std::int64_t>> page(store::Db& db, const Query& q, const Reader& reader) {
  Sql s(reader);
  listed(s);
  filters(s, q);
  std::int64_t offset = static_cast<std::int64_t>(q.page - 1) * q.per_page;
  auto rows = db.query("SELECT m.id" + std::string(kFrom) + s.conditions() +
                           " ORDER BY p.updated_at DESC, p.member_id DESC "
                           "LIMIT " +
                           std::to_string(q.per_page) + " OFFSET " + std::to_string(offset),
                       s.params());
  if (!rows) return rows.error();
  std::vector<std::int64_t> ids;
  for (const auto& row : rows->rows) ids.push_back(row.integer(0));
  return ids;
}

Result<std::int64_t> count(store::Db& db, const Query& q, const Reader& reader) {
  Sql s(reader);
  listed(s);
  filters(s, q);
  auto count = db.query("SELECT COUNT(*)" + std::string(kFrom) + s.conditions(), s.params());
  if (!count) return count.error();
  return count->rows.front().integer(0);
}

Result<std::vector<profiles::Profile>> profiles_of(store::Db& db,
                                                   const std::vector<std::int64_t>& ids) {
  if (ids.empty()) return std::vector<profiles::Profile>{};
  // The ids as placeholders, padded to a fixed number with 0 (no member has it): the seven
  // statements below are then the same for every page, prepared once per connection, instead of
  // seven new statements to compile for each page.
  const auto per_page = static_cast<std::size_t>(kPerPage);
  const auto max_per_page = static_cast<std::size_t>(kMaxPerPage);
  std::size_t slots = ids.size() <= per_page       ? per_page
                      : ids.size() <= max_per_page ? max_per_page
                                                   : ids.size();
  std::vector<store::Value> params;
  std::string in = "(";
  for (std::size_t i = 0; i < slots; ++i) {
    params.emplace_back(i < ids.size() ? ids[i] : std::int64_t{0});
    in += (i == 0 ? "$" : ", $") + std::to_string(i + 1);
  }
  in += ")";
  auto lease = db.acquire();
  if (!lease) return lease.error();
  store::Conn& c = **lease;
  auto m = c.query(
      "SELECT m.id, m.display_name, m.email, p.country, p.city, p.origin_text, "
      "p.is_diaspora_of_heart, p.professional_path, p.remote_hours_per_month, "
      "p.photo_type IS NOT NULL, p.updated_at, p.bio FROM members m LEFT JOIN profiles p ON "
      "p.member_id = m.id WHERE m.anonymised_at IS NULL AND m.deleted_at IS NULL AND m.id IN " +
          in,
      params);
  if (!m) return m.error();
  std::map<std::int64_t, profiles::Profile> by_id;
  std::map<std::int64_t, profiles::Visibility> stored;
  for (const auto& r : m->rows) {
    profiles::Profile p;
    p.member_id = r.integer(0);
    p.data.display_name = r.text(1);
    p.email = r.text(2);
    p.data.country = r.text(3);
    p.data.city = r.text(4);
    p.data.origin_text = r.text(5);
    p.data.diaspora_of_heart = r.integer(6) != 0;
    p.data.professional_path = r.text(7);
    p.data.remote_hours = static_cast<int>(r.integer(8));
    p.has_photo = r.integer(9) != 0;
    p.updated_at = r.text(10);
    p.data.bio = r.text(11);
    by_id[p.member_id] = std::move(p);
  }
  auto each = [&](const std::string& sql, auto&& fn) -> Status {
    auto rows = c.query(sql, params);
    if (!rows) return rows.error();
    for (const auto& r : rows->rows) {
      auto it = by_id.find(r.integer(0));
      if (it != by_id.end()) fn(it->second, r);
    }
    return {};
  };
  using P = profiles::Profile;
  using R = store::Row;
  if (auto st = each("SELECT member_id, code FROM profile_languages WHERE member_id IN " + in +
                         " ORDER BY code",
                     [](P& p, const R& r) { p.data.languages.push_back(r.text(1)); });
      !st)
    return st.error();
  if (auto st = each("SELECT member_id, sector FROM profile_sectors WHERE member_id IN " + in +
                         " ORDER BY sector",
                     [](P& p, const R& r) { p.data.sectors.push_back(r.text(1)); });
      !st)
    return st.error();
  // Best level first, so a card that shows a few skills shows the strongest.
  if (auto st = each("SELECT ms.member_id, s.slug, ms.level FROM member_skills ms JOIN skills s "
                     "ON s.id = ms.skill_id WHERE ms.member_id IN " +
                         in +
                         " ORDER BY CASE ms.level WHEN 'expert' THEN 0 WHEN 'intermediate' THEN "
                         "1 ELSE 2 END, s.position, s.slug",
                     [](P& p, const R& r) {
                       p.data.skills.push_back({r.text(1), r.text(2)});
                     });
      !st)
    return st.error();
  if (auto st = each("SELECT member_id, id, place_text, territory_id, starts_on, ends_on FROM "
                     "availability_windows WHERE member_id IN " +
                         in + " ORDER BY starts_on, id",
                     [](P& p, const R& r) {
                       profiles::Window w;
                       w.id = r.integer(1);
                       w.place_text = r.text(2);
                       if (!r.is_null(3)) w.territory_id = r.integer(3);
                       w.starts_on = r.text(4);
                       w.ends_on = r.text(5);
                       p.data.windows.push_back(std::move(w));
                     });
      !st)
    return st.error();
  if (auto st = each("SELECT a.member_id, a.territory_id, COALESCE(NULLIF(a.label, ''), t.name_fr) "
                     "FROM profile_attachments a JOIN territories t ON t.id = a.territory_id "
                     "WHERE a.member_id IN " +
                         in + " ORDER BY a.territory_id",
                     [](P& p, const R& r) {
                       p.data.attachments.push_back({r.integer(1), r.text(2)});
                     });
      !st)
    return st.error();
  if (auto st =
          each("SELECT member_id, field, level FROM profile_visibility WHERE member_id IN " + in,
               [&](P& p, const R& r) {
                 auto f = profiles::parse_field(r.text(1));
                 auto l = profiles::parse_level(r.text(2));
                 if (f && l) stored[p.member_id][*f] = *l;
               });
      !st)
    return st.error();
  std::vector<profiles::Profile> out;
  for (auto id : ids) {
    auto it = by_id.find(id);
    if (it == by_id.end()) continue;
    it->second.data.visibility = profiles::with_defaults(stored[id]);
    out.push_back(std::move(it->second));
  }
  return out;
}

Result<std::vector<std::string>> countries(store::Db& db, Tier tier) {
  // No member of this tier: the list is the same for all its readers, so it can be kept.
  Sql s(Reader{tier, 0});
  listed(s);
  s.where("p.country <> ''");
  s.where(s.visible(Field::country));
  auto r = db.query("SELECT DISTINCT p.country" + std::string(kFrom) + s.conditions() +
                        " ORDER BY p.country LIMIT 300",
                    s.params());
  if (!r) return r.error();
  std::vector<std::string> out;
  for (const auto& row : r->rows) out.push_back(row.text(0));
  return out;
}

Result<std::string> own_country(store::Db& db, std::int64_t member_id) {
  auto r = db.query("SELECT p.country" + std::string(kFrom) +
                        " WHERE m.id = $1 AND m.anonymised_at IS NULL AND m.deleted_at IS NULL "
                        "AND EXISTS (SELECT 1 FROM member_skills ms WHERE ms.member_id = m.id)",
                    store::params(member_id));
  if (!r) return r.error();
  return r->rows.empty() ? std::string() : r->rows.front().text(0);
}

Result<std::int64_t> upsert_demo(store::Conn& c, const DemoExpert& e) {
  std::string now = core::iso_now();
  // "!" is never an argon2 string: the password check fails for any password typed.
  auto m = c.query(
      "INSERT INTO members (email, display_name, password_hash, preferred_lang, "
      "email_verified_at, created_at) VALUES ($1, $2, '!demo', $3, $4, $4) "
      "ON CONFLICT (email) DO UPDATE SET display_name = excluded.display_name, "
      "preferred_lang = excluded.preferred_lang RETURNING id",
      store::params(e.email, e.data.display_name, e.lang, now));
  if (!m) return m.error();
  std::int64_t id = m->rows.front().integer(0);
  const auto& d = e.data;
  auto run = [&](std::string_view sql, const std::vector<store::Value>& p) -> Status {
    auto r = c.query(sql, p);
    if (!r) return r.error();
    return {};
  };
  if (auto st =
          run("INSERT INTO profiles (member_id, bio, country, city, origin_text, "
              "is_diaspora_of_heart, professional_path, remote_hours_per_month, updated_at) "
              "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (member_id) DO UPDATE "
              "SET bio = excluded.bio, country = excluded.country, city = excluded.city, "
              "origin_text = excluded.origin_text, is_diaspora_of_heart = "
              "excluded.is_diaspora_of_heart, professional_path = excluded.professional_path, "
              "remote_hours_per_month = excluded.remote_hours_per_month, updated_at = "
              "excluded.updated_at",
              store::params(id, d.bio, d.country, d.city, d.origin_text,
                            d.diaspora_of_heart ? 1 : 0, d.professional_path, d.remote_hours, now));
      !st)
    return st.error();
  for (const char* sql : {"DELETE FROM profile_languages WHERE member_id = $1",
                          "DELETE FROM profile_sectors WHERE member_id = $1",
                          "DELETE FROM member_skills WHERE member_id = $1",
                          "DELETE FROM availability_windows WHERE member_id = $1",
                          "DELETE FROM profile_attachments WHERE member_id = $1",
                          "DELETE FROM profile_visibility WHERE member_id = $1"}) {
    if (auto st = run(sql, store::params(id)); !st) return st.error();
  }
  for (const auto& l : d.languages) {
    if (auto st = run("INSERT INTO profile_languages (member_id, code) VALUES ($1, $2)",
                      store::params(id, l));
        !st)
      return st.error();
  }
  for (const auto& s : d.sectors) {
    if (auto st = run("INSERT INTO profile_sectors (member_id, sector) VALUES ($1, $2)",
                      store::params(id, s));
        !st)
      return st.error();
  }
  for (const auto& s : d.skills) {
    if (auto st = run("INSERT INTO member_skills (member_id, skill_id, level) SELECT $1, id, $2 "
                      "FROM skills WHERE slug = $3 ON CONFLICT (member_id, skill_id) DO NOTHING",
                      store::params(id, s.level, s.slug));
        !st)
      return st.error();
  }
  for (std::size_t i = 0; i < d.windows.size(); ++i) {
    const auto& w = d.windows[i];
    std::string slug = i < e.window_places.size() ? e.window_places[i] : "";
    if (auto st =
            run("INSERT INTO availability_windows (member_id, place_text, territory_id, "
                "starts_on, ends_on) VALUES ($1, COALESCE((SELECT name_fr FROM territories WHERE "
                "slug = $3), $2), (SELECT id FROM territories WHERE slug = $3), $4, $5)",
                store::params(id, w.place_text, slug, w.starts_on, w.ends_on));
        !st)
      return st.error();
  }
  for (const auto& slug : e.attachment_slugs) {
    if (auto st = run("INSERT INTO profile_attachments (member_id, territory_id, label) "
                      "SELECT $1, id, name_fr FROM territories WHERE slug = $2 "
                      "ON CONFLICT (member_id, territory_id) DO NOTHING",
                      store::params(id, slug));
        !st)
      return st.error();
  }
  for (const auto& [field, level] : d.visibility) {
    if (auto st =
            run("INSERT INTO profile_visibility (member_id, field, level) VALUES ($1, $2, $3)",
                store::params(id, profiles::to_string(field), profiles::to_string(level)));
        !st)
      return st.error();
  }
  if (auto st = changes::change_log_store::record(c, changes::kProfile, id); !st) return st.error();
  return id;
}

}  // namespace comdev::experts::expert_store
