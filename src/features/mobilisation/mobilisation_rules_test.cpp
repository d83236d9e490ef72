#include "features/mobilisation/mobilisation_rules.h"

#include <gtest/gtest.h>

namespace comdev::mobilisation {
namespace {

using std::chrono::sys_seconds;
constexpr std::int64_t kHour = 3600, kDay = 86400;

sys_seconds t(std::int64_t s) {
  return sys_seconds{std::chrono::seconds{s}};
}

TEST(MobilisationRules, StatusesReadAndWriteBack) {
  for (auto s : {InvitationStatus::open, InvitationStatus::offered, InvitationStatus::declined,
                 InvitationStatus::expired, InvitationStatus::withdrawn}) {
    EXPECT_EQ(parse_invitation_status(to_string(s)), s);
  }
  for (auto s : {OfferStatus::open, OfferStatus::accepted, OfferStatus::declined,
                 OfferStatus::expired, OfferStatus::withdrawn}) {
    EXPECT_EQ(parse_offer_status(to_string(s)), s);
  }
  EXPECT_FALSE(parse_invitation_status("accepted"));
  EXPECT_FALSE(parse_offer_status("offered"));
  EXPECT_FALSE(parse_offer_status(""));
}

TEST(MobilisationRules, OnlyAnOpenInvitationMovesAndEveryOtherStatusIsFinal) {
  const InvitationStatus all[] = {InvitationStatus::open, InvitationStatus::offered,
                                  InvitationStatus::declined, InvitationStatus::expired,
                                  InvitationStatus::withdrawn};
  for (auto from : all) {
    for (auto to : all) {
      bool expected = from == InvitationStatus::open && to != InvitationStatus::open;
      EXPECT_EQ(can_move(from, to), expected) << to_string(from) << " -> " << to_string(to);
    }
  }
}

TEST(MobilisationRules, OnlyAnOpenOfferMovesAndEveryOtherStatusIsFinal) {
  const OfferStatus all[] = {OfferStatus::open, OfferStatus::accepted, OfferStatus::declined,
                             OfferStatus::expired, OfferStatus::withdrawn};
  for (auto from : all) {
    for (auto to : all) {
      bool expected = from == OfferStatus::open && to != OfferStatus::open;
      EXPECT_EQ(can_move(from, to), expected) << to_string(from) << " -> " << to_string(to);
    }
  }
}

TEST(MobilisationRules, AnswersAreWhatTheOtherSideSaidNotExpiryOrWithdrawal) {
  EXPECT_TRUE(is_answer(InvitationStatus::offered));
  EXPECT_TRUE(is_answer(InvitationStatus::declined));
  EXPECT_FALSE(is_answer(InvitationStatus::open));
  EXPECT_FALSE(is_answer(InvitationStatus::expired));
  EXPECT_FALSE(is_answer(InvitationStatus::withdrawn));
  EXPECT_TRUE(is_answer(OfferStatus::accepted));
  EXPECT_TRUE(is_answer(OfferStatus::declined));
  EXPECT_FALSE(is_answer(OfferStatus::open));
  EXPECT_FALSE(is_answer(OfferStatus::expired));
  EXPECT_FALSE(is_answer(OfferStatus::withdrawn));
}

TEST(MobilisationRules, OnlyOpenOrDiscussedSkillNeedsTakeHelp) {
  for (const char* kind : {"skill", "funding", "material"}) {
    for (const char* status : {"open", "discussion", "satisfied", "closed"}) {
      bool expected =
          std::string_view(kind) == "skill" &&
          (std::string_view(status) == "open" || std::string_view(status) == "discussion");
      EXPECT_EQ(takes_help(kind, status), expected) << kind << " " << status;
    }
  }
  EXPECT_TRUE(is_finished("satisfied"));
  EXPECT_TRUE(is_finished("closed"));
  EXPECT_FALSE(is_finished("open"));
  EXPECT_FALSE(is_finished("discussion"));
}

TEST(MobilisationRules, TheNeedsStatusFollowsInvitationsOffersAndAcceptance) {
  EXPECT_EQ(status_after("open", NeedEvent::invitation_sent), "discussion");
  EXPECT_EQ(status_after("open", NeedEvent::offer_made), "discussion");
  EXPECT_EQ(status_after("discussion", NeedEvent::invitation_sent), std::nullopt);
  EXPECT_EQ(status_after("discussion", NeedEvent::offer_made), std::nullopt);
  EXPECT_EQ(status_after("open", NeedEvent::offer_accepted), "satisfied");
  EXPECT_EQ(status_after("discussion", NeedEvent::offer_accepted), "satisfied");
  for (const char* done : {"satisfied", "closed"}) {
    EXPECT_EQ(status_after(done, NeedEvent::invitation_sent), std::nullopt);
    EXPECT_EQ(status_after(done, NeedEvent::offer_made), std::nullopt);
    EXPECT_EQ(status_after(done, NeedEvent::offer_accepted), std::nullopt);
  }
}

TEST(MobilisationRules, AnExpertHoldsAtMostTheMaximumOfOpenInvitations) {
  EXPECT_TRUE(may_receive_invitation(0, 3));
  EXPECT_TRUE(may_receive_invitation(2, 3));
  EXPECT_FALSE(may_receive_invitation(3, 3));
  EXPECT_FALSE(may_receive_invitation(4, 3));
}

TEST(MobilisationRules, ExpiryIsTheConfiguredNumberOfDaysLater) {
  EXPECT_EQ(expires_at(t(1000), 7), t(1000 + 7 * kDay));
  EXPECT_EQ(expires_at(t(0), 1), t(kDay));
}

TEST(MobilisationRules, UsualAnswerTimeNeedsThreeAnswersAndIsTheirMedian) {
  EXPECT_EQ(usual_answer_seconds({}), std::nullopt);
  EXPECT_EQ(usual_answer_seconds({kDay, 2 * kDay}), std::nullopt);
  EXPECT_EQ(usual_answer_seconds({5 * kDay, kDay, 2 * kDay}), 2 * kDay);
  // An even count: the mean of the two middle values.
  EXPECT_EQ(usual_answer_seconds({kDay, 2 * kDay, 4 * kDay, 9 * kDay}), 3 * kDay);
}

TEST(MobilisationRules, UsualAnswerTimeLooksAtTheLastTwentyAnswersOnly) {
  // Newest first: 20 quick answers, then 30 very old slow ones that no longer count.
  std::vector<std::int64_t> times(20, kHour);
  times.insert(times.end(), 30, 30 * kDay);
  EXPECT_EQ(usual_answer_seconds(times), kHour);
}

TEST(MobilisationRules, DaysForRoundsUpAndIsNeverZero) {
  EXPECT_EQ(days_for(0), 1);
  EXPECT_EQ(days_for(kHour), 1);
  EXPECT_EQ(days_for(kDay), 1);
  EXPECT_EQ(days_for(kDay + 1), 2);
  EXPECT_EQ(days_for(3 * kDay), 3);
}

TEST(MobilisationRules, ReadableDurationsAreHoursUnderADayThenDays) {
  EXPECT_EQ(readable(0).count, 1);
  EXPECT_FALSE(readable(0).days);
  EXPECT_EQ(readable(90 * 60).count, 2);
  EXPECT_FALSE(readable(kDay - 1).days);
  EXPECT_TRUE(readable(kDay).days);
  EXPECT_EQ(readable(kDay).count, 1);
  EXPECT_EQ(readable(2 * kDay + 13 * kHour).count, 3);
  EXPECT_EQ(readable(2 * kDay + 11 * kHour).count, 2);
}

TEST(MobilisationRules, TimeToFirstAnswerRunsFromTheFirstExchangeToTheFirstAnswer) {
  EXPECT_EQ(time_to_first_answer({}), std::nullopt);
  // Nothing answered yet.
  EXPECT_EQ(time_to_first_answer({{t(100), std::nullopt}, {t(50), std::nullopt}}), std::nullopt);
  // An invitation at 100 answered at 400; a later offer at 200 answered at 300: the first
  // exchange started at 100, the first answer came at 300.
  EXPECT_EQ(time_to_first_answer({{t(100), t(400)}, {t(200), t(300)}}), 200);
  // Order does not matter.
  EXPECT_EQ(time_to_first_answer({{t(200), t(300)}, {t(100), std::nullopt}}), 200);
}

}  // namespace
}  // namespace comdev::mobilisation
