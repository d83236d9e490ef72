// open(): picks the driver from the URL.
#include "store/db.h"

#include "store/postgres/pg_db.h"
#include "store/sqlite/sqlite_db.h"
#include "store/url.h"

namespace comdev::store {

Result<std::unique_ptr<Db>> open(std::string_view url, int pool_size) {
  auto parsed = parse_db_url(url);
  if (!parsed) return parsed.error();
  if (parsed->dialect == Dialect::sqlite) {
    return sqlite::open(parsed->sqlite_path, parsed->memory, pool_size);
  }
  return postgres::open(parsed->conninfo, pool_size);
}

}  // namespace comdev::store
