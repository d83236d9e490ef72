// The vocabulary of `comdev bench-data`: per sector, how often projects are about it, project
// title stems, a summary sentence, titles of skill needs, the skills (slugs of the skills table)
// such needs ask for, and material items. Drawn from the kinds of projects in the seeds, so that
// search queries ("eau potable", "coopérative féminine") hit realistic shares of the rows.
#pragma once

#include <string_view>
#include <vector>

namespace comdev::bench_data {

struct SectorWords {
  std::string_view code;  // src/core/sectors.h
  int weight;             // share of projects whose main sector this is
  std::vector<std::string_view> titles;
  std::string_view summary;  // followed by " à <place>."
  std::vector<std::string_view> skill_needs;
  std::vector<std::string_view> skills;
  std::vector<std::string_view> items;
};

const std::vector<SectorWords>& sector_words();

// Skills any project may need (fundraising, translation …) and funding need titles.
const std::vector<std::string_view>& general_skills();
const std::vector<std::string_view>& funding_titles();

}  // namespace comdev::bench_data
