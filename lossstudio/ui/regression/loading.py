"""Reading a CSV of points with a progress dialog that can cancel the read.

Small files load at once; from :data:`PROGRESS_ROWS` rows on, a window-modal
:class:`QProgressDialog` counts the rows read (Cancel stops the read and keeps the current
data), then says that the points are being drawn.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QWidget

from lossstudio.model import csv_data

#: Files with at least this many rows show a progress dialog while they load.
PROGRESS_ROWS = 100_000


class CsvLoader(QWidget):
    """Reads one file for ``parent``; ``dialog`` is the progress dialog while one is shown."""

    def __init__(self, parent: QWidget, path: str):
        super().__init__(parent)
        self.hide()
        self.path = path
        self.dialog: QProgressDialog | None = None

    def _progress(self, done: int, total: int) -> bool:
        if self.dialog is None:
            if total < PROGRESS_ROWS:
                return True
            self.dialog = QProgressDialog(self.parentWidget())
            self.dialog.setObjectName("regression.load_progress")
            self.dialog.setWindowTitle(self.tr("Loading points"))
            label = QLabel(self.dialog)
            label.setTextFormat(Qt.TextFormat.PlainText)  # it names the file
            self.dialog.setLabel(label)
            self.dialog.setLabelText(
                self.tr("Reading {rows} rows of “{name}”…").format(
                    rows=f"{total:,}", name=Path(self.path).name
                )
            )
            self.dialog.setCancelButtonText(self.tr("Cancel"))
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.setMinimumDuration(0)
            self.dialog.setRange(0, total)
        self.dialog.setValue(done)
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def read(self) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """The file's points, or :class:`~lossstudio.model.csv_data.CsvError` (``cancelled``
        when the person pressed Cancel)."""
        return csv_data.read_points(self.path, progress=self._progress)

    def drawing(self, count: int) -> None:
        """Say that ``count`` points are being drawn (the dialog stays up until :meth:`done`)."""
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Drawing {count} points…").format(count=f"{count:,}"))
            self.dialog.setCancelButton(None)
            self.dialog.setRange(0, 0)
            QApplication.processEvents()

    def done(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.deleteLater()
