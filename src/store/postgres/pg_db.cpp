#include "store/postgres/pg_db.h"

#include "store/pool.h"
#include "store/postgres/pg_conn.h"

namespace comdev::store::postgres {

Result<std::unique_ptr<Db>> open(const std::string& conninfo, int pool_size) {
  auto connect = [conninfo] { return PgConn::connect(conninfo); };
  auto first = connect();
  if (!first) return first.error();
  auto db = std::make_unique<PooledDb>(Dialect::postgres, pool_size, connect);
  db->adopt(std::move(*first));
  return std::unique_ptr<Db>(std::move(db));
}

}  // namespace comdev::store::postgres
