// Config: everything the operator can set, from flags and environment (flags win).
// One plain struct, read once at start and then shared read-only by every thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace comdev {

// The source tree, where static/, migrations/ and demo/ are found unless configured otherwise.
std::string default_share_dir();

// Which requests the access log records (one JSON line each, written in batches).
enum class AccessLog {
  all,      // every request
  sampled,  // every error (status >= 400) and slow request (>= 1 s), one in 100 of the rest
  errors,   // errors and slow requests only
  off,
};

struct Config {
  std::string database_url = "sqlite:var/comdev.db";
  std::string listen_host = "127.0.0.1";
  std::uint16_t listen_port = 8080;
  std::string base_url = "http://localhost:8080";
  std::string smtp_url;  // smtp://host:port; empty: e-mail is kept in the local outbox
  // Where e-mail goes as .eml files when no SMTP relay is set (read at /dev/outbox and by
  // `comdev outbox`).
  std::string outbox_dir = "var/outbox";
  std::string smtp_from = "ComDev <no-reply@localhost>";
  // Where the platform keeps what is not in the database: uploaded files (files/, the one folder
  // to back up besides the database) and request bodies being received (spool/).
  std::string data_dir = "var";
  // What a project's documents may take on disk, all versions counted (default 1 GB).
  std::int64_t document_quota_bytes = 1'000'000'000;
  std::string share_dir = default_share_dir();  // holds static/, migrations/, demo/
  std::string community;  // slug of the community this instance presents; empty: the first
  int workers = 4;        // threads that run handlers (they may block on the database)
  int io_threads = 0;     // threads that read and write connections; 0: one per core
  AccessLog access_log = AccessLog::all;
  int db_pool = 8;                        // database connections
  std::size_t max_body_bytes = 3u << 20;  // a 2 MB profile photo and its form fit
  int read_timeout_seconds = 10;
  int idle_timeout_seconds = 30;
  // Map tiles ({z}/{x}/{y}, optional {s}); empty: the map shows markers on a blank background.
  // The CSP lets pages load images from this URL's host and nowhere else outside our origin.
  std::string map_tiles_url = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
  // How often each instance looks for digests that are due (the digest feature's job); 0: never
  // (tests call the job themselves). Every instance may run it: the database elects one sender.
  int digest_period_seconds = 300;
  // The shortest notice a team's vote may be given (the decisions feature): members need time to
  // read the proposal and vote. Tests of the whole server shorten it so as not to wait a minute.
  int decision_notice_seconds = 60;
  // Days an invitation or an offer of help waits for its answer before it expires politely
  // (the mobilisation feature's response-time rule).
  int invitation_expiry_days = 7;
  // How often each instance expires the invitations and offers that are due; 0: never (tests call
  // the job themselves). Every instance may run it: each row is claimed by one UPDATE.
  int mobilisation_period_seconds = 60;
  // Seconds between the server's start and the first run of its background jobs, so that the
  // first requests after a start or a deploy are not slowed by a burst of catching-up work.
  int jobs_delay_seconds = 5;
  // Online payment of pledges through HelloAsso checkout (features/payments): off unless all five
  // are set. The API's address (https://api.helloasso.com; the sandbox's for trials), the API
  // client of the association's HelloAsso account, its organisation slug there, and which
  // collecting organisation (its id here) receives the payments: only that one's pledges may be
  // paid online, since the money lands in that association's HelloAsso account.
  std::string helloasso_api_url;
  std::string helloasso_client_id;
  std::string helloasso_client_secret;
  std::string helloasso_organisation;
  std::int64_t helloasso_collector_id = 0;
};

// "https://tile.openstreetmap.org" from the tiles URL ("{s}." in the host becomes "*."), for the
// CSP's img-src; empty when there are no tiles.
std::string map_tiles_origin(const Config& config);

using Getenv = std::function<std::optional<std::string>(std::string_view name)>;

// The process environment.
std::optional<std::string> process_env(std::string_view name);

// Reads COMDEV_* variables, then `--flag value` / `--flag=value` arguments. Unknown flags and bad
// values fail with a message naming the setting (Error::detail, for the operator's terminal).
// `rest` receives the arguments that are not flags (subcommand words).
Result<Config> load_config(const Getenv& env, const std::vector<std::string>& args,
                           std::vector<std::string>* rest = nullptr);

// "HOST:PORT" -> host and port; port 0 means "any free port".
Result<std::pair<std::string, std::uint16_t>> parse_listen(std::string_view value);

// Text of every setting, for `comdev help`.
std::string config_help();

}  // namespace comdev
