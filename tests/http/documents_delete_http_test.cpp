// A team's documents leave as carefully as they came, on both databases: a version or a whole
// document is deleted after a confirmation (a POST with the CSRF token), by whom the policy allows;
// the deletion is audited and on the timeline, the quota frees its space, and a file goes from disk
// only once no row names it (the same bytes under two titles are one file). A file whose row could
// not be written does not stay on disk, the hourly sweeper removes old files no row names and
// nothing else, uploads arriving together never pass the quota, and a 20 MB download is streamed
// from disk: the same bytes, without the server holding them in memory.
#include <gtest/gtest.h>
#include <malloc.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "documents_test_store.h"
#include "features/documents/document_module.h"
#include "meetings_test_store.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using http::testing::RawConnection;
using nlohmann::json;
namespace dx = documents_test_store;
namespace mx = meetings_test_store;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

class DocumentsDeletion : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([this](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
      if (quota) c.document_quota_bytes = quota;
    });
    team = mx::new_team(*server, "Assainissement de Tiznit");
  }

  std::string list_path() const {
    return "/projects/" + std::to_string(team.project) + "/documents";
  }
  std::string doc_path(std::int64_t id) const { return "/documents/" + std::to_string(id); }
  http::testing::ClientResponse upload(const SignedIn& who, const std::string& filename,
                                       const std::string& bytes, const std::string& title) {
    return dx::upload(server->port(), who, list_path(), filename, bytes, title);
  }
  http::testing::ClientResponse get(const SignedIn& who, const std::string& path) {
    return get_as(server->port(), who, path);
  }
  http::testing::ClientResponse post(const SignedIn& who, const std::string& path) {
    return post_form(server->port(), who, path, "confirm=1");
  }
  std::int64_t count(const std::string& sql) { return dx::count(server->db(), sql); }
  std::int64_t used_bytes() {
    auto r = Client(server->port())
                 .request("GET", "/api/v1" + list_path(),
                          {{"Authorization", "Bearer " + token_of(server->port(), team.carrier)}});
    return r.status == 200 ? json::parse(r.body)["used_bytes"].get<std::int64_t>() : -1;
  }
  // The original files on disk (derivatives and tmp/ aside).
  std::size_t originals() {
    std::size_t n = 0;
    for (const auto& p : dx::stored_files(*server)) {
      auto name = fs::path(p).filename().string();
      if (name.size() == 64 && fs::path(p).parent_path().filename() != "tmp") ++n;
    }
    return n;
  }
  std::string files_root() const { return server->data_dir() + "/files"; }

  std::int64_t quota = 0;
  // The access log's lines, when a test collects them (before `server`: they outlive it).
  std::mutex log_mu;
  std::string log_text;
  std::unique_ptr<TestServer> server;
  mx::Team team;
};

TEST_F(DocumentsDeletion, AVersionThenTheDocumentAreDeletedAfterConfirmingAndTheirFilesGo) {
  const std::string v1 = dx::kPdf + "% étude, première version\n";
  const std::string v2 = dx::kPdf + "% étude, version de l'expert\n";
  auto id = dx::document_id_of(upload(team.carrier, "etude.pdf", v1, "Étude"));
  ASSERT_NE(id, 0);
  ASSERT_EQ(dx::document_id_of(upload(team.expert, "etude2.pdf", v2, "Étude")), id);
  // The same bytes as v1 under another title: one file on disk, named by two rows.
  auto copy = dx::document_id_of(upload(team.carrier, "copie.pdf", v1, "Copie de l'étude"));
  ASSERT_NE(copy, 0);
  ASSERT_EQ(originals(), 2u);
  const auto before = used_bytes();
  ASSERT_EQ(before, static_cast<std::int64_t>(2 * v1.size() + v2.size()));

  // The expert may delete the version they uploaded, not the carrier's, nor the document.
  EXPECT_EQ(get(team.expert, doc_path(id) + "/versions/1/delete").status, 403);
  EXPECT_EQ(post(team.expert, doc_path(id) + "/versions/1/delete").status, 403);
  EXPECT_EQ(post(team.expert, doc_path(id) + "/delete").status, 403);
  EXPECT_EQ(post(team.observer, doc_path(id) + "/versions/2/delete").status, 403);
  EXPECT_EQ(post(team.outsider, doc_path(id) + "/versions/2/delete").status, 404);
  auto page = get(team.expert, doc_path(id));
  EXPECT_TRUE(contains(page.body, doc_path(id) + "/versions/2/delete"));
  EXPECT_FALSE(contains(page.body, doc_path(id) + "/versions/1/delete"));
  auto confirm = get(team.expert, doc_path(id) + "/versions/2/delete");
  ASSERT_EQ(confirm.status, 200);
  EXPECT_TRUE(contains(confirm.body, "etude2.pdf"));
  EXPECT_TRUE(contains(confirm.body, "Supprimer définitivement"));
  // Without the form's CSRF token nothing happens.
  Client bare(server->port());
  EXPECT_EQ(bare.request("POST", doc_path(id) + "/versions/2/delete",
                         {{"Cookie", team.expert.cookie},
                          {"Content-Type", "application/x-www-form-urlencoded"}},
                         "confirm=1")
                .status,
            403);
  EXPECT_EQ(count("SELECT COUNT(*) FROM document_versions"), 3);

  auto done = post(team.expert, doc_path(id) + "/versions/2/delete");
  EXPECT_EQ(done.status, 303);
  EXPECT_EQ(done.headers["location"], doc_path(id) + "?done=version_deleted");
  EXPECT_EQ(count("SELECT COUNT(*) FROM document_versions"), 2);
  EXPECT_EQ(originals(), 1u);  // v2's bytes were named by no other row
  EXPECT_EQ(used_bytes(), before - static_cast<std::int64_t>(v2.size()));
  // v1 is the latest again, and downloads.
  EXPECT_EQ(get(team.observer, doc_path(id) + "/versions/1/file").body, v1);
  EXPECT_EQ(get(team.observer, doc_path(id) + "/versions/2/file").status, 404);

  // The carrier deletes the whole document; its file stays, the copy still names it.
  ASSERT_EQ(get(team.carrier, doc_path(id) + "/delete").status, 200);
  done = post(team.carrier, doc_path(id) + "/delete");
  EXPECT_EQ(done.status, 303);
  EXPECT_EQ(done.headers["location"], list_path() + "?done=deleted");
  EXPECT_EQ(get(team.carrier, doc_path(id)).status, 404);
  EXPECT_EQ(originals(), 1u);
  EXPECT_EQ(get(team.carrier, doc_path(copy) + "/versions/1/file").body, v1);

  // Through the API, the last one: now nothing names the file.
  auto token = token_of(server->port(), team.carrier);
  auto api = [&](const std::string& path) {
    return Client(server->port())
        .request("DELETE", "/api/v1" + path, {{"Authorization", "Bearer " + token}});
  };
  EXPECT_EQ(api(doc_path(copy) + "/versions/7").status, 404);
  EXPECT_EQ(api(doc_path(copy) + "/versions/1").status, 204);
  EXPECT_EQ(api(doc_path(copy)).status, 404);  // the last version took the document with it
  EXPECT_EQ(count("SELECT COUNT(*) FROM documents"), 0);
  EXPECT_EQ(originals(), 0u);
  EXPECT_EQ(used_bytes(), 0);

  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'document.version_deleted' AND "
                  "subject_type = 'document'"),
            2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'document.deleted' AND "
                  "actor_id = " +
                  std::to_string(team.carrier.member_id)),
            1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM project_activity WHERE kind IN "
                  "('activity.document_deleted', 'activity.document_version_deleted')"),
            3);
  auto timeline = get(team.carrier, "/projects/" + std::to_string(team.project) + "/activity");
  EXPECT_TRUE(contains(timeline.body, "a supprimé le document")) << timeline.status;
  EXPECT_TRUE(contains(timeline.body, "a supprimé une version de"));
}

TEST_F(DocumentsDeletion, TheApiRefusesWhomThePolicyRefuses) {
  auto id = dx::document_id_of(upload(team.carrier, "plan.pdf", dx::kPdf + "% plan", "Plan"));
  ASSERT_NE(id, 0);
  auto del = [&](const SignedIn& who, const std::string& path) {
    return Client(server->port())
        .request("DELETE", "/api/v1" + path,
                 {{"Authorization", "Bearer " + token_of(server->port(), who)}});
  };
  EXPECT_EQ(del(team.outsider, doc_path(id)).status, 404);
  EXPECT_EQ(del(team.observer, doc_path(id)).status, 403);
  EXPECT_EQ(del(team.expert, doc_path(id) + "/versions/1").status, 403);
  EXPECT_EQ(Client(server->port()).request("DELETE", "/api/v1" + doc_path(id)).status, 401);
  EXPECT_EQ(count("SELECT COUNT(*) FROM documents"), 1);
  EXPECT_EQ(del(team.animator, doc_path(id)).status, 204);
  EXPECT_EQ(count("SELECT COUNT(*) FROM documents"), 0);
}

TEST_F(DocumentsDeletion, AFileWhoseRowCouldNotBeWrittenDoesNotStay) {
  // The database refuses every new version, as a full disk or a lost connection would.
  auto& db = server->db();
  if (db.dialect() == store::Dialect::sqlite) {
    ASSERT_TRUE(db.query("CREATE TRIGGER refuse_versions BEFORE INSERT ON document_versions "
                         "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                    .ok());
  } else {
    ASSERT_TRUE(db.query("CREATE FUNCTION refuse_versions() RETURNS trigger AS $f$ BEGIN RAISE "
                         "EXCEPTION 'refused by the test'; END $f$ LANGUAGE plpgsql")
                    .ok());
    ASSERT_TRUE(db.query("CREATE TRIGGER refuse_versions BEFORE INSERT ON document_versions FOR "
                         "EACH ROW EXECUTE FUNCTION refuse_versions()")
                    .ok());
  }
  auto r = upload(team.carrier, "budget.pdf", dx::kPdf + "% budget", "Budget");
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(count("SELECT COUNT(*) FROM documents"), 0);
  EXPECT_EQ(dx::stored_files(*server).size(), 0u);
  EXPECT_EQ(Client(server->port()).get("/healthz").status, 200);
}

TEST_F(DocumentsDeletion, TheSweeperRemovesOldFilesNoRowNamesAndNothingElse) {
  auto id = dx::document_id_of(upload(team.carrier, "pv.pdf", dx::kPdf + "% pv", "PV"));
  ASSERT_NE(id, 0);
  ASSERT_EQ(dx::stored_files(*server).size(), 1u);
  const std::string kept = dx::stored_files(*server).front();
  // An orphan of two hours (a crash between a deletion's commit and its unlink), one written a
  // minute ago (an upload about to commit its row), and an abandoned temporary file.
  auto orphan = [&](char c) {
    std::string sha(64, c);
    fs::path p = fs::path(files_root()) / sha.substr(0, 2) / sha.substr(2, 2) / sha;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << dx::kPdf;
    return p;
  };
  auto old_orphan = orphan('a');
  auto young_orphan = orphan('b');
  fs::create_directories(fs::path(files_root()) / "tmp");
  auto temporary = fs::path(files_root()) / "tmp" / "upload-Xy12Z9";
  std::ofstream(temporary) << "half";
  for (const auto& p : {old_orphan, fs::path(kept), temporary}) {
    fs::last_write_time(p, fs::last_write_time(p) - 2h);
  }

  auto ran = server->app().jobs().run_due(server->clock().now() + 30min);
  ASSERT_TRUE(ran) << ran.error().detail;
  EXPECT_FALSE(fs::exists(old_orphan));
  EXPECT_FALSE(fs::exists(temporary));
  EXPECT_TRUE(fs::exists(young_orphan));  // within the grace period
  EXPECT_TRUE(fs::exists(kept));          // named by its version
  EXPECT_EQ(get(team.carrier, doc_path(id) + "/versions/1/file").status, 200);
}

class DocumentsQuotaRace : public DocumentsDeletion {
 protected:
  void SetUp() override {
    quota = 1000;
    DocumentsDeletion::SetUp();
  }
};

TEST_F(DocumentsQuotaRace, UploadsArrivingTogetherNeverPassTheQuota) {
  // Each fits alone (445 bytes), two fit together, eight arrive at once.
  constexpr int kUploads = 8;
  std::vector<http::testing::ClientResponse> answers(kUploads);
  std::vector<std::thread> threads;
  for (int i = 0; i < kUploads; ++i) {
    threads.emplace_back([&, i] {
      std::string bytes = dx::kPdf + "% " + std::to_string(i) + std::string(395, ' ');
      bytes.resize(445, ' ');
      // A long timeout: on a loaded machine the eight wait for each other's transactions.
      answers[i] = dx::upload(server->port(), team.carrier, list_path(),
                              "piece" + std::to_string(i) + ".pdf", bytes,
                              "Pièce " + std::to_string(i), "study", 60s);
    });
  }
  for (auto& t : threads) t.join();
  int stored = 0;
  for (const auto& a : answers) {
    if (a.status == 303) {
      ++stored;
      continue;
    }
    EXPECT_EQ(a.status, 422) << a.body.substr(0, 300);
    EXPECT_TRUE(contains(a.body, "n&#39;a plus assez d&#39;espace")) << a.body.substr(0, 300);
  }
  EXPECT_EQ(stored, 2);
  EXPECT_LE(count("SELECT COALESCE(SUM(size_bytes), 0) FROM document_versions"), quota);
  EXPECT_EQ(count("SELECT COUNT(*) FROM document_versions"), stored);
  // The refused uploads' files, stored before the quota said no, are gone again.
  EXPECT_EQ(originals(), static_cast<std::size_t>(stored));
}

// Resident memory of this process (the server runs in it), in bytes.
std::int64_t resident_bytes() {
  std::ifstream in("/proc/self/statm");
  std::int64_t pages = 0, resident = 0;
  in >> pages >> resident;
  return resident * ::sysconf(_SC_PAGESIZE);
}

TEST_F(DocumentsDeletion, ATwentyMegabyteDownloadIsStreamedFromDisk) {
  server->app().request_log().set_sink([&](std::string_view lines) {
    std::lock_guard lock(log_mu);
    log_text.append(lines);
  });
  std::int64_t id = 0;
  std::string sha;
  {
    std::string big = dx::kPdf + std::string(19'900'000, ' ');
    // Not all blanks, so that a download cut or shifted anywhere would differ.
    for (std::size_t i = 4096; i < big.size(); i += 4096) big[i] = static_cast<char>(0x80 + i % 97);
    auto r = upload(team.carrier, "etude complete.pdf", big, "Étude complète");
    id = dx::document_id_of(r);
    ASSERT_NE(id, 0) << r.status;
    auto file = get(team.carrier, doc_path(id) + "/versions/1/file");
    ASSERT_EQ(file.status, 200);
    EXPECT_EQ(file.body.size(), big.size());
    EXPECT_TRUE(file.body == big) << "the bytes differ";
    EXPECT_EQ(file.headers["content-length"], std::to_string(big.size()));
    EXPECT_EQ(file.headers["content-type"], "application/pdf");
    EXPECT_EQ(file.headers["x-content-type-options"], "nosniff");
    EXPECT_EQ(file.headers["cache-control"], "private, no-store");
    EXPECT_TRUE(contains(file.headers["content-disposition"], "attachment;"));
    // The access log counts the bytes sent, though the body never was in the response.
    const std::string logged = "\"status\":200,\"bytes\":" + std::to_string(big.size());
    bool found = false;
    for (int i = 0; i < 100 && !found; ++i) {
      server->app().request_log().flush();
      std::lock_guard lock(log_mu);
      found = contains(log_text, logged);
      if (!found) std::this_thread::sleep_for(20ms);
    }
    EXPECT_TRUE(found) << logged;
    // Never compressed, even for a client that asks.
    Client c(server->port());
    auto gz = c.get(doc_path(id) + "/versions/1/file",
                    {{"Cookie", team.carrier.cookie}, {"Accept-Encoding", "gzip"}});
    EXPECT_EQ(gz.headers.count("content-encoding"), 0u);
    EXPECT_EQ(gz.body.size(), big.size());
  }
  ::malloc_trim(0);
  const auto before = resident_bytes();
  // A reader that asks and then reads nothing: the server has sent what the socket takes and
  // holds the rest. Reading the file whole would put its 20 MB in memory now.
  RawConnection slow(server->port());
  ASSERT_TRUE(slow.send("GET " + doc_path(id) + "/versions/1/file HTTP/1.1\r\nHost: x\r\nCookie: " +
                        team.carrier.cookie + "\r\nConnection: close\r\n\r\n"));
  std::this_thread::sleep_for(500ms);
  const auto during = resident_bytes();
  EXPECT_LT(during - before, 8'000'000) << "resident memory grew by " << (during - before);
  std::string rest;
  EXPECT_TRUE(slow.read_until_closed(10s, &rest));
  EXPECT_GT(rest.size(), 19'900'000u);
  // HEAD: the length, no body.
  RawConnection head(server->port());
  ASSERT_TRUE(head.send("HEAD " + doc_path(id) +
                        "/versions/1/file HTTP/1.1\r\nHost: x\r\nCookie: " + team.carrier.cookie +
                        "\r\n\r\n"));
  auto h = head.read_response(3s, true);
  EXPECT_EQ(h.status, 200);
  EXPECT_EQ(h.headers["content-length"], std::to_string(dx::kPdf.size() + 19'900'000));
  EXPECT_TRUE(h.body.empty());
}

}  // namespace
}  // namespace comdev::testing
