#include "http/router.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "core/text.h"

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

bool param_fits(ParamType type, std::string_view value) {
  switch (type) {
    case ParamType::text:
      return !value.empty();
    case ParamType::integer:
      return core::parse_id(value) != 0;
  }
  return false;
}

RouteId Router::add(Method method, std::string pattern) {
  Route r{method, "", {}};
  for (std::string_view part : split(pattern)) {
    r.pattern += '/';
    if (part.size() >= 2 && part.front() == '{' && part.back() == '}') {
      std::string_view name = part.substr(1, part.size() - 2);
      if (name.size() > 3 && name.substr(name.size() - 3) == "...") {
        r.segments.push_back({Kind::tail, std::string(name.substr(0, name.size() - 3))});
        r.pattern += part;
        continue;
      }
      ParamType type = ParamType::text;
      if (auto colon = name.find(':'); colon != std::string_view::npos) {
        // A typo in a type would silently accept anything: a programming error, found at start.
        if (name.substr(colon + 1) != "int") {
          throw std::invalid_argument("router: unknown parameter type in " + pattern);
        }
        type = ParamType::integer;
        name = name.substr(0, colon);
      }
      r.segments.push_back({Kind::param, std::string(name), type});
      r.pattern += '{';
      r.pattern += name;
      r.pattern += '}';
    } else {
      r.segments.push_back({Kind::literal, std::string(part)});
      r.pattern += part;
    }
  }
  routes_.push_back(std::move(r));
  return routes_.size() - 1;
}

RouteInfo Router::route(RouteId id) const {
  const Route& r = routes_.at(id);
  RouteInfo info{r.method, r.pattern, {}};
  for (const Segment& s : r.segments) {
    if (s.kind != Kind::literal) info.params.push_back({s.text, s.type});
  }
  return info;
}

std::vector<RouteInfo> Router::routes() const {
  std::vector<RouteInfo> out;
  out.reserve(routes_.size());
  for (RouteId id = 0; id < routes_.size(); ++id) out.push_back(route(id));
  return out;
}

bool Router::matches(const Route& r, const std::vector<std::string_view>& parts, bool typed,
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
      if (typed && !param_fits(s.type, parts[i])) return false;
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

std::optional<RouteId> Router::best(Method method, const std::vector<std::string_view>& parts,
                                    bool typed, std::set<Method>* allowed) const {
  std::optional<RouteId> found;
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    const Route& r = routes_[i];
    if (!matches(r, parts, typed, nullptr)) continue;
    allowed->insert(r.method);
    if (r.method == Method::get) allowed->insert(Method::head);
    if (!method_accepts(r.method, method)) continue;
    const Route* b = found ? &routes_[*found] : nullptr;
    // An exact HEAD route beats the GET fallback at the same specificity.
    if (!b || more_specific(r, *b) ||
        (!more_specific(*b, r) && method == Method::head && r.method == Method::head &&
         b->method != Method::head)) {
      found = i;
    }
  }
  return found;
}

Match Router::match(Method method, std::string_view path) const {
  Match m;
  const auto parts = split(path);
  std::set<Method> allowed;
  if (auto id = best(method, parts, /*typed=*/true, &allowed)) {
    m.status = 200;
    m.route = *id;
    m.pattern = routes_[*id].pattern;
    matches(routes_[*id], parts, true, &m.params);
    return m;
  }
  // No route fits as the path is: one that fits but for a typed parameter's value makes the
  // request malformed (400 naming it) rather than about nothing (404).
  if (auto id = best(method, parts, /*typed=*/false, &allowed)) {
    const Route& r = routes_[*id];
    m.status = 400;
    m.route = *id;
    m.pattern = r.pattern;
    matches(r, parts, false, &m.params);
    for (const Segment& s : r.segments) {
      if (s.kind == Kind::param && !param_fits(s.type, m.params[s.text])) {
        m.bad_param = s.text;
        break;
      }
    }
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
