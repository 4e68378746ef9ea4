"""Table 3-1, live: absolute against squared error sums for two sets of predictions."""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from lossstudio.engine.tables import table_3_1
from lossstudio.model.catalog import TABLE_RANGE, CatalogState
from lossstudio.ui import style
from lossstudio.ui.line_breaks import keep_whole, unbroken
from lossstudio.ui.widgets.number_field import NumberField, format_value

ROWS = ("table_labels", "table_first", "table_second")
#: formulas the headers and the verdict show: a narrow column wraps around them, never inside
#: ("Σ|" on one line, "a − y|" on the next); the Chinese keeps the same formulas
FORMULAS = ("Σ|a − y|", "Σ(a − y)²", "Σ(a − y)² / Σ|a − y|")


def _number(value: float) -> str:
    return format_value(value, 6).replace("-", "−")


class _TallEnough(QWidget):
    """The page's content in its scroll area, at least as tall as its wrapped texts need at
    its width: the scroll area gives it only its plain minimum height, and the grid squeezed
    the wrapped sums (Chinese at scale 1.3 on a 720-line screen) below their lines."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def event(self, event) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # new texts (a language), new fonts
            self._fit()
        return done

    def _fit(self) -> None:
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed != self.minimumHeight():
                self.setMinimumHeight(needed)


class TablePage(QWidget):
    """The chapter's Table 3-1 with every label and prediction editable."""

    changed = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._state: CatalogState | None = None
        self.fields: dict[str, list[NumberField]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setColumnStretch(2, 1)  # the room left goes to the sums, which wrap
        grid.setColumnStretch(3, 1)
        # headers and titles wrap, so that a narrow window wraps them instead of cutting them
        self.headers = [QLabel(wordWrap=True) for _ in range(4)]
        for column, header in enumerate(self.headers):
            grid.addWidget(header, 0, column)
        self._add_prediction_rows(grid)
        self.sums = {}
        for row, which in ((2, "first"), (3, "second")):
            for column, kind in ((2, "absolute"), (3, "squared")):
                label = QLabel(objectName=f"catalog.{kind}_sum_{which}", wordWrap=True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.sums[kind, which] = label
                grid.addWidget(label, row, column)
        self.growth_title = QLabel(wordWrap=True)
        grid.addWidget(self.growth_title, 4, 0, 1, 2)
        self.growth = {}
        for column, kind in ((2, "absolute"), (3, "squared")):
            label = QLabel(objectName=f"catalog.{kind}_growth")
            self.growth[kind] = label
            grid.addWidget(label, 4, column)
        line = QFrame(frameShape=QFrame.Shape.HLine)
        grid.addWidget(line, 5, 0, 1, 4)
        self.verdict = QLabel(objectName="catalog.table_verdict", wordWrap=True)
        self.explain = QLabel(wordWrap=True)
        # the page scrolls up and down when its wrapped sums need more height than the window
        # has (two Ctrl+= on a 1080-line screen), and sideways when even wrapped the table is
        # wider than the page (its fields were squeezed over each other)
        content = _TallEnough()
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        self.heading = QLabel(wordWrap=True)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.verdict)
        layout.addWidget(self.explain)
        layout.addStretch(1)

    def _add_prediction_rows(self, grid: QGridLayout) -> None:
        """The two rows of three predictions, each typed in a field of its own."""
        self.row_titles = [QLabel(wordWrap=True) for _ in ROWS]
        self.cell_rows: list[QWidget] = []
        for row, name in enumerate(ROWS):
            box = QWidget()  # a widget, not a nested layout: its least width holds in the grid
            cells = QGridLayout(box)
            cells.setContentsMargins(0, 0, 0, 0)
            self.cell_rows.append(box)
            fields = []
            for index in range(3):
                field = NumberField(0.0, TABLE_RANGE.minimum, TABLE_RANGE.maximum, digits=6)
                field.setObjectName(f"catalog.{name}.{index}")
                field.valueCommitted.connect(
                    lambda value, name=name, index=index: self._typed(name, index, value)
                )
                cells.addWidget(field, 0, index)
                fields.append(field)
            self.fields[name] = fields
            grid.addWidget(self.row_titles[row], 1 + row, 0)
            grid.addWidget(box, 1 + row, 1)

    def _typed(self, name: str, index: int, value: float) -> None:
        row = list(getattr(self._state, name))
        row[index] = value
        self.changed.emit(replace(self._state, **{name: tuple(row)}), True)

    def render(self, state: CatalogState) -> None:
        self._state = state
        for name in ROWS:
            for field, value in zip(self.fields[name], getattr(state, name), strict=True):
                field.setValue(value)
        table = table_3_1(state.table_labels, state.table_first, state.table_second)
        y = state.table_labels
        for index, (which, predictions) in enumerate(
            (("first", state.table_first), ("second", state.table_second))
        ):
            pairs = list(zip(predictions, y, strict=True))
            # each term unbroken: a narrow window wraps the sum only between terms
            absolute = " + ".join(unbroken(f"|{_number(a)} − {_number(b)}|") for a, b in pairs)
            squared = " + ".join(unbroken(f"({_number(a)} − {_number(b)})²") for a, b in pairs)
            total_abs, total_sq = table.absolute_sums[index], table.squared_sums[index]
            self.sums["absolute", which].setText(f"{absolute} = <b>{_number(total_abs)}</b>")
            self.sums["squared", which].setText(f"{squared} = <b>{_number(total_sq)}</b>")
            self.sums["absolute", which].setProperty("value", total_abs)
            self.sums["squared", which].setProperty("value", total_sq)
        for kind, ratio, sums in (
            ("absolute", table.absolute_growth, table.absolute_sums),
            ("squared", table.squared_growth, table.squared_sums),
        ):
            label = self.growth[kind]
            label.setText(
                f"{_number(sums[1])} / {_number(sums[0])} = <b>{format_value(ratio, 3)}</b>"
            )
            label.setProperty("value", ratio)
        self._verdict(table)

    def _verdict(self, table) -> None:
        """Why the two sums grew as they did, true for any typed values.

        The squared sum is the absolute sum times the misses' size-weighted mean
        ``sum e^2 / sum |e|``, so the squared sum grows more exactly when that weighted mean
        grows: the verdict names it and the largest miss of each row.
        """
        absolute, squared = table.absolute_growth, table.squared_growth
        if absolute != absolute:  # nan: both rows are perfect
            text = self.tr("Both sets of predictions are perfect (every sum is 0): nothing grows.")
            self.verdict.setText(text)
            return
        if math.isinf(absolute):  # the first row is perfect, the second is not
            text = self.tr(
                "The first predictions are perfect (both sums 0), so there is no growth to "
                "compare: from 0 every miss is an infinite growth. The second predictions cost "
                "{abs} in absolute and {sq} in squared error."
            ).format(abs=_number(table.absolute_sums[1]), sq=_number(table.squared_sums[1]))
            self.verdict.setText(text)
            return
        a, s = format_value(absolute, 3), format_value(squared, 3)
        weighted = [
            _number(sq / ab) for sq, ab in zip(table.squared_sums, table.absolute_sums, strict=True)
        ]
        largest = [_number(float(row.max())) for row in table.absolute_terms]
        details = dict(a=a, s=s, r1=weighted[0], r2=weighted[1], m1=largest[0], m2=largest[1])
        if math.isclose(squared, absolute, rel_tol=1e-12):
            text = self.tr(
                "Both sums grow {a}×: the misses' size-weighted mean Σ(a − y)² / Σ|a − y| stays "
                "{r1} (largest miss {m1} in (1), {m2} in (2))."
            )
        elif squared > absolute:
            text = self.tr(
                "The absolute error grows {a}×, the squared error {s}×: squared error punishes "
                "the larger miss harder, because squaring weighs each miss by its own size, "
                "and here the error moves into larger misses (size-weighted mean "
                "Σ(a − y)² / Σ|a − y|: {r1} → {r2}; largest miss {m1} → {m2})."
            )
        else:
            text = self.tr(
                "The absolute error grows {a}×, the squared error only {s}×: squaring weighs "
                "each miss by its own size, and here the error moves into smaller misses "
                "(size-weighted mean Σ(a − y)² / Σ|a − y|: {r1} → {r2}; largest miss "
                "{m1} → {m2})."
            )
        self.verdict.setText(keep_whole(text.format(**details), FORMULAS))

    def restyle(self) -> None:
        for label in [*self.sums.values(), *self.growth.values()]:
            label.setFont(style.font(14))
        for label in (*self.headers, *self.row_titles, self.growth_title):
            label.setFont(style.font(12, bold=True))
        self.verdict.setFont(style.font(15, bold=True))
        self.heading.setFont(style.font(13))
        self.explain.setFont(style.font(11))
        for fields in self.fields.values():
            for field in fields:
                field.setFont(style.font(13))
                field.setMinimumWidth(int(style.theme().px(64)))
                field.setMaximumWidth(int(style.theme().px(96)))  # the room left: the sums
        for box in self.cell_rows:  # three fields side by side, never over each other
            spacing = box.layout().horizontalSpacing()
            box.setMinimumWidth(3 * int(style.theme().px(64)) + 2 * max(spacing, 0))

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr(
                "Table 3-1: the same labels, two sets of predictions. Type any value (Enter to "
                "apply); the sums and their growth follow."
            )
        )
        for header, text in zip(
            self.headers,
            (
                "",
                self.tr("Values"),
                self.tr("Absolute error sum  Σ|a − y|"),
                self.tr("Squared error sum  Σ(a − y)²"),
            ),
            strict=True,
        ):
            header.setText(keep_whole(text, FORMULAS))
        for label, text in zip(
            self.row_titles,
            (self.tr("Labels y"), self.tr("Predictions a (1)"), self.tr("Predictions a (2)")),
            strict=True,
        ):
            label.setText(text)
        self.growth_title.setText(self.tr("Growth from (1) to (2)"))
        self.explain.setText(
            self.tr(
                "The chapter's squared sum is the plain sum, without the 1/(2m) of the mean "
                "squared error."
            )
        )
        if self._state is not None:
            self.render(self._state)
