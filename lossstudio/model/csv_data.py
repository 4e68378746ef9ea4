"""Reading and writing point data as CSV with the header ``x,y`` (no Qt).

:func:`read_points` refuses, before reading the whole file where it can, anything that is not
such a file: too large, binary, not UTF-8, a wrong header, a row that is not two finite
numbers, fewer than two points (files go through :mod:`lossstudio.model.files`, the one
reader and writer of every file of the app). A refusal is a :class:`CsvError` with a *kind* and the line
involved, so the view can say it in the person's language. :func:`write_points` writes
atomically (:func:`~lossstudio.model.files.write_atomic`).
"""

from __future__ import annotations

import csv
import math
import os
from collections.abc import Callable
from pathlib import Path

from .files import FileProblem, read_text_limited, write_atomic
from .regression import COORDINATE_LIMIT

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
        ``"not_a_file"``, ``"utf16"``, ``"empty"``, ``"header"``, ``"columns"``,
        ``"not_a_number"``, ``"not_finite"``, ``"out_of_range"`` (beyond
        :data:`COORDINATE_LIMIT`, which scenes also keep), ``"too_many_rows"``, ``"too_few"`` or
        ``"cancelled"`` (the person stopped a long read).
    line : int or None
        The 1-based line number of the offending line.
    text : str
        The offending text (cut to 40 characters) or a detail.
    """

    def __init__(self, kind: str, line: int | None = None, text: str = ""):
        self.kind, self.line, self.text = kind, line, text[:40]
        super().__init__(f"{kind} (line {line}): {self.text!r}")


def _unquote(text: str) -> str:
    """A value with the spaces around it removed and, if quoted (``"1.5"``), unquoted."""
    cleaned = text.strip(" \t")
    if len(cleaned) >= 2 and cleaned[0] == cleaned[-1] == '"':
        cleaned = cleaned[1:-1].replace('""', '"').strip(" \t")
    return cleaned


def _number(text: str, line: int) -> float:
    cleaned = _unquote(text)
    try:
        if "_" in cleaned or cleaned != cleaned.strip():  # float() reads 1_000 and "1\f"
            raise ValueError
        value = float(cleaned)
    except ValueError:
        raise CsvError("not_a_number", line, cleaned) from None
    if not math.isfinite(value):
        raise CsvError("not_finite", line, cleaned)
    if abs(value) > COORDINATE_LIMIT:
        raise CsvError("out_of_range", line, cleaned)
    return value + 0.0


def _lines(text: str) -> list[str]:
    """Rows split at line ends only (CR LF, LF, CR): ``str.splitlines`` would also split at
    U+2028, form feed, NEL and the like, which are no row ends in a CSV file."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _blank(line: str) -> bool:
    return not line.strip(" \t")


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
    lines = _lines(text)
    while lines and _blank(lines[-1]):
        lines.pop()
    if len(lines) > MAX_ROWS + 1:
        rows = sum(1 for line in lines if not _blank(line)) - 1
        if rows > MAX_ROWS:
            raise CsvError("too_many_rows", None, str(rows))
    header_index = next((i for i, line in enumerate(lines) if not _blank(line)), None)
    if header_index is None:
        raise CsvError("empty")
    header = [_unquote(part).lower() for part in lines[header_index].split(",")]
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
        if _blank(line):
            continue
        try:
            parts = next(csv.reader([line])) if '"' in line else line.split(",")
        except csv.Error:
            raise CsvError("columns", index + 1, line.strip()) from None
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
