#include "features/meetings/ics.h"

#include <gtest/gtest.h>

namespace comdev::meetings::ics {
namespace {

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

Event casablanca_meeting() {
  Event e;
  e.uid = "meeting-1@comdev.example.org";
  e.url = "https://comdev.example.org/meetings/1";
  e.meeting.title = "Réunion; étude, budget";
  e.meeting.local_start = {2027, 2, 20, 10, 0};
  e.meeting.local_end = {2027, 2, 20, 11, 30};
  e.meeting.time_zone = "Africa/Casablanca";
  e.meeting.place = "Maison communale";
  e.meeting.agenda_md = "1. Étude\n2. Budget \\ plan";
  return e;
}

TEST(Ics, EscapesTextValues) {
  EXPECT_EQ(escape("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
  EXPECT_EQ(escape(std::string("x\x01y")), "xy");
}

TEST(Ics, FoldsAt75OctetsWithoutCuttingACharacter) {
  std::string arabic;
  for (int i = 0; i < 100; ++i) arabic += "ع";  // two octets each
  auto folded = fold("SUMMARY:" + arabic);
  std::size_t start = 0;
  int lines = 0;
  while (start < folded.size()) {
    auto end = folded.find("\r\n", start);
    ASSERT_NE(end, std::string::npos);
    EXPECT_LE(end - start, 75u);
    std::string line = folded.substr(start, end - start);
    if (lines > 0) {
      EXPECT_EQ(line.front(), ' ');
    }
    // No line starts with a UTF-8 continuation byte after the folding space.
    auto body = lines > 0 ? line.substr(1) : line;
    EXPECT_NE(static_cast<unsigned char>(body.front()) & 0xC0, 0x80);
    start = end + 2;
    ++lines;
  }
  EXPECT_EQ(lines, 3);
  EXPECT_EQ(fold("VERSION:2.0"), "VERSION:2.0\r\n");
}

TEST(Ics, ACasablancaMeetingKeepsItsZoneAndItsRamadanHour) {
  auto cal = calendar({casablanca_meeting()}, "", *core::parse_iso("2026-12-05T16:00:00Z"));
  ASSERT_TRUE(cal.ok());
  const auto& s = *cal;
  EXPECT_TRUE(s.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  EXPECT_TRUE(contains(s, "DTSTART;TZID=Africa/Casablanca:20270220T100000\r\n"));
  EXPECT_TRUE(contains(s, "DTEND;TZID=Africa/Casablanca:20270220T113000\r\n"));
  EXPECT_TRUE(contains(s, "DTSTAMP:20261205T160000Z\r\n"));
  EXPECT_TRUE(contains(s, "UID:meeting-1@comdev.example.org\r\n"));
  EXPECT_TRUE(contains(s, "SUMMARY:Réunion\\; étude\\, budget\r\n"));
  EXPECT_TRUE(contains(s, "DESCRIPTION:1. Étude\\n2. Budget \\\\ plan\r\n"));
  // The Ramadan period of 2027 as a dated DAYLIGHT observance at UTC+0.
  EXPECT_TRUE(contains(s,
                       "BEGIN:DAYLIGHT\r\nDTSTART:20270207T030000\r\nTZOFFSETFROM:+0100\r\n"
                       "TZOFFSETTO:+0000\r\n"));
  EXPECT_TRUE(contains(s,
                       "BEGIN:STANDARD\r\nDTSTART:20270314T020000\r\nTZOFFSETFROM:+0000\r\n"
                       "TZOFFSETTO:+0100\r\n"));
  EXPECT_TRUE(s.ends_with("END:VCALENDAR\r\n"));
  // Every line ends with CRLF: no bare LF.
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n') {
      EXPECT_EQ(s[i - 1], '\r') << i;
    }
  }
}

TEST(Ics, OneTimezonePerZoneInAFeed) {
  auto a = casablanca_meeting();
  auto b = casablanca_meeting();
  b.uid = "meeting-2@comdev.example.org";
  auto c = casablanca_meeting();
  c.uid = "meeting-3@comdev.example.org";
  c.meeting.time_zone = "Europe/Paris";
  auto cal = calendar({a, b, c}, "ComDev, mes réunions", core::Seconds{});
  ASSERT_TRUE(cal.ok());
  std::size_t count = 0;
  for (auto p = cal->find("BEGIN:VTIMEZONE"); p != std::string::npos;
       p = cal->find("BEGIN:VTIMEZONE", p + 1)) {
    ++count;
  }
  EXPECT_EQ(count, 2u);
  EXPECT_TRUE(contains(*cal, "X-WR-CALNAME:ComDev\\, mes réunions\r\n"));
  c.meeting.time_zone = "Nowhere/Town";
  EXPECT_FALSE(calendar({c}, "", core::Seconds{}).ok());
}

TEST(Ics, AHeldMeetingHasNoStatusAndItsFileIsPublished) {
  auto e = casablanca_meeting();
  EXPECT_EQ(method_for(e.meeting), Method::publish);
  e.organizer = "mailto:no-reply@comdev.example.org";
  auto cal = calendar({e}, "", core::Seconds{});
  ASSERT_TRUE(cal.ok());
  EXPECT_TRUE(contains(*cal, "METHOD:PUBLISH\r\n"));
  EXPECT_FALSE(contains(*cal, "STATUS:"));
  EXPECT_FALSE(contains(*cal, "ORGANIZER"));
}

TEST(Ics, ACancelledMeetingsFileIsACancelWithItsReasonAndOrganizer) {
  auto e = casablanca_meeting();
  e.meeting.sequence = 2;
  e.meeting.cancelled_at = "2027-02-10T09:00:00Z";
  e.meeting.cancel_reason = "Le maire est retenu, désolé";
  e.organizer = "mailto:no-reply@comdev.example.org";
  e.organizer_name = "Eau: \"Imi\"";  // a colon to quote, quotes to drop
  ASSERT_EQ(method_for(e.meeting), Method::cancel);
  auto cal = calendar({e}, "", core::Seconds{}, method_for(e.meeting));
  ASSERT_TRUE(cal.ok());
  const auto& s = *cal;
  EXPECT_TRUE(contains(s, "METHOD:CANCEL\r\n"));
  EXPECT_TRUE(contains(s, "SEQUENCE:2\r\nSTATUS:CANCELLED\r\n"));
  EXPECT_TRUE(contains(s, "ORGANIZER;CN=\"Eau: Imi\":mailto:no-reply@comdev.example.org\r\n"));
  // The reason opens the description (the line is folded further on).
  EXPECT_TRUE(contains(s, "DESCRIPTION:Le maire est retenu\\, désolé\\n\\n"));
  // In a feed it is published with the others, still marked cancelled.
  auto feed = calendar({e, casablanca_meeting()}, "ComDev", core::Seconds{});
  ASSERT_TRUE(feed.ok());
  EXPECT_TRUE(contains(*feed, "METHOD:PUBLISH\r\n"));
  EXPECT_FALSE(contains(*feed, "ORGANIZER"));
  auto first = feed->find("STATUS:CANCELLED");
  ASSERT_NE(first, std::string::npos);
  EXPECT_EQ(feed->find("STATUS:CANCELLED", first + 1), std::string::npos);
}

}  // namespace
}  // namespace comdev::meetings::ics
