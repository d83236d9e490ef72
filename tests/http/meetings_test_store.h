// Fixtures of the meetings HTTP tests: a team (a verified representative as carrier, an expert,
// an observer, a member outside), forms posted as a member, and the calendar checker.
#pragma once

#include <unistd.h>
#include <array>
#include <cstdio>
#include <fstream>
#include <string>

#include "app_test_util.h"
#include "features/organisations/organisation_store.h"
#include "teams_test_store.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing::meetings_test_store {

struct Team {
  std::int64_t project = 0;
  SignedIn carrier, expert, observer, outsider, animator;
};

inline Team new_team(TestServer& server, const std::string& title) {
  namespace fx = teams_test_store;
  namespace org = organisations::organisation_store;
  auto& db = server.db();
  Team t;
  t.project = fx::new_project(db, title);
  t.carrier = sign_in_new_member(db, Role::member);
  t.animator = sign_in_new_member(db, Role::animator);
  auto carrier_org = fx::carrier_of(db, t.project);
  EXPECT_TRUE(org::request_representation(db, carrier_org, t.carrier.member_id, "").ok());
  EXPECT_TRUE(
      org::decide(db, t.animator.member_id, carrier_org, t.carrier.member_id, true, "").ok());
  t.expert = sign_in_new_member(db, Role::member);
  t.observer = sign_in_new_member(db, Role::member);
  t.outsider = sign_in_new_member(db, Role::member);
  EXPECT_TRUE(fx::put(db, t.project, t.expert.member_id, "expert"));
  EXPECT_TRUE(fx::put(db, t.project, t.observer.member_id, "observer"));
  return t;
}

inline std::string form(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string body;
  for (const auto& [k, v] : fields) {
    if (!body.empty()) body += '&';
    body += k + "=" + http::percent_encode(v);
  }
  return body;
}

// The form of a meeting, with the fields a test changes.
inline std::vector<std::pair<std::string, std::string>> meeting_fields(
    const std::string& date = "2027-02-20", const std::string& start = "10:00",
    const std::string& end = "11:30", const std::string& zone = "Africa/Casablanca") {
  return {{"title", "Lancement de l'étude"},
          {"date", date},
          {"start", start},
          {"end", end},
          {"time_zone", zone},
          {"place", "Maison communale, Taliouine"},
          {"video_url", "https://meet.jit.si/x"},
          {"agenda", "1. Étude\n2. Budget"}};
}

// The id at the end of a "/meetings/12" redirect; 0 otherwise.
inline std::int64_t meeting_id_of(const http::testing::ClientResponse& r) {
  auto it = r.headers.find("location");
  if (r.status != 303 || it == r.headers.end()) return 0;
  auto p = it->second.rfind('/');
  return std::atoll(it->second.c_str() + p + 1);
}

inline std::int64_t count(store::Db& db, const std::string& sql) {
  auto r = db.query(sql);
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
}

struct Checked {
  int exit_code = -1;
  std::string output;
};
// Runs tests/support/check_ics.py (Debian's Python with python3-icalendar) on `ics`.
inline Checked check_ics(const std::string& ics) {
  char path[] = "/tmp/comdev-ics-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return {};
  ::close(fd);
  std::ofstream(path, std::ios::binary) << ics;
  std::string cmd = std::string("/usr/bin/python3 ") + COMDEV_SOURCE_DIR +
                    "/tests/support/check_ics.py " + path + " 2>&1";
  Checked out;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    std::array<char, 512> buf;
    while (std::fgets(buf.data(), buf.size(), p)) out.output += buf.data();
    int st = pclose(p);
    out.exit_code = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  }
  std::remove(path);
  return out;
}

}  // namespace comdev::testing::meetings_test_store
