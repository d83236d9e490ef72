// `comdev bench-data`: fills a database with synthetic projects and needs for the
// benchmarks (docs/performance.md): 100 000 projects and 300 000 needs by default, spread over the
// real communes and douars, organisations, sectors and skills that `comdev demo` loaded, with
// skewed distributions (a few communes and projects carry many needs, most carry few) so that
// filters and facet counts see realistic selectivities. Every row is flagged is_demo.
//
// With --experts N it also writes N fictional expert members (docs/performance.md):
// skills, languages, remote hours, on-site windows, attachments and an invitation history drawn
// as bench/match draws them in memory (match/synthetic.h), e-mail addresses in .invalid and an
// unusable password hash.
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
  std::int64_t experts = 0;
  std::int64_t experts_per_transaction = 20000;
};

struct Report {
  std::int64_t projects = 0;
  std::int64_t needs = 0;
  std::int64_t sectors = 0;
  std::int64_t need_skills = 0;
  std::int64_t need_languages = 0;
  std::int64_t experts = 0;
  std::int64_t expert_skills = 0;
  std::int64_t windows = 0;
  std::int64_t invitations = 0;
};

// Fails (nothing written by the failing transaction) when the database has no commune, no
// organisation or no skill: run `comdev demo` first. Projects (and their needs) come first, so
// that the experts' invitation history can point at open skill needs.
Result<Report> generate(store::Db& db, const Options& options);

// The experts alone (bench_data_experts.cpp), adding to *report.
Status generate_experts(store::Db& db, const Options& options, Report& report);

}  // namespace comdev::bench_data
