#include "http/router.h"

#include <algorithm>
#include <set>

namespace comdev::http {
namespace {

// "/a/b" -> {"a", "b"}; "/" -> {""}. Empty segments are kept, so "/a//b" does not match "/a/b".
std::vector<std::string_view> split(std::string_view path) {
  std::vector<std::string_view> parts;
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  std::size_t start = 0;
  while (true) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) {
      parts.push_back(path.substr(start));
      break;
    }
    parts.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return parts;
}

bool method_accepts(Method route, Method request) {
  return route == request || (route == Method::get && request == Method::head);
}

}  // namespace

RouteId Router::add(Method method, std::string pattern) {
  Route r{method, pattern, {}};
  for (std::string_view part : split(pattern)) {
    if (part.size() >= 2 && part.front() == '{' && part.back() == '}') {
      std::string_view name = part.substr(1, part.size() - 2);
      if (name.size() > 3 && name.substr(name.size() - 3) == "...") {
        r.segments.push_back({Kind::tail, std::string(name.substr(0, name.size() - 3))});
      } else {
        r.segments.push_back({Kind::param, std::string(name)});
      }
    } else {
      r.segments.push_back({Kind::literal, std::string(part)});
    }
  }
  routes_.push_back(std::move(r));
  return routes_.size() - 1;
}

bool Router::matches(const Route& r, const std::vector<std::string_view>& parts,
                     std::map<std::string, std::string>* params) const {
  std::size_t i = 0;
  for (const Segment& s : r.segments) {
    if (s.kind == Kind::tail) {
      if (i >= parts.size()) return false;
      std::string rest;
      for (std::size_t k = i; k < parts.size(); ++k) {
        if (k > i) rest += '/';
        rest += parts[k];
      }
      if (rest.empty()) return false;
      if (params) (*params)[s.text] = std::move(rest);
      return true;
    }
    if (i >= parts.size()) return false;
    if (s.kind == Kind::literal) {
      if (parts[i] != s.text) return false;
    } else {
      if (parts[i].empty()) return false;
      if (params) (*params)[s.text] = std::string(parts[i]);
    }
    ++i;
  }
  return i == parts.size();
}

// Compares segment by segment: literal < param < tail; shorter patterns lose to longer ones
// only when all shared segments are equally specific (they cannot both match otherwise).
bool Router::more_specific(const Route& a, const Route& b) {
  std::size_t n = std::min(a.segments.size(), b.segments.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (a.segments[i].kind != b.segments[i].kind) return a.segments[i].kind < b.segments[i].kind;
  }
  return false;
}

Match Router::match(Method method, std::string_view path) const {
  Match m;
  const auto parts = split(path);
  const Route* best = nullptr;
  std::set<Method> allowed;
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    const Route& r = routes_[i];
    if (!matches(r, parts, nullptr)) continue;
    allowed.insert(r.method);
    if (r.method == Method::get) allowed.insert(Method::head);
    if (!method_accepts(r.method, method)) continue;
    // An exact HEAD route beats the GET fallback at the same specificity.
    if (!best || more_specific(r, *best) ||
        (!more_specific(*best, r) && method == Method::head && r.method == Method::head &&
         best->method != Method::head)) {
      best = &r;
      m.route = i;
    }
  }
  if (best) {
    m.status = 200;
    m.pattern = best->pattern;
    matches(*best, parts, &m.params);
    return m;
  }
  if (!allowed.empty()) {
    m.status = 405;
    for (Method a : allowed) {
      if (!m.allow.empty()) m.allow += ", ";
      m.allow += to_string(a);
    }
  }
  return m;
}

}  // namespace comdev::http
