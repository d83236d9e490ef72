// Helpers of the index's queries (internal to src/match): the running top k, per-thread "already
// scored" marks, and the slack that keeps bounds computed in floats on the safe side.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace comdev::match::detail {

// Bounds are stored as floats rounded up, but sums of them are rounded again: a candidate is
// dismissed only when its bound is below the k-th score by more than this.
inline constexpr double kSlack = 1e-6;

struct Ranked {
  double score;
  std::int64_t id;
  std::uint32_t slot;
};

// "Keep the best k": the worst of the best on top of a heap; equal scores by smaller id first.
class TopK {
 public:
  explicit TopK(std::size_t k) : k_(k) { heap_.reserve(k + 1); }
  bool full() const { return k_ > 0 && heap_.size() >= k_; }
  // The score a candidate must reach; -1 while the heap is not full.
  double floor() const { return full() ? heap_.front().score : -1; }
  // Whether a candidate whose score is at most `bound` can still enter.
  bool could_enter(double bound) const { return !full() || bound + kSlack >= floor(); }
  void offer(const Ranked& c) {
    if (k_ == 0) return;
    if (heap_.size() < k_) {
      heap_.push_back(c);
      std::push_heap(heap_.begin(), heap_.end(), worse);
    } else if (worse(c, heap_.front())) {
      std::pop_heap(heap_.begin(), heap_.end(), worse);
      heap_.back() = c;
      std::push_heap(heap_.begin(), heap_.end(), worse);
    }
  }
  std::vector<Ranked> sorted() {
    std::sort(heap_.begin(), heap_.end(), worse);
    return heap_;
  }

 private:
  static bool worse(const Ranked& a, const Ranked& b) {
    return a.score > b.score || (a.score == b.score && a.id < b.id);
  }
  std::size_t k_;
  std::vector<Ranked> heap_;
};

// Per-thread marks sized to a table; a generation counter avoids clearing them.
struct Seen {
  std::vector<std::uint32_t> mark;
  std::uint32_t generation = 0;
  void start(std::size_t n) {
    if (mark.size() < n) mark.resize(n, 0);
    if (++generation == 0) {
      std::fill(mark.begin(), mark.end(), 0);
      generation = 1;
    }
  }
  bool first_time(std::uint32_t slot) {
    if (mark[slot] == generation) return false;
    mark[slot] = generation;
    return true;
  }
};

}  // namespace comdev::match::detail
