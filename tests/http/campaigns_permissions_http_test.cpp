// The campaigns policy played over HTTP on both databases: every column (visitor, donor, carrier,
// treasurer of the collecting association, animator) × every action of campaign_permissions.h,
// through the same pages a browser uses. What the server answers is what `can` says for the same
// column (the policy's own matrix tests pin the policy), so the pages cannot drift from it. An
// allowed action succeeds (200, or 303 after a form) and changes what the test reads back; a
// refused one is 401, 403 or 404 and changes nothing.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "app_test_util.h"
#include "campaigns_test_store.h"
#include "features/campaigns/campaign_permissions.h"

namespace comdev::testing {
namespace {

namespace cx = campaigns_test_store;
using campaigns::Action;
using campaigns::State;
using http::testing::ClientResponse;

const std::vector<std::string> kColumns = {"visitor", "donor", "carrier", "treasurer", "animator"};

class CampaignsMatrix : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    s = cx::stage(*server, "Château d'eau de la matrice");
  }

  SignedIn who(const std::string& column) const {
    if (column == "donor") return s.donor;
    if (column == "carrier") return s.carrier;
    if (column == "treasurer") return s.treasurer;
    if (column == "animator") return s.animator;
    return {};  // visitor: no cookie, no token
  }

  // What the policy says for the column.
  bool may(const std::string& column, Action a, State state, bool own = false) const {
    web::Actor actor;
    campaigns::Subject subject;
    subject.state = state;
    subject.own_pledge = own;
    if (column != "visitor") actor.member_id = who(column).member_id;
    actor.is_animator = column == "animator";
    subject.carrier = column == "carrier";
    subject.treasurer = column == "treasurer";
    // The carrier represents the collecting association too (it collects for its own project).
    subject.represents_collector = column == "carrier";
    return campaigns::can(actor, a, subject).allowed;
  }

  ClientResponse get(const std::string& column, const std::string& path) {
    if (column == "visitor") return http::testing::Client(server->port()).get(path);
    return get_as(server->port(), who(column), path);
  }
  ClientResponse post(const std::string& column, const std::string& path,
                      const std::string& body = "") {
    return post_form(server->port(), who(column), path, body);
  }

  static void expect(bool allowed, const ClientResponse& r, const std::string& what) {
    if (allowed) {
      EXPECT_TRUE(r.status == 200 || r.status == 303) << what << ": " << r.status << r.body;
    } else {
      EXPECT_TRUE(r.status == 401 || r.status == 403 || r.status == 404)
          << what << ": " << r.status;
    }
  }

  std::unique_ptr<TestServer> server;
  cx::Stage s;
};

TEST_F(CampaignsMatrix, EveryColumnTimesEveryActionOverHttp) {
  auto& db = server->db();
  const std::string project = "/projects/" + std::to_string(s.project);
  for (const auto& column : kColumns) {
    // create: the form and its post.
    expect(may(column, Action::create, State::draft), get(column, project + "/campaigns/new"),
           column + " new form");
    auto before = cx::latest_campaign(db, s.project);
    expect(may(column, Action::create, State::draft),
           post(column, project + "/campaigns", cx::campaign_form(s, "Collecte " + column)),
           column + " create");
    auto made = cx::latest_campaign(db, s.project);
    EXPECT_EQ(made != before, may(column, Action::create, State::draft)) << column;
  }
  // The carrier's campaign goes through every state; each column tries each door in it.
  ASSERT_EQ(post("carrier", project + "/campaigns", cx::campaign_form(s, "Collecte suivie")).status,
            303);
  const auto id = cx::latest_campaign(db, s.project);
  const std::string url = "/campaigns/" + std::to_string(id);
  for (const auto& column : kColumns) {
    ASSERT_TRUE(cx::set_state(db, id, "draft"));
    expect(may(column, Action::view, State::draft), get(column, url), column + " view draft");
    expect(may(column, Action::edit, State::draft), get(column, url + "/edit"),
           column + " edit form");
    expect(may(column, Action::edit, State::draft),
           post(column, url + "/edit", cx::campaign_form(s, "Collecte revue")), column + " edit");
    expect(may(column, Action::submit, State::draft), post(column, url + "/submit"),
           column + " submit");
    EXPECT_EQ(cx::state_of(db, id),
              may(column, Action::submit, State::draft) ? "submitted" : "draft")
        << column;

    ASSERT_TRUE(cx::set_state(db, id, "submitted"));
    expect(may(column, Action::publish, State::submitted), post(column, url + "/publish"),
           column + " publish");
    EXPECT_EQ(cx::state_of(db, id),
              may(column, Action::publish, State::submitted) ? "published" : "submitted")
        << column;
    ASSERT_TRUE(cx::set_state(db, id, "submitted"));
    expect(may(column, Action::send_back, State::submitted),
           post(column, url + "/send-back", "note=Ajoutez%20le%20RIB."), column + " send_back");
    EXPECT_EQ(cx::state_of(db, id),
              may(column, Action::send_back, State::submitted) ? "draft" : "submitted")
        << column;

    ASSERT_TRUE(cx::set_state(db, id, "published"));
    auto page = get(column, url);
    expect(may(column, Action::view, State::published), page, column + " view published");
    // The IBAN only for signed-in members.
    EXPECT_EQ(contains(page.body, "FR76 3000"),
              may(column, Action::see_bank_details, State::published))
        << column;
    auto updates =
        cx::count(db, "SELECT COUNT(*) FROM campaign_updates WHERE campaign_id = $1", id);
    expect(may(column, Action::post_update, State::published),
           post(column, url + "/updates", "title=Le%20chantier&body=Il%20avance."),
           column + " post_update");
    EXPECT_EQ(cx::count(db, "SELECT COUNT(*) FROM campaign_updates WHERE campaign_id = $1", id),
              updates + (may(column, Action::post_update, State::published) ? 1 : 0))
        << column;
    auto pledges = cx::pledges_of(db, id);
    auto pledged =
        post(column, url + "/pledges", "amount=100&idempotency_key=matrix-key-" + column);
    expect(may(column, Action::pledge, State::published), pledged, column + " pledge");
    EXPECT_EQ(cx::pledges_of(db, id),
              pledges + (may(column, Action::pledge, State::published) ? 1 : 0))
        << column;
    if (auto pid = cx::pledge_id_of(pledged); pid != 0) {
      // Only the donor reads and cancels their own pledge; the treasurer reads it too.
      for (const auto& other : kColumns) {
        auto r = get(other, "/pledges/" + std::to_string(pid));
        bool reads = other == column || other == "treasurer";
        expect(reads, r, other + " reads the pledge of " + column);
      }
    }
    ASSERT_TRUE(cx::set_state(db, id, "published"));
    expect(may(column, Action::close, State::published), post(column, url + "/close"),
           column + " close");
    EXPECT_EQ(cx::state_of(db, id),
              may(column, Action::close, State::published) ? "closed" : "published")
        << column;
  }
}

// The treasury: only the collecting association's treasurers see the donors' names and move
// pledges; its representatives and the animators see who the treasurers are and name them.
TEST_F(CampaignsMatrix, TheTreasuryIsTheTreasurersOnly) {
  auto& db = server->db();
  const std::string project = "/projects/" + std::to_string(s.project);
  ASSERT_EQ(post("carrier", project + "/campaigns", cx::campaign_form(s, "Collecte trésor")).status,
            303);
  const auto id = cx::latest_campaign(db, s.project);
  ASSERT_TRUE(cx::set_state(db, id, "published"));
  auto made = post("donor", "/campaigns/" + std::to_string(id) + "/pledges",
                   "amount=250&anonymous=1&idempotency_key=treasury-key-1");
  auto pledge = cx::pledge_id_of(made);
  ASSERT_NE(pledge, 0) << made.status << made.body;
  const std::string treasury = "/treasury/" + std::to_string(s.organisation);
  auto ref = cx::reference_of(db, pledge);
  ASSERT_EQ(ref.size(), 9u);
  const std::string shown = ref.substr(0, 3) + "-" + ref.substr(3, 3) + "-" + ref.substr(6);
  const std::string base = treasury + "/pledges/" + std::to_string(pledge);
  for (const auto& column : kColumns) {
    auto page = get(column, treasury);
    bool treasurer = may(column, Action::treasury, State::published);
    bool names = may(column, Action::name_treasurer, State::published);
    expect(treasurer || names, page, column + " treasury page");
    // The pledges (an anonymous donor's among them): to the treasurer only.
    EXPECT_EQ(contains(page.body, shown), treasurer) << column;
    if (treasurer) {
      EXPECT_TRUE(contains(page.body,
                           cx::text(db, "SELECT donor_name FROM pledges WHERE id = $1", pledge)));
    }
    if (!treasurer) {
      for (const char* move : {"confirm", "cancel", "refund"}) {
        auto r = post(column, base + "/" + move);
        EXPECT_TRUE(r.status == 401 || r.status == 403) << column << " " << move << " " << r.status;
      }
      EXPECT_EQ(cx::pledge_state(db, pledge), "pledged") << column;
      continue;
    }
    expect(true, post(column, base + "/confirm"), column + " confirm");
    EXPECT_EQ(cx::pledge_state(db, pledge), "confirmed");
    expect(true, post(column, base + "/refund"), column + " refund");
    EXPECT_EQ(cx::pledge_state(db, pledge), "refunded");
    ASSERT_TRUE(
        db.query("UPDATE pledges SET state = 'pledged' WHERE id = $1", store::params(pledge)).ok());
  }
  // The treasurer of another association: 403 on this one's pledges and statements.
  auto other = post_form(server->port(), s.other_treasurer,
                         treasury + "/pledges/" + std::to_string(pledge) + "/confirm", "");
  EXPECT_EQ(other.status, 403);
  EXPECT_EQ(cx::import(server->port(), s.other_treasurer, s.organisation,
                       "Date;Libellé;Crédit\n01/12/2026;DON;10,00\n")
                .status,
            403);
  EXPECT_EQ(get_as(server->port(), s.other_treasurer, treasury).status, 403);
  EXPECT_EQ(cx::pledge_state(db, pledge), "pledged");
}

}  // namespace
}  // namespace comdev::testing
