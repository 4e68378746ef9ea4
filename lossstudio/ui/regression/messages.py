"""Person-facing sentences for refused CSV files, in the current language, and the banner
above the data plot that shows them (and the tab's other messages)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

from lossstudio.model import csv_data
from lossstudio.model.csv_data import CsvError


def csv_message(error: CsvError, path: str) -> str:
    """Why ``path`` was not loaded, and that the current data stay."""
    name = Path(path).name
    line, text = error.line, error.text
    if error.kind == "cancelled":
        return QCoreApplication.translate(
            "RegressionData", "Loading “{name}” was cancelled. The current data are kept."
        ).format(name=name)
    reasons = {
        "missing": QCoreApplication.translate("RegressionData", "it does not exist (any more)."),
        "unreadable": QCoreApplication.translate(
            "RegressionData", "it could not be opened ({detail})."
        ),
        "too_large": QCoreApplication.translate(
            "RegressionData", "it is larger than {megabytes} MB, far more than a point list."
        ),
        "not_a_file": QCoreApplication.translate(
            "RegressionData", "it is a folder or a special file, not a file of points."
        ),
        "binary": QCoreApplication.translate("RegressionData", "it is not a text file."),
        "utf16": QCoreApplication.translate(
            "RegressionData", "its text is UTF-16; save it as UTF-8 and load it again."
        ),
        "out_of_range": QCoreApplication.translate(
            "RegressionData", "line {line}: “{text}” is beyond ±{limit}, the largest coordinate."
        ),
        "not_utf8": QCoreApplication.translate("RegressionData", "it is not UTF-8 text."),
        "empty": QCoreApplication.translate("RegressionData", "it is empty."),
        "header": QCoreApplication.translate(
            "RegressionData", "its first line is “{text}”; the first line must be “x,y”."
        ),
        "columns": QCoreApplication.translate(
            "RegressionData", "line {line} (“{text}”) does not hold exactly two values x,y."
        ),
        "not_a_number": QCoreApplication.translate(
            "RegressionData", "line {line}: “{text}” is not a number."
        ),
        "not_finite": QCoreApplication.translate(
            "RegressionData", "line {line}: “{text}” is not a finite number."
        ),
        "too_many_rows": QCoreApplication.translate(
            "RegressionData", "it has more than {rows} rows."
        ),
    }
    if error.kind == "too_few" and text.isdigit():  # "it holds 1 point", not "1 points"
        count = int(text)
        reasons["too_few"] = QCoreApplication.translate(
            "RegressionData", "it holds %n point(s); at least {minimum} are needed.", "", count
        )
    reason = reasons.get(error.kind, str(error)).format(
        detail=text,
        megabytes=csv_data.MAX_BYTES // (1024 * 1024),
        text=text,
        line=line,
        rows=f"{csv_data.MAX_ROWS:,}",
        minimum=csv_data.MIN_POINTS,
        limit=f"{csv_data.COORDINATE_LIMIT:.0e}".replace("e+0", "e"),
    )
    return QCoreApplication.translate(
        "RegressionData", "“{name}” was not loaded: {reason} The current data are kept."
    ).format(name=name, reason=reason)


class MessageBanner(QFrame):
    """A message above the plot with a close button; the text is a callable, so it is asked
    again on a language change."""

    def __init__(self):
        super().__init__()
        self.setObjectName("regression.message_frame")
        self.message = QLabel()
        self.message.setObjectName("regression.message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it quotes file names and rows
        self.message.setWordWrap(True)
        close = QToolButton()
        close.setText("×")
        close.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.addWidget(self.message, 1)
        row.addWidget(close)
        self._text: Callable[[], str] | None = None
        self.hide()

    def show_text(self, text: Callable[[], str]) -> None:
        self._text = text
        self.message.setText(text())
        self.show()

    def clear(self) -> None:
        self._text = None
        self.hide()

    def retranslate(self) -> None:
        if self._text is not None:
            self.message.setText(self._text())
