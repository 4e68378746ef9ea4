"""Person-facing sentences for refused CSV files, in the current language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from lossstudio.model.csv_data import MAX_BYTES, MAX_ROWS, MIN_POINTS, CsvError


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegressionData", text)


def csv_message(error: CsvError, path: str) -> str:
    """Why ``path`` was not loaded, and that the current data stay."""
    name = Path(path).name
    line, text = error.line, error.text
    reasons = {
        "unreadable": _tr("it could not be opened ({detail})."),
        "too_large": _tr("it is larger than {megabytes} MB, far more than a point list."),
        "binary": _tr("it is not a text file."),
        "not_utf8": _tr("it is not UTF-8 text."),
        "empty": _tr("it is empty."),
        "header": _tr("its first line is “{text}”; the first line must be “x,y”."),
        "columns": _tr("line {line} (“{text}”) does not hold exactly two values x,y."),
        "not_a_number": _tr("line {line}: “{text}” is not a number."),
        "not_finite": _tr("line {line}: “{text}” is not a finite number."),
        "too_many_rows": _tr("it has more than {rows} rows."),
        "too_few": _tr("it holds {text} points; at least {minimum} are needed."),
    }
    reason = reasons.get(error.kind, str(error)).format(
        detail=text,
        megabytes=MAX_BYTES // (1024 * 1024),
        text=text,
        line=line,
        rows=f"{MAX_ROWS:,}",
        minimum=MIN_POINTS,
    )
    return _tr("“{name}” was not loaded: {reason} The current data are kept.").format(
        name=name, reason=reason
    )
