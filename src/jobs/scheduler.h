// The one scheduler of background work. Features register what they need done — periodic jobs
// (the digest, expiries, purges, reminders) by name and period, queued jobs (a mass send, an
// import) by kind — and the scheduler runs them on one thread of its own, with their rows in the
// database (job_store.h) so that with several instances on one database each run happens once,
// a run cut short by a crash is taken over by another instance once its lease has passed, and a
// failed run is tried again later (retry.h). Handlers must therefore be idempotent: safe to run
// again after a crash in the middle.
//
// Jobs run one after another on the scheduler's thread; a long job watches `stop` between two
// pieces of work so that a shutdown does not wait for it to finish.
//
// Thread-safety: register before start(); enqueue(), run_due() and stop() may be called from
// any thread.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "store/db.h"

namespace comdev::jobs {

// A job's work at `now`; an error is logged and the job tried again after a delay.
using Task = std::function<Status(core::Seconds now, const std::atomic<bool>& stop)>;
// A queued job's work on its payload.
using Handler = std::function<Status(std::string_view payload, core::Seconds now,
                                     const std::atomic<bool>& stop)>;

struct Ran {
  int periodic = 0;  // periodic jobs this instance ran in the pass
  int queued = 0;    // queued jobs this instance ran
  int failed = 0;    // of those, how many returned an error
};

class Scheduler {
 public:
  // `instance` names this process in the rows (host and process id by default).
  Scheduler(store::Db& db, const core::Clock& clock, std::string instance = "");
  ~Scheduler();
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // Runs `task` every `period`, first `first` after the job's row is created (a row that already
  // exists keeps its time: a restart does not reset the period). `lease` is longer than a run
  // can take; past it, another instance may take the job over.
  void every(std::string name, std::chrono::seconds period, std::chrono::seconds first,
             std::chrono::seconds lease, Task task);
  // Runs queued jobs of `kind` with `handler`.
  void handle(std::string kind, std::chrono::seconds lease, Handler handler);

  // Queues a job inside the caller's transaction (so it commits with the work it is about).
  // Returns its id; a `dedupe_key` already queued returns the first job's id. Call wake() after
  // the commit to start it at once on this instance.
  static Result<std::int64_t> enqueue(store::Conn& c, std::string_view kind,
                                      std::string_view payload, core::Seconds run_at,
                                      std::string_view dedupe_key, core::Seconds now);
  void wake();

  // One pass at `now`: every due periodic job this instance wins, then due queued jobs until
  // none is left (or stop). The thread calls it; tests call it with their own time.
  Result<Ran> run_due(core::Seconds now);

  // Starts the thread; its first pass comes `delay` after, so that the first requests a server
  // answers after start-up do not compete with a burst of background work.
  void start(std::chrono::seconds delay);
  // Stops the thread (waits for the job in progress to notice `stop`). Called by the destructor.
  void stop();

  const std::string& instance() const { return instance_; }

 private:
  struct Periodic {
    std::string name;
    std::chrono::seconds period, first, lease;
    Task task;
  };
  struct Kind {
    std::string kind;
    std::chrono::seconds lease;
    Handler handler;
  };
  Status ensure_rows(core::Seconds now);
  Result<Ran> run_queue(core::Seconds now, Ran ran);
  void loop(std::chrono::seconds delay);
  std::chrono::seconds sleep_for(core::Seconds now);

  store::Db& db_;
  const core::Clock& clock_;
  std::string instance_;
  std::vector<Periodic> periodic_;
  std::vector<Kind> kinds_;
  bool rows_ensured_ = false;
  std::mutex run_mu_;  // one pass at a time in this process

  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false, woken_ = false;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace comdev::jobs
