// The real server on an ephemeral port, driven by a real socket client (ARCHITECTURE.md §9).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>
#include <vector>

#include "http/server/gzip.h"
#include "http/server/server.h"
#include "http/server/testing/http_client.h"

namespace comdev::http::server {
namespace {

using testing::Client;
using testing::raw_exchange;
using testing::RawConnection;
using namespace std::chrono_literals;

// The last spooled body a handler saw, to check that the server removes it afterwards.
std::mutex spooled_mu;
std::string last_spooled;

Response handle(Request& req) {
  if (!req.body_file.empty()) {
    std::ifstream in(req.body_file, std::ios::binary | std::ios::ate);
    {
      std::lock_guard lock(spooled_mu);
      last_spooled = req.body_file;
    }
    return Response::text("spooled " + std::to_string(static_cast<long long>(in.tellg())) +
                          " in memory " + std::to_string(req.body.size()));
  }
  if (req.path == "/throw") throw std::runtime_error("bug in a handler");
  if (req.path == "/slow") {
    std::this_thread::sleep_for(500ms);
    return Response::text("slow done");
  }
  if (req.path == "/big") return Response::text(std::string(4000, 'x'));
  if (req.path == "/etag") {
    Response r = Response::text("cached page");
    r.header("ETag", "\"abc\"");
    return r;
  }
  return Response::text(std::string(to_string(req.method)) + " " + req.path + " " + req.body);
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Options o;
    o.port = 0;
    o.read_timeout = 1s;
    o.idle_timeout = 5s;
    o.max_body_bytes = 1024;
    o.max_header_bytes = 2048;
    o.log_error = [](std::string_view) {};  // expected noise in these tests
    server_ = std::make_unique<Server>(
        o, handle,
        [this](int status, const Request*) {
          ++error_pages_;
          return Response::text("error page " + std::to_string(status), status);
        },
        [this](const Request&, const Response&, std::chrono::nanoseconds) { ++observed_; });
    auto st = server_->start();
    ASSERT_TRUE(st) << st.error().detail;
    port_ = server_->port();
    ASSERT_NE(port_, 0);
    thread_ = std::thread([this] { server_->run(); });
  }
  // Replaces the fixture's server with one using `o` (port 0, no error page or observer).
  void restart(Options o) {
    server_->stop();
    thread_.join();
    o.port = 0;
    o.log_error = [](std::string_view) {};
    server_ = std::make_unique<Server>(o, handle, nullptr, nullptr);
    ASSERT_TRUE(server_->start());
    port_ = server_->port();
    thread_ = std::thread([this] { server_->run(); });
  }
  void TearDown() override {
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
  }

  std::unique_ptr<Server> server_;
  std::uint16_t port_ = 0;
  std::thread thread_;
  std::atomic<int> error_pages_{0};
  std::atomic<int> observed_{0};
};

TEST_F(ServerTest, KeepAliveServesTwoRequestsOnOneConnection) {
  Client c(port_);
  auto a = c.get("/one");
  auto b = c.post("/two", "x=1");
  EXPECT_EQ(a.status, 200) << a.error;
  EXPECT_EQ(a.body, "GET /one ");
  EXPECT_EQ(b.status, 200) << b.error;
  EXPECT_EQ(b.body, "POST /two x=1");
  EXPECT_EQ(c.connections_opened(), 1);
  EXPECT_FALSE(a.headers["date"].empty());
  EXPECT_EQ(a.headers["content-length"], "9");
  server_->stop();  // the observer runs after the write: wait for it
  thread_.join();
  EXPECT_EQ(observed_.load(), 2);
}

TEST_F(ServerTest, HeadSendsHeadersOnly) {
  Client c(port_);
  auto r = c.request("HEAD", "/big");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.headers["content-length"], "4000");
  EXPECT_TRUE(r.body.empty());
  EXPECT_EQ(c.get("/after").body, "GET /after ");  // nothing stray was left on the connection
  EXPECT_EQ(c.connections_opened(), 1);
}

TEST_F(ServerTest, OversizedContentLengthIs413BeforeTheBodyIsSent) {
  std::string out =
      raw_exchange(port_, "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n");
  auto r = testing::parse_response(out);
  EXPECT_EQ(r.status, 413) << out;
  EXPECT_EQ(r.body, "error page 413");
}

TEST_F(ServerTest, OversizedChunkedBodyIs413) {
  std::string chunk(600, 'a');
  std::string msg = "POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
  for (int i = 0; i < 3; ++i) msg += "258\r\n" + chunk + "\r\n";  // 0x258 = 600
  msg += "0\r\n\r\n";
  auto r = testing::parse_response(raw_exchange(port_, msg));
  EXPECT_EQ(r.status, 413);
}

// Options where /upload takes up to 100 000 bytes, spooled to disk, and the rest 1 KiB.
Options upload_options(const std::string& spool_dir) {
  Options o;
  o.read_timeout = 2s;
  o.max_body_bytes = 1024;
  o.spool_dir = spool_dir;
  o.body_limit = [](const Request& head) -> std::size_t {
    return head.path == "/upload" ? 100000 : 0;
  };
  return o;
}

std::string spool_dir() {
  return (std::filesystem::temp_directory_path() / ("comdev-spool-" + std::to_string(::getpid())))
      .string();
}

TEST_F(ServerTest, ARouteWithALargerLimitGetsItsBodyInAFileThatIsRemovedAfterwards) {
  restart(upload_options(spool_dir()));
  Client c(port_);
  auto r = c.post("/upload", std::string(50000, 'u'), "application/octet-stream");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "spooled 50000 in memory 0");
  // Other routes keep the default limit.
  EXPECT_EQ(c.post("/other", std::string(50000, 'u')).status, 413);
  std::string spooled;
  {
    std::lock_guard lock(spooled_mu);
    spooled = last_spooled;
  }
  ASSERT_FALSE(spooled.empty());
  for (int i = 0; i < 100 && std::filesystem::exists(spooled); ++i)
    std::this_thread::sleep_for(10ms);
  EXPECT_FALSE(std::filesystem::exists(spooled));
}

TEST_F(ServerTest, AContentLengthOverTheRoutesLimitIs413BeforeTheBodyIsSent) {
  restart(upload_options(spool_dir()));
  std::string out = raw_exchange(
      port_, "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100001\r\n\r\n", 1500ms);
  EXPECT_EQ(testing::parse_response(out).status, 413) << out;
}

TEST_F(ServerTest, AChunkedBodyOverTheRoutesLimitIs413WhileItIsRead) {
  restart(upload_options(spool_dir()));
  std::string chunk(10000, 'a');
  std::string msg = "POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
  for (int i = 0; i < 11; ++i) msg += "2710\r\n" + chunk + "\r\n";  // 0x2710 = 10000
  msg += "0\r\n\r\n";
  EXPECT_EQ(testing::parse_response(raw_exchange(port_, msg)).status, 413);
  Client c(port_);
  EXPECT_EQ(c.post("/upload", std::string(90000, 'u')).body, "spooled 90000 in memory 0");
}

TEST_F(ServerTest, ALargerLimitWithoutASpoolFolderIsRefusedNotKeptInMemory) {
  restart(upload_options(""));
  Client c(port_);
  EXPECT_EQ(c.post("/upload", std::string(5000, 'u')).status, 413);
  EXPECT_EQ(c.post("/upload", std::string(500, 'u')).body, "POST /upload " + std::string(500, 'u'));
}

TEST_F(ServerTest, OversizedHeadersAre431) {
  std::string msg = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(4000, 'h') + "\r\n\r\n";
  auto r = testing::parse_response(raw_exchange(port_, msg));
  EXPECT_EQ(r.status, 431);
}

TEST_F(ServerTest, SlowClientIsCutOffAfterTheReadTimeout) {
  RawConnection c(port_);
  ASSERT_TRUE(c.ok());
  const std::string msg = "GET /slowloris HTTP/1.1\r\nHost: x\r\n\r\n";
  auto start = std::chrono::steady_clock::now();
  std::string received;
  std::size_t sent = 0;
  // One byte every 300 ms: the whole request would take 11 s; the deadline is 1 s.
  for (; sent < msg.size(); ++sent) {
    if (!c.send(msg.substr(sent, 1))) break;
    if (c.read_until_closed(300ms, &received)) break;
  }
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(sent, msg.size());
  EXPECT_LT(elapsed, 3s);
  EXPECT_EQ(testing::parse_response(received).status, 408) << received;
}

TEST_F(ServerTest, MalformedRequestLineIs400AndTheServerKeepsServing) {
  auto r = testing::parse_response(raw_exchange(port_, "THIS IS NOT HTTP\r\n\r\n"));
  EXPECT_EQ(r.status, 400);
  Client c(port_);
  EXPECT_EQ(c.get("/next").status, 200);
}

TEST_F(ServerTest, UndecodablePathIs400) {
  auto r = testing::parse_response(raw_exchange(port_, "GET /a%zz HTTP/1.1\r\nHost: x\r\n\r\n"));
  EXPECT_EQ(r.status, 400);
}

TEST_F(ServerTest, IdleKeepAliveConnectionIsClosedAfterTheIdleTimeout) {
  Options o;
  o.idle_timeout = 1s;
  restart(o);
  RawConnection c(port_);
  ASSERT_TRUE(c.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n"));
  ASSERT_EQ(c.read_response(2s).status, 200);
  auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(c.read_until_closed(4s));
  EXPECT_GT(std::chrono::steady_clock::now() - start, 800ms);
}

TEST_F(ServerTest, PipelinedRequestsAreAnsweredInOrder) {
  RawConnection c(port_);
  ASSERT_TRUE(c.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n"));
  EXPECT_EQ(c.read_response(2s).body, "GET /a ");
  EXPECT_EQ(c.read_response(2s).body, "GET /b ");
}

TEST_F(ServerTest, ExpectContinueGetsAn100BeforeTheBody) {
  RawConnection c(port_);
  ASSERT_TRUE(
      c.send("POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n"));
  std::string got;
  c.read_until_closed(300ms, &got);
  EXPECT_EQ(got, "HTTP/1.1 100 Continue\r\n\r\n");
  ASSERT_TRUE(c.send("abc"));
  EXPECT_EQ(c.read_response(2s).body, "POST /e abc");
}

TEST_F(ServerTest, KeepAliveEndsAfterMaxRequests) {
  Options o;
  o.max_keepalive_requests = 2;
  restart(o);
  Client c(port_);
  EXPECT_NE(c.get("/1").headers["connection"], "close");
  EXPECT_EQ(c.get("/2").headers["connection"], "close");
  EXPECT_EQ(c.get("/3").status, 200);
  EXPECT_EQ(c.connections_opened(), 2);
}

TEST_F(ServerTest, FullWorkerQueueIs503) {
  Options o;
  o.worker_threads = 1;
  o.max_queued_requests = 1;
  restart(o);
  RawConnection slow(port_);
  ASSERT_TRUE(slow.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"));
  std::this_thread::sleep_for(100ms);
  Client c(port_);
  auto r = c.get("/more");
  EXPECT_EQ(r.status, 503);
  EXPECT_EQ(r.headers["retry-after"], "5");
  EXPECT_EQ(slow.read_response(2s).status, 200);
}

TEST_F(ServerTest, SeveralIoThreadsServeConcurrentClients) {
  Options o;
  o.io_threads = 2;
  restart(o);
  std::atomic<int> ok{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 4; ++t) {
    clients.emplace_back([&, t] {
      Client c(port_);
      for (int i = 0; i < 10; ++i) {
        std::string path = "/c" + std::to_string(t) + "/" + std::to_string(i);
        if (c.get(path).body == "GET " + path + " ") ++ok;
      }
    });
  }
  for (auto& c : clients) c.join();
  EXPECT_EQ(ok.load(), 40);
}

TEST_F(ServerTest, SigtermStopsTheServer) {
  server_->stop_on_signals();
  ASSERT_EQ(Client(port_).get("/a").status, 200);
  ::raise(SIGTERM);
  thread_.join();  // run() returned
  EXPECT_EQ(Client(port_).get("/after").status, 0);
}

TEST_F(ServerTest, TruncatedBodyThenCloseLeavesTheServerServing) {
  {
    RawConnection c(port_);
    c.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly ten b");
  }  // closed with 90 bytes missing
  Client c(port_);
  auto r = c.get("/next");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "GET /next ");
}

TEST_F(ServerTest, HandlerExceptionIs500ThenTheNextRequestWorks) {
  Client c(port_);
  auto r = c.get("/throw");
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body, "error page 500");
  auto next = c.get("/fine");
  EXPECT_EQ(next.status, 200);
  EXPECT_EQ(next.body, "GET /fine ");
}

TEST_F(ServerTest, InlineAnswersDoNotWaitForTheWorkersAndTheirExceptionsAre500) {
  static std::atomic<int> asked{0};
  Options o;
  o.worker_threads = 1;
  o.answer_inline = [](Request& req) -> std::optional<Response> {
    ++asked;
    if (req.path == "/inline") return Response::text("from the I/O thread");
    if (req.path == "/inline-throw") throw std::runtime_error("bug in an inline handler");
    return std::nullopt;
  };
  restart(o);
  // The one worker sleeps on /slow; the inline answer does not queue behind it.
  RawConnection slow(port_);
  ASSERT_TRUE(slow.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"));
  std::this_thread::sleep_for(50ms);
  Client c(port_);
  auto start = std::chrono::steady_clock::now();
  auto r = c.get("/inline");
  EXPECT_LT(std::chrono::steady_clock::now() - start, 400ms) << "answered before /slow ends";
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "from the I/O thread");
  EXPECT_EQ(slow.read_response(2s).body, "slow done");
  EXPECT_EQ(c.get("/other").body, "GET /other ") << "nullopt: the worker answers";
  EXPECT_EQ(c.get("/inline-throw").status, 500);
  EXPECT_EQ(c.get("/next").status, 200) << "the server keeps serving";
  EXPECT_EQ(asked.load(), 5);
}

TEST_F(ServerTest, GzipWhenAcceptedOnlyThen) {
  Client c(port_);
  auto zipped = c.get("/big", {{"Accept-Encoding", "gzip, deflate"}});
  EXPECT_EQ(zipped.headers["content-encoding"], "gzip");
  EXPECT_EQ(zipped.headers["vary"], "Accept-Encoding");
  EXPECT_EQ(gzip_decompress(zipped.body), std::string(4000, 'x'));
  auto plain = c.get("/big");
  EXPECT_EQ(plain.headers.count("content-encoding"), 0u);
  EXPECT_EQ(plain.body, std::string(4000, 'x'));
}

TEST_F(ServerTest, MatchingIfNoneMatchIs304WithoutBody) {
  Client c(port_);
  auto r = c.get("/etag", {{"If-None-Match", "\"abc\""}});
  EXPECT_EQ(r.status, 304);
  EXPECT_TRUE(r.body.empty());
  EXPECT_EQ(c.get("/etag", {{"If-None-Match", "\"old\""}}).status, 200);
  EXPECT_EQ(c.connections_opened(), 1);
}

// The process's CPU time (all its threads: the server's and this test's).
std::chrono::microseconds cpu_time() {
  rusage u{};
  ::getrusage(RUSAGE_SELF, &u);
  return std::chrono::seconds(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         std::chrono::microseconds(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}

TEST_F(ServerTest, OutOfFileDescriptorsTheAcceptorWaitsInsteadOfSpinningThenServesAgain) {
  Options o;
  o.read_timeout = 10s;  // the held connections stay open while the CPU is measured
  restart(o);
  rlimit before{};
  ASSERT_EQ(::getrlimit(RLIMIT_NOFILE, &before), 0);
  // Room for a few descriptors more than are open now: the server and this client share them.
  int open_now = 0;
  for (const auto& e : std::filesystem::directory_iterator("/proc/self/fd")) {
    (void)e;
    ++open_now;
  }
  rlimit tight = before;
  tight.rlim_cur = static_cast<rlim_t>(open_now + 8);
  ASSERT_EQ(::setrlimit(RLIMIT_NOFILE, &tight), 0);
  // Three connections taken by the server, then every descriptor left used up here, then one
  // freed for a last connection: it waits in the server's backlog, which cannot accept it.
  std::vector<std::unique_ptr<RawConnection>> held;
  for (int i = 0; i < 3; ++i) {
    held.push_back(std::make_unique<RawConnection>(port_));
    ASSERT_TRUE(held.back()->ok());
  }
  std::vector<int> fillers;
  for (int fd; (fd = ::open("/dev/null", O_RDONLY)) >= 0;) fillers.push_back(fd);
  ASSERT_FALSE(fillers.empty());
  ::close(fillers.back());
  fillers.pop_back();
  held.push_back(std::make_unique<RawConnection>(port_));
  ASSERT_TRUE(held.back()->ok());
  std::this_thread::sleep_for(200ms);  // the acceptor has met EMFILE by now
  auto cpu0 = cpu_time();
  std::this_thread::sleep_for(500ms);
  auto spent = cpu_time() - cpu0;
  // Spinning on accept takes a whole core (about 500 ms here); waiting takes next to nothing.
  EXPECT_LT(spent, 100ms) << spent.count() << " us of CPU in 500 ms";
  held.clear();
  for (int fd : fillers) ::close(fd);
  ASSERT_EQ(::setrlimit(RLIMIT_NOFILE, &before), 0);
  // Descriptors are free again: the server takes connections again within its longest wait.
  std::this_thread::sleep_for(1100ms);
  EXPECT_EQ(Client(port_).get("/again").status, 200);
}

TEST_F(ServerTest, PortAlreadyTakenIsAnError) {
  Options o;
  o.port = port_;
  Server second(o, handle, nullptr, nullptr);
  EXPECT_FALSE(second.start());
}

TEST_F(ServerTest, GracefulStopFinishesAnInFlightRequest) {
  RawConnection c(port_);
  ASSERT_TRUE(c.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"));
  std::this_thread::sleep_for(100ms);  // the handler is now sleeping on a worker
  Client idle(port_);
  ASSERT_EQ(idle.get("/idle").status, 200);  // leaves an idle keep-alive connection
  server_->stop();
  auto r = c.read_response(3s);
  EXPECT_EQ(r.status, 200) << r.error;
  EXPECT_EQ(r.body, "slow done");
  EXPECT_EQ(r.headers["connection"], "close");
  thread_.join();  // run() returned: idle connections were closed too
  EXPECT_EQ(Client(port_).get("/after").status, 0);  // no longer accepting
}

}  // namespace
}  // namespace comdev::http::server
