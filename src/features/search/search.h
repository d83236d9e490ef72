// The search feature's plain structs: what the index holds (projects, needs, organisations) and
// a validated request.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "search/index.h"

namespace comdev::search_feature {

// Document types in the index (comdev::search::Document::type).
enum class Kind : std::uint8_t { project = 0, need = 1, organisation = 2 };
inline constexpr std::size_t kKinds = 3;

std::string_view kind_code(Kind k);  // "project" | "need" | "organisation"
std::optional<Kind> parse_kind(std::string_view code);
std::string url_of(Kind k, std::int64_t id);  // "/projects/12"

// A search as asked: the text, an optional type, the page (1-based) and its size.
struct Request {
  std::string q;
  std::optional<Kind> kind;
  int page = 1;
  int per_page = 20;
};

// What a result shows besides its title and snippet, kept beside the index.
struct Meta {
  std::string place_fr, place_ar;  // the territory, in the reader's language when it has one
  std::string title_fr, title_ar, title_en;  // translations of a project's title, if any
};

}  // namespace comdev::search_feature
