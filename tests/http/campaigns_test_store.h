// Fixtures of the campaigns HTTP tests: a project whose carrier association has a verified
// representative, its treasurer, a treasurer of another association, a donor and an animator; a
// campaign written through the carrier's form and moved along by the test; statement files as a
// bank exports them; and reads that prove what a request left behind.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "app_test_util.h"
#include "core/time.h"
#include "features/organisations/organisation_store.h"
#include "store/db.h"
#include "teams_test_store.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing::campaigns_test_store {

struct Stage {
  std::int64_t project = 0, organisation = 0, other_organisation = 0;
  SignedIn animator, carrier, treasurer, other_treasurer, donor;
};

inline bool verify(store::Db& db, const SignedIn& animator, std::int64_t org, std::int64_t member) {
  namespace os = organisations::organisation_store;
  return os::request_representation(db, org, member, "").ok() &&
         os::decide(db, animator.member_id, org, member, true, "").ok();
}

inline bool name_treasurer(store::Db& db, std::int64_t org, std::int64_t member) {
  return db
      .query(
          "INSERT INTO organisation_treasurers (organisation_id, member_id, named_at) "
          "VALUES ($1, $2, $3)",
          store::params(org, member, core::iso_now()))
      .ok();
}

// The carrier association collects for its own project; another verified association has its
// own treasurer.
inline Stage stage(TestServer& server, const std::string& title) {
  auto& db = server.db();
  Stage s;
  s.animator = sign_in_new_member(db, Role::animator);
  s.carrier = sign_in_new_member(db, Role::member);
  s.treasurer = sign_in_new_member(db, Role::member);
  s.other_treasurer = sign_in_new_member(db, Role::member);
  s.donor = sign_in_new_member(db, Role::member);
  s.project = teams_test_store::new_project(db, title);
  s.organisation = teams_test_store::carrier_of(db, s.project);
  EXPECT_TRUE(verify(db, s.animator, s.organisation, s.carrier.member_id));
  EXPECT_TRUE(name_treasurer(db, s.organisation, s.treasurer.member_id));
  auto other = teams_test_store::new_project(db, "Autre projet " + title);
  s.other_organisation = teams_test_store::carrier_of(db, other);
  auto other_rep = sign_in_new_member(db, Role::member);
  EXPECT_TRUE(verify(db, s.animator, s.other_organisation, other_rep.member_id));
  EXPECT_TRUE(name_treasurer(db, s.other_organisation, s.other_treasurer.member_id));
  return s;
}

// The campaign form's fields for the stage's association.
inline std::string campaign_form(const Stage& s, const std::string& title,
                                 const std::string& extra = "") {
  return "title=" + http::percent_encode(title) +
         "&description=Le%20douar%20attend%20l%27eau.&currency=MAD&goal=150000"
         "&starts_on=2020-01-01&ends_on=2099-12-31&organisation=" +
         std::to_string(s.organisation) +
         "&audience=diaspora&bank_details=FR76%203000%206000%200112%203456%207890%20189"
         "&use_label=G%C3%A9nie%20civil&use_amount=100000" +
         extra;
}

inline std::int64_t count(store::Db& db, const std::string& sql, std::int64_t id = 0) {
  auto r = id ? db.query(sql, store::params(id)) : db.query(sql);
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
}

inline std::string text(store::Db& db, const std::string& sql, std::int64_t id) {
  auto r = db.query(sql, store::params(id));
  return r.ok() && !r->empty() ? r->rows.front().text(0) : "";
}

inline std::int64_t latest_campaign(store::Db& db, std::int64_t project) {
  return count(db, "SELECT COALESCE(MAX(id), 0) FROM campaigns WHERE project_id = $1", project);
}

inline std::string state_of(store::Db& db, std::int64_t campaign) {
  return text(db, "SELECT state FROM campaigns WHERE id = $1", campaign);
}

inline bool set_state(store::Db& db, std::int64_t campaign, const std::string& state) {
  return db
      .query(
          "UPDATE campaigns SET state = $1, published_at = COALESCE(published_at, $2) "
          "WHERE id = $3",
          store::params(state, core::iso_now(), campaign))
      .ok();
}

inline std::int64_t pledges_of(store::Db& db, std::int64_t campaign) {
  return count(db, "SELECT COUNT(*) FROM pledges WHERE campaign_id = $1", campaign);
}

inline std::int64_t confirmed_of(store::Db& db, std::int64_t campaign) {
  return count(db, "SELECT COUNT(*) FROM pledges WHERE campaign_id = $1 AND state = 'confirmed'",
               campaign);
}

inline std::string pledge_state(store::Db& db, std::int64_t pledge) {
  return text(db, "SELECT state FROM pledges WHERE id = $1", pledge);
}

inline std::string reference_of(store::Db& db, std::int64_t pledge) {
  return text(db, "SELECT reference FROM pledges WHERE id = $1", pledge);
}

// The pledge id at the end of a "/pledges/12?done=made" redirect; 0 otherwise.
inline std::int64_t pledge_id_of(const http::testing::ClientResponse& r) {
  auto it = r.headers.find("location");
  if (r.status != 303 || it == r.headers.end()) return 0;
  const std::string prefix = "/pledges/";
  if (it->second.rfind(prefix, 0) != 0) return 0;
  return std::atoll(it->second.c_str() + prefix.size());
}

inline const std::string kBoundary = "----comdevStatementBoundary9x";

// A statement file posted to the treasury as `who`, waiting at most `timeout` for the answer.
inline http::testing::ClientResponse import(
    std::uint16_t port, const SignedIn& who, std::int64_t org, const std::string& bytes,
    std::chrono::milliseconds timeout = std::chrono::milliseconds(5000)) {
  std::string body = "--" + kBoundary +
                     "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + who.csrf +
                     "\r\n--" + kBoundary +
                     "\r\nContent-Disposition: form-data; name=\"file\"; "
                     "filename=\"releve.csv\"\r\nContent-Type: text/csv\r\n\r\n" +
                     bytes + "\r\n--" + kBoundary + "--\r\n";
  http::testing::Client c(port, timeout);
  return c.request(
      "POST", "/treasury/" + std::to_string(org) + "/import",
      {{"Cookie", who.cookie}, {"Content-Type", "multipart/form-data; boundary=" + kBoundary}},
      body);
}

}  // namespace comdev::testing::campaigns_test_store
