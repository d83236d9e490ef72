#include "ops/backup.h"

#include <fstream>
#include <sstream>

#include "files/backup_hold.h"
#include "ops/file_tree.h"
#include "store/migrator.h"
#include "store/snapshot.h"
#include "store/url.h"

namespace comdev::ops {

namespace fs = std::filesystem;

namespace {

std::string driver_name(store::Dialect d) {
  return d == store::Dialect::sqlite ? "sqlite" : "postgres";
}

Status write_file(const fs::path& path, const std::string& text) {
  fs::path part = path;
  part += ".part";
  {
    std::ofstream out(part, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) return Error::unavailable("cannot write " + part.string());
  }
  std::error_code ec;
  fs::rename(part, path, ec);
  if (ec) return Error::unavailable("cannot write " + path.string() + ": " + ec.message());
  return {};
}

Result<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error::invalid("restore.bad_manifest").with_detail("no " + path.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The backup folder, created, or refused when it already holds something: a backup never
// mixes with another one.
Status prepare_dir(const fs::path& dir) {
  std::error_code ec;
  if (fs::exists(dir, ec)) {
    if (!fs::is_directory(dir, ec)) {
      return Error::conflict("backup.dir_not_empty")
          .with_detail(dir.string() + " exists and is not a folder");
    }
    if (!fs::is_empty(dir, ec)) {
      return Error::conflict("backup.dir_not_empty")
          .with_detail(dir.string() + " is not empty; give a new or empty folder");
    }
    return {};
  }
  fs::create_directories(dir, ec);
  if (ec) return Error::unavailable("cannot create " + dir.string() + ": " + ec.message());
  return {};
}

// The latest migration among the files this program carries.
Result<int> latest_known(const fs::path& migrations_dir, store::Dialect dialect) {
  auto files = store::load_migrations(migrations_dir);
  if (!files) return files.error();
  auto selected = store::select_migrations(std::move(*files), dialect);
  if (!selected) return selected.error();
  return selected->empty() ? 0 : selected->back().version;
}

}  // namespace

Result<Manifest> backup(const BackupRequest& request) {
  auto url = store::parse_db_url(request.database_url);
  if (!url) return url.error();
  if (auto st = prepare_dir(request.dir); !st) return st.error();

  Manifest m;
  m.comdev_version = request.comdev_version;
  m.created_at = request.now;
  m.driver = driver_name(url->dialect);
  m.database_file = url->dialect == store::Dialect::sqlite ? "comdev.sqlite" : "comdev.pgdump";
  const fs::path dump = request.dir / m.database_file;
  // Nothing leaves the file store from before the snapshot until the copy is done: see backup.h.
  auto hold = files::BackupHold::take(request.data_dir / "files");
  if (!hold) return hold.error();
  // The database first, the files after it: see backup.h.
  auto snap = store::take_snapshot(request.database_url, dump);
  if (!snap) return snap.error();
  m.schema_version = snap->schema_version;
  m.database_schema = snap->schema;

  auto files = copy_tree(request.data_dir / "files", request.dir / "files", {});
  if (!files) return files.error();
  m.file_count = files->count;
  m.file_bytes = files->bytes;

  auto sum = sha256_of_file(dump);
  if (!sum) return sum.error();
  m.database_sha256 = *sum;
  std::error_code ec;
  m.database_bytes = fs::file_size(dump, ec);
  if (auto st = write_file(request.dir / "manifest.json", to_json(m)); !st) return st.error();
  return m;
}

Result<Restored> restore(const RestoreRequest& request) {
  auto url = store::parse_db_url(request.database_url);
  if (!url) return url.error();
  auto text = read_file(request.dir / "manifest.json");
  if (!text) {
    return Error::invalid("restore.bad_manifest")
        .with_detail((request.dir / "manifest.json").string() +
                     " is missing: not a backup folder, or an unfinished backup");
  }
  auto m = parse_manifest(*text);
  if (!m) return m.error();
  if (m->driver != driver_name(url->dialect)) {
    return Error::invalid("restore.bad_manifest")
        .with_detail("the backup is of a " + m->driver + " database; the target is " +
                     driver_name(url->dialect));
  }
  const fs::path dump = request.dir / m->database_file;
  auto sum = sha256_of_file(dump);
  if (!sum) return sum.error();
  if (*sum != m->database_sha256) {
    return Error::invalid("restore.checksum_mismatch")
        .with_detail(dump.string() + " has SHA-256 " + *sum + ", the manifest says " +
                     m->database_sha256 + ": the dump was changed or damaged");
  }
  auto known = latest_known(request.migrations_dir, url->dialect);
  if (!known) return known.error();
  if (m->schema_version > *known) {
    return Error::invalid("restore.newer_schema")
        .with_detail("the backup's schema is at migration " + std::to_string(m->schema_version) +
                     ", this program knows up to " + std::to_string(*known) +
                     ": restore it with a newer ComDev");
  }
  auto empty = store::database_is_empty(request.database_url);
  if (!empty) return empty.error();
  if (!*empty) {
    return Error::conflict("restore.database_not_empty")
        .with_detail(
            "the target database already has tables; restore only into an empty "
            "database (create a new one, or point --database at a new file)");
  }

  if (auto st = store::restore_snapshot(request.database_url, dump, m->database_schema); !st) {
    return st.error();
  }
  Restored out;
  out.manifest = *m;
  auto files = copy_tree(request.dir / "files", request.data_dir / "files",
                         {CopyMode::copy, /*verify_hashes=*/true});
  if (!files) return files.error();
  out.files = files->count;

  auto db = store::open(request.database_url, 1);
  if (!db) return db.error();
  if (auto st = store::migrate(**db, request.migrations_dir); !st) return st.error();
  auto version = store::schema_version(**db);
  if (!version) return version.error();
  out.schema_version = *version;
  return out;
}

}  // namespace comdev::ops
