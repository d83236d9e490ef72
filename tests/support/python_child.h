// PythonChild: a stand-in service of the tests (a script of tests/support run by Debian's python3,
// for which the test packages are installed) in a child process. Its first line on stdout is the
// port it listens on, printed once it accepts connections; closing its stdin or SIGTERM ends it.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace comdev::testing {

class PythonChild {
 public:
  // Starts tests/support/`script` with `args` and waits (15 s at most) for its port. Throws,
  // naming `what`, when it does not start.
  PythonChild(const std::string& script, const std::vector<std::string>& args,
              const std::string& what);
  ~PythonChild();
  PythonChild(const PythonChild&) = delete;
  PythonChild& operator=(const PythonChild&) = delete;

  std::uint16_t port() const { return port_; }
  // Ends the child: its stdin closed, SIGTERM, SIGKILL a second later. Safe to call twice.
  void stop();

 private:
  pid_t pid_ = -1;
  int stdin_fd_ = -1;
  std::uint16_t port_ = 0;
};

}  // namespace comdev::testing
