// A project team's documents on both databases: a study uploaded twice under one title keeps both
// versions, each downloadable with the type decided from its content, a safe RFC 6266 name and
// nosniff; bad input is a translated 4xx that stores nothing and leaves the server serving — a
// program, a web page or an SVG renamed .pdf, a zero-byte file, a 21 MB body (413 before it is
// read, by Content-Length or chunked), odd file names (../, NUL, control characters, 300
// characters, Arabic, emoji), the project's quota; an image gets a thumbnail without its
// metadata; someone outside the team guessing ids gets 403/404, never the content; the API has
// the pages' rules.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "documents_test_store.h"
#include "files/test_images.h"
#include "meetings_test_store.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using http::testing::RawConnection;
using nlohmann::json;
namespace dx = documents_test_store;
namespace mx = meetings_test_store;
using namespace std::chrono_literals;

std::string program_bytes() {
  return dx::slurp("/bin/true");
}

class Documents : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([this](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
      if (quota) c.document_quota_bytes = quota;
    });
    team = mx::new_team(*server, "Eau potable d'Imi n'Tassaft");
  }

  std::string list_path() const {
    return "/projects/" + std::to_string(team.project) + "/documents";
  }
  http::testing::ClientResponse upload(const SignedIn& who, const std::string& filename,
                                       const std::string& bytes, const std::string& title = "") {
    return dx::upload(server->port(), who, list_path(), filename, bytes, title);
  }
  http::testing::ClientResponse get(const SignedIn& who, const std::string& path) {
    return get_as(server->port(), who, path);
  }
  std::int64_t documents() { return dx::count(server->db(), "SELECT COUNT(*) FROM documents"); }
  std::int64_t versions() {
    return dx::count(server->db(), "SELECT COUNT(*) FROM document_versions");
  }
  std::string file_path(std::int64_t id, int number, const std::string& what = "file") {
    return "/documents/" + std::to_string(id) + "/versions/" + std::to_string(number) + "/" + what;
  }
  // A refused upload: its status, the translated reason on the page, and nothing kept.
  void expect_refused(const http::testing::ClientResponse& r, int status,
                      const std::string& reason) {
    EXPECT_EQ(r.status, status) << r.body.substr(0, 300);
    EXPECT_TRUE(contains(r.body, reason)) << reason;
    EXPECT_EQ(documents(), 0);
    EXPECT_EQ(dx::stored_files(*server).size(), 0u);
  }
  void expect_healthy() { EXPECT_EQ(Client(server->port()).get("/healthz").status, 200); }

  std::int64_t quota = 0;
  std::unique_ptr<TestServer> server;
  mx::Team team;
};

TEST_F(Documents, AStudyUploadedTwiceUnderOneTitleKeepsBothVersionsAndDownloadsEach) {
  const std::string v1 = dx::kPdf + "% première version\n";
  const std::string v2 = dx::kPdf + "% deuxième version, budget revu\n";
  auto first = upload(team.carrier, "etude v1.pdf", v1, "Étude de faisabilité");
  auto id = dx::document_id_of(first);
  ASSERT_NE(id, 0) << first.status << first.body.substr(0, 500);
  // The same title (blanks and ASCII case aside) is the same document, by another member.
  auto second = upload(team.expert, "etude v2.pdf", v2, "  Étude DE  faisabilité ");
  EXPECT_EQ(dx::document_id_of(second), id);
  EXPECT_EQ(documents(), 1);
  EXPECT_EQ(versions(), 2);

  auto page = get(team.observer, "/documents/" + std::to_string(id));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "Étude de faisabilité"));
  EXPECT_TRUE(contains(page.body, "v1"));
  EXPECT_TRUE(contains(page.body, "v2"));
  EXPECT_TRUE(contains(page.body, "etude v1.pdf"));

  for (auto [number, bytes, name] :
       {std::tuple{1, v1, "etude%20v1.pdf"}, std::tuple{2, v2, "etude%20v2.pdf"}}) {
    auto file = get(team.observer, file_path(id, number));
    ASSERT_EQ(file.status, 200) << number;
    EXPECT_EQ(file.body, bytes);
    EXPECT_EQ(file.headers["content-type"], "application/pdf");
    EXPECT_EQ(file.headers["x-content-type-options"], "nosniff");
    EXPECT_TRUE(contains(file.headers["content-disposition"], "attachment;"));
    EXPECT_TRUE(
        contains(file.headers["content-disposition"], std::string("filename*=UTF-8''") + name))
        << file.headers["content-disposition"];
  }
  // The bytes are on disk under their hash, not in the database.
  EXPECT_EQ(dx::stored_files(*server).size(), 2u);
  EXPECT_EQ(dx::count(server->db(),
                      "SELECT COUNT(*) FROM project_activity WHERE kind IN "
                      "('activity.document_added', 'activity.document_versioned')"),
            2);
  // The project's list shows the latest version.
  auto list = get(team.carrier, list_path());
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(contains(list.body, "etude v2.pdf"));
  EXPECT_TRUE(contains(list.body, "enctype=\"multipart/form-data\""));
}

TEST_F(Documents, ABusyProjectsListIsPagedAndTheOldestDocumentIsStillReached) {
  // 51 documents: the oldest is on the second page, not lost past a cap.
  for (int i = 0; i < 51; ++i) {
    auto r = upload(team.carrier, "piece.pdf", dx::kPdf + "% piece " + std::to_string(i) + "\n",
                    "Pièce " + std::to_string(i));
    ASSERT_NE(dx::document_id_of(r), 0) << i << " " << r.status;
  }
  auto first = get(team.observer, list_path());
  ASSERT_EQ(first.status, 200);
  EXPECT_TRUE(contains(first.body, "Pièce 50"));
  EXPECT_FALSE(contains(first.body, "Pièce 0<")) << "the oldest is on the next page";
  EXPECT_TRUE(contains(first.body, "href=\"" + list_path() + "?page=2\" rel=\"next\""));
  EXPECT_FALSE(contains(first.body, "rel=\"prev\""));
  auto second = get(team.observer, list_path() + "?page=2");
  ASSERT_EQ(second.status, 200);
  EXPECT_TRUE(contains(second.body, "Pièce 0<"));
  EXPECT_FALSE(contains(second.body, "Pièce 50"));
  EXPECT_TRUE(contains(second.body, "rel=\"prev\""));
  EXPECT_FALSE(contains(second.body, "rel=\"next\""));
  // A page past the end, or not a number, is an empty page or the first, never an error.
  EXPECT_EQ(get(team.observer, list_path() + "?page=9").status, 200);
  EXPECT_TRUE(contains(get(team.observer, list_path() + "?page=x").body, "Pièce 50"));
}

TEST_F(Documents, AProgramAWebPageOrAnSvgRenamedPdfIsRefusedAndNothingIsKept) {
  const std::string html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>";
  const std::string svg =
      "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)"
      "</script></svg>";
  for (const auto& bytes : {program_bytes(), html, svg}) {
    expect_refused(upload(team.carrier, "rapport.pdf", bytes, "Rapport"), 422,
                   "Ce type de fichier n&#39;est pas accepté");
  }
  // The same for an SVG under its own name: it is never stored, so never served.
  expect_refused(upload(team.carrier, "logo.svg", svg), 422, "pas accepté");
  expect_healthy();
}

TEST_F(Documents, AZeroByteFileIsRefusedAsEmpty) {
  expect_refused(upload(team.carrier, "vide.pdf", ""), 422, "Ce fichier est vide");
  expect_refused(upload(team.carrier, "", ""), 422, "Choisissez un fichier");
}

TEST_F(Documents, A21MegabyteUploadIs413BeforeItsBodyIsRead) {
  RawConnection conn(server->port());
  ASSERT_TRUE(conn.ok());
  // Only the header is sent: the answer comes without waiting for 21 MB.
  ASSERT_TRUE(conn.send(
      "POST " + list_path() + " HTTP/1.1\r\nHost: x\r\nCookie: " + team.carrier.cookie +
      "\r\nContent-Type: " + dx::content_type() + "\r\nContent-Length: 21000000\r\n\r\n"));
  auto r = conn.read_response(3s);
  EXPECT_EQ(r.status, 413) << r.error;
  EXPECT_TRUE(contains(r.body, "trop volumineuses"));
  // Chunked, the size is found while reading: 413 once the limit is passed.
  RawConnection chunked(server->port());
  std::string head =
      "POST " + list_path() + " HTTP/1.1\r\nHost: x\r\nCookie: " + team.carrier.cookie +
      "\r\nContent-Type: " + dx::content_type() + "\r\nTransfer-Encoding: chunked\r\n\r\n";
  ASSERT_TRUE(chunked.send(head));
  const std::string chunk = "100000\r\n" + std::string(0x100000, 'x') + "\r\n";
  for (int i = 0; i < 21 && chunked.send(chunk); ++i) {
  }
  EXPECT_EQ(chunked.read_response(5s).status, 413);
  EXPECT_EQ(documents(), 0);
  expect_healthy();
}

TEST_F(Documents, AFileJustUnder20MegabytesIsStored) {
  // The upload route's own limit, not the server's default (3 MB): a large study goes through.
  std::string big = dx::kPdf + std::string(19'900'000, ' ');
  auto r = upload(team.carrier, "etude complete.pdf", big, "Étude complète");
  ASSERT_EQ(r.status, 303) << r.body.substr(0, 300);
  auto file = get(team.carrier, file_path(dx::document_id_of(r), 1));
  EXPECT_EQ(file.body.size(), big.size());
  // Other forms keep the default limit.
  RawConnection other(server->port());
  ASSERT_TRUE(other.send("POST /projects/" + std::to_string(team.project) +
                         "/meetings HTTP/1.1\r\nHost: x\r\nCookie: " + team.carrier.cookie +
                         "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                         "Content-Length: 4000000\r\n\r\n"));
  EXPECT_EQ(other.read_response(3s).status, 413);
}

TEST_F(Documents, OddFileNamesAreCleanedIntoSafeDownloadNames) {
  const std::string arabic = "دراسة الجدوى.pdf";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"../../etc/passwd.pdf", "passwd.pdf"},
      {std::string("nul\0byte.pdf", 12), "nulbyte.pdf"},
      {"ctl\x01\x1f\x7fname.pdf", "ctlname.pdf"},
      {std::string(300, 'a') + ".pdf", std::string(146, 'a') + ".pdf"},
      {arabic, arabic},
      {"puits 🚰 2027.pdf", "puits 🚰 2027.pdf"},
  };
  int n = 0;
  for (const auto& [raw, expected] : cases) {
    ++n;
    auto r = upload(team.carrier, raw, dx::kPdf + "% " + std::to_string(n),
                    "Pièce " + std::to_string(n));
    auto id = dx::document_id_of(r);
    ASSERT_NE(id, 0) << expected << " " << r.status << r.body.substr(0, 300);
    auto file = get(team.carrier, file_path(id, 1));
    ASSERT_EQ(file.status, 200);
    const std::string cd = file.headers["content-disposition"];
    EXPECT_TRUE(contains(cd, "filename*=UTF-8''" + http::percent_encode(expected)) ||
                contains(cd, "filename*=UTF-8''" + expected))
        << cd;
    EXPECT_FALSE(contains(cd, "..")) << cd;
    EXPECT_FALSE(contains(cd, "/")) << cd;
    for (char c : cd) EXPECT_GE(static_cast<unsigned char>(c), 0x20) << cd;
    EXPECT_LE(cd.size(), 1200u);
  }
  expect_healthy();
}

TEST_F(Documents, APhotoGetsAThumbnailAndAPreviewWithoutItsMetadata) {
  auto jpeg = files::testing::make_image(".jpg", 1600, 1200, "GPS 31.6295N 7.9811W");
  auto r = upload(team.carrier, "chantier.jpg", jpeg, "Photo du chantier");
  auto id = dx::document_id_of(r);
  ASSERT_NE(id, 0) << r.body.substr(0, 300);
  for (const char* what : {"thumbnail", "preview"}) {
    auto img = get(team.observer, file_path(id, 1, what));
    ASSERT_EQ(img.status, 200) << what;
    EXPECT_EQ(img.headers["content-type"], "image/jpeg");
    EXPECT_TRUE(contains(img.headers["content-disposition"], "inline;"));
    EXPECT_EQ(img.body.substr(0, 3), "\xFF\xD8\xFF");
    EXPECT_FALSE(contains(img.body, "GPS 31.6295N")) << what;
  }
  auto list = get(team.carrier, list_path());
  EXPECT_TRUE(contains(list.body, file_path(id, 1, "thumbnail")));
  auto page = get(team.carrier, "/documents/" + std::to_string(id));
  EXPECT_TRUE(contains(page.body, file_path(id, 1, "preview")));
}

TEST_F(Documents, SomeoneOutsideTheTeamGuessingIdsGetsNothing) {
  const std::string secret = dx::kPdf + "% budget confidentiel de la commune\n";
  auto id = dx::document_id_of(upload(team.carrier, "budget.pdf", secret, "Budget"));
  ASSERT_NE(id, 0);
  for (const auto& path : {"/documents/" + std::to_string(id), file_path(id, 1), file_path(id, 2),
                           file_path(id, 1, "preview")}) {
    auto r = get(team.outsider, path);
    EXPECT_EQ(r.status, 404) << path;
    EXPECT_FALSE(contains(r.body, "confidentiel")) << path;
  }
  EXPECT_EQ(get(team.outsider, list_path()).status, 403);
  EXPECT_EQ(upload(team.outsider, "x.pdf", dx::kPdf, "Intrus").status, 403);
  // An observer reads but does not upload; the community's animator may.
  EXPECT_EQ(get(team.observer, file_path(id, 1)).body, secret);
  EXPECT_EQ(upload(team.observer, "x.pdf", dx::kPdf, "Observé").status, 403);
  EXPECT_EQ(get(team.animator, file_path(id, 1)).body, secret);
  EXPECT_EQ(documents(), 1);
  // Without a session: asked to sign in, nothing shown.
  auto anonymous = Client(server->port()).get(file_path(id, 1));
  EXPECT_NE(anonymous.status, 200);
  EXPECT_FALSE(contains(anonymous.body, "confidentiel"));
}

TEST_F(Documents, TheApiListsUploadsAndDownloadsWithThePagesRules) {
  auto token = token_of(server->port(), team.carrier);
  auto outsider = token_of(server->port(), team.outsider);
  auto api = [&](const std::string& method, const std::string& tok, const std::string& path,
                 const std::string& body = "", const std::string& type = "application/json") {
    Client c(server->port());
    return c.request(method, path, {{"Authorization", "Bearer " + tok}, {"Content-Type", type}},
                     body);
  };
  const std::string path = "/api/v1" + list_path();
  auto body = dx::multipart(
      {{"title", "Plan du réseau", ""}, {"kind", "plan", ""}, {"file", dx::kPdf, "réseau.pdf"}});
  auto made = api("POST", token, path, body, dx::content_type());
  ASSERT_EQ(made.status, 201) << made.body;
  auto doc = json::parse(made.body);
  EXPECT_EQ(doc["kind"], "plan");
  EXPECT_EQ(doc["latest"]["type"], "pdf");
  EXPECT_EQ(doc["latest"]["filename"], "réseau.pdf");
  auto list = api("GET", token, path);
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(json::parse(list.body)["documents"].size(), 1u);
  auto file = api("GET", token, doc["latest"]["url"].get<std::string>());
  EXPECT_EQ(file.body, dx::kPdf);
  EXPECT_EQ(file.headers["x-content-type-options"], "nosniff");
  // A program renamed .pdf: a JSON 422 naming the file field.
  auto refused = api("POST", token, path, dx::multipart({{"file", program_bytes(), "setup.pdf"}}),
                     dx::content_type());
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(json::parse(refused.body)["error"]["fields"].contains("file")) << refused.body;
  // Outside the team: 403 on the project, 404 on the document, never the bytes.
  EXPECT_EQ(api("GET", outsider, path).status, 403);
  EXPECT_EQ(api("POST", outsider, path, body, dx::content_type()).status, 403);
  auto guessed = api("GET", outsider, doc["latest"]["url"].get<std::string>());
  EXPECT_EQ(guessed.status, 404);
  EXPECT_FALSE(contains(guessed.body, "%PDF"));
  EXPECT_EQ(documents(), 1);
}

class DocumentsQuota : public Documents {
 protected:
  void SetUp() override {
    quota = 1000;
    Documents::SetUp();
  }
};

TEST_F(DocumentsQuota, AnUploadOverTheProjectsQuotaIsRefusedWithAClearMessage) {
  auto first = upload(team.carrier, "a.pdf", dx::kPdf + std::string(600, ' '), "Première");
  ASSERT_EQ(first.status, 303);
  auto second = upload(team.carrier, "b.pdf", dx::kPdf + std::string(601, ' '), "Seconde");
  EXPECT_EQ(second.status, 422);
  EXPECT_TRUE(contains(second.body, "n&#39;a plus assez d&#39;espace"))
      << second.body.substr(0, 2000);
  EXPECT_EQ(documents(), 1);
}

}  // namespace
}  // namespace comdev::testing
