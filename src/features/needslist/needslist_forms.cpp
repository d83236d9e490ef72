#include "features/needslist/needslist_forms.h"

#include <algorithm>
#include <charconv>

#include "core/sectors.h"
#include "http/percent.h"

namespace comdev::needslist {
namespace {

std::optional<std::int64_t> number(std::string_view s) {
  std::int64_t n = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return n;
}

template <class List>
std::optional<std::int64_t> index_in(const List& list, std::string_view v) {
  for (std::size_t i = 0; i < std::size(list); ++i)
    if (list[i] == v) return static_cast<std::int64_t>(i);
  return std::nullopt;
}

// A place of `kind` named by its id or slug.
std::optional<std::int64_t> place(const Dictionary& d, std::string_view v, std::string_view kind) {
  std::int64_t id = 0;
  if (auto n = number(v)) {
    id = *n;
  } else if (auto it = d.place_by_slug.find(std::string(v)); it != d.place_by_slug.end()) {
    id = it->second;
  }
  const Place* p = d.place(id);
  if (p == nullptr || p->kind != kind) return std::nullopt;
  return id;
}

std::optional<std::int64_t> skill(const Dictionary& d, std::string_view v) {
  std::int64_t id = 0;
  if (auto n = number(v)) {
    id = *n;
  } else if (auto it = d.skill_by_slug.find(std::string(v)); it != d.skill_by_slug.end()) {
    id = it->second;
  }
  if (d.skill(id) == nullptr) return std::nullopt;
  return id;
}

std::optional<std::int64_t> parse_value(Facet f, std::string_view v, const Dictionary& d) {
  switch (f) {
    case Facet::type:
      return index_in(kKinds, v);
    case Facet::skill:
      return skill(d, v);
    case Facet::sector:
      return index_in(core::kSectors, v);
    case Facet::commune:
      return place(d, v, "commune");
    case Facet::province:
      return place(d, v, "province");
    case Facet::mode:
      return index_in(kModes, v);
    case Facet::period: {
      auto m = parse_month(v);
      if (!m) return std::nullopt;
      return *m;
    }
  }
  return std::nullopt;
}

}  // namespace

ListRequest parse_list_request(const http::Form& q, const Dictionary& dict, bool api) {
  ListRequest out;
  for (int i = 0; i < kFacets; ++i) {
    auto f = static_cast<Facet>(i);
    std::string_view v = q.get(kFacetNames[i]);
    // `kind` is the needs' own word for their type (the needs feature's forms and JSON use it).
    if (v.empty() && f == Facet::type) v = q.get("kind");
    if (v.empty()) continue;
    auto key = parse_value(f, v, dict);
    if (key) {
      out.query.filters[i] = *key;
    } else {
      out.errors.push_back({std::string(kFacetNames[i]), "needslist.errors.filter"});
    }
  }
  if (auto p = q.get("page"); !p.empty()) {
    auto n = number(p);
    if (n && *n >= 1 && *n <= kMaxPage) {
      out.query.page = *n;
    } else {
      out.errors.push_back({"page", "needslist.errors.page"});
    }
  }
  out.query.per_page = kPerPage;
  if (auto p = q.get("per_page"); api && !p.empty()) {
    auto n = number(p);
    if (n && *n >= 1 && *n <= kMaxPerPage) {
      out.query.per_page = static_cast<int>(*n);
    } else {
      out.errors.push_back({"per_page", "needslist.errors.per_page"});
    }
  }
  return out;
}

std::string url_value(Facet f, std::int64_t key, const Dictionary& d) {
  switch (f) {
    case Facet::type:
      return key >= 0 && key < 3 ? std::string(kKinds[key]) : "";
    case Facet::mode:
      return key >= 0 && key < 3 ? std::string(kModes[key]) : "";
    case Facet::sector:
      return key >= 0 && key < static_cast<std::int64_t>(core::kSectors.size())
                 ? std::string(core::kSectors[key])
                 : "";
    case Facet::skill: {
      const SkillName* s = d.skill(key);
      return s ? s->slug : std::to_string(key);
    }
    case Facet::commune:
    case Facet::province:
      return std::to_string(key);
    case Facet::period:
      return month_text(static_cast<std::int32_t>(key));
  }
  return {};
}

std::string query_string(const Query& q, const Dictionary& d, std::int64_t page) {
  std::string out;
  for (int i = 0; i < kFacets; ++i) {
    if (!q.filters[i]) continue;
    if (!out.empty()) out += '&';
    out += std::string(kFacetNames[i]) + "=" +
           http::percent_encode(url_value(static_cast<Facet>(i), *q.filters[i], d));
  }
  if (page > 1) out += (out.empty() ? "page=" : "&page=") + std::to_string(page);
  return out;
}

}  // namespace comdev::needslist
