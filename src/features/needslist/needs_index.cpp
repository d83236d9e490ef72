#include "features/needslist/needs_index.h"

#include <algorithm>
#include <bit>
#include <tuple>

#include "core/sectors.h"

namespace comdev::needslist {
namespace {

using Words = std::vector<std::uint64_t>;
constexpr std::uint16_t kNone = 0xFFFF;
constexpr std::size_t kCacheMax = 512;

int idx(Facet f) {
  return static_cast<int>(f);
}

bool one_valued(int f) {
  auto facet = static_cast<Facet>(f);
  return facet == Facet::type || facet == Facet::commune || facet == Facet::province ||
         facet == Facet::mode;
}

template <std::size_t N>
std::optional<std::int64_t> position(const std::string_view (&list)[N], std::string_view v) {
  for (std::size_t i = 0; i < N; ++i)
    if (list[i] == v) return static_cast<std::int64_t>(i);
  return std::nullopt;
}

// The (facet, key) pairs an entry is found under.
std::vector<std::pair<int, std::int64_t>> keys_of(const NeedEntry& e) {
  std::vector<std::pair<int, std::int64_t>> out;
  if (auto k = position(kKinds, e.kind)) out.emplace_back(idx(Facet::type), *k);
  for (auto id : e.skill_ids) out.emplace_back(idx(Facet::skill), id);
  for (const auto& s : e.sectors) {
    auto it = std::find(core::kSectors.begin(), core::kSectors.end(), s);
    if (it != core::kSectors.end())
      out.emplace_back(idx(Facet::sector), it - core::kSectors.begin());
  }
  if (e.commune_id != 0) out.emplace_back(idx(Facet::commune), e.commune_id);
  if (e.province_id != 0) out.emplace_back(idx(Facet::province), e.province_id);
  if (auto k = position(kModes, e.mode)) out.emplace_back(idx(Facet::mode), *k);
  for (auto m : months_of(e.period_start, e.period_end)) out.emplace_back(idx(Facet::period), m);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool older(const NeedEntry& a, const NeedEntry& b) {
  return std::tie(a.created_at, a.id) < std::tie(b.created_at, b.id);
}

std::int64_t popcount(const Words& w) {
  std::int64_t n = 0;
  for (auto x : w) n += std::popcount(x);
  return n;
}

std::int64_t popcount_and(const Words& a, const Words& b) {
  std::int64_t n = 0;
  for (std::size_t i = 0; i < a.size(); ++i) n += std::popcount(a[i] & b[i]);
  return n;
}

template <class F>
void for_each_bit(const Words& w, F&& fn) {
  for (std::size_t i = 0; i < w.size(); ++i) {
    for (auto x = w[i]; x != 0; x &= x - 1)
      fn(static_cast<std::uint32_t>(i * 64 + std::countr_zero(x)));
  }
}

using Facets = std::array<std::vector<FacetValue>, kFacets>;

std::string cache_key(const Query& q) {
  std::string k;
  for (const auto& f : q.filters) k += f ? std::to_string(*f) + "," : std::string(",");
  return k;
}

}  // namespace

struct NeedsIndex::State {
  std::vector<NeedEntry> entries;                           // by slot, oldest first
  std::vector<std::vector<std::uint32_t>> values;           // by slot: facet << 16 | value number
  std::unordered_map<std::int64_t, std::uint32_t> slot_of;  // need id → slot
  std::unordered_map<std::int64_t, std::vector<std::uint32_t>> project_slots;
  std::array<std::unordered_map<std::int64_t, std::uint16_t>, kFacets> number_of;  // key → value
  std::array<std::vector<std::int64_t>, kFacets> keys;                             // value → key
  std::array<std::vector<Words>, kFacets> bits;            // value → open slots carrying it
  std::array<std::vector<std::int64_t>, kFacets> counts;   // value → open slots carrying it
  std::array<std::vector<std::uint16_t>, kFacets> column;  // one-valued facets: slot → value
  Words open;
  std::size_t words = 0;
  std::int64_t open_count = 0;

  std::mutex cache_mu;
  std::unordered_map<std::string, std::shared_ptr<const Facets>> cache;
  std::int64_t computed = 0, hits = 0;
  std::uint64_t version = 0;  // bumped by every write that changed what a query returns

  std::uint16_t number(int f, std::int64_t key) {
    auto [it, added] = number_of[f].try_emplace(key, static_cast<std::uint16_t>(keys[f].size()));
    if (added) {
      if (keys[f].size() >= kNone) {  // more values than a column can name: not indexed
        number_of[f].erase(it);
        return kNone;
      }
      keys[f].push_back(key);
      bits[f].emplace_back(words, 0);
      counts[f].push_back(0);
    }
    return it->second;
  }

  void grow(std::size_t slots) {
    for (int f = 0; f < kFacets; ++f)
      if (one_valued(f)) column[f].resize(slots, kNone);
    std::size_t need = (slots + 63) / 64;
    if (need <= words) return;
    std::size_t w = std::max<std::size_t>(need, words * 2);
    open.resize(w, 0);
    for (auto& per_facet : bits)
      for (auto& b : per_facet) b.resize(w, 0);
    words = w;
  }

  void list(std::uint32_t slot) {
    open[slot / 64] |= std::uint64_t{1} << (slot % 64);
    ++open_count;
    for (auto v : values[slot]) {
      int f = static_cast<int>(v >> 16);
      auto n = static_cast<std::uint16_t>(v & 0xFFFF);
      bits[f][n][slot / 64] |= std::uint64_t{1} << (slot % 64);
      ++counts[f][n];
      if (one_valued(f)) column[f][slot] = n;
    }
  }

  void unlist(std::uint32_t slot) {
    open[slot / 64] &= ~(std::uint64_t{1} << (slot % 64));
    --open_count;
    for (auto v : values[slot]) {
      int f = static_cast<int>(v >> 16);
      auto n = static_cast<std::uint16_t>(v & 0xFFFF);
      bits[f][n][slot / 64] &= ~(std::uint64_t{1} << (slot % 64));
      --counts[f][n];
      if (one_valued(f)) column[f][slot] = kNone;
    }
  }

  std::vector<std::uint32_t> numbers_of(const NeedEntry& e) {
    std::vector<std::uint32_t> out;
    for (auto [f, key] : keys_of(e)) {
      auto n = number(f, key);
      if (n != kNone) out.push_back(static_cast<std::uint32_t>(f) << 16 | n);
    }
    return out;
  }

  void append(NeedEntry e) {
    auto slot = static_cast<std::uint32_t>(entries.size());
    slot_of[e.id] = slot;
    project_slots[e.project_id].push_back(slot);
    values.push_back(numbers_of(e));
    bool is_open = e.open;
    entries.push_back(std::move(e));
    grow(entries.size());
    if (is_open) list(slot);
  }

  // Sorts the open entries and lays every structure out again; slots of needs that left the
  // list are reclaimed.
  void rebuild(std::vector<NeedEntry> all) {
    std::erase_if(all, [](const NeedEntry& e) { return !e.open; });
    std::sort(all.begin(), all.end(), older);
    entries.clear();
    values.clear();
    slot_of.clear();
    project_slots.clear();
    for (int f = 0; f < kFacets; ++f) {
      number_of[f].clear();
      keys[f].clear();
      bits[f].clear();
      counts[f].clear();
      column[f].clear();
    }
    open.clear();
    words = 0;
    open_count = 0;
    entries.reserve(all.size());
    values.reserve(all.size());
    grow(all.size());
    for (auto& e : all) append(std::move(e));
  }

  void forget_cache() {
    std::lock_guard lock(cache_mu);
    cache.clear();
    ++version;
  }

  // A need's slot leaves the list but stays known, so reopening it keeps its place.
  void close(std::uint32_t slot) {
    if (entries[slot].open) unlist(slot);
    entries[slot].open = false;
  }

  void compact_if_sparse() {
    auto closed = static_cast<std::int64_t>(entries.size()) - open_count;
    if (closed > std::max<std::int64_t>(1024, open_count)) rebuild(std::move(entries));
  }

  Words and_of(const std::array<const Words*, kFacets>& sel, int except) const {
    Words w = open;
    for (int f = 0; f < kFacets; ++f) {
      if (f == except || sel[f] == nullptr) continue;
      const Words& b = *sel[f];
      for (std::size_t i = 0; i < words; ++i) w[i] &= b[i];
    }
    return w;
  }

  // How many slots of `s` carry each value of facet f: a popcount per value, or a walk over
  // the slots of `s`, whichever reads fewer words.
  std::vector<std::int64_t> count(const Words& s, std::int64_t in_s, int f) const {
    std::size_t n = keys[f].size();
    std::vector<std::int64_t> c(n, 0);
    auto walk = static_cast<std::size_t>(in_s) * (one_valued(f) ? 2 : 8) + words;
    if (walk < n * words) {
      if (one_valued(f)) {
        const auto& col = column[f];
        for_each_bit(s, [&](std::uint32_t slot) {
          if (col[slot] != kNone) ++c[col[slot]];
        });
      } else {
        for_each_bit(s, [&](std::uint32_t slot) {
          for (auto v : values[slot])
            if (static_cast<int>(v >> 16) == f) ++c[v & 0xFFFF];
        });
      }
    } else {
      for (std::size_t v = 0; v < n; ++v) c[v] = popcount_and(s, bits[f][v]);
    }
    return c;
  }
};

std::optional<std::int32_t> month_of(std::string_view d) {
  if (d.size() < 7 || d[4] != '-') return std::nullopt;
  int y = 0, m = 0;
  for (int i = 0; i < 4; ++i) {
    if (d[i] < '0' || d[i] > '9') return std::nullopt;
    y = y * 10 + (d[i] - '0');
  }
  for (int i = 5; i < 7; ++i) {
    if (d[i] < '0' || d[i] > '9') return std::nullopt;
    m = m * 10 + (d[i] - '0');
  }
  if (m < 1 || m > 12) return std::nullopt;
  return y * 12 + m - 1;
}

std::optional<std::int32_t> parse_month(std::string_view yyyy_mm) {
  if (yyyy_mm.size() != 7) return std::nullopt;
  return month_of(yyyy_mm);
}

std::string month_text(std::int32_t month) {
  int y = month / 12, m = month % 12 + 1;
  std::string out = std::to_string(y) + "-";
  if (m < 10) out += '0';
  return out + std::to_string(m);
}

std::vector<std::int32_t> months_of(std::string_view start, std::string_view end) {
  auto a = month_of(start);
  if (!a) return {};
  auto b = month_of(end.empty() ? start : end);
  if (!b || *b < *a) b = a;
  std::vector<std::int32_t> out;
  for (auto m = *a; m <= *b && out.size() < kMaxMonths; ++m) out.push_back(m);
  return out;
}

NeedsIndex::NeedsIndex() : s_(std::make_unique<State>()) {}
NeedsIndex::~NeedsIndex() = default;

void NeedsIndex::replace_all(std::vector<NeedEntry> entries) {
  std::unique_lock lock(mu_);
  s_->rebuild(std::move(entries));
  s_->forget_cache();
}

void NeedsIndex::upsert(std::vector<NeedEntry> entries) {
  std::unique_lock lock(mu_);
  State& s = *s_;
  bool resort = false, changed = false;
  for (auto& e : entries) {
    auto it = s.slot_of.find(e.id);
    if (it == s.slot_of.end()) {
      if (!e.open) continue;
      changed = true;
      if (!s.entries.empty() && older(e, s.entries.back())) resort = true;
      s.append(std::move(e));
      continue;
    }
    std::uint32_t slot = it->second;
    NeedEntry& old = s.entries[slot];
    // The follower re-reads recent changes for a few seconds: the same need again changes nothing
    // and keeps the cached counts.
    if (old == e) continue;
    changed = true;
    if (old.open) s.unlist(slot);
    if (old.created_at != e.created_at) resort = true;
    if (old.project_id != e.project_id) {
      std::erase(s.project_slots[old.project_id], slot);
      s.project_slots[e.project_id].push_back(slot);
    }
    s.values[slot] = s.numbers_of(e);
    bool is_open = e.open;
    old = std::move(e);
    if (is_open) s.list(slot);
  }
  // A need older than the newest one listed (written late by another instance, or reopened
  // after the build) cannot be appended in order: lay the index out again (rare).
  if (resort) {
    s.rebuild(std::move(s.entries));
  } else {
    s.compact_if_sparse();
  }
  if (changed) s.forget_cache();
}

void NeedsIndex::remove(std::span<const std::int64_t> need_ids) {
  std::unique_lock lock(mu_);
  for (auto id : need_ids) {
    auto it = s_->slot_of.find(id);
    if (it != s_->slot_of.end()) s_->close(it->second);
  }
  s_->compact_if_sparse();
  s_->forget_cache();
}

void NeedsIndex::retain_project_needs(std::int64_t project_id, std::span<const std::int64_t> keep) {
  std::unique_lock lock(mu_);
  auto it = s_->project_slots.find(project_id);
  if (it == s_->project_slots.end()) return;
  bool changed = false;
  for (auto slot : it->second) {
    if (s_->entries[slot].open &&
        std::find(keep.begin(), keep.end(), s_->entries[slot].id) == keep.end()) {
      s_->close(slot);
      changed = true;
    }
  }
  if (!changed) return;
  s_->compact_if_sparse();
  s_->forget_cache();
}

std::int64_t NeedsIndex::open_count() const {
  std::shared_lock lock(mu_);
  return s_->open_count;
}

std::uint64_t NeedsIndex::version() const {
  std::lock_guard lock(s_->cache_mu);
  return s_->version;
}

std::pair<std::int64_t, std::int64_t> NeedsIndex::cache_stats() const {
  std::lock_guard lock(s_->cache_mu);
  return {s_->computed, s_->hits};
}

QueryResult NeedsIndex::query(const Query& q) const {
  std::shared_lock lock(mu_);
  const State& s = *s_;
  QueryResult out;
  // The bitset of each filter; a value no open need carries selects nothing.
  Words nothing;
  std::array<const Words*, kFacets> sel{};
  for (int f = 0; f < kFacets; ++f) {
    if (!q.filters[f]) continue;
    auto it = s.number_of[f].find(*q.filters[f]);
    if (it != s.number_of[f].end()) {
      sel[f] = &s.bits[f][it->second];
    } else {
      nothing.assign(s.words, 0);
      sel[f] = &nothing;
    }
  }
  Words r = s.and_of(sel, -1);
  out.total = popcount(r);

  // The page: skip whole words by their popcount from the newest slot down.
  std::int64_t page = std::clamp<std::int64_t>(q.page, 1, 10'000'000);
  int per_page = std::clamp(q.per_page, 1, 500);
  std::int64_t skip = (page - 1) * per_page;
  for (std::size_t i = s.words; i-- > 0 && skip < out.total;) {
    std::uint64_t w = r[i];
    if (w == 0) continue;
    int c = std::popcount(w);
    if (skip >= c) {
      skip -= c;
      continue;
    }
    for (; w != 0 && static_cast<int>(out.needs.size()) < per_page;) {
      int b = 63 - std::countl_zero(w);
      w &= ~(std::uint64_t{1} << b);
      if (skip > 0) {
        --skip;
        continue;
      }
      out.needs.push_back(s.entries[i * 64 + b]);
    }
    if (static_cast<int>(out.needs.size()) == per_page) break;
  }

  std::string key = cache_key(q);
  {
    std::lock_guard cl(s_->cache_mu);
    auto it = s_->cache.find(key);
    if (it != s_->cache.end()) {
      ++s_->hits;
      out.facets = *it->second;
      return out;
    }
  }
  auto facets = std::make_shared<Facets>();
  int active = 0;
  for (int f = 0; f < kFacets; ++f) active += sel[f] != nullptr;
  for (int f = 0; f < kFacets; ++f) {
    std::vector<std::int64_t> c;
    if (sel[f] == nullptr) {
      c = active == 0 ? s.counts[f] : s.count(r, out.total, f);
    } else if (active == 1) {
      c = s.counts[f];  // only this filter: its values count over every open need
    } else {
      Words others = s.and_of(sel, f);
      c = s.count(others, popcount(others), f);
    }
    auto& list = (*facets)[f];
    for (std::size_t v = 0; v < c.size(); ++v) {
      if (c[v] > 0 || (q.filters[f] && *q.filters[f] == s.keys[f][v]))
        list.push_back({s.keys[f][v], c[v]});
    }
    if (q.filters[f] && sel[f] == &nothing) list.push_back({*q.filters[f], 0});
    std::sort(list.begin(), list.end(),
              [](const FacetValue& a, const FacetValue& b) { return a.key < b.key; });
  }
  {
    std::lock_guard cl(s_->cache_mu);
    ++s_->computed;
    if (s_->cache.size() >= kCacheMax) s_->cache.clear();
    s_->cache.emplace(std::move(key), facets);
  }
  out.facets = *facets;
  return out;
}

}  // namespace comdev::needslist
