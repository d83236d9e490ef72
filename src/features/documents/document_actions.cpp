#include "features/documents/document_actions.h"

#include "features/activity/activity_store.h"
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

}  // namespace

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
  return db.transaction<Uploaded>([&](store::Conn& c) -> Result<Uploaded> {
    auto s = teams::standing(c, actor, project_id);
    if (!s) return s.error();
    if (auto d = can(actor, Action::upload, {s->role}); !d) return d.forbidden();
    // Again inside the transaction: two uploads at once may not both fit.
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
}

}  // namespace comdev::documents
