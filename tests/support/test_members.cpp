#include "test_members.h"

#include <atomic>
#include <stdexcept>

#include "features/members/member_store.h"
#include "features/members/password.h"
#include "web/session.h"

namespace comdev::testing {

SignedIn sign_in_new_member(store::Db& db, Role role, std::string email) {
  static std::atomic<int> counter{0};
  if (email.empty()) email = "member" + std::to_string(++counter) + "@example.org";
  static const std::string hash = *members::hash_password("correct horse battery");
  members::member_store::NewMember m;
  m.email = email;
  m.display_name = "Demo " + email.substr(0, email.find('@'));
  m.password_hash = hash;
  m.is_admin = role == Role::admin;
  m.is_animator = role != Role::member;
  m.email_verified = true;
  auto id = members::member_store::create(db, m);
  if (!id) throw std::runtime_error("create member: " + id.error().detail + id.error().message_id);
  std::string sid;
  auto session = web::session_store::create(db, *id, "fr", &sid);
  if (!session) throw std::runtime_error("create session: " + session.error().detail);
  return SignedIn{*id, email, "sid=" + sid, session->csrf_token};
}

}  // namespace comdev::testing
