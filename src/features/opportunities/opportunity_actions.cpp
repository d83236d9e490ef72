#include "features/opportunities/opportunity_actions.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "features/audit/audit_store.h"
#include "features/opportunities/opportunity_store.h"

namespace comdev::opportunities {
namespace {

namespace st = opportunity_store;

// How many public opportunities the list reads: far more than a few regions publish in years.
constexpr int kMaxListed = 5000;

Result<bool> owner_of(store::Conn& c, const web::Actor& actor, const Opportunity& o) {
  if (!actor.signed_in()) return false;
  if (o.created_by == actor.member_id) return true;
  if (o.text.publisher_org_id == 0) return false;
  return st::represents(c, actor.member_id, o.text.publisher_org_id);
}

// The opportunity and the actor's standing, inside a transaction; not found when the actor may
// not read it.
Result<Access> load(store::Conn& c, const web::Actor& actor, std::int64_t id) {
  auto o = st::find(c, id);
  if (!o) return o.error();
  if (!*o) return Error::not_found();
  auto owner = owner_of(c, actor, **o);
  if (!owner) return owner.error();
  Access a{std::move(**o), *owner, {}};
  if (!can(actor, Action::view, about(a.opportunity.state, a.owner))) return Error::not_found();
  if (actor.signed_in()) {
    auto requests = st::interests_by(c, actor.member_id);
    if (!requests) return requests.error();
    for (auto& r : *requests) {
      if (r.opportunity_id == id) a.mine.push_back(std::move(r));
    }
  }
  return a;
}

Result<Interest> load_interest(store::Conn& c, std::int64_t id) {
  auto i = st::find_interest(c, id);
  if (!i) return i.error();
  if (!*i) return Error::not_found();
  return std::move(**i);
}

Status audit(store::Conn& c, const web::Actor& actor, std::string_view action, std::int64_t id,
             const std::string& detail) {
  return audit::audit_store::record(c, actor.member_id, action, "opportunity", id, detail);
}

Result<bool> speaks_for_publisher(store::Conn& c, const web::Actor& actor, const Text& text) {
  if (!text.publisher_org_id) return false;
  return st::represents(c, actor.member_id, text.publisher_org_id);
}

// What a text names, checked in the caller's transaction: an organisation is named as publisher
// only by those who speak for it (animators excepted); it and the contact organisation exist; the
// commune is a commune.
Status check_names(store::Conn& c, const web::Actor& actor, const Text& text, bool speaks_for) {
  std::vector<FieldError> errors;
  if (text.publisher_org_id && !speaks_for && !reviewer(actor)) {
    return Error::forbidden("projects.errors.not_representative");
  }
  if (text.publisher_org_id) {
    auto e = st::organisation_exists(c, text.publisher_org_id);
    if (!e) return e.error();
    if (!*e) errors.push_back({"publisher", "opportunities.errors.organisation"});
  }
  auto commune = st::is_commune(c, text.commune_id);
  if (!commune) return commune.error();
  if (!*commune) errors.push_back({"commune", "opportunities.errors.commune"});
  if (text.contact_org_id) {
    auto e = st::organisation_exists(c, text.contact_org_id);
    if (!e) return e.error();
    if (!*e) errors.push_back({"contact_org", "opportunities.errors.organisation"});
  }
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return {};
}

// A review's decision on a submitted project: publish or send back; its author is told.
Status review(store::Db& db, const web::Actor& actor, std::int64_t id, Action action, State to,
              const std::string& note, std::string_view audit_action, const char* notice,
              core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto a = load(c, actor, id);
    if (!a) return a.error();
    if (auto d = can(actor, action, subject_of(actor, *a)); !d) return d.forbidden();
    auto moved = st::move(c, id, a->opportunity.state, to, actor.member_id, note, when);
    if (!moved) return moved.error();
    if (!*moved) return Error::conflict("opportunities.errors.not_submitted");
    if (auto r = audit(c, actor, audit_action, id, note); !r) return r.error();
    if (a->opportunity.created_by && a->opportunity.created_by != actor.member_id) {
      if (auto r = st::notify(c, a->opportunity.created_by, notice, actor.member_id, when); !r) {
        return r.error();
      }
    }
    return true;
  }));
}

bool has_open(const Access& a) {
  return std::any_of(a.mine.begin(), a.mine.end(),
                     [](const Interest& i) { return i.state == InterestState::requested; });
}

bool introduced(const Access& a) {
  return std::any_of(a.mine.begin(), a.mine.end(),
                     [](const Interest& i) { return i.state == InterestState::introduced; });
}

}  // namespace

Result<Access> readable(store::Db& db, const web::Actor& actor, std::int64_t id) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  return load(**lease, actor, id);
}

Subject subject_of(const web::Actor&, const Access& a) {
  Subject s;
  s.state = a.opportunity.state;
  s.owner = a.owner;
  // Once introduced, the two sides talk directly: no second request on the same opportunity.
  s.has_open_request = has_open(a) || introduced(a);
  return s;
}

bool sees_contact(const web::Actor& actor, const Access& a) {
  return sees_opportunity_contact(a.owner, reviewer(actor), introduced(a));
}

bool represents_any(store::Db& db, const web::Actor& actor) {
  if (!actor.signed_in()) return false;
  auto lease = db.acquire();
  if (!lease) return false;
  auto r = st::represented(**lease, actor.member_id);
  return r && !r->empty();
}

Result<std::int64_t> create(store::Db& db, const web::Actor& actor, const Text& text,
                            core::Seconds now) {
  auto when = core::iso(now);
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto speaks_for = speaks_for_publisher(c, actor, text);
    if (!speaks_for) return speaks_for.error();
    Action action = text.kind == Kind::offer ? Action::create_offer : Action::propose_project;
    if (auto d = can(actor, action, about(State::draft, false, *speaks_for)); !d)
      return d.forbidden();
    if (auto named = check_names(c, actor, text, *speaks_for); !named) return named.error();
    State state = initial_state(text.kind, reviewer(actor));
    auto id = st::insert(c, text, state, actor.member_id, false, when);
    if (!id) return id.error();
    if (auto r = audit(c, actor, "opportunity.created", *id, std::string(name(state))); !r) {
      return r.error();
    }
    return *id;
  });
}

Status edit(store::Db& db, const web::Actor& actor, std::int64_t id, Text text, core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto a = load(c, actor, id);
    if (!a) return a.error();
    if (auto d = can(actor, Action::edit, subject_of(actor, *a)); !d) return d.forbidden();
    // What it is does not change: a proposed project stays one.
    text.kind = a->opportunity.text.kind;
    auto speaks_for = speaks_for_publisher(c, actor, text);
    if (!speaks_for) return speaks_for.error();
    if (auto named = check_names(c, actor, text, *speaks_for); !named) return named.error();
    auto updated = st::update_draft(c, id, text, when);
    if (!updated) return updated.error();
    if (!*updated) return Error::conflict("opportunities.errors.not_draft");
    if (auto r = audit(c, actor, "opportunity.edited", id, ""); !r) return r.error();
    return true;
  }));
}

Status resubmit(store::Db& db, const web::Actor& actor, std::int64_t id, core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto a = load(c, actor, id);
    if (!a) return a.error();
    if (auto d = can(actor, Action::resubmit, subject_of(actor, *a)); !d) return d.forbidden();
    // The reviewer's note stays with it: the next reviewer sees what was asked.
    auto moved = st::move(c, id, State::draft, State::submitted, actor.member_id,
                          a->opportunity.review_note, when);
    if (!moved) return moved.error();
    if (!*moved) return Error::conflict("opportunities.errors.not_draft");
    if (auto r = audit(c, actor, "opportunity.resubmitted", id, ""); !r) return r.error();
    return true;
  }));
}

Status publish(store::Db& db, const web::Actor& actor, std::int64_t id, core::Seconds now) {
  return review(db, actor, id, Action::publish, State::published, "", "opportunity.published",
                kProjectPublished, now);
}

Status send_back(store::Db& db, const web::Actor& actor, std::int64_t id, const std::string& note,
                 core::Seconds now) {
  return review(db, actor, id, Action::send_back, State::draft, note, "opportunity.sent_back",
                kProjectSentBack, now);
}

Status close(store::Db& db, const web::Actor& actor, std::int64_t id, core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto a = load(c, actor, id);
    if (!a) return a.error();
    if (auto d = can(actor, Action::close, subject_of(actor, *a)); !d) return d.forbidden();
    auto moved = st::move(c, id, State::published, State::closed, actor.member_id, "", when);
    if (!moved) return moved.error();
    if (!*moved) return Error::conflict("opportunities.errors.not_published");
    if (auto r = audit(c, actor, "opportunity.closed", id, ""); !r) return r.error();
    return true;
  }));
}

Result<std::int64_t> express_interest(store::Db& db, const web::Actor& actor, std::int64_t id,
                                      const InterestText& text, core::Seconds now) {
  auto when = core::iso(now);
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto a = load(c, actor, id);
    if (!a) return a.error();
    if (auto d = can(actor, Action::express_interest, subject_of(actor, *a)); !d) {
      // A request already open is a retry or a double click: a conflict, not a refusal.
      if (a->opportunity.state == State::published && !a->owner &&
          (has_open(*a) || introduced(*a))) {
        return Error::conflict("opportunities.errors.already_interested");
      }
      return d.forbidden();
    }
    auto interest = st::insert_interest(c, id, actor.member_id, text, when);
    if (!interest) return interest.error();
    // Two requests at once: the second finds the first open (the unique index decided).
    if (*interest == 0) return Error::conflict("opportunities.errors.already_interested");
    if (auto r = st::notify_animators(c, kInterestReceived, actor.member_id, when); !r) {
      return r.error();
    }
    return *interest;
  });
}

Status withdraw_interest(store::Db& db, const web::Actor& actor, std::int64_t interest_id,
                         core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto i = load_interest(c, interest_id);
    if (!i) return i.error();
    // Another member's request is not revealed.
    if (i->member_id != actor.member_id && !reviewer(actor)) return Error::not_found();
    Subject s;
    s.request = i->state;
    s.own_request = i->member_id == actor.member_id;
    if (auto d = can(actor, Action::withdraw_interest, s); !d) {
      // One's own request answered already: a conflict (a second click), not a refusal.
      if (s.own_request) return Error::conflict(std::string(d.reason));
      return d.forbidden();
    }
    auto moved = st::decide(c, interest_id, InterestState::withdrawn, actor.member_id, "", when);
    if (!moved) return moved.error();
    if (!*moved) return Error::conflict("opportunities.errors.already_decided");
    return true;
  }));
}

Status introduce(store::Db& db, const web::Actor& actor, std::int64_t interest_id,
                 core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto i = load_interest(c, interest_id);
    if (!i) return i.error();
    Subject s;
    s.request = i->state;
    if (auto d = can(actor, Action::decide_interest, s); !d) {
      // Another member's request is not revealed; for an animator it was answered already.
      if (!reviewer(actor)) return Error::not_found();
      return Error::conflict(std::string(d.reason));
    }
    auto o = st::find(c, i->opportunity_id);
    if (!o) return o.error();
    if (!*o) return Error::not_found();
    auto moved = st::decide(c, interest_id, InterestState::introduced, actor.member_id, "", when);
    if (!moved) return moved.error();
    if (!*moved) return Error::conflict("opportunities.errors.already_decided");
    if (auto r = audit(c, actor, "opportunity.introduced", i->opportunity_id,
                       "request " + std::to_string(interest_id));
        !r) {
      return r.error();
    }
    if (auto r = st::notify(c, i->member_id, kIntroduced, 0, when); !r) return r.error();
    auto owners = st::owners(c, **o);
    if (!owners) return owners.error();
    for (auto m : *owners) {
      if (m == i->member_id) continue;
      if (auto r = st::notify(c, m, kIntroduced, i->member_id, when); !r) return r.error();
    }
    return true;
  }));
}

Status decline_interest(store::Db& db, const web::Actor& actor, std::int64_t interest_id,
                        const std::string& note, core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto i = load_interest(c, interest_id);
    if (!i) return i.error();
    Subject s;
    s.request = i->state;
    if (auto d = can(actor, Action::decide_interest, s); !d) {
      // Another member's request is not revealed; for an animator it was answered already.
      if (!reviewer(actor)) return Error::not_found();
      return Error::conflict(std::string(d.reason));
    }
    auto moved = st::decide(c, interest_id, InterestState::declined, actor.member_id, note, when);
    if (!moved) return moved.error();
    if (!*moved) return Error::conflict("opportunities.errors.already_decided");
    if (auto r = audit(c, actor, "opportunity.declined", i->opportunity_id,
                       "request " + std::to_string(interest_id));
        !r) {
      return r.error();
    }
    if (auto r = st::notify(c, i->member_id, kInterestDeclined, 0, when); !r) return r.error();
    return true;
  }));
}

Result<std::vector<Interest>> visible_interests(store::Db& db, const web::Actor& actor,
                                                const Access& a) {
  if (!reviewer(actor) && !a.owner) return std::vector<Interest>{};
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto all = st::interests_of(**lease, a.opportunity.id);
  if (!all) return all.error();
  if (reviewer(actor)) return all;
  std::vector<Interest> out;
  for (auto& i : *all) {
    if (sees_interest_contact(false, false, true, i.state)) out.push_back(std::move(i));
  }
  return out;
}

Result<ListPage> list_published(store::Db& db, const OpportunityIndex& index, const Filter& f) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto all = st::list(**lease, {State::published}, kMaxListed);
  if (!all) return all.error();
  ListPage page;
  std::unordered_map<std::int64_t, std::size_t> rank;
  if (!f.q.empty()) {
    auto found = index.search(f.q);
    page.searched = found.searchable;
    for (std::size_t i = 0; i < found.ids.size(); ++i) rank.emplace(found.ids[i], i);
  }
  // The facet counts are over the matches of the search (when there is one), so each count says
  // what clicking that value would show.
  std::vector<const Opportunity*> searched;
  for (const auto& o : *all) {
    page.places[o.text.commune_id] = {o.commune_fr, o.commune_ar};
    if (o.province_id) page.places[o.province_id] = {o.province_fr, o.province_ar};
    if (page.searched && !rank.contains(o.id)) continue;
    searched.push_back(&o);
  }
  page.counts = facet_counts(searched, f);
  std::vector<const Opportunity*> kept;
  for (const auto* o : searched) {
    if (matches(f, *o)) kept.push_back(o);
  }
  if (page.searched) {
    std::stable_sort(kept.begin(), kept.end(), [&](const Opportunity* a, const Opportunity* b) {
      return rank.at(a->id) < rank.at(b->id);
    });
  }
  page.total = kept.size();
  std::size_t from = static_cast<std::size_t>(f.page - 1) * f.per_page;
  for (std::size_t i = 0; i < kept.size(); ++i) {
    if (i >= from && i < from + f.per_page) page.items.push_back(*kept[i]);
    page.all.push_back(*kept[i]);
  }
  return page;
}

Result<Queue> queue(store::Db& db, const web::Actor& actor) {
  Queue q;
  if (!can(actor, Action::read_queue)) return q;
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto submitted = st::list(**lease, {State::submitted}, 200);
  if (!submitted) return submitted.error();
  q.submitted = std::move(*submitted);
  auto requests = st::interests_in(**lease, InterestState::requested, 200);
  if (!requests) return requests.error();
  q.requests = std::move(*requests);
  return q;
}

Result<Mine> mine(store::Db& db, const web::Actor& actor) {
  Mine out;
  if (!actor.signed_in()) return Error::forbidden("errors.sign_in_required");
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto requests = st::interests_by(**lease, actor.member_id);
  if (!requests) return requests.error();
  for (auto& i : *requests) {
    Mine::Request r{std::move(i), {}, {}};
    if (r.interest.state == InterestState::introduced) {
      auto o = st::find(**lease, r.interest.opportunity_id);
      if (!o) return o.error();
      if (*o) {
        r.contact = (*o)->text.contact;
        r.contact_org = (*o)->contact_org_name;
      }
    }
    out.requests.push_back(std::move(r));
  }
  auto written = st::written_by(**lease, actor.member_id);
  if (!written) return written.error();
  out.written = std::move(*written);
  return out;
}

}  // namespace comdev::opportunities
