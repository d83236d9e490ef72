#include "features/territories/territory_rules.h"

#include <functional>
#include <unordered_map>

namespace comdev::territories {

int level(std::string_view kind) {
  for (std::size_t i = 0; i < kKinds.size(); ++i) {
    if (kKinds[i] == kind) return static_cast<int>(i);
  }
  return -1;
}

bool valid_parent(std::string_view kind, std::string_view parent_kind) {
  int l = level(kind);
  if (l < 0) return false;
  if (l == 0) return parent_kind.empty();
  return level(parent_kind) == l - 1;
}

void place_at_parent_if_unknown(Territory& t, const Territory& parent) {
  if (t.lat && t.lon) return;
  if (!parent.lat || !parent.lon) {
    t.lat.reset();
    t.lon.reset();
    return;
  }
  t.lat = parent.lat;
  t.lon = parent.lon;
  t.position_approximate = true;
}

std::vector<Node> build_tree(const std::vector<Territory>& all) {
  std::unordered_map<std::int64_t, std::vector<const Territory*>> children;
  std::unordered_map<std::int64_t, bool> present;
  for (const auto& t : all) present[t.id] = true;
  std::vector<const Territory*> roots;
  for (const auto& t : all) {
    if (t.parent_id == 0 || !present.count(t.parent_id)) {
      roots.push_back(&t);
    } else {
      children[t.parent_id].push_back(&t);
    }
  }
  std::function<Node(const Territory&, int)> make = [&](const Territory& t, int depth) {
    Node n{t, {}};
    if (depth > 8) return n;  // a cycle in bad data must not recurse forever
    for (const auto* c : children[t.id]) n.children.push_back(make(*c, depth + 1));
    return n;
  };
  std::vector<Node> out;
  for (const auto* r : roots) out.push_back(make(*r, 0));
  return out;
}

}  // namespace comdev::territories
