// The score of one expert for one need, and why: pure functions, no I/O, no allocation beyond the
// reasons. Reasons are codes with numbers; the page turns them into a sentence in the reader's
// language ("covers 3 of 4 skills; speaks Arabic; in Taliouine 1–20 August; from the province
// of Taroudant").
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "match/model.h"
#include "match/weights.h"

namespace comdev::match {

enum class ReasonCode : std::uint8_t {
  covers_skills,      // a = skills fully covered (same or narrower, level met), b = required
  related_skills,     // a = required skills only partly covered (broader/sibling/lower level)
  speaks_language,    // a = bit index of the first shared language
  works_remotely,     // a = remote hours per month
  on_site_window,     // a = from, b = to (days), id = commune (or province) of the window
  attached_commune,   // id = the need's commune
  attached_province,  // id = the need's province
  attached_region,    // id = the need's region
  responsive,         // a = answered, b = received
};

struct Reason {
  ReasonCode code;
  std::int64_t a = 0;
  std::int64_t b = 0;
  std::int64_t id = 0;
};

struct Scored {
  double score = 0;
  double skills = 0;  // the skills component alone, in [0, 1]
  std::vector<Reason> reasons;
};

// Why an expert is not proposed at all.
enum class Exclusion : std::uint8_t { none, unavailable, too_many_open_invitations, no_skill };

Exclusion excluded(const Need& need, const Expert& expert, const Taxonomy& taxonomy,
                   const Weights& w);

// The components, exposed for tests and for the index's bounds.
double skill_credit(const Taxonomy& taxonomy, const Weights& w, const SkillLevel& required,
                    const SkillLevel& offered);
double skills_component(const Need& need, const Expert& expert, const Taxonomy& taxonomy,
                        const Weights& w);
double availability_component(const Need& need, const Expert& expert, const Weights& w);
double attachment_component(const Need& need, const Expert& expert, const Weights& w);
double responsiveness_component(const Expert& expert);

// The score alone (out == nullptr: no reasons, no allocation, for ranking many candidates) or
// with reasons into *out; -1 when the expert is excluded. `ignore_open_invitations` is for an
// expert browsing needs: holding three open invitations stops new invitations, not browsing.
double score_into(const Need& need, const Expert& expert, const Taxonomy& taxonomy,
                  const Weights& w, Scored* out, bool ignore_open_invitations = false);

// The full score with reasons, or nullopt when the expert is excluded.
std::optional<Scored> score(const Need& need, const Expert& expert, const Taxonomy& taxonomy,
                            const Weights& w);

}  // namespace comdev::match
