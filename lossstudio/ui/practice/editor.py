"""The lecturer's "New practice…" dialog: which challenges, the seed, tries, score and timer.

It only builds a :class:`lossstudio.model.practice.Practice`; saving it is the caller's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from lossstudio.model import practice as model
from lossstudio.ui.practice.texts import PracticeTexts
from lossstudio.ui.tabs import TABS


def tab_title(key: str) -> str:
    return next(spec.translated_title() for spec in TABS if spec.key == key)


class NewPracticeDialog(QDialog):
    """Choose challenges (Space ticks one), the seed, the tries and what the student sees."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("practice.new")
        self.texts = PracticeTexts(self)
        self.intro = QLabel(objectName="practice.new_intro", wordWrap=True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.challenges = QListWidget(objectName="practice.new_challenges")
        for kind in model.CHALLENGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.challenges.addItem(item)
        self.challenges.setCurrentRow(0)
        self.same = QRadioButton(objectName="practice.new_same_seed")
        self.own = QRadioButton(objectName="practice.new_own_seed")
        self.same.setChecked(True)
        self.seed = QSpinBox(objectName="practice.new_seed")
        self.seed.setRange(0, 999_999)
        self.seed.setValue(1)
        self.same.toggled.connect(self.seed.setEnabled)
        self.tries = QSpinBox(objectName="practice.new_tries")
        self.tries.setRange(1, model.MAX_TRIES)
        self.tries.setValue(3)
        self.show_score = QCheckBox(objectName="practice.new_show_score", checked=True)
        self.show_timer = QCheckBox(objectName="practice.new_show_timer", checked=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.tries_label = QLabel(objectName="practice.new_tries_label")
        self.tries_label.setBuddy(self.tries)
        self.form = QFormLayout()
        self.form.addRow(self.same, self.seed)
        self.form.addRow(self.own)
        self.form.addRow(self.tries_label, self.tries)
        self.form.addRow(self.show_score)
        self.form.addRow(self.show_timer)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.challenges, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New practice"))
        self.intro.setText(
            self.tr("Tick the challenges (Space), choose the seed and the tries, then Save.")
        )
        for row in range(self.challenges.count()):
            item = self.challenges.item(row)
            kind = item.data(Qt.ItemDataRole.UserRole)
            item.setText(f"{tab_title(model.CHALLENGES[kind].tab)}: {self.texts.title(kind)}")
        self.same.setText(self.tr("&Same variant for everyone, seed:"))
        self.own.setText(self.tr("&Each student their own variant"))
        self.tries_label.setText(self.tr("&Tries per challenge:"))
        self.show_score.setText(self.tr("Show the s&core"))
        self.show_timer.setText(self.tr("Show the t&imer"))
        self._fit_list()

    def _fit_list(self) -> None:
        """Every challenge's line whole, and all of them in view (a small screen scrolls)."""
        listing = self.challenges
        frame = 2 * listing.frameWidth() + listing.verticalScrollBar().sizeHint().width()
        listing.setMinimumWidth(listing.sizeHintForColumn(0) + frame + 8)
        rows = listing.count() * listing.sizeHintForRow(0) + 2 * listing.frameWidth()
        screen = self.screen()
        room = screen.availableGeometry().height() // 2 if screen is not None else rows
        listing.setMinimumHeight(min(rows, room))

    def kinds(self) -> list[str]:
        items = (self.challenges.item(row) for row in range(self.challenges.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def practice(self) -> model.Practice | None:
        """The practice set in the dialog, or None when no challenge is ticked."""
        kinds = self.kinds()
        if not kinds:
            return None
        seed = self.seed.value() if self.same.isChecked() else None
        return model.Practice(
            items=tuple(model.Item(kind, seed) for kind in kinds),
            tries=self.tries.value(),
            show_score=self.show_score.isChecked(),
            show_timer=self.show_timer.isChecked(),
        )
