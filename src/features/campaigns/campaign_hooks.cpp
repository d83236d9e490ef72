// What the campaigns feature adds to other features: the campaigns section of a project's page
// (its published campaigns to everyone, drafts to the carrier, and the carrier's "Start a
// campaign"), and the updates of the campaigns a member pledged to in their next e-mail digest —
// within its one budget, never an e-mail of their own, so a campaign cannot flood its donors.
#include <mutex>

#include "core/log.h"
#include "features/campaigns/campaign_actions.h"
#include "features/campaigns/campaign_labels.h"
#include "features/campaigns/campaign_module.h"
#include "features/campaigns/campaign_rules.h"
#include "features/campaigns/campaign_store.h"
#include "features/campaigns/campaign_views.h"
#include "features/digest/digest_sources.h"
#include "features/projects/project_module.h"
#include "tpl/campaigns/section.h"

namespace comdev::campaigns {
namespace {

// At most this many campaign updates in one digest; the rest are on the campaigns' pages.
constexpr int kUpdatesPerDigest = 10;

std::string section(web::Ctx& ctx, const projects::Project& project) {
  auto subject = project_subject(ctx.app.db(), ctx.actor, project.id);
  Result<std::vector<Campaign>> all = Error::internal("not read");
  {
    auto lease = ctx.app.db().acquire();
    if (!lease) return {};
    all = campaign_store::of_project(**lease, project.id);
  }
  if (!subject || !all) {
    // The project's page stays readable without this section.
    log::warn("campaigns.section_failed", {{"project", project.id}});
    return {};
  }
  SectionView v;
  for (const auto& c : *all) {
    Subject s = *subject;
    s.state = c.state;
    if (!can(ctx.actor, Action::view, s)) continue;
    CardView card;
    card.url = "/campaigns/" + std::to_string(c.id);
    card.title = c.in.title;
    card.state_label = state_label(ctx.lang, c.state);
    card.goal = web::Money{c.in.goal_minor, c.in.currency};
    card.confirmed = web::Money{c.confirmed_minor, c.in.currency};
    card.percent = progress_percent(c.confirmed_minor, c.in.goal_minor);
    v.items.push_back(std::move(card));
  }
  v.can_create = can(ctx.actor, Action::create, *subject).allowed;
  v.new_url = "/projects/" + std::to_string(project.id) + "/campaigns/new";
  if (v.items.empty() && !v.can_create) return {};
  std::string buf;
  web::Out out{buf, ctx.lang, i18n::catalogue(ctx.lang)};
  tpl::campaigns_section(out, v);
  return buf;
}

Result<std::optional<digest::Extra>> donor_updates(store::Db& db, const digest::Candidate& member,
                                                   i18n::Lang lang, core::Seconds) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto found =
      campaign_store::updates_for_donor(**lease, member.member_id, member.since, kUpdatesPerDigest);
  if (!found) return found.error();
  if (found->empty()) return std::optional<digest::Extra>{};
  digest::Extra extra;
  extra.heading = text(lang, "campaigns.digest.heading");
  for (const auto& u : *found) {
    extra.lines.push_back({i18n::format(lang, "campaigns.digest.line",
                                        {{"campaign", u.campaign_title}, {"title", u.title}}),
                           "/campaigns/" + std::to_string(u.campaign_id)});
  }
  return std::optional<digest::Extra>{std::move(extra)};
}

}  // namespace

void register_hooks() {
  static std::once_flag once;
  std::call_once(once, [] {
    projects::add_project_section(section);
    digest::add_source(donor_updates);
  });
}

}  // namespace comdev::campaigns
