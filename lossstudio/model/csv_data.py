"""Reading and writing point data as CSV with the header ``x,y`` (no Qt).

:func:`read_points` refuses, before reading the whole file where it can, anything that is not
such a file: too large, binary, not UTF-8, a wrong header, a row that is not two finite
numbers, fewer than two points. A refusal is a :class:`CsvError` with a *kind* and the line
involved, so the view can say it in the person's language. :func:`write_points` writes
atomically (a temporary file in the same folder, then ``os.replace``).
"""

from __future__ import annotations

import contextlib
import math
import os
import tempfile
from pathlib import Path

#: Files larger than this are refused without being read.
MAX_BYTES = 20 * 1024 * 1024
#: More data rows than this are refused.
MAX_ROWS = 1_000_000
MIN_POINTS = 2


class CsvError(ValueError):
    """A file that is not point data.

    Attributes
    ----------
    kind : str
        ``"unreadable"``, ``"too_large"``, ``"binary"``, ``"not_utf8"``, ``"empty"``,
        ``"header"``, ``"columns"``, ``"not_a_number"``, ``"not_finite"``, ``"too_many_rows"``
        or ``"too_few"``.
    line : int or None
        The 1-based line number of the offending line.
    text : str
        The offending text (cut to 40 characters) or a detail.
    """

    def __init__(self, kind: str, line: int | None = None, text: str = ""):
        self.kind, self.line, self.text = kind, line, text[:40]
        super().__init__(f"{kind} (line {line}): {self.text!r}")


def _number(text: str, line: int) -> float:
    cleaned = text.strip()
    try:
        value = float(cleaned)
    except ValueError:
        raise CsvError("not_a_number", line, cleaned) from None
    if not math.isfinite(value):
        raise CsvError("not_finite", line, cleaned)
    return value + 0.0


def read_points(path: str | os.PathLike) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The ``(x, y)`` columns of a CSV file with the header ``x,y``."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise CsvError("unreadable", None, error.strerror or str(error)) from None
    if size > MAX_BYTES:
        raise CsvError("too_large", None, str(size))
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise CsvError("unreadable", None, error.strerror or str(error)) from None
    if b"\x00" in raw:
        raise CsvError("binary")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CsvError("not_utf8") from None
    lines = text.splitlines()
    if lines and len(lines) > MAX_ROWS + 1:
        raise CsvError("too_many_rows", None, str(len(lines) - 1))
    header_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if header_index is None:
        raise CsvError("empty")
    header = [part.strip().strip('"').lower() for part in lines[header_index].split(",")]
    if header != ["x", "y"]:
        raise CsvError("header", header_index + 1, lines[header_index].strip())
    xs: list[float] = []
    ys: list[float] = []
    for index in range(header_index + 1, len(lines)):
        line = lines[index]
        if not line.strip():
            continue
        parts = line.split(",")
        if len(parts) != 2:
            raise CsvError("columns", index + 1, line.strip())
        xs.append(_number(parts[0], index + 1))
        ys.append(_number(parts[1], index + 1))
    if len(xs) < MIN_POINTS:
        raise CsvError("too_few", None, str(len(xs)))
    return tuple(xs), tuple(ys)


def write_points(path: str | os.PathLike, x, y) -> None:
    """Write ``x,y`` and one row per point, atomically; the values round-trip exactly."""
    path = Path(path)
    rows = ["x,y", *(f"{float(a)!r},{float(b)!r}" for a, b in zip(x, y, strict=True))]
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write("\n".join(rows) + "\n")
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
