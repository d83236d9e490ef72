// The documents' pages: a project's documents with the upload form (/projects/{id}/documents), a
// document with its versions and the form for a new one (/documents/{id}), each version's file,
// thumbnail and preview. Plain multipart forms, so uploading works without JavaScript; a refused
// upload comes back to its page with the reason and a 422.
#include <algorithm>

#include "core/text.h"
#include "features/documents/document_actions.h"
#include "features/documents/document_forms.h"
#include "features/documents/document_module.h"
#include "features/documents/document_permissions.h"
#include "features/documents/document_rules.h"
#include "features/documents/document_store.h"
#include "features/documents/document_views.h"
#include "files/disposition.h"
#include "i18n/catalogue.h"
#include "i18n/message.h"
#include "tpl/documents/delete.h"
#include "tpl/documents/document.h"
#include "tpl/documents/list.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/form_messages.h"
#include "web/private_page.h"

namespace comdev::documents {
namespace {

namespace ds = document_store;
using FilesPtr = std::shared_ptr<files::FileStore>;

std::string kind_label(web::Ctx& ctx, Kind k) {
  switch (k) {
    case Kind::study:
      return text(ctx, "documents.kind.study");
    case Kind::budget:
      return text(ctx, "documents.kind.budget");
    case Kind::plan:
      return text(ctx, "documents.kind.plan");
    case Kind::photo:
      return text(ctx, "documents.kind.photo");
    case Kind::minutes:
      return text(ctx, "documents.kind.minutes");
    case Kind::other:
      break;
  }
  return text(ctx, "documents.kind.other");
}

std::string size_text(web::Ctx& ctx, std::int64_t bytes) {
  if (bytes < 1'000'000) {
    return i18n::format(ctx.lang, "documents.size_kb",
                        {{"kb", std::to_string((bytes + 999) / 1000)}});
  }
  return i18n::format(ctx.lang, "documents.size", {{"mb", megabytes(bytes)}});
}

std::string uploaded_text(web::Ctx& ctx, const Version& v) {
  return i18n::format(ctx.lang, "documents.versions.uploaded",
                      {{"who", v.uploader_name}, {"when", v.uploaded_at.substr(0, 10)}});
}

std::string version_url(std::int64_t document_id, int number, std::string_view what) {
  return "/documents/" + std::to_string(document_id) + "/versions/" + std::to_string(number) + "/" +
         std::string(what);
}

std::vector<Choice> kinds(web::Ctx& ctx, std::string_view selected) {
  std::vector<Choice> out;
  for (Kind k : kKinds) {
    out.push_back({std::string(name(k)), kind_label(ctx, k), name(k) == selected});
  }
  return out;
}

// ---- a project's documents ----

http::Response list_page(web::Ctx& ctx, std::vector<std::string> errors = {},
                         std::string typed_title = {}, std::string typed_kind = {}) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto project_id = path_id(ctx);
  auto s = readable_project(ctx.app.db(), ctx.actor, project_id);
  if (!s) return web::reply_error(ctx, s.error());
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  const auto page =
      std::clamp<std::int64_t>(core::parse_id(ctx.query.get("page")), 1, kMaxListPage);
  // One more than a page tells whether a next page exists.
  auto list = ds::of_project(**lease, project_id, kDocumentsPerPage + 1,
                             static_cast<int>((page - 1) * kDocumentsPerPage));
  if (!list) return web::reply_error(ctx, list.error());
  const bool more = list->size() > static_cast<std::size_t>(kDocumentsPerPage);
  if (more) list->pop_back();
  auto used = ds::bytes_used(**lease, project_id);
  if (!used) return web::reply_error(ctx, used.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  ListView v;
  v.csrf = *csrf;
  v.project_title = s->project.title;
  const std::string base = "/projects/" + std::to_string(project_id);
  v.project_url = base;
  v.team_url = base + "/team";
  if (page > 1) v.prev_url = base + "/documents?page=" + std::to_string(page - 1);
  if (more) v.next_url = base + "/documents?page=" + std::to_string(page + 1);
  v.usage = i18n::format(
      ctx.lang, "documents.list.usage",
      {{"used", megabytes(*used)}, {"quota", megabytes(ctx.app.config().document_quota_bytes)}});
  for (const auto& d : *list) {
    DocumentRow r;
    r.title = d.title;
    r.url = "/documents/" + std::to_string(d.id);
    r.kind = kind_label(ctx, d.kind);
    r.version = i18n::format(ctx.lang, "documents.versions.label",
                             {{"number", std::to_string(d.versions)}});
    r.filename = d.latest.filename;
    r.size = size_text(ctx, d.latest.size);
    r.uploaded = uploaded_text(ctx, d.latest);
    r.has_thumb = d.latest.has_preview;
    r.thumb_url = version_url(d.id, d.versions, "thumbnail");
    v.documents.push_back(std::move(r));
  }
  v.can_upload = can(ctx.actor, Action::upload, {s->role}).allowed;
  v.action = base + "/documents";
  v.form_title = std::move(typed_title);
  v.kinds = kinds(ctx, typed_kind.empty() ? "study" : typed_kind);
  v.errors = std::move(errors);
  if (ctx.query.get("done") == "uploaded") v.notice = text(ctx, "documents.notice.uploaded");
  if (ctx.query.get("done") == "deleted") v.notice = text(ctx, "documents.notice.deleted");
  v.layout = web::make_layout(ctx, text(ctx, "documents.list.title") + " — " + v.project_title,
                              "projects");
  return web::render_private(ctx, v.errors.empty() ? 200 : 422,
                             [&](web::Out& out) { tpl::documents_list(out, v); });
}

// ---- a document ----

// The document of the route's id, if the actor may read it, with its versions (newest first).
struct DocumentWithVersions : DocumentAccess {
  std::vector<Version> versions;
};
Result<DocumentWithVersions> with_versions(web::Ctx& ctx) {
  auto a = readable_document(ctx.app.db(), ctx.actor, path_id(ctx));
  if (!a) return a.error();
  auto lease = ctx.app.db().acquire();
  if (!lease) return lease.error();
  auto versions = ds::versions(**lease, a->document.id);
  if (!versions) return versions.error();
  return DocumentWithVersions{std::move(*a), std::move(*versions)};
}

http::Response document_page(web::Ctx& ctx, std::vector<std::string> errors = {}) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto a = with_versions(ctx);
  if (!a) return web::reply_error(ctx, a.error());
  const Document& d = a->document;
  const auto& versions = a->versions;
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  DocumentView v;
  v.csrf = *csrf;
  v.title = d.title;
  v.kind = kind_label(ctx, d.kind);
  v.project_title = d.project_title;
  v.project_url = "/projects/" + std::to_string(d.project_id);
  v.list_url = v.project_url + "/documents";
  v.has_preview = d.latest.has_preview;
  v.preview_url = version_url(d.id, d.versions, "preview");
  v.preview_alt = i18n::format(ctx.lang, "documents.preview.alt", {{"title", d.title}});
  v.latest_download = version_url(d.id, d.versions, "file");
  bool all_mine = !versions.empty();
  for (const auto& ver : versions) {
    VersionRow r;
    r.label = i18n::format(ctx.lang, "documents.versions.label",
                           {{"number", std::to_string(ver.number)}});
    r.filename = ver.filename;
    r.size = size_text(ctx, ver.size);
    r.uploaded = uploaded_text(ctx, ver);
    r.download_url = version_url(d.id, ver.number, "file");
    r.delete_url = version_url(d.id, ver.number, "delete");
    r.latest = ver.number == d.versions;
    bool mine = ctx.actor.member_id != 0 && ver.uploaded_by == ctx.actor.member_id;
    r.can_delete = can(ctx.actor, Action::remove, {a->standing.role, mine}).allowed;
    all_mine = all_mine && mine;
    v.versions.push_back(std::move(r));
  }
  v.can_delete = can(ctx.actor, Action::remove, {a->standing.role, all_mine}).allowed;
  v.delete_url = "/documents/" + std::to_string(d.id) + "/delete";
  v.can_upload = can(ctx.actor, Action::upload, {a->standing.role}).allowed;
  v.action = "/documents/" + std::to_string(d.id) + "/versions";
  v.ask_title = false;
  v.errors = std::move(errors);
  if (ctx.query.get("done") == "uploaded") v.notice = text(ctx, "documents.notice.uploaded");
  if (ctx.query.get("done") == "version_deleted") {
    v.notice = text(ctx, "documents.notice.version_deleted");
  }
  v.layout = web::make_layout(ctx, d.title + " — " + d.project_title, "projects");
  return web::render_private(ctx, v.errors.empty() ? 200 : 422,
                             [&](web::Out& out) { tpl::documents_document(out, v); });
}

// ---- uploads ----

// Runs an upload and answers with the page it came from: a redirect when it is stored, the page
// again with the reasons when a field is refused, the error page otherwise.
template <class Again>
http::Response after_upload(web::Ctx& ctx, const Result<Uploaded>& r, Again again) {
  if (r) {
    return http::Response::redirect("/documents/" + std::to_string(r->document_id) +
                                    "?done=uploaded");
  }
  if (r.error().code == ErrorCode::invalid) return again(web::form_messages(ctx.lang, r.error()));
  return web::reply_error(ctx, r.error());
}

http::Response upload_form(web::Ctx& ctx, const FilesPtr& files) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  std::string title(ctx.form.get("title")), kind(ctx.form.get("kind"));
  auto again = [&](std::vector<std::string> errors) {
    return list_page(ctx, std::move(errors), title, kind);
  };
  auto project_id = path_id(ctx);
  auto s = readable_project(ctx.app.db(), ctx.actor, project_id);
  if (!s) return web::reply_error(ctx, s.error());
  if (auto d = can(ctx.actor, Action::upload, {s->role}); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto file = the_file(ctx.files);
  if (!file) return again(web::form_messages(ctx.lang, file.error()));
  auto in = parse_upload(title, kind, **file);
  if (!in) return again(web::form_messages(ctx.lang, in.error()));
  auto r = upload(ctx.app.db(), *files, ctx.actor, project_id, std::nullopt, *in, **file,
                  ctx.app.config().document_quota_bytes, ctx.app.clock().now());
  return after_upload(ctx, r, again);
}

http::Response version_form(web::Ctx& ctx, const FilesPtr& files) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto a = readable_document(ctx.app.db(), ctx.actor, path_id(ctx));
  if (!a) return web::reply_error(ctx, a.error());
  if (auto d = can(ctx.actor, Action::upload, {a->standing.role}); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto again = [&](std::vector<std::string> errors) {
    return document_page(ctx, std::move(errors));
  };
  auto file = the_file(ctx.files);
  if (!file) return again(web::form_messages(ctx.lang, file.error()));
  const Document& d = a->document;
  UploadInput in{d.title, d.kind};
  auto r = upload(ctx.app.db(), *files, ctx.actor, d.project_id, d.id, in, **file,
                  ctx.app.config().document_quota_bytes, ctx.app.clock().now());
  return after_upload(ctx, r, again);
}

// ---- deletions ----

// GET /documents/{id}/delete and /documents/{id}/versions/{number}/delete: what would go, and the
// button that does it (number 0: the whole document). Shown only to whom the policy allows.
http::Response delete_page(web::Ctx& ctx, int number) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto a = with_versions(ctx);
  if (!a) return web::reply_error(ctx, a.error());
  const Document& d = a->document;
  const auto& versions = a->versions;
  const Version* one = nullptr;
  bool mine = ctx.actor.member_id != 0;
  for (const auto& v : versions) {
    if (number != 0 && v.number != number) continue;
    if (number != 0) one = &v;
    mine = mine && v.uploaded_by == ctx.actor.member_id;
  }
  if (number != 0 && !one) return web::reply_error(ctx, Error::not_found());
  if (auto ok = can(ctx.actor, Action::remove, {a->standing.role, mine}); !ok) {
    return web::reply_error(ctx, ok.forbidden());
  }
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  DeleteView v;
  v.csrf = *csrf;
  v.title = d.title;
  v.project_title = d.project_title;
  v.project_url = "/projects/" + std::to_string(d.project_id);
  v.cancel_url = "/documents/" + std::to_string(d.id);
  if (one) {
    v.action = version_url(d.id, number, "delete");
    v.question = i18n::format(
        ctx.lang, "documents.delete.version_question",
        {{"number", std::to_string(number)}, {"title", d.title}, {"filename", one->filename}});
  } else {
    v.action = v.cancel_url + "/delete";
    v.question = i18n::format(ctx.lang, "documents.delete.document_question", {{"title", d.title}});
  }
  v.layout =
      web::make_layout(ctx, text(ctx, "documents.delete.title") + " — " + d.title, "projects");
  return web::render_private(ctx, 200, [&](web::Out& out) { tpl::documents_delete(out, v); });
}

http::Response delete_form(web::Ctx& ctx, const FilesPtr& files, int number) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = path_id(ctx);
  auto r = number == 0
               ? remove_document(ctx.app.db(), *files, ctx.actor, id, ctx.app.clock().now())
               : remove_version(ctx.app.db(), *files, ctx.actor, id, number, ctx.app.clock().now());
  if (!r) return web::reply_error(ctx, r.error());
  if (r->document_gone) {
    return http::Response::redirect("/projects/" + std::to_string(r->project_id) +
                                    "/documents?done=deleted");
  }
  return http::Response::redirect("/documents/" + std::to_string(id) + "?done=version_deleted");
}

// ---- files ----

// GET /documents/{id}/versions/{number}/{file|thumbnail|preview}
http::Response version_file(web::Ctx& ctx, const FilesPtr& files, std::string_view what) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto a = readable_document(ctx.app.db(), ctx.actor, path_id(ctx));
  if (!a) return web::reply_error(ctx, a.error());
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto v = ds::version(**lease, a->document.id, static_cast<int>(path_id(ctx, "number")));
  if (!v) return web::reply_error(ctx, v.error());
  if (!*v || !files::is_sha256((*v)->sha256)) return web::reply_error(ctx, Error::not_found());
  const Version& ver = **v;
  if (what == "file") {
    auto type = files::parse_type(ver.file_type);
    if (!type) return web::reply_error(ctx, Error::internal("documents: unknown stored type"));
    return file_response(*files, files->path_of(ver.sha256), files::mime_of(*type), ver.filename,
                         false);
  }
  if (!ver.has_preview) return web::reply_error(ctx, Error::not_found());
  auto d = what == "thumbnail" ? files::Derivative::thumbnail : files::Derivative::preview;
  return file_response(*files, files->path_of(ver.sha256, d), "image/jpeg",
                       ver.filename + files::suffix_of(d).data(), true);
}

}  // namespace

http::Response file_response(const files::FileStore& files, const std::string& path,
                             std::string_view content_type, const std::string& filename,
                             bool inline_view) {
  http::Response res;
  if (!files.readable(path)) {
    res = http::Response::text("", 404);
    return res;
  }
  // Sent from disk by the server a buffer at a time: a 20 MB study never sits in memory.
  res.status = 200;
  res.file_path = path;
  res.header("Content-Type", std::string(content_type));
  res.header("Content-Disposition", files::content_disposition(filename, inline_view));
  res.header("Cache-Control", "private, no-store");
  return res;
}

void register_pages(web::App& app, std::shared_ptr<files::FileStore> files) {
  app.get("/projects/{id:int}/documents", [](web::Ctx& ctx) { return list_page(ctx); });
  app.upload(http::Method::post, "/projects/{id:int}/documents", kMaxUploadBodyBytes,
             [files](web::Ctx& ctx) { return upload_form(ctx, files); });
  app.get("/documents/{id:int}", [](web::Ctx& ctx) { return document_page(ctx); });
  app.upload(http::Method::post, "/documents/{id:int}/versions", kMaxUploadBodyBytes,
             [files](web::Ctx& ctx) { return version_form(ctx, files); });
  app.get("/documents/{id:int}/delete", [](web::Ctx& ctx) { return delete_page(ctx, 0); });
  app.post("/documents/{id:int}/delete",
           [files](web::Ctx& ctx) { return delete_form(ctx, files, 0); });
  app.get("/documents/{id:int}/versions/{number:int}/delete", [](web::Ctx& ctx) {
    return delete_page(ctx, std::max(1, static_cast<int>(path_id(ctx, "number"))));
  });
  app.post("/documents/{id:int}/versions/{number:int}/delete", [files](web::Ctx& ctx) {
    return delete_form(ctx, files, std::max(1, static_cast<int>(path_id(ctx, "number"))));
  });
  for (std::string_view what : {"file", "thumbnail", "preview"}) {
    app.get("/documents/{id:int}/versions/{number:int}/" + std::string(what),
            [files, what](web::Ctx& ctx) { return version_file(ctx, files, what); });
  }
}

}  // namespace comdev::documents
