// comdev — the ComDev server and its operator commands. See `comdev help`.
#include <cstdio>
#include <string>
#include <vector>

#include "main/commands.h"

int main(int argc, char** argv) {
  using namespace comdev;
  std::vector<std::string> args(argv + 1, argv + argc);
  std::vector<std::string> words;
  auto config = load_config(process_env, args, &words);
  if (!config) return fail("configuration", config.error());
  if (words.empty()) return cmd_help();
  const std::string& cmd = words.front();
  if (cmd == "serve") return cmd_serve(*config);
  if (cmd == "migrate") return cmd_migrate(*config);
  if (cmd == "demo") return cmd_demo(*config, {words.begin() + 1, words.end()});
  if (cmd == "purge") return cmd_purge(*config);
  if (cmd == "backup") return cmd_backup(*config, {words.begin() + 1, words.end()});
  if (cmd == "restore") return cmd_restore(*config, {words.begin() + 1, words.end()});
  if (cmd == "bench-data") return cmd_bench_data(*config, {words.begin() + 1, words.end()});
  if (cmd == "outbox") return cmd_outbox(*config, {words.begin() + 1, words.end()});
  if (cmd == "ledger") return cmd_ledger(*config, {words.begin() + 1, words.end()});
  if (cmd == "user") return cmd_user(*config, {words.begin() + 1, words.end()});
  if (cmd == "version" || cmd == "--version") return cmd_version();
  if (cmd == "help" || cmd == "--help" || cmd == "-h") return cmd_help();
  std::fprintf(stderr, "comdev: unknown command '%s' (see comdev help)\n", cmd.c_str());
  return 2;
}
