"""Reading and writing point data as CSV with the header ``x,y`` (no Qt).

:func:`read_points` refuses, before reading the whole file where it can, anything that is not
such a file: too large, binary, not UTF-8, a wrong header, a row that is not two finite
numbers, fewer than two points (files go through :mod:`lossstudio.model.files`, the one
reader and writer of every file of the app). A refusal is a :class:`CsvError` with a *kind* and the line
involved, so the view can say it in the person's language. :func:`write_points` writes
atomically (:func:`~lossstudio.model.files.write_atomic`).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from pathlib import Path

from .files import FileProblem, read_text_limited, write_atomic

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
        ``"missing"``, ``"unreadable"``, ``"too_large"``, ``"binary"``, ``"not_utf8"``,
        ``"empty"``, ``"header"``, ``"columns"``, ``"not_a_number"``, ``"not_finite"``,
        ``"too_many_rows"``, ``"too_few"`` or ``"cancelled"`` (the person stopped a long read).
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


#: Rows parsed between two calls of ``progress`` (and chances to cancel).
CHUNK_ROWS = 50_000


def read_points(
    path: str | os.PathLike,
    progress: Callable[[int, int], bool] | None = None,
) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The ``(x, y)`` columns of a CSV file with the header ``x,y``.

    The file goes through :func:`~lossstudio.model.files.read_text_limited` (size checked
    before reading, binary and non-UTF-8 refused), the one reader of every file of the app.
    ``progress(rows_done, rows_total)`` is called every :data:`CHUNK_ROWS` rows; when it
    returns False the read stops with the kind ``"cancelled"``.
    """
    try:
        text = read_text_limited(path, MAX_BYTES)
    except FileProblem as problem:
        detail = problem.detail if problem.kind == "unreadable" else ""
        raise CsvError(problem.kind, None, detail) from None
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
    total = len(lines) - header_index - 1
    for index in range(header_index + 1, len(lines)):
        done = index - header_index - 1
        if progress is not None and done % CHUNK_ROWS == 0 and not progress(done, total):
            raise CsvError("cancelled")
        line = lines[index]
        if not line.strip():
            continue
        parts = line.split(",")
        if len(parts) != 2:
            raise CsvError("columns", index + 1, line.strip())
        xs.append(_number(parts[0], index + 1))
        ys.append(_number(parts[1], index + 1))
    if progress is not None and not progress(total, total):
        raise CsvError("cancelled")
    if len(xs) < MIN_POINTS:
        raise CsvError("too_few", None, str(len(xs)))
    return tuple(xs), tuple(ys)


def write_points(path: str | os.PathLike, x, y) -> None:
    """Write ``x,y`` and one row per point, atomically; the values round-trip exactly."""
    rows = ["x,y", *(f"{float(a)!r},{float(b)!r}" for a, b in zip(x, y, strict=True))]
    write_atomic(Path(path), "\n".join(rows) + "\n")
