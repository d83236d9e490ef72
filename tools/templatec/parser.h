// Parser: template source -> Node tree, resolving {% include %} and {% extends %} by inlining
// the named files (read through a Loader so tests can work from memory).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ast.h"

namespace comdev::templatec {

// Returns the source of a template given its path relative to the root ("partials/card.html"),
// or nullopt when there is no such file.
using Loader = std::function<std::optional<std::string>(const std::string& path)>;

// Parses the template at `path`. Throws CompileError on a syntax error, an unbalanced or
// unknown tag, a missing include/layout, or a block the layout does not have.
std::vector<Node> parse_template(const std::string& path, const Loader& load);

// Splits the inside of a {% %} or {{ }} into words: names and dotted paths, "string"
// literals (quotes kept), integers, and the operators == != = |. Throws on anything else.
std::vector<std::string> split_words(const std::string& inside, const Location& at);

}  // namespace comdev::templatec
