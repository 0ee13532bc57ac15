/// Backing the heap with transparent huge pages, for commands that fill a lot of fresh memory quickly.
#pragma once

namespace factaudit::cli {

/// Asks the kernel to back the heap with transparent huge pages where it allows them on request
/// (transparent_hugepage "madvise" mode): large buffers come from the heap rather than separate
/// mappings, the heap grows in large steps, and the whole of it is advised. Extraction touches tens of
/// megabytes of new memory per document; on a machine where each 4 KiB page fault is costly this
/// removes most of them. Call it again after the heap may have grown (the advice covers only the heap
/// as it is). Without support for it, nothing changes.
void advise_huge_pages();

}  // namespace factaudit::cli
