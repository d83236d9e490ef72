// The rules of invitations, without I/O: how long an invitation lives, what a valid contact is,
// how a CSV header maps to columns, and which rows of an import are invited or refused.
#pragma once

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv.h"
#include "core/email.h"
#include "core/result.h"
#include "core/time.h"
#include "features/invitations/invitation.h"

namespace comdev::invitations {

using core::normalise_email;
using core::plausible_email;

// An invitation left unanswered this long is erased with everything it held.
inline constexpr std::chrono::days kValidity{60};

core::Seconds expiry_of(core::Seconds created);
// True once `now` has reached the expiry time; an unreadable time counts as expired (erase).
bool is_expired(std::string_view expires_at, core::Seconds now);

// Validates a contact typed in the form or read from a row. Field errors name "name", "email",
// "origin", "skills" with message ids under invitations.errors.*.
Result<NewContact> validate_contact(std::string_view name, std::string_view email,
                                    std::string_view origin, std::string_view skills);

// A skill of the platform's list, as the pre-fill matches free text against it.
struct KnownSkill {
  std::string slug;
  std::vector<std::string> names;  // in every language
};
// The known skills typed as free text ("Génie civil, traduction; plomberie") matched against the
// skill list by slug or name, case-insensitively (ASCII): {"civil_engineering", "translation"}.
// Items that match nothing are left out (the free text stays visible to the commune only).
std::vector<std::string> skill_slugs(std::string_view skills_text,
                                     const std::vector<KnownSkill>& known);

// A place of the territory tree, as the origin typed by a commune is matched against it.
struct KnownPlace {
  std::int64_t id = 0;
  std::vector<std::string> names;  // French and Arabic
};
// The place whose name is exactly the origin typed (ASCII case and surrounding spaces ignored,
// an optional leading "douar " too), so the profile can be attached to it; nullopt otherwise.
std::optional<std::int64_t> match_place(std::string_view origin_text,
                                        const std::vector<KnownPlace>& places);

// Column positions of a CSV header. Accepted names (any case, spaces trimmed): name|nom,
// email|e-mail|courriel, origin|origine, skills|compétences|competences. name and email are
// required. Error::invalid("invitations.import.errors.columns") with params {missing} and
// {unknown} (comma-separated column names, "-" when none) otherwise.
struct Columns {
  std::size_t name = 0, email = 0;
  std::optional<std::size_t> origin, skills;
};
Result<Columns> map_columns(const std::vector<std::string>& header);

// The planned outcome of every data row, in file order, and the contacts to invite.
struct ImportPlan {
  std::vector<RowReport> rows;
  std::vector<NewContact> to_invite;  // in the order of the rows reported `invited`
};
// `invited` holds the e-mails this commune already invited, `members` the e-mails with an
// account (both normalised).
ImportPlan plan_import(const std::vector<core::csv::Record>& data_rows, const Columns& cols,
                       const std::set<std::string>& invited, const std::set<std::string>& members);

}  // namespace comdev::invitations
