// All SQL of the opportunities feature ($N placeholders; SQLite and PostgreSQL). Opportunities
// are read with their commune and its province, their publishing and contact organisations and
// their author's name. Writes that change what the public list shows (publishing, closing, the
// demo) also append to the change log (topic kOpportunity), which keeps every instance's search
// index current. Notifications go to the shared notifications table (the /notifications page).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "features/opportunities/opportunity.h"
#include "store/db.h"

namespace comdev::opportunities {

// The change-log topic of public opportunities: entity id = opportunity id.
inline constexpr std::string_view kOpportunity = "opportunity";

// Notification kinds (notifications.kind) of this feature.
inline constexpr const char* kInterestReceived = "opportunity_interest_received";
inline constexpr const char* kIntroduced = "opportunity_introduced";
inline constexpr const char* kInterestDeclined = "opportunity_interest_declined";
inline constexpr const char* kProjectPublished = "opportunity_published";
inline constexpr const char* kProjectSentBack = "opportunity_sent_back";

namespace opportunity_store {

Result<std::optional<Opportunity>> find(store::Conn& c, std::int64_t id);
// The opportunities in one of `states`, newest first, at most `limit`.
Result<std::vector<Opportunity>> list(store::Conn& c, std::vector<State> states, int limit);
// The member's own opportunities (written by them), newest first.
Result<std::vector<Opportunity>> written_by(store::Conn& c, std::int64_t member_id);

Result<std::int64_t> insert(store::Conn& c, const Text& t, State state, std::int64_t by, bool demo,
                            const std::string& now);
// Moves the opportunity from `from` to `to` if it is still in `from` (two reviewers at once: one
// wins); `note` becomes the review note.
// A draft's text replaced (its kind kept); false when it is no longer a draft.
Result<bool> update_draft(store::Conn& c, std::int64_t id, const Text& t, const std::string& now);
Result<bool> move(store::Conn& c, std::int64_t id, State from, State to, std::int64_t by,
                  const std::string& note, const std::string& now);

// What the checks of a write need to know.
Result<bool> is_commune(store::Conn& c, std::int64_t territory_id);
Result<bool> organisation_exists(store::Conn& c, std::int64_t id);
Result<bool> represents(store::Conn& c, std::int64_t member_id, std::int64_t organisation_id);
// The organisations the member is a verified representative of: (id, name).
Result<std::vector<std::pair<std::int64_t, std::string>>> represented(store::Conn& c,
                                                                      std::int64_t member_id);
// Every organisation (id, name), for the contact organisation's choice.
Result<std::vector<std::pair<std::int64_t, std::string>>> organisations(store::Conn& c);
// Every commune (id, French name, Arabic name), for the form.
struct CommuneRow {
  std::int64_t id = 0;
  std::string name_fr, name_ar;
};
Result<std::vector<CommuneRow>> communes(store::Conn& c);
// The members on the publishing side: the author and the publishing organisation's verified
// representatives.
Result<std::vector<std::int64_t>> owners(store::Conn& c, const Opportunity& o);

// A member an e-mail goes to: their address, name and language; nothing when deleted.
struct Recipient {
  std::int64_t member_id = 0;
  std::string email, name, lang;
};
Result<std::optional<Recipient>> recipient(store::Conn& c, std::int64_t member_id);

// ---- "I'm interested" ----
Result<std::int64_t> insert_interest(store::Conn& c, std::int64_t opportunity_id,
                                     std::int64_t member_id, const InterestText& t,
                                     const std::string& now);
Result<std::optional<Interest>> find_interest(store::Conn& c, std::int64_t id);
Result<std::vector<Interest>> interests_of(store::Conn& c, std::int64_t opportunity_id);
Result<std::vector<Interest>> interests_by(store::Conn& c, std::int64_t member_id);
Result<std::vector<Interest>> interests_in(store::Conn& c, InterestState state, int limit);
Result<bool> has_open_request(store::Conn& c, std::int64_t opportunity_id, std::int64_t member_id);
// requested → `to` if still requested; false otherwise.
Result<bool> decide(store::Conn& c, std::int64_t id, InterestState to, std::int64_t by,
                    const std::string& note, const std::string& now);

Status notify(store::Conn& c, std::int64_t member_id, std::string_view kind,
              std::int64_t other_member_id, const std::string& now);
// The same notification for every animator (the queue has something new).
Status notify_animators(store::Conn& c, std::string_view kind, std::int64_t other_member_id,
                        const std::string& now);

// The demo loader: an organisation by name (created when `create`), a territory by slug, and
// the demo opportunity with that title (inserted or updated, published, flagged as demo).
Result<std::optional<std::int64_t>> organisation_by_name(store::Conn& c, const std::string& name);
Result<std::int64_t> ensure_demo_organisation(store::Conn& c, const std::string& type,
                                              const std::string& name, std::int64_t territory_id,
                                              const std::string& description,
                                              const std::string& now);
Result<std::int64_t> upsert_demo(store::Conn& c, const Text& t, const std::string& now);

}  // namespace opportunity_store
}  // namespace comdev::opportunities
