#include "store/testing/temp_db.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <random>

namespace comdev::store::testing {

namespace {

std::string random_suffix() {
  std::random_device rd;
  std::mt19937_64 gen((static_cast<std::uint64_t>(rd()) << 32) ^ rd() ^ ::getpid());
  static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string s;
  for (int i = 0; i < 12; ++i) s += kAlphabet[gen() % (sizeof kAlphabet - 1)];
  return s;
}

class SqliteTestDatabase : public TestDatabase {
 public:
  explicit SqliteTestDatabase(std::filesystem::path path)
      : path_(std::move(path)), url_("sqlite:" + path_.string()) {}
  ~SqliteTestDatabase() override {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
      std::filesystem::remove(path_.string() + suffix, ec);
    }
  }
  const std::string& url() const override { return url_; }
  Dialect dialect() const override { return Dialect::sqlite; }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  std::string url_;
};

class PgTestDatabase : public TestDatabase {
 public:
  PgTestDatabase(std::unique_ptr<Db> admin, std::string schema, std::string url)
      : admin_(std::move(admin)), schema_(std::move(schema)), url_(std::move(url)) {}
  ~PgTestDatabase() override {
    // Schema names are generated here from [a-z0-9]: no quoting issue.
    (void)admin_->query("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
  }
  const std::string& url() const override { return url_; }
  Dialect dialect() const override { return Dialect::postgres; }

 private:
  std::unique_ptr<Db> admin_;
  std::string schema_;
  std::string url_;
};

Result<std::string> pg_base_url() {
  if (const char* u = std::getenv("COMDEV_TEST_PG_URL"); u && *u) return std::string(u);
  const char* file = std::getenv("COMDEV_TEST_PG_URL_FILE");
  if (!file || !*file) {
    return Error::unavailable(
        "COMDEV_TEST_DB=postgres but neither COMDEV_TEST_PG_URL nor COMDEV_TEST_PG_URL_FILE is "
        "set (start one with script/pg-tmp, or run through ctest's pg fixture)");
  }
  std::ifstream in(file);
  std::string line;
  if (!in || !std::getline(in, line) || line.empty()) {
    return Error::unavailable(std::string("cannot read a PostgreSQL URL from ") + file +
                              " (did the ctest fixture pg.start run and succeed?)");
  }
  return line;
}

std::unique_ptr<SqliteTestDatabase> new_sqlite() {
  const char* tmp = std::getenv("TMPDIR");
  std::filesystem::path dir = tmp && *tmp ? tmp : "/tmp";
  auto path = dir / ("comdev-test-" + random_suffix() + ".db");
  return std::make_unique<SqliteTestDatabase>(path);
}

Result<std::unique_ptr<TestDatabase>> create_sqlite() {
  return std::unique_ptr<TestDatabase>(new_sqlite());
}

// A whole PostgreSQL database (a prepared seed, or a copy of one), dropped when destroyed.
class PgWholeDatabase : public TestDatabase {
 public:
  PgWholeDatabase(std::shared_ptr<Db> admin, std::string name, std::string url)
      : admin_(std::move(admin)), name_(std::move(name)), url_(std::move(url)) {}
  ~PgWholeDatabase() override {
    // Names are generated here from [a-z0-9_]: no quoting issue. FORCE ends a session a test
    // left behind rather than leaking the database.
    (void)admin_->query("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  }
  const std::string& url() const override { return url_; }
  Dialect dialect() const override { return Dialect::postgres; }
  const std::string& name() const { return name_; }

 private:
  std::shared_ptr<Db> admin_;
  std::string name_;
  std::string url_;
};

// The URL with its database name replaced: "postgresql://u@h:5432/comdev_test?x" → ".../NAME?x".
std::string with_database(const std::string& url, const std::string& name) {
  auto scheme = url.find("://");
  auto slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  auto query = url.find('?', slash == std::string::npos ? 0 : slash);
  std::string head = url.substr(0, std::min(slash, query));
  std::string tail = query == std::string::npos ? "" : url.substr(query);
  return head + "/" + name + tail;
}

Result<std::unique_ptr<PgWholeDatabase>> create_pg_database(const std::shared_ptr<Db>& admin,
                                                            const std::string& base,
                                                            const std::string& prefix,
                                                            const std::string& template_name) {
  std::string name = prefix + random_suffix();
  std::string sql = "CREATE DATABASE " + name;
  if (!template_name.empty()) sql += " TEMPLATE " + template_name;
  if (auto r = admin->query(sql); !r) return r.error();
  return std::make_unique<PgWholeDatabase>(admin, name, with_database(base, name));
}

// A prepared state kept for the whole process, and what copies it.
struct Seed {
  std::shared_ptr<Db> admin;                   // PostgreSQL: the connection that copies it
  std::string base_url;                        // PostgreSQL: the server's URL
  std::unique_ptr<SqliteTestDatabase> sqlite;  // one of these two
  std::unique_ptr<PgWholeDatabase> pg;
};

Result<std::unique_ptr<Seed>> make_seed(const std::function<Status(const std::string&)>& prepare) {
  auto seed = std::make_unique<Seed>();
  std::string url;
  if (test_db_kind() == "postgres") {
    auto base = pg_base_url();
    if (!base) return base.error();
    auto admin = open(*base, 1);
    if (!admin) return std::move(admin).error();
    seed->admin = std::shared_ptr<Db>(std::move(*admin));
    seed->base_url = *base;
    auto db = create_pg_database(seed->admin, *base, "s_", "");
    if (!db) return std::move(db).error();
    seed->pg = std::move(*db);
    url = seed->pg->url();
  } else if (test_db_kind() == "sqlite") {
    seed->sqlite = new_sqlite();
    url = seed->sqlite->url();
  } else {
    return Error::invalid().with_detail("COMDEV_TEST_DB must be sqlite or postgres, not " +
                                        test_db_kind());
  }
  if (auto st = prepare(url); !st) return st.error();
  return seed;
}

Result<std::unique_ptr<TestDatabase>> copy_seed(const Seed& seed) {
  if (seed.pg) {
    auto db = create_pg_database(seed.admin, seed.base_url, "t_", seed.pg->name());
    if (!db) return std::move(db).error();
    return std::unique_ptr<TestDatabase>(std::move(*db));
  }
  auto copy = new_sqlite();
  std::error_code ec;
  // The seed was closed after preparing, so its write-ahead log is folded into the file; copy a
  // log left behind anyway, so that the copy is the same database.
  for (const char* suffix : {"", "-wal"}) {
    std::filesystem::path from = seed.sqlite->path().string() + suffix;
    if (*suffix && !std::filesystem::exists(from)) continue;
    std::filesystem::copy_file(from, copy->path().string() + suffix, ec);
    if (ec) return Error::unavailable("copying the prepared test database: " + ec.message());
  }
  return std::unique_ptr<TestDatabase>(std::move(copy));
}

Result<std::unique_ptr<TestDatabase>> create_postgres() {
  auto base = pg_base_url();
  if (!base) return base.error();
  auto admin = open(*base, 1);
  if (!admin) return std::move(admin).error();
  std::string schema = "t_" + random_suffix();
  if (auto r = (*admin)->query("CREATE SCHEMA " + schema); !r) return r.error();
  std::string url = *base + (base->find('?') == std::string::npos ? "?" : "&") +
                    "options=-csearch_path%3D" + schema;
  return std::unique_ptr<TestDatabase>(
      new PgTestDatabase(std::move(*admin), schema, std::move(url)));
}

// A Db that also owns the database it is opened on. Leases point at the inner Db, so only
// acquire and stats need forwarding.
class OwningDb : public Db {
 public:
  OwningDb(std::unique_ptr<TestDatabase> owned, std::unique_ptr<Db> inner)
      : owned_(std::move(owned)), inner_(std::move(inner)) {}
  ~OwningDb() override { inner_.reset(); }  // close connections before dropping the database
  Dialect dialect() const override { return inner_->dialect(); }
  Result<Lease> acquire() override { return inner_->acquire(); }
  PoolStats stats() const override { return inner_->stats(); }

 protected:
  void release(std::unique_ptr<Conn>) override {}  // never called: see above

 private:
  std::unique_ptr<TestDatabase> owned_;
  std::unique_ptr<Db> inner_;
};

}  // namespace

std::string test_db_kind() {
  const char* k = std::getenv("COMDEV_TEST_DB");
  return k && *k ? k : "sqlite";
}

Result<std::unique_ptr<TestDatabase>> create_test_database() {
  std::string kind = test_db_kind();
  if (kind == "sqlite") return create_sqlite();
  if (kind == "postgres") return create_postgres();
  return Error::invalid().with_detail("COMDEV_TEST_DB must be sqlite or postgres, not " + kind);
}

Result<std::unique_ptr<TestDatabase>> create_prepared_test_database(
    const std::string& key, const std::function<Status(const std::string& url)>& prepare) {
  // Destroyed at exit, which drops the seeds (after every test's copy is gone).
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<Seed>> seeds;
  std::lock_guard lock(mutex);
  auto it = seeds.find(key);
  if (it == seeds.end()) {
    auto seed = make_seed(prepare);
    if (!seed) return std::move(seed).error();
    it = seeds.emplace(key, std::move(*seed)).first;
  }
  return copy_seed(*it->second);
}

Result<std::unique_ptr<Db>> open_test_db(int pool_size) {
  auto database = create_test_database();
  if (!database) return database.error();
  auto db = open((*database)->url(), pool_size);
  if (!db) return db.error();
  return std::unique_ptr<Db>(new OwningDb(std::move(*database), std::move(*db)));
}

}  // namespace comdev::store::testing
