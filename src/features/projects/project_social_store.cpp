// The social side of a project in SQL: cover image, updates, followers, comments and their
// reports, translations.
#include <sodium.h>

#include "core/time.h"
#include "features/audit/audit_store.h"
#include "features/changes/change_log_store.h"
#include "features/projects/project_store.h"
#include "features/projects/project_store_detail.h"

namespace comdev::projects::project_store {
namespace {

using namespace detail;

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

}  // namespace

Status set_cover(store::Db& db, std::int64_t actor_id, std::int64_t id,
                 const std::optional<Cover>& cover) {
  return as_status(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto r = cover ? c.query(
                         "UPDATE projects SET cover_type = $1, cover_base64 = $2 WHERE id = $3 "
                         "RETURNING id",
                         store::params(cover->content_type, to_base64(cover->bytes), id))
                   : c.query(
                         "UPDATE projects SET cover_type = NULL, cover_base64 = NULL "
                         "WHERE id = $1 RETURNING id",
                         store::params(id));
    if (!r) return r.error();
    if (r->empty()) return Error::not_found();
    if (auto st = audit::audit_store::record(c, actor_id, "project.cover", "project", id,
                                             cover ? cover->content_type : "removed");
        !st) {
      return st.error();
    }
    if (auto st = touch(c, id); !st) return st.error();
    return true;
  }));
}

Result<std::optional<Cover>> cover(store::Db& db, std::int64_t id) {
  auto rows = db.query(
      "SELECT cover_type, cover_base64 FROM projects WHERE id = $1 AND cover_type IS NOT NULL",
      store::params(id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<Cover>{};
  auto bytes = from_base64(rows->rows.front().text(1));
  if (!bytes) return Error::internal("project cover is not base64");
  return std::optional<Cover>(Cover{rows->rows.front().text(0), std::move(*bytes)});
}

Result<std::int64_t> add_update(store::Db& db, std::int64_t actor_id, std::int64_t id,
                                const UpdateInput& in) {
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto ins = c.query(
        "INSERT INTO project_updates (project_id, author_id, title, body_md, created_at) "
        "VALUES ($1, $2, $3, $4, $5) RETURNING id",
        store::params(id, id_or_null(actor_id), in.title, in.body_md, core::iso_now()));
    if (!ins) return ins.error();
    auto uid = ins->rows.front().integer(0);
    if (auto st = audit::audit_store::record(c, actor_id, "project.update", "project", id, "");
        !st) {
      return st.error();
    }
    if (auto st = touch(c, id); !st) return st.error();
    return uid;
  });
}

Result<std::vector<Update>> updates(store::Db& db, std::int64_t id) {
  auto rows = db.query(
      "SELECT u.id, u.title, u.body_md, COALESCE(m.display_name, ''), u.created_at "
      "FROM project_updates u LEFT JOIN members m ON m.id = u.author_id "
      "WHERE u.project_id = $1 ORDER BY u.created_at DESC, u.id DESC",
      store::params(id));
  if (!rows) return rows.error();
  std::vector<Update> out;
  for (const auto& r : rows->rows) {
    out.push_back({r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4)});
  }
  return out;
}

Status set_following(store::Db& db, std::int64_t member_id, std::int64_t id, bool follow) {
  return as_status(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto r = follow ? c.query(
                          "INSERT INTO project_followers (project_id, member_id, since) "
                          "VALUES ($1, $2, $3) ON CONFLICT (project_id, member_id) DO NOTHING",
                          store::params(id, member_id, core::iso_now()))
                    : c.query(
                          "DELETE FROM project_followers WHERE project_id = $1 AND "
                          "member_id = $2",
                          store::params(id, member_id));
    if (!r) return r.error();
    return true;
  }));
}

Result<bool> is_following(store::Db& db, std::int64_t member_id, std::int64_t id) {
  auto rows = db.query("SELECT 1 FROM project_followers WHERE project_id = $1 AND member_id = $2",
                       store::params(id, member_id));
  if (!rows) return rows.error();
  return !rows->empty();
}

Result<std::int64_t> follower_count(store::Db& db, std::int64_t id) {
  auto rows =
      db.query("SELECT COUNT(*) FROM project_followers WHERE project_id = $1", store::params(id));
  if (!rows) return rows.error();
  return rows->rows.front().integer(0);
}

Result<std::int64_t> add_comment(store::Db& db, std::int64_t member_id, std::int64_t id,
                                 const std::string& body) {
  auto rows = db.query(
      "INSERT INTO project_comments (project_id, author_id, body, created_at) "
      "VALUES ($1, $2, $3, $4) RETURNING id",
      store::params(id, member_id, body, core::iso_now()));
  if (!rows) return rows.error();
  return rows->rows.front().integer(0);
}

Result<std::vector<Comment>> comments(store::Db& db, std::int64_t id, bool with_hidden) {
  auto rows = db.query(
      "SELECT c.id, COALESCE(c.author_id, 0), COALESCE(m.display_name, ''), c.body, "
      "c.created_at, c.hidden_at IS NOT NULL, "
      "(SELECT COUNT(*) FROM comment_reports r WHERE r.comment_id = c.id) "
      "FROM project_comments c LEFT JOIN members m ON m.id = c.author_id "
      "WHERE c.project_id = $1 AND ($2 = 1 OR c.hidden_at IS NULL) ORDER BY c.created_at, c.id",
      store::params(id, with_hidden ? 1 : 0));
  if (!rows) return rows.error();
  std::vector<Comment> out;
  for (const auto& r : rows->rows) {
    out.push_back({r.integer(0), r.integer(1), r.text(2), r.text(3), r.text(4), r.integer(5) != 0,
                   static_cast<int>(r.integer(6))});
  }
  return out;
}

Result<std::int64_t> comment_project(store::Db& db, std::int64_t comment_id) {
  auto rows =
      db.query("SELECT project_id FROM project_comments WHERE id = $1", store::params(comment_id));
  if (!rows) return rows.error();
  return rows->empty() ? 0 : rows->rows.front().integer(0);
}

Status report_comment(store::Db& db, std::int64_t member_id, std::int64_t comment_id,
                      const std::string& reason) {
  auto rows = db.query(
      "INSERT INTO comment_reports (comment_id, reporter_id, reason, created_at) "
      "VALUES ($1, $2, $3, $4) ON CONFLICT (comment_id, reporter_id) DO NOTHING",
      store::params(comment_id, member_id, reason, core::iso_now()));
  if (!rows) return rows.error();
  return ok();
}

Status set_comment_hidden(store::Db& db, std::int64_t actor_id, std::int64_t comment_id,
                          bool hidden) {
  return as_status(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto r = hidden
                 ? c.query("UPDATE project_comments SET hidden_at = $1 WHERE id = $2 RETURNING id",
                           store::params(core::iso_now(), comment_id))
                 : c.query(
                       "UPDATE project_comments SET hidden_at = NULL WHERE id = $1 "
                       "RETURNING id",
                       store::params(comment_id));
    if (!r) return r.error();
    if (r->empty()) return Error::not_found();
    if (auto st = audit::audit_store::record(
            c, actor_id, hidden ? "comment.hidden" : "comment.shown", "comment", comment_id, "");
        !st) {
      return st.error();
    }
    return true;
  }));
}

Result<std::vector<ReportedComment>> reported_comments(store::Db& db, int limit) {
  auto rows = db.query(
      "SELECT c.id, COALESCE(c.author_id, 0), COALESCE(m.display_name, ''), c.body, "
      "c.created_at, c.hidden_at IS NOT NULL, COUNT(r.reporter_id), c.project_id, p.title, "
      "MAX(r.created_at) FROM project_comments c JOIN comment_reports r ON r.comment_id = c.id "
      "JOIN projects p ON p.id = c.project_id LEFT JOIN members m ON m.id = c.author_id "
      "GROUP BY c.id, c.author_id, m.display_name, c.body, c.created_at, c.hidden_at, "
      "c.project_id, p.title ORDER BY c.hidden_at IS NOT NULL, COUNT(r.reporter_id) DESC, "
      "MAX(r.created_at) DESC LIMIT $1",
      store::params(limit));
  if (!rows) return rows.error();
  std::vector<ReportedComment> out;
  for (const auto& r : rows->rows) {
    ReportedComment rc;
    rc.comment = {r.integer(0),
                  r.integer(1),
                  r.text(2),
                  r.text(3),
                  r.text(4),
                  r.integer(5) != 0,
                  static_cast<int>(r.integer(6))};
    rc.project_id = r.integer(7);
    rc.project_title = r.text(8);
    auto reasons = db.query(
        "SELECT reason FROM comment_reports WHERE comment_id = $1 AND reason <> '' "
        "ORDER BY created_at",
        store::params(rc.comment.id));
    if (!reasons) return reasons.error();
    for (const auto& x : reasons->rows) rc.reasons.push_back(x.text(0));
    out.push_back(std::move(rc));
  }
  return out;
}

Status set_translation(store::Db& db, std::int64_t actor_id, std::int64_t id,
                       const Translation& t) {
  return as_status(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto r = c.query(
        "INSERT INTO project_translations (project_id, lang, title, summary) "
        "VALUES ($1, $2, $3, $4) ON CONFLICT (project_id, lang) "
        "DO UPDATE SET title = excluded.title, summary = excluded.summary",
        store::params(id, t.lang, t.title, t.summary));
    if (!r) return r.error();
    if (auto st =
            audit::audit_store::record(c, actor_id, "project.translation", "project", id, t.lang);
        !st) {
      return st.error();
    }
    if (auto st = touch(c, id); !st) return st.error();
    return true;
  }));
}

}  // namespace comdev::projects::project_store
