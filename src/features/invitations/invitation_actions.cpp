#include "features/invitations/invitation_actions.h"

#include "core/csv.h"
#include "core/log.h"
#include "features/audit/audit_store.h"
#include "features/invitations/invitation_mail.h"
#include "features/invitations/invitation_rules.h"
#include "features/invitations/invitation_store.h"
#include "features/members/member_store.h"
#include "features/members/password.h"
#include "i18n/text_encoding.h"
#include "web/session.h"
#ifdef COMDEV_HAVE_ORGANISATIONS
#include "features/organisations/organisation_store.h"
#endif
#ifdef COMDEV_HAVE_PROFILES
#include "features/profiles/profile_store.h"
#endif

namespace comdev::invitations {
namespace {

void deliver(const Outbox& out, const mail::Mail& m) {
  if (out.mailer == nullptr) {
    log::warn("invitation.mail_not_sent", {{"reason", "no mailer"}});
    return;
  }
  // The invitation stays recorded when the relay fails: the representative sees it pending.
  if (auto st = out.mailer->send(m); !st) {
    log::warn("invitation.mail_failed", {{"detail", st.error().detail}});
  }
}

struct Pending {
  NewContact contact;
  std::string token;
};

// Inserts one invitation with its audit entry; nullopt when this commune already invited them.
Result<std::optional<std::string>> insert_one(store::Conn& c, std::int64_t actor_id,
                                              const Commune& commune, const NewContact& contact,
                                              core::Seconds now) {
  auto token = web::random_token();
  auto id =
      invitation_store::insert(c, commune.id, actor_id, contact, web::hash_token(token), "fr", now);
  if (!id) return id.error();
  if (!*id) return std::optional<std::string>{};
  auto st = audit::audit_store::record(c, actor_id, "invitation.sent", "invitation", **id,
                                       "organisation " + std::to_string(commune.id));
  if (!st) return st.error();
  return std::optional<std::string>{token};
}

// Attaches the origin typed to a place of the territory tree when it names one exactly.
Status resolve_origins(store::Db& db, std::vector<NewContact*> contacts) {
#ifdef COMDEV_HAVE_PROFILES
  std::vector<KnownPlace> places;
  auto all = profiles::profile_store::territories(db);
  if (!all) return all.error();
  for (const auto& t : *all) places.push_back({t.id, {t.name_fr, t.name_ar}});
  for (auto* c : contacts) {
    if (!c->origin_territory_id) c->origin_territory_id = match_place(c->origin_text, places);
  }
#else
  (void)db;
  (void)contacts;
#endif
  return {};
}

}  // namespace

Result<Access> access_for(store::Db& db, const web::Actor& actor, std::int64_t organisation_id) {
  Access a;
  a.target.organisation_id = organisation_id;
#ifdef COMDEV_HAVE_ORGANISATIONS
  auto org = organisations::organisation_store::find(db, organisation_id);
  if (!org) return org.error();
  if (*org) {
    a.commune = Commune{(*org)->id, (*org)->name, (*org)->type == "commune"};
    a.target.is_commune = a.commune->is_commune;
    a.target.actor_is_verified_representative =
        actor.signed_in() && organisations::organisation_store::is_verified_representative(
                                 db, actor.member_id, organisation_id);
  }
#else
  (void)db;
  (void)actor;
#endif
  return a;
}

Status invite(store::Db& db, const Outbox& out, std::int64_t actor_id, const Commune& commune,
              const NewContact& typed, core::Seconds now) {
  NewContact contact = typed;
  if (auto st = resolve_origins(db, {&contact}); !st) return st.error();
  auto token = db.transaction<std::string>([&](store::Conn& c) -> Result<std::string> {
    auto member = invitation_store::member_exists(c, contact.email);
    if (!member) return member.error();
    if (*member) return Error::conflict("invitations.errors.already_member");
    auto t = insert_one(c, actor_id, commune, contact, now);
    if (!t) return t.error();
    if (!*t) return Error::conflict("invitations.errors.already_invited");
    return **t;
  });
  if (!token) return token.error();
  deliver(out, invitation_mail(commune, contact, out.base_url, *token));
  return {};
}

Result<ImportReport> import_csv(store::Db& db, const Outbox& out, std::int64_t actor_id,
                                const Commune& commune, std::string_view bytes, core::Seconds now) {
  auto text = i18n::decode_to_utf8(bytes);
  if (!text) return text.error();
  auto records = core::csv::parse(text->utf8);
  if (!records) return records.error();
  auto cols = map_columns(records->front().fields);
  if (!cols) return cols.error();
  std::vector<core::csv::Record> data(records->begin() + 1, records->end());
  if (data.empty()) return Error::invalid("errors.csv.empty");

  auto invited = invitation_store::invited_emails(db, commune.id);
  if (!invited) return invited.error();
  std::set<std::string> emails;
  for (const auto& r : data) {
    if (cols->email < r.fields.size()) emails.insert(normalise_email(r.fields[cols->email]));
  }
  auto members = invitation_store::member_emails(db, emails);
  if (!members) return members.error();
  auto plan = plan_import(data, *cols, *invited, *members);
  std::vector<NewContact*> contacts;
  for (auto& c : plan.to_invite) contacts.push_back(&c);
  if (auto st = resolve_origins(db, contacts); !st) return st.error();

  // All valid rows in one transaction: a failure leaves nothing half-imported.
  auto sent =
      db.transaction<std::vector<Pending>>([&](store::Conn& c) -> Result<std::vector<Pending>> {
        std::vector<Pending> pending;
        std::size_t next = 0;
        for (auto& row : plan.rows) {
          if (row.status != RowStatus::invited) continue;
          const auto& contact = plan.to_invite[next++];
          auto t = insert_one(c, actor_id, commune, contact, now);
          if (!t) return t.error();
          if (!*t) {
            row.status = RowStatus::already_invited;  // invited meanwhile by a colleague
            continue;
          }
          pending.push_back({contact, **t});
        }
        return pending;
      });
  if (!sent) return sent.error();
  for (const auto& p : *sent)
    deliver(out, invitation_mail(commune, p.contact, out.base_url, p.token));
  return ImportReport{std::move(plan.rows), sent->size()};
}

Result<std::optional<Invitation>> pending(store::Db& db, std::string_view token,
                                          core::Seconds now) {
  if (token.size() < 20 || token.size() > 100) return std::optional<Invitation>{};
  auto inv = invitation_store::find_by_token(db, web::hash_token(token));
  if (!inv) return inv.error();
  if (*inv && is_expired((*inv)->expires_at, now)) return std::optional<Invitation>{};
  return inv;
}

Result<Accepted> accept(store::Db& db, std::string_view token, std::string_view password,
                        core::Seconds now) {
  auto inv = pending(db, token, now);
  if (!inv) return inv.error();
  if (!*inv) return Error::not_found("invitations.errors.gone");
  const Invitation& i = **inv;
  auto exists = invitation_store::member_exists(db, i.contact.email);
  if (!exists) return exists.error();
  if (*exists) return Error::conflict("invitations.errors.already_member");
  if (auto st = members::check_password_strength(password); !st) {
    return Error::invalid("errors.invalid", {{"password", st.error().message_id}});
  }
  std::vector<KnownSkill> known;
#ifdef COMDEV_HAVE_PROFILES
  auto skills = profiles::profile_store::skills(db);
  if (!skills) return skills.error();
  for (const auto& k : *skills) known.push_back({k.slug, {k.name_fr, k.name_ar, k.name_en}});
#else
  (void)known;
#endif
  auto hash = members::hash_password(password);
  if (!hash) return hash.error();
  // The address is verified: the link that brought the person here was sent to it.
  auto member_id = members::member_store::create(
      db, {i.contact.email, i.contact.name, *hash, false, false, true});
  if (!member_id) return member_id.error();
  return db.transaction<Accepted>([&](store::Conn& c) -> Result<Accepted> {
    auto erased = invitation_store::erase(c, i.id);
    if (!erased) return erased.error();
    if (auto st = invitation_store::link(c, i.organisation_id, *member_id, now); !st) {
      return st.error();
    }
#ifdef COMDEV_HAVE_PROFILES
    profiles::Prefill pre;
    pre.origin_text = i.contact.origin_text;
    pre.skill_slugs = skill_slugs(i.contact.skills_text, known);
    pre.origin_territory_id = i.contact.origin_territory_id;
    if (auto st = profiles::profile_store::prefill(c, *member_id, pre); !st) return st.error();
#endif
    auto st = audit::audit_store::record(c, *member_id, "invitation.accepted", "invitation", i.id,
                                         "organisation " + std::to_string(i.organisation_id));
    if (!st) return st.error();
    return Accepted{*member_id, i.organisation_id};
  });
}

Status refuse(store::Db& db, std::string_view token) {
  auto inv = pending(db, token, core::now());
  if (!inv) return inv.error();
  if (!*inv) return Error::not_found("invitations.errors.gone");
  auto done = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto erased = invitation_store::erase(c, (*inv)->id);
    if (!erased) return erased.error();
    if (!*erased) return Error::not_found("invitations.errors.gone");
    auto st = audit::audit_store::record(c, 0, "invitation.refused", "invitation", (*inv)->id,
                                         "organisation " + std::to_string((*inv)->organisation_id));
    if (!st) return st.error();
    return true;
  });
  if (!done) return done.error();
  return {};
}

}  // namespace comdev::invitations
