"""The Regression tab in presentation mode: the control panel folds into a drawer on the left
and J, its bar and the best fit's J move to a strip above the data plot, where the room reads
them (:mod:`lossstudio.ui.drawer`)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lossstudio.ui import style
from lossstudio.ui.drawer import Drawer, Relocation

#: the best fit's line and J in the strip (points before scaling): 12 px high at 1280x720 before
BEST_POINTS = 13


class RoomStrip(QWidget):
    """ "J = 0.530669" with its bar, the best fit's J under them: shown only in presentation,
    holding the panel's own readouts (hidden answers cover them wherever they are)."""

    def __init__(self, panel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("regression.room_strip")
        self.panel = panel
        self.name = QLabel(objectName="regression.room_j")
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.name)
        self.row.addSpacing(8)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(self.row)
        self.under = QVBoxLayout()
        column.addLayout(self.under)
        self.moved = Relocation([panel.loss, panel.bar])
        self.best = Relocation([panel.best_loss])
        self.hide()
        self.restyle()
        self.retranslate()

    def retranslate(self) -> None:
        self.name.setText(self.tr("J ="))

    def restyle(self) -> None:
        style.mark_readout(self.name, 30)
        self.name.setStyleSheet(f"color: {style.PALETTE[1]};")
        if self.best.moved():  # the best fit's J under J, read from the back row too
            self.panel.best_loss.setFont(style.font(BEST_POINTS))

    def set_presenting(self, on: bool) -> None:
        if on:
            self.moved.move_to(self.row, [0, 1])
            self.best.move_to(self.under)
        else:  # back in the reverse order: best's place was taken with J and its bar gone
            self.best.restore()
            self.moved.restore()
            self.panel.best_loss.setFont(QFont())  # the panel's own font again
        self.setVisible(on)


def presentation_layout(tab, left_column: QVBoxLayout) -> tuple[Drawer, RoomStrip]:
    """The Regression tab's drawer (its control panel's scroll area, on the left) and the
    strip above the data plot (first in ``left_column``)."""
    strip = RoomStrip(tab.panel)
    drawer = Drawer(tab, tab.scroll, "left", "regression.drawer", below=strip)
    left_column.insertWidget(0, strip)
    return drawer, strip
