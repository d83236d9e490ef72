#include "features/digest/digest_job.h"

#include <unordered_map>

#include "core/log.h"
#include "features/digest/digest_mail.h"
#include "features/digest/digest_rules.h"
#include "features/digest/digest_sources.h"
#include "features/digest/digest_store.h"
#include "web/session.h"

namespace comdev::digest {
namespace {

// The new needs of `c` among their best matches, best first, each with why it suits them.
Result<std::vector<Item>> compose_items(store::Db& db, matching::Service& matching,
                                        const Candidate& c, core::Seconds now) {
  std::vector<Item> items;
  auto matches = matching.needs_for_member(c.member_id, kMatchesLookedAt);
  if (!matches || matches->empty()) return items;
  std::vector<std::int64_t> ids;
  std::vector<Scored> scored;
  std::unordered_map<std::int64_t, const match::Match*> by_id;
  for (const auto& m : *matches) {
    ids.push_back(m.id);
    scored.push_back({m.id, m.scored.score});
    by_id[m.id] = &m;
  }
  auto fresh = digest_store::new_needs(db, c.member_id, ids, c.since, now);
  if (!fresh) return fresh.error();
  std::unordered_map<std::int64_t, std::string> created;
  std::unordered_map<std::int64_t, const NewNeed*> need_of;
  for (const auto& n : *fresh) {
    created[n.id] = n.created_at;
    need_of[n.id] = &n;
  }
  i18n::Lang lang = i18n::parse_lang(c.lang).value_or(i18n::kDefaultLang);
  for (const auto& p : pick_new(scored, created)) {
    Item item;
    item.need = *need_of.at(p.need_id);
    item.score = p.score;
    item.why = matching::why(db, lang, by_id.at(p.need_id)->scored.reasons);
    items.push_back(std::move(item));
  }
  return items;
}

// What the other features add for `c` (digest_sources.h); sources with nothing are left out.
Result<std::vector<Extra>> compose_extras(store::Db& db, const Candidate& c, core::Seconds now) {
  i18n::Lang lang = i18n::parse_lang(c.lang).value_or(i18n::kDefaultLang);
  std::vector<Extra> out;
  for (const auto& source : sources()) {
    auto extra = source(db, c, lang, now);
    if (!extra) return extra.error();
    if (*extra && !(*extra)->lines.empty()) out.push_back(std::move(**extra));
  }
  return out;
}

}  // namespace

Result<Report> send_due(store::Db& db, matching::Service& matching, mail::Mailer& mailer,
                        std::string_view base_url, core::Seconds now,
                        const std::atomic<bool>* stop) {
  Report report;
  std::int64_t after = 0;
  for (;;) {
    auto batch = digest_store::due(db, now, after, kBatch);
    if (!batch) return batch.error();
    if (batch->empty()) break;
    for (const Candidate& c : *batch) {
      if (stop && stop->load()) return report;
      after = c.member_id;
      ++report.looked_at;
      std::string period = period_key(c.frequency, now);
      auto items = compose_items(db, matching, c, now);
      if (!items) return items.error();
      auto extras = compose_extras(db, c, now);
      if (!extras) return extras.error();
      if (items->empty() && extras->empty()) {
        // No e-mail without new content; look again later in the period.
        if (auto st = digest_store::mark_empty(db, c.member_id, period, now, now + kEmptyRecheck);
            !st) {
          return st.error();
        }
        ++report.empty;
        continue;
      }
      std::string token = web::random_token();
      auto won = digest_store::claim(db, c.member_id, period, now,
                                     budget_window_start(c.frequency, now), web::hash_token(token));
      if (!won) return won.error();
      if (!*won) {
        ++report.lost;
        continue;
      }
      // Sent after the claim's commit; the claim's lease covers the relay's time-outs.
      if (auto st = mailer.send(compose(c, *items, *extras, base_url, token)); !st) {
        log::warn("digest not sent, retried after the lease", {{"member_id", c.member_id}});
        ++report.failed;
        continue;
      }
      // The e-mail is gone: record it, trying twice (a lost record would let the digest go
      // again once the lease passes).
      auto mark = [&] {
        return digest_store::mark_sent(db, c.member_id, period, now, core::iso(now),
                                       static_cast<int>(items->size()));
      };
      if (auto st = mark(); !st) {
        if (auto again = mark(); !again) return again.error();
      }
      ++report.sent;
    }
  }
  return report;
}

Job::Job(store::Db& db, std::shared_ptr<matching::Service> matching, mail::Mailer& mailer,
         const Config& config)
    : db_(db), matching_(std::move(matching)), mailer_(mailer), config_(config) {
  thread_ = std::thread([this] { run(); });
}

Job::~Job() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
    stopping_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Job::run() {
  const auto period = std::chrono::seconds(config_.digest_period_seconds);
  std::unique_lock lock(mu_);
  while (!cv_.wait_for(lock, period, [this] { return stop_; })) {
    lock.unlock();
    auto r = send_due(db_, *matching_, mailer_, config_.base_url, core::now(), &stopping_);
    if (!r) {
      log::warn("digest run failed", {{"error", r.error().detail}});
    } else if (r->looked_at > 0) {
      log::info("digest run", {{"due", r->looked_at},
                               {"sent", r->sent},
                               {"empty", r->empty},
                               {"lost", r->lost},
                               {"failed", r->failed}});
    }
    lock.lock();
  }
}

}  // namespace comdev::digest
