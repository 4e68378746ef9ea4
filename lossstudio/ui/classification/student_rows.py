"""The students table's rows: the names of classes and labels, the table built for the
students' shape (rebuilt only when it changes) and each row's cells rendered from the state,
for :class:`lossstudio.ui.classification.students.StudentsPanel`."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem

from lossstudio.model import classification as model
from lossstudio.ui import style
from lossstudio.ui.classification.items import VALUE_ROLE, SumCell, number_text
from lossstudio.ui.widgets.fitting import fit_columns
from lossstudio.ui.widgets.number_field import format_value

#: Columns before the probabilities: name, true label, one-hot y.
FIRST_PROBABILITY = 3
#: The chapter's names of the four students.
CHINESE_NAMES = {"A": "甲", "B": "乙", "C": "丙", "D": "丁"}


class StudentRows:
    """Mixin of the panel: needs ``table``, ``delegate``, ``bar_delegate``, ``combos``,
    ``sum_cells``, ``least_section``, ``_label_chosen`` and ``_normalise``."""

    def class_names(self, student: model.Student) -> list[str]:
        if student.binary:
            return [self.tr("passed"), self.tr("failed")]
        if student.class_count == 3:
            return [self.tr("excellent"), self.tr("pass"), self.tr("fail")]
        return [self.tr("class {n}").format(n=j + 1) for j in range(student.class_count)]

    def label_names(self, student: model.Student) -> list[str]:
        if student.binary:
            return [self.tr("passed (y = 1)"), self.tr("failed (y = 0)")]
        return self.class_names(student)

    def task_name(self, student: model.Student) -> str:
        if student.binary:
            return self.tr("pass / fail")
        if student.class_count == 3:
            return self.tr("excellent / pass / fail")
        return self.tr("{n} classes").format(n=student.class_count)

    # --- rendering ----------------------------------------------------------------------------
    def _columns(self, state) -> int:
        return max([model.MIN_CLASSES] + [s.class_count for s in state.students])

    def _rebuild(self, state, width: int) -> None:
        table = self.table
        columns = FIRST_PROBABILITY + width + 3
        table.setRowCount(0)
        table.setColumnCount(columns)
        table.setRowCount(len(state.students))
        headers = [self.tr("Student"), self.tr("True label"), self.tr("y (one-hot)")]
        headers += [f"a{chr(0x2080 + j + 1)}" for j in range(width)]
        headers += [self.tr("Sum"), self.tr("Loss"), self.tr("Loss bar")]
        table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(columns - 1, QHeaderView.ResizeMode.Stretch)
        for column in range(FIRST_PROBABILITY, FIRST_PROBABILITY + width):
            table.setItemDelegateForColumn(column, self.delegate)
        table.setItemDelegateForColumn(columns - 1, self.bar_delegate)
        self.combos = []
        self.sum_cells = {}
        for row, student in enumerate(state.students):
            self._build_row(row, student, width, columns)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        fit_columns(table)  # every header whole ("损失大小" was cut in the stretched last one)
        header.setMinimumSectionSize(self.least_section())
        height = header.height() + 2 * table.frameWidth() + 4
        height += sum(table.rowHeight(row) for row in range(table.rowCount()))
        bar = table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(max(height + bar, round(style.theme().px(120))))

    def _build_row(self, row: int, student: model.Student, width: int, columns: int) -> None:
        """One student's cells: name, label box, probabilities (editable up to its classes),
        the sum cell of a multi-class row, the loss."""
        table = self.table
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for column in range(columns):
            item = QTableWidgetItem()
            item.setFlags(fixed)
            table.setItem(row, column, item)
        chinese = CHINESE_NAMES.get(student.name)
        name = f"{student.name} {chinese}" if chinese else student.name
        table.item(row, 0).setText(name)
        table.item(row, 0).setToolTip(self.task_name(student))
        combo = QComboBox()
        combo.setObjectName(f"classification.label.{row}")
        combo.addItems(self.label_names(student))
        combo.currentIndexChanged.connect(
            lambda index, combo=combo: self._label_chosen(combo, index)
        )
        table.setCellWidget(row, 1, combo)
        self.combos.append(combo)
        names = self.class_names(student)
        for j in range(width):
            item = table.item(row, FIRST_PROBABILITY + j)
            if j < student.class_count:
                item.setFlags(fixed | Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(
                    self.tr("a = P({name}); type a number in [0, 1]").format(name=names[j])
                )
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            else:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setBackground(QBrush(QColor(128, 128, 128, 40)))
        if not student.binary:
            cell = SumCell()
            cell.button.setText(self.tr("Normalise"))
            cell.button.setObjectName(f"classification.normalise.{row}")
            cell.button.setToolTip(self.tr("Divide each probability by the row's sum"))
            cell.button.clicked.connect(lambda _=False, row=row: self._normalise(row))
            table.setCellWidget(row, FIRST_PROBABILITY + width, cell)
            self.sum_cells[row] = cell
        loss_item = table.item(row, columns - 2)
        loss_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _render_rows(self, state, losses, width: int) -> None:
        """Each row's label box, one-hot y, probabilities, sum (or Σ cell) and loss."""
        table = self.table
        columns = table.columnCount()
        for row, student in enumerate(state.students):
            with QSignalBlocker(self.combos[row]):
                self.combos[row].setCurrentIndex(
                    1 - student.label if student.binary else student.label
                )
            one_hot = ", ".join(format_value(v) for v in student.one_hot())
            table.item(row, 2).setText(f"[{one_hot}]")
            for j, value in enumerate(student.distribution()):
                item = table.item(row, FIRST_PROBABILITY + j)
                item.setText(format_value(value, 4))
                item.setData(VALUE_ROLE, value)
            total = student.total()
            if student.binary:
                table.item(row, FIRST_PROBABILITY + width).setText(format_value(total, 4))
            else:
                cell = self.sum_cells[row]
                ok = student.sums_to_one()
                cell.label.setText(
                    ("" if ok else "⚠ ") + self.tr("Σ = {sum}").format(sum=format_value(total, 4))
                )
                cell.label.setStyleSheet(
                    "" if ok else f"color: {style.theme().warning}; font-weight: bold;"
                )
                cell.button.setVisible(not ok)
                # the column fits the cell's text and button ("⚠ n…" when it fitted neither)
                item = table.item(row, FIRST_PROBABILITY + width)
                item.setData(Qt.ItemDataRole.SizeHintRole, cell.sizeHint())
            loss = float(losses[row])
            loss_item = table.item(row, columns - 2)
            loss_item.setText(number_text(loss))
            loss_item.setData(VALUE_ROLE, loss)
            loss_item.setToolTip(format_value(loss, 10))
            table.item(row, columns - 1).setData(VALUE_ROLE, loss)
