// The documents API (bearer token of a member; private to the team and the community's animators):
//   GET  /api/v1/projects/{id}/documents                      → {project_id, used_bytes,
//                                                               quota_bytes, documents}
//   POST /api/v1/projects/{id}/documents (multipart: file, title, kind) → 201 {document}
//   GET  /api/v1/documents/{id}                               → {document, versions}
//   GET  /api/v1/documents/{id}/file?version=N                → the file (attachment; default:
//                                                               the latest version)
//   DELETE /api/v1/documents/{id}                             → 204 (every version)
//   DELETE /api/v1/documents/{id}/versions/{number}           → 204 (the last one: the document)
// The same forms, policy and use cases as the pages; an upload is multipart, as a browser's, so a
// 20 MB file is streamed to disk and never sits in memory.
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "features/documents/document_actions.h"
#include "features/documents/document_api_doc.h"
#include "features/documents/document_forms.h"
#include "features/documents/document_module.h"
#include "features/documents/document_store.h"
#include "web/app.h"
#include "web/errors.h"

namespace comdev::documents {
namespace {

using nlohmann::json;
namespace ds = document_store;
using FilesPtr = std::shared_ptr<files::FileStore>;

std::string file_url(std::int64_t id, int number) {
  return "/api/v1/documents/" + std::to_string(id) + "/file?version=" + std::to_string(number);
}

json version_json(std::int64_t document_id, const Version& v) {
  auto type = files::parse_type(v.file_type);
  return {{"number", v.number},
          {"filename", v.filename},
          {"type", v.file_type},
          {"content_type", type ? std::string(files::mime_of(*type)) : std::string()},
          {"size", v.size},
          {"sha256", v.sha256},
          {"uploaded_by",
           v.uploaded_by ? json{{"id", v.uploaded_by}, {"display_name", v.uploader_name}} : json()},
          {"uploaded_at", v.uploaded_at},
          {"url", file_url(document_id, v.number)}};
}

json document_json(const Document& d) {
  return {{"id", d.id},
          {"project_id", d.project_id},
          {"title", d.title},
          {"kind", std::string(name(d.kind))},
          {"versions", d.versions},
          {"latest", version_json(d.id, d.latest)},
          {"created_at", d.created_at},
          {"updated_at", d.updated_at}};
}

http::Response list_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto project_id = core::parse_id(ctx.req.param("id"));
  if (auto s = readable_project(ctx.app.db(), ctx.actor, project_id); !s) {
    return web::reply_error(ctx, s.error());
  }
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto list = ds::of_project(**lease, project_id, kDocumentsListed);
  if (!list) return web::reply_error(ctx, list.error());
  auto used = ds::bytes_used(**lease, project_id);
  if (!used) return web::reply_error(ctx, used.error());
  json docs = json::array();
  for (const auto& d : *list) docs.push_back(document_json(d));
  return http::Response::json(json{
      {"project_id", project_id},
      {"used_bytes", *used},
      {"quota_bytes", ctx.app.config().document_quota_bytes},
      {"documents", docs}}.dump());
}

http::Response document_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto a = readable_document(ctx.app.db(), ctx.actor, core::parse_id(ctx.req.param("id")));
  if (!a) return web::reply_error(ctx, a.error());
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto versions = ds::versions(**lease, a->document.id);
  if (!versions) return web::reply_error(ctx, versions.error());
  json list = json::array();
  for (const auto& v : *versions) list.push_back(version_json(a->document.id, v));
  return http::Response::json(
      json{{"document", document_json(a->document)}, {"versions", list}}.dump());
}

http::Response upload_api(web::Ctx& ctx, const FilesPtr& files) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto project_id = core::parse_id(ctx.req.param("id"));
  // Who may not upload is told so before anything about the body is said.
  if (auto s = readable_project(ctx.app.db(), ctx.actor, project_id); !s) {
    return web::reply_error(ctx, s.error());
  }
  if (!ctx.req.header("content-type").starts_with("multipart/form-data")) {
    return web::reply_error(ctx, Error::invalid("documents.errors.multipart_expected"));
  }
  if (auto st = web::read_form(ctx); !st) {
    Error e = std::move(st).error();
    e.code = ErrorCode::invalid;
    return web::reply_error(ctx, e);
  }
  auto file = the_file(ctx.files);
  if (!file) return web::reply_error(ctx, file.error());
  auto in = parse_upload(ctx.form.get("title"), ctx.form.get("kind"), **file);
  if (!in) return web::reply_error(ctx, in.error());
  auto r = upload(ctx.app.db(), *files, ctx.actor, project_id, std::nullopt, *in, **file,
                  ctx.app.config().document_quota_bytes, ctx.app.clock().now());
  if (!r) return web::reply_error(ctx, r.error());
  auto a = readable_document(ctx.app.db(), ctx.actor, r->document_id);
  if (!a) return web::reply_error(ctx, a.error());
  return http::Response::json(document_json(a->document).dump(), 201);
}

http::Response file_api(web::Ctx& ctx, const FilesPtr& files) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto a = readable_document(ctx.app.db(), ctx.actor, core::parse_id(ctx.req.param("id")));
  if (!a) return web::reply_error(ctx, a.error());
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto asked = ctx.query.get("version");
  int number = asked.empty() ? a->document.versions : static_cast<int>(core::parse_id(asked));
  auto v = ds::version(**lease, a->document.id, number);
  if (!v) return web::reply_error(ctx, v.error());
  if (!*v || !files::is_sha256((*v)->sha256)) return web::reply_error(ctx, Error::not_found());
  auto type = files::parse_type((*v)->file_type);
  if (!type) return web::reply_error(ctx, Error::internal("documents: unknown stored type"));
  auto res = file_response(*files, files->path_of((*v)->sha256), files::mime_of(*type),
                           (*v)->filename, false);
  if (res.status != 200) return web::reply_error(ctx, Error::not_found());
  return res;
}

http::Response delete_api(web::Ctx& ctx, const FilesPtr& files, bool one_version) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto id = core::parse_id(ctx.req.param("id"));
  auto now = ctx.app.clock().now();
  auto r = one_version
               ? remove_version(ctx.app.db(), *files, ctx.actor, id,
                                static_cast<int>(core::parse_id(ctx.req.param("number"))), now)
               : remove_document(ctx.app.db(), *files, ctx.actor, id, now);
  if (!r) return web::reply_error(ctx, r.error());
  http::Response res;
  res.status = 204;
  return res;
}

}  // namespace

void register_api(web::App& app, std::shared_ptr<files::FileStore> files) {
  api_doc::describe_components(app.api_doc());
  app.get("/api/v1/projects/{id:int}/documents", list_api, api_doc::kDocuments);
  app.upload(
      http::Method::post, "/api/v1/projects/{id:int}/documents", kMaxUploadBodyBytes,
      [files](web::Ctx& ctx) { return upload_api(ctx, files); }, api_doc::kUploadDocument);
  app.get("/api/v1/documents/{id:int}", document_api, api_doc::kDocument);
  app.get(
      "/api/v1/documents/{id:int}/file", [files](web::Ctx& ctx) { return file_api(ctx, files); },
      api_doc::kDocumentFile);
  app.route(
      http::Method::del, "/api/v1/documents/{id:int}",
      [files](web::Ctx& ctx) { return delete_api(ctx, files, false); }, api_doc::kDeleteDocument);
  app.route(
      http::Method::del, "/api/v1/documents/{id:int}/versions/{number:int}",
      [files](web::Ctx& ctx) { return delete_api(ctx, files, true); }, api_doc::kDeleteVersion);
}

}  // namespace comdev::documents
