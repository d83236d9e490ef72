#include "http/server/finish.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "http/server/gzip.h"

namespace comdev::http::server {
namespace {

Request get_with(std::string name, std::string value) {
  Request r;
  r.headers[std::move(name)] = std::move(value);
  return r;
}

TEST(Finish, MatchingIfNoneMatchGives304WithoutBody) {
  Response res = Response::html("<p>page</p>");
  res.header("ETag", "\"v1\"");
  finish_response(get_with("if-none-match", "\"v0\", W/\"v1\""), res);
  EXPECT_EQ(res.status, 304);
  EXPECT_TRUE(res.body.empty());
}

TEST(Finish, OtherEtagOrPostKeepsTheFullResponse) {
  Response res = Response::html("<p>page</p>");
  res.header("ETag", "\"v1\"");
  finish_response(get_with("if-none-match", "\"v2\""), res);
  EXPECT_EQ(res.status, 200);

  Request post = get_with("if-none-match", "\"v1\"");
  post.method = Method::post;
  Response res2 = Response::html("<p>page</p>");
  res2.header("ETag", "\"v1\"");
  finish_response(post, res2);
  EXPECT_EQ(res2.status, 200);
}

TEST(Finish, GzipsLargeTextWhenAcceptedAndAddsVary) {
  std::string page(2000, 'a');
  Response res = Response::html(page);
  finish_response(get_with("accept-encoding", "br, gzip;q=0.8"), res);
  EXPECT_EQ(res.get_header("Content-Encoding"), "gzip");
  EXPECT_EQ(res.get_header("Vary"), "Accept-Encoding");
  EXPECT_LT(res.body.size(), page.size());
  EXPECT_EQ(gzip_decompress(res.body), page);
}

TEST(Finish, NoGzipForSmallBodiesBinaryTypesOrRefusingClients) {
  Response small = Response::html("tiny");
  finish_response(get_with("accept-encoding", "gzip"), small);
  EXPECT_EQ(small.get_header("Content-Encoding"), "");
  EXPECT_EQ(small.get_header("Vary"), "Accept-Encoding");  // a larger page might be gzipped

  Response png;
  png.header("Content-Type", "image/png");
  png.body = std::string(2000, 'x');
  finish_response(get_with("accept-encoding", "gzip"), png);
  EXPECT_EQ(png.get_header("Content-Encoding"), "");

  Response refused = Response::json(std::string(2000, '1'));
  finish_response(get_with("accept-encoding", "gzip;q=0, identity"), refused);
  EXPECT_EQ(refused.get_header("Content-Encoding"), "");
}

TEST(Finish, AddsDateInHttpFormat) {
  Response res = Response::text("ok");
  finish_response(Request{}, res);
  EXPECT_EQ(res.get_header("Date").size(), 29u);
  EXPECT_EQ(http_date(std::chrono::system_clock::from_time_t(784111777)),
            "Sun, 06 Nov 1994 08:49:37 GMT");
}

TEST(Finish, MissingStaticFileBecomes404) {
  Response res;
  res.file_path = "/nonexistent/comdev/file.css";
  finish_response(Request{}, res);
  EXPECT_EQ(res.status, 404);
}

TEST(Finish, AFileStaysOnDiskAndIsNeverGzipped) {
  const std::string path = ::testing::TempDir() + "comdev-finish-file.css";
  {
    std::ofstream out(path, std::ios::binary);
    out << std::string(4000, 'a');
  }
  Response res;
  res.file_path = path;
  res.header("Content-Type", "text/css");
  finish_response(get_with("accept-encoding", "gzip"), res);
  EXPECT_EQ(res.status, 200);
  EXPECT_EQ(res.file_path, path);
  EXPECT_TRUE(res.body.empty());  // the session streams it
  EXPECT_EQ(res.get_header("Content-Encoding"), "");
  std::remove(path.c_str());
}

TEST(Finish, CompressibleTypes) {
  EXPECT_TRUE(is_compressible("text/css"));
  EXPECT_TRUE(is_compressible("application/json; charset=utf-8"));
  EXPECT_TRUE(is_compressible("image/svg+xml"));
  EXPECT_TRUE(is_compressible("application/javascript"));
  EXPECT_FALSE(is_compressible("image/jpeg"));
  EXPECT_FALSE(is_compressible(""));
}

TEST(Gzip, RoundTripsAndRejectsGarbage) {
  std::string text = "ⵣ ComDev ⵣ\n";
  EXPECT_EQ(gzip_decompress(gzip_compress(text)), text);
  EXPECT_FALSE(gzip_decompress("not gzip"));
}

}  // namespace
}  // namespace comdev::http::server
