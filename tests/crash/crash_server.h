// The `comdev` program as the crash tests drive it: a child `comdev serve` on an ephemeral port,
// to be killed with SIGKILL, and the operator commands run to their end.
#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

namespace comdev::testing {

struct Child {
  pid_t pid = -1;
  std::uint16_t port = 0;
};

// Starts comdev serve on an ephemeral port and waits for its "listening on" line. `extra`: more
// flags (a --data-dir of the test's own).
inline Child start_server(const std::string& url, const std::vector<std::string>& extra = {}) {
  int out[2];
  if (pipe(out) != 0) return {};
  pid_t pid = fork();
  if (pid == 0) {
    dup2(out[1], STDERR_FILENO);
    close(out[0]);
    close(out[1]);
    std::vector<std::string> args = {COMDEV_BIN,   "serve", "--listen",  "127.0.0.1:0",
                                     "--database", url,     "--workers", "4"};
    args.insert(args.end(), extra.begin(), extra.end());
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(COMDEV_BIN, argv.data());
    _exit(127);
  }
  close(out[1]);
  std::string seen;
  char buf[512];
  Child c{pid, 0};
  const std::string marker = "comdev: listening on http://127.0.0.1:";
  while (c.port == 0) {
    ssize_t n = read(out[0], buf, sizeof buf);
    if (n <= 0) break;
    seen.append(buf, static_cast<std::size_t>(n));
    auto p = seen.find(marker);
    if (p != std::string::npos && seen.find('\n', p) != std::string::npos) {
      c.port = static_cast<std::uint16_t>(std::stoi(seen.substr(p + marker.size())));
    }
  }
  // Drain the access log in the background so the server never blocks on a full pipe.
  std::thread([fd = out[0]] {
    char b[4096];
    while (read(fd, b, sizeof b) > 0) {
    }
    close(fd);
  }).detach();
  return c;
}

// Runs `comdev ARGS…` to its end, its output discarded; its exit status (-1: not run).
inline int run_comdev(const std::vector<std::string>& args) {
  pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> argv{const_cast<char*>(COMDEV_BIN)};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    if (!freopen("/dev/null", "w", stdout)) _exit(126);
    execv(COMDEV_BIN, argv.data());
    _exit(127);
  }
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Runs `comdev ARGS…` to its end; its exit status (-1: not run), and what it wrote on standard
// error in `err` (the operator's message when it refuses).
inline int run_comdev(const std::vector<std::string>& args, std::string* err) {
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) return -1;
  pid_t pid = fork();
  if (pid == 0) {
    dup2(pipe_fds[1], STDERR_FILENO);
    close(pipe_fds[0]);
    close(pipe_fds[1]);
    std::vector<char*> argv{const_cast<char*>(COMDEV_BIN)};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    if (!freopen("/dev/null", "w", stdout)) _exit(126);
    execv(COMDEV_BIN, argv.data());
    _exit(127);
  }
  close(pipe_fds[1]);
  char buf[1024];
  ssize_t n;
  while ((n = read(pipe_fds[0], buf, sizeof buf)) > 0) err->append(buf, static_cast<size_t>(n));
  close(pipe_fds[0]);
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// SIGKILL, and the child's end collected; true when the signal is what ended it.
inline bool kill_hard(const Child& c) {
  if (kill(c.pid, SIGKILL) != 0) return false;
  int status = 0;
  waitpid(c.pid, &status, 0);
  return WIFSIGNALED(status);
}

// SIGTERM, and true when the server stopped gracefully (exit status 0).
inline bool stop(const Child& c) {
  kill(c.pid, SIGTERM);
  int status = 0;
  waitpid(c.pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace comdev::testing
