"""Table 3-2 live: information of each outcome, entropy, KL divergence and cross-entropy."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lossstudio.model import classification as model
from lossstudio.model.classification_view import InformationView, information_view
from lossstudio.ui import style
from lossstudio.ui.classification.items import (
    VALUE_ROLE,
    ProbabilityDelegate,
    number_text,
    still_plot,
)
from lossstudio.ui.widgets.fitting import WithinView, fit_columns
from lossstudio.ui.widgets.formula_view import FormulaView
from lossstudio.ui.widgets.number_field import format_value

P_COLUMN, I_P_COLUMN, Q_COLUMN, I_Q_COLUMN = 1, 2, 3, 4


class InformationPanel(QWidget):
    """Editable p and q; I = -ln p, H(p), H(p, q), KL(p || q) and the stacked bar."""

    def __init__(self, tab, parent=None):
        super().__init__(parent)
        self.tab = tab
        self._rows = -1
        self._build_table()
        self._build_readouts()
        self._build_plots()
        self._build_layout()

    def _build_table(self) -> None:
        """p and q, editable, with I = -ln p beside each; their sums and normalise buttons."""
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("classification.information_table")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        fit_columns(self.table)  # "信息量 I = −ln p(x)" whole, not elided
        self.delegate = ProbabilityDelegate(self.table)
        self.delegate.committed.connect(self._typed)
        self.delegate.rejected.connect(self._refused)
        self.table.setItemDelegateForColumn(P_COLUMN, self.delegate)
        self.table.setItemDelegateForColumn(Q_COLUMN, self.delegate)

        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.status.setObjectName("classification.information_status")
        self.status.setWordWrap(True)
        self.sum_p = QLabel()
        self.sum_q = QLabel()
        self.normalise_p = QPushButton()
        self.normalise_p.setObjectName("classification.normalise_p")
        self.normalise_p.clicked.connect(lambda: self._normalise("p"))
        self.normalise_q = QPushButton()
        self.normalise_q.setObjectName("classification.normalise_q")
        self.normalise_q.clicked.connect(lambda: self._normalise("q"))

    def _build_readouts(self) -> None:
        """H(p), H(p, q), KL and the notes; the presets Table 3-2 and student C."""
        self.entropy = QLabel()
        self.entropy.setObjectName("classification.entropy")
        self.cross_entropy = QLabel()
        self.cross_entropy.setObjectName("classification.cross_entropy_pq")
        self.kl = QLabel()
        self.kl.setObjectName("classification.kl")
        self.chapter_entropy = QLabel()
        self.chapter_entropy.setObjectName("classification.chapter_entropy")
        self.chapter_entropy.setWordWrap(True)

        self.slip = QLabel(objectName="classification.information_slip", wordWrap=True)
        self.one_hot = QLabel(objectName="classification.one_hot_note", wordWrap=True)
        self.preset_table = QPushButton(objectName="classification.preset_table_3_2")
        self.preset_table.clicked.connect(lambda: self._preset(model.TABLE_3_2_P, model.DEFAULT_Q))
        self.preset_kl = QPushButton(objectName="classification.preset_student_c")
        self.preset_kl.clicked.connect(lambda: self._preset(*model.STUDENT_C_PQ))

    def _build_plots(self) -> None:
        """The curve I(p) = -ln p with p's points, and the bars H(p) + KL = H(p, q)."""
        self.curve_view = pg.PlotWidget()
        self.curve_view.setObjectName("classification.information_curve")
        self.curve_plot = still_plot(self.curve_view)
        self.information_curve = self.curve_plot.plot()
        self.information_points = self.curve_plot.plot()
        self.curve_view.setMinimumHeight(150)

        self.view = pg.PlotWidget()
        self.view.setObjectName("classification.identity_plot")
        self.plot = still_plot(self.view)
        self.entropy_bar = pg.BarGraphItem(x0=[0.0], y=[1.0], width=[0.0], height=0.6)
        self.kl_bar = pg.BarGraphItem(x0=[0.0], y=[1.0], width=[0.0], height=0.6)
        self.cross_bar = pg.BarGraphItem(x0=[0.0], y=[0.0], width=[0.0], height=0.6)
        for item in (self.entropy_bar, self.kl_bar, self.cross_bar):
            self.plot.addItem(item)
        self.bar_texts = [pg.TextItem(anchor=(0.5, 0.5)) for _ in range(3)]
        for text in self.bar_texts:
            self.plot.addItem(text)

    def _build_layout(self) -> None:
        formulas = QVBoxLayout()
        for name in ("classification_entropy", "classification_kl", "classification_identity"):
            formulas.addWidget(FormulaView(name, height=48))
        sums = QGridLayout()
        sums.addWidget(self.sum_p, 0, 0)
        sums.addWidget(self.normalise_p, 0, 1)
        sums.addWidget(self.sum_q, 1, 0)
        sums.addWidget(self.normalise_q, 1, 1)
        sums.setColumnStretch(2, 1)
        readouts = QGridLayout()
        readouts.addWidget(self.entropy, 0, 0)
        readouts.addWidget(self.kl, 0, 1)
        readouts.addWidget(self.cross_entropy, 1, 0, 1, 2)
        readouts.setColumnStretch(2, 1)

        left = QVBoxLayout()
        left.addLayout(formulas)
        left.addWidget(self.table)
        left.addWidget(self.status)
        left.addLayout(sums)
        left.addWidget(self.chapter_entropy)
        presets = QHBoxLayout()
        presets.addWidget(self.preset_table)
        presets.addWidget(self.preset_kl)
        presets.addStretch(1)
        left.addLayout(presets)
        left.addWidget(self.slip)
        left.addWidget(self.curve_view)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(readouts)
        right.addWidget(self.one_hot)
        right.addWidget(self.view, 1)
        right.addStretch(0)  # below the bars, kept on screen by WithinView (not below the fold)
        self.view_fit = WithinView(self.view)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Outcome x"),
                self.tr("p(x)"),
                self.tr("I = −ln p(x)"),
                self.tr("q(x)"),
                self.tr("−ln q(x)"),
            ]
        )
        self.normalise_p.setText(self.tr("Normalise p"))
        self.normalise_q.setText(self.tr("Normalise q"))
        self.preset_table.setText(self.tr("Table 3-2's p"))
        self.preset_table.setToolTip(self.tr("p = (0.7, 0.2, 0.1) as in Table 3-2"))
        self.preset_kl.setText(self.tr("Student C: cross-entropy = KL"))
        self.preset_kl.setToolTip(
            self.tr("p = one-hot “fail” (C's true label), q = C's prediction (0.2, 0.5, 0.3)")
        )
        self.slip.setText(
            self.tr(
                "A note on the chapter: it says that the more probable an event is, the more "
                "information its happening carries. I(x) = −ln p(x), drawn below, says the "
                "opposite: a more probable event carries less information (p = 0.7: 0.36 nats; "
                "p = 0.1: 2.30 nats), and a certain one (p = 1) carries none."
            )
        )
        style.style_plot(self.curve_plot, "p(x)", self.tr("I = −ln p(x)"), "")
        style.style_plot(
            self.plot,
            self.tr("nats (natural logarithm)"),
            "",
            self.tr("H(p, q) = H(p) + KL(p ‖ q)"),
        )
        self.plot.getAxis("left").setTicks(
            [[(1.0, self.tr("H(p) + KL")), (0.0, self.tr("H(p, q)"))]]
        )
        self._rows = -1

    def outcome_names(self, count: int) -> list[str]:
        if count == 3:
            return [self.tr("excellent"), self.tr("pass"), self.tr("fail")]
        return [self.tr("outcome {n}").format(n=j + 1) for j in range(count)]

    def render(self, state) -> None:
        view = information_view(state)  # every number: lossstudio.model.classification_view
        p, q = view.p, view.q
        count = len(p)
        if count != self._rows:
            self.table.setRowCount(count)
            for row, name in enumerate(self.outcome_names(count)):
                for column in range(5):
                    item = QTableWidgetItem()
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    if column in (P_COLUMN, Q_COLUMN):
                        flags |= Qt.ItemFlag.ItemIsEditable
                    else:
                        item.setBackground(QBrush(QColor(128, 128, 128, 30)))
                    item.setFlags(flags)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.table.setItem(row, column, item)
                self.table.item(row, 0).setText(name)
            self._rows = count
        information_p, information_q = view.information_p, view.information_q
        for row in range(count):
            for column, value, decimals in (
                (P_COLUMN, p[row], None),
                (I_P_COLUMN, information_p[row], 2),
                (Q_COLUMN, q[row], None),
                (I_Q_COLUMN, information_q[row], 2),
            ):
                item = self.table.item(row, column)
                value = float(value)
                item.setText(format_value(value, 4) if decimals is None else number_text(value))
                item.setData(VALUE_ROLE, value)

        h, kl, h_pq = view.entropy, view.kl, view.cross_entropy
        self.values = view.values
        big = f"font-size: {round(18 * style.theme().scale)}pt; font-weight: bold;"
        for label, text, colour in (
            (self.entropy, self.tr("H(p) = {value}"), style.PALETTE[0]),
            (self.cross_entropy, self.tr("H(p, q) = {value}"), style.PALETTE[2]),
            (self.kl, self.tr("KL(p ‖ q) = {value}"), style.PALETTE[1]),
        ):
            key = {self.entropy: "entropy", self.kl: "kl", self.cross_entropy: "cross_entropy"}[
                label
            ]
            label.setText(text.format(value=number_text(self.values[key], 3)))
            label.setStyleSheet(big + f" color: {colour};")
            label.setProperty("readout", True)
        self.chapter_entropy.setText(self.entropy_text(view))
        self.one_hot.setText(self.one_hot_text(view))
        self._render_curve(view)
        self.table.setFont(style.font(13))
        self.table.resizeRowsToContents()
        fit_columns(self.table)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(count))
        self.table.setFixedHeight(height + 2)
        self._render_sums(view)
        self._render_bars(h, kl, h_pq)

    def entropy_text(self, view: InformationView) -> str:
        """Table 3-2's rounding for the chapter's p; the plain sum for any other p."""
        p, h = view.p, view.entropy
        if view.table_3_2 is not None:
            rounded, chapter_h = view.table_3_2
            terms = " + ".join(
                f"{format_value(float(pj), 4)} × {number_text(float(ij))}"
                for pj, ij in zip(p, rounded, strict=True)
            )
            return self.tr(
                "Table 3-2 rounds each I to two decimals before summing: "
                "H = {terms} = {rounded}; without rounding H(p) = {exact}."
            ).format(terms=terms, rounded=number_text(chapter_h, 3), exact=number_text(h, 3))
        information = view.information_p
        terms = " + ".join(
            f"{format_value(float(pj), 4)} × {number_text(float(ij), 3)}"
            for pj, ij in zip(p, information, strict=True)
            if pj > 0
        )
        text = self.tr("H(p) = Σ p(x) I(x) = {terms} = {exact}.").format(
            terms=terms or "0", exact=number_text(h, 3)
        )
        if np.any(p == 0):
            text += " " + self.tr("An outcome with p = 0 adds nothing (0 · ln 0 = 0).")
        return text

    def one_hot_text(self, view: InformationView) -> str:
        """When p is a label (one-hot): H(p) = 0, so the cross-entropy is the KL divergence."""
        hot, h_pq = view.one_hot, view.cross_entropy
        if hot is None:
            return ""
        names = self.outcome_names(len(view.p))
        text = self.tr(
            "p is one-hot (a label: “{name}”), so H(p) = 0 and H(p, q) = KL(p ‖ q) = {value}: "
            "the cross-entropy loss −ln q({name}) of a prediction q. With the labels given, "
            "H(p) is fixed (熵值确定), which is why cross-entropy can replace KL as the loss."
        ).format(name=names[hot], value=number_text(h_pq, 3))
        if view.student_c:
            text += " " + self.tr("Here q is student C's prediction: 1.20 is C's loss.")
        return text

    def _render_curve(self, view: InformationView) -> None:
        p, information = view.p, view.information_p
        self.information_curve.setData(*view.curve, pen=style.series_pen(0))
        finite = np.isfinite(information)
        self.information_points.setData(
            p[finite],
            information[finite],
            pen=None,
            symbol="o",
            symbolSize=style.theme().px(10),
            symbolBrush=style.color(1),
        )
        self.curve_plot.setRange(xRange=(0.0, 1.0), yRange=(0.0, 4.7), padding=0.02)

    def _preset(self, p, q) -> None:
        state = self.tab.state()
        self.status.setText("")
        self.tab.apply(replace(state, p=tuple(p), q=tuple(q)))

    def _render_sums(self, view: InformationView) -> None:
        for (total, ok), label, button, name in (
            (view.sum_p, self.sum_p, self.normalise_p, "p"),
            (view.sum_q, self.sum_q, self.normalise_q, "q"),
        ):
            label.setText(
                self.tr("Σ {name} = {sum}").format(name=name, sum=format_value(total, 4))
                + ("" if ok else "  ⚠ " + self.tr("not a distribution"))
            )
            label.setStyleSheet("" if ok else f"color: {style.theme().warning}; font-weight: bold;")
            button.setEnabled(not ok)

    def _render_bars(self, h: float, kl: float, h_pq: float) -> None:
        finite = [v for v in (h, kl, h_pq, h + kl) if math.isfinite(v)]
        top = max([1.0, *finite]) * 1.15
        shown_kl = kl if math.isfinite(kl) else top - h
        shown_pq = h_pq if math.isfinite(h_pq) else top
        hatch = Qt.BrushStyle.SolidPattern if math.isfinite(kl) else Qt.BrushStyle.BDiagPattern
        self.entropy_bar.setOpts(
            x0=[0.0], y=[1.0], width=[h], height=0.6, brush=style.color(0), pen=style.pen(None, 1)
        )
        self.kl_bar.setOpts(
            x0=[h],
            y=[1.0],
            width=[shown_kl],
            height=0.6,
            brush=QBrush(style.color(1), hatch),
            pen=style.pen(None, 1),
        )
        self.cross_bar.setOpts(
            x0=[0.0],
            y=[0.0],
            width=[shown_pq],
            height=0.6,
            brush=style.color(2),
            pen=style.pen(None, 1),
        )
        inside, outside = "#ffffff", style.theme().foreground
        labels = (
            (h / 2, 1.0, inside, self.tr("H(p) = {value}").format(value=number_text(h, 3))),
            (
                h + shown_kl / 2,
                1.5,
                outside,
                self.tr("KL = {value}").format(value=number_text(kl, 3)),
            ),
            (
                shown_pq / 2,
                0.0,
                inside,
                self.tr("H(p, q) = {value}").format(value=number_text(h_pq, 3)),
            ),
        )
        for text, (x, y, colour, content) in zip(self.bar_texts, labels, strict=True):
            # a bar too thin to hold its label (H(p) = 0 for a one-hot p) leaves it to the readout
            text.setVisible(text is not self.bar_texts[0] or h > 0.15 * top)
            text.setText(content, color=colour)
            text.setFont(style.room_font(12, bold=True))
            text.setPos(x, y)
        self.plot.setRange(xRange=(0.0, top), yRange=(-0.5, 1.8), padding=0.0)

    # --- gestures -----------------------------------------------------------------------------
    def _typed(self, row: int, column: int, value: float) -> None:
        state = self.tab.state()
        name = "p" if column == P_COLUMN else "q"
        values = list(getattr(state, name))
        values[row] = value
        self.status.setText("")
        self.tab.apply(replace(state, **{name: tuple(values)}))

    def _refused(self, _row: int, _column: int, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet(f"color: {style.theme().warning};")

    def _normalise(self, name: str) -> None:
        state = self.tab.state()
        self.tab.apply(replace(state, **{name: model.normalised(getattr(state, name))}))
