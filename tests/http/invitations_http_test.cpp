// A commune identifies its diaspora, over real HTTP and a real SMTP server: a verified
// representative records a contact, the invitation e-mail arrives, its link accepts (account,
// session, pre-filled profile, link to the commune) or refuses (everything erased); nobody else
// sees the record; CSV imports in the encodings spreadsheets write; expiry after 60 days.
#include <gtest/gtest.h>

#include "app_test_util.h"
#include "features/audit/audit_store.h"
#include "features/invitations/invitation_actions.h"
#include "features/invitations/invitation_module.h"
#include "features/invitations/invitation_store.h"
#include "features/organisations/organisation_store.h"
#include "features/profiles/profile_store.h"
#include "http/percent.h"
#include "test_members.h"
#include "test_server.h"
#include "web/session.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using Headers = std::vector<std::pair<std::string, std::string>>;

class Invitations : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start();
    animator = sign_in_new_member(db(), Role::animator);
    tafraout = make_commune("Commune de Tafraout (test)", "commune");
    tiznit = make_commune("Commune de Tiznit (test)", "commune");
    rep = representative_of(tafraout);
    other_rep = representative_of(tiznit);
  }

  store::Db& db() { return server->db(); }

  std::int64_t make_commune(const std::string& name, const std::string& type) {
    auto id = db().transaction<std::int64_t>([&](store::Conn& c) {
      return organisations::organisation_store::upsert(c, {type, name, 0, "", false});
    });
    EXPECT_TRUE(id) << id.error().detail;
    return *id;
  }

  SignedIn representative_of(std::int64_t org) {
    auto m = sign_in_new_member(db(), Role::member);
    auto asked = organisations::organisation_store::request_representation(db(), org, m.member_id,
                                                                           "secrétaire général");
    EXPECT_TRUE(asked);
    auto st = organisations::organisation_store::decide(db(), animator.member_id, org, m.member_id,
                                                        true, "appel à la commune");
    EXPECT_TRUE(st);
    return m;
  }

  static std::string form(const SignedIn& who, std::string_view name, std::string_view email,
                          std::string_view origin = "Douar Iferda",
                          std::string_view skills = "Génie civil, traduction") {
    return "_csrf=" + http::percent_encode(who.csrf) + "&name=" + http::percent_encode(name) +
           "&email=" + http::percent_encode(email) + "&origin=" + http::percent_encode(origin) +
           "&skills=" + http::percent_encode(skills);
  }

  http::testing::ClientResponse post_form(Client& c, const std::string& cookie,
                                          const std::string& path, const std::string& body) {
    return c.request("POST", path,
                     {{"Cookie", cookie}, {"Content-Type", "application/x-www-form-urlencoded"}},
                     body);
  }

  std::string list_path(std::int64_t org) {
    return "/communes/" + std::to_string(org) + "/diaspora";
  }

  // Records a contact as `rep` and returns the path of the link the e-mail carries.
  std::string invite(Client& c, const std::string& name, const std::string& email) {
    auto r = post_form(c, rep.cookie, list_path(tafraout), form(rep, name, email));
    EXPECT_EQ(r.status, 303) << r.body;
    auto mail = server->smtp().wait_for(email, std::chrono::seconds(10));
    EXPECT_TRUE(mail.has_value());
    if (!mail) return {};
    EXPECT_TRUE(contains(mail->subject, "Commune de Tafraout (test)")) << mail->subject;
    EXPECT_TRUE(contains(mail->body, "Bonjour " + name)) << mail->body;
    auto link = mail->first_link();
    auto p = link.find("/invitations/");
    EXPECT_NE(p, std::string::npos) << link;
    EXPECT_TRUE(link.starts_with(server->app().config().base_url)) << link;
    return p == std::string::npos ? std::string() : link.substr(p);
  }

  std::vector<audit::audit_store::Entry> audit_entries(std::string_view action) {
    std::vector<audit::audit_store::Entry> out;
    auto all = audit::audit_store::latest(db(), 200);
    EXPECT_TRUE(all);
    for (auto& e : *all) {
      if (e.action == action) out.push_back(e);
    }
    return out;
  }

  std::unique_ptr<TestServer> server;
  SignedIn animator, rep, other_rep;
  std::int64_t tafraout = 0, tiznit = 0;
};

TEST_F(Invitations, ARepresentativeInvitesAContactWhoAcceptsAndIsSignedInWithAPrefilledProfile) {
  Client c(server->port());
  auto page = c.get(list_path(tafraout), {{"Cookie", rep.cookie}});
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(contains(page.body, "Commune de Tafraout (test)"));

  auto link = invite(c, "Hassan Ait Lahcen", "hassan@example.org");
  ASSERT_FALSE(link.empty());
  auto listed = c.get(list_path(tafraout), {{"Cookie", rep.cookie}});
  EXPECT_TRUE(contains(listed.body, "hassan@example.org"));
  EXPECT_TRUE(contains(listed.body, "Hassan Ait Lahcen"));

  // The invited person opens the link (a new browser: no cookie yet).
  Client person(server->port());
  auto open = person.get(link);
  ASSERT_EQ(open.status, 200) << open.body;
  EXPECT_TRUE(contains(open.body, "Commune de Tafraout (test)"));
  auto cookie = cookie_pair(open.headers["set-cookie"]);
  auto csrf = hidden_value(open.body, "_csrf");
  auto weak = post_form(person, cookie, link + "/accept", "_csrf=" + csrf + "&password=court");
  EXPECT_EQ(weak.status, 422);
  EXPECT_TRUE(contains(weak.body, "role=\"alert\""));
  auto accepted =
      post_form(person, cookie, link + "/accept",
                "_csrf=" + csrf + "&password=" + http::percent_encode("un mot de passe solide"));
  ASSERT_EQ(accepted.status, 303) << accepted.body;
  auto session = cookie_pair(accepted.headers["set-cookie"]);
  ASSERT_TRUE(session.starts_with("sid="));
  EXPECT_NE(session, cookie);  // a fresh session, not the anonymous one

  auto welcome = person.get("/invitations/welcome", {{"Cookie", session}});
  EXPECT_TRUE(contains(welcome.body, "Hassan Ait Lahcen")) << welcome.body;
  auto s = web::session_store::find(db(), session.substr(4));
  ASSERT_TRUE(s && *s);
  auto member_id = (**s).member_id;
  ASSERT_NE(member_id, 0);

  // Pre-filled profile and link to the commune; the invitation's personal data is gone.
  auto profile = profiles::profile_store::load(db(), member_id);
  ASSERT_TRUE(profile && *profile);
  EXPECT_EQ((**profile).data.origin_text, "Douar Iferda");
  // "Douar Iferda" names a douar of the territory tree: the profile is attached to it.
  ASSERT_EQ((**profile).data.attachments.size(), 1u);
  EXPECT_NE((**profile).data.attachments[0].territory_id, 0);
  std::vector<std::string> slugs;
  for (const auto& k : (**profile).data.skills) slugs.push_back(k.slug);
  EXPECT_EQ(slugs, (std::vector<std::string>{"civil_engineering", "translation"}));
  EXPECT_TRUE(*invitations::invitation_store::is_linked(db(), tafraout, member_id));
  EXPECT_TRUE(
      invitations::invitation_store::pending_for_email(db(), "hassan@example.org")->empty());
  EXPECT_FALSE(
      contains(c.get(list_path(tafraout), {{"Cookie", rep.cookie}}).body, "hassan@example.org"));
  // The link cannot be used twice.
  EXPECT_EQ(person.get(link).status, 404);

  ASSERT_EQ(audit_entries("invitation.sent").size(), 1u);
  ASSERT_EQ(audit_entries("invitation.accepted").size(), 1u);
  auto all = audit::audit_store::latest(db(), 200);
  ASSERT_TRUE(all);
  for (const auto& e : *all) {
    EXPECT_FALSE(contains(e.detail, "@")) << e.action << ": " << e.detail;
  }
}

TEST_F(Invitations, RefusalErasesTheRecordEntirely) {
  Client c(server->port());
  auto link = invite(c, "Fatima Ouchen", "fatima@example.org");
  ASSERT_FALSE(link.empty());
  Client person(server->port());
  auto open = person.get(link + "?refuse=1");
  ASSERT_EQ(open.status, 200);
  EXPECT_FALSE(contains(open.body, "/accept\""));
  auto cookie = cookie_pair(open.headers["set-cookie"]);
  auto refused =
      post_form(person, cookie, link + "/refuse", "_csrf=" + hidden_value(open.body, "_csrf"));
  EXPECT_EQ(refused.status, 200);
  EXPECT_TRUE(
      invitations::invitation_store::pending_for_email(db(), "fatima@example.org")->empty());
  EXPECT_FALSE(contains(c.get(list_path(tafraout), {{"Cookie", rep.cookie}}).body, "Fatima"));
  EXPECT_EQ(audit_entries("invitation.refused").size(), 1u);
  EXPECT_EQ(person.get(link).status, 404);
}

TEST_F(Invitations, NobodyButThatCommunesRepresentativesSeesOrTouchesTheRecords) {
  Client c(server->port());
  ASSERT_FALSE(invite(c, "Brahim Id Ali", "brahim@example.org").empty());
  auto member = sign_in_new_member(db(), Role::member);
  auto admin = sign_in_new_member(db(), Role::admin);
  for (const auto* who : {&other_rep, &animator, &member, &admin}) {
    auto list = c.get(list_path(tafraout), {{"Cookie", who->cookie}});
    EXPECT_EQ(list.status, 404);
    EXPECT_FALSE(contains(list.body, "brahim@example.org"));
    EXPECT_EQ(c.get(list_path(tafraout) + "/import", {{"Cookie", who->cookie}}).status, 404);
    auto rec =
        post_form(c, who->cookie, list_path(tafraout), form(*who, "Intrus", "intrus@example.org"));
    EXPECT_EQ(rec.status, 404);
  }
  EXPECT_EQ(c.get(list_path(tafraout)).status, 404);  // a visitor
  // The other commune's own list does not show it either.
  auto theirs = c.get(list_path(tiznit), {{"Cookie", other_rep.cookie}});
  EXPECT_EQ(theirs.status, 200);
  EXPECT_FALSE(contains(theirs.body, "brahim@example.org"));
  EXPECT_FALSE(contains(c.get("/", {{"Cookie", animator.cookie}}).body, "brahim"));
  // A representative of a non-commune organisation has no diaspora list.
  auto assoc = make_commune("Association Tizi (test)", "village_association");
  auto assoc_rep = representative_of(assoc);
  EXPECT_EQ(c.get(list_path(assoc), {{"Cookie", assoc_rep.cookie}}).status, 404);
  EXPECT_EQ(c.get("/communes/999999/diaspora", {{"Cookie", rep.cookie}}).status, 404);
  EXPECT_EQ(*invitations::invitation_store::invited_emails(db(), tafraout),
            (std::set<std::string>{"brahim@example.org"}));
}

TEST_F(Invitations, AnInvitationForAnExistingAccountOrATwiceInvitedPersonIsExplained) {
  Client c(server->port());
  auto existing = sign_in_new_member(db(), Role::member, "deja.membre@example.org");
  auto r = post_form(c, rep.cookie, list_path(tafraout),
                     form(rep, "Déjà membre", "Deja.Membre@example.org"));
  EXPECT_EQ(r.status, 409);
  EXPECT_TRUE(contains(r.body, "role=\"alert\""));
  ASSERT_FALSE(invite(c, "Aicha", "aicha@example.org").empty());
  auto again =
      post_form(c, rep.cookie, list_path(tafraout), form(rep, "Aicha", "aicha@example.org"));
  EXPECT_EQ(again.status, 409);
  auto bad = post_form(c, rep.cookie, list_path(tafraout), form(rep, "", "pas-une-adresse"));
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, "value=\"pas-une-adresse\""));
  (void)existing;
}

TEST_F(Invitations, WhatARepresentativeTypesIsShownEscaped) {
  Client c(server->port());
  auto r =
      post_form(c, rep.cookie, list_path(tafraout),
                form(rep, "<b>Nom</b>", "xss@example.org", "<script>alert(1)</script>", "a & b"));
  ASSERT_EQ(r.status, 303) << r.body;
  auto page = c.get(list_path(tafraout), {{"Cookie", rep.cookie}});
  EXPECT_FALSE(contains(page.body, "<script>alert(1)"));
  EXPECT_TRUE(contains(page.body, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_TRUE(contains(page.body, "&lt;b&gt;Nom&lt;/b&gt;"));
  EXPECT_TRUE(contains(page.body, "a &amp; b"));
}

TEST_F(Invitations, UnansweredInvitationsAreErasedAfterSixtyDays) {
  invitations::Commune commune{tafraout, "Commune de Tafraout (test)", true};
  auto sixty_one_days_ago = core::now() - std::chrono::hours(24 * 61);
  auto st = invitations::invite(db(), {}, rep.member_id, commune,
                                {"Ancien", "ancien@example.org", "", std::nullopt, ""},
                                sixty_one_days_ago);
  ASSERT_TRUE(st);
  auto recent = invitations::invite(db(), {}, rep.member_id, commune,
                                    {"Recent", "recent@example.org", "", std::nullopt, ""},
                                    core::now() - std::chrono::hours(24 * 59));
  ASSERT_TRUE(recent);
  // A fake "now" before the 60 days: nothing goes.
  EXPECT_EQ(*invitations::purge(db(), sixty_one_days_ago + std::chrono::hours(24 * 59)), 0);
  EXPECT_EQ(*invitations::purge(db(), core::now()), 1);
  EXPECT_EQ(*invitations::invitation_store::invited_emails(db(), tafraout),
            (std::set<std::string>{"recent@example.org"}));
  EXPECT_EQ(audit_entries("invitation.expired").size(), 1u);
  EXPECT_EQ(*invitations::purge(db(), core::now()), 0);
}

// --- CSV import --------------------------------------------------------------------------

std::string multipart(const std::string& csrf, const std::string& file) {
  std::string b = "--XyZbOuNdArY\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf +
                  "\r\n--XyZbOuNdArY\r\nContent-Disposition: form-data; name=\"file\"; "
                  "filename=\"contacts.csv\"\r\nContent-Type: text/csv\r\n\r\n" +
                  file + "\r\n--XyZbOuNdArY--\r\n";
  return b;
}

class InvitationImport : public Invitations {
 protected:
  http::testing::ClientResponse upload(Client& c, const std::string& file) {
    return c.request("POST", list_path(tafraout) + "/import",
                     {{"Cookie", rep.cookie},
                      {"Content-Type", "multipart/form-data; boundary=XyZbOuNdArY"},
                      {"Accept-Language", "fr"}},
                     multipart(rep.csrf, file));
  }
};

TEST_F(InvitationImport, AUtf8FileWithABomAndSemicolonsGetsAPerRowReport) {
  Client c(server->port());
  sign_in_new_member(db(), Role::member, "membre@example.org");
  ASSERT_FALSE(invite(c, "Déjà", "deja@example.org").empty());
  std::string file =
      "\xEF\xBB\xBFname;email;origin;skills\r\n"
      "Aïcha Bouzid;aicha@example.org;Douar Tizgui;traduction\r\n"
      "Sans adresse;pas-une-adresse;;\r\n"
      "Aïcha encore;AICHA@example.org;;\r\n"
      "Déjà invitée;deja@example.org;;\r\n"
      "Membre;membre@example.org;;\r\n"
      "\"Omar, fils\";omar@example.org;\"Tafraout; centre\";\r\n";
  auto r = upload(c, file);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(contains(r.body, "2 personnes invitées")) << r.body;
  EXPECT_TRUE(contains(r.body, "row-invited\"><td>2</td><td>Aïcha Bouzid</td>"));
  EXPECT_TRUE(contains(r.body, "row-invalid_email\"><td>3</td>"));
  EXPECT_TRUE(contains(r.body, "row-duplicate_in_file\"><td>4</td>"));
  EXPECT_TRUE(contains(r.body, "row-already_invited\"><td>5</td>"));
  EXPECT_TRUE(contains(r.body, "row-already_member\"><td>6</td>"));
  EXPECT_TRUE(contains(r.body, "row-invited\"><td>7</td><td>Omar, fils</td>"));
  EXPECT_TRUE(server->smtp().wait_for("aicha@example.org", std::chrono::seconds(10)));
  EXPECT_TRUE(server->smtp().wait_for("omar@example.org", std::chrono::seconds(10)));
  EXPECT_EQ(*invitations::invitation_store::invited_emails(db(), tafraout),
            (std::set<std::string>{"aicha@example.org", "deja@example.org", "omar@example.org"}));
}

TEST_F(InvitationImport, AWindows1252FileFromExcelIsDecoded) {
  Client c(server->port());
  // "Hélène Aït Baha" and "électricité" as Excel on Windows writes them (é = 0xE9, ï = 0xEF).
  std::string file =
      "name;email;origin;skills\r\n"
      "H\xE9l\xE8ne A\xEFt Baha;helene@example.org;A\xEFt Baha;\xE9lectricit\xE9\r\n";
  auto r = upload(c, file);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(contains(r.body, "Hélène Aït Baha"));
  auto mail = server->smtp().wait_for("helene@example.org", std::chrono::seconds(10));
  ASSERT_TRUE(mail);
  EXPECT_TRUE(contains(mail->body, "Bonjour Hélène Aït Baha"));
  auto pending = invitations::invitation_store::pending_for_email(db(), "helene@example.org");
  ASSERT_EQ(pending->size(), 1u);
  EXPECT_EQ((*pending)[0].contact.skills_text, "électricité");
}

TEST_F(InvitationImport, WrongColumnsAreNamedAndNothingIsWritten) {
  Client c(server->port());
  auto r = upload(c, "prenom,email,telephone\nAmina,amina@example.org,0600000000\n");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "role=\"alert\""));
  EXPECT_TRUE(contains(r.body, "Manquantes : name")) << r.body;
  EXPECT_TRUE(contains(r.body, "prenom, telephone"));
  auto quote = upload(c, "name,email\n\"Amina,amina@example.org\n");
  EXPECT_EQ(quote.status, 422);
  auto empty = upload(c, "name,email\n");
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(invitations::invitation_store::invited_emails(db(), tafraout)->empty());
  EXPECT_TRUE(server->smtp().all().empty());
}

TEST_F(InvitationImport, AnotherCommunesRepresentativeCannotImport) {
  Client c(server->port());
  auto r = c.request(
      "POST", list_path(tafraout) + "/import",
      {{"Cookie", other_rep.cookie}, {"Content-Type", "multipart/form-data; boundary=XyZbOuNdArY"}},
      multipart(other_rep.csrf, "name,email\nA,a@example.org\n"));
  EXPECT_EQ(r.status, 404);
  EXPECT_TRUE(invitations::invitation_store::invited_emails(db(), tafraout)->empty());
}

}  // namespace
}  // namespace comdev::testing

namespace comdev::testing {
namespace {

// A verified representative finds the diaspora page from the commune's own page; nobody else
// is shown the way there.
TEST_F(Invitations, TheCommunePageLeadsOnlyItsRepresentativesToTheDiasporaPage) {
  Client c(server->port());
  std::string link = "href=\"" + list_path(tafraout) + "\"";
  std::string page = "/organisations/" + std::to_string(tafraout);
  EXPECT_TRUE(contains(c.get(page, {{"Cookie", rep.cookie}}).body, link));
  EXPECT_FALSE(contains(c.get(page, {{"Cookie", other_rep.cookie}}).body, link));
  EXPECT_FALSE(contains(c.get(page, {{"Cookie", animator.cookie}}).body, link));
  EXPECT_FALSE(contains(c.get(page).body, link));
}

// The animator's queue dates a request in the reader's language, not as an ISO string.
TEST_F(Invitations, TheAnimatorsQueueDatesRequestsInTheReadersLanguage) {
  auto asker = sign_in_new_member(db(), Role::member);
  ASSERT_TRUE(organisations::organisation_store::request_representation(db(), tiznit,
                                                                        asker.member_id, "élu"));
  Client c(server->port());
  auto fr =
      c.get("/animation/representatives", {{"Cookie", animator.cookie}, {"Accept-Language", "fr"}});
  ASSERT_EQ(fr.status, 200);
  auto p = fr.body.find("<time datetime=\"");
  ASSERT_NE(p, std::string::npos) << fr.body;
  std::string iso = fr.body.substr(p + 16, 10);  // 2026-11-23
  auto text_at = fr.body.find('>', p) + 1;
  std::string shown = fr.body.substr(text_at, fr.body.find("</time>", text_at) - text_at);
  EXPECT_NE(shown, iso);
  EXPECT_TRUE(contains(shown, iso.substr(0, 4))) << shown;  // the year, in a written-out date
}

}  // namespace
}  // namespace comdev::testing
