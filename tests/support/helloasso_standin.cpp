#include "helloasso_standin.h"

#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>
#include <thread>

#include "http/server/testing/http_client.h"

extern char** environ;

namespace comdev::testing {

HelloAssoStandin::HelloAssoStandin() {
  int out_pipe[2], in_pipe[2];
  if (pipe(out_pipe) != 0 || pipe(in_pipe) != 0) throw std::runtime_error("standin: pipe");
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, in_pipe[0], 0);
  posix_spawn_file_actions_adddup2(&fa, out_pipe[1], 1);
  posix_spawn_file_actions_addclose(&fa, in_pipe[1]);
  posix_spawn_file_actions_addclose(&fa, out_pipe[0]);
  std::string script = std::string(COMDEV_SOURCE_DIR) + "/tests/support/helloasso_standin.py";
  const char* argv[] = {"/usr/bin/python3", script.c_str(),    "--client-id",
                        kClientId,          "--client-secret", kClientSecret,
                        "--organisation",   kOrganisation,     nullptr};
  int rc = posix_spawn(&pid_, argv[0], &fa, nullptr, const_cast<char* const*>(argv), environ);
  posix_spawn_file_actions_destroy(&fa);
  close(in_pipe[0]);
  close(out_pipe[1]);
  stdin_fd_ = in_pipe[1];
  if (rc != 0) {
    close(out_pipe[0]);
    throw std::runtime_error("standin: cannot start /usr/bin/python3");
  }
  // Its first line is the port, printed once it accepts connections.
  std::string line;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
  while (line.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
    pollfd p{out_pipe[0], POLLIN, 0};
    if (poll(&p, 1, 200) <= 0) continue;
    char buf[64];
    ssize_t n = read(out_pipe[0], buf, sizeof buf);
    if (n <= 0) break;
    line.append(buf, static_cast<std::size_t>(n));
  }
  close(out_pipe[0]);
  int port = 0;
  try {
    port = std::stoi(line);
  } catch (...) {
  }
  if (port <= 0 || port > 65535) {
    stop();
    throw std::runtime_error("helloasso stand-in did not start");
  }
  port_ = static_cast<std::uint16_t>(port);
}

HelloAssoStandin::~HelloAssoStandin() {
  stop();
}

void HelloAssoStandin::stop() {
  if (stdin_fd_ >= 0) {
    close(stdin_fd_);
    stdin_fd_ = -1;
  }
  if (pid_ <= 0) return;
  kill(pid_, SIGTERM);
  int status = 0;
  for (int i = 0; i < 50; ++i) {
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(pid_, SIGKILL);
  waitpid(pid_, &status, 0);
  pid_ = -1;
}

int HelloAssoStandin::pay(const std::string& id, std::int64_t amount_cents,
                          const std::string& state, std::int64_t payment_id) {
  std::string body = "{\"state\":\"" + state + "\"";
  if (amount_cents >= 0) body += ",\"amount\":" + std::to_string(amount_cents);
  if (payment_id > 0) body += ",\"payment_id\":" + std::to_string(payment_id);
  body += "}";
  http::testing::Client c(port_);
  return c
      .request("POST", "/test/checkouts/" + id + "/pay", {{"Content-Type", "application/json"}},
               body)
      .status;
}

std::string HelloAssoStandin::asked(const std::string& id) {
  http::testing::Client c(port_);
  auto r = c.get("/test/checkouts/" + id);
  return r.status == 200 ? r.body : std::string();
}

std::string HelloAssoStandin::stats() {
  http::testing::Client c(port_);
  return c.get("/test/stats").body;
}

}  // namespace comdev::testing
