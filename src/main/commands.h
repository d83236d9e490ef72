// The subcommands of `comdev`, one file each. Each returns the process exit status.
#pragma once

#include <string>
#include <vector>

#include "core/config.h"

namespace comdev {

int cmd_serve(const Config& config);
int cmd_migrate(const Config& config);
int cmd_demo(const Config& config, const std::vector<std::string>& args);
int cmd_purge(const Config& config);
int cmd_backup(const Config& config, const std::vector<std::string>& args);
int cmd_restore(const Config& config, const std::vector<std::string>& args);
int cmd_bench_data(const Config& config, const std::vector<std::string>& args);
int cmd_user(const Config& config, const std::vector<std::string>& args);
int cmd_ledger(const Config& config, const std::vector<std::string>& args);
int cmd_outbox(const Config& config, const std::vector<std::string>& args);
int cmd_version();
int cmd_help();

// Prints "comdev: <what>: <detail>" on stderr and returns 1.
int fail(std::string_view what, const Error& error);

}  // namespace comdev
