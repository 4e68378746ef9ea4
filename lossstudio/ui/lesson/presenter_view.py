"""The presenter view: on the laptop, when a second screen shows the lesson full screen.

It shows the step's heading and caption, the lecturer's notes, the next step's title, the
clock and the time since the lesson began, with back / next buttons. With one screen there is
none: the lesson runs in the main window (notes in its bar on request, Lesson > notes).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTime, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lossstudio.ui import style


class PresenterView(QWidget):
    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("lesson.presenter")
        self.controller = controller
        self.started = time.monotonic()
        self.heading = QLabel(objectName="lesson.presenter.heading", wordWrap=True)
        self.caption = QLabel(objectName="lesson.presenter.caption", wordWrap=True)
        self.notes = QLabel(objectName="lesson.presenter.notes", wordWrap=True)
        self.next_title = QLabel(objectName="lesson.presenter.next", wordWrap=True)
        self.clock = QLabel(objectName="lesson.presenter.clock")
        for label in (self.heading, self.caption, self.notes, self.next_title, self.clock):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.back = QPushButton(objectName="lesson.presenter.back")
        self.next = QPushButton(objectName="lesson.presenter.forward")
        self.back.clicked.connect(controller.backward)
        self.next.clicked.connect(controller.forward)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        buttons.addStretch(1)
        buttons.addWidget(self.clock)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.caption)
        column.addWidget(self.notes, 1)
        column.addWidget(self.next_title)
        column.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        controller.changed.connect(self.refresh)
        style.signals.changed.connect(self.restyle)
        self.restyle()
        self.retranslate()

    def restyle(self) -> None:
        style.mark_readout(self.heading, 18)
        self.caption.setFont(style.font(16))
        self.notes.setFont(style.font(16))
        self.next_title.setFont(style.font(13))
        style.mark_readout(self.clock, 18)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Loss Studio: presenter view"))
        self.back.setText(self.tr("◀ Back"))
        self.next.setText(self.tr("Next ▶"))
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        self.started = time.monotonic()
        self.timer.start()
        self._tick()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def _tick(self) -> None:
        minutes, seconds = divmod(int(time.monotonic() - self.started), 60)
        now = QTime.currentTime().toString("HH:mm")
        self.clock.setText(
            self.tr("{now}   ({minutes}:{seconds} in)").format(
                now=now, minutes=minutes, seconds=f"{seconds:02d}"
            )
        )

    def refresh(self) -> None:
        controller = self.controller
        if not controller.active():
            return
        self.heading.setText(controller.heading())
        self.caption.setText(controller.caption())
        notes = controller.notes()
        self.notes.setText(notes or self.tr("(no notes for this step)"))
        following = controller.next_title()
        self.next_title.setText(
            self.tr("Next: {title}").format(title=following) if following else self.tr("Last step")
        )
