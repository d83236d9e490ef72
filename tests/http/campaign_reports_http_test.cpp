// The law 18-18 report over HTTP on both databases: a treasurer reads the report of a closed
// campaign with its figures right (by means, refunds, costs, use of funds against the ledger),
// others get 404, a cost is entered and the report marked sent (audited, then frozen); and the
// reminders' job run at chosen times sends the week-before and day-before mails to the
// organisation and the late mail to the animators, each once, and nothing once it is sent.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>

#include "app_test_util.h"
#include "campaigns_test_store.h"
#include "core/time.h"
#include "features/campaign_reports/report_reminders.h"
#include "features/ledger/ledger_store.h"
#include "ledger_test_store.h"

namespace comdev::testing {
namespace {

namespace cx = campaigns_test_store;
namespace lx = ledger_test_store;
using http::testing::ClientResponse;

class CampaignReports : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    auto& db = server->db();
    s = cx::stage(*server, "Pompage solaire de Tafraout");
    // A budget line of the project that the campaign funds, and money spent on it.
    auto line = db.transaction<std::int64_t>([&](store::Conn& c) {
      ledger::BudgetLine l;
      l.project_id = s.project;
      l.label = "Pompe solaire";
      l.planned_minor = 60000;
      l.currency = "MAD";
      return ledger::ledger_store::add_budget_line(c, l, core::iso_now());
    });
    ASSERT_TRUE(line.ok());
    budget_line = *line;
    title = "Une pompe pour Tafraout";
    auto made = post_form(server->port(), s.carrier,
                          "/projects/" + std::to_string(s.project) + "/campaigns",
                          cx::campaign_form(s, title,
                                            "&use_line=&use_line=" + std::to_string(budget_line) +
                                                "&use_label=&use_amount=500"));
    ASSERT_EQ(made.status, 303) << made.body.substr(0, 600);
    campaign = cx::latest_campaign(db, s.project);
    url = "/campaigns/" + std::to_string(campaign);
    report = url + "/report";
    ASSERT_EQ(post_form(server->port(), s.carrier, url + "/submit", "").status, 303);
    ASSERT_EQ(post_form(server->port(), s.animator, url + "/publish", "").status, 303);
  }

  std::int64_t pledge(const SignedIn& who, const std::string& amount, const std::string& key) {
    auto r = post_form(server->port(), who, url + "/pledges",
                       "amount=" + http::percent_encode(amount) + "&idempotency_key=" + key);
    EXPECT_EQ(r.status, 303) << r.body.substr(0, 500);
    return cx::pledge_id_of(r);
  }

  int treasury(const std::string& what, std::int64_t pledge) {
    return post_form(server->port(), s.treasurer,
                     "/treasury/" + std::to_string(s.organisation) + "/pledges/" +
                         std::to_string(pledge) + "/" + what,
                     "")
        .status;
  }

  void close() {
    ASSERT_EQ(post_form(server->port(), s.carrier, url + "/close", "").status, 303);
    closed_at = server->clock().now();
  }

  campaign_reports::Reminded remind(std::chrono::days after_closing) {
    auto r = campaign_reports::send_reminders(server->db(), server->app().mailer(),
                                              server->app().config().base_url,
                                              closed_at + after_closing);
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r : campaign_reports::Reminded{};
  }

  // The mails received so far by `email` about this campaign.
  int mails_to(const std::string& email) {
    int n = 0;
    for (const auto& m : server->smtp().all()) {
      if (m.to == email && contains(m.subject, title)) ++n;
    }
    return n;
  }

  std::unique_ptr<TestServer> server;
  cx::Stage s;
  std::int64_t budget_line = 0, campaign = 0;
  std::string title, url, report;
  core::Seconds closed_at;
};

TEST_F(CampaignReports, ATreasurerReadsTheFiguresEntersACostAndMarksItSent) {
  auto& db = server->db();
  auto p1 = pledge(s.donor, "1 234,56", "report-key-1");
  auto p2 = pledge(s.donor, "50", "report-key-2");
  auto p3 = pledge(s.donor, "70", "report-key-3");
  auto p4 = pledge(s.donor, "90", "report-key-4");  // never paid
  ASSERT_TRUE(p1 && p2 && p3 && p4);
  // p1 arrives on an imported statement; p2 and p3 are confirmed by hand, p3 then refunded.
  std::string statement = "Crédit;Débit;Libellé;Date opération\n\"1 234,56\";;VIR DON " +
                          cx::reference_of(db, p1) + ";02/12/2026\n";
  ASSERT_EQ(cx::import(server->port(), s.treasurer, s.organisation, statement).status, 200);
  ASSERT_EQ(cx::pledge_state(db, p1), "confirmed");
  ASSERT_EQ(treasury("confirm", p2), 303);
  ASSERT_EQ(treasury("confirm", p3), 303);
  ASSERT_EQ(treasury("refund", p3), 303);
  ASSERT_EQ(cx::pledge_state(db, p3), "refunded");
  // 300.00 spent on the pump's budget line, from the project's ledger.
  auto doc = lx::receipt(db, s.project, "Facture pompe");
  ASSERT_GT(doc, 0);
  auto out = lx::money_in(s.project, 30000);
  out.kind = ledger::Kind::money_out;
  out.budget_line_id = budget_line;
  out.document_id = doc;
  out.label = "Pompe";
  ASSERT_TRUE(lx::append(db, out).ok());

  // Before closing there is no report, even for the treasurer.
  EXPECT_EQ(get_as(server->port(), s.treasurer, report).status, 404);
  close();

  auto page = get_as(server->port(), s.treasurer, report);
  ASSERT_EQ(page.status, 200) << page.body.substr(0, 500);
  EXPECT_TRUE(contains(page.body, "Rapport à l&#39;autorité (loi 18-18)"))
      << page.body.substr(0, 2000);
  EXPECT_TRUE(contains(page.body, title));
  EXPECT_TRUE(contains(page.body, "Virement confirmé par relevé importé"));
  auto csv = get_as(server->port(), s.treasurer, report + ".csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(contains(csv.headers["content-type"], "text/csv"));
  EXPECT_TRUE(csv.body.starts_with("\xEF\xBB\xBFRubrique,")) << csv.body.substr(0, 80);
  const char* rows[] = {
      "Sommes collectées,Promesses confirmées,2,1284.56,,MAD\r\n",
      "Sommes collectées,Virement confirmé par relevé importé,1,1234.56,,MAD\r\n",
      "Sommes collectées,Virement confirmé à la main,1,50.00,,MAD\r\n",
      "Sommes collectées,Paiement en ligne,0,0.00,,MAD\r\n",
      "Sommes collectées,Remboursements,1,70.00,,MAD\r\n",
      "Frais de l'opération,Total des frais,,0.00,,MAD\r\n",
      "Emploi des fonds,Génie civil,,100000.00,,MAD\r\n",
      "Emploi des fonds,Pompe solaire,,500.00,300.00,MAD\r\n",
  };
  for (const char* row : rows) EXPECT_TRUE(contains(csv.body, row)) << row << "\n" << csv.body;

  // Who else reads it: the association's representative and the animators; nobody else.
  EXPECT_EQ(get_as(server->port(), s.carrier, report).status, 200);
  EXPECT_EQ(get_as(server->port(), s.animator, report).status, 200);
  EXPECT_EQ(get_as(server->port(), s.donor, report).status, 404);
  EXPECT_EQ(get_as(server->port(), s.other_treasurer, report).status, 404);
  EXPECT_EQ(get_as(server->port(), s.donor, report + ".csv").status, 404);
  // The campaign's page links to it for those who read it only.
  EXPECT_TRUE(contains(get_as(server->port(), s.treasurer, url).body, report));
  EXPECT_FALSE(contains(get_as(server->port(), s.donor, url).body, report));

  // Costs: the treasurer's alone, read strictly.
  EXPECT_EQ(post_form(server->port(), s.carrier, report + "/costs", "label=Frais&amount=10").status,
            403);
  EXPECT_EQ(post_form(server->port(), s.donor, report + "/costs", "label=Frais&amount=10").status,
            404);
  auto bad = post_form(server->port(), s.treasurer, report + "/costs", "label=&amount=-3");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, "Indiquez le libellé du frais")) << bad.body.substr(0, 400);
  ASSERT_EQ(post_form(server->port(), s.treasurer, report + "/costs",
                      "label=Frais%20bancaires&amount=12%2C50")
                .status,
            303);
  csv = get_as(server->port(), s.treasurer, report + ".csv");
  EXPECT_TRUE(contains(csv.body, "Frais de l'opération,Frais bancaires,,12.50,,MAD\r\n"))
      << csv.body;
  EXPECT_TRUE(contains(csv.body, "Frais de l'opération,Net après frais,,1272.06,,MAD\r\n"))
      << csv.body;

  // Marked sent, with its day and reference, audited; then frozen.
  auto today = core::iso(server->clock().now()).substr(0, 10);
  EXPECT_EQ(post_form(server->port(), s.carrier, report + "/sent",
                      "sent_on=" + today + "&reference=AR-118")
                .status,
            403);
  auto future = post_form(server->port(), s.treasurer, report + "/sent",
                          "sent_on=2199-01-01&reference=AR-118");
  EXPECT_EQ(future.status, 422);
  ASSERT_EQ(post_form(server->port(), s.treasurer, report + "/sent",
                      "sent_on=" + today + "&reference=AR-2027%2F118")
                .status,
            303);
  EXPECT_EQ(cx::count(db,
                      "SELECT COUNT(*) FROM audit_log WHERE action = 'campaign_report.sent' "
                      "AND subject_id = $1",
                      campaign),
            1);
  EXPECT_EQ(cx::count(db,
                      "SELECT COUNT(*) FROM audit_log WHERE action = 'campaign_report.cost_added' "
                      "AND subject_id = $1",
                      campaign),
            1);
  page = get_as(server->port(), s.animator, report);
  EXPECT_TRUE(contains(page.body, "AR-2027/118")) << page.body.substr(0, 400);
  EXPECT_EQ(post_form(server->port(), s.treasurer, report + "/sent",
                      "sent_on=" + today + "&reference=again")
                .status,
            409);
  EXPECT_NE(
      post_form(server->port(), s.treasurer, report + "/costs", "label=Encore&amount=1").status,
      303);

  // A report sent is reminded to nobody, before or after its due date.
  for (int d : {23, 29, 31}) EXPECT_EQ(remind(std::chrono::days(d)).reminders, 0) << d;
  EXPECT_EQ(cx::count(db, "SELECT COUNT(*) FROM campaign_report_reminders WHERE campaign_id = $1",
                      campaign),
            0);
  EXPECT_EQ(mails_to(s.treasurer.email), 0);
  EXPECT_EQ(mails_to(s.animator.email), 0);
}

TEST_F(CampaignReports, RemindersGoAWeekAndADayBeforeThenToTheAnimatorsOnceEach) {
  auto& db = server->db();
  // The representative reads Arabic: their reminders come in Arabic.
  ASSERT_TRUE(db.query("UPDATE members SET preferred_lang = 'ar' WHERE id = $1",
                       store::params(s.carrier.member_id))
                  .ok());
  close();
  const auto wait = std::chrono::seconds(5);

  EXPECT_EQ(remind(std::chrono::days(22)).reminders, 0);  // eight days before: nothing yet

  // Seven days before, two instances at once: one of them sends, to the treasurer and the
  // representative.
  campaign_reports::Reminded first, second;
  std::thread other([&] { second = remind(std::chrono::days(23)); });
  first = remind(std::chrono::days(23));
  other.join();
  EXPECT_EQ(first.reminders + second.reminders, 1);
  EXPECT_EQ(first.mails + second.mails, 2);
  auto t7 = server->smtp().wait_for(s.treasurer.email, wait);
  ASSERT_TRUE(t7.has_value());
  EXPECT_TRUE(contains(t7->subject, title));
  EXPECT_TRUE(contains(t7->body, "dans une semaine")) << t7->body;
  EXPECT_TRUE(contains(t7->body, report)) << t7->body;
  auto r7 = server->smtp().wait_for(s.carrier.email, wait);
  ASSERT_TRUE(r7.has_value());
  EXPECT_TRUE(contains(r7->subject, "تقرير القانون 18-18")) << r7->subject;
  EXPECT_EQ(remind(std::chrono::days(23)).reminders, 0);  // run again: nothing more
  EXPECT_EQ(remind(std::chrono::days(25)).reminders, 0);

  auto day = remind(std::chrono::days(29));  // the day before
  EXPECT_EQ(day.reminders, 1);
  auto t1 = server->smtp().wait_for(s.treasurer.email, wait);
  ASSERT_TRUE(t1.has_value());
  EXPECT_TRUE(contains(t1->body, "demain")) << t1->body;
  EXPECT_EQ(remind(std::chrono::days(29)).reminders, 0);
  EXPECT_EQ(remind(std::chrono::days(30)).reminders, 0);  // the due day: still on time

  auto late = remind(std::chrono::days(31));  // past the due day: the animators hear of it
  EXPECT_GE(late.reminders, 1);
  auto a = server->smtp().wait_for(s.animator.email, wait);
  ASSERT_TRUE(a.has_value());
  EXPECT_TRUE(contains(a->subject, "en retard")) << a->subject;
  EXPECT_TRUE(contains(a->subject, title)) << a->subject;
  EXPECT_EQ(remind(std::chrono::days(31)).reminders, 0);
  EXPECT_EQ(remind(std::chrono::days(45)).reminders, 0);

  // Each once: two mails to the treasurer, two to the representative, one to the animator.
  EXPECT_EQ(mails_to(s.treasurer.email), 2);
  EXPECT_EQ(mails_to(s.carrier.email), 2);
  EXPECT_EQ(mails_to(s.animator.email), 1);
  EXPECT_EQ(mails_to(s.donor.email), 0);
  EXPECT_EQ(cx::count(db, "SELECT COUNT(*) FROM campaign_report_reminders WHERE campaign_id = $1",
                      campaign),
            3);
  // The page says it is late.
  server->clock().set(closed_at + std::chrono::days(31));
  auto page = get_as(server->port(), s.animator, report);
  EXPECT_TRUE(contains(page.body, "En retard")) << page.body.substr(0, 400);
}

}  // namespace
}  // namespace comdev::testing
