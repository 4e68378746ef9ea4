"""The Classification tab: three panels a lecturer can show one at a time, full size.

1. Students: the table (true labels, predictions, each row's cross-entropy, J) beside
   Figure 3-10 with the pass / fail students on their curves;
2. Information: Table 3-2, entropy, KL divergence and H(p, q) = H(p) + KL(p || q);
3. Why not MSE: the logistic model's loss maps and the two gradients with respect to z.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QWidget,
)

from lossstudio.model.classification import Z_RANGE, ClassificationState
from lossstudio.model.lesson import ANSWERS, PAGES
from lossstudio.ui import answers, style
from lossstudio.ui.classification.binary_plot import BinaryLossPlot
from lossstudio.ui.classification.information import I_P_COLUMN, I_Q_COLUMN, InformationPanel
from lossstudio.ui.classification.students import StudentsPanel
from lossstudio.ui.classification.why_not_mse import WhyNotMsePanel
from lossstudio.ui.drawer import DeskSplit, Drawer, Relocation, size_by_page_on_show
from lossstudio.ui.tab import PLACEHOLDER, Tab
from lossstudio.ui.widgets.fitting import fit_columns


def _scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a scroll area that scrolls it up and down where the window is too low."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class ClassificationTab(Tab):
    key = "classification"
    ANSWERS = ANSWERS["classification"]
    PAGES = PAGES["classification"]

    def __init__(self, parent=None, *, session=None):
        super().__init__(parent, session=session)
        self.students = StudentsPanel(self)
        self.binary_plot = BinaryLossPlot(self)
        self.information = InformationPanel(self)
        self.why_not_mse = WhyNotMsePanel(self)

        self.students_page = QSplitter(Qt.Orientation.Horizontal)
        self.students_page.setObjectName("classification.students_page")
        self.students_page.addWidget(self.students)
        self.students_page.addWidget(self.binary_plot)
        self.students_page.setStretchFactor(0, 3)
        self.students_page.setStretchFactor(1, 2)
        self.students_page.setChildrenCollapsible(False)
        self.students_page.setSizes([820, 600])

        # presentation: the students' controls fold into a drawer on the tab's left
        # (the open drawer starts under the mean: the table, J and J / m stay in view)
        self.drawer = Drawer(
            self,
            self.students.controls,
            "left",
            "classification.drawer",
            below=self.students.mean,
            low=True,
        )
        self._drawers = [self.drawer]
        self._mean_moved = Relocation([self.students.mean])
        self._controls_moved = [Relocation(group) for group in self.students.control_groups()]
        self._desk_split = DeskSplit(self.students_page)  # as it was before presenting

        self.panels = QTabWidget()
        self.panels.setObjectName("classification.panels")
        self.panels.addTab(self.students_page, "")
        self.panels.addTab(_scrolling(self.information), "")  # taller than a 720 screen
        self.panels.addTab(_scrolling(self.why_not_mse), "")  # its plots keep their height
        self.panels.currentChanged.connect(self._inner_page_shown)
        layout = QHBoxLayout(self)  # the drawer's handle goes left of the pages
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.panels)

        style.signals.changed.connect(self._restyle)
        self.setFont(style.font(10))
        self.retranslate()
        self.show_state()

    @classmethod
    def default_state(cls) -> ClassificationState:
        return ClassificationState()

    def presenter_step(self, direction: int) -> bool:
        """The clicker: the next student (students page), the next outcome (information page),
        or z one unit along (why not MSE?); back with -1."""
        step = 1 if direction > 0 else -1
        page = self.current_page()
        if page == "why_not_mse":
            z = min(max(round(self.state().z) + step, Z_RANGE[0]), Z_RANGE[1])
            if z != self.state().z:
                self.apply(replace(self.state(), z=float(z)))
            return True
        table = self.students.table if page == "students" else self.information.table
        current = table.currentRow()
        if current < 0 and page == "students":
            current = self.students.selected_row()
        if table.rowCount():
            row = min(max(current + step, 0), table.rowCount() - 1)
            table.setCurrentCell(row, max(table.currentColumn(), 0))
        return True

    def render(self, state: ClassificationState, draft: bool = False) -> None:
        self.students.render(state)
        self.binary_plot.render(state)
        self.information.render(state)
        self.why_not_mse.render(state)

    # --- hidden answers and pages ---------------------------------------------------------------
    def cover_answers(self, hidden: frozenset[str]) -> None:
        self._cover_students("losses" in hidden)
        info = self.information
        information = "information" in hidden
        for row in range(info.table.rowCount()):
            for column in (I_P_COLUMN, I_Q_COLUMN):
                cell = info.table.item(row, column)
                if cell is not None:
                    answers.cover_text(cell, information, whole=True)
        entropy, cross = "entropy" in hidden, "cross_entropy" in hidden
        answers.cover_item(info.chapter_entropy, information or entropy)
        answers.cover_item(info.slip, information)  # it quotes I for p = 0.7 and 0.1
        answers.cover_item(info.curve_view, information)  # I = −ln p drawn at each p
        answers.cover_item(info.one_hot, "cross_entropy" in hidden)
        answers.cover_text(info.entropy, entropy)
        answers.cover_text(info.kl, cross)
        answers.cover_text(info.cross_entropy, cross)
        answers.cover_item(info.view, entropy or cross)
        gradients = "gradients" in hidden
        panel = self.why_not_mse
        answers.cover_text(panel.gradients, gradients, whole=True)
        convexity = "convexity" in hidden
        for item in (panel.gradient_mse, panel.gradient_ce, panel.gradient_points, *panel.formulas):
            answers.cover_item(item, gradients)
        # the page's question text answers both why-not-MSE questions
        answers.cover_item(panel.question, gradients or convexity)
        panel.show_verdicts(not convexity)

    def _cover_students(self, hidden: bool) -> None:
        """Each student's loss, its bar, the totals and the students' points on Figure 3-10."""
        table = self.students.table
        columns = table.columnCount()
        for column in range(columns):
            wanted = hidden and column == columns - 1
            if table.isColumnHidden(column) != wanted:
                table.setColumnHidden(column, wanted)
        for row in range(table.rowCount()):
            cell = table.item(row, columns - 2)
            if cell is not None:
                answers.cover_text(cell, hidden, whole=True)
        students = self.students
        for label in (students.total, students.terms):
            answers.cover_text(label, hidden)
        if hidden:  # the count of samples m is no answer: only the mean's number goes
            m = len(self.state().students)
            students.mean.setText(students.mean_text(PLACEHOLDER, m))
        for item in (self.binary_plot.points, *self.binary_plot.names):
            answers.cover_item(item, hidden)
        self.binary_plot.cover(hidden)

    def set_presenting(self, on: bool) -> None:
        """Presentation: the controls in their drawer, the mean under J and narrow number
        columns, so that Figure 3-10 gets the width."""
        controls = self.students.controls
        if on:
            self._desk_split.save()  # before anything moves: the table and plot as they are
        if not on:  # back in the reverse order of the moves: each home's index counts on it
            self._mean_moved.restore()
        if on and not self.drawer.presenting:
            rows = self.students.control_rows
            for moved, row in zip(self._controls_moved, rows, strict=True):
                moved.move_to(row)
            rows[2].insertStretch(2, 1)  # "Remove selected" at the right, as at the desk
            controls.show()
        super().set_presenting(on)
        if not on and self._controls_moved[0].moved():
            for moved in reversed(self._controls_moved):
                moved.restore()
            stretch = self.students.control_rows[2].takeAt(2)
            del stretch
            controls.hide()
        size_by_page_on_show(self.panels, on)
        self._plot_gets_the_room(on)
        if on:
            column = self.students.layout()  # the mean under J: the table sets the width
            self._mean_moved.move_to(column, at=column.indexOf(self.students.terms))
        self._fit_presenting_columns()

    def _plot_gets_the_room(self, on: bool) -> None:
        """Presenting: the table as narrow as it may be, Figure 3-10 all the rest of the
        width (at the desk 3 : 2, as the person left the splitter)."""
        page = self.students_page
        if on:
            page.setStretchFactor(0, 0)
            page.setStretchFactor(1, 1)
            page.setSizes([0, 10_000])  # each side at least its minimum
        elif self._desk_split.saved():
            page.setStretchFactor(0, 3)
            page.setStretchFactor(1, 2)
            self._desk_split.restore()

    def _inner_page_shown(self, index: int) -> None:
        self.drawer.set_available(index == 0)  # the controls are the students'
        size_by_page_on_show(self.panels, self.drawer.presenting)

    def _fit_presenting_columns(self) -> None:
        """Columns as narrow as their header and cells while presenting (the desk's least
        section, a scaled 40 px, made "a₁" 69 px wide at 1.5); as they always were at the desk."""
        students = self.students
        presenting = self.drawer.presenting
        if not presenting and not students.narrow_columns:
            return  # at the desk the columns stay as they always were
        students.narrow_columns = presenting
        if not presenting:  # the desk's table as it was built, once the desk's font is back
            QTimer.singleShot(0, lambda: students.rebuild(self.state()))
            return
        table = students.table
        table.horizontalHeader().setMinimumSectionSize(students.least_section())
        if table.columnCount():
            fit_columns(table)  # the least width for this font, not the last one's

    def current_page(self) -> str:
        return self.PAGES[self.panels.currentIndex()]

    def show_page(self, name: str) -> None:
        self.panels.setCurrentIndex(self.PAGES.index(name))

    def retranslate(self) -> None:
        self.panels.setTabText(0, self.tr("Students and cross-entropy"))
        self.panels.setTabText(1, self.tr("Information, entropy, KL"))
        self.panels.setTabText(2, self.tr("Why not MSE?"))
        self.panels.setTabToolTip(0, self.tr("The chapter's four students, Figure 3-10"))
        self.panels.setTabToolTip(1, self.tr("Table 3-2 and H(p, q) = H(p) + KL(p || q)"))
        self.panels.setTabToolTip(2, self.tr("The chapter's closing question"))
        self.students.retranslate()
        self.drawer.retranslate()
        self.binary_plot.retranslate()
        self.information.retranslate()
        self.why_not_mse.retranslate()
        if self._showing:
            self.render(self.state())

    def _restyle(self) -> None:
        # Qt's own widgets (buttons, combos, labels) follow the presentation scale too
        self.setFont(style.font(10))
        self._fit_presenting_columns()
        if self._showing:
            self.render(self.state())
