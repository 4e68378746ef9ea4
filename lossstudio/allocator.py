"""Freed memory goes back to the system, so the resident size follows what the app holds.

glibc's ``malloc`` serves a block above its *mmap threshold* with a mapping of its own, handed
back to the system when freed; smaller blocks come from the heap, which shrinks only from its
top. The threshold starts at 128 KiB and is dynamic: each time a mapped block is freed it rises
to that block's size (up to 32 MiB). Once the first large numpy array is freed (a loss grid, a
Descent walk, a CSV's columns), arrays of that size come from the heap instead, and when they are
freed out of order the holes stay in the process. Over a 4,000-gesture storm the resident size
was 55 MB above what was in use (``malloc_trim`` handed it back; issue 19 item 16,
``benchmarks/storm_memory.py``).

:func:`keep_large_blocks_mapped` fixes the threshold where it starts, so large blocks stay
mapped and return when freed; :func:`release_free_memory` hands back the heap's free pages
(small blocks freed under live ones): ``ui/history.py`` calls it after dropping old undo steps
and two seconds after the last change of state (a few ms, once). Both do nothing outside glibc (macOS, Windows,
musl), whose allocators return memory their own way.
"""

from __future__ import annotations

import ctypes
import functools
import sys

#: ``mallopt`` parameter of glibc's malloc.h: blocks at least this large are mapped on their own.
M_MMAP_THRESHOLD = -3
#: Where glibc's threshold starts; fixing it there (any mallopt of it) stops its rise.
MMAP_THRESHOLD_BYTES = 128 * 1024


@functools.cache
def _glibc():
    """glibc's C library, or None (another C library, or none found)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)  # the process's own symbols: its C library among them
        libc.gnu_get_libc_version.restype = ctypes.c_char_p
        libc.gnu_get_libc_version()
        libc.mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
        libc.malloc_trim.argtypes = (ctypes.c_size_t,)
    except (OSError, AttributeError):
        return None
    return libc


def keep_large_blocks_mapped(threshold: int = MMAP_THRESHOLD_BYTES) -> bool:
    """Serve every block of ``threshold`` bytes or more with its own mapping, for good (the
    threshold no longer rises as blocks are freed). True when glibc took it."""
    libc = _glibc()
    return bool(libc is not None and libc.mallopt(M_MMAP_THRESHOLD, threshold) == 1)


def release_free_memory() -> bool:
    """Hand the heap's free pages back to the system (``malloc_trim(0)``). True when glibc
    released something."""
    libc = _glibc()
    return bool(libc is not None and libc.malloc_trim(0) == 1)
