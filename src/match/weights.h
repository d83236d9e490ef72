// Every number the matching score depends on, in one place. docs/matching.md explains each one;
// change them there and here together. The score is in [0, 1]:
//
//   score = spread × (skills·W_skills + language·W_language + availability·W_availability
//                     + attachment·W_attachment + responsiveness·W_responsiveness)
//
// Skills dominate: a need is a *specific* question put to a few well-chosen people (BRIEF §3).
// Attachment to the territory is a bonus and never a requirement: the diaspora de cœur and
// experts from elsewhere must be able to rank first.
#pragma once

namespace comdev::match {

struct Weights {
  double skills = 0.55;
  double language = 0.15;
  double availability = 0.15;
  double attachment = 0.10;
  double responsiveness = 0.05;

  // Credit an offered skill gives for a required one.
  double same = 1.0;
  double narrower = 0.8;  // a water-network specialist for "hydraulics"
  double broader = 0.5;   // a generalist of the field
  double sibling = 0.3;   // a neighbouring speciality

  // Offered level below the required one: one step, two steps.
  double one_level_below = 0.6;
  double two_levels_below = 0.3;

  // Availability: remote hours per month that count as fully available for remote work.
  int full_remote_hours = 20;

  // Attachment: to the need's commune, its province, its region.
  double same_commune = 1.0;
  double same_province = 0.6;
  double same_region = 0.3;

  // Spreading: the score is divided by (1 + spread_per_recent × invitations received recently);
  // an expert holding max_open_invitations is not proposed until they answer one.
  double spread_per_recent = 0.15;
  int max_open_invitations = 3;
};

}  // namespace comdev::match
