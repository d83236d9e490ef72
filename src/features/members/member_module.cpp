#include "features/members/member_module.h"

#include "features/members/member_store.h"

namespace comdev::members {

void register_module(web::App& app) {
  app.add_home_count({"home.counts.members", member_store::count});
}

}  // namespace comdev::members
