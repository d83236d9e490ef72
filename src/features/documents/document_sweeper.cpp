// The hourly sweep of orphan files (files/sweep.h) for the documents' FileStore: a file under
// <data_dir>/files that no row names, an hour after it was last written, goes. The hour is the
// grace an upload in progress needs between storing its file and committing its row.
#include "core/log.h"
#include "features/documents/document_module.h"
#include "features/documents/document_store.h"
#include "files/sweep.h"

namespace comdev::documents {

Result<files::Swept> sweep_files(store::Db& db, files::FileStore& files, core::Seconds now,
                                 const std::atomic<bool>& stop) {
  return files::sweep(
      files, now, kSweepGrace,
      [&db](const std::string& sha) -> Result<bool> {
        auto lease = db.acquire();
        if (!lease) return lease.error();
        // Every table that names a file's hash; a feature that keeps files of its own adds its
        // count.
        auto refs = document_store::references(**lease, sha);
        if (!refs) return refs.error();
        return *refs > 0;
      },
      stop);
}

void register_sweeper(web::App& app, std::shared_ptr<files::FileStore> files) {
  store::Db& db = app.db();
  app.jobs().every("files.sweep", std::chrono::hours(1), std::chrono::minutes(10),
                   std::chrono::minutes(30),
                   [&db, files](core::Seconds now, const std::atomic<bool>& stop) -> Status {
                     auto r = sweep_files(db, *files, now, stop);
                     if (!r) return r.error();
                     if (r->removed + r->leftovers + r->temporaries > 0) {
                       log::info("files.swept", {{"removed", r->removed},
                                                 {"leftovers", r->leftovers},
                                                 {"temporaries", r->temporaries}});
                     }
                     return {};
                   });
}

}  // namespace comdev::documents
