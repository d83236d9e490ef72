// Campaigns over HTTP on both databases: what a donor, a carrier and a treasurer do, and the bad
// input and faults of money — amounts that are not amounts, another currency, a pledge to a
// closed or unpublished campaign, a retried pledge (Idempotency-Key, the form's hidden token),
// a bank statement imported twice, in Windows-1252 or with a BOM, a reference with a wrong check
// character.
#include <gtest/gtest.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "app_test_util.h"
#include "campaigns_test_store.h"
#include "features/campaigns/campaign_actions.h"
#include "features/campaigns/campaign_store.h"
#include "features/campaigns/pledge_reference.h"
#include "features/ledger/ledger_store.h"

namespace comdev::testing {
namespace {

namespace cx = campaigns_test_store;
using http::testing::Client;
using http::testing::ClientResponse;
using nlohmann::json;

class Campaigns : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    s = cx::stage(*server, "Château d'eau d'Anzi");
    auto made = post_form(server->port(), s.carrier,
                          "/projects/" + std::to_string(s.project) + "/campaigns",
                          cx::campaign_form(s, "Un château d'eau pour Anzi"));
    EXPECT_EQ(made.status, 303) << made.body;
    campaign = cx::latest_campaign(server->db(), s.project);
    url = "/campaigns/" + std::to_string(campaign);
  }

  void publish() {
    ASSERT_EQ(post_form(server->port(), s.carrier, url + "/submit", "").status, 303);
    auto r = post_form(server->port(), s.animator, url + "/publish", "");
    ASSERT_EQ(r.status, 303) << r.body;
    ASSERT_EQ(cx::state_of(server->db(), campaign), "published");
  }

  ClientResponse api_pledge(const std::string& token, const json& body, const std::string& key) {
    Client c(server->port());
    std::vector<std::pair<std::string, std::string>> h = {{"Authorization", "Bearer " + token},
                                                          {"Content-Type", "application/json"}};
    if (!key.empty()) h.emplace_back("Idempotency-Key", key);
    return c.request("POST", "/api/v1/pledges", h, body.dump());
  }

  std::int64_t pledge(const SignedIn& who, const std::string& amount, const std::string& key) {
    auto r = post_form(server->port(), who, url + "/pledges",
                       "amount=" + http::percent_encode(amount) + "&idempotency_key=" + key);
    EXPECT_EQ(r.status, 303) << r.body.substr(0, 500);
    return cx::pledge_id_of(r);
  }

  std::unique_ptr<TestServer> server;
  cx::Stage s;
  std::int64_t campaign = 0;
  std::string url;
};

TEST_F(Campaigns, BadAmountsAndCurrenciesAreRefusedAndNothingIsPledged) {
  publish();
  auto token = token_of(server->port(), s.donor);
  const std::pair<json, std::string> bad[] = {{"-50", "money.errors.positive"},
                                              {"0", "money.errors.positive"},
                                              {"1000000000000000", "money.errors.too_large"},
                                              {"abc", "money.errors.amount"},
                                              {"10.555", "money.errors.decimals"},
                                              {json(10.555), "money.errors.decimals"}};
  int n = 0;
  for (const auto& [amount, key] : bad) {
    auto r = api_pledge(token, {{"campaign_id", campaign}, {"amount", amount}},
                        "bad-amount-" + std::to_string(n++));
    EXPECT_EQ(r.status, 422) << amount.dump() << " " << r.body;
    auto body = json::parse(r.body, nullptr, false);
    EXPECT_FALSE(body.is_discarded()) << r.body;
    if (!body.is_discarded()) {
      EXPECT_TRUE(body["error"]["fields"].contains("amount")) << r.body;
    }
  }
  auto usd = api_pledge(token, {{"campaign_id", campaign}, {"amount", "100"}, {"currency", "USD"}},
                        "bad-currency-1");
  EXPECT_EQ(usd.status, 422) << usd.body;
  EXPECT_TRUE(contains(usd.body, "\"currency\"")) << usd.body;
  EXPECT_EQ(cx::pledges_of(server->db(), campaign), 0);
  // The page says which field and why, in French.
  auto page = post_form(server->port(), s.donor, url + "/pledges",
                        "amount=12%2C345&idempotency_key=form-bad-amount");
  EXPECT_EQ(page.status, 422);
  EXPECT_TRUE(contains(page.body, "Montant")) << page.body.substr(0, 300);
  EXPECT_EQ(cx::pledges_of(server->db(), campaign), 0);
}

TEST_F(Campaigns, APledgeToAClosedOrUnpublishedCampaignIsRefusedClearly) {
  // Submitted, not yet published: the donor does not even see it.
  ASSERT_EQ(post_form(server->port(), s.carrier, url + "/submit", "").status, 303);
  auto token = token_of(server->port(), s.donor);
  auto hidden = api_pledge(token, {{"campaign_id", campaign}, {"amount", "100"}}, "unpublished-1");
  EXPECT_EQ(hidden.status, 404);
  // Its carrier sees it, and is told it is not published.
  auto own = post_form(server->port(), s.carrier, url + "/pledges",
                       "amount=100&idempotency_key=carrier-draft-1");
  EXPECT_EQ(own.status, 403);
  EXPECT_TRUE(contains(own.body, "pas publiée")) << own.body.substr(0, 400);
  ASSERT_EQ(post_form(server->port(), s.animator, url + "/publish", "").status, 303);
  ASSERT_EQ(post_form(server->port(), s.carrier, url + "/close", "").status, 303);
  auto closed = post_form(server->port(), s.donor, url + "/pledges",
                          "amount=100&idempotency_key=closed-form-1");
  EXPECT_EQ(closed.status, 409);
  EXPECT_TRUE(contains(closed.body, "Cette campagne est close")) << closed.body.substr(0, 400);
  Client c(server->port());
  auto ar = c.request(
      "POST", url + "/pledges",
      {{"Cookie", s.donor.cookie + "; lang=ar"},
       {"Accept-Language", "ar"},
       {"Content-Type", "application/x-www-form-urlencoded"}},
      "_csrf=" + http::percent_encode(s.donor.csrf) + "&amount=100&idempotency_key=closed-form-2");
  EXPECT_EQ(ar.status, 409);
  EXPECT_TRUE(contains(ar.body, "هذه الحملة مغلقة")) << ar.body.substr(0, 400);
  auto api = api_pledge(token, {{"campaign_id", campaign}, {"amount", "100"}}, "closed-api-1");
  EXPECT_EQ(api.status, 409);
  EXPECT_TRUE(contains(api.body, "Cette campagne est close")) << api.body;
  EXPECT_EQ(cx::pledges_of(server->db(), campaign), 0);
}

TEST_F(Campaigns, ARetriedPledgeIsMadeOnce) {
  publish();
  auto token = token_of(server->port(), s.donor);
  json body = {{"campaign_id", campaign}, {"amount", "250.50"}, {"currency", "MAD"}};
  auto first = api_pledge(token, body, "0f8e2d44-retry-key");
  ASSERT_EQ(first.status, 201) << first.body;
  auto again = api_pledge(token, body, "0f8e2d44-retry-key");
  ASSERT_EQ(again.status, 200) << again.body;
  auto a = json::parse(first.body), b = json::parse(again.body);
  EXPECT_EQ(a["id"], b["id"]);
  EXPECT_EQ(a["amount"]["minor"], 25050);
  EXPECT_EQ(a["amount"]["decimal"], "250.50");
  EXPECT_EQ(cx::pledges_of(server->db(), campaign), 1);
  // The same key for another amount is a mistake, not a new pledge.
  auto other =
      api_pledge(token, {{"campaign_id", campaign}, {"amount", "300"}}, "0f8e2d44-retry-key");
  EXPECT_EQ(other.status, 409);
  // The reference carries its check character and reads back.
  std::string ref = a["reference"];
  EXPECT_TRUE(campaigns::parse_reference(ref).has_value()) << ref;
  // Only its donor reads it.
  Client c(server->port());
  auto mine = c.get("/api/v1/pledges/" + std::to_string(a["id"].get<int>()),
                    {{"Authorization", "Bearer " + token}});
  EXPECT_EQ(mine.status, 200);
  auto stranger = token_of(server->port(), s.carrier);
  auto theirs = c.get("/api/v1/pledges/" + std::to_string(a["id"].get<int>()),
                      {{"Authorization", "Bearer " + stranger}});
  EXPECT_EQ(theirs.status, 404);

  // The form: a double click posts the same hidden token twice.
  auto page = get_as(server->port(), s.donor, url);
  auto key = hidden_value(page.body, "idempotency_key");
  ASSERT_GE(key.size(), 8u);
  auto one = pledge(s.donor, "75", key);
  auto two = pledge(s.donor, "75", key);
  EXPECT_NE(one, 0);
  EXPECT_EQ(one, two);
  EXPECT_EQ(cx::pledges_of(server->db(), campaign), 2);
}

// The project's ledger: money_in entries (count and sum) and whether its chain verifies.
struct Ledger {
  std::int64_t money_in = 0, sum = 0, reversals = 0;
  bool verified = false;
};
Ledger ledger_of(store::Db& db, std::int64_t project) {
  Ledger l;
  l.money_in = cx::count(
      db, "SELECT COUNT(*) FROM ledger_entries WHERE project_id = $1 AND kind = 'money_in'",
      project);
  l.sum = cx::count(db,
                    "SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_entries WHERE project_id = "
                    "$1 AND kind = 'money_in'",
                    project);
  l.reversals = cx::count(
      db, "SELECT COUNT(*) FROM ledger_entries WHERE project_id = $1 AND kind = 'reversal'",
      project);
  auto lease = db.acquire();
  if (lease) {
    auto broken = ledger::ledger_store::verify_project(**lease, project);
    l.verified = broken.ok() && !broken->has_value();
  }
  return l;
}

std::string display(const std::string& ref) {
  return ref.substr(0, 3) + "-" + ref.substr(3, 3) + "-" + ref.substr(6);
}

TEST_F(Campaigns, TheSameStatementImportedTwiceConfirmsNothingTwice) {
  publish();
  auto& db = server->db();
  auto p1 = pledge(s.donor, "1 234,56", "statement-key-1");
  auto p2 = pledge(s.donor, "50", "statement-key-2");
  auto p3 = pledge(s.carrier, "80", "statement-key-3");
  ASSERT_TRUE(p1 && p2 && p3);
  auto r1 = cx::reference_of(db, p1), r2 = cx::reference_of(db, p2), r3 = cx::reference_of(db, p3);
  auto unknown = *campaigns::reference_for(0x0123456789ull);  // valid, but nobody's pledge
  // Windows-1252, the bank's account lines above the header, columns in their own order, a debit,
  // CRLF and LF mixed; p3's transfer came short.
  std::string cp1252 =
      "Compte;00012345678\r\n"
      "Cr\xE9"
      "dit;D\xE9"
      "bit;Libell\xE9;Date op\xE9ration\r\n"
      "\"1 234,56\";;VIR SEPA DON " +
      display(r1) +
      ";02/12/2026\n"
      ";12,00;FRAIS;03/12/2026\r\n"
      "50,00;;VIREMENT " +
      r2 +
      " MERCI;03/12/2026\r\n"
      "70,00;;DON " +
      display(r3) +
      ";04/12/2026\n"
      "20,00;;DON " +
      display(unknown) + ";05/12/2026\n";
  auto first = cx::import(server->port(), s.treasurer, s.organisation, cp1252);
  ASSERT_EQ(first.status, 200) << first.body.substr(0, 800);
  EXPECT_EQ(cx::pledge_state(db, p1), "confirmed");
  EXPECT_EQ(cx::pledge_state(db, p2), "confirmed");
  EXPECT_EQ(cx::pledge_state(db, p3), "pledged");  // a different amount: left for a decision
  EXPECT_EQ(cx::confirmed_of(db, campaign), 2);
  EXPECT_TRUE(contains(first.body, "2 promesses confirmées")) << first.body.substr(0, 2000);
  EXPECT_TRUE(contains(first.body, "Montant différent"));
  EXPECT_TRUE(contains(first.body, "Aucune promesse trouvée"));
  auto lines = cx::count(db, "SELECT COUNT(*) FROM statement_lines WHERE organisation_id = $1",
                         s.organisation);
  EXPECT_EQ(lines, 4);
  auto audits = cx::count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'pledge.confirmed'");
  // Each confirmation is money in on the project's ledger, written in the same transaction.
  auto book = ledger_of(db, s.project);
  EXPECT_EQ(book.money_in, 2);
  EXPECT_EQ(book.sum, 123456 + 5000);
  EXPECT_TRUE(book.verified);

  // Again, byte for byte; then the same lines as UTF-8 with a BOM: nothing new.
  auto second = cx::import(server->port(), s.treasurer, s.organisation, cp1252);
  ASSERT_EQ(second.status, 200);
  EXPECT_TRUE(contains(second.body, "0 promesse confirmée")) << second.body.substr(0, 2000);
  std::string utf8 =
      "\xEF\xBB\xBF"
      "Date opération;Libellé;Crédit;Débit\n"
      "02/12/2026;VIR SEPA DON " +
      display(r1) +
      ";1 234,56;\n"
      "03/12/2026;VIREMENT " +
      r2 + " MERCI;50,00;\n";
  auto third = cx::import(server->port(), s.treasurer, s.organisation, utf8);
  ASSERT_EQ(third.status, 200);
  EXPECT_EQ(cx::count(db, "SELECT COUNT(*) FROM statement_lines WHERE organisation_id = $1",
                      s.organisation),
            lines);
  EXPECT_EQ(cx::count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'pledge.confirmed'"),
            audits);
  EXPECT_EQ(cx::confirmed_of(db, campaign), 2);
  EXPECT_EQ(ledger_of(db, s.project).money_in, 2);

  // The short transfer: a reference with a wrong check character is refused; the right one
  // confirms the pledge for what arrived.
  auto pending = cx::count(db,
                           "SELECT MIN(id) FROM statement_lines WHERE organisation_id = $1 "
                           "AND outcome = 'amount_differs'",
                           s.organisation);
  ASSERT_GT(pending, 0);
  const std::string resolve = "/treasury/" + std::to_string(s.organisation) + "/lines/" +
                              std::to_string(pending) + "/resolve";
  std::string wrong = r3;
  wrong[8] = wrong[8] == 'A' ? 'B' : 'A';
  auto refused = post_form(server->port(), s.treasurer, resolve, "reference=" + wrong);
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(contains(refused.body, "clé de contrôle")) << refused.body.substr(0, 500);
  auto ok = post_form(server->port(), s.treasurer, resolve, "reference=" + display(r3));
  EXPECT_EQ(ok.status, 303) << ok.body.substr(0, 500);
  EXPECT_EQ(cx::pledge_state(db, p3), "confirmed");
  EXPECT_EQ(cx::count(db, "SELECT amount_minor FROM pledges WHERE id = $1", p3), 7000);
  book = ledger_of(db, s.project);
  EXPECT_EQ(book.money_in, 3);
  EXPECT_EQ(book.sum, 123456 + 5000 + 7000);  // what arrived, not what was promised
  EXPECT_TRUE(book.verified);

  // The progress counts confirmed money only; the campaign's page and API agree.
  Client c(server->port());
  auto api = json::parse(c.get("/api/v1/campaigns/" + std::to_string(campaign)).body);
  EXPECT_EQ(api["confirmed"]["minor"], 123456 + 5000 + 7000);
  EXPECT_EQ(api["pledged"]["minor"], 0);
  EXPECT_TRUE(api["bank_details"].is_null());  // a visitor
  auto list = json::parse(c.get("/api/v1/campaigns").body);
  bool listed = false;
  for (const auto& item : list["campaigns"]) listed = listed || item["id"] == campaign;
  EXPECT_TRUE(listed);
}

TEST_F(Campaigns, APublicCallInMoroccoIsNotPublishedWithoutItsAuthorisation) {
  auto& db = server->db();
  auto form = cx::campaign_form(s, "Appel au public");
  auto at = form.find("audience=diaspora");
  ASSERT_NE(at, std::string::npos);
  form.replace(at, std::string("audience=diaspora").size(), "audience=public_morocco");
  auto r = post_form(server->port(), s.carrier, url + "/edit", form);
  ASSERT_EQ(r.status, 303) << r.body.substr(0, 500);
  auto submit = post_form(server->port(), s.carrier, url + "/submit", "");
  EXPECT_EQ(submit.status, 422);
  EXPECT_TRUE(contains(submit.body, "18-18")) << submit.body.substr(0, 500);
  EXPECT_EQ(cx::state_of(db, campaign), "draft");
  // Forced into review anyway, an animator still cannot publish it.
  ASSERT_TRUE(cx::set_state(db, campaign, "submitted"));
  auto publish = post_form(server->port(), s.animator, url + "/publish", "");
  EXPECT_EQ(publish.status, 422);
  EXPECT_EQ(cx::state_of(db, campaign), "submitted");
  ASSERT_TRUE(cx::set_state(db, campaign, "draft"));
  r = post_form(server->port(), s.carrier, url + "/edit",
                form + "&authorisation_ref=AUT-2026%2F118&authorisation_on=2026-11-20");
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(post_form(server->port(), s.carrier, url + "/submit", "").status, 303);
  EXPECT_EQ(post_form(server->port(), s.animator, url + "/publish", "").status, 303);
  EXPECT_EQ(cx::state_of(db, campaign), "published");
  auto page = Client(server->port()).get(url);
  EXPECT_TRUE(contains(page.body, "AUT-2026/118"));
}

// The hourly job: a campaign past its end date is closed, a pledge unpaid for a month expires;
// running it again changes nothing. A late transfer still confirms an expired pledge.
TEST_F(Campaigns, TheJobClosesEndedCampaignsAndExpiresUnpaidPledges) {
  publish();
  auto& db = server->db();
  auto fresh = pledge(s.donor, "30", "job-key-fresh-1");
  auto old = pledge(s.donor, "40", "job-key-old-1");
  ASSERT_TRUE(fresh && old);
  const auto now = core::now();
  ASSERT_TRUE(db.query("UPDATE pledges SET created_at = $1 WHERE id = $2",
                       store::params(core::iso(now - std::chrono::days(31)), old))
                  .ok());
  auto h = campaigns::housekeeping(db, now);
  ASSERT_TRUE(h.ok());
  EXPECT_EQ(h->expired, 1);
  EXPECT_EQ(h->closed, 0);
  EXPECT_EQ(cx::pledge_state(db, old), "expired");
  EXPECT_EQ(cx::pledge_state(db, fresh), "pledged");
  // The last day is still open; the day after, the campaign closes.
  ASSERT_TRUE(db.query("UPDATE campaigns SET ends_on = $1 WHERE id = $2",
                       store::params(core::iso(now).substr(0, 10), campaign))
                  .ok());
  EXPECT_EQ(campaigns::housekeeping(db, now)->closed, 0);
  auto tomorrow = now + std::chrono::days(1);
  h = campaigns::housekeeping(db, tomorrow);
  ASSERT_TRUE(h.ok());
  EXPECT_EQ(h->closed, 1);
  EXPECT_EQ(cx::state_of(db, campaign), "closed");
  h = campaigns::housekeeping(db, tomorrow);
  ASSERT_TRUE(h.ok());
  EXPECT_EQ(h->closed, 0);
  EXPECT_EQ(h->expired, 0);
  auto late = post_form(server->port(), s.treasurer,
                        "/treasury/" + std::to_string(s.organisation) + "/pledges/" +
                            std::to_string(old) + "/confirm",
                        "");
  EXPECT_EQ(late.status, 303);
  EXPECT_EQ(cx::pledge_state(db, old), "confirmed");
}

// A burst of confirmations of one pledge (a treasurer's double click, two treasurers at once):
// it is confirmed once and counted once in the ledger; the others are told it moved meanwhile.
TEST_F(Campaigns, ABurstOfConfirmationsConfirmsOnce) {
  publish();
  auto& db = server->db();
  auto id = pledge(s.donor, "120", "burst-key-1");
  ASSERT_NE(id, 0);
  const std::string path =
      "/treasury/" + std::to_string(s.organisation) + "/pledges/" + std::to_string(id) + "/confirm";
  std::atomic<int> confirmed{0}, refused{0}, other{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&] {
      auto r = post_form(server->port(), s.treasurer, path, "");
      (r.status == 303 ? confirmed : r.status == 409 ? refused : other)++;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(confirmed.load(), 1);
  EXPECT_EQ(refused.load(), 7);
  EXPECT_EQ(other.load(), 0);
  auto book = ledger_of(db, s.project);
  EXPECT_EQ(book.money_in, 1);
  EXPECT_EQ(book.sum, 12000);
  EXPECT_TRUE(book.verified);
}

// Updates reach the campaign's donors through their digest (never an e-mail of their own): a
// donor sees the updates posted since their last digest; someone who did not pledge, or who
// cancelled, does not.
TEST_F(Campaigns, UpdatesGoToTheDonorsDigestOnly) {
  publish();
  auto& db = server->db();
  ASSERT_NE(pledge(s.donor, "25", "digest-key-1"), 0);
  auto cancelled = pledge(s.carrier, "25", "digest-key-2");
  ASSERT_NE(cancelled, 0);
  ASSERT_EQ(
      post_form(server->port(), s.carrier, "/pledges/" + std::to_string(cancelled) + "/cancel", "")
          .status,
      303);
  const auto before = core::iso(core::now() - std::chrono::seconds(5));
  auto posted = post_form(server->port(), s.carrier, url + "/updates",
                          "title=Le%20terrain%20est%20achet%C3%A9&body=Merci%20%C3%A0%20tous.");
  ASSERT_EQ(posted.status, 303);
  auto lease = db.acquire();
  ASSERT_TRUE(lease.ok());
  auto lines = campaigns::campaign_store::updates_for_donor(**lease, s.donor.member_id, before, 10);
  ASSERT_TRUE(lines.ok());
  ASSERT_EQ(lines->size(), 1u);
  EXPECT_EQ((*lines)[0].title, "Le terrain est acheté");
  EXPECT_EQ((*lines)[0].campaign_id, campaign);
  auto later =
      campaigns::campaign_store::updates_for_donor(**lease, s.donor.member_id, core::iso_now(), 10);
  ASSERT_TRUE(later.ok());
  EXPECT_TRUE(later->empty());  // already in a digest sent after it
  for (const auto* other : {&s.carrier, &s.treasurer}) {
    auto none = campaigns::campaign_store::updates_for_donor(**lease, other->member_id, before, 10);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());
  }
}

TEST_F(Campaigns, FundUsesAreLinesOfTheProjectsBudget) {
  auto& db = server->db();
  auto line_of = [&](std::int64_t project, const std::string& label, const std::string& currency) {
    ledger::BudgetLine l;
    l.project_id = project;
    l.label = label;
    l.planned_minor = 9'000'000;
    l.currency = currency;
    auto lease = db.acquire();
    auto id = ledger::ledger_store::add_budget_line(**lease, l, core::iso_now());
    EXPECT_TRUE(id.ok());
    return id.ok() ? *id : 0;
  };
  auto pumps = line_of(s.project, "Pompes et canalisations", "MAD");
  auto euros = line_of(s.project, "Voyage d'études", "EUR");
  auto foreign = line_of(teams_test_store::new_project(db, "Projet voisin"), "Autre budget", "MAD");
  // The form offers the project's lines.
  auto form = get_as(server->port(), s.carrier, url + "/edit");
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(contains(form.body, "Pompes et canalisations"));
  EXPECT_TRUE(contains(form.body, "name=\"use_line\" value=\"" + std::to_string(pumps) + "\""));
  auto base = cx::campaign_form(s, "Un château d'eau pour Anzi");
  base = base.substr(0, base.find("&use_label"));
  auto with_line = [&](std::int64_t line) {
    return base + "&use_line=" + std::to_string(line) + "&use_label=&use_amount=60000";
  };
  EXPECT_EQ(post_form(server->port(), s.carrier, url + "/edit", with_line(foreign)).status, 422);
  EXPECT_EQ(post_form(server->port(), s.carrier, url + "/edit", with_line(euros)).status, 422);
  ASSERT_EQ(post_form(server->port(), s.carrier, url + "/edit", with_line(pumps)).status, 303);
  EXPECT_EQ(cx::count(db,
                      "SELECT COUNT(*) FROM campaign_fund_uses WHERE campaign_id = $1 AND "
                      "budget_line_id IS NOT NULL AND label = 'Pompes et canalisations'",
                      campaign),
            1);
  // A draft: its carrier reads it.
  auto token = token_of(server->port(), s.carrier);
  auto api = json::parse(Client(server->port())
                             .get("/api/v1/campaigns/" + std::to_string(campaign),
                                  {{"Authorization", "Bearer " + token}})
                             .body);
  ASSERT_EQ(api["uses"].size(), 1u);
  EXPECT_EQ(api["uses"][0]["label"], "Pompes et canalisations");
  EXPECT_EQ(api["uses"][0]["amount"]["minor"], 6'000'000);
}

TEST_F(Campaigns, AnAnonymousDonorIsHiddenFromThePublicNotFromTheTreasurer) {
  publish();
  auto r = post_form(server->port(), s.donor, url + "/pledges",
                     "amount=40&anonymous=1&idempotency_key=anonymous-key-1");
  auto id = cx::pledge_id_of(r);
  ASSERT_NE(id, 0);
  auto confirm = post_form(
      server->port(), s.treasurer,
      "/treasury/" + std::to_string(s.organisation) + "/pledges/" + std::to_string(id) + "/confirm",
      "");
  ASSERT_EQ(confirm.status, 303);
  auto name = cx::text(server->db(), "SELECT donor_name FROM pledges WHERE id = $1", id);
  auto page = Client(server->port()).get(url);
  EXPECT_FALSE(contains(page.body, name));
  EXPECT_TRUE(contains(page.body, "Donateur anonyme"));
  auto treasury =
      get_as(server->port(), s.treasurer, "/treasury/" + std::to_string(s.organisation));
  EXPECT_TRUE(contains(treasury.body, name));
  // The ledger is public: the donor's name is not in it.
  EXPECT_EQ(cx::count(server->db(),
                      "SELECT COUNT(*) FROM ledger_entries WHERE pledge_id = $1 AND label LIKE '%' "
                      "|| (SELECT donor_name FROM pledges WHERE id = $1) || '%'",
                      id),
            0);
  // A refund reverses the money in, never edits it.
  auto refund = post_form(
      server->port(), s.treasurer,
      "/treasury/" + std::to_string(s.organisation) + "/pledges/" + std::to_string(id) + "/refund",
      "");
  EXPECT_EQ(refund.status, 303);
  auto book = ledger_of(server->db(), s.project);
  EXPECT_EQ(book.money_in, 1);
  EXPECT_EQ(book.reversals, 1);
  EXPECT_TRUE(book.verified);
}

}  // namespace
}  // namespace comdev::testing
