// Fixtures of the documents HTTP tests: multipart bodies as a browser sends them, uploads as a
// signed-in member or with a bearer token, the files of the test server's data folder.
#pragma once

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "app_test_util.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing::documents_test_store {

inline const std::string kBoundary = "----comdevTestBoundary7MA4YWxkTrZu0gW";
inline const std::string kPdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

struct Part {
  std::string name, value;
  std::string filename;  // empty: a text field
};

inline std::string multipart(const std::vector<Part>& parts) {
  std::string body;
  for (const auto& p : parts) {
    body += "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + p.name + "\"";
    if (!p.filename.empty() || p.name == "file") {
      body += "; filename=\"" + p.filename + "\"\r\nContent-Type: application/pdf";
    }
    body += "\r\n\r\n" + p.value + "\r\n";
  }
  return body + "--" + kBoundary + "--\r\n";
}

inline std::string content_type() {
  return "multipart/form-data; boundary=" + kBoundary;
}

// An upload form posted as `who` (with their CSRF token) to `path`.
inline http::testing::ClientResponse upload(
    std::uint16_t port, const SignedIn& who, const std::string& path, const std::string& filename,
    const std::string& bytes, const std::string& title = "", const std::string& kind = "study",
    std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
  http::testing::Client c(port, timeout);
  std::vector<Part> parts = {{"_csrf", who.csrf, ""}, {"title", title, ""}, {"kind", kind, ""}};
  parts.push_back({"file", bytes, filename});
  return c.request("POST", path, {{"Cookie", who.cookie}, {"Content-Type", content_type()}},
                   multipart(parts));
}

// The id at the end of a "/documents/12?done=uploaded" redirect; 0 otherwise.
inline std::int64_t document_id_of(const http::testing::ClientResponse& r) {
  auto it = r.headers.find("location");
  if (r.status != 303 || it == r.headers.end()) return 0;
  const std::string prefix = "/documents/";
  if (it->second.rfind(prefix, 0) != 0) return 0;
  return std::atoll(it->second.c_str() + prefix.size());
}

// Every regular file under the server's files/ folder except its tmp/ (what was stored).
inline std::vector<std::string> stored_files(const TestServer& server) {
  std::vector<std::string> out;
  auto root = std::filesystem::path(server.data_dir()) / "files";
  if (!std::filesystem::exists(root)) return out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
    if (e.is_regular_file()) out.push_back(e.path().string());
  }
  return out;
}

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::int64_t count(store::Db& db, const std::string& sql) {
  auto r = db.query(sql);
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
}

}  // namespace comdev::testing::documents_test_store
