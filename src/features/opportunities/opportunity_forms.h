// The opportunities forms: an opportunity — kind, title (3-200 characters), description as
// Markdown (10,000; refused when the renderer would alter it), language, a sector of the
// platform's list, a commune, the amount range in MAD or EUR (amounts as typed by people,
// through the shared money parser: "250000", "250 000,50"; min > 0, max >= min), stage, the
// publishing and contact organisations, and the private contact line (500) — the "I'm interested"
// request — who the member is (500), what interests them (2,000), the amount they consider
// (optional), how to reach them (200) — the animator's reason when declining or sending back
// (required, 2,000) and the list's filters. Every field error is collected (a catalogue key per
// field), so the form comes back with all of them at once.
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"
#include "features/opportunities/opportunity.h"
#include "http/form.h"

namespace comdev::opportunities {

inline constexpr std::size_t kMaxTitle = 200;
inline constexpr std::size_t kMaxDescription = 10000;
inline constexpr std::size_t kMaxContact = 500;
inline constexpr std::size_t kMaxAbout = 500;
inline constexpr std::size_t kMaxInterest = 2000;
inline constexpr std::size_t kMaxReach = 200;
inline constexpr std::size_t kMaxNote = 2000;
inline constexpr std::size_t kMaxQuery = 200;
inline constexpr int kPerPage = 20;
inline constexpr int kMaxPerPage = 100;

// `typed` receives what was typed (amounts as text in `typed_amounts`), for the form shown again.
struct TypedAmounts {
  std::string min, max, amount;
};
Result<Text> parse_opportunity(const http::Form& f, Text* typed = nullptr,
                               TypedAmounts* amounts = nullptr);
Result<InterestText> parse_interest(const http::Form& f, InterestText* typed = nullptr,
                                    TypedAmounts* amounts = nullptr);
Result<std::string> parse_note(std::string_view note);

// The list's filters. The page ignores an unknown value (a link from elsewhere never fails);
// with `errors` (the API) each unknown value is named instead.
Filter parse_filter(const http::Form& query, std::vector<FieldError>* errors = nullptr);
// The query string of a filter, for links ("sector=water&stage=ready&page=2"; "" for none).
std::string query_string(const Filter& f, int page);

}  // namespace comdev::opportunities
