#include "jobs/scheduler.h"

#include <unistd.h>

#include <algorithm>

#include "core/log.h"
#include "jobs/job_store.h"
#include "jobs/retry.h"

namespace comdev::jobs {
namespace {

std::string default_instance() {
  char host[256] = {};
  if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  return std::string(host) + ":" + std::to_string(getpid());
}

// A job's error as a Status; an exception is a bug, but it must not end the scheduler's thread.
template <class F>
Status guarded(F&& f) {
  try {
    return f();
  } catch (const std::exception& e) {
    return Error::internal(std::string("exception: ") + e.what());
  }
}

std::string error_text(const Error& e) {
  return e.detail.empty() ? e.message_id : e.detail;
}

}  // namespace

Scheduler::Scheduler(store::Db& db, const core::Clock& clock, std::string instance)
    : db_(db),
      clock_(clock),
      instance_(instance.empty() ? default_instance() : std::move(instance)) {}

Scheduler::~Scheduler() {
  stop();
}

void Scheduler::every(std::string name, std::chrono::seconds period, std::chrono::seconds first,
                      std::chrono::seconds lease, Task task) {
  periodic_.push_back({std::move(name), period, first, lease, std::move(task)});
}

void Scheduler::handle(std::string kind, std::chrono::seconds lease, Handler handler) {
  kinds_.push_back({std::move(kind), lease, std::move(handler)});
}

Result<std::int64_t> Scheduler::enqueue(store::Conn& c, std::string_view kind,
                                        std::string_view payload, core::Seconds run_at,
                                        std::string_view dedupe_key, core::Seconds now) {
  return job_store::enqueue(c, kind, payload, run_at, dedupe_key, now);
}

void Scheduler::wake() {
  {
    std::lock_guard lock(mu_);
    woken_ = true;
  }
  cv_.notify_all();
}

Status Scheduler::ensure_rows(core::Seconds now) {
  if (rows_ensured_) return {};
  for (const auto& p : periodic_) {
    if (auto st = job_store::ensure(db_, p.name, now + p.first, now + p.period); !st) return st;
  }
  rows_ensured_ = true;
  return {};
}

Result<Ran> Scheduler::run_due(core::Seconds now) {
  std::lock_guard pass(run_mu_);
  if (auto st = ensure_rows(now); !st) return st.error();
  Ran ran;
  for (const auto& p : periodic_) {
    if (stopping_) return ran;
    auto won = job_store::claim(db_, p.name, instance_, now, now + p.lease);
    if (!won) return won.error();
    if (!*won) continue;
    ++ran.periodic;
    Status st = guarded([&] { return p.task(now, stopping_); });
    core::Seconds next = now + p.period;
    std::string error;
    if (!st) {
      ++ran.failed;
      error = error_text(st.error());
      auto row = job_store::find(db_, p.name);
      int attempts = row && *row ? (*row)->attempts : 1;
      next = now + std::min(p.period, retry_delay(attempts));
      log::warn("job failed", {{"job", p.name}, {"attempts", attempts}, {"error", error}});
    }
    if (auto released = job_store::release(db_, p.name, instance_, now, next, error); !released) {
      return released.error();
    }
  }
  return run_queue(now, ran);
}

Result<Ran> Scheduler::run_queue(core::Seconds now, Ran ran) {
  std::vector<std::string> names;
  for (const auto& k : kinds_) names.push_back(k.kind);
  while (!names.empty() && !stopping_) {
    // The longest lease of the kinds asked for: the job's kind is known only once claimed.
    std::chrono::seconds lease{0};
    for (const auto& k : kinds_) lease = std::max(lease, k.lease);
    auto job = job_store::claim_next(db_, names, instance_, now, now + lease);
    if (!job) return job.error();
    if (!*job) break;
    const Kind& kind = *std::find_if(kinds_.begin(), kinds_.end(),
                                     [&](const Kind& k) { return k.kind == (*job)->kind; });
    ++ran.queued;
    Status st = guarded([&] { return kind.handler((*job)->payload, now, stopping_); });
    Status marked;
    if (st) {
      marked = job_store::mark_done(db_, (*job)->id, instance_, now);
    } else {
      ++ran.failed;
      bool give_up = (*job)->attempts >= kMaxAttempts;
      log::warn("queued job failed", {{"kind", kind.kind},
                                      {"id", (*job)->id},
                                      {"attempts", (*job)->attempts},
                                      {"given_up", give_up ? 1 : 0},
                                      {"error", error_text(st.error())}});
      marked = job_store::mark_failed(db_, (*job)->id, instance_, now,
                                      now + retry_delay((*job)->attempts), give_up,
                                      error_text(st.error()));
    }
    if (!marked) return marked.error();
  }
  return ran;
}

std::chrono::seconds Scheduler::sleep_for(core::Seconds now) {
  // Other instances move the rows and queue work: look at least every half minute.
  constexpr std::chrono::seconds most{30}, least{1};
  std::vector<std::string> names;
  for (const auto& p : periodic_) names.push_back(p.name);
  auto next = job_store::next_due(db_, names);
  if (!next || !*next) return most;
  auto wait = std::chrono::duration_cast<std::chrono::seconds>(**next - now);
  return std::clamp(wait, least, most);
}

void Scheduler::start(std::chrono::seconds delay) {
  if (thread_.joinable() || (periodic_.empty() && kinds_.empty())) return;
  thread_ = std::thread([this, delay] { loop(delay); });
}

void Scheduler::loop(std::chrono::seconds delay) {
  std::unique_lock lock(mu_);
  if (cv_.wait_for(lock, delay, [this] { return stop_; })) return;
  for (;;) {
    woken_ = false;
    lock.unlock();
    auto now = clock_.now();
    if (auto r = run_due(now); !r) log::warn("job pass failed", {{"error", error_text(r.error())}});
    auto wait = sleep_for(clock_.now());
    lock.lock();
    if (cv_.wait_for(lock, wait, [this] { return stop_ || woken_; }) && stop_) return;
  }
}

void Scheduler::stop() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
    stopping_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

}  // namespace comdev::jobs
