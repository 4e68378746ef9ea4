"""The students table: true labels, predicted probabilities, each row's cross-entropy and J."""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from lossstudio.model import classification as model
from lossstudio.ui import plain, style
from lossstudio.ui.classification.items import (
    LossBarDelegate,
    ProbabilityDelegate,
    SumCell,
    number_text,
)
from lossstudio.ui.classification.sliders import StudentSliders
from lossstudio.ui.classification.student_rows import (
    FIRST_PROBABILITY,
    StudentRows,
)
from lossstudio.ui.widgets.fitting import fit_columns
from lossstudio.ui.widgets.formula_view import FormulaView
from lossstudio.ui.widgets.number_field import IntegerField, format_value


class StudentsPanel(StudentRows, QWidget):
    """Renders :class:`ClassificationState.students`; gestures go to ``tab`` (apply/preview)."""

    def __init__(self, tab, parent=None):
        super().__init__(parent)
        self.tab = tab
        self._structure = None
        self._selected = 0
        self.combos: list[QComboBox] = []
        self.sum_cells: dict[int, SumCell] = {}
        self._build_table()
        self._build_totals()
        self._build_buttons()
        self.sliders_box = StudentSliders(self)
        self._build_layout()

    def _build_table(self) -> None:
        """The table: one row per student, typed probabilities, each row's loss and bar."""
        self.formula = FormulaView("classification_cross_entropy", height=52)
        self.table = QTableWidget(self)
        self.table.setObjectName("classification.table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        # the table is as tall as its rows (``_rebuild``): a vertical bar, shown for a moment
        # while it grew, made its least width depend on when it was last built
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.delegate = ProbabilityDelegate(self.table)
        self.delegate.committed.connect(self._typed)
        self.delegate.rejected.connect(self._refused)
        self.bar_delegate = LossBarDelegate(self.table)
        self.table.currentCellChanged.connect(self._current_changed)

    def _build_totals(self) -> None:
        """The status line, the infinity note, clipping, J and J / m with their terms."""
        self.status = QLabel()
        self.status.setObjectName("classification.status")
        self.status.setWordWrap(True)
        self.infinity_note = QLabel()
        self.infinity_note.setObjectName("classification.infinity_note")
        self.infinity_note.setWordWrap(True)
        plain.plain(self.status, self.infinity_note)  # they quote student names
        self.clip = QCheckBox()
        self.clip.setObjectName("classification.clip")
        self.clip.toggled.connect(lambda on: self.tab.apply(replace(self.tab.state(), clip=on)))

        self.total = QLabel()
        self.total.setObjectName("classification.total")
        self.mean = QLabel()
        self.mean.setObjectName("classification.mean")
        self.terms = QLabel()
        self.terms.setObjectName("classification.terms")
        self.terms.setWordWrap(True)

    def _build_buttons(self) -> None:
        self.add_binary = QPushButton()
        self.add_binary.setObjectName("classification.add_binary")
        self.add_binary.clicked.connect(self._add_binary)
        self.add_multi = QPushButton()
        self.add_multi.setObjectName("classification.add_multiclass")
        self.add_multi.clicked.connect(self._add_multiclass)
        self.classes = IntegerField()
        self.classes.setObjectName("classification.classes")
        self.classes.setRange(model.MIN_CLASSES, model.MAX_CLASSES)
        self.remove = QPushButton()
        self.remove.setObjectName("classification.remove")
        self.remove.clicked.connect(self._remove)
        self.classes_label = QLabel()
        self.classes_label.setBuddy(self.classes)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_binary)
        buttons.addWidget(self.add_multi)
        buttons.addWidget(self.classes_label)
        buttons.addWidget(self.classes)
        buttons.addStretch(1)
        buttons.addWidget(self.remove)
        totals = QHBoxLayout()
        totals.addWidget(self.total)
        totals.addSpacing(24)
        totals.addWidget(self.mean)
        totals.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.formula)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addLayout(totals)
        layout.addWidget(self.terms)
        layout.addWidget(self.infinity_note)
        layout.addWidget(self.clip)
        layout.addLayout(buttons)
        layout.addWidget(self.sliders_box)
        #: presentation mode gathers the controls in here and folds it into a drawer
        self.controls = QWidget(objectName="classification.controls")
        rows = QVBoxLayout(self.controls)
        rows.setContentsMargins(0, 0, 0, 0)
        self.control_rows = [QHBoxLayout() for _ in range(4)]
        for row in self.control_rows:
            rows.addLayout(row)
        rows.addStretch(1)
        layout.addWidget(self.controls)
        self.controls.hide()
        layout.addStretch(1)

    #: presenting: columns as narrow as their header and cells (the plot gets the width)
    narrow_columns = False

    def least_section(self) -> int:
        """The columns' least width: the scaled 40 px at the desk; presenting a line's
        height (each column is still as wide as its header and its cells need)."""
        if self.narrow_columns:
            return self.table.horizontalHeader().fontMetrics().height()
        return round(style.theme().px(40))

    def control_groups(self) -> list[list[QWidget]]:
        """What the drawer holds in presentation mode, row by row of ``control_rows`` (J, the
        table and the terms stay on the page)."""
        return [
            [self.clip],
            [self.add_binary, self.add_multi],
            [self.classes_label, self.classes, self.remove],
            [self.sliders_box],
        ]

    # --- text ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.add_binary.setText(self.tr("Add pass / fail student"))
        self.add_multi.setText(self.tr("Add multi-class student"))
        self.classes_label.setText(self.tr("&Classes:"))
        self.remove.setText(self.tr("Remove selected"))
        self.clip.setText(
            self.tr("Clip probabilities to [ε, 1 − ε] with ε = {epsilon}").format(
                epsilon=format_value(model.EPSILON)
            )
        )
        self.clip.setToolTip(
            self.tr("Libraries do this to avoid ln 0: the loss becomes −ln ε ≈ 16.1 instead of ∞.")
        )
        self._structure = None
        self.sliders_box.forget()

    def rebuild(self, state) -> None:
        """The table built again for ``state`` (as at the desk before presenting)."""
        self._structure = None
        self.render(state)

    def render(self, state) -> None:
        self.table.setFont(style.font(12))
        width = self._columns(state)
        structure = (
            width,
            tuple((s.name, s.kind, s.class_count) for s in state.students),
            style.theme(),
        )
        rebuilt = structure != self._structure
        if rebuilt:
            self._rebuild(state, width)
            self._structure = structure
        table = self.table
        losses = model.sample_losses(state)
        finite = [v for v in losses if math.isfinite(v)]
        self.bar_delegate.scale = max([1.0, *finite])
        self._render_rows(state, losses, width)
        if rebuilt:  # the least width again, now that each Σ cell shows its button or not
            fit_columns(table)
        table.viewport().update()
        self._render_totals(state, losses)
        self._render_sliders(state)
        self.remove.setEnabled(bool(state.students))
        self.add_binary.setEnabled(len(state.students) < model.MAX_STUDENTS)
        self.add_multi.setEnabled(len(state.students) < model.MAX_STUDENTS)
        with QSignalBlocker(self.clip):
            self.clip.setChecked(state.clip)

    def mean_text(self, value: str, m: int) -> str:
        """The mean loss readout with ``value`` (a number, or the placeholder when hidden)."""
        return self.tr("mean loss J / m = {value}  (m = {m})").format(value=value, m=m)

    def _render_totals(self, state, losses) -> None:
        total = model.total_loss(state)
        mean = model.mean_loss(state)
        big = f"font-size: {round(20 * style.theme().scale)}pt; font-weight: bold;"
        for label in (self.total, self.mean):
            label.setStyleSheet(big)
            label.setProperty("readout", True)
        # its terms under J: presenting, big enough for the back row (12 px high at 1280x720)
        self.terms.setFont(style.font(13) if style.theme().presenting else QFont())
        self.total.setText(self.tr("J = Σ loss = {value}").format(value=number_text(total)))
        self.total.setToolTip(format_value(total, 10))
        self.mean.setText(self.mean_text(number_text(mean), len(losses)))
        parts = " + ".join(number_text(float(v)) for v in losses)
        self.terms.setText(self.tr("J = {parts}").format(parts=parts) if len(losses) else "")
        infinite = [s.name for s, v in zip(state.students, losses, strict=True) if math.isinf(v)]
        if infinite:
            self.infinity_note.setText(
                self.tr(
                    "∞ for {names}: the true class was given probability 0, and −ln 0 = ∞. "
                    "A model that is certain of a wrong answer pays without limit."
                ).format(names=", ".join(infinite))
            )
            self.infinity_note.setStyleSheet(f"color: {style.theme().warning}; font-weight: bold;")
        else:
            self.infinity_note.setText("")
        self.infinity_note.setVisible(bool(infinite))

    def _render_sliders(self, state) -> None:
        row = min(self._selected, len(state.students) - 1)
        self.sliders_box.show_student(row, state.students[row] if row >= 0 else None)

    # --- gestures -----------------------------------------------------------------------------
    def selected_row(self) -> int:
        """The student whose sliders are shown (and whom the clicker moves on from)."""
        return self._selected

    def _current_changed(self, row: int, *_args) -> None:
        if row >= 0 and row != self._selected:
            self._selected = row
            self._render_sliders(self.tab.state())

    def _typed(self, row: int, column: int, value: float) -> None:
        state = self.tab.state()
        self.status.setText("")
        student = state.students[row].with_probability(column - FIRST_PROBABILITY, value)
        self.tab.apply(state.with_student(row, student))

    def _refused(self, row: int, column: int, message: str) -> None:
        name = self.tab.state().students[row].name
        self.status.setText(self.tr("Student {name}: {message}").format(name=name, message=message))
        self.status.setStyleSheet(f"color: {style.theme().warning};")

    def _label_chosen(self, combo: QComboBox, index: int) -> None:
        # a combo of a row that was just removed lives until Qt deletes it; it decides nothing
        if combo not in self.combos or index < 0:
            return
        row = self.combos.index(combo)
        state = self.tab.state()
        student = state.students[row]
        label = 1 - index if student.binary else index
        self.tab.apply(state.with_student(row, replace(student, label=label)))

    def slid(self, column: int, value: float, finished: bool) -> None:
        """A slider of the selected student moved: one undo step at the end of its drag."""
        state = self.tab.state()
        row = min(self._selected, len(state.students) - 1)
        student = state.students[row].with_probability(column, value)
        self.tab.change(state.with_student(row, student), finished)

    def _normalise(self, row: int) -> None:
        state = self.tab.state()
        self.tab.apply(state.with_student(row, state.students[row].normalised()))

    def _add(self, student: model.Student) -> None:
        state = self.tab.state()
        self._selected = len(state.students)
        self.tab.apply(replace(state, students=(*state.students, student)))

    def _add_binary(self) -> None:
        self._add(model.binary_student(model.next_name(self.tab.state().students)))

    def _add_multiclass(self) -> None:
        students = self.tab.state().students
        self._add(model.multiclass_student(model.next_name(students), self.classes.value()))

    def _remove(self) -> None:
        state = self.tab.state()
        row = self.table.currentRow()
        if not state.students:
            return
        row = row if 0 <= row < len(state.students) else len(state.students) - 1
        students = state.students[:row] + state.students[row + 1 :]
        self._selected = max(0, min(row, len(students) - 1))
        self.tab.apply(replace(state, students=students))
