// RecentCache<V>: values read from the database (a count, the skill taxonomy, the list of places)
// kept by key while this process has recorded no change since they were read
// (local_write_generation) and for at most max_age, the delay within which another instance's
// writes show. What pages read on every request but changes rarely is read once a few seconds.
//
// Thread-safety: get() from any thread. Two threads missing the same key both compute it (no lock
// is held while computing); the last one stored wins. Entries are dropped all at once when there
// are max_entries of them (a crawler walking filter combinations), not tracked by age.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "core/result.h"
#include "features/changes/change_log_store.h"

namespace comdev::changes {

template <class V>
class RecentCache {
 public:
  explicit RecentCache(std::chrono::milliseconds max_age = std::chrono::seconds(5),
                       std::size_t max_entries = 1024)
      : max_age_(max_age), max_entries_(max_entries) {}

  // The value under `key`, computed by `compute()` (a Result<V>) when missing or stale. An error
  // is returned and not kept.
  template <class F>
  Result<std::shared_ptr<const V>> get(const std::string& key, F&& compute) {
    auto now = std::chrono::steady_clock::now();
    auto generation = local_write_generation();  // before reading: a later write invalidates
    {
      std::lock_guard lock(mu_);
      auto it = entries_.find(key);
      if (it != entries_.end() && it->second.generation == generation &&
          now - it->second.at < max_age_) {
        return it->second.value;
      }
    }
    Result<V> fresh = compute();
    if (!fresh) return fresh.error();
    auto value = std::make_shared<const V>(std::move(*fresh));
    std::lock_guard lock(mu_);
    if (entries_.size() >= max_entries_) entries_.clear();
    entries_[key] = Entry{value, generation, now};
    return std::shared_ptr<const V>(value);
  }

 private:
  struct Entry {
    std::shared_ptr<const V> value;
    std::uint64_t generation = 0;
    std::chrono::steady_clock::time_point at;
  };
  std::chrono::milliseconds max_age_;
  std::size_t max_entries_;
  std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace comdev::changes
