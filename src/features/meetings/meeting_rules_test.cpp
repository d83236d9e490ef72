#include "features/meetings/meeting_rules.h"

#include <gtest/gtest.h>

namespace comdev::meetings {
namespace {

core::Seconds t(const char* iso) {
  return *core::parse_iso(iso);
}

TEST(MeetingRules, AMemberWithoutAZoneReadsTheTerritorysClocks) {
  EXPECT_EQ(zone_for(""), "Africa/Casablanca");
  EXPECT_EQ(zone_for("Europe/Paris"), "Europe/Paris");
  EXPECT_EQ(zone_for("Europe/Atlantis"), "Africa/Casablanca");
  for (auto z : kUsualZones) EXPECT_EQ(zone_for(z), z) << z;
}

TEST(MeetingRules, MinutesOpenWhenTheMeetingBegins) {
  Meeting m;
  m.starts_at = "2027-02-20T10:00:00Z";
  EXPECT_FALSE(minutes_open(m, t("2027-02-20T09:59:59Z")));
  EXPECT_TRUE(minutes_open(m, t("2027-02-20T10:00:00Z")));
  m.starts_at = "";
  EXPECT_FALSE(minutes_open(m, t("2027-02-20T10:00:00Z")));
}

TEST(MeetingRules, TheReminderIsDueTheDayBeforeForADailyDigestAndTheWeekBeforeForAWeeklyOne) {
  auto start = t("2027-02-20T10:00:00Z"), made = t("2027-01-01T08:00:00Z");
  EXPECT_EQ(core::iso(reminder_due(start, made, digest::Frequency::daily)), "2027-02-19T00:00:00Z");
  EXPECT_EQ(core::iso(reminder_due(start, made, digest::Frequency::weekly)),
            "2027-02-13T00:00:00Z");
  // Set up at the last minute: due at once.
  auto late = t("2027-02-19T20:00:00Z");
  EXPECT_EQ(reminder_due(start, late, digest::Frequency::daily), late);
}

TEST(MeetingRules, EachReminderGoesInExactlyOneDigest) {
  auto start = t("2027-02-20T10:00:00Z"), made = t("2027-01-01T08:00:00Z");
  auto daily = digest::Frequency::daily;
  // The digests of the 18th, 19th and 20th (each one's `since` is the previous one).
  EXPECT_FALSE(
      reminder_in_digest(start, made, daily, t("2027-02-17T00:05:00Z"), t("2027-02-18T00:05:00Z")));
  EXPECT_TRUE(
      reminder_in_digest(start, made, daily, t("2027-02-18T00:05:00Z"), t("2027-02-19T00:05:00Z")));
  EXPECT_FALSE(
      reminder_in_digest(start, made, daily, t("2027-02-19T00:05:00Z"), t("2027-02-20T00:05:00Z")));
  // Never once the meeting has begun.
  EXPECT_FALSE(
      reminder_in_digest(start, made, daily, t("2027-02-18T00:05:00Z"), t("2027-02-20T10:00:00Z")));
}

Meeting held(const char* starts_at, const char* ends_at) {
  Meeting m;
  m.starts_at = starts_at;
  m.ends_at = ends_at;
  m.created_at = "2027-01-01T08:00:00Z";
  return m;
}

TEST(MeetingRules, ACancelledMeetingAcceptsNoMoreChanges) {
  auto m = held("2027-02-20T10:00:00Z", "2027-02-20T11:30:00Z");
  EXPECT_TRUE(open_for_changes(m).ok());
  m.cancelled_at = "2027-02-10T09:00:00Z";
  auto refused = open_for_changes(m);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::conflict);
  EXPECT_EQ(refused.error().message_id, "meetings.errors.cancelled");
}

TEST(MeetingRules, ACancelledMeetingIsNotUpcoming) {
  auto m = held("2027-02-20T10:00:00Z", "2027-02-20T11:30:00Z");
  EXPECT_TRUE(upcoming(m, t("2027-02-20T11:00:00Z")));  // still going on
  EXPECT_FALSE(upcoming(m, t("2027-02-20T11:30:00Z")));
  m.cancelled_at = "2027-02-10T09:00:00Z";
  EXPECT_FALSE(upcoming(m, t("2027-02-11T00:00:00Z")));
  m.cancelled_at.clear();
  m.ends_at.clear();
  EXPECT_FALSE(upcoming(m, t("2027-02-11T00:00:00Z")));
}

TEST(MeetingRules, ACancelledMeetingIsNeverReminded) {
  auto m = held("2027-02-20T10:00:00Z", "2027-02-20T11:30:00Z");
  auto daily = digest::Frequency::daily;
  auto since = t("2027-02-18T00:05:00Z"), now = t("2027-02-19T00:05:00Z");
  EXPECT_TRUE(reminds(m, daily, since, now));
  m.cancelled_at = "2027-02-18T12:00:00Z";
  EXPECT_FALSE(reminds(m, daily, since, now));
  m.cancelled_at.clear();
  m.created_at.clear();
  EXPECT_FALSE(reminds(m, daily, since, now));
}

TEST(MeetingRules, AVideoLinkIsHttpsOnly) {
  EXPECT_TRUE(is_video_link("https://meet.jit.si/comdev-taliouine"));
  EXPECT_TRUE(is_video_link("HTTPS://visio.example.org/salle?id=3"));
  for (auto bad :
       {"http://meet.jit.si/x", "javascript:alert(1)", "https://", "https:///x", "https://a b",
        "https://x\"onmouseover", "ftp://x", "//meet.jit.si/x", "https://x\n"}) {
    EXPECT_FALSE(is_video_link(bad)) << bad;
  }
}

TEST(MeetingRules, AnswersHaveThreeNames) {
  for (auto a : {Answer::yes, Answer::no, Answer::maybe}) EXPECT_EQ(parse_answer(name(a)), a);
  EXPECT_FALSE(parse_answer("oui"));
}

}  // namespace
}  // namespace comdev::meetings
