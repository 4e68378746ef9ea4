"""The lesson bar above the tabs: where the lesson is, the step's caption, the strip of steps.

    3 / 27 · 3.2 均方差损失函数 · 表 3-1          reveal 1 of 2   ◀  ▶   ✕
    caption line 1 / 2 / 3
    [1 the loss is a sum] [2 the five steps] …                       (the strip: click to jump)

Every text from the lesson file is shown as plain text. The heading, caption and notes keep
the height of the lesson's longest at the bar's width (:meth:`LessonBar.reserve`), so the tabs
below never move from step to step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lossstudio.model import lesson as lesson_model
from lossstudio.ui import style

#: the most lines the notes take in the bar (longer notes scroll)
NOTES_LINES = 3


def short_title(title: str) -> str:
    """A strip entry: the title after its section ("3.2 … · Table 3-1" -> "Table 3-1")."""
    return title.rsplit(" · ", 1)[-1]


class LessonBar(QWidget):
    """Shows ``controller``'s position; its buttons and strip move it."""

    closeRequested = Signal()

    def __init__(self, controller, keys, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lesson.bar")
        # as wide as the tool bar, whatever its texts' hints: one width, so one height
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.controller, self.keys = controller, keys
        self.heading = QLabel(objectName="lesson.heading", wordWrap=True)
        self.progress = QLabel(objectName="lesson.progress")
        self.typed = QLabel(objectName="lesson.typed")
        self.caption = QLabel(objectName="lesson.caption", wordWrap=True)
        self.notes = QLabel(objectName="lesson.notes", wordWrap=True)
        for label in (self.heading, self.progress, self.typed, self.caption, self.notes):
            label.setTextFormat(Qt.TextFormat.PlainText)
        # the notes scroll inside at most NOTES_LINES lines: the tabs keep their room
        self.notes_area = QScrollArea(objectName="lesson.notes_area", widgetResizable=True)
        self.notes_area.setFrameShape(QFrame.Shape.NoFrame)
        self.notes_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes_area.setWidget(self.notes)
        # its width is the bar's: the notes' one-line hint must not widen (and squeeze) the bar
        self.notes_area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.notes_area.hide()
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
        column.addWidget(self.notes_area)
        column.addWidget(self.strip)
        self._titles: list[str] = []
        controller.changed.connect(self.refresh)
        keys.typedChanged.connect(self._show_typed)
        style.signals.changed.connect(self.restyle)
        self.restyle()
        self.retranslate()

    # --- one height for every step ------------------------------------------------------------
    def reserve(self) -> None:
        """Give the heading, caption and notes the height the longest of the lesson's steps
        needs at their present width (and the progress the width of its longest text)."""
        controller = self.controller
        if not controller.active():
            return
        steps = controller.lesson.steps
        language = controller.language()
        totals = sorted({len(step.reveal) for step in steps if step.reveal})
        progress = [self._progress_text(total, total) for total in totals]
        metrics = self.progress.fontMetrics()
        self.progress.setMinimumWidth(
            max((metrics.horizontalAdvance(t) for t in progress), default=0)
        )
        headings = [controller.heading_of(index) for index in range(len(steps))]
        captions = ["\n".join(line.get(language) for line in step.lines) for step in steps]
        notes = [step.notes.get(language) for step in steps]
        changed = False
        for label, texts in ((self.heading, headings), (self.caption, captions)):
            changed |= _fix_height(label, max(_wrapped_height(label, text) for text in texts))
        # the notes' width is the area's less a scroll bar, whether it shows or not
        width = self.notes_area.width() - self.notes_area.verticalScrollBar().sizeHint().width()
        tallest = max(_wrapped_height(self.notes, text, width) for text in notes)
        lines = NOTES_LINES * self.notes.fontMetrics().height()
        changed |= _fix_height(self.notes_area, min(tallest, lines))
        toolbar = self.parentWidget()
        if changed and toolbar is not None:  # the tool bar keeps a stale height otherwise
            toolbar.layout().invalidate()
            toolbar.updateGeometry()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.reserve()

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
        self.reserve()
        self.refresh()  # presenting or back at the desk (a new scale): the notes held or shown

    def retranslate(self) -> None:
        self.back.setToolTip(self.tr("Back (Page Up, Left)"))
        self.next.setToolTip(self.tr("Next reveal, then next step (Page Down, Right, Space)"))
        self.close_button.setToolTip(self.tr("Close the lesson"))
        self.strip.setToolTip(self.tr("Click a step to go there, or type its number and Enter"))
        self._titles = []  # the strip is written again in the new language
        self.refresh()
        self.reserve()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_notes(self, on: bool) -> None:
        self.notes_area.setVisible(on)
        self.refresh()

    def _progress_text(self, shown: int, total: int) -> str:
        return self.tr("revealed {shown} of {total}").format(shown=shown, total=total)

    def _notes_text(self) -> str:
        """The step's notes; while presenting, held back as long as an answer of the step is
        hidden: they often say it ("A: 0.51, B: 0.36"), and the room reads this screen."""
        controller = self.controller
        notes = controller.notes()
        presenting = getattr(self.window(), "presenting", False)
        if notes and presenting and controller.hidden():
            return self.tr(
                "(The notes wait for this step's answer to be revealed: the room sees this "
                "screen. The presenter view on a second screen shows them.)"
            )
        return notes

    def _held_text(self) -> str:
        """A step with nothing to reveal that holds a later step's answers ("?") says when."""
        controller = self.controller
        later = lesson_model.revealed_on(controller.lesson, controller.position.step)
        if later is None:
            return ""
        return self.tr("“?” is revealed on step {number}").format(number=later + 1)

    def _show_typed(self, text: str) -> None:
        self.typed.setText(self.tr("Go to step {number}…").format(number=text) if text else "")

    def refresh(self) -> None:
        controller = self.controller
        if not controller.active():
            return
        self.heading.setText(controller.heading())
        self.caption.setText(controller.caption())  # shown even when empty: its room stays
        self.notes.setText(self._notes_text())
        step = controller.step()
        total = len(step.reveal)
        shown = controller.position.revealed
        self.progress.setText(self._progress_text(shown, total) if total else self._held_text())
        self.reserve()  # cheap, and a new lesson, language or font may need another height
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


def _fix_height(widget: QWidget, height: int) -> bool:
    """Fix ``widget``'s height; whether it changed."""
    if widget.minimumHeight() == height == widget.maximumHeight():
        return False
    widget.setFixedHeight(height)
    return True


def _wrapped_height(label: QLabel, text: str, width: int | None = None) -> int:
    """The height ``label`` needs for ``text`` wrapped at ``width`` (its present width), one
    line at least."""
    width = max(label.contentsRect().width() if width is None else width, 1)
    flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    metrics = label.fontMetrics()
    rect = metrics.boundingRect(0, 0, width, 100_000, flags, text or " ")
    margins = label.contentsMargins()
    return max(rect.height(), metrics.height()) + margins.top() + margins.bottom()
