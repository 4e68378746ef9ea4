"""The results at the end of a practice: per challenge the best score, tries and time.

Nothing is written anywhere unless the student presses Save results… (CSV or JSON, atomic).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from lossstudio.model import practice as model
from lossstudio.ui import style
from lossstudio.ui.practice.texts import PracticeTexts


def clock(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60:02d}:{whole % 60:02d}"


class ResultsDialog(QDialog):
    """The table of results, the total, Save results… and Close (keyboard: Tab, Enter, Esc)."""

    saveRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("practice.results")
        self.texts = PracticeTexts(self)
        self.table = QTableWidget(0, 5, objectName="practice.results_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.total = QLabel(objectName="practice.total")
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(objectName="practice.save_results")
        self.close_button = QPushButton(objectName="practice.close_results")
        self.save_button.clicked.connect(self.saveRequested)
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.total, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._results: tuple[model.Result, ...] = ()
        self._show_score = True
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Practice results"))
        self.save_button.setText(self.tr("&Save results…"))
        self.close_button.setText(self.tr("Close"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Challenge"),
                self.tr("Best score"),
                self.tr("Tries"),
                self.tr("Time"),
                self.tr("Solved"),
            ]
        )
        self.show_results(self._results, self._show_score)

    def show_results(self, results: tuple[model.Result, ...], show_score: bool = True) -> None:
        self._results, self._show_score = results, show_score
        self.table.setFont(style.font(11))
        self.table.setRowCount(len(results))
        for row, result in enumerate(results):
            cells = (
                f"{row + 1}. {self.texts.title(result.kind)}",
                str(result.best_score),
                str(result.tries),
                clock(result.seconds),
                self.tr("yes") if result.solved else self.tr("no"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.setColumnHidden(1, not show_score)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        solved = sum(r.solved for r in results)
        text = self.tr("Solved {solved} of {count}.").format(solved=solved, count=len(results))
        if show_score:
            text += " " + self.tr("Total score {score}.").format(score=model.total_score(results))
        self.total.setText(text)
        rows = min(max(len(results), 1), 12)  # more than 12 rows scroll
        header = self.table.horizontalHeader().sizeHint().height()
        row = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(header + rows * row + 2 * self.table.frameWidth() + 4)
        self.setMinimumWidth(round(style.theme().px(560)))
