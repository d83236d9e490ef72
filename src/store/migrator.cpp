#include "store/migrator.h"

#include "core/text.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

namespace comdev::store {

namespace {

// The SQL of the migrator itself lives here (and only here) because it is the store's own
// bookkeeping, not a feature's.
constexpr std::string_view kCreateTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, "
    "applied_at TEXT NOT NULL)";
constexpr std::string_view kSelectApplied =
    "SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version";
constexpr std::string_view kSelectOne = "SELECT checksum FROM schema_migrations WHERE version = $1";
constexpr std::string_view kInsert =
    "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($1, $2, $3, $4)";
// An arbitrary constant naming the lock, shared by every ComDev instance.
constexpr std::string_view kLock = "SELECT pg_advisory_xact_lock(7369206515326312)";

std::string utc_now() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string label(const MigrationFile& f) {
  if (!f.filename.empty()) return f.filename;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", f.version);
  return std::string(buf) + "_" + f.name;
}

Error changed(const MigrationFile& f, const std::string& recorded) {
  Error e = Error::internal("migration " + label(f) + " was changed after it was applied " +
                            "(recorded checksum " + recorded + ", file now " +
                            migration_checksum(f.sql) + "); add a new migration instead");
  e.message_id = "errors.migration_changed";
  return std::move(e).with_param("file", label(f));
}

// Inside a transaction: serialise with other migrators and make sure the table exists.
Status lock_and_prepare(Conn& c) {
  if (c.dialect() == Dialect::postgres) {
    if (auto r = c.query(kLock); !r) return r.error();
  }
  return c.exec_script(kCreateTable);
}

// Applies one migration unless another instance did it first. Runs in its own transaction.
Status apply_one(Db& db, const MigrationFile& f) {
  auto done = db.transaction<std::monostate>([&](Conn& c) -> Result<std::monostate> {
    if (auto s = lock_and_prepare(c); !s) return s.error();
    auto existing = c.query(kSelectOne, params(f.version));
    if (!existing) return existing.error();
    std::string sum = migration_checksum(f.sql);
    if (!existing->empty()) {
      std::string recorded = existing->rows[0].text(0);
      if (recorded != sum) return changed(f, recorded);
      return std::monostate{};
    }
    if (auto s = c.exec_script(f.sql); !s) {
      Error e = s.error();
      e.detail = "migration " + label(f) + ": " + e.detail;
      return e;
    }
    auto ins = c.query(kInsert, params(f.version, f.name, sum, utc_now()));
    if (!ins) return ins.error();
    return std::monostate{};
  });
  if (!done) return done.error();
  return {};
}

Result<std::vector<AppliedMigration>> read_applied(Db& db) {
  return db.transaction<
      std::vector<AppliedMigration>>([](Conn& c) -> Result<std::vector<AppliedMigration>> {
    if (auto s = lock_and_prepare(c); !s) return s.error();
    auto rows = c.query(kSelectApplied);
    if (!rows) return rows.error();
    std::vector<AppliedMigration> out;
    for (const Row& r : rows->rows) {
      out.push_back({static_cast<int>(r.integer(0)), r.text(1), r.text(2), r.text(3), true, false});
    }
    return out;
  });
}

std::optional<std::string> read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

std::string migration_checksum(std::string_view sql) {
  return core::fnv1a64_hex(sql);
}

Result<std::vector<MigrationFile>> load_migrations(const std::filesystem::path& dir) {
  static const std::regex pattern(R"(^(\d{4})_([a-z0-9_]+?)(\.(sqlite|pg))?\.sql$)");
  std::error_code ec;
  std::filesystem::directory_iterator it(dir, ec);
  if (ec) {
    return Error::unavailable("migrations directory " + dir.string() + ": " + ec.message());
  }
  std::vector<MigrationFile> out;
  for (const auto& entry : it) {
    std::string fname = entry.path().filename().string();
    if (!entry.is_regular_file() || entry.path().extension() != ".sql") continue;
    std::smatch m;
    if (!std::regex_match(fname, m, pattern)) {
      return Error::invalid("errors.migration_name")
          .with_detail("migration file " + fname +
                       " must be named NNNN_name.sql, NNNN_name.sqlite.sql or NNNN_name.pg.sql");
    }
    auto text = read_file(entry.path());
    if (!text) return Error::unavailable("cannot read migration " + entry.path().string());
    MigrationFile f;
    f.version = std::stoi(m[1].str());
    f.name = m[2].str();
    if (m[4].matched) f.dialect = m[4].str() == "pg" ? Dialect::postgres : Dialect::sqlite;
    f.sql = std::move(*text);
    f.filename = fname;
    out.push_back(std::move(f));
  }
  return out;
}

Result<std::vector<MigrationFile>> select_migrations(std::vector<MigrationFile> files,
                                                     Dialect dialect) {
  std::map<int, MigrationFile> generic, specific;
  for (auto& f : files) {
    if (f.dialect && *f.dialect != dialect) continue;
    auto& slot = f.dialect ? specific : generic;
    if (slot.count(f.version)) {
      return Error::invalid("errors.migration_name")
          .with_detail("two migrations with version " + std::to_string(f.version) + ": " +
                       label(slot[f.version]) + " and " + label(f));
    }
    slot.emplace(f.version, std::move(f));
  }
  for (auto& [v, f] : specific) generic.insert_or_assign(v, std::move(f));
  std::vector<MigrationFile> out;
  for (auto& [v, f] : generic) out.push_back(std::move(f));
  return out;
}

Status migrate(Db& db, std::vector<MigrationFile> files) {
  auto chosen = select_migrations(std::move(files), db.dialect());
  if (!chosen) return chosen.error();
  auto applied = read_applied(db);
  if (!applied) return applied.error();
  std::map<int, std::string> recorded;
  for (const auto& a : *applied) recorded[a.version] = a.checksum;
  // Check every applied file before applying anything new.
  for (const auto& f : *chosen) {
    auto it = recorded.find(f.version);
    if (it != recorded.end() && it->second != migration_checksum(f.sql)) {
      return changed(f, it->second);
    }
  }
  for (const auto& f : *chosen) {
    if (recorded.count(f.version)) continue;
    if (auto s = apply_one(db, f); !s) return s;
  }
  return {};
}

Status migrate(Db& db, const std::filesystem::path& dir) {
  auto files = load_migrations(dir);
  if (!files) return files.error();
  return migrate(db, std::move(*files));
}

Result<std::vector<AppliedMigration>> status(Db& db, const std::filesystem::path& dir) {
  auto files = load_migrations(dir);
  if (!files) return files.error();
  auto chosen = select_migrations(std::move(*files), db.dialect());
  if (!chosen) return chosen.error();
  auto applied = read_applied(db);
  if (!applied) return applied.error();
  std::map<int, AppliedMigration> all;
  for (auto& a : *applied) all[a.version] = a;
  for (const auto& f : *chosen) {
    std::string sum = migration_checksum(f.sql);
    auto it = all.find(f.version);
    if (it == all.end()) {
      all[f.version] = AppliedMigration{f.version, f.name, sum, "", false, false};
    } else {
      it->second.changed = it->second.checksum != sum;
    }
  }
  std::vector<AppliedMigration> out;
  for (auto& [v, a] : all) out.push_back(std::move(a));
  return out;
}

}  // namespace comdev::store
