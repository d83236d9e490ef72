// `comdev bench-data`: fills a database with synthetic projects and needs for the benchmark of
// issue 8 (docs/performance.md): 100 000 projects and 300 000 needs by default, spread over the
// real communes and douars, organisations, sectors and skills that `comdev demo` loaded, with
// skewed distributions (a few communes and projects carry many needs, most carry few) so that
// filters and facet counts see realistic selectivities. Every row is flagged is_demo.
//
// Rows are numbered by the generator and written in multi-row INSERTs, one transaction per
// few thousand projects. Deterministic for a given seed. Not for production databases.
#pragma once

#include <cstdint>

#include "core/result.h"
#include "store/db.h"

namespace comdev::bench_data {

struct Options {
  std::int64_t projects = 100000;
  std::int64_t needs = 300000;
  std::uint64_t seed = 8;
  std::int64_t projects_per_transaction = 5000;
};

struct Report {
  std::int64_t projects = 0;
  std::int64_t needs = 0;
  std::int64_t sectors = 0;
  std::int64_t need_skills = 0;
  std::int64_t need_languages = 0;
};

// Fails (nothing written by the failing transaction) when the database has no commune, no
// organisation or no skill: run `comdev demo` first.
Result<Report> generate(store::Db& db, const Options& options);

}  // namespace comdev::bench_data
