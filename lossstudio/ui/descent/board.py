"""The race board: one row per racing optimizer with its loss now and how its walk ended."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from lossstudio.engine.descent import OPTIMIZERS
from lossstudio.model.descent import MAX_STEPS
from lossstudio.model.walks import Walk
from lossstudio.ui import style
from lossstudio.ui.descent.panel import swatch
from lossstudio.ui.widgets.number_field import format_value


class RaceBoard(QFrame):
    """Rows of swatch, name, J and status; ``status_text`` is shared with the tab's badge."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("descent.board")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.header_name, self.header_loss, self.header_status = QLabel(), QLabel(), QLabel()
        for column, label in enumerate((self.header_name, self.header_loss, self.header_status)):
            grid.addWidget(label, 0, column + 1)
        self.rows: dict[str, tuple[QLabel, QLabel, QLabel, QLabel]] = {}
        for index, name in enumerate(OPTIMIZERS):
            icon, title, loss, status = QLabel(), QLabel(), QLabel(), QLabel()
            loss.setObjectName(f"descent.board.loss.{name}")
            status.setObjectName(f"descent.board.status.{name}")
            icon.setPixmap(swatch(index).pixmap(28, 14))
            for column, label in enumerate((icon, title, loss, status)):
                grid.addWidget(label, index + 1, column)
            self.rows[name] = (icon, title, loss, status)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(OPTIMIZERS) + 1, 1)
        self.restyle()

    def retranslate(self, names: dict[str, str]) -> None:
        self.header_name.setText(self.tr("Optimizer"))
        self.header_loss.setText(self.tr("Loss J"))
        self.header_status.setText(self.tr("Walk"))
        for name, (_, title, _, _) in self.rows.items():
            title.setText(names.get(name, name))
        self._fit_widths()

    def restyle(self) -> None:
        for label in (self.header_name, self.header_loss, self.header_status):
            label.setFont(style.font(10, bold=True))
        for index, (icon, title, loss, status) in enumerate(self.rows.values()):
            size = round(style.theme().px(28))
            icon.setPixmap(swatch(index, size).pixmap(size, size // 2))
            for label in (title, status):
                label.setFont(style.font(10))
            style.mark_readout(loss, 14)
        self._fit_widths()

    def _fit_widths(self) -> None:
        """Columns as wide as their usual widest text, so a changing number or status does not
        re-lay out the board (and the plots beside it) on every frame of a race."""
        steps = MAX_STEPS + 1
        texts = (
            self.tr("walking"),
            self.tr("paused"),
            self.tr("diverged after %n step(s)", "", steps),
            self.tr("converged in %n step(s)", "", steps),
            self.tr("stopped after %n step(s)", "", steps),
        )
        for _, _, loss, status in self.rows.values():
            loss.setMinimumWidth(loss.fontMetrics().horizontalAdvance("0.0000000"))
            metrics = status.fontMetrics()
            status.setMinimumWidth(max(metrics.horizontalAdvance(text) for text in texts))

    def status_text(self, walk: Walk, iteration: int, playing: bool = True) -> str:
        """How ``walk`` stands at ``iteration``: walking (or paused), converged, diverged or
        stopped. The count is of the steps taken, the iteration the header shows at the end
        (a diverged walk ends at its last finite point: the next step ran away)."""
        if iteration < walk.steps:
            return self.tr("walking") if playing else self.tr("paused")
        if walk.descent.diverged:
            return self.tr("diverged after %n step(s)", "", walk.steps)
        if walk.descent.converged:
            return self.tr("converged in %n step(s)", "", walk.steps)
        return self.tr("stopped after %n step(s)", "", walk.steps)

    def show_walks(self, walks: dict[str, Walk], iteration: int, playing: bool = True) -> None:
        """Only what changed is set: a frame of the race changes a few numbers."""
        for name, (icon, title, loss, status) in self.rows.items():
            walk = walks.get(name)
            if loss.isVisibleTo(self) != (walk is not None):
                for label in (icon, title, loss, status):
                    label.setVisible(walk is not None)
            if walk is None:
                continue
            index = walk.index(iteration)
            _set_text(loss, format_value(float(walk.losses[index]), 5))
            _set_text(status, self.status_text(walk, iteration, playing))


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)
        wanted = label.sizeHint().width()
        if wanted > label.minimumWidth():  # a rare long number: the column grows, once
            label.setMinimumWidth(wanted)
