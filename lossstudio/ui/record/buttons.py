"""The "Export animation…" button of the Descent race and the Figure 3-1 walk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton, QStyle, QWidget


class ExportAnimationButton(QPushButton):
    """Asks the window's recorder (``window.record``) to export ``kind`` ("race" or "walk")
    of the state ``state()`` gives; hidden in a window without one."""

    def __init__(self, name: str, kind: str, state: Callable[[], object], parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.kind, self.state = kind, state
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.clicked.connect(self.export)
        self.retranslate()

    def recorder(self):
        window: QWidget = self.window()
        return getattr(window, "record", None)

    def export(self) -> bool:
        record = self.recorder()
        if record is None:
            return False
        return (
            record.export_race(self.state())
            if self.kind == "race"
            else record.export_walk(self.state())
        )

    def retranslate(self) -> None:
        if self.kind == "race":
            self.setText(self.tr("Export the race as animation…"))
            self.setToolTip(self.tr("The race from iteration 0 as a GIF, APNG or WebP file"))
        else:
            self.setText(self.tr("Export the walk as animation…"))
            self.setToolTip(self.tr("The walk from x₀, step by step, as a GIF, APNG or WebP file"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
