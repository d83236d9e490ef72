// Pure rules of the territory tree: which kind sits under which, where a place without its own
// coordinates is shown, and the tree shape pages and the API present.
#pragma once

#include <string_view>
#include <vector>

#include "features/territories/territory.h"

namespace comdev::territories {

// 0 région, 1 province, 2 commune, 3 douar; -1 for an unknown kind.
int level(std::string_view kind);
// A région has no parent; every other kind sits directly under the kind one level up.
bool valid_parent(std::string_view kind, std::string_view parent_kind);
// A place without coordinates is shown at its parent's seat, flagged approximate (the facts
// give no coordinates for villages: inventing them would mislead a map).
void place_at_parent_if_unknown(Territory& t, const Territory& parent);

struct Node {
  Territory territory;
  std::vector<Node> children;
};
// The forest of `all` (roots are régions or places whose parent is missing), children in the
// order given.
std::vector<Node> build_tree(const std::vector<Territory>& all);

}  // namespace comdev::territories
