#include "core/config.h"

#include <charconv>
#include <cstdlib>

namespace comdev {
namespace {

Error bad(std::string_view setting, std::string_view why, std::string_view value) {
  return Error::invalid("errors.invalid")
      .with_detail(std::string(setting) + ": " + std::string(why) + ", got '" + std::string(value) +
                   "'");
}

Result<int> parse_int(std::string_view setting, std::string_view value, int min, int max) {
  int out = 0;
  auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
  if (ec != std::errc{} || p != value.data() + value.size() || out < min || out > max) {
    return bad(setting,
               "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max),
               value);
  }
  return out;
}

struct Setting {
  std::string_view flag;
  std::string_view env;
  std::string_view help;
  std::function<Status(Config&, std::string_view)> apply;
};

Status set_url(std::string& out, std::string_view name, std::string_view v) {
  if (!(v.starts_with("http://") || v.starts_with("https://"))) {
    return bad(name, "expected an http:// or https:// address", v);
  }
  out = std::string(v);
  while (out.size() > 8 && out.back() == '/') out.pop_back();
  return {};
}

const std::vector<Setting>& settings() {
  static const std::vector<Setting> all = {
      {"--database", "COMDEV_DATABASE_URL",
       "sqlite:PATH (default sqlite:var/comdev.db) or postgresql://user@host:port/db",
       [](Config& c, std::string_view v) -> Status {
         if (!(v.starts_with("sqlite:") || v.starts_with("postgresql://") ||
               v.starts_with("postgres://"))) {
           return bad("COMDEV_DATABASE_URL", "expected sqlite:PATH or postgresql://…", v);
         }
         c.database_url = std::string(v);
         return {};
       }},
      {"--listen", "COMDEV_LISTEN",
       "HOST:PORT to serve on (default 127.0.0.1:8080; port 0: any free port)",
       [](Config& c, std::string_view v) -> Status {
         auto r = parse_listen(v);
         if (!r) return r.error();
         c.listen_host = r->first;
         c.listen_port = r->second;
         return {};
       }},
      {"--base-url", "COMDEV_BASE_URL", "public address used in e-mails and shared links",
       [](Config& c, std::string_view v) { return set_url(c.base_url, "COMDEV_BASE_URL", v); }},
      {"--smtp-url", "COMDEV_SMTP_URL", "smtp://host:port of the mail relay",
       [](Config& c, std::string_view v) -> Status {
         if (!(v.starts_with("smtp://") || v.starts_with("smtps://"))) {
           return bad("COMDEV_SMTP_URL", "expected smtp://host:port or smtps://host:port", v);
         }
         c.smtp_url = std::string(v);
         return {};
       }},
      {"--smtp-from", "COMDEV_SMTP_FROM", "sender address of e-mails",
       [](Config& c, std::string_view v) -> Status {
         if (v.find('@') == std::string_view::npos) {
           return bad("COMDEV_SMTP_FROM", "expected an e-mail address", v);
         }
         c.smtp_from = std::string(v);
         return {};
       }},
      {"--outbox-dir", "COMDEV_OUTBOX_DIR",
       "folder where e-mail is kept as .eml files when no SMTP relay is set (default var/outbox)",
       [](Config& c, std::string_view v) -> Status {
         if (v.empty()) return bad("COMDEV_OUTBOX_DIR", "expected a folder", v);
         c.outbox_dir = std::string(v);
         return {};
       }},
      {"--data-dir", "COMDEV_DATA_DIR",
       "folder for uploaded files (files/) and bodies being received (spool/) (default var)",
       [](Config& c, std::string_view v) -> Status {
         if (v.empty()) return bad("COMDEV_DATA_DIR", "expected a folder", v);
         c.data_dir = std::string(v);
         return {};
       }},
      {"--document-quota-mb", "COMDEV_DOCUMENT_QUOTA_MB",
       "megabytes a project's documents may take, every version counted (1-1000000, default "
       "1000)",
       [](Config& c, std::string_view v) -> Status {
         auto n = parse_int("COMDEV_DOCUMENT_QUOTA_MB", v, 1, 1000000);
         if (!n) return n.error();
         c.document_quota_bytes = static_cast<std::int64_t>(*n) * 1'000'000;
         return {};
       }},
      {"--share-dir", "COMDEV_SHARE_DIR", "folder holding static/, migrations/ and demo/",
       [](Config& c, std::string_view v) -> Status {
         c.share_dir = std::string(v);
         return {};
       }},
      {"--community", "COMDEV_COMMUNITY", "slug of the community shown on the home page",
       [](Config& c, std::string_view v) -> Status {
         c.community = std::string(v);
         return {};
       }},
      {"--workers", "COMDEV_WORKERS", "handler threads (1-256, default 4)",
       [](Config& c, std::string_view v) -> Status {
         auto n = parse_int("COMDEV_WORKERS", v, 1, 256);
         if (!n) return n.error();
         c.workers = *n;
         return {};
       }},
      {"--io-threads", "COMDEV_IO_THREADS",
       "threads reading and writing connections (0-64, default 0: one per core)",
       [](Config& c, std::string_view v) -> Status {
         auto n = parse_int("COMDEV_IO_THREADS", v, 0, 64);
         if (!n) return n.error();
         c.io_threads = *n;
         return {};
       }},
      {"--access-log", "COMDEV_ACCESS_LOG",
       "requests in the access log: all (default), sampled (errors, slow requests and 1 in 100 "
       "of the rest), errors, off",
       [](Config& c, std::string_view v) -> Status {
         if (v == "all") {
           c.access_log = AccessLog::all;
         } else if (v == "sampled") {
           c.access_log = AccessLog::sampled;
         } else if (v == "errors") {
           c.access_log = AccessLog::errors;
         } else if (v == "off") {
           c.access_log = AccessLog::off;
         } else {
           return bad("COMDEV_ACCESS_LOG", "expected all, sampled, errors or off", v);
         }
         return {};
       }},
      {"--db-pool", "COMDEV_DB_POOL", "database connections (1-256, default 8)",
       [](Config& c, std::string_view v) -> Status {
         auto n = parse_int("COMDEV_DB_POOL", v, 1, 256);
         if (!n) return n.error();
         c.db_pool = *n;
         return {};
       }},
      {"--max-body-bytes", "COMDEV_MAX_BODY_BYTES",
       "largest request body accepted (default 3145728)",
       [](Config& c, std::string_view v) -> Status {
         auto n = parse_int("COMDEV_MAX_BODY_BYTES", v, 1024, 1 << 30);
         if (!n) return n.error();
         c.max_body_bytes = static_cast<std::size_t>(*n);
         return {};
       }},
      {"--read-timeout", "COMDEV_READ_TIMEOUT",
       "seconds a client may take to send a request (default 10)",
       [](Config& c, std::string_view v) -> Status {
         auto n = parse_int("COMDEV_READ_TIMEOUT", v, 1, 3600);
         if (!n) return n.error();
         c.read_timeout_seconds = *n;
         return {};
       }},
      {"--idle-timeout", "COMDEV_IDLE_TIMEOUT",
       "seconds an idle keep-alive connection stays open (default 30)",
       [](Config& c, std::string_view v) -> Status {
         auto n = parse_int("COMDEV_IDLE_TIMEOUT", v, 1, 3600);
         if (!n) return n.error();
         c.idle_timeout_seconds = *n;
         return {};
       }},
      {"--map-tiles", "COMDEV_MAP_TILES",
       "map tile URL with {z}/{x}/{y} (default OpenStreetMap's; empty: no tiles)",
       [](Config& c, std::string_view v) -> Status {
         bool templated = v.find("{z}") != std::string_view::npos &&
                          v.find("{x}") != std::string_view::npos &&
                          v.find("{y}") != std::string_view::npos;
         if (!v.empty() && (!(v.starts_with("https://") || v.starts_with("http://")) ||
                            !templated || v.find_first_of(" \"';") != std::string_view::npos)) {
           return bad("COMDEV_MAP_TILES", "expected https://host/{z}/{x}/{y}.png or empty", v);
         }
         c.map_tiles_url = std::string(v);
         return {};
       }},
      {"--digest-period", "COMDEV_DIGEST_PERIOD_SECONDS",
       "seconds between two looks for due e-mail digests (0-86400, default 300; 0: off)",
       [](Config& c, std::string_view v) -> Status {
         auto n = parse_int("COMDEV_DIGEST_PERIOD_SECONDS", v, 0, 86400);
         if (!n) return n.error();
         c.digest_period_seconds = *n;
         return {};
       }},
      {"--decision-notice", "COMDEV_DECISION_NOTICE_SECONDS",
       "shortest notice of a team's vote, in seconds (1-86400, default 60)",
       [](Config& c, std::string_view v) -> Status {
         auto n = parse_int("COMDEV_DECISION_NOTICE_SECONDS", v, 1, 86400);
         if (!n) return n.error();
         c.decision_notice_seconds = *n;
         return {};
       }},
      {"--invitation-days", "COMDEV_INVITATION_DAYS",
       "days an invitation or offer of help waits for its answer (1-365, default 7)",
       [](Config& c, std::string_view v) -> Status {
         auto n = parse_int("COMDEV_INVITATION_DAYS", v, 1, 365);
         if (!n) return n.error();
         c.invitation_expiry_days = *n;
         return {};
       }},
      {"--mobilisation-period", "COMDEV_MOBILISATION_PERIOD_SECONDS",
       "seconds between two expiries of unanswered invitations and offers (0-86400, default 60; "
       "0: off)",
       [](Config& c, std::string_view v) -> Status {
         auto n = parse_int("COMDEV_MOBILISATION_PERIOD_SECONDS", v, 0, 86400);
         if (!n) return n.error();
         c.mobilisation_period_seconds = *n;
         return {};
       }},
      {"--jobs-delay", "COMDEV_JOBS_DELAY_SECONDS",
       "seconds from the start to the first run of the background jobs (0-3600, default 5)",
       [](Config& c, std::string_view v) -> Status {
         auto n = parse_int("COMDEV_JOBS_DELAY_SECONDS", v, 0, 3600);
         if (!n) return n.error();
         c.jobs_delay_seconds = *n;
         return {};
       }},
      {"--helloasso-api-url", "COMDEV_HELLOASSO_API_URL",
       "HelloAsso API address for online payment (https://api.helloasso.com); empty: off",
       [](Config& c, std::string_view v) -> Status {
         if (v.empty()) {
           c.helloasso_api_url.clear();
           return {};
         }
         return set_url(c.helloasso_api_url, "COMDEV_HELLOASSO_API_URL", v);
       }},
      {"--helloasso-client-id", "COMDEV_HELLOASSO_CLIENT_ID", "HelloAsso API client id",
       [](Config& c, std::string_view v) -> Status {
         c.helloasso_client_id = std::string(v);
         return {};
       }},
      {"--helloasso-client-secret", "COMDEV_HELLOASSO_CLIENT_SECRET", "HelloAsso API client secret",
       [](Config& c, std::string_view v) -> Status {
         c.helloasso_client_secret = std::string(v);
         return {};
       }},
      {"--helloasso-organisation", "COMDEV_HELLOASSO_ORGANISATION",
       "the association's organisation slug on HelloAsso",
       [](Config& c, std::string_view v) -> Status {
         if (v.find_first_of("/?#% ") != std::string_view::npos) {
           return bad("COMDEV_HELLOASSO_ORGANISATION", "expected a slug", v);
         }
         c.helloasso_organisation = std::string(v);
         return {};
       }},
      {"--helloasso-collector", "COMDEV_HELLOASSO_COLLECTOR",
       "id of the collecting organisation whose pledges may be paid through HelloAsso",
       [](Config& c, std::string_view v) -> Status {
         auto n = parse_int("COMDEV_HELLOASSO_COLLECTOR", v, 0, 2'000'000'000);
         if (!n) return n.error();
         c.helloasso_collector_id = *n;
         return {};
       }},
  };
  return all;
}

}  // namespace

std::string map_tiles_origin(const Config& config) {
  std::string_view url = config.map_tiles_url;
  auto scheme = url.find("://");
  if (url.empty() || scheme == std::string_view::npos) return {};
  auto end = url.find('/', scheme + 3);
  std::string origin(url.substr(0, end));
  if (auto s = origin.find("{s}."); s != std::string::npos) origin.replace(s, 4, "*.");
  return origin;
}

std::string default_share_dir() {
  return COMDEV_DEFAULT_SHARE_DIR;
}

std::optional<std::string> process_env(std::string_view name) {
  const char* v = std::getenv(std::string(name).c_str());
  if (v == nullptr) return std::nullopt;
  return std::string(v);
}

Result<std::pair<std::string, std::uint16_t>> parse_listen(std::string_view value) {
  auto colon = value.rfind(':');
  if (colon == std::string_view::npos || colon == 0) {
    return bad("COMDEV_LISTEN", "expected HOST:PORT", value);
  }
  auto port = parse_int("COMDEV_LISTEN", value.substr(colon + 1), 0, 65535);
  if (!port) return bad("COMDEV_LISTEN", "expected HOST:PORT with a port from 0 to 65535", value);
  std::string host(value.substr(0, colon));
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  return std::pair{host, static_cast<std::uint16_t>(*port)};
}

Result<Config> load_config(const Getenv& env, const std::vector<std::string>& args,
                           std::vector<std::string>* rest) {
  Config c;
  for (const auto& s : settings()) {
    if (auto v = env(s.env)) {
      if (auto st = s.apply(c, *v); !st) return st.error();
    }
  }
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view a = args[i];
    if (!a.starts_with("--")) {
      if (rest) rest->push_back(args[i]);
      continue;
    }
    std::string_view name = a, value;
    bool has_value = false;
    if (auto eq = a.find('='); eq != std::string_view::npos) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      has_value = true;
    }
    const Setting* found = nullptr;
    for (const auto& s : settings()) {
      if (s.flag == name) found = &s;
    }
    if (found == nullptr) {
      // Flags of subcommands (e.g. `user create --email`) are theirs to read.
      if (rest) {
        rest->push_back(args[i]);
        continue;
      }
      return bad("flags", "unknown flag (see comdev help)", a);
    }
    if (!has_value) {
      if (i + 1 >= args.size()) return bad(name, "expected a value after the flag", a);
      value = args[++i];
    }
    if (auto st = found->apply(c, value); !st) return st.error();
  }
  return c;
}

std::string config_help() {
  std::string out;
  for (const auto& s : settings()) {
    out += "  ";
    out += s.flag;
    out += " / ";
    out += s.env;
    out += "\n      ";
    out += s.help;
    out += "\n";
  }
  return out;
}

}  // namespace comdev
