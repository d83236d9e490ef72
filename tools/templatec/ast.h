// The parsed form of a template: a tree of nodes, with includes and extends already inlined,
// each node remembering the file and line it came from so errors can point at it.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace comdev::templatec {

struct Location {
  std::string file;  // path relative to the template root, e.g. "home/index.html"
  int line = 0;
};

// An error the compiler reports as "file:line: message" and exits non-zero on.
struct CompileError {
  Location at;
  std::string message;
  std::string str() const { return at.file + ":" + std::to_string(at.line) + ": " + message; }
};

struct Node {
  enum class Kind {
    text,    // literal HTML: `text`
    output,  // {{ expr }}: `expr`, `raw`
    if_,     // {% if %}: `branches` (condition, body); condition "" is the else branch
    for_,    // {% for var in expr %}: `name`, `expr`, `body`
    t,       // {% t "key" name=expr %}: `name` is the key, `params`
    block,   // {% block name %}: `name`, `body` (already replaced by the page's block)
  };
  Kind kind = Kind::text;
  Location at;
  std::string text;
  std::string expr;
  std::string name;
  bool raw = false;
  std::vector<std::pair<std::string, std::string>> params;
  std::vector<std::pair<std::string, std::vector<Node>>> branches;
  std::vector<Node> body;
};

}  // namespace comdev::templatec
