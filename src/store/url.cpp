#include "store/url.h"

namespace comdev::store {

namespace {

Error bad_url(std::string why) {
  return Error::invalid("errors.config.database_url").with_detail(std::move(why));
}

}  // namespace

Result<DbUrl> parse_db_url(std::string_view url) {
  DbUrl out;
  if (url.starts_with("sqlite:")) {
    std::string_view rest = url.substr(7);
    if (rest.empty()) return bad_url("COMDEV_DATABASE_URL \"sqlite:\" needs a file path");
    out.dialect = Dialect::sqlite;
    out.memory = rest == ":memory:";
    out.sqlite_path = std::string(rest);
    return out;
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    // The URL is not echoed in the detail: it may hold a password.
    std::string_view rest = url.substr(url.find("://") + 3);
    if (rest.empty())
      return bad_url("COMDEV_DATABASE_URL postgresql:// URL has no host or database");
    out.dialect = Dialect::postgres;
    out.conninfo = std::string(url);
    return out;
  }
  return bad_url("COMDEV_DATABASE_URL must start with sqlite: or postgresql://");
}

}  // namespace comdev::store
