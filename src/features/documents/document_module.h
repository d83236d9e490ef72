// The documents feature: a project team's documents — uploads with versions and kinds, previews,
// safe downloads, the per-project quota — as pages in the workspace and under /api/v1. The bytes
// are kept by the shared Files mechanism (src/files) under Config::data_dir/files. Comes after
// teams (whose standing it reads) and activity (whose timeline it writes).
#pragma once

#include <cstdint>
#include <memory>

#include <atomic>
#include <chrono>

#include "core/time.h"
#include "files/file_store.h"
#include "files/sweep.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev::documents {

// At most this many documents in the API's list.
inline constexpr int kDocumentsListed = 300;
// A project's documents page shows this many a page (a phone gets a short page), up to page
// kMaxListPage.
inline constexpr int kDocumentsPerPage = 50;
inline constexpr std::int64_t kMaxListPage = 10000;

void register_pages(web::App& app, std::shared_ptr<files::FileStore> files);  // document_pages.cpp
void register_api(web::App& app, std::shared_ptr<files::FileStore> files);    // document_api.cpp

// The original file or a derivative of one version as a download: the type decided at upload,
// an RFC 6266 name, nosniff (added to every response), never cached by shared caches. Images and
// previews are shown inline; every other file is an attachment, so nothing runs in the browser.
http::Response file_response(const files::FileStore& files, const std::string& path,
                             std::string_view content_type, const std::string& filename,
                             bool inline_view);

// How old a file no row names must be before the sweeper removes it: far longer than an upload
// takes between storing its file and committing its row.
inline constexpr std::chrono::seconds kSweepGrace = std::chrono::hours(1);

// One pass of the sweeper over `files` (document_sweeper.cpp); the job "files.sweep" runs it
// hourly on the shared scheduler.
Result<files::Swept> sweep_files(store::Db& db, files::FileStore& files, core::Seconds now,
                                 const std::atomic<bool>& stop);
void register_sweeper(web::App& app, std::shared_ptr<files::FileStore> files);

inline void register_module(web::App& app) {
  auto files = std::make_shared<files::FileStore>(app.config().data_dir + "/files");
  register_pages(app, files);
  register_api(app, files);
  register_sweeper(app, files);
}

}  // namespace comdev::documents
