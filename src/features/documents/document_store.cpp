#include "features/documents/document_store.h"

namespace comdev::documents::document_store {
namespace {

constexpr const char* kDocumentColumns =
    "SELECT d.id, d.project_id, p.title, d.title, d.kind, d.versions, d.created_at, d.updated_at, "
    "v.version, v.sha256, v.filename, v.file_type, v.size_bytes, v.has_preview, "
    "COALESCE(v.uploaded_by, 0), COALESCE(m.display_name, ''), v.uploaded_at "
    "FROM documents d JOIN projects p ON p.id = d.project_id "
    "JOIN document_versions v ON v.document_id = d.id AND v.version = d.versions "
    "LEFT JOIN members m ON m.id = v.uploaded_by ";

constexpr const char* kVersionColumns =
    "SELECT v.version, v.sha256, v.filename, v.file_type, v.size_bytes, v.has_preview, "
    "COALESCE(v.uploaded_by, 0), COALESCE(m.display_name, ''), v.uploaded_at "
    "FROM document_versions v LEFT JOIN members m ON m.id = v.uploaded_by ";

Version version_of(const store::Row& r, int at) {
  Version v;
  v.number = static_cast<int>(r.integer(at));
  v.sha256 = r.text(at + 1);
  v.filename = r.text(at + 2);
  v.file_type = r.text(at + 3);
  v.size = r.integer(at + 4);
  v.has_preview = r.integer(at + 5) != 0;
  v.uploaded_by = r.integer(at + 6);
  v.uploader_name = r.text(at + 7);
  v.uploaded_at = r.text(at + 8);
  return v;
}

std::vector<Document> documents_of(const store::Rows& rows) {
  std::vector<Document> out;
  for (const auto& r : rows.rows) {
    Document d;
    d.id = r.integer(0);
    d.project_id = r.integer(1);
    d.project_title = r.text(2);
    d.title = r.text(3);
    d.kind = parse_kind(r.text(4)).value_or(Kind::other);
    d.versions = static_cast<int>(r.integer(5));
    d.created_at = r.text(6);
    d.updated_at = r.text(7);
    d.latest = version_of(r, 8);
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace

Result<std::vector<Document>> of_project(store::Conn& c, std::int64_t project_id, int limit,
                                         int offset) {
  auto rows = c.query(
      std::string(kDocumentColumns) +
          "WHERE d.project_id = $1 ORDER BY d.updated_at DESC, d.id DESC LIMIT $2 OFFSET $3",
      store::params(project_id, static_cast<std::int64_t>(limit),
                    static_cast<std::int64_t>(offset)));
  if (!rows) return rows.error();
  return documents_of(*rows);
}

Result<std::optional<Document>> find(store::Conn& c, std::int64_t id) {
  auto rows = c.query(std::string(kDocumentColumns) + "WHERE d.id = $1", store::params(id));
  if (!rows) return rows.error();
  auto list = documents_of(*rows);
  if (list.empty()) return std::optional<Document>{};
  return std::optional<Document>{std::move(list.front())};
}

Result<std::optional<std::int64_t>> find_by_title(store::Conn& c, std::int64_t project_id,
                                                  const std::string& title_key) {
  auto rows = c.query("SELECT id FROM documents WHERE project_id = $1 AND title_key = $2",
                      store::params(project_id, title_key));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{rows->rows.front().integer(0)};
}

Result<std::vector<Version>> versions(store::Conn& c, std::int64_t document_id) {
  auto rows =
      c.query(std::string(kVersionColumns) + "WHERE v.document_id = $1 ORDER BY v.version DESC",
              store::params(document_id));
  if (!rows) return rows.error();
  std::vector<Version> out;
  for (const auto& r : rows->rows) out.push_back(version_of(r, 0));
  return out;
}

Result<std::optional<Version>> version(store::Conn& c, std::int64_t document_id, int number) {
  auto rows = c.query(std::string(kVersionColumns) + "WHERE v.document_id = $1 AND v.version = $2",
                      store::params(document_id, static_cast<std::int64_t>(number)));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<Version>{};
  return std::optional<Version>{version_of(rows->rows.front(), 0)};
}

Result<std::int64_t> bytes_used(store::Conn& c, std::int64_t project_id) {
  auto rows = c.query(
      "SELECT COALESCE(SUM(v.size_bytes), 0) FROM document_versions v "
      "JOIN documents d ON d.id = v.document_id WHERE d.project_id = $1",
      store::params(project_id));
  if (!rows) return rows.error();
  return rows->rows.front().integer(0);
}

Result<std::int64_t> document_for(store::Conn& c, std::int64_t project_id, const UploadInput& in,
                                  const std::string& title_key, std::int64_t member_id,
                                  const std::string& now) {
  auto made = c.query(
      "INSERT INTO documents (project_id, title, title_key, kind, versions, created_by, "
      "created_at, updated_at) VALUES ($1, $2, $3, $4, 0, $5, $6, $6) "
      "ON CONFLICT (project_id, title_key) DO NOTHING",
      store::params(project_id, in.title, title_key, std::string(name(in.kind)),
                    member_id ? std::optional<std::int64_t>(member_id) : std::nullopt, now));
  if (!made) return made.error();
  auto id = find_by_title(c, project_id, title_key);
  if (!id) return id.error();
  if (!*id) return Error::internal("documents: the document of a title vanished");
  return **id;
}

Result<int> add_version(store::Conn& c, std::int64_t document_id, const Version& v,
                        const std::string& now) {
  // The row lock this UPDATE takes orders two uploads of one document: each gets its own number.
  auto next = c.query(
      "UPDATE documents SET versions = versions + 1, updated_at = $2 WHERE id = $1 "
      "RETURNING versions",
      store::params(document_id, now));
  if (!next) return next.error();
  if (next->empty()) return Error::not_found();
  auto number = next->rows.front().integer(0);
  auto ins = c.query(
      "INSERT INTO document_versions (document_id, version, sha256, filename, file_type, "
      "size_bytes, has_preview, uploaded_by, uploaded_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      store::params(document_id, number, v.sha256, v.filename, v.file_type, v.size,
                    static_cast<std::int64_t>(v.has_preview ? 1 : 0),
                    v.uploaded_by ? std::optional<std::int64_t>(v.uploaded_by) : std::nullopt,
                    now));
  if (!ins) return ins.error();
  return static_cast<int>(number);
}

Status lock_project(store::Conn& c, std::int64_t project_id) {
  if (c.dialect() != store::Dialect::postgres) return {};
  // NO KEY UPDATE: enough to order two uploads, and it leaves the foreign keys' KEY SHARE locks
  // (a document row inserted for this project) free.
  auto r =
      c.query("SELECT id FROM projects WHERE id = $1 FOR NO KEY UPDATE", store::params(project_id));
  if (!r) return r.error();
  return {};
}

Result<bool> delete_version(store::Conn& c, std::int64_t document_id, int number) {
  auto del = c.query("DELETE FROM document_versions WHERE document_id = $1 AND version = $2",
                     store::params(document_id, static_cast<std::int64_t>(number)));
  if (!del) return del.error();
  auto left = c.query("SELECT MAX(version) FROM document_versions WHERE document_id = $1",
                      store::params(document_id));
  if (!left) return left.error();
  if (left->empty() || left->rows.front().is_null(0)) {
    if (auto st = delete_document(c, document_id); !st) return st.error();
    return true;
  }
  auto up = c.query("UPDATE documents SET versions = $2 WHERE id = $1",
                    store::params(document_id, left->rows.front().integer(0)));
  if (!up) return up.error();
  return false;
}

Status delete_document(store::Conn& c, std::int64_t document_id) {
  // The versions go by the foreign key's cascade.
  auto r = c.query("DELETE FROM documents WHERE id = $1", store::params(document_id));
  if (!r) return r.error();
  return {};
}

Result<std::int64_t> references(store::Conn& c, const std::string& sha256) {
  auto rows =
      c.query("SELECT COUNT(*) FROM document_versions WHERE sha256 = $1", store::params(sha256));
  if (!rows) return rows.error();
  return rows->rows.front().integer(0);
}

}  // namespace comdev::documents::document_store
