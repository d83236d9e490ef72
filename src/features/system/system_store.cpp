#include "features/system/system_store.h"

namespace comdev::system::system_store {

Status ping(store::Db& db) {
  auto r = db.query("SELECT 1");
  if (!r) return r.error();
  return {};
}

}  // namespace comdev::system::system_store
