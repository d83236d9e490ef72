#include "features/changes/change_follower.h"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "core/log.h"
#include "core/time.h"

namespace comdev::changes {

Follower::Follower(store::Db& db) : db_(db) {
  applied_generation_ = local_write_generation();
  for (auto topic : {kProject, kNeed, kOrganisation, kProfile, kSkill})
    applied_topics_[std::string(topic)] = local_write_generation(topic);
  if (auto id = change_log_store::latest_id(db_)) last_id_ = *id;
}

Follower::~Follower() {
  stop();
}

void Follower::subscribe(std::string topic, Listener listener) {
  listeners_.emplace_back(std::move(topic), std::move(listener));
}

void Follower::start(std::chrono::milliseconds period) {
  if (thread_.joinable()) return;
  thread_ = std::thread([this, period] {
    std::unique_lock lock(mu_);
    while (!stop_) {
      cv_.wait_for(lock, period, [this] { return stop_; });
      if (stop_) break;
      lock.unlock();
      poll();
      lock.lock();
    }
  });
}

void Follower::stop() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Follower::catch_up() {
  // Compared with what the last *finished* poll applied: a poll under way may have read the log
  // before this process's write, or be applying it still; poll() waits for it (one at a time)
  // and reads again, so the write is in every index on return.
  if (local_write_generation() != applied_generation_.load()) poll();
}

void Follower::catch_up(std::initializer_list<std::string_view> topics) {
  bool behind = false;
  {
    std::lock_guard lock(applied_mu_);
    for (auto topic : topics) {
      auto it = applied_topics_.find(topic);
      behind = behind || it == applied_topics_.end() || it->second != local_write_generation(topic);
    }
  }
  if (behind) poll();
}

void Follower::poll() {
  std::lock_guard lock(poll_mu_);
  auto generation = local_write_generation();
  std::map<std::string, std::uint64_t, std::less<>> topic_generations;
  for (const auto& [topic, listener] : listeners_)
    topic_generations[topic] = local_write_generation(topic);
  auto since = core::iso(core::now() - kLookback);
  auto changes = change_log_store::since(db_, last_id_, since);
  if (!changes) {
    log::warn("change log poll failed", {{"error", changes.error().message_id}});
    return;
  }
  // The look-back window returns rows the previous poll already applied: skip those, so each
  // change re-reads its entity once, not once per poll for five seconds.
  std::unordered_set<std::int64_t> returned;
  std::map<std::string, std::vector<std::int64_t>, std::less<>> by_topic;
  for (const auto& c : *changes) {
    last_id_ = std::max(last_id_, c.id);
    returned.insert(c.id);
    if (!applied_.contains(c.id)) by_topic[c.topic].push_back(c.entity_id);
  }
  applied_ = std::move(returned);
  for (auto& [topic, ids] : by_topic) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (const auto& [t, listener] : listeners_)
      if (t == topic) listener(ids);
  }
  applied_generation_ = generation;
  {
    std::lock_guard applied(applied_mu_);
    for (auto& [topic, g] : topic_generations) applied_topics_[topic] = g;
  }
  auto now = std::chrono::steady_clock::now();
  if (now - last_purge_ > std::chrono::hours(1)) {
    last_purge_ = now;
    (void)change_log_store::purge_before(db_, core::iso(core::now() - std::chrono::hours(24)));
  }
}

}  // namespace comdev::changes
