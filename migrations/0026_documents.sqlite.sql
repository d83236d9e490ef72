-- 0026 documents (SQLite variant; keep in step with 0026_documents.pg.sql).
-- A project team's documents. The bytes live on disk, content-addressed (src/files:
-- <data_dir>/files/ab/cd/<sha256>); these rows say what they are. A document is a title and a
-- kind; each upload under the same title (title_key: trimmed, ASCII letters lower-cased) is its
-- next version, the older ones kept. `versions` is the number of the latest.
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  title_key TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('study', 'budget', 'plan', 'photo', 'minutes', 'other')),
  versions INTEGER NOT NULL DEFAULT 0,
  created_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (project_id, title_key)
);
CREATE INDEX documents_project ON documents (project_id, updated_at);

-- One uploaded file of a document. `filename` is the cleaned name it downloads as
-- (files::safe_filename); `file_type` the type decided from the content (files::name_of);
-- `has_preview` whether thumbnail and preview images exist next to the file.
CREATE TABLE document_versions (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version >= 1),
  sha256 TEXT NOT NULL,
  filename TEXT NOT NULL,
  file_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
  has_preview INTEGER NOT NULL DEFAULT 0,
  uploaded_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  uploaded_at TEXT NOT NULL,
  PRIMARY KEY (document_id, version)
);
CREATE INDEX document_versions_sha256 ON document_versions (sha256);
