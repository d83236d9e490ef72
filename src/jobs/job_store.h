// The rows of the scheduler (migrations/0025_jobs): periodic jobs by name, queued jobs by id.
// Every claim is one conditional UPDATE, so two instances asking at once cannot both win; a claim
// is a lease that another instance may take over once it has passed (the holder died).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/time.h"
#include "store/db.h"

namespace comdev::jobs::job_store {

// --- periodic jobs ---

// Makes sure the job's row exists; a new row is first due at `first_run_at`. An existing row due
// after `latest_run_at` (now plus the period: the period was shortened since) is brought forward
// to it; otherwise the row keeps its time, so a restart neither delays nor repeats a run.
Status ensure(store::Db& db, std::string_view name, core::Seconds first_run_at,
              core::Seconds latest_run_at);

// Takes the job for `instance` until `lease_until` when it is due at `now` and nobody holds it.
Result<bool> claim(store::Db& db, std::string_view name, std::string_view instance,
                   core::Seconds now, core::Seconds lease_until);

// Gives the job back, next due at `next_run_at`; `error` empty when the run succeeded. Does
// nothing when `instance` no longer holds it (its lease passed and another took it over).
Status release(store::Db& db, std::string_view name, std::string_view instance, core::Seconds now,
               core::Seconds next_run_at, std::string_view error);

struct Schedule {
  std::string name, run_at, claimed_by, last_run_at, last_error;
  int attempts = 0;
};
Result<std::optional<Schedule>> find(store::Db& db, std::string_view name);

// The earliest time one of `names` is due (or its lease ends); nullopt when none has a row.
Result<std::optional<core::Seconds>> next_due(store::Db& db, const std::vector<std::string>& names);

// --- queued jobs ---

struct Queued {
  std::int64_t id = 0;
  std::string kind, payload;
  int attempts = 0;  // counting this one
};

// Adds a job, inside the caller's transaction so the work and the job commit together. A
// non-empty `dedupe_key` already queued keeps the first row; returns its id either way.
Result<std::int64_t> enqueue(store::Conn& c, std::string_view kind, std::string_view payload,
                             core::Seconds run_at, std::string_view dedupe_key, core::Seconds now);

// Claims the next due job of one of `kinds` for `instance` until `lease_until`.
Result<std::optional<Queued>> claim_next(store::Db& db, const std::vector<std::string>& kinds,
                                         std::string_view instance, core::Seconds now,
                                         core::Seconds lease_until);

Status mark_done(store::Db& db, std::int64_t id, std::string_view instance, core::Seconds now);
// Tried again at `run_at`, or given up when `give_up` (kept, with the error, for the operator).
Status mark_failed(store::Db& db, std::int64_t id, std::string_view instance, core::Seconds now,
                   core::Seconds run_at, bool give_up, std::string_view error);

struct QueueRow {
  std::int64_t id = 0;
  std::string kind, run_at, done_at, failed_at, last_error;
  int attempts = 0;
};
Result<std::optional<QueueRow>> find_queued(store::Db& db, std::int64_t id);

}  // namespace comdev::jobs::job_store
