#include "core/allocator.h"

#include <array>
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace comdev::core {

void release_freed_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

void settle_thread_allocator() {
  // Each request of a distinct "large" size (over 1 KiB) with no exact fit makes glibc sort up to
  // 10,000 pending blocks into their bins; 512 of them cover five million blocks. They are all held
  // until the end so that none is found again as an exact fit, then freed together.
  constexpr std::size_t rounds = 512;
  std::array<void*, rounds> held{};
  for (std::size_t i = 0; i < rounds; ++i) held[i] = std::malloc(1040 + 16 * i);
  for (void* p : held) std::free(p);
}

}  // namespace comdev::core
