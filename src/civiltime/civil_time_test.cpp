#include "civiltime/civil_time.h"

#include <gtest/gtest.h>

namespace comdev::civiltime {
namespace {

LocalDateTime at(int y, unsigned mo, unsigned d, unsigned h, unsigned mi) {
  return {y, mo, d, h, mi};
}

std::string utc_of(const LocalDateTime& t, std::string_view zone) {
  auto r = resolve(t, zone);
  return r ? core::iso(r->utc) : "error " + r.error().message_id;
}

TEST(CivilTime, ParsesAFormsDateAndTime) {
  auto t = parse_local("2027-02-20", "10:05");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(*t, at(2027, 2, 20, 10, 5));
  EXPECT_EQ(to_text(*t), "2027-02-20T10:05:00");
  EXPECT_EQ(*parse_text("2027-02-20T10:05:00"), *t);
  EXPECT_TRUE(parse_local("2027-02-20", "10:05:00").ok());
}

TEST(CivilTime, RefusesDatesAndTimesThatDoNotExistOnAnyCalendar) {
  for (auto d :
       {"2027-02-29", "2027-13-01", "27-02-20", "2027-2-20", "", "2027-02-20x", "١٠٢٧-٠٢-٢٠"}) {
    auto r = parse_local(d, "10:00");
    ASSERT_FALSE(r.ok()) << d;
    EXPECT_EQ(r.error().fields.at(0).message_id, "civiltime.errors.date") << d;
  }
  for (auto t : {"24:00", "10:60", "1000", "", "10:00:30", "-1:00"}) {
    auto r = parse_local("2027-02-20", t);
    ASSERT_FALSE(r.ok()) << t;
    EXPECT_EQ(r.error().fields.at(0).message_id, "civiltime.errors.time") << t;
  }
  EXPECT_TRUE(parse_local("2028-02-29", "00:00").ok());  // a leap day
}

TEST(CivilTime, KnowsTheZonesOfTheTzDatabaseOnly) {
  for (auto z : {"Africa/Casablanca", "Europe/Paris", "Europe/Brussels", "Europe/Amsterdam",
                 "America/Montreal", "UTC"}) {
    EXPECT_TRUE(is_zone(z)) << z;
  }
  for (auto z : {"", "Europe/Parys", "../../etc/passwd", "/usr/share/zoneinfo/UTC", "Africa/",
                 "Europe/Paris\n", "Casablanca"}) {
    EXPECT_FALSE(is_zone(z)) << z;
    auto r = resolve(at(2027, 1, 1, 10, 0), z);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().fields.at(0).message_id, "civiltime.errors.zone");
  }
}

// Morocco keeps UTC+1 all year but goes back to UTC+0 for Ramadan; the tz database dates each
// year's switch (2027: 7 February to 14 March). Paris is UTC+1 in winter, UTC+2 from the last
// Sunday of March.
TEST(CivilTime, CasablancaMovesForRamadanWhileParisDoesNot) {
  // Before Ramadan 2027: both at UTC+1, the same wall time.
  EXPECT_EQ(utc_of(at(2027, 1, 20, 10, 0), "Africa/Casablanca"), "2027-01-20T09:00:00Z");
  EXPECT_EQ(utc_of(at(2027, 1, 20, 10, 0), "Europe/Paris"), "2027-01-20T09:00:00Z");
  // During Ramadan 2027: Casablanca at UTC+0, an hour behind Paris.
  EXPECT_EQ(utc_of(at(2027, 2, 20, 10, 0), "Africa/Casablanca"), "2027-02-20T10:00:00Z");
  EXPECT_EQ(utc_of(at(2027, 2, 20, 10, 0), "Europe/Paris"), "2027-02-20T09:00:00Z");
  // Ramadan 2026 (15 February to 22 March) too.
  EXPECT_EQ(utc_of(at(2026, 3, 1, 18, 30), "Africa/Casablanca"), "2026-03-01T18:30:00Z");
  // After it, Paris on summer time: an hour ahead of Casablanca again.
  EXPECT_EQ(utc_of(at(2027, 4, 20, 10, 0), "Africa/Casablanca"), "2027-04-20T09:00:00Z");
  EXPECT_EQ(utc_of(at(2027, 4, 20, 10, 0), "Europe/Paris"), "2027-04-20T08:00:00Z");
}

TEST(CivilTime, ShowsAnInstantOnEachMembersClock) {
  auto meeting = resolve(at(2027, 2, 20, 10, 0), "Africa/Casablanca");
  ASSERT_TRUE(meeting.ok());
  auto paris = in_zone(meeting->utc, "Europe/Paris");
  ASSERT_TRUE(paris.ok());
  EXPECT_EQ(paris->local, at(2027, 2, 20, 11, 0));
  EXPECT_EQ(paris->offset_minutes, 60);
  EXPECT_EQ(paris->abbrev, "CET");
  auto casa = in_zone(meeting->utc, "Africa/Casablanca");
  ASSERT_TRUE(casa.ok());
  EXPECT_EQ(casa->local, at(2027, 2, 20, 10, 0));
  EXPECT_EQ(casa->offset_minutes, 0);
  auto outside = in_zone(*core::parse_iso("2027-04-20T09:00:00Z"), "Africa/Casablanca");
  EXPECT_EQ(outside->offset_minutes, 60);
  EXPECT_EQ(offset_text(60), "+01:00");
  EXPECT_EQ(offset_text(-210), "-03:30");
  EXPECT_FALSE(in_zone(meeting->utc, "Mars/Olympus").ok());
}

TEST(CivilTime, ATimeTheClocksSkipIsAnErrorNotAGuess) {
  // Paris springs forward at 02:00 on 28 March 2027; Casablanca at 02:00 on 14 March 2027.
  for (auto [t, zone] : {std::pair{at(2027, 3, 28, 2, 30), "Europe/Paris"},
                         std::pair{at(2027, 3, 14, 2, 0), "Africa/Casablanca"},
                         std::pair{at(2026, 3, 22, 2, 59), "Africa/Casablanca"}}) {
    auto r = resolve(t, zone);
    ASSERT_FALSE(r.ok()) << zone;
    EXPECT_EQ(r.error().message_id, "civiltime.errors.nonexistent");
    EXPECT_EQ(r.error().code, ErrorCode::invalid);
  }
  EXPECT_EQ(utc_of(at(2027, 3, 28, 3, 0), "Europe/Paris"), "2027-03-28T01:00:00Z");
}

TEST(CivilTime, ATimeTheClocksShowTwiceIsAnErrorNotAGuess) {
  // Paris falls back at 03:00 on 31 October 2027; Casablanca at 03:00 on 7 February 2027.
  for (auto [t, zone] : {std::pair{at(2027, 10, 31, 2, 30), "Europe/Paris"},
                         std::pair{at(2027, 2, 7, 2, 15), "Africa/Casablanca"}}) {
    auto r = resolve(t, zone);
    ASSERT_FALSE(r.ok()) << zone;
    EXPECT_EQ(r.error().message_id, "civiltime.errors.ambiguous");
  }
  EXPECT_EQ(utc_of(at(2027, 10, 31, 3, 0), "Europe/Paris"), "2027-10-31T02:00:00Z");
}

}  // namespace
}  // namespace comdev::civiltime
