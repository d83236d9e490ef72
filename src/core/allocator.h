// The C allocator after a large start-up build.
//
// Building the in-memory indexes frees millions of small blocks. glibc keeps them in per-arena
// lists that it sorts lazily, at most 10,000 blocks per large allocation, and it hands the arena of
// a finished builder thread to the next new thread: without care, the server's first requests pay
// for that sorting (measured: 150-800 ms for the first request on 100,000 projects).
#pragma once

namespace comdev::core {

// Consolidates every arena's freed blocks and returns free pages to the system. Call once the
// start-up builds are done, from any thread.
void release_freed_memory();

// Makes the calling thread's arena sort its pending free blocks now, so that the thread's next
// allocations are fast. Cheap when there is nothing to sort. Call on each thread that will serve
// requests, before the server accepts any.
void settle_thread_allocator();

}  // namespace comdev::core
