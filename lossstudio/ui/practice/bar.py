"""The practice bar above the tabs: the challenge, the student's answer, Check / Hint / Next.

    Challenge 2 / 6 · The Goldilocks learning rate        2 tries left · score 80 · 01:23  ✕
    Type a learning rate η for gradient descent that reaches J < 0.05 within 20 steps …
    [ 0.2        ] [Check] [Hint] [Next ▶]
    η = 0.2 reaches J < 0.05 in 9 steps. Rates from 0.094 to 0.234 work; …

Enter in the answer checks, and once the challenge is done goes on to the next one (a check that
ends the challenge moves the focus to Next, since Check and the choice are off then; Enter on a
button of the bar presses it); the practice menu has the same with keys that work from anywhere (Ctrl+Enter, F1, F6).
Every text is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStatusBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lossstudio.model import numbers
from lossstudio.model.practice_base import CHOICE, NUMBER, ORDER, POINT, TAB
from lossstudio.model.practice_classes import parse_order
from lossstudio.model.practice_predict import parse_point
from lossstudio.ui import style
from lossstudio.ui.i18n import sentences
from lossstudio.ui.practice.texts import PracticeTexts

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PracticeBar(QWidget):
    """Shows ``controller``'s challenge; the student answers and checks here."""

    closeRequested = Signal()

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("practice.bar")
        self.controller = controller
        self.texts = PracticeTexts(self)
        self.heading = QLabel(objectName="practice.heading", wordWrap=True)
        self.status = QLabel(objectName="practice.status")
        self.task = QLabel(objectName="practice.task", wordWrap=True)
        self.feedback = QLabel(objectName="practice.feedback", wordWrap=True)
        self.hint_text = QLabel(objectName="practice.hint", wordWrap=True)
        for label in (self.heading, self.status, self.task, self.feedback, self.hint_text):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.answer = QLineEdit(objectName="practice.answer")
        self.answer.setMaxLength(64)
        self.choice = QComboBox(objectName="practice.choice")
        self.check_button = QPushButton(objectName="practice.check")
        self.hint_button = QPushButton(objectName="practice.hint_button")
        self.next_button = QPushButton(objectName="practice.next")
        self.close_button = QToolButton(objectName="practice.close", text="✕")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.answer_label = QLabel(objectName="practice.answer_label")
        self.answer_label.setBuddy(self.answer)
        self._buttons = (self.check_button, self.hint_button, self.next_button)
        for widget in (self.answer, self.choice, *self._buttons):
            widget.installEventFilter(self)
        self.check_button.clicked.connect(self.check)
        self.hint_button.clicked.connect(self.show_hint)
        self.next_button.clicked.connect(controller.next)
        self.close_button.clicked.connect(self.closeRequested)
        self._layout()
        self.clock = QTimer(self, interval=1000)
        self.clock.timeout.connect(self._tick)
        controller.changed.connect(self.refresh)
        controller.running.connect(self._running)
        style.signals.changed.connect(self.restyle)
        self._shown = None
        self.restyle()
        self.retranslate()

    def _running(self, on: bool) -> None:
        self._shown = None  # a record opened again starts with an empty answer too
        if on:
            self.clock.start()
        else:
            self.clock.stop()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)
        top.addWidget(self.close_button)
        said = QVBoxLayout()  # what the check said, and the hint under it
        said.setSpacing(0)
        said.addWidget(self.feedback)
        said.addWidget(self.hint_text)
        row = QHBoxLayout()
        row.addWidget(self.answer_label)
        row.addWidget(self.answer)
        row.addWidget(self.choice)
        row.addWidget(self.check_button)
        row.addWidget(self.hint_button)
        row.addWidget(self.next_button)
        row.addLayout(said, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 2, 6, 2)
        column.setSpacing(2)
        column.addLayout(top)
        column.addWidget(self.task)
        column.addLayout(row)

    def restyle(self) -> None:
        self.heading.setFont(style.font(13, bold=True))
        self.status.setFont(style.font(13, bold=True))
        for widget in (self.task, self.feedback, self.hint_text, self.answer, self.choice):
            widget.setFont(style.font(12))
        for button in (self.check_button, self.hint_button, self.next_button, self.answer_label):
            button.setFont(style.font(12))
        self.close_button.setFont(style.font(12))
        self.answer.setMinimumWidth(self.answer.fontMetrics().horizontalAdvance("0" * 12))
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fit_choice()

    def retranslate(self) -> None:
        self.check_button.setText(self.tr("Check"))
        self.check_button.setToolTip(self.tr("Check the answer (Enter in the answer, Ctrl+Enter)"))
        self.hint_button.setText(self.tr("Hint"))
        self.hint_button.setToolTip(self.tr("One sentence pointing at the right view (F1)"))
        self.next_button.setText(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("The next challenge (Ctrl+Shift+Enter)"))
        self.close_button.setToolTip(self.tr("Close the practice"))
        self.answer_label.setText(self.tr("&Answer:"))
        self.choice.setPlaceholderText(self.tr("(choose one)"))
        self.refresh()
        if self.controller.active():  # the choices in the new language, the same one chosen
            variant = self.controller.variant()
            for index, key in enumerate(variant.choices if self.choice.count() else ()):
                self.choice.setItemText(index, self.texts.choice(variant.kind, key))
            self._fit_choice()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in _ENTER:
            if watched in self._buttons:  # a button has the focus: Enter presses it
                watched.click()
            elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.controller.next()
            else:
                self.check()
            return True
        return super().eventFilter(watched, event)

    # --- the answer --------------------------------------------------------------------------
    def attempt(self):
        """What the student gave, or ``ValueError`` with the message to show."""
        variant = self.controller.variant()
        kind = variant.answer_kind
        if kind == NUMBER:
            low, high = variant.limits
            try:
                return numbers.parse_number(self.answer.text(), minimum=low, maximum=high)
            except numbers.NumberError:
                message = self.tr("Type a number from {low} to {high}.")
                raise ValueError(message.format(low=low, high=high)) from None
        if kind == ORDER:
            try:
                return parse_order(self.answer.text(), variant.choices)
            except ValueError:
                message = self.tr("Type each of {names} once, largest loss first.")
                raise ValueError(message.format(names=" ".join(variant.choices))) from None
        if kind == POINT:
            try:
                return parse_point(self.answer.text())
            except ValueError:
                raise ValueError(
                    self.tr("Type two numbers, w and b: for example 1.5, 2.")
                ) from None
        if kind == CHOICE:
            if not 0 <= self.choice.currentIndex() < len(variant.choices):
                raise ValueError(self.tr("Choose an answer first."))
            return variant.choices[self.choice.currentIndex()]
        return None

    def check(self) -> None:
        controller = self.controller
        if not controller.active():
            return
        if controller.record().done:
            controller.next()
            return
        try:
            attempt = self.attempt()
        except ValueError as error:
            self.feedback.setText(str(error))
            return
        controller.check(attempt)
        self._scroll_to(self.feedback)
        if controller.record().done:  # Check and the choice are off now: Enter goes on
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _scroll_to(self, widget: QWidget) -> None:
        """On a short screen the bar scrolls: bring ``widget`` into view."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(widget, 0, 0)

    def show_hint(self) -> None:
        if self.controller.active():
            self.controller.hint()

    def focus_answer(self) -> None:
        kind = self.controller.variant().answer_kind if self.controller.active() else TAB
        target = self.choice if kind == CHOICE else self.answer
        if target.isVisible():
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self._scroll_to(target)
            if target is self.answer:
                self.answer.selectAll()

    # --- showing -----------------------------------------------------------------------------
    def _tick(self) -> None:
        if self.controller.active():
            self.status.setText(self.status_text())

    def status_text(self) -> str:
        controller = self.controller
        record = controller.record()
        if record.solved:
            parts = [self.tr("solved")]
        elif record.shown_earlier:
            parts = [self.tr("answer shown earlier")]
        elif record.done:
            parts = [self.tr("no tries left")]
        else:
            parts = [self.tr("tries left: {count}").format(count=controller.tries_left())]
        if controller.practice.show_score:
            parts.append(self.tr("score {score}").format(score=record.best))
        if controller.practice.show_timer:
            seconds = int(record.elapsed())
            parts.append(f"{seconds // 60:02d}:{seconds % 60:02d}")
        return " · ".join(parts)

    def refresh(self) -> None:
        controller = self.controller
        if not controller.active():
            return
        record = controller.record()
        variant = record.variant
        texts = self.texts
        self.heading.setText(
            self.tr("Challenge {number} / {count} · {title}").format(
                number=controller.index + 1,
                count=controller.count(),
                title=texts.title(variant.kind),
            )
        )
        self.task.setText(texts.task(variant))
        self.status.setText(self.status_text())
        kind = variant.answer_kind
        if record is not self._shown:  # another challenge (or another practice)
            self._shown = record
            self.answer.clear()
            self.choice.clear()
            if kind == CHOICE:
                self.choice.addItems([texts.choice(variant.kind, key) for key in variant.choices])
                self.choice.setCurrentIndex(-1)  # no answer until the student chooses one
            self._fit_choice()
        self.answer.setVisible(kind in (NUMBER, ORDER, POINT))
        self.choice.setVisible(kind == CHOICE)
        self.answer_label.setVisible(kind != TAB)
        self.answer.setPlaceholderText({ORDER: "C A D B", POINT: "w, b"}.get(kind, ""))
        self.answer.setReadOnly(record.done)
        self.choice.setEnabled(not record.done)
        self.check_button.setEnabled(not record.done)
        last = controller.index + 1 >= controller.count()
        self.next_button.setText(self.tr("Results ▶") if last else self.tr("Next ▶"))
        self.feedback.setText(self.feedback_text())
        self.hint_text.setText(texts.hint(variant.kind) if record.hints else "")
        self.hint_text.setVisible(bool(record.hints))

    def _fit_choice(self) -> None:
        """The choice box as wide as its longest item, with room for its arrow."""
        metrics = self.choice.fontMetrics()
        texts = [self.choice.itemText(i) for i in range(self.choice.count())] or [""]
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        self.choice.setMinimumWidth(widest + round(style.theme().px(48)))

    def feedback_text(self) -> str:
        record = self.controller.record()
        verdict = record.verdict
        again = self.again_text(record)
        if verdict is None or (record.shown_earlier and not record.solved):
            if again or record.done:
                return again
            if record.variant.answer_kind == TAB:
                return self.tr("Work on the tab, then press Check (Ctrl+Enter).")
            return ""
        score = self.tr("Score {score}.").format(score=verdict.score)
        if not self.controller.practice.show_score or record.shown_before:
            score = ""  # (opened again after the answer: the score is in that sentence)
        if verdict.extra.get("watched"):
            score = sentences([score, self.texts.watched()])
        if record.done:
            head = self.tr("Solved.") if verdict.solved else self.tr("No tries left.")
            said = (again, head, score, self.texts.verdict(record.variant, verdict))
        else:
            said = (again, self.tr("Not yet."), score, self.tr("Try again."))
        return sentences(said)

    def again_text(self, record) -> str:
        """What an earlier opening of the same challenge (kind and seed) left: its answer shown
        (done, the score it had then) or the tries and moves that still count ("": none)."""
        if record.shown_earlier or record.shown_before:
            if self.controller.practice.show_score:
                text = self.tr(
                    "This challenge's answer (seed {seed}) was shown earlier: it stays at score {score}."
                )
            else:
                text = self.tr(
                    "This challenge's answer (seed {seed}) was shown earlier: it can no longer be checked."
                )
            return text.format(seed=record.variant.seed, score=record.best)
        if record.again and record.played():
            return self.tr(
                "Opened again: you go on where you left this challenge; what you did before still counts."
            )
        return ""


class BarScroll(QScrollArea):
    """The bar, whole where the window has room for it. A tool bar is as tall as its size
    hint, so the hint never asks for more than the screen leaves beside the tallest tab (768
    lines beside the race of six, say): then the bar scrolls up and down for the rest."""

    def __init__(self, bar: PracticeBar, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("practice.scroll")
        self.window_ = window
        self.setWidget(bar)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a click on the bar's texts or its ✕ leaves the keys where they were (the answer):
        # the scroll area took them, and Cancel on the ✕'s question gave them back to it
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._height = -1
        bar.installEventFilter(self)
        window.installEventFilter(self)

    def _content_height(self) -> int:
        bar = self.widget()
        width = max(self.viewport().width(), 200)
        return bar.heightForWidth(width) if bar.hasHeightForWidth() else bar.sizeHint().height()

    def _free_height(self) -> int:
        """What the screen leaves for the bar under the menus and above the tallest tab."""
        window = self.window_
        screen = window.screen()
        if screen is None:
            return self._content_height()
        taken = (
            window.menuBar().sizeHint().height() + window.centralWidget().minimumSizeHint().height()
        )
        # statusBar() would make one where there is none; a main window's status bar is its
        # direct child (searching the whole window on every layout request cost ~0.7 ms a
        # frame of the Descent race)
        status = window.findChild(QStatusBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if status is not None and status.isVisible():
            taken += status.sizeHint().height()
        return screen.availableGeometry().height() - taken - 12  # the tool bar's own frame

    def _wanted(self) -> int:
        least = self.widget().heading.fontMetrics().height() + 6  # one line, at least
        return max(least, min(self._content_height(), self._free_height()))

    def sizeHint(self) -> QSize:
        return QSize(self.widget().sizeHint().width(), self._wanted())

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._wanted())

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            wanted = self._wanted()
            if wanted != self._height:
                self._height = wanted
                self.updateGeometry()
        return super().eventFilter(watched, event)
