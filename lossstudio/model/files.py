"""Reading and writing the app's files safely (scenes and data), with no Qt.

- :func:`read_text_limited` refuses a file that is too large *before* reading it, and a file
  that is binary or not UTF-8, with a :class:`FileProblem` saying which.
- :func:`write_atomic` writes a temporary file in the same folder, flushes it to disk and then
  replaces the target in one step, so a crash mid-save leaves the previous file intact.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class FileProblem(ValueError):
    """A file that cannot be used; ``kind`` is one of ``missing``, ``unreadable``, ``too_large``,
    ``binary``, ``not_utf8``; ``str()`` is an English explanation for logs."""

    def __init__(self, kind: str, path: str | os.PathLike, detail: str = ""):
        self.kind = kind
        self.path = str(path)
        self.detail = detail
        super().__init__(f"{kind}: {path}" + (f" ({detail})" if detail else ""))


def read_text_limited(path: str | os.PathLike, max_bytes: int) -> str:
    """The file's text, or :class:`FileProblem` if it is larger than ``max_bytes``, binary,
    or not UTF-8 (a UTF-8 byte-order mark is accepted)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise FileProblem("missing", path) from None
    except OSError as error:
        raise FileProblem("unreadable", path, error.strerror or "") from None
    if size > max_bytes:
        raise FileProblem("too_large", path, f"{size} bytes, limit {max_bytes}")
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as error:
        raise FileProblem("unreadable", path, error.strerror or "") from None
    if len(raw) > max_bytes:  # grew while we looked
        raise FileProblem("too_large", path, f"more than {max_bytes} bytes")
    if b"\x00" in raw:
        raise FileProblem("binary", path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileProblem("not_utf8", path, f"byte {error.start}") from None


def write_atomic(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` so that readers see the old file or the new one,
    never half of one."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
