#include "store/sqlite/sqlite_db.h"

#include "store/pool.h"
#include "store/sqlite/sqlite_conn.h"

namespace comdev::store::sqlite {

Result<std::unique_ptr<Db>> open(const std::string& path, bool memory, int pool_size) {
  std::string target = memory ? ":memory:" : path;
  auto connect = [target] { return SqliteConn::connect(target); };
  // Open one connection now so a bad path fails at start, not at the first request.
  auto first = connect();
  if (!first) return first.error();
  auto db = std::make_unique<PooledDb>(Dialect::sqlite, memory ? 1 : pool_size, connect);
  db->adopt(std::move(*first));
  return std::unique_ptr<Db>(std::move(db));
}

}  // namespace comdev::store::sqlite
