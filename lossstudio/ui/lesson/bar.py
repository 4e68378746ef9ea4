"""The lesson bar above the tabs: where the lesson is, the step's caption, the strip of steps.

    3 / 27 · 3.2 均方差损失函数 · 表 3-1          reveal 1 of 2   ◀  ▶   ✕
    caption line 1 / 2 / 3
    [1 the loss is a sum] [2 the five steps] …                       (the strip: click to jump)

Every text from the lesson file is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lossstudio.ui import style


def short_title(title: str) -> str:
    """A strip entry: the title after its section ("3.2 … · Table 3-1" -> "Table 3-1")."""
    return title.rsplit(" · ", 1)[-1]


class LessonBar(QWidget):
    """Shows ``controller``'s position; its buttons and strip move it."""

    closeRequested = Signal()

    def __init__(self, controller, keys, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lesson.bar")
        self.controller, self.keys = controller, keys
        self.heading = QLabel(objectName="lesson.heading", wordWrap=True)
        self.progress = QLabel(objectName="lesson.progress")
        self.typed = QLabel(objectName="lesson.typed")
        self.caption = QLabel(objectName="lesson.caption", wordWrap=True)
        self.notes = QLabel(objectName="lesson.notes", wordWrap=True)
        for label in (self.heading, self.progress, self.typed, self.caption, self.notes):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.hide()
        self.back = QToolButton(objectName="lesson.back", text="◀")
        self.next = QToolButton(objectName="lesson.next", text="▶")
        self.close_button = QToolButton(objectName="lesson.close", text="✕")
        for button in (self.back, self.next, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back.clicked.connect(controller.backward)
        self.next.clicked.connect(controller.forward)
        self.close_button.clicked.connect(self.closeRequested)
        self.strip = QListWidget(objectName="lesson.strip")
        self.strip.setFlow(QListWidget.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.strip.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.strip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.strip.itemClicked.connect(lambda item: controller.jump(self.strip.row(item) + 1))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.typed)
        top.addWidget(self.progress)
        top.addWidget(self.back)
        top.addWidget(self.next)
        top.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 2, 6, 2)
        column.setSpacing(2)
        column.addLayout(top)
        column.addWidget(self.caption)
        column.addWidget(self.notes)
        column.addWidget(self.strip)
        self._titles: list[str] = []
        controller.changed.connect(self.refresh)
        keys.typedChanged.connect(self._show_typed)
        style.signals.changed.connect(self.restyle)
        self.restyle()
        self.retranslate()

    def restyle(self) -> None:
        style.mark_readout(self.heading, 16)
        style.mark_readout(self.typed, 16)
        self.progress.setFont(style.font(11))
        self.caption.setFont(style.font(14))
        self.notes.setFont(style.font(11))
        self.strip.setFont(style.font(9))
        height = self.strip.fontMetrics().height()
        self.strip.setFixedHeight(round(height * 1.6 + 2 * self.strip.frameWidth() + 14))
        for button in (self.back, self.next, self.close_button):
            button.setFont(style.font(12))
            button.setIconSize(QSize(round(style.theme().px(16)), round(style.theme().px(16))))

    def retranslate(self) -> None:
        self.back.setToolTip(self.tr("Back (Page Up, Left)"))
        self.next.setToolTip(self.tr("Next reveal, then next step (Page Down, Right, Space)"))
        self.close_button.setToolTip(self.tr("Close the lesson"))
        self.strip.setToolTip(self.tr("Click a step to go there, or type its number and Enter"))
        self._titles = []  # the strip is written again in the new language
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_notes(self, on: bool) -> None:
        self.notes.setVisible(on)
        self.refresh()

    def _show_typed(self, text: str) -> None:
        self.typed.setText(self.tr("Go to step {number}…").format(number=text) if text else "")

    def refresh(self) -> None:
        controller = self.controller
        if not controller.active():
            return
        self.heading.setText(controller.heading())
        self.caption.setText(controller.caption())
        self.caption.setVisible(bool(controller.caption()))
        self.notes.setText(controller.notes())
        step = controller.step()
        total = len(step.reveal)
        shown = controller.position.revealed
        self.progress.setText(
            self.tr("revealed {shown} of {total}").format(shown=shown, total=total) if total else ""
        )
        titles = controller.titles()
        if titles != self._titles:
            self._titles = titles
            self.strip.clear()
            for number, title in enumerate(titles, start=1):
                item = QListWidgetItem(f"{number} {short_title(title)}")
                item.setToolTip(title)
                self.strip.addItem(item)
        row = controller.position.step
        if self.strip.currentRow() != row:
            self.strip.setCurrentRow(row)
        self.strip.scrollToItem(self.strip.item(row))
