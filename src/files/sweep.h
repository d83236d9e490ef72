// The sweeper of orphan files: removes from a FileStore the files no row names any more — left by
// a crash between a deletion's commit and its unlink, or by an upload whose database write never
// happened — and the temporary files of uploads cut short. Only files older than a grace period
// are looked at, so a file an upload has just stored (or found already stored: put() refreshes its
// time) and is about to name in a row is never taken.
//
// Thread-safety: call from one thread at a time (the scheduler's); uploads may run meanwhile.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <string>

#include "core/result.h"
#include "files/file_store.h"

namespace comdev::files {

struct Swept {
  int removed = 0;      // originals removed (with their derivatives)
  int leftovers = 0;    // derivatives or partial writes whose original is gone, removed
  int temporaries = 0;  // abandoned files of tmp/, removed
};

// Whether some row still names the file `sha256`.
using IsReferenced = std::function<Result<bool>(const std::string& sha256)>;

// Removes every file of `store` last written before `now` - `grace` that `referenced` says no row
// names. Stops early (with what it did) when `stop` becomes true.
Result<Swept> sweep(FileStore& store, std::chrono::system_clock::time_point now,
                    std::chrono::seconds grace, const IsReferenced& referenced,
                    const std::atomic<bool>& stop);

}  // namespace comdev::files
