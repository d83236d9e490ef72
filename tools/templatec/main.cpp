// templatec: the template compiler (ARCHITECTURE.md §7), run by the build.
//
//   templatec --templates ROOT OUT_DIR KEYS_JSON [NAMESPACE] [SOURCE_PREFIX]
//       compiles ROOT/**/*.html to OUT_DIR/NAMESPACE/<path>.h (default namespace "tpl"),
//       except files under a partials/ folder, which are inlined where they are included;
//       headers are rewritten only when their content changes, so C++ files that include an
//       unchanged template are not recompiled.
//   templatec --catalogues OUT_CPP fr=i18n/fr.json ar=i18n/ar.json en=i18n/en.json
//       embeds the catalogues into a C++ source (see src/i18n/embedded.h).
//
// Errors are printed as "file:line: message"; the exit status is 1 if there was any.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "catalogue_gen.h"
#include "codegen.h"

namespace fs = std::filesystem;
using namespace comdev::templatec;

namespace {

std::optional<std::string> read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool write_if_changed(const fs::path& p, const std::string& content) {
  if (read_file(p) == content) return true;
  fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << content;
  return static_cast<bool>(out);
}

int templates(int argc, char** argv) {
  if (argc < 5) {
    std::cerr << "usage: templatec --templates ROOT OUT_DIR KEYS_JSON [NAMESPACE] [PREFIX]\n";
    return 2;
  }
  fs::path root = argv[2];
  fs::path out_dir = argv[3];
  std::map<std::string, bool> keys;
  std::string error;
  if (!read_keys(argv[4], &keys, &error)) {
    std::cerr << error << "\n";
    return 1;
  }
  Options options;
  options.keys = &keys;
  if (argc > 5) options.ns = argv[5];
  options.source_prefix = argc > 6 ? argv[6] : (root.string() + "/");
  Loader load = [&](const std::string& rel) { return read_file(root / rel); };

  std::vector<std::string> paths;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".html") continue;
    std::string rel = fs::relative(entry.path(), root).generic_string();
    // Partials use their includer's variables (often a loop variable): they are compiled
    // where they are included, never on their own.
    if (rel.rfind("partials/", 0) == 0 || rel.find("/partials/") != std::string::npos) continue;
    paths.push_back(rel);
  }
  std::sort(paths.begin(), paths.end());
  int failures = 0;
  std::set<std::string> reported;  // a layout's error would otherwise repeat once per page
  for (const std::string& rel : paths) {
    Compiled c = compile_template(rel, load, options);
    for (const auto& e : c.errors) {
      if (reported.insert(e.str()).second) std::cerr << options.source_prefix << e.str() << "\n";
      ++failures;
    }
    if (!c.errors.empty()) continue;
    fs::path header = out_dir / options.ns / rel;
    header.replace_extension(".h");
    if (!write_if_changed(header, c.header)) {
      std::cerr << header.string() << ": cannot write\n";
      ++failures;
    }
  }
  return failures ? 1 : 0;
}

int catalogues(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: templatec --catalogues OUT_CPP lang=path...\n";
    return 2;
  }
  std::vector<std::pair<std::string, std::string>> files;
  for (int i = 3; i < argc; ++i) {
    std::string arg = argv[i];
    auto eq = arg.find('=');
    if (eq == std::string::npos) {
      std::cerr << "expected lang=path, got " << arg << "\n";
      return 2;
    }
    files.emplace_back(arg.substr(0, eq), arg.substr(eq + 1));
  }
  std::string cpp, error;
  if (!generate_catalogues(files, &cpp, &error)) {
    std::cerr << error << "\n";
    return 1;
  }
  return write_if_changed(argv[2], cpp) ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "--templates") return templates(argc, argv);
  if (mode == "--catalogues") return catalogues(argc, argv);
  std::cerr << "usage: templatec --templates ... | --catalogues ...\n";
  return 2;
}
