#include "features/tryit/tryit_actions.h"

#include "features/members/password.h"
#include "features/tryit/tryit_permissions.h"
#include "features/tryit/tryit_store.h"
#include "web/session.h"

namespace comdev::tryit {

Result<std::vector<Issued>> ensure_demo_accounts(store::Db& db, bool reset_passwords) {
  auto demo = tryit_store::is_demo_database(db);
  if (!demo) return demo.error();
  auto action = reset_passwords ? TryAction::reset_passwords : TryAction::create_accounts;
  if (auto d = can(action, TrySubject{*demo}); !d) return Error::invalid(std::string(d.reason));

  // Hashing takes tens of milliseconds each: done before the transaction, for the accounts
  // that will get a password.
  std::vector<Issued> issued;
  for (const auto& a : demo_accounts()) issued.push_back({&a, {}});
  auto existing =
      db.transaction<std::vector<bool>>([&](store::Conn& c) -> Result<std::vector<bool>> {
        std::vector<bool> out;
        for (const auto& a : demo_accounts()) {
          auto m = tryit_store::member_of(c, a.role);
          if (!m) return m.error();
          out.push_back(m->has_value());
        }
        return out;
      });
  if (!existing) return existing.error();
  std::vector<std::string> hashes(issued.size());
  for (std::size_t i = 0; i < issued.size(); ++i) {
    if ((*existing)[i] && !reset_passwords) continue;
    issued[i].password = web::random_token(12);
    auto hash = members::hash_password(issued[i].password);
    if (!hash) return hash.error();
    hashes[i] = *hash;
  }

  auto done = db.transaction<int>([&](store::Conn& c) -> Result<int> {
    for (std::size_t i = 0; i < issued.size(); ++i) {
      const DemoAccount& a = *issued[i].account;
      auto id = tryit_store::upsert_member(c, a, hashes[i]);
      if (!id) return id.error();
      if (!a.organisation.empty()) {
        if (auto st = tryit_store::verify_representative(c, a.organisation, *id); !st) {
          return st.error();
        }
      }
      if (auto st = tryit_store::record(c, a.role, *id); !st) return st.error();
    }
    return 0;
  });
  if (!done) return done.error();
  return issued;
}

}  // namespace comdev::tryit
