#include "match/postings.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace comdev::match::detail {

float up(double x) {
  auto f = static_cast<float>(x);
  if (static_cast<double>(f) < x) f = std::nextafter(f, std::numeric_limits<float>::infinity());
  return f;
}

std::uint8_t up255(double x) {
  return static_cast<std::uint8_t>(std::clamp(std::ceil(x * 255.0), 0.0, 255.0));
}

namespace {
constexpr Day kDay2000 = 10957;
}

std::uint16_t day16(Day d) {
  return static_cast<std::uint16_t>(
      std::clamp<std::int64_t>(std::int64_t(d) - kDay2000, 0, 0xFFFF));
}
Day span_first(std::uint16_t d) {
  return d == 0 ? std::numeric_limits<Day>::min() : kDay2000 + d;
}
Day span_last(std::uint16_t d) {
  return d == 0xFFFF ? std::numeric_limits<Day>::max() : kDay2000 + d;
}

double remote_credit(int hours, const Weights& w) {
  if (hours <= 0) return 0;
  return std::min(1.0, double(hours) / w.full_remote_hours);
}

void ExpertList::add(const ExpertPosting& p) {
  tail.push_back(p);
  // Merging costs the whole list; waiting until the tail is an eighth of it keeps a bulk load
  // linear overall while queries, which read the tail in full, stay cheap.
  if (tail.size() > std::max<std::size_t>(128, sorted.size() / 8)) merge_tail();
}

void ExpertList::merge_tail() {
  if (tail.empty()) return;
  std::sort(tail.begin(), tail.end(), before);
  std::size_t middle = sorted.size();
  sorted.insert(sorted.end(), tail.begin(), tail.end());
  std::inplace_merge(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(middle),
                     sorted.end(), before);
  tail.clear();
  tail.shrink_to_fit();
}

bool ExpertList::remove(const ExpertPosting& p) {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), p, before);
  if (it != sorted.end() && it->slot == p.slot && it->key == p.key) {
    sorted.erase(it);
    return true;
  }
  for (auto& t : tail) {
    if (t.slot != p.slot) continue;
    t = tail.back();
    tail.pop_back();
    return true;
  }
  return false;
}

}  // namespace comdev::match::detail
