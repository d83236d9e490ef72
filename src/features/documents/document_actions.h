// The documents' use cases, shared by the pages and the API: each checks the policy
// (document_permissions.h) and the rules (document_rules.h). A document the actor may not read is
// answered as not found, so guessing ids tells nothing; a project's documents page outside the
// team is a 403 (the project itself may be public).
#pragma once

#include <cstdint>
#include <optional>

#include "core/result.h"
#include "core/time.h"
#include "features/documents/document.h"
#include "features/teams/team_actions.h"
#include "files/file_store.h"
#include "http/multipart.h"
#include "store/db.h"
#include "web/actor.h"

namespace comdev::documents {

// Where the actor stands in the project's team, when they may see its documents.
Result<teams::Standing> readable_project(store::Db& db, const web::Actor& actor,
                                         std::int64_t project_id);

struct DocumentAccess {
  Document document;
  teams::Standing standing;
};
Result<DocumentAccess> readable_document(store::Db& db, const web::Actor& actor,
                                         std::int64_t document_id);

struct Uploaded {
  std::int64_t document_id = 0;
  int version = 0;
};

// Stores `file` and records it as a new document of the project or, when the project has a
// document with the same title (document_rules.h: title_key) or `document_id` is given, as that
// document's next version. Refusals with field "file": the files' (type, empty, too large,
// damaged image) and "documents.errors.quota" (params used/quota). Writes the activity timeline.
Result<Uploaded> upload(store::Db& db, files::FileStore& files, const web::Actor& actor,
                        std::int64_t project_id, std::optional<std::int64_t> document_id,
                        const UploadInput& in, const http::UploadedFile& file,
                        std::int64_t quota_bytes, core::Seconds now);

struct Removed {
  std::int64_t project_id = 0;
  std::int64_t document_id = 0;
  bool document_gone = false;  // the whole document is deleted (or its last version was)
  int files_removed = 0;       // files no row names any more, removed from disk
};

// Deletes version `number` of the document (when it is the last one, the document goes too), or
// the whole document. The policy's Action::remove: the uploader of the version (of every version
// for a whole document), the team's carriers and animators, the community's animators. Audited
// and on the timeline. The rows go in one transaction that also finds which files no row names
// any more; those are removed from disk after the commit, so a crash in between leaves an orphan
// for the sweeper (document_module.h), never a row without its file.
Result<Removed> remove_version(store::Db& db, files::FileStore& files, const web::Actor& actor,
                               std::int64_t document_id, int number, core::Seconds now);
Result<Removed> remove_document(store::Db& db, files::FileStore& files, const web::Actor& actor,
                                std::int64_t document_id, core::Seconds now);

}  // namespace comdev::documents
