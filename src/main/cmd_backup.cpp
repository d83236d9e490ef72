#include <cstdio>

#include "core/time.h"
#include "main/commands.h"
#include "main/wiring.h"
#include "ops/backup.h"

namespace comdev {

// A consistent copy of the database and the uploaded files into one new folder, while the
// server runs (src/ops/backup.h; docs/deploy.md).
int cmd_backup(const Config& config, const std::vector<std::string>& args) {
  if (args.size() != 1) {
    std::fprintf(stderr, "usage: comdev backup DIR   (DIR: a new or empty folder)\n");
    return 2;
  }
  auto m =
      ops::backup({config.database_url, config.data_dir, args[0], COMDEV_VERSION, core::iso_now()});
  if (!m) return fail("backup", m.error());
  std::printf(
      "backup written to %s: %s database at migration %d (%s, %llu bytes), %llu files "
      "(%llu bytes)\n",
      args[0].c_str(), m->driver.c_str(), m->schema_version, m->database_file.c_str(),
      static_cast<unsigned long long>(m->database_bytes),
      static_cast<unsigned long long>(m->file_count),
      static_cast<unsigned long long>(m->file_bytes));
  return 0;
}

// Puts a backup folder back into an empty database and the data folder, then migrates.
int cmd_restore(const Config& config, const std::vector<std::string>& args) {
  if (args.size() != 1) {
    std::fprintf(stderr, "usage: comdev restore DIR   (into an empty database; server stopped)\n");
    return 2;
  }
  auto r = ops::restore(
      {config.database_url, config.data_dir, args[0], share_path(config, "migrations")});
  if (!r) return fail("restore", r.error());
  std::printf(
      "restored %s (made %s, migration %d) with %llu files; database now at migration "
      "%d\n",
      args[0].c_str(), r->manifest.created_at.c_str(), r->manifest.schema_version,
      static_cast<unsigned long long>(r->files), r->schema_version);
  return 0;
}

}  // namespace comdev
