// All SQL of the documents feature (documents, document_versions). The bytes are on disk
// (files::FileStore); these rows name them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/documents/document.h"
#include "store/db.h"

namespace comdev::documents::document_store {

// A project's documents with their latest version, most recently changed first: at most
// `limit`, after skipping `offset` (a page past the first).
Result<std::vector<Document>> of_project(store::Conn& c, std::int64_t project_id, int limit,
                                         int offset = 0);

Result<std::optional<Document>> find(store::Conn& c, std::int64_t id);
Result<std::optional<std::int64_t>> find_by_title(store::Conn& c, std::int64_t project_id,
                                                  const std::string& title_key);

// Every version of a document, the latest first.
Result<std::vector<Version>> versions(store::Conn& c, std::int64_t document_id);
Result<std::optional<Version>> version(store::Conn& c, std::int64_t document_id, int number);

// What the project's documents take on disk, every version counted.
Result<std::int64_t> bytes_used(store::Conn& c, std::int64_t project_id);

// The document with this title, created if the project has none (two uploads racing on one title
// both land in the same document). REQUIRES: inside the caller's transaction.
Result<std::int64_t> document_for(store::Conn& c, std::int64_t project_id, const UploadInput& in,
                                  const std::string& title_key, std::int64_t member_id,
                                  const std::string& now);

// Adds the next version; returns its number. REQUIRES: inside the caller's transaction.
Result<int> add_version(store::Conn& c, std::int64_t document_id, const Version& v,
                        const std::string& now);

// Takes the project's row lock (PostgreSQL; SQLite's write transaction already serialises), so
// that two uploads to one project check the quota one after the other. REQUIRES: inside the
// caller's transaction.
Status lock_project(store::Conn& c, std::int64_t project_id);

// Deletes one version; when it was the document's last, the document too. When it was the latest,
// the document's `versions` becomes the highest number left (the next upload reuses the number
// freed). Returns whether the document is gone. REQUIRES: inside the caller's transaction.
Result<bool> delete_version(store::Conn& c, std::int64_t document_id, int number);
// Deletes the document and every version. REQUIRES: inside the caller's transaction.
Status delete_document(store::Conn& c, std::int64_t document_id);

// How many rows name the file `sha256` (every table that does: today, document_versions).
Result<std::int64_t> references(store::Conn& c, const std::string& sha256);

}  // namespace comdev::documents::document_store
