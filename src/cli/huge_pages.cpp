#include "huge_pages.hpp"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

namespace factaudit::cli {

namespace {

constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;

std::uintptr_t program_break() { return reinterpret_cast<std::uintptr_t>(sbrk(0)); }

}  // namespace

void advise_huge_pages() {
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  // the heap as the run found it stays as it is; what grows above it is advised
  static const std::uintptr_t start = (program_break() + kHugePage - 1) & ~(kHugePage - 1);
  static const bool tuned = [] {
    mallopt(M_MMAP_THRESHOLD, 32 << 20);   // the largest glibc allows: big buffers on the heap too
    mallopt(M_TOP_PAD, 256 << 20);         // grow by 256 MiB at a time (address space; memory as touched)
    mallopt(M_TRIM_THRESHOLD, 512 << 20);  // keep freed memory for what comes next
    void* volatile grow = std::malloc(std::size_t{1} << 20);  // grow the heap now, so that the advice covers it
    std::free(grow);                                           // (volatile: the pair must not be optimised away)
    return true;
  }();
  (void)tuned;
  const std::uintptr_t end = program_break() & ~(kHugePage - 1);
  if (end > start) madvise(reinterpret_cast<void*>(start), end - start, MADV_HUGEPAGE);
#endif
}

}  // namespace factaudit::cli
