#include "features/meetings/meeting_forms.h"

#include <gtest/gtest.h>

namespace comdev::meetings {
namespace {

MeetingFields good() {
  return {"Réunion de lancement",
          "2027-02-20",
          "10:00",
          "11:30",
          "Africa/Casablanca",
          "Maison communale de Taliouine",
          "https://meet.jit.si/taliouine",
          "1. Étude\n2. Budget"};
}

bool has_field(const Error& e, const std::string& field, const std::string& key) {
  for (const auto& f : e.fields) {
    if (f.field == field && f.message_id == key) return true;
  }
  return false;
}

TEST(MeetingForms, AMeetingInCasablancaDuringRamadanIsAtUtcPlusZero) {
  auto r = parse_meeting(good());
  ASSERT_TRUE(r.ok()) << r.error().message_id;
  EXPECT_EQ(core::iso(r->start.utc), "2027-02-20T10:00:00Z");
  EXPECT_EQ(core::iso(r->end.utc), "2027-02-20T11:30:00Z");
  EXPECT_EQ(r->start.zone, "Africa/Casablanca");
  EXPECT_EQ(r->video_url, "https://meet.jit.si/taliouine");
}

TEST(MeetingForms, AMeetingThatEndsBeforeItStartsIsRefused) {
  auto f = good();
  f.end = "09:00";
  auto r = parse_meeting(f);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message_id, "meetings.errors.ends_before_start");
  EXPECT_TRUE(has_field(r.error(), "end", "meetings.errors.ends_before_start"));
  f.end = "10:00";
  EXPECT_FALSE(parse_meeting(f).ok());
}

TEST(MeetingForms, AStartInTheSpringForwardGapIsRefused) {
  auto f = good();
  f.date = "2027-03-28";
  f.time_zone = "Europe/Paris";
  f.start = "02:30";
  f.end = "04:00";
  auto r = parse_meeting(f);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message_id, "civiltime.errors.nonexistent");
  EXPECT_TRUE(has_field(r.error(), "start", "civiltime.errors.nonexistent"));
}

TEST(MeetingForms, EveryBadFieldIsReportedAtOnce) {
  MeetingFields f{"",
                  "2027-02-30",
                  "10:00",
                  "11:00",
                  "Europe/Nowhere",
                  "",
                  "http://meet.example.org/x",
                  "<script>alert(1)</script>"};
  auto r = parse_meeting(f);
  ASSERT_FALSE(r.ok());
  const auto& e = r.error();
  EXPECT_TRUE(has_field(e, "title", "meetings.errors.title_required"));
  EXPECT_TRUE(has_field(e, "date", "civiltime.errors.date"));
  EXPECT_TRUE(has_field(e, "time_zone", "civiltime.errors.zone"));
  EXPECT_TRUE(has_field(e, "video_url", "meetings.errors.video_link"));
  EXPECT_TRUE(has_field(e, "agenda", "teams.errors.unsafe_markdown"));
}

TEST(MeetingForms, APlaceOrALinkIsNeeded) {
  auto f = good();
  f.place = "";
  f.video_url = "";
  auto r = parse_meeting(f);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(has_field(r.error(), "place", "meetings.errors.where"));
}

TEST(MeetingForms, AnswersMinutesAndZones) {
  EXPECT_EQ(*parse_answer_field(" yes "), Answer::yes);
  EXPECT_FALSE(parse_answer_field("peut-être").ok());
  EXPECT_FALSE(parse_minutes("  ").ok());
  EXPECT_FALSE(parse_minutes("[x](javascript:alert(1))").ok());
  EXPECT_EQ(*parse_minutes("Décidé : **étude**"), "Décidé : **étude**");
  EXPECT_EQ(*parse_zone("Europe/Paris"), "Europe/Paris");
  EXPECT_EQ(*parse_zone(""), "");
  EXPECT_FALSE(parse_zone("Paris").ok());
}

TEST(MeetingForms, ACancellationsReasonIsOptionalAndShort) {
  EXPECT_EQ(*parse_cancel_reason("  "), "");
  EXPECT_EQ(*parse_cancel_reason(" Le maire est retenu à Rabat. "), "Le maire est retenu à Rabat.");
  auto long_reason = parse_cancel_reason(std::string(kMaxCancelReason + 1, 'x'));
  ASSERT_FALSE(long_reason.ok());
  ASSERT_EQ(long_reason.error().fields.size(), 1u);
  EXPECT_EQ(long_reason.error().fields[0].field, "reason");
  EXPECT_EQ(long_reason.error().fields[0].message_id, "meetings.errors.too_long");
  EXPECT_FALSE(parse_cancel_reason("\xff\xfe").ok());
}

}  // namespace
}  // namespace comdev::meetings
