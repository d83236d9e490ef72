// Keeps this process's in-memory indexes current with the change log. Each index subscribes to
// its topics with a function that re-reads the given entities from the database and updates
// itself (it must be safe to apply the same id twice). A background thread polls every `period`;
// pages showing an index call catch_up() first, so a write made by this process is visible on
// the very next request, and a write made by another instance within one period.
//
// Thread-safety: subscribe() before start(); catch_up() and the poll thread may run at once
// (one poll at a time; listeners are called from whichever thread polls).
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <map>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_set>
#include <vector>

#include "features/changes/change_log_store.h"
#include "store/db.h"

namespace comdev::changes {

class Follower {
 public:
  using Listener = std::function<void(std::span<const std::int64_t> entity_ids)>;

  // Remembers the log's current end: build the indexes after this, so nothing written during
  // their build is missed (it is applied by the first poll; applying twice is harmless).
  explicit Follower(store::Db& db);
  ~Follower();
  Follower(const Follower&) = delete;
  Follower& operator=(const Follower&) = delete;

  void subscribe(std::string topic, Listener listener);
  // Starts the poll thread. Also purges log rows older than a day, once an hour.
  void start(std::chrono::milliseconds period = std::chrono::milliseconds(1000));
  void stop();

  // Polls now when this process wrote since the last poll; cheap otherwise (one atomic read).
  void catch_up();
  // Polls now when this process wrote under one of `topics` since the last poll that finished
  // applying. A page showing an index of these topics then does not wait for a poll applying
  // others (after the start, the invitations expired by the mobilisation job make thousands of
  // profile changes for the matching index: the first search waited a second for them).
  void catch_up(std::initializer_list<std::string_view> topics);
  // Polls now, unconditionally (tests, and the poll thread).
  void poll();

  // How far back each poll re-reads, for rows committed late with a smaller id.
  static constexpr std::chrono::seconds kLookback{5};

 private:
  store::Db& db_;
  std::vector<std::pair<std::string, Listener>> listeners_;
  std::mutex poll_mu_;
  std::int64_t last_id_ = 0;
  std::unordered_set<std::int64_t> applied_;  // change ids the last poll returned
  // This process's write generation as of the start of the last poll that finished applying.
  std::atomic<std::uint64_t> applied_generation_{0};
  // The same per topic (local_write_generation(topic)).
  std::mutex applied_mu_;
  std::map<std::string, std::uint64_t, std::less<>> applied_topics_;
  std::chrono::steady_clock::time_point last_purge_{};

  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace comdev::changes
