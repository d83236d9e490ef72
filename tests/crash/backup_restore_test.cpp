// Backup and restore of a running instance: `comdev backup` runs while several clients write
// (contact messages through the API, documents uploaded by a project team), the server stops, and
// `comdev restore` puts the backup into an empty database and an empty data folder. The restored
// database holds every row the backup's snapshot holds, unchanged; every file its documents refer
// to is there with the right SHA-256; the restored server starts and serves a document. And the
// refusals: a backup into a folder that is not empty, a restore into a database that is not
// empty, a dump changed after the backup. A backup of an older schema is migrated when restored;
// one of a newer schema is refused. Run once on SQLite and once on PostgreSQL (see
// tests/crash.cmake).
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "crash_server.h"
#include "documents_test_store.h"
#include "features/contact/contact_store.h"
#include "features/organisations/organisation_store.h"
#include "http/server/testing/http_client.h"
#include "ops/file_tree.h"
#include "store/snapshot.h"
#include "store/testing/temp_db.h"
#include "teams_test_store.h"
#include "test_members.h"

namespace comdev::testing {
namespace {

namespace fs = std::filesystem;
namespace dx = documents_test_store;
namespace fx = teams_test_store;

// A folder under $TMPDIR, removed with this object.
struct TempDir {
  TempDir() {
    std::random_device rd;
    path = fs::temp_directory_path() / ("comdev-backup-test-" + std::to_string(rd()));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  fs::path path;
};

// A fresh database with no table: a new SQLite file, or a new PostgreSQL database (the backup's
// schema must not exist there: a new schema beside the original one would not do).
Result<std::unique_ptr<store::testing::TestDatabase>> empty_database() {
  if (store::testing::test_db_kind() == "sqlite") return store::testing::create_test_database();
  return store::testing::create_prepared_test_database(
      "backup-empty", [](const std::string&) -> Status { return {}; });
}

// The base tables of the database's schema.
std::vector<std::string> tables(store::Db& db) {
  auto r = db.dialect() == store::Dialect::sqlite
               ? db.query(
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                     "'sqlite_%' ORDER BY name")
               : db.query(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                     "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name");
  std::vector<std::string> out;
  if (!r.ok()) return out;
  for (const auto& row : r->rows) out.push_back(row.text(0));
  return out;
}

std::string encode(const store::Value& v) {
  if (std::holds_alternative<std::monostate>(v)) return "\\N";
  if (auto* i = std::get_if<std::int64_t>(&v)) return "i" + std::to_string(*i);
  if (auto* d = std::get_if<double>(&v)) return "d" + std::to_string(*d);
  return "s" + std::get<std::string>(v);
}

// Every row of `table`, each as one string of its values, sorted: two tables hold the same rows
// exactly when these are equal.
std::vector<std::string> rows_of(store::Db& db, const std::string& table) {
  std::vector<std::string> out;
  auto r = db.query("SELECT * FROM " + table);
  EXPECT_TRUE(r.ok()) << table << ": " << (r.ok() ? "" : r.error().detail);
  if (!r.ok()) return out;
  for (const auto& row : r->rows) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) line += encode(row.at(i)) + '\x1f';
    out.push_back(std::move(line));
  }
  std::sort(out.begin(), out.end());
  return out;
}

using Contents = std::map<std::string, std::vector<std::string>>;

Contents contents(store::Db& db) {
  Contents out;
  for (const auto& t : tables(db)) out[t] = rows_of(db, t);
  return out;
}

bool is_subset(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  return std::includes(big.begin(), big.end(), small.begin(), small.end());
}

std::int64_t count(store::Db& db, const std::string& sql) {
  auto r = db.query(sql);
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
}

std::string data_dir_flag(const fs::path& p) {
  return "--data-dir=" + p.string();
}

// A team of a new project: a verified representative of its carrier, who may upload documents.
SignedIn carrier_of_new_project(store::Db& db, std::int64_t* project) {
  namespace org = organisations::organisation_store;
  *project = fx::new_project(db, "Station d'épuration de Tamaloukt");
  auto carrier = sign_in_new_member(db, Role::member);
  auto animator = sign_in_new_member(db, Role::animator);
  auto carrier_org = fx::carrier_of(db, *project);
  EXPECT_TRUE(org::request_representation(db, carrier_org, carrier.member_id, "").ok());
  EXPECT_TRUE(org::decide(db, animator.member_id, carrier_org, carrier.member_id, true, "").ok());
  return carrier;
}

std::string pdf(const std::string& tag) {
  return dx::kPdf + "% " + tag + "\n";
}

TEST(BackupRestore, ABackupTakenUnderLoadRestoresEveryRowAndFileAndTheServerServesIt) {
  auto database = store::testing::create_test_database();
  ASSERT_TRUE(database.ok()) << database.error().detail;
  const std::string url = (*database)->url();
  TempDir tmp;
  const fs::path data = tmp.path / "data", backup_dir = tmp.path / "backup";
  ASSERT_EQ(run_comdev({"demo", "--database", url, data_dir_flag(data)}), 0);
  std::int64_t project = 0;
  SignedIn carrier;
  {
    auto db = store::open(url, 2);
    ASSERT_TRUE(db.ok()) << db.error().detail;
    carrier = carrier_of_new_project(**db, &project);
  }
  ASSERT_NE(project, 0);

  Child server = start_server(url, {data_dir_flag(data)});
  ASSERT_GT(server.port, 0) << "comdev serve did not start";
  const std::string documents_path = "/projects/" + std::to_string(project) + "/documents";
  // Two documents before the load, each with its bytes.
  std::map<std::int64_t, std::string> uploaded;
  for (const std::string title : {"Étude de faisabilité", "Budget prévisionnel"}) {
    auto bytes = pdf(title);
    auto r = dx::upload(server.port, carrier, documents_path, title + ".pdf", bytes, title);
    auto id = dx::document_id_of(r);
    ASSERT_NE(id, 0) << r.status << " " << r.body.substr(0, 300);
    uploaded[id] = bytes;
  }

  // The load: four clients send contact messages, a fifth uploads documents, without pause.
  std::mutex mu;
  std::vector<std::string> acknowledged;
  std::atomic<int> documents_acknowledged{0};
  std::atomic<bool> stop_load{false};
  std::vector<std::thread> clients;
  for (int t = 0; t < 4; ++t) {
    clients.emplace_back([&, t] {
      for (int i = 0; !stop_load; ++i) {
        std::string key = "backup-" + std::to_string(t) + "-" + std::to_string(i) + "-000000";
        std::string body = R"({"request_key":")" + key +
                           R"(","name":"Charge","email":"load@example.org",)"
                           R"("message":"Un message écrit pendant la sauvegarde."})";
        auto r =
            http::testing::Client(server.port).post("/api/v1/contact", body, "application/json");
        if (r.status == 201) {
          std::lock_guard lock(mu);
          acknowledged.push_back(key);
        } else if (r.status == 0) {
          return;
        }
      }
    });
  }
  clients.emplace_back([&] {
    for (int i = 0; !stop_load; ++i) {
      std::string title = "Compte rendu " + std::to_string(i);
      auto r = dx::upload(server.port, carrier, documents_path, title + ".pdf", pdf(title), title);
      if (dx::document_id_of(r) != 0) ++documents_acknowledged;
      if (r.status == 0) return;
    }
  });
  for (int waited = 0; waited < 500; ++waited) {
    {
      std::lock_guard lock(mu);
      if (acknowledged.size() >= 300 && documents_acknowledged >= 3) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  std::vector<std::string> before_backup;
  {
    std::lock_guard lock(mu);
    before_backup = acknowledged;
  }
  const int documents_before_backup = documents_acknowledged;
  std::string backup_err;
  const int backup_status = run_comdev(
      {"backup", backup_dir.string(), "--database", url, data_dir_flag(data)}, &backup_err);
  std::size_t during_backup = 0;
  {
    std::lock_guard lock(mu);
    during_backup = acknowledged.size() - before_backup.size();
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // writes after the backup too
  stop_load = true;
  for (auto& c : clients) c.join();
  EXPECT_TRUE(stop(server)) << "graceful stop on SIGTERM";
  ASSERT_EQ(backup_status, 0) << backup_err;
  ASSERT_TRUE(fs::exists(backup_dir / "manifest.json"));
  ASSERT_GE(before_backup.size(), 50u) << "the load did not run";

  // A second backup into the same folder is refused: it is not empty.
  std::string again_err;
  EXPECT_NE(run_comdev({"backup", backup_dir.string(), "--database", url, data_dir_flag(data)},
                       &again_err),
            0);
  EXPECT_NE(again_err.find("backup.dir_not_empty"), std::string::npos) << again_err;

  // A restore into the database that was backed up is refused: it is not empty.
  std::string busy_err;
  EXPECT_NE(run_comdev({"restore", backup_dir.string(), "--database", url,
                        data_dir_flag(tmp.path / "unused")},
                       &busy_err),
            0);
  EXPECT_NE(busy_err.find("restore.database_not_empty"), std::string::npos) << busy_err;

  // A dump changed after the backup fails its checksum, and nothing is written.
  {
    const fs::path tampered = tmp.path / "tampered";
    fs::copy(backup_dir, tampered, fs::copy_options::recursive);
    const std::string dump =
        (tampered /
         (store::testing::test_db_kind() == "sqlite" ? "comdev.sqlite" : "comdev.pgdump"))
            .string();
    {
      std::fstream f(dump, std::ios::in | std::ios::out | std::ios::binary);
      f.seekp(200);
      f.put('\x5a');
    }
    auto target = empty_database();
    ASSERT_TRUE(target.ok()) << target.error().detail;
    std::string err;
    EXPECT_NE(run_comdev({"restore", tampered.string(), "--database", (*target)->url(),
                          data_dir_flag(tmp.path / "tampered-data")},
                         &err),
              0);
    EXPECT_NE(err.find("restore.checksum_mismatch"), std::string::npos) << err;
    auto still_empty = store::database_is_empty((*target)->url());
    ASSERT_TRUE(still_empty.ok());
    EXPECT_TRUE(*still_empty);
    EXPECT_FALSE(fs::exists(tmp.path / "tampered-data" / "files"));
  }

  // The restore proper: an empty database, an empty data folder.
  auto target = empty_database();
  ASSERT_TRUE(target.ok()) << target.error().detail;
  const std::string restored_url = (*target)->url();
  const fs::path restored_data = tmp.path / "restored-data";
  std::string restore_err;
  ASSERT_EQ(run_comdev({"restore", backup_dir.string(), "--database", restored_url,
                        data_dir_flag(restored_data)},
                       &restore_err),
            0)
      << restore_err;

  auto original_db = store::open(url, 2);
  auto restored_db = store::open(restored_url, 2);
  ASSERT_TRUE(original_db.ok() && restored_db.ok());
  const Contents original = contents(**original_db);
  const Contents restored = contents(**restored_db);

  // Every table is there. Those the load wrote after the snapshot hold a part of the original's
  // rows, each identical; the rest are identical whole. (The jobs' rows may also change after
  // the snapshot: the scheduler records each run; they are compared by their count only.)
  const std::set<std::string> written_by_the_load = {"contact_messages", "documents",
                                                     "document_versions", "project_activity"};
  std::vector<std::string> differing;
  for (const auto& [table, rows] : original) {
    auto it = restored.find(table);
    ASSERT_NE(it, restored.end()) << "table " << table << " is missing after the restore";
    if (it->second == rows) continue;
    differing.push_back(table);
    if (table == "jobs") {
      EXPECT_EQ(it->second.size(), rows.size());
      continue;
    }
    EXPECT_TRUE(written_by_the_load.count(table))
        << table << ": " << it->second.size() << " rows restored, " << rows.size()
        << " in the original, and the load does not write it";
    EXPECT_TRUE(is_subset(it->second, rows)) << table << ": a restored row is not in the original";
  }
  EXPECT_EQ(restored.size(), original.size());

  // Every write acknowledged before the backup began is in it.
  auto found = contact::contact_store::count_keys(**restored_db, before_backup);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(*found, static_cast<std::int64_t>(before_backup.size()));
  const auto restored_documents = count(**restored_db, "SELECT COUNT(*) FROM documents");
  EXPECT_GE(restored_documents, 2 + documents_before_backup);

  // On SQLite the snapshot is itself a database: the restore holds exactly its rows.
  if (store::testing::test_db_kind() == "sqlite") {
    const fs::path copy = tmp.path / "snapshot-copy.sqlite";
    fs::copy_file(backup_dir / "comdev.sqlite", copy);
    auto snapshot = store::open("sqlite:" + copy.string(), 1);
    ASSERT_TRUE(snapshot.ok());
    EXPECT_TRUE(contents(**snapshot) == restored) << "the restore differs from the snapshot";
  }

  // Every file a restored document version refers to is there, with its content's hash.
  auto versions = (*restored_db)->query("SELECT sha256 FROM document_versions");
  ASSERT_TRUE(versions.ok());
  ASSERT_GE(versions->rows.size(), 2u);
  for (const auto& row : versions->rows) {
    const std::string sha = row.text(0);
    const fs::path file = restored_data / "files" / sha.substr(0, 2) / sha.substr(2, 2) / sha;
    auto sum = ops::sha256_of_file(file);
    ASSERT_TRUE(sum.ok()) << file << " is missing";
    EXPECT_EQ(*sum, sha);
  }
  restored_db->reset();
  original_db->reset();

  // The restored server starts and serves a document uploaded before the backup.
  Child again = start_server(restored_url, {data_dir_flag(restored_data)});
  ASSERT_GT(again.port, 0) << "the restored server did not start";
  for (const auto& [id, bytes] : uploaded) {
    auto r = http::testing::Client(again.port)
                 .request("GET", "/documents/" + std::to_string(id) + "/versions/1/file",
                          {{"Cookie", carrier.cookie}}, "");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body, bytes);
  }
  EXPECT_TRUE(stop(again));

  std::printf(
      "backup test (%s): %zu contact writes acknowledged before the backup, %zu during it; "
      "%lld documents restored; tables differing from the original after the load: %zu\n",
      store::testing::test_db_kind().c_str(), before_backup.size(), during_backup,
      static_cast<long long>(restored_documents), differing.size());
  for (const auto& t : differing) std::printf("  %s\n", t.c_str());
}

// A share folder with the migrations up to `last` only: the program as an older ComDev knew it.
fs::path older_share(const fs::path& root, int last) {
  fs::create_directories(root / "migrations");
  for (const auto& e : fs::directory_iterator(COMDEV_MIGRATIONS_DIR)) {
    const std::string name = e.path().filename().string();
    if (std::atoi(name.c_str()) <= last) fs::copy_file(e.path(), root / "migrations" / name);
  }
  return root;
}

TEST(BackupRestore, AnOlderBackupComesUpToDateAndANewerOneIsRefused) {
  auto database = store::testing::create_test_database();
  ASSERT_TRUE(database.ok()) << database.error().detail;
  TempDir tmp;
  const fs::path old_share = older_share(tmp.path / "old-share", 29);
  const std::string old_flag = "--share-dir=" + old_share.string();
  const std::string url = (*database)->url();
  ASSERT_EQ(run_comdev({"migrate", "--database", url, old_flag}), 0);
  std::string err;
  ASSERT_EQ(run_comdev({"backup", (tmp.path / "old").string(), "--database", url,
                        data_dir_flag(tmp.path / "data"), old_flag},
                       &err),
            0)
      << err;

  // Restored by the current program: the migrations after 29 are applied.
  auto target = empty_database();
  ASSERT_TRUE(target.ok()) << target.error().detail;
  ASSERT_EQ(run_comdev({"restore", (tmp.path / "old").string(), "--database", (*target)->url(),
                        data_dir_flag(tmp.path / "restored")},
                       &err),
            0)
      << err;
  {
    auto db = store::open((*target)->url(), 1);
    ASSERT_TRUE(db.ok());
    auto version = store::schema_version(**db);
    ASSERT_TRUE(version.ok());
    EXPECT_GT(*version, 29);
    EXPECT_GE(count(**db, "SELECT COUNT(*) FROM online_payments"), 0) << "a table of 0034";
  }

  // A backup of the current schema, restored by the older program, is refused untouched.
  ASSERT_EQ(run_comdev({"backup", (tmp.path / "new").string(), "--database", (*target)->url(),
                        data_dir_flag(tmp.path / "restored")}),
            0);
  auto older_target = empty_database();
  ASSERT_TRUE(older_target.ok()) << older_target.error().detail;
  err.clear();
  EXPECT_NE(run_comdev({"restore", (tmp.path / "new").string(), "--database",
                        (*older_target)->url(), data_dir_flag(tmp.path / "older"), old_flag},
                       &err),
            0);
  EXPECT_NE(err.find("restore.newer_schema"), std::string::npos) << err;
  auto empty = store::database_is_empty((*older_target)->url());
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(*empty);
}

}  // namespace
}  // namespace comdev::testing
