// Code generation: one template -> one C++ header holding a function template
//   namespace comdev::<ns> { template <class V> void <name>(web::Out& out, const V& v); }
// that appends the page to out.buf through the escaping functions of web/render.h.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ast.h"
#include "parser.h"

namespace comdev::templatec {

struct Options {
  std::string ns = "tpl";                   // namespace under comdev::, and include folder
  const std::map<std::string, bool>* keys;  // fr.json keys -> is a plural message
  std::string source_prefix;                // prepended to file names in #line directives
};

struct Compiled {
  std::string header;                // the C++ code, empty on error
  std::vector<CompileError> errors;  // empty on success
};

// "home/index.html" -> "home_index".
std::string function_name(const std::string& path);

// Compiles the template at `path` (relative to the loader's root). Never throws.
Compiled compile_template(const std::string& path, const Loader& load, const Options& options);

}  // namespace comdev::templatec
