#include "store/postgres/pg_db.h"

#include "store/pool.h"
#include "store/postgres/pg_conn.h"

namespace comdev::store::postgres {

Result<std::unique_ptr<Db>> open(const std::string& url, int pool_size) {
  // libpq waits forever for an unreachable host by default; a server should fail instead.
  std::string conninfo = url;
  if (conninfo.find("connect_timeout=") == std::string::npos) {
    conninfo += (conninfo.find('?') == std::string::npos ? "?" : "&");
    conninfo += "connect_timeout=10";
  }
  auto connect = [conninfo] { return PgConn::connect(conninfo); };
  auto first = connect();
  if (!first) return first.error();
  auto db = std::make_unique<PooledDb>(Dialect::postgres, pool_size, connect);
  db->adopt(std::move(*first));
  return std::unique_ptr<Db>(std::move(db));
}

}  // namespace comdev::store::postgres
