#include "web/metrics.h"

#include <gtest/gtest.h>

namespace comdev::web {
namespace {

TEST(Metrics, CountsRequestsByRouteAndStatus) {
  Metrics m;
  m.observe("GET", "/projects/{id}", 200, std::chrono::microseconds(300));
  m.observe("GET", "/projects/{id}", 200, std::chrono::milliseconds(3));
  m.observe("GET", "/projects/{id}", 404, std::chrono::milliseconds(30));
  auto text = m.render({});
  EXPECT_NE(text.find("comdev_http_requests_total{method=\"GET\",route=\"/projects/{id}\","
                      "status=\"200\"} 2\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("status=\"404\"} 1\n"), std::string::npos);
}

TEST(Metrics, HistogramBucketsAreCumulative) {
  Metrics m;
  m.observe("GET", "/", 200, std::chrono::microseconds(300));  // <= 0.0005
  m.observe("GET", "/", 200, std::chrono::milliseconds(3));    // <= 0.005
  m.observe("GET", "/", 200, std::chrono::seconds(10));        // +Inf only
  auto text = m.render({});
  EXPECT_NE(text.find("_bucket{le=\"0.0005\"} 1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("_bucket{le=\"0.005\"} 2\n"), std::string::npos) << text;
  EXPECT_NE(text.find("_bucket{le=\"2.5\"} 2\n"), std::string::npos) << text;
  EXPECT_NE(text.find("_bucket{le=\"+Inf\"} 3\n"), std::string::npos) << text;
  EXPECT_NE(text.find("_count 3\n"), std::string::npos);
}

TEST(Metrics, ExposesPoolGauges) {
  Metrics m;
  auto text = m.render({.size = 4, .in_use = 1, .waits = 7});
  EXPECT_NE(text.find("comdev_db_pool_connections 4\n"), std::string::npos);
  EXPECT_NE(text.find("comdev_db_pool_in_use 1\n"), std::string::npos);
  EXPECT_NE(text.find("comdev_db_pool_waits_total 7\n"), std::string::npos);
}

}  // namespace
}  // namespace comdev::web
