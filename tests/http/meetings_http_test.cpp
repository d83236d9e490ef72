// Meetings of a project's team on both databases: a carrier sets a meeting in Africa/Casablanca
// during Ramadan and a member whose zone is Europe/Paris sees it an hour later on their clocks;
// bad input (an end before the start, a time the clocks skip, an unknown zone, an http link,
// unsafe Markdown) is a translated 422 that saves nothing; answers and minutes (from the start,
// on the application's clock); the .ics and the secret feed read by Python's icalendar against
// the system tz database; the feed revoked answers 404; the reminder comes in the digest of the
// day before, once, never as an e-mail of its own; the API with the pages' rules. A cancelled
// meeting stays visible with its reason, refuses answers and changes with a translated 409, leaves
// the upcoming lists and the reminders, and reaches calendars as STATUS:CANCELLED with a higher
// SEQUENCE (METHOD:CANCEL for its own file); cancelling twice changes nothing.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "features/digest/digest_job.h"
#include "features/digest/digest_store.h"
#include "features/matching/matching_module.h"
#include "meetings_test_store.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using nlohmann::json;
namespace mx = meetings_test_store;
using std::chrono::hours;
using std::chrono::seconds;

class Meetings : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    // Early December 2026: the meetings below are ahead.
    server->clock().set(*core::parse_iso("2026-12-05T12:00:00Z"));
    team = mx::new_team(*server, "Eau potable d'Imi n'Tassaft");
  }

  http::testing::ClientResponse post(const SignedIn& who, const std::string& path,
                                     const std::vector<std::pair<std::string, std::string>>& f) {
    return post_form(server->port(), who, path, mx::form(f));
  }
  http::testing::ClientResponse get(const SignedIn& who, const std::string& path) {
    return get_as(server->port(), who, path);
  }
  std::string meetings_path() const {
    return "/projects/" + std::to_string(team.project) + "/meetings";
  }
  std::int64_t schedule(
      const std::vector<std::pair<std::string, std::string>>& f = mx::meeting_fields()) {
    auto r = post(team.carrier, meetings_path(), f);
    EXPECT_EQ(r.status, 303) << r.body;
    return mx::meeting_id_of(r);
  }
  std::int64_t meetings() { return mx::count(server->db(), "SELECT COUNT(*) FROM meetings"); }
  std::string feed_token(const SignedIn& who) {
    auto r = post(who, "/account/calendar/feed", {});
    EXPECT_EQ(r.status, 200) << r.body;
    const std::string marker = server->app().config().base_url + "/calendar/feed.ics?token=";
    auto at = r.body.find(marker);
    if (at == std::string::npos) return "";
    at += marker.size();
    return r.body.substr(at, r.body.find('"', at) - at);
  }

  std::unique_ptr<TestServer> server;
  mx::Team team;
};

TEST_F(Meetings, ACasablancaMeetingDuringRamadanShowsAnHourLaterToAMemberInParis) {
  auto id = schedule();
  ASSERT_NE(id, 0);
  ASSERT_EQ(post(team.expert, "/account/calendar/zone", {{"time_zone", "Europe/Paris"}}).status,
            303);
  auto page = get(team.expert, "/meetings/" + std::to_string(id));
  ASSERT_EQ(page.status, 200);
  // As it was set, on Casablanca's clocks (UTC+0 during Ramadan 2027)...
  EXPECT_TRUE(contains(page.body, "samedi 20 février 2027")) << page.body;
  EXPECT_TRUE(
      contains(page.body, "10:00–11:30</span> (<span dir=\"ltr\">Africa/Casablanca, UTC+00:00"));
  // ...and on the reader's, in Paris (UTC+1).
  EXPECT_TRUE(contains(page.body,
                       "11:00–12:30</span></strong> (<span dir=\"ltr\">Europe/Paris, UTC+01:00"));
  // Stored as the local time and zone, and as UTC.
  auto row = server->db().query(
      "SELECT local_start, time_zone, starts_at, ends_at FROM meetings WHERE id = $1",
      store::params(id));
  ASSERT_TRUE(row.ok());
  EXPECT_EQ(row->rows.front().text(0), "2027-02-20T10:00:00");
  EXPECT_EQ(row->rows.front().text(1), "Africa/Casablanca");
  EXPECT_EQ(row->rows.front().text(2), "2027-02-20T10:00:00Z");
  EXPECT_EQ(row->rows.front().text(3), "2027-02-20T11:30:00Z");
  // After Ramadan both cities are an hour apart the other way round: Paris on summer time.
  auto april = schedule(mx::meeting_fields("2027-04-20"));
  auto later = get(team.expert, "/meetings/" + std::to_string(april));
  EXPECT_TRUE(
      contains(later.body, "10:00–11:30</span> (<span dir=\"ltr\">Africa/Casablanca, UTC+01:00"));
  EXPECT_TRUE(contains(later.body,
                       "11:00–12:30</span></strong> (<span dir=\"ltr\">Europe/Paris, UTC+02:00"));
  // A member without a zone reads the territory's clocks only.
  auto own = get(team.observer, "/meetings/" + std::to_string(id));
  EXPECT_FALSE(contains(own.body, "Europe/Paris"));
}

TEST_F(Meetings, BadTimesAreATranslated422ThatSavesNothing) {
  struct Case {
    std::vector<std::pair<std::string, std::string>> fields;
    std::string fr, ar;
  };
  auto with = [](std::string key, std::string value) {
    auto f = mx::meeting_fields();
    for (auto& [k, v] : f) {
      if (k == key) v = value;
    }
    return f;
  };
  std::vector<Case> cases = {
      {mx::meeting_fields("2027-02-20", "11:00", "10:00"), "La réunion doit finir après son début.",
       "يجب أن ينتهي الاجتماع بعد بدايته."},
      {mx::meeting_fields("2027-03-28", "02:30", "04:00", "Europe/Paris"), "existe pas ce jour-là",
       "هذا الوقت غير موجود"},
      {mx::meeting_fields("2027-03-14", "02:15", "04:00", "Africa/Casablanca"),
       "existe pas ce jour-là", "هذا الوقت غير موجود"},
      {mx::meeting_fields("2027-10-31", "02:30", "04:00", "Europe/Paris"),
       "Cette heure existe deux fois", "يتكرر مرتين"},
      {mx::meeting_fields("2027-02-30"), "Indiquez une date valide", "أدخِل تاريخاً صحيحاً"},
      {with("time_zone", "Europe/Atlantis"), "Ce fuseau horaire est inconnu",
       "هذه المنطقة الزمنية غير معروفة"},
      {with("video_url", "http://meet.example.org/salle"), "adresse https complète", "https://"},
      {with("agenda", "<script>alert(1)</script>"), "Retirez-les", "<"},
  };
  for (const auto& c : cases) {
    auto r = post(team.carrier, meetings_path(), c.fields);
    EXPECT_EQ(r.status, 422) << c.fr;
    EXPECT_TRUE(contains(r.body, c.fr)) << c.fr;
    EXPECT_FALSE(contains(r.body, "<script>alert(1)</script>"));
    Client ar(server->port());
    auto a =
        ar.request("POST", meetings_path(),
                   {{"Cookie", team.carrier.cookie},
                    {"Accept-Language", "ar"},
                    {"Content-Type", "application/x-www-form-urlencoded"}},
                   "_csrf=" + http::percent_encode(team.carrier.csrf) + "&" + mx::form(c.fields));
    EXPECT_EQ(a.status, 422) << c.ar;
    if (!c.ar.empty() && c.ar != "<" && c.ar != "https://") {
      EXPECT_TRUE(contains(a.body, c.ar)) << c.ar;
    }
  }
  EXPECT_EQ(meetings(), 0);
  // What was typed comes back in the form.
  auto again =
      post(team.carrier, meetings_path(), mx::meeting_fields("2027-02-20", "11:00", "10:00"));
  EXPECT_TRUE(contains(again.body, "value=\"Maison communale, Taliouine\""));
  EXPECT_EQ(Client(server->port()).get("/healthz").status, 200);
}

TEST_F(Meetings, TeamMembersAnswerForThemselvesAndOutsidersSeeNothing) {
  auto id = schedule();
  auto path = "/meetings/" + std::to_string(id);
  EXPECT_EQ(post(team.expert, path + "/rsvp", {{"answer", "yes"}}).status, 303);
  EXPECT_EQ(post(team.observer, path + "/rsvp", {{"answer", "maybe"}}).status, 303);
  EXPECT_EQ(post(team.expert, path + "/rsvp", {{"answer", "no"}}).status, 303);  // changed
  EXPECT_EQ(post(team.expert, path + "/rsvp", {{"answer", "peut-être"}}).status, 422);
  auto page = get(team.carrier, path);
  EXPECT_TRUE(contains(page.body, "Oui : 0 · Peut-être : 1 · Non : 1")) << page.body;
  // The member's answers are part of the data they download.
  auto data = json::parse(get(team.expert, "/account/data.json").body);
  ASSERT_EQ(data["sections"]["meeting_answers"].size(), 1u);
  EXPECT_EQ(data["sections"]["meeting_answers"][0]["answer"], "no");
  EXPECT_EQ(mx::count(server->db(), "SELECT COUNT(*) FROM meeting_rsvps"), 2);
  // Outside the team, a meeting's id tells nothing.
  auto seen = get(team.outsider, path);
  EXPECT_EQ(seen.status, 404);
  EXPECT_FALSE(contains(seen.body, "Lancement"));
  EXPECT_EQ(get(team.outsider, "/meetings/99999999").status, 404);
  EXPECT_EQ(post(team.outsider, path + "/rsvp", {{"answer", "yes"}}).status, 404);
  EXPECT_EQ(get(team.outsider, path + "/calendar.ics").status, 404);
  EXPECT_EQ(get(team.outsider, meetings_path()).status, 403);
  // The project's page shows the next meetings to the team only.
  auto project = "/projects/" + std::to_string(team.project);
  EXPECT_TRUE(contains(get(team.observer, project).body, "href=\"" + meetings_path() + "\""));
  EXPECT_FALSE(contains(get(team.outsider, project).body, meetings_path()));
  EXPECT_EQ(mx::count(server->db(), "SELECT COUNT(*) FROM meeting_rsvps"), 2);
}

TEST_F(Meetings, MinutesAreWrittenFromTheStartOfTheMeeting) {
  auto id = schedule();
  auto path = "/meetings/" + std::to_string(id);
  auto early = post(team.carrier, path + "/minutes", {{"minutes", "Décidé : **étude**"}});
  EXPECT_EQ(early.status, 422);
  EXPECT_TRUE(contains(early.body, "à partir du début de la réunion"));
  // On the meeting's day, at 10:00 in Casablanca (10:00 UTC during Ramadan).
  server->clock().set(*core::parse_iso("2027-02-20T10:00:00Z"));
  EXPECT_EQ(post(team.expert, path + "/minutes", {{"minutes", "x"}}).status, 403);
  auto bad = post(team.carrier, path + "/minutes", {{"minutes", "[x](javascript:alert(1))"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(post(team.carrier, path + "/minutes", {{"minutes", "Décidé : **étude**"}}).status, 303);
  EXPECT_TRUE(contains(get(team.observer, path).body, "Décidé : <strong>étude</strong>"));
}

TEST_F(Meetings, TheIcsParsesWithIcalendarAtTheRightInstant) {
  auto id = schedule();
  auto r = get(team.expert, "/meetings/" + std::to_string(id) + "/calendar.ics");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.headers["content-type"], "text/calendar; charset=utf-8");
  EXPECT_TRUE(contains(r.headers["content-disposition"], "attachment"));
  EXPECT_TRUE(contains(r.body, "DTSTART;TZID=Africa/Casablanca:20270220T100000\r\n"));
  auto checked = mx::check_ics(r.body);
  EXPECT_EQ(checked.exit_code, 0) << checked.output;
  EXPECT_TRUE(contains(checked.output, "meeting-" + std::to_string(id) +
                                           "@127.0.0.1 "
                                           "2027-02-20T10:00:00Z 2027-02-20T11:30:00Z "
                                           "Africa/Casablanca Lancement de l'étude"))
      << checked.output;
  // A summer meeting in Paris, with commas and semicolons to escape.
  auto fields = mx::meeting_fields("2027-07-01", "18:00", "19:00", "Europe/Paris");
  fields[0].second = "Point budget; forage, pompe \\ réservoir";
  auto paris = schedule(fields);
  auto p = get(team.expert, "/meetings/" + std::to_string(paris) + "/calendar.ics");
  auto again = mx::check_ics(p.body);
  EXPECT_EQ(again.exit_code, 0) << again.output;
  EXPECT_TRUE(contains(again.output,
                       "2027-07-01T16:00:00Z 2027-07-01T17:00:00Z Europe/Paris "
                       "Point budget; forage, pompe \\ réservoir"))
      << again.output;
}

TEST_F(Meetings, AnOrganiserMovesAMeetingAndCalendarsSeeTheChange) {
  auto id = schedule();
  auto path = "/meetings/" + std::to_string(id);
  auto moved = mx::meeting_fields("2027-02-21", "16:00", "17:00");
  EXPECT_EQ(post(team.expert, path + "/edit", moved).status, 403);
  // Into the hour Casablanca skips at the end of Ramadan: refused, the form open with the text.
  auto gap = post(team.carrier, path + "/edit", mx::meeting_fields("2027-03-14", "02:30", "04:00"));
  EXPECT_EQ(gap.status, 422);
  EXPECT_TRUE(contains(gap.body, "existe pas ce jour-là"));
  EXPECT_TRUE(contains(gap.body, "value=\"2027-03-14\""));
  EXPECT_TRUE(contains(get(team.carrier, path + "/calendar.ics").body, "SEQUENCE:0\r\n"));
  ASSERT_EQ(post(team.carrier, path + "/edit", moved).status, 303);
  auto ics = get(team.expert, path + "/calendar.ics").body;
  EXPECT_TRUE(contains(ics, "DTSTART;TZID=Africa/Casablanca:20270221T160000\r\n"));
  EXPECT_TRUE(contains(ics, "SEQUENCE:1\r\n"));
  auto checked = mx::check_ics(ics);
  EXPECT_EQ(checked.exit_code, 0) << checked.output;
  EXPECT_TRUE(contains(checked.output, "2027-02-21T16:00:00Z")) << checked.output;
  EXPECT_EQ(
      mx::count(server->db(), "SELECT COUNT(*) FROM audit_log WHERE action = 'meeting.changed'"),
      1);
}

TEST_F(Meetings, TheSecretFeedListsTheMembersMeetingsAndStopsWhenRevoked) {
  auto id = schedule();
  auto other = mx::new_team(*server, "Coopérative d'argan");
  auto outside = post_form(server->port(), other.carrier,
                           "/projects/" + std::to_string(other.project) + "/meetings",
                           mx::form(mx::meeting_fields("2027-03-01")));
  ASSERT_EQ(outside.status, 303);
  auto token = feed_token(team.expert);
  ASSERT_FALSE(token.empty());
  // Only the hash is stored.
  EXPECT_EQ(mx::count(server->db(),
                      "SELECT COUNT(*) FROM calendar_feeds WHERE token_hash = '" + token + "'"),
            0);
  Client c(server->port());
  auto feed =
      c.get("/calendar/feed.ics?token=" + token);  // no session: the token is the credential
  ASSERT_EQ(feed.status, 200);
  EXPECT_TRUE(contains(feed.body, "UID:meeting-" + std::to_string(id) + "@"));
  EXPECT_FALSE(contains(feed.body, "meeting-" + std::to_string(mx::meeting_id_of(outside)) + "@"));
  auto checked = mx::check_ics(feed.body);
  EXPECT_EQ(checked.exit_code, 0) << checked.output;
  // A new address replaces the old one; revoking ends the new one.
  auto renewed = feed_token(team.expert);
  ASSERT_NE(renewed, token);
  EXPECT_EQ(Client(server->port()).get("/calendar/feed.ics?token=" + token).status, 404);
  EXPECT_EQ(Client(server->port()).get("/calendar/feed.ics?token=" + renewed).status, 200);
  EXPECT_EQ(post(team.expert, "/account/calendar/feed/revoke", {}).status, 303);
  EXPECT_EQ(Client(server->port()).get("/calendar/feed.ics?token=" + renewed).status, 404);
  EXPECT_EQ(Client(server->port()).get("/calendar/feed.ics?token=not-a-token").status, 404);
  EXPECT_EQ(Client(server->port()).get("/calendar/feed.ics").status, 404);
}

TEST_F(Meetings, AMembersZoneIsAZoneOfTheTzDatabaseOrNone) {
  auto bad = post(team.expert, "/account/calendar/zone", {{"time_zone", "Paris"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, "Ce fuseau horaire est inconnu"));
  EXPECT_EQ(post(team.expert, "/account/calendar/zone", {{"time_zone", "Europe/Brussels"}}).status,
            303);
  EXPECT_TRUE(contains(get(team.expert, "/account/calendar").body, "Europe/Brussels"));
  EXPECT_EQ(post(team.expert, "/account/calendar/zone", {{"time_zone", ""}}).status, 303);
  EXPECT_EQ(mx::count(server->db(), "SELECT COUNT(*) FROM members WHERE time_zone IS NOT NULL"), 0);
  EXPECT_TRUE(contains(get(team.expert, "/account").body, "/account/calendar"));
}

TEST_F(Meetings, TheReminderComesInTheDigestOfTheDayBeforeOnceAndNeverAlone) {
  auto& db = server->db();
  ASSERT_TRUE(digest::digest_store::set_frequency(db, team.expert.member_id,
                                                  digest::Frequency::daily,
                                                  server->clock().now() - seconds(60))
                  .ok());
  ASSERT_TRUE(digest::digest_store::set_frequency(db, team.observer.member_id,
                                                  digest::Frequency::daily,
                                                  server->clock().now() - seconds(60))
                  .ok());
  // On the 8th at 15:00 in Casablanca (UTC+1 in December): 14:00 UTC.
  auto id = schedule(mx::meeting_fields("2026-12-08", "15:00", "16:00"));
  ASSERT_NE(id, 0);
  // The observer will not come: not reminded.
  ASSERT_EQ(
      post(team.observer, "/meetings/" + std::to_string(id) + "/rsvp", {{"answer", "no"}}).status,
      303);
  auto service = matching::service_for(server->app());
  ASSERT_TRUE(service);
  auto run = [&] {
    auto r = digest::send_due(db, *service, server->app().mailer(), server->app().config().base_url,
                              server->clock().now());
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r : digest::Report{};
  };
  // Scheduling sends nothing; the digest of the 5th and of the 6th carry no reminder.
  EXPECT_EQ(run().sent, 0);
  EXPECT_FALSE(server->smtp().wait_for(team.expert.email, std::chrono::milliseconds(300)));
  server->clock().set(*core::parse_iso("2026-12-06T00:05:00Z"));
  EXPECT_EQ(run().sent, 0);
  // The 7th, the day before: the reminder, on the reader's clocks, with its link.
  server->clock().set(*core::parse_iso("2026-12-07T00:05:00Z"));
  auto report = run();
  EXPECT_EQ(report.sent, 1);
  auto mail = server->smtp().wait_for(team.expert.email, seconds(5));
  ASSERT_TRUE(mail);
  EXPECT_TRUE(contains(mail->body, "Lancement de l'étude")) << mail->body;
  EXPECT_TRUE(contains(mail->body, "15:00")) << mail->body;
  EXPECT_TRUE(contains(mail->body, "/meetings/" + std::to_string(id)));
  EXPECT_FALSE(server->smtp().wait_for(team.observer.email, std::chrono::milliseconds(300)));
  // Once: the next day's digest has nothing more to say about it.
  server->clock().set(*core::parse_iso("2026-12-08T00:05:00Z"));
  EXPECT_EQ(run().sent, 0);
  EXPECT_FALSE(server->smtp().wait_for(team.expert.email, std::chrono::milliseconds(300)));
}

TEST_F(Meetings, TheApiListsSchedulesAndAnswersWithThePagesRules) {
  auto carrier = token_of(server->port(), team.carrier);
  auto expert = token_of(server->port(), team.expert);
  auto outsider = token_of(server->port(), team.outsider);
  auto call = [&](const std::string& method, const std::string& token, const std::string& path,
                  const std::string& body = "") {
    return Client(server->port())
        .request(method, path,
                 {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}},
                 body);
  };
  const std::string list = "/api/v1" + meetings_path();
  json in = {{"title", "Visite de terrain"},
             {"date", "2027-02-20"},
             {"start", "10:00"},
             {"end", "12:00"},
             {"time_zone", "Africa/Casablanca"},
             {"place", "Douar Tizgui"}};
  EXPECT_EQ(call("POST", expert, list, in.dump()).status, 403);
  auto made = call("POST", carrier, list, in.dump());
  ASSERT_EQ(made.status, 201) << made.body;
  auto m = json::parse(made.body);
  EXPECT_EQ(m["starts_at"], "2027-02-20T10:00:00Z");
  EXPECT_EQ(m["local_start"], "2027-02-20T10:00:00");
  in["start"] = "13:00";
  auto bad = call("POST", carrier, list, in.dump());
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(json::parse(bad.body)["error"]["message"], "La réunion doit finir après son début.");
  auto id = m["id"].get<std::int64_t>();
  auto answered = call("POST", expert, "/api/v1/meetings/" + std::to_string(id) + "/rsvp",
                       json{{"answer", "yes"}}.dump());
  ASSERT_EQ(answered.status, 200) << answered.body;
  EXPECT_EQ(json::parse(answered.body)["my_answer"], "yes");
  auto all = call("GET", expert, list);
  ASSERT_EQ(all.status, 200);
  EXPECT_EQ(json::parse(all.body)["meetings"][0]["answers"]["yes"], 1);
  EXPECT_EQ(call("GET", outsider, list).status, 403);
  EXPECT_EQ(call("POST", outsider, "/api/v1/meetings/" + std::to_string(id) + "/rsvp",
                 json{{"answer", "yes"}}.dump())
                .status,
            404);
  EXPECT_EQ(Client(server->port()).get(list).status, 401);
}

// ---- cancelling ----

TEST_F(Meetings, AnOrganiserCancelsAMeetingThatStaysVisibleAndRefusesAnswersAndChanges) {
  auto id = schedule();
  auto other = schedule(mx::meeting_fields("2027-03-01"));
  ASSERT_NE(id, 0);
  auto path = "/meetings/" + std::to_string(id);
  ASSERT_EQ(post(team.expert, path + "/rsvp", {{"answer", "yes"}}).status, 303);
  const std::string reason = "Le président de la commune est retenu à Agadir.";
  // Those who may not change it may not cancel it; outside the team the meeting does not exist.
  auto refused = post(team.expert, path + "/cancel", {{"reason", "x"}});
  EXPECT_EQ(refused.status, 403);
  EXPECT_TRUE(contains(refused.body, "Seuls les porteurs du projet")) << refused.body;
  EXPECT_EQ(post(team.outsider, path + "/cancel", {{"reason", "x"}}).status, 404);
  auto too_long = post(team.carrier, path + "/cancel", {{"reason", std::string(501, 'x')}});
  EXPECT_EQ(too_long.status, 422);
  EXPECT_TRUE(contains(too_long.body, "Ce texte est trop long."));
  EXPECT_EQ(mx::count(server->db(), "SELECT COUNT(*) FROM meetings WHERE cancelled_at IS NOT NULL"),
            0);
  // The carrier cancels it.
  auto done = post(team.carrier, path + "/cancel", {{"reason", reason}});
  ASSERT_EQ(done.status, 303) << done.body;
  EXPECT_EQ(done.headers["location"], path + "?done=cancelled");
  auto page = get(team.observer, path);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "Cette réunion est annulée")) << page.body;
  EXPECT_TRUE(contains(page.body, "retenu à Agadir")) << page.body;
  EXPECT_FALSE(contains(page.body, "action=\"" + path + "/rsvp\""));
  EXPECT_FALSE(contains(get(team.carrier, path).body, "action=\"" + path + "/cancel\""));
  EXPECT_FALSE(contains(get(team.carrier, path).body, "action=\"" + path + "/edit\""));
  // No more answers, changes or minutes: a translated 409 that changes nothing.
  auto answer = post(team.observer, path + "/rsvp", {{"answer", "yes"}});
  EXPECT_EQ(answer.status, 409);
  EXPECT_TRUE(contains(answer.body, "Cette réunion est annulée")) << answer.body;
  Client ar(server->port());
  auto in_arabic = ar.request("POST", path + "/rsvp",
                              {{"Cookie", team.observer.cookie},
                               {"Accept-Language", "ar"},
                               {"Content-Type", "application/x-www-form-urlencoded"}},
                              "_csrf=" + http::percent_encode(team.observer.csrf) + "&answer=no");
  EXPECT_EQ(in_arabic.status, 409);
  EXPECT_TRUE(contains(in_arabic.body, "هذا الاجتماع ملغى")) << in_arabic.body;
  EXPECT_EQ(post(team.carrier, path + "/edit", mx::meeting_fields("2027-02-21")).status, 409);
  server->clock().set(*core::parse_iso("2027-02-20T10:30:00Z"));
  EXPECT_EQ(post(team.carrier, path + "/minutes", {{"minutes", "x"}}).status, 409);
  server->clock().set(*core::parse_iso("2026-12-05T12:00:00Z"));
  EXPECT_EQ(mx::count(server->db(), "SELECT COUNT(*) FROM meeting_rsvps"), 1);
  EXPECT_EQ(mx::count(server->db(), "SELECT COUNT(*) FROM meetings WHERE minutes_md <> ''"), 0);
  // Out of the upcoming lists, listed apart with its reason.
  auto list = get(team.observer, meetings_path()).body;
  EXPECT_TRUE(contains(list, "Annulées")) << list;
  auto upcoming_at = list.find("venir"), cancelled_at = list.find("Annulées");
  ASSERT_NE(upcoming_at, std::string::npos);
  EXPECT_EQ(list.find("href=\"" + path + "\""), list.find("href=\"" + path + "\"", cancelled_at));
  EXPECT_TRUE(contains(list, "retenu à Agadir"));
  auto project = get(team.observer, "/projects/" + std::to_string(team.project)).body;
  EXPECT_FALSE(contains(project, "href=\"" + path + "\"")) << project;
  EXPECT_TRUE(contains(project, "href=\"/meetings/" + std::to_string(other) + "\""));
  EXPECT_FALSE(contains(get(team.observer, "/account/calendar").body, "href=\"" + path + "\""));
  // Told once in the project's timeline.
  EXPECT_EQ(mx::count(server->db(),
                      "SELECT COUNT(*) FROM project_activity WHERE kind = "
                      "'activity.meeting_cancelled'"),
            1);
  EXPECT_TRUE(
      contains(get(team.expert, "/projects/" + std::to_string(team.project) + "/activity").body,
               "a annulé la réunion"));
}

TEST_F(Meetings, ACancelledMeetingLeavesCalendarsWithAHigherSequence) {
  auto id = schedule();
  auto path = "/meetings/" + std::to_string(id);
  auto token = feed_token(team.expert);
  ASSERT_FALSE(token.empty());
  auto before = get(team.expert, path + "/calendar.ics").body;
  EXPECT_TRUE(contains(before, "METHOD:PUBLISH\r\n"));
  EXPECT_TRUE(contains(before, "SEQUENCE:0\r\n"));
  EXPECT_FALSE(contains(before, "STATUS:CANCELLED"));
  ASSERT_EQ(post(team.carrier, path + "/cancel", {{"reason", "Pluies, pistes coupées"}}).status,
            303);
  // The meeting's own file: an iTIP CANCEL of the same UID, one sequence later.
  auto ics = get(team.expert, path + "/calendar.ics");
  ASSERT_EQ(ics.status, 200);
  EXPECT_TRUE(contains(ics.body, "METHOD:CANCEL\r\n"));
  EXPECT_TRUE(contains(ics.body, "UID:meeting-" + std::to_string(id) + "@127.0.0.1\r\n"));
  EXPECT_TRUE(contains(ics.body, "SEQUENCE:1\r\nSTATUS:CANCELLED\r\n")) << ics.body;
  EXPECT_TRUE(contains(ics.body, ":mailto:no-reply@comdev.test\r\n")) << ics.body;
  EXPECT_TRUE(contains(ics.body, "DESCRIPTION:Pluies\\, pistes coupées")) << ics.body;
  auto checked = mx::check_ics(ics.body);
  EXPECT_EQ(checked.exit_code, 0) << checked.output;
  EXPECT_TRUE(contains(checked.output, "METHOD CANCEL\n")) << checked.output;
  EXPECT_TRUE(contains(checked.output, "meeting-" + std::to_string(id) + "@127.0.0.1 CANCELLED 1"))
      << checked.output;
  // The personal feed keeps it, marked cancelled, among the others (still a PUBLISH).
  auto kept = schedule(mx::meeting_fields("2027-03-01"));
  auto feed = Client(server->port()).get("/calendar/feed.ics?token=" + token);
  ASSERT_EQ(feed.status, 200);
  auto in_feed = mx::check_ics(feed.body);
  EXPECT_EQ(in_feed.exit_code, 0) << in_feed.output;
  EXPECT_TRUE(contains(in_feed.output, "METHOD PUBLISH\n")) << in_feed.output;
  EXPECT_TRUE(contains(in_feed.output, "meeting-" + std::to_string(id) + "@127.0.0.1 CANCELLED 1"))
      << in_feed.output;
  EXPECT_TRUE(contains(in_feed.output, "meeting-" + std::to_string(kept) + "@127.0.0.1 - 0"))
      << in_feed.output;
  // Cancelling again changes nothing: same sequence, one audit entry, one event.
  ASSERT_EQ(post(team.carrier, path + "/cancel", {{"reason", "Autre motif"}}).status, 303);
  auto again = get(team.expert, path + "/calendar.ics").body;
  EXPECT_TRUE(contains(again, "SEQUENCE:1\r\n"));
  EXPECT_TRUE(contains(again, "DESCRIPTION:Pluies"));
  EXPECT_EQ(
      mx::count(server->db(), "SELECT COUNT(*) FROM audit_log WHERE action = 'meeting.cancelled'"),
      1);
  EXPECT_EQ(mx::count(server->db(),
                      "SELECT COUNT(*) FROM project_activity WHERE kind = "
                      "'activity.meeting_cancelled'"),
            1);
}

TEST_F(Meetings, TheDayBeforeReminderIsNotSentForACancelledMeeting) {
  auto& db = server->db();
  ASSERT_TRUE(digest::digest_store::set_frequency(db, team.expert.member_id,
                                                  digest::Frequency::daily,
                                                  server->clock().now() - seconds(60))
                  .ok());
  auto id = schedule(mx::meeting_fields("2026-12-08", "15:00", "16:00"));
  ASSERT_NE(id, 0);
  ASSERT_EQ(post(team.carrier, "/meetings/" + std::to_string(id) + "/cancel", {}).status, 303);
  auto service = matching::service_for(server->app());
  ASSERT_TRUE(service);
  // The 7th, the day before: the reminder would be due, but the meeting is off.
  server->clock().set(*core::parse_iso("2026-12-07T00:05:00Z"));
  auto r = digest::send_due(db, *service, server->app().mailer(), server->app().config().base_url,
                            server->clock().now());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->sent, 0);
  EXPECT_FALSE(server->smtp().wait_for(team.expert.email, std::chrono::milliseconds(300)));
}

TEST_F(Meetings, TheApiCancelsOnceWithThePagesRules) {
  auto carrier = token_of(server->port(), team.carrier);
  auto expert = token_of(server->port(), team.expert);
  auto outsider = token_of(server->port(), team.outsider);
  auto call = [&](const std::string& token, const std::string& path, const std::string& body) {
    return Client(server->port())
        .request("POST", path,
                 {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}},
                 body);
  };
  auto id = schedule();
  const std::string cancel = "/api/v1/meetings/" + std::to_string(id) + "/cancel";
  EXPECT_EQ(call(expert, cancel, json{{"reason", "x"}}.dump()).status, 403);
  EXPECT_EQ(call(outsider, cancel, "").status, 404);
  EXPECT_EQ(Client(server->port()).request("POST", cancel, {}, "").status, 401);
  EXPECT_EQ(call(carrier, cancel, json{{"reason", 3}}.dump()).status, 422);
  auto done = call(carrier, cancel, json{{"reason", "Report au printemps"}}.dump());
  ASSERT_EQ(done.status, 200) << done.body;
  auto m = json::parse(done.body);
  EXPECT_EQ(m["cancelled_at"], "2026-12-05T12:00:00Z");
  EXPECT_EQ(m["cancel_reason"], "Report au printemps");
  EXPECT_EQ(m["sequence"], 1);
  // Again, later, with no body: the meeting as it was cancelled.
  server->clock().advance(hours(1));
  auto again = call(carrier, cancel, "");
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(json::parse(again.body)["cancelled_at"], "2026-12-05T12:00:00Z");
  EXPECT_EQ(json::parse(again.body)["cancel_reason"], "Report au printemps");
  EXPECT_EQ(json::parse(again.body)["sequence"], 1);
  auto answered = call(expert, "/api/v1/meetings/" + std::to_string(id) + "/rsvp",
                       json{{"answer", "yes"}}.dump());
  EXPECT_EQ(answered.status, 409);
  EXPECT_EQ(json::parse(answered.body)["error"]["code"], "conflict");
  EXPECT_TRUE(contains(json::parse(answered.body)["error"]["message"].get<std::string>(),
                       "Cette réunion est annulée"));
  auto list =
      Client(server->port())
          .request("GET", "/api/v1" + meetings_path(), {{"Authorization", "Bearer " + expert}});
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(json::parse(list.body)["meetings"][0]["cancelled_at"], "2026-12-05T12:00:00Z");
}

}  // namespace
}  // namespace comdev::testing
