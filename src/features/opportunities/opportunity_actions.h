// The opportunities use cases, shared by the pages and the API: each checks the policy
// (opportunity_permissions.h) and the rules (opportunity_rules.h), then writes in one
// transaction with its audit entry and its notifications. An opportunity the actor may not read
// is answered as not found: an unpublished project's existence is not revealed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/time.h"
#include "features/opportunities/opportunity.h"
#include "features/opportunities/opportunity_index.h"
#include "features/opportunities/opportunity_permissions.h"
#include "features/opportunities/opportunity_rules.h"
#include "store/db.h"
#include "web/actor.h"

namespace comdev::opportunities {

struct Access {
  Opportunity opportunity;
  bool owner = false;          // the actor wrote it or represents its publishing organisation
  std::vector<Interest> mine;  // the actor's own requests on it, newest first
};
Result<Access> readable(store::Db& db, const web::Actor& actor, std::int64_t id);
Subject subject_of(const web::Actor& actor, const Access& a);
// True when the actor may read the publisher's contact line.
bool sees_contact(const web::Actor& actor, const Access& a);
// True when the member is a verified representative of at least one organisation.
bool represents_any(store::Db& db, const web::Actor& actor);

// A new opportunity (kind offer: in the name of an organisation the actor represents, or by an
// animator) or a member's own investment project (reviewed first). Returns its id.
Result<std::int64_t> create(store::Db& db, const web::Actor& actor, const Text& text,
                            core::Seconds now);
// The author's corrections to their project sent back to draft (its kind stays), and sending it
// for review again; conflict when it is no longer a draft.
Status edit(store::Db& db, const web::Actor& actor, std::int64_t id, Text text, core::Seconds now);
Status resubmit(store::Db& db, const web::Actor& actor, std::int64_t id, core::Seconds now);
Status publish(store::Db& db, const web::Actor& actor, std::int64_t id, core::Seconds now);
Status send_back(store::Db& db, const web::Actor& actor, std::int64_t id, const std::string& note,
                 core::Seconds now);
Status close(store::Db& db, const web::Actor& actor, std::int64_t id, core::Seconds now);

// "I'm interested": a request to the animators; conflict when one is already open.
Result<std::int64_t> express_interest(store::Db& db, const web::Actor& actor, std::int64_t id,
                                      const InterestText& text, core::Seconds now);
Status withdraw_interest(store::Db& db, const web::Actor& actor, std::int64_t interest_id,
                         core::Seconds now);
// An animator introduces both sides: the requester and the publishing side are notified and may
// now read each other's contact line.
Status introduce(store::Db& db, const web::Actor& actor, std::int64_t interest_id,
                 core::Seconds now);
Status decline_interest(store::Db& db, const web::Actor& actor, std::int64_t interest_id,
                        const std::string& note, core::Seconds now);

// The requests on an opportunity the actor may see: every one for an animator; the introduced
// ones for the publishing side; none otherwise.
Result<std::vector<Interest>> visible_interests(store::Db& db, const web::Actor& actor,
                                                const Access& a);

// The public list: published opportunities passing the filter, best match first when `q` is
// given, newest first otherwise; with each filter value's count and the places' names.
struct PlaceName {
  std::string fr, ar;
};
struct ListPage {
  std::vector<Opportunity> items;  // the page
  std::vector<Opportunity> all;    // every match (for the map)
  std::size_t total = 0;
  bool searched = false;
  FacetCounts counts;
  std::map<std::int64_t, PlaceName> places;  // communes and provinces of the published ones
};
Result<ListPage> list_published(store::Db& db, const OpportunityIndex& index, const Filter& f);

// The animators' queue: projects to review and requests to decide (empty for anyone else).
struct Queue {
  std::vector<Opportunity> submitted;
  std::vector<Interest> requests;
};
Result<Queue> queue(store::Db& db, const web::Actor& actor);

// What a member follows: their requests (with the publisher's contact once introduced) and the
// opportunities they wrote.
struct Mine {
  struct Request {
    Interest interest;
    std::string contact, contact_org;  // the publisher's, once introduced
  };
  std::vector<Request> requests;
  std::vector<Opportunity> written;
};
Result<Mine> mine(store::Db& db, const web::Actor& actor);

}  // namespace comdev::opportunities
