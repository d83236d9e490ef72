#include "store/postgres/pg_snapshot.h"

#include <fcntl.h>
#include <libpq-fe.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <vector>

extern char** environ;

namespace comdev::store::postgres {
namespace {

// What the tools need from a URL: a connection string without the password, the password
// (handed over in the environment, so that `ps` and the logs never show it) and the schema.
struct Target {
  std::string conninfo;
  std::string password;
  std::string schema = "public";
};

std::string conninfo_value(const std::string& v) {
  std::string out = "'";
  for (char c : v) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

Result<Target> target_of(const std::string& url) {
  char* err = nullptr;
  PQconninfoOption* opts = PQconninfoParse(url.c_str(), &err);
  if (!opts) {
    std::string why = err ? err : "cannot parse";
    PQfreemem(err);
    return Error::invalid().with_detail("database URL: " + why);
  }
  Target t;
  for (PQconninfoOption* o = opts; o->keyword; ++o) {
    if (!o->val || !*o->val) continue;
    std::string key = o->keyword, val = o->val;
    if (key == "password") {
      t.password = val;
      continue;
    }
    if (key == "options") {
      static const std::regex search_path(R"(-c\s*search_path\s*=\s*([A-Za-z0-9_]+))");
      std::smatch m;
      if (std::regex_search(val, m, search_path)) t.schema = m[1];
    }
    t.conninfo += (t.conninfo.empty() ? "" : " ") + key + "=" + conninfo_value(val);
  }
  PQconninfoFree(opts);
  return t;
}

struct Ran {
  int status = -1;
  std::string out, err;
};

std::string slurp_fd(int fd) {
  std::string s;
  char buf[4096];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) s.append(buf, static_cast<std::size_t>(n));
  return s;
}

// Runs `argv` with PGPASSWORD set (when there is one) and returns its exit status, its standard
// output and its standard error (the latter through a temporary file, so that neither pipe can
// fill up while the other is read).
Result<Ran> run(const std::vector<std::string>& argv, const std::string& password) {
  char err_path[] = "/tmp/comdev-pgtool-XXXXXX";
  int err_fd = mkstemp(err_path);
  if (err_fd < 0) return Error::unavailable("cannot create a temporary file");
  unlink(err_path);
  int out[2];
  if (pipe(out) != 0) {
    close(err_fd);
    return Error::unavailable("cannot create a pipe");
  }
  std::vector<std::string> env_text;
  for (char** e = environ; *e; ++e) {
    if (std::string_view(*e).starts_with("PGPASSWORD=")) continue;
    env_text.emplace_back(*e);
  }
  if (!password.empty()) env_text.push_back("PGPASSWORD=" + password);
  std::vector<char*> envp, args;
  for (auto& e : env_text) envp.push_back(e.data());
  envp.push_back(nullptr);
  std::vector<std::string> argv_copy = argv;
  for (auto& a : argv_copy) args.push_back(a.data());
  args.push_back(nullptr);

  pid_t pid = fork();
  if (pid < 0) {
    close(err_fd);
    close(out[0]);
    close(out[1]);
    return Error::unavailable("fork failed");
  }
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    dup2(err_fd, STDERR_FILENO);
    close(out[0]);
    close(out[1]);
    execvpe(args[0], args.data(), envp.data());
    _exit(127);
  }
  close(out[1]);
  Ran r;
  r.out = slurp_fd(out[0]);
  close(out[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  lseek(err_fd, 0, SEEK_SET);
  r.err = slurp_fd(err_fd);
  close(err_fd);
  if (r.status == 127) {
    return Error::unavailable(argv[0] +
                              " was not found: install postgresql-client, of the same major "
                              "version as the server (Debian 12: PostgreSQL 15)");
  }
  return r;
}

Status checked(const Result<Ran>& r, const std::string& tool) {
  if (!r) return r.error();
  if (r->status != 0) {
    return Error::unavailable(tool + " failed (exit status " + std::to_string(r->status) +
                              "): " + r->err);
  }
  return {};
}

Result<std::unique_ptr<Db>> connect(const std::string& url) {
  return store::open(url, 1);
}

Result<std::int64_t> count(Db& db, std::string_view sql, const std::string& arg) {
  auto r = db.query(sql, params(arg));
  if (!r) return r.error();
  return r->empty() ? 0 : r->rows.front().integer(0);
}

constexpr std::string_view kTablesIn =
    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = $1";
constexpr std::string_view kSchemaExists = "SELECT COUNT(*) FROM pg_namespace WHERE nspname = $1";

// The dump's table of contents with the creation of `schema` (and its comment) left out: it
// exists already in the target (public always does), and pg_restore would fail on it.
Result<std::string> list_without_schema(const std::filesystem::path& src,
                                        const std::string& schema) {
  auto listed = run({"pg_restore", "--list", src.string()}, "");
  if (auto st = checked(listed, "pg_restore --list"); !st) return st.error();
  std::istringstream in(listed->out);
  std::string line, out;
  const std::string create = " SCHEMA - " + schema + " ";
  const std::string comment = " COMMENT - SCHEMA " + schema + " ";
  while (std::getline(in, line)) {
    if (!line.starts_with(";") &&
        (line.find(create) != std::string::npos || line.find(comment) != std::string::npos)) {
      out += ";";
    }
    out += line + "\n";
  }
  return out;
}

}  // namespace

Result<SnapshotInfo> take_snapshot(const std::string& url, const std::filesystem::path& dest) {
  auto t = target_of(url);
  if (!t) return t.error();
  SnapshotInfo info;
  info.schema = t->schema;
  {
    // Migrations run only when a server starts, so the version read now is the dump's.
    auto db = connect(url);
    if (!db) return db.error();
    auto version = schema_version(**db);
    if (!version) return version.error();
    info.schema_version = *version;
  }
  auto ran =
      run({"pg_dump", "--format=custom", "--no-owner", "--no-privileges",
           "--schema=\"" + t->schema + "\"", "--file=" + dest.string(), "--dbname=" + t->conninfo},
          t->password);
  if (auto st = checked(ran, "pg_dump"); !st) return st.error();
  return info;
}

Result<bool> is_empty(const std::string& url) {
  auto t = target_of(url);
  if (!t) return t.error();
  auto db = connect(url);
  if (!db) return db.error();
  auto tables = count(**db, kTablesIn, t->schema);
  if (!tables) return tables.error();
  return *tables == 0;
}

Status restore_snapshot(const std::string& url, const std::filesystem::path& src,
                        const std::string& from_schema) {
  auto t = target_of(url);
  if (!t) return t.error();
  auto db = connect(url);
  if (!db) return db.error();
  auto exists = count(**db, kSchemaExists, from_schema);
  if (!exists) return exists.error();
  const bool rename = from_schema != t->schema;
  if (rename && *exists) {
    return Error::conflict("restore.schema_taken")
        .with_detail("the backup's schema " + from_schema +
                     " already exists in the target database; restore into a database without "
                     "it, or set the database URL's search_path to " +
                     from_schema);
  }
  std::vector<std::string> argv = {"pg_restore", "--no-owner", "--no-privileges",
                                   "--single-transaction", "--exit-on-error"};
  char list_path[] = "/tmp/comdev-restore-list-XXXXXX";
  bool with_list = false;
  if (*exists) {
    auto list = list_without_schema(src, from_schema);
    if (!list) return list.error();
    int fd = mkstemp(list_path);
    if (fd < 0) return Error::unavailable("cannot create a temporary file");
    close(fd);
    std::ofstream(list_path) << *list;
    argv.push_back(std::string("--use-list=") + list_path);
    with_list = true;
  }
  argv.push_back("--dbname=" + t->conninfo);
  argv.push_back(src.string());
  auto ran = run(argv, t->password);
  if (with_list) std::remove(list_path);
  if (auto st = checked(ran, "pg_restore"); !st) return st;
  if (rename) {
    // The dump recreated its own schema; it takes the place of the (empty) configured one.
    auto moved = (*db)->transaction<std::monostate>([&](Conn& c) -> Result<std::monostate> {
      if (auto r = c.exec_script("DROP SCHEMA IF EXISTS \"" + t->schema + "\""); !r) {
        return r.error();
      }
      if (auto r =
              c.exec_script("ALTER SCHEMA \"" + from_schema + "\" RENAME TO \"" + t->schema + "\"");
          !r) {
        return r.error();
      }
      return std::monostate{};
    });
    if (!moved) return moved.error();
  }
  return {};
}

}  // namespace comdev::store::postgres
