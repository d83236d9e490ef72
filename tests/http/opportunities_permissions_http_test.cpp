// The opportunities policy played over HTTP on both databases: visitor, member, representative
// (of the publishing organisation) and animator × every action of opportunity_permissions.h.
// What the server answers is what `can` says for the same column (the policy's own matrix tests
// pin the policy), so the pages cannot drift from it. An allowed action succeeds (200, or 303
// after a form) and changes what the test reads back; a refused one is 401, 403 or 404, shows no
// contact line and changes nothing.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "app_test_util.h"
#include "features/opportunities/opportunity_permissions.h"
#include "opportunities_test_store.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

namespace os = opportunities_test_store;
using http::testing::ClientResponse;
using opportunities::Action;
using opportunities::State;

const char* kColumns[] = {"visitor", "member", "representative", "animator"};

class OpportunitiesMatrix : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    auto& db = server->db();
    animator = sign_in_new_member(db, Role::animator);
    member = sign_in_new_member(db, Role::member);
    rep = os::represented(db, animator, "Commune d'essai des opportunités");
    Browser b(server->port());
    b.get("/opportunities");
    visitor.cookie = b.cookie;
    visitor.csrf = b.csrf;
  }

  const SignedIn& who(int c) {
    switch (c) {
      case 0:
        return visitor;
      case 1:
        return member;
      case 2:
        return rep.representative;
      default:
        return animator;
    }
  }

  // The actor of column c as the policy sees it; the representative is on the publishing side of
  // the opportunities this test writes in its organisation's name.
  web::Actor actor(int c) {
    web::Actor a;
    if (c == 0) return a;
    a.member_id = who(c).member_id;
    a.is_animator = c == 3;
    return a;
  }

  void expect(bool allowed, const ClientResponse& r, const std::string& what) {
    if (allowed) {
      EXPECT_TRUE(r.status == 200 || r.status == 303) << what << ": " << r.status << r.body;
    } else {
      EXPECT_TRUE(r.status == 401 || r.status == 403 || r.status == 404)
          << what << ": " << r.status;
      EXPECT_FALSE(contains(r.body, "Contact secret")) << what << " leaked the contact";
    }
  }

  std::unique_ptr<TestServer> server;
  SignedIn animator, member, visitor;
  os::Represented rep;
};

TEST_F(OpportunitiesMatrix, EveryRoleTimesEveryActionOverHttp) {
  auto& db = server->db();
  const auto p = server->port();
  const auto commune = std::to_string(os::territory(db, "taliouine"));
  const auto org = std::to_string(rep.organisation);
  for (int c = 0; c < 4; ++c) {
    const std::string column = kColumns[c];
    const auto& w = who(c);
    const bool owner = c == 2;
    auto may = [&](Action a, opportunities::Subject s) {
      s.owner = owner;
      s.represents_organisation = owner;
      return opportunities::can(actor(c), a, s).allowed;
    };

    // create_offer: in the representative's organisation's name.
    const std::string offer_title = "Offre de la colonne " + column;
    expect(may(Action::create_offer, opportunities::about(State::draft)),
           post_form(
               p, w, "/opportunities/new",
               "kind=offer&title=" + http::percent_encode(offer_title) +
                   "&description=Une%20offre.&sector=agriculture&stage=ready&commune=" + commune +
                   "&amount_min=100000&amount_max=200000&currency=MAD"
                   "&publisher=" +
                   org + "&contact=Contact%20secret%201"),
           column + " create_offer");
    EXPECT_EQ(os::count_titled(db, offer_title),
              may(Action::create_offer, opportunities::about(State::draft)) ? 1 : 0)
        << column;

    // propose_project: any signed-in member; it waits for review unless an animator wrote it.
    const std::string project_title = "Projet de la colonne " + column;
    expect(may(Action::propose_project, opportunities::about(State::draft)),
           post_form(
               p, w, "/opportunities/new",
               "kind=migrant_project&title=" + http::percent_encode(project_title) +
                   "&description=Mon%20projet.&sector=rural_tourism&stage=idea&commune=" + commune +
                   "&amount_min=80000&amount_max=150000&currency=EUR&contact=Contact%20"
                   "secret%202"),
           column + " propose_project");
    auto proposed = os::id_titled(db, project_title);
    EXPECT_EQ(proposed != 0, may(Action::propose_project, opportunities::about(State::draft)))
        << column;
    if (proposed) {
      EXPECT_EQ(os::state_of(db, proposed), c == 3 ? "published" : "submitted");
    }

    // A submitted project of someone else: read, publish, send back.
    auto submitted =
        os::insert(db, "Projet soumis " + column, "submitted",
                   member.member_id == w.member_id ? animator.member_id : member.member_id,
                   rep.organisation, "migrant_project");
    ASSERT_NE(submitted, 0);
    const std::string url = "/opportunities/" + std::to_string(submitted);
    expect(may(Action::view, opportunities::about(State::submitted)), get_as(p, w, url),
           column + " view submitted");
    expect(may(Action::send_back, opportunities::about(State::submitted)),
           post_form(p, w, url + "/send-back", "note=Pr%C3%A9cisez%20le%20montant."),
           column + " send_back");
    EXPECT_EQ(
        os::state_of(db, submitted),
        may(Action::send_back, opportunities::about(State::submitted)) ? "draft" : "submitted")
        << column;
    ASSERT_TRUE(db.query("UPDATE opportunities SET state = 'submitted' WHERE id = $1",
                         store::params(submitted))
                    .ok());
    expect(may(Action::publish, opportunities::about(State::submitted)),
           post_form(p, w, url + "/publish", ""), column + " publish");
    EXPECT_EQ(
        os::state_of(db, submitted),
        may(Action::publish, opportunities::about(State::submitted)) ? "published" : "submitted")
        << column;

    // A published offer in the organisation's name: read, "I'm interested", the contact line.
    // Written by the representative, in the organisation's name: the publishing side.
    auto published = os::insert(db, "Offre publiée " + column, "published",
                                rep.representative.member_id, rep.organisation, "offer");
    const std::string purl = "/opportunities/" + std::to_string(published);
    auto page = get_as(p, w, purl);
    expect(may(Action::view, opportunities::about(State::published)), page,
           column + " view published");
    EXPECT_EQ(contains(page.body, "Contact secret 0600"), c >= 2) << column << " contact line";
    expect(may(Action::express_interest, opportunities::about(State::published)),
           post_form(p, w, purl + "/interest",
                     "about=Ing%C3%A9nieure&interest=Co-investir&amount=50000&currency=EUR"
                     "&contact=moi%40example.org"),
           column + " express_interest");
    EXPECT_EQ(os::requests_of(db, published),
              may(Action::express_interest, opportunities::about(State::published)) ? 1 : 0)
        << column;

    // A request of the member (or, for the member's column, of the animator) to decide.
    const auto& asker = c == 1 ? animator : member;
    ASSERT_EQ(post_form(p, asker, purl + "/interest",
                        "about=Quelqu%27un&interest=Un%20int%C3%A9r%C3%AAt&contact=tel%200700")
                  .status,
              303)
        << column;
    auto request = os::last_request(db, published);
    const std::string rurl = "/opportunities/requests/" + std::to_string(request);
    opportunities::Subject rs;
    rs.request = opportunities::InterestState::requested;
    expect(may(Action::decide_interest, rs),
           post_form(p, w, rurl + "/decline", "note=Trop%20t%C3%B4t"), column + " decline");
    EXPECT_EQ(os::request_state(db, request),
              may(Action::decide_interest, rs) ? "declined" : "requested")
        << column;
    ASSERT_TRUE(os::set_request_state(db, request, "requested"));
    expect(may(Action::decide_interest, rs), post_form(p, w, rurl + "/introduce", ""),
           column + " introduce");
    EXPECT_EQ(os::request_state(db, request),
              may(Action::decide_interest, rs) ? "introduced" : "requested")
        << column;

    // Closing: the publishing side and the animators.
    expect(may(Action::close, opportunities::about(State::published)),
           post_form(p, w, purl + "/close", ""), column + " close");
    EXPECT_EQ(os::state_of(db, published),
              may(Action::close, opportunities::about(State::published)) ? "closed" : "published")
        << column;

    // The queue: only animators see the requests waiting.
    auto list = get_as(p, w, "/opportunities");
    EXPECT_EQ(list.status, 200) << column;
    EXPECT_EQ(contains(list.body, "opportunities-queue"), may(Action::read_queue, {})) << column;
  }
}

// Once an animator introduces them, the investor reads the publisher's contact line and the
// publishing side reads the investor's — not before, and nobody else.
TEST_F(OpportunitiesMatrix, ContactsAreSharedOnlyByTheIntroduction) {
  auto& db = server->db();
  const auto p = server->port();
  auto published = os::insert(db, "Offre à présenter", "published", rep.representative.member_id,
                              rep.organisation, "offer", "Contact secret du CRI");
  const std::string purl = "/opportunities/" + std::to_string(published);
  auto other = sign_in_new_member(db, Role::member);
  ASSERT_EQ(post_form(p, member, purl + "/interest",
                      "about=Ing%C3%A9nieure%20%C3%A0%20Lyon&interest=Co-investir"
                      "&amount=50%20000&currency=EUR&contact=investisseuse%40example.org")
                .status,
            303);
  // A second request while the first waits is a conflict, and adds nothing.
  auto twice = post_form(p, member, purl + "/interest",
                         "about=Encore&interest=Encore&contact=investisseuse%40example.org");
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(os::requests_of(db, published), 1);
  EXPECT_FALSE(contains(get_as(p, member, purl).body, "Contact secret du CRI"));
  EXPECT_FALSE(contains(get_as(p, rep.representative, purl).body, "investisseuse@example.org"));
  EXPECT_EQ(os::notifications(db, animator.member_id, "opportunity_interest_received"), 1);

  auto request = os::last_request(db, published);
  auto introduced = post_form(
      p, animator, "/opportunities/requests/" + std::to_string(request) + "/introduce", "");
  EXPECT_EQ(introduced.status, 303);
  EXPECT_TRUE(contains(get_as(p, member, purl).body, "Contact secret du CRI"));
  EXPECT_TRUE(contains(get_as(p, member, "/me/opportunities").body, "Contact secret du CRI"));
  EXPECT_TRUE(contains(get_as(p, rep.representative, purl).body, "investisseuse@example.org"));
  EXPECT_FALSE(contains(get_as(p, other, purl).body, "Contact secret du CRI"));
  EXPECT_FALSE(contains(get_as(p, other, purl).body, "investisseuse@example.org"));
  EXPECT_EQ(os::notifications(db, member.member_id, "opportunity_introduced"), 1);
  EXPECT_EQ(os::notifications(db, rep.representative.member_id, "opportunity_introduced"), 1);
  // The same introduction by e-mail, each side with the other's contact line.
  auto to_member = server->smtp().wait_for(member.email, std::chrono::milliseconds(5000));
  ASSERT_TRUE(to_member.has_value());
  EXPECT_TRUE(contains(to_member->body, "Contact secret du CRI"));
  auto to_rep = server->smtp().wait_for(rep.representative.email, std::chrono::milliseconds(5000));
  ASSERT_TRUE(to_rep.has_value());
  EXPECT_TRUE(contains(to_rep->body, "investisseuse@example.org"));
  auto notes = get_as(p, member, "/notifications");
  EXPECT_TRUE(contains(notes.body, "/me/opportunities")) << notes.body.substr(0, 400);
  // Introduced, the two sides talk directly: no second request.
  auto after = post_form(p, member, purl + "/interest",
                         "about=Encore&interest=Encore&contact=investisseuse%40example.org");
  EXPECT_EQ(after.status, 409);
  EXPECT_EQ(os::requests_of(db, published), 1);
  // Decided once: a second introduction is refused and notifies nobody again.
  auto again = post_form(p, animator,
                         "/opportunities/requests/" + std::to_string(request) + "/introduce", "");
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(os::notifications(db, member.member_id, "opportunity_introduced"), 1);
}

}  // namespace
}  // namespace comdev::testing
