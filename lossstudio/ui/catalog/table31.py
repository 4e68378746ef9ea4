"""Table 3-1, live: absolute against squared error sums for two sets of predictions."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from lossstudio.engine.tables import table_3_1
from lossstudio.model.catalog import TABLE_RANGE, CatalogState
from lossstudio.ui import style
from lossstudio.ui.widgets.number_field import NumberField, format_value

ROWS = ("table_labels", "table_first", "table_second")


def _number(value: float) -> str:
    return format_value(value, 6).replace("-", "−")


class TablePage(QWidget):
    """The chapter's Table 3-1 with every label and prediction editable."""

    changed = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._state: CatalogState | None = None
        self.fields: dict[str, list[NumberField]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        self.headers = [QLabel() for _ in range(4)]
        for column, header in enumerate(self.headers):
            grid.addWidget(header, 0, column)
        self.row_titles = [QLabel() for _ in ROWS]
        for row, name in enumerate(ROWS):
            cells = QGridLayout()
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
            grid.addLayout(cells, 1 + row, 1)
        self.sums = {}
        for row, which in ((2, "first"), (3, "second")):
            for column, kind in ((2, "absolute"), (3, "squared")):
                label = QLabel(objectName=f"catalog.{kind}_sum_{which}")
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.sums[kind, which] = label
                grid.addWidget(label, row, column)
        self.growth_title = QLabel()
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
        layout = QVBoxLayout(self)
        self.heading = QLabel(wordWrap=True)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.verdict)
        layout.addWidget(self.explain)
        layout.addStretch(1)

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
            absolute = " + ".join(f"|{_number(a)} − {_number(b)}|" for a, b in pairs)
            squared = " + ".join(f"({_number(a)} − {_number(b)})²" for a, b in pairs)
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
        self._verdict(table.absolute_growth, table.squared_growth)

    def _verdict(self, absolute: float, squared: float) -> None:
        a, s = format_value(absolute, 3), format_value(squared, 3)
        if absolute != absolute or squared != squared:  # nan: the first sums are 0
            text = self.tr(
                "The first predictions are perfect (sum 0): there is no growth to compare."
            )
        elif squared > absolute:
            text = self.tr(
                "The absolute error grows {a}×, the squared error {s}×: squared error punishes "
                "the larger miss harder."
            ).format(a=a, s=s)
        elif squared < absolute:
            text = self.tr(
                "The absolute error grows {a}×, the squared error only {s}×: here the misses "
                "are small (below 1), where squaring shrinks them."
            ).format(a=a, s=s)
        else:
            text = self.tr("Both sums grow {a}×.").format(a=a)
        self.verdict.setText(text)

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
            header.setText(text)
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
                "squared error. A miss of 2 costs 2 in absolute error but 4 in squared error, "
                "so the mean squared error pays most attention to the worst samples."
            )
        )
        if self._state is not None:
            self.render(self._state)
