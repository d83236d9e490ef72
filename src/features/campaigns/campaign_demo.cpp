// Demo data: demo/campaigns.json — a published campaign on a demo project (found by title), with
// its fund uses, an update, fictional demo pledges (no account behind them, flagged as demo) and
// the collecting association's treasurer, named when the demo account exists. The campaign is
// written once: loading again leaves it (and what visitors did with it) as it is, and only names
// the treasurer if that was not possible before.
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/time.h"
#include "features/campaigns/campaign_module.h"
#include "features/campaigns/campaign_store.h"
#include "features/campaigns/pledge_reference.h"
#include "features/ledger/ledger_store.h"

namespace comdev::campaigns {
namespace {

using nlohmann::json;
namespace st = campaign_store;

std::string str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

std::int64_t num(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
}

Status load_one(store::Conn& c, const json& j, const std::string& where, const std::string& now) {
  auto project = st::project_by_title(c, str(j, "project"));
  if (!project) return project.error();
  if (!*project) return Error::internal(where + ": unknown project " + str(j, "project"));
  auto org = st::organisation_by_name(c, str(j, "organisation"));
  if (!org) return org.error();
  if (!*org) return Error::internal(where + ": unknown organisation " + str(j, "organisation"));
  if (auto email = str(j, "treasurer"); !email.empty()) {
    if (auto named = st::name_treasurer(c, **org, email, 0, now); !named) return named.error();
  }
  auto existing = st::campaign_by_title(c, **project, str(j, "title"));
  if (!existing) return existing.error();
  if (*existing) return {};
  CampaignInput in;
  in.title = str(j, "title");
  in.description_md = str(j, "description_md");
  in.currency = str(j, "currency");
  in.goal_minor = num(j, "goal_minor");
  in.starts_on = str(j, "starts_on");
  in.ends_on = str(j, "ends_on");
  in.organisation_id = **org;
  in.audience = parse_audience(str(j, "audience")).value_or(Audience::diaspora);
  in.authorisation_ref = str(j, "authorisation_ref");
  in.authorisation_on = str(j, "authorisation_on");
  in.bank_details = str(j, "bank_details");
  if (auto uses = j.find("uses"); uses != j.end() && uses->is_array()) {
    for (const auto& u : *uses) in.uses.push_back({str(u, "label"), num(u, "amount_minor")});
  }
  if (in.title.empty() || in.goal_minor <= 0) return Error::internal(where + ": incomplete");
  auto id = st::insert(c, **project, in, 0, true, now);
  if (!id) return id.error();
  if (auto s = st::force_state(c, *id, State::published, now); !s) return s.error();
  if (auto updates = j.find("updates"); updates != j.end() && updates->is_array()) {
    for (const auto& u : *updates) {
      auto at = str(u, "at");
      auto r =
          st::insert_update(c, *id, 0, str(u, "title"), str(u, "body_md"), at.empty() ? now : at);
      if (!r) return r.error();
    }
  }
  if (auto pledges = j.find("pledges"); pledges != j.end() && pledges->is_array()) {
    for (const auto& p : *pledges) {
      st::NewPledge np;
      np.campaign_id = *id;
      np.donor_name = str(p, "donor");
      np.reference = new_reference();
      np.currency = in.currency;
      np.amount_minor = num(p, "amount_minor");
      np.anonymous = p.value("anonymous", false);
      np.demo = true;
      auto pid = st::insert_pledge(c, np, now);
      if (!pid) return pid.error();
      if (!*pid) return Error::internal(where + ": pledge not written");
      auto state = parse_pledge_state(str(p, "state")).value_or(PledgeState::pledged);
      if (state != PledgeState::pledged) {
        auto moved = st::move_pledge(c, **pid, PledgeState::pledged, state, 0, now);
        if (!moved) return moved.error();
      }
      if (state == PledgeState::confirmed) {
        // Confirmed money is on the project's ledger, as a treasurer's confirmation puts it.
        ledger::NewEntry e;
        e.project_id = **project;
        e.kind = ledger::Kind::money_in;
        e.amount_minor = np.amount_minor;
        e.currency = np.currency;
        e.occurred_on = now.substr(0, 10);
        e.label = "Don " + display_reference(np.reference) + " : " + in.title;
        e.piece = display_reference(np.reference);
        e.pledge_id = **pid;
        e.recorded_at = now;
        if (auto entry = ledger::ledger_store::append_entry(c, e); !entry) return entry.error();
      }
    }
  }
  return {};
}

}  // namespace

Status load_demo(store::Db& db, const std::filesystem::path& demo_dir) {
  auto path = demo_dir / "campaigns.json";
  std::ifstream in(path);
  if (!in) return Error::internal("cannot read " + path.string());
  json doc = json::parse(in, nullptr, false);
  auto list = doc.is_object() ? doc.find("campaigns") : doc.end();
  if (doc.is_discarded() || list == doc.end() || !list->is_array()) {
    return Error::internal(path.string() + ": no list of campaigns");
  }
  auto now = core::iso_now();
  auto done = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    for (std::size_t i = 0; i < list->size(); ++i) {
      auto where = path.filename().string() + "[" + std::to_string(i) + "]";
      if (auto s = load_one(c, (*list)[i], where, now); !s) return s.error();
    }
    return true;
  });
  if (!done) return done.error();
  return {};
}

}  // namespace comdev::campaigns
