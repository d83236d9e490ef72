// Which requests each access-log mode keeps.
#include "web/request_log.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace comdev::web {
namespace {

using std::chrono::milliseconds;

TEST(RequestLog, AllKeepsEverythingAndOffNothing) {
  for (std::uint64_t seq : {0u, 1u, 57u}) {
    EXPECT_TRUE(RequestLog::keeps(AccessLog::all, 200, milliseconds(1), seq));
    EXPECT_FALSE(RequestLog::keeps(AccessLog::off, 500, milliseconds(5000), seq));
  }
}

TEST(RequestLog, ErrorsKeepsFailuresAndSlowRequestsOnly) {
  EXPECT_FALSE(RequestLog::keeps(AccessLog::errors, 200, milliseconds(3), 0));
  EXPECT_FALSE(RequestLog::keeps(AccessLog::errors, 304, milliseconds(3), 0));
  EXPECT_TRUE(RequestLog::keeps(AccessLog::errors, 404, milliseconds(3), 1));
  EXPECT_TRUE(RequestLog::keeps(AccessLog::errors, 503, milliseconds(3), 1));
  EXPECT_TRUE(RequestLog::keeps(AccessLog::errors, 200, milliseconds(1500), 1));
}

TEST(RequestLog, SampledKeepsOneInAHundredOfTheRestAndEveryError) {
  int kept = 0;
  for (std::uint64_t seq = 0; seq < 1000; ++seq)
    kept += RequestLog::keeps(AccessLog::sampled, 200, milliseconds(2), seq) ? 1 : 0;
  EXPECT_EQ(kept, 10);
  EXPECT_TRUE(RequestLog::keeps(AccessLog::sampled, 500, milliseconds(2), 7));
  EXPECT_TRUE(RequestLog::keeps(AccessLog::sampled, 200, milliseconds(2000), 7));
}

TEST(RequestLog, LinesGoOutInBatchesWithoutTheirQueryString) {
  RequestLog log(AccessLog::all, std::chrono::hours(1));
  std::string out;
  int writes = 0;
  log.set_sink([&](std::string_view lines) {
    out.append(lines);
    ++writes;
  });
  http::Request req;
  req.path = "/needs";
  req.query = "token=abc";
  req.route = "/needs";
  http::Response res;
  res.body = "hello";
  for (int i = 0; i < 3; ++i) log.record(req, res, milliseconds(2));
  EXPECT_EQ(writes, 0) << "kept until a batch is full or the flusher runs";
  log.flush();
  EXPECT_EQ(writes, 1);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 3);
  EXPECT_NE(out.find("\"path\":\"/needs\",\"route\":\"/needs\",\"status\":200,\"bytes\":5"),
            std::string::npos)
      << out;
  EXPECT_EQ(out.find("token"), std::string::npos);
}

}  // namespace
}  // namespace comdev::web
