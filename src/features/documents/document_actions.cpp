#include "features/documents/document_actions.h"

#include <set>

#include "core/log.h"
#include "features/activity/activity_store.h"
#include "features/audit/audit_store.h"
#include "features/documents/document_permissions.h"
#include "features/documents/document_rules.h"
#include "features/documents/document_store.h"
#include "files/disposition.h"

namespace comdev::documents {
namespace {

namespace ds = document_store;

// A refusal about the uploaded file, shown beside the form's file field.
Error file_error(const Error& e) {
  if (e.code != ErrorCode::invalid) return e;
  Error out = Error::invalid("errors.invalid", {{"file", e.message_id}});
  out.params = e.params;
  out.detail = e.detail;
  return out;
}

files::Source source_of(const http::UploadedFile& f) {
  return f.spool_path.empty() ? files::Source::memory(f.bytes)
                              : files::Source::range(f.spool_path, f.offset, f.size);
}

// Removes from disk the files of `candidates` that no row names (checked again now: an upload of
// the same bytes may have committed since). A failure is logged, not returned: the rows are right,
// and the sweeper takes the file later.
int remove_unreferenced(store::Db& db, files::FileStore& files,
                        const std::set<std::string>& candidates) {
  int removed = 0;
  for (const auto& sha : candidates) {
    auto lease = db.acquire();
    if (!lease) break;
    auto refs = ds::references(**lease, sha);
    if (!refs || *refs > 0) continue;
    if (auto st = files.remove(sha); !st) {
      log::warn("documents.file_not_removed", {{"detail", st.error().detail}});
      continue;
    }
    ++removed;
  }
  return removed;
}

// The shared path of both deletions: `number` 0 deletes the whole document.
Result<Removed> remove_rows(store::Db& db, files::FileStore& files, const web::Actor& actor,
                            std::int64_t document_id, int number, core::Seconds now) {
  const std::string when = core::iso(now);
  std::set<std::string> unreferenced;
  auto r = db.transaction<Removed>([&](store::Conn& c) -> Result<Removed> {
    unreferenced.clear();
    auto d = ds::find(c, document_id);
    if (!d) return d.error();
    if (!*d) return Error::not_found();
    const Document& doc = **d;
    auto s = teams::standing(c, actor, doc.project_id);
    if (!s) return s.error();
    if (!can(actor, Action::view, {s->role})) return Error::not_found();
    std::vector<Version> gone;
    if (number == 0) {
      auto all = ds::versions(c, document_id);
      if (!all) return all.error();
      gone = std::move(*all);
    } else {
      auto v = ds::version(c, document_id, number);
      if (!v) return v.error();
      if (!*v) return Error::not_found();
      gone.push_back(std::move(**v));
    }
    bool uploader = actor.member_id != 0 && !gone.empty();
    for (const auto& v : gone) uploader = uploader && v.uploaded_by == actor.member_id;
    if (auto ok = can(actor, Action::remove, {s->role, uploader}); !ok) return ok.forbidden();

    Removed out{doc.project_id, document_id, number == 0, 0};
    if (number == 0) {
      if (auto st = ds::delete_document(c, document_id); !st) return st.error();
    } else {
      auto last = ds::delete_version(c, document_id, number);
      if (!last) return last.error();
      out.document_gone = *last;
    }
    std::int64_t bytes = 0;
    for (const auto& v : gone) {
      bytes += v.size;
      auto refs = ds::references(c, v.sha256);
      if (!refs) return refs.error();
      if (*refs == 0) unreferenced.insert(v.sha256);
    }
    const std::string detail = doc.title + (number == 0 ? "" : " v" + std::to_string(number)) +
                               " (" + std::to_string(gone.size()) + " version(s), " +
                               std::to_string(bytes) + " bytes)";
    if (auto st = audit::audit_store::record(
            c, actor.member_id, number == 0 ? "document.deleted" : "document.version_deleted",
            "document", document_id, detail);
        !st) {
      return st.error();
    }
    const std::string path = out.document_gone
                                 ? "/projects/" + std::to_string(doc.project_id) + "/documents"
                                 : "/documents/" + std::to_string(document_id);
    activity::Event e{doc.project_id, out.document_gone ? kDocumentDeleted : kVersionDeleted,
                      actor.member_id, doc.title, path};
    if (auto st = activity::activity_store::record(c, e, when); !st) return st.error();
    return out;
  });
  if (!r) return r;
  r->files_removed = remove_unreferenced(db, files, unreferenced);
  return r;
}

}  // namespace

Result<Removed> remove_version(store::Db& db, files::FileStore& files, const web::Actor& actor,
                               std::int64_t document_id, int number, core::Seconds now) {
  if (number < 1) return Error::not_found();
  return remove_rows(db, files, actor, document_id, number, now);
}

Result<Removed> remove_document(store::Db& db, files::FileStore& files, const web::Actor& actor,
                                std::int64_t document_id, core::Seconds now) {
  return remove_rows(db, files, actor, document_id, 0, now);
}

Result<teams::Standing> readable_project(store::Db& db, const web::Actor& actor,
                                         std::int64_t project_id) {
  auto s = teams::standing(db, actor, project_id);
  if (!s) return s.error();
  if (auto d = can(actor, Action::view, {s->role}); !d) return d.forbidden();
  return s;
}

Result<DocumentAccess> readable_document(store::Db& db, const web::Actor& actor,
                                         std::int64_t document_id) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto d = ds::find(**lease, document_id);
  if (!d) return d.error();
  if (!*d) return Error::not_found();
  auto s = teams::standing(**lease, actor, (*d)->project_id);
  if (!s) return s.error();
  // Outside the team, a document's id tells nothing: not even that it exists.
  if (!can(actor, Action::view, {s->role})) return Error::not_found();
  return DocumentAccess{std::move(**d), std::move(*s)};
}

Result<Uploaded> upload(store::Db& db, files::FileStore& files, const web::Actor& actor,
                        std::int64_t project_id, std::optional<std::int64_t> document_id,
                        const UploadInput& in, const http::UploadedFile& file,
                        std::int64_t quota_bytes, core::Seconds now) {
  // Checked before the file is written, so a refused upload costs no disk.
  {
    auto lease = db.acquire();
    if (!lease) return lease.error();
    auto s = teams::standing(**lease, actor, project_id);
    if (!s) return s.error();
    if (auto d = can(actor, Action::upload, {s->role}); !d) return d.forbidden();
    auto used = ds::bytes_used(**lease, project_id);
    if (!used) return used.error();
    if (auto q = within_quota(*used, static_cast<std::int64_t>(file.length()), quota_bytes); !q) {
      return file_error(q.error());
    }
  }
  auto stored = files.put(source_of(file), kMaxFileBytes);
  if (!stored) return file_error(stored.error());

  const std::string when = core::iso(now);
  auto r = db.transaction<Uploaded>([&](store::Conn& c) -> Result<Uploaded> {
    // Again inside the transaction, under the project's lock: two uploads at once are checked one
    // after the other, each seeing the other's version, so together they cannot pass the quota.
    if (auto st = ds::lock_project(c, project_id); !st) return st.error();
    auto s = teams::standing(c, actor, project_id);
    if (!s) return s.error();
    if (auto d = can(actor, Action::upload, {s->role}); !d) return d.forbidden();
    auto used = ds::bytes_used(c, project_id);
    if (!used) return used.error();
    if (auto q = within_quota(*used, static_cast<std::int64_t>(stored->size), quota_bytes); !q) {
      return file_error(q.error());
    }
    std::int64_t id = 0;
    if (document_id) {
      auto d = ds::find(c, *document_id);
      if (!d) return d.error();
      if (!*d || (*d)->project_id != project_id) return Error::not_found();
      id = *document_id;
    } else {
      auto made = ds::document_for(c, project_id, in, title_key(in.title), actor.member_id, when);
      if (!made) return made.error();
      id = *made;
    }
    Version v;
    v.sha256 = stored->sha256;
    v.filename = files::safe_filename(file.filename, stored->type);
    v.file_type = std::string(files::name_of(stored->type));
    v.size = static_cast<std::int64_t>(stored->size);
    v.has_preview = stored->has_derivatives;
    v.uploaded_by = actor.member_id;
    auto number = ds::add_version(c, id, v, when);
    if (!number) return number.error();
    auto doc = ds::find(c, id);
    if (!doc) return doc.error();
    if (!*doc) return Error::not_found();
    activity::Event e{project_id, *number == 1 ? kDocumentAdded : kDocumentVersioned,
                      actor.member_id, (*doc)->title, "/documents/" + std::to_string(id)};
    if (auto st = activity::activity_store::record(c, e, when); !st) return st.error();
    return Uploaded{id, *number};
  });
  if (!r) {
    // No row names the file this upload wrote: it goes now rather than wait for the sweeper. A
    // file that was already there is someone else's (or the sweeper's) business.
    if (stored->created) remove_unreferenced(db, files, {stored->sha256});
    return r;
  }
  // A deletion of the same bytes may have removed the file between put() and the commit; the row
  // now names it, so it is stored again from the request's copy, still at hand.
  if (!files.exists(stored->sha256)) {
    if (auto again = files.put(source_of(file), kMaxFileBytes); !again) {
      log::error("documents.file_lost", {{"detail", again.error().detail}});
    }
  }
  return r;
}

}  // namespace comdev::documents
