"""The Regression tab's control column: J large with its bar, the line's w and b, the
chapter's four lines, the loss switch, what to show, and the data (presets, points, CSV).

The panel only shows values and reports what the person did (signals); the tab decides.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lossstudio.engine.datasets import CHAPTER_LINES
from lossstudio.model.lessons import outlier_lesson
from lossstudio.model.regression import LOSSES, PRESETS
from lossstudio.ui import answers, style
from lossstudio.ui.regression.data_plot import equation
from lossstudio.ui.regression.readouts import LossBar, ParameterField, loss_text, short_text
from lossstudio.ui.widgets.formula_view import FormulaView
from lossstudio.ui.widgets.number_field import format_value


class ControlPanel(QWidget):
    #: (value, finished) of w and b, as their fields report it (the gesture protocol)
    w_edited = Signal(float, bool)
    b_edited = Signal(float, bool)
    chapter_line = Signal(int)
    snap = Signal()
    loss_chosen = Signal(str)
    toggled = Signal(str, bool)
    preset_chosen = Signal(str)
    add_point = Signal()
    delete_point = Signal()
    load_csv = Signal()
    save_csv = Signal()

    def __init__(self):
        super().__init__()
        self.setObjectName("regression.panel")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)

        self.loss_title = QLabel()
        self.loss_title.setObjectName("regression.loss_title")
        self.loss_title.setWordWrap(True)
        self.loss = QLabel()
        self.loss.setObjectName("regression.loss")
        self.loss.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = LossBar()
        self.best_loss = QLabel()
        self.best_loss.setObjectName("regression.best_loss")
        self.formula = FormulaView("regression_mse", height=40)
        self.formula.setObjectName("regression.formula")
        self.lesson = QLabel(objectName="regression.outlier_lesson", wordWrap=True)
        self.lesson.hide()
        for widget in (self.loss_title, self.loss, self.bar, self.best_loss, self.formula):
            column.addWidget(widget)
        column.addWidget(self.lesson)
        self._loss_shown: str | None = None
        self._window_shown: tuple | None = None  # the window the w and b sliders span
        self._preset_shown: str | None = None
        column.addWidget(self._build_line_group())
        column.addWidget(self._build_show_group())
        column.addWidget(self._build_data_group())
        column.addStretch(1)
        self.w.edited.connect(self.w_edited)
        self.b.edited.connect(self.b_edited)
        self.restyle()

    def _build_line_group(self) -> QGroupBox:
        """The line z = w x + b: w and b, the chapter's four lines, snap to the best fit."""
        self.line_group = QGroupBox()
        grid = QGridLayout(self.line_group)
        self.w_label, self.b_label = QLabel(), QLabel()
        self.w = ParameterField("regression.w", self.w_label)
        self.b = ParameterField("regression.b", self.b_label)
        grid.addWidget(self.w, 0, 0, 1, 3)
        grid.addWidget(self.b, 1, 0, 1, 3)
        self.chapter_buttons = []
        for index, (w, b, _) in enumerate(CHAPTER_LINES):
            button = QPushButton(f"z = {format_value(w)}x + {format_value(b)}")
            button.setObjectName(f"regression.chapter_line_{index}")
            button.clicked.connect(lambda _=False, i=index: self.chapter_line.emit(i))
            grid.addWidget(button, 2 + index // 2, 1 + index % 2)
            self.chapter_buttons.append(button)
        self.chapter_label = QLabel()
        self.chapter_label.setWordWrap(True)
        grid.addWidget(self.chapter_label, 2, 0, 2, 1)
        self.snap_button = QPushButton()
        self.snap_button.setObjectName("regression.snap")
        self.snap_button.clicked.connect(self.snap)
        grid.addWidget(self.snap_button, 4, 0, 1, 3)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        grid.addWidget(self.hint, 5, 0, 1, 3)
        return self.line_group

    def _build_show_group(self) -> QGroupBox:
        """The loss (squared or absolute) and what the plots show."""
        self.show_group = QGroupBox()
        show = QGridLayout(self.show_group)
        self.loss_kind_label = QLabel()
        self.loss_kind = QComboBox()
        self.loss_kind.setObjectName("regression.loss_kind")
        for key in LOSSES:
            self.loss_kind.addItem("", key)
        self.loss_kind.currentIndexChanged.connect(
            lambda i: self.loss_chosen.emit(self.loss_kind.itemData(i))
        )
        show.addWidget(self.loss_kind_label, 0, 0)
        show.addWidget(self.loss_kind, 0, 1)
        self.toggles: dict[str, QCheckBox] = {}
        for index, key in enumerate(("residuals", "squares", "best_fit", "equal_aspect")):
            box = QCheckBox()
            box.setObjectName(f"regression.{key}")
            box.toggled.connect(lambda on, key=key: self.toggled.emit(key, on))
            show.addWidget(box, 1 + index // 2, index % 2)
            self.toggles[key] = box
        return self.show_group

    def _build_data_group(self) -> QGroupBox:
        """The data: presets, the count, add / delete a point, load / save CSV."""
        self.data_group = QGroupBox()
        data = QGridLayout(self.data_group)
        self.preset_label = QLabel()
        self.preset = QComboBox()
        self.preset.setObjectName("regression.preset")
        self.preset.addItem("", "")
        for key in PRESETS:
            self.preset.addItem("", key)
        self.preset.activated.connect(self._preset_activated)
        self.count = QLabel()
        self.count.setObjectName("regression.count")
        self.add_button = QPushButton()
        self.add_button.setObjectName("regression.add_point")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("regression.delete_point")
        self.load_button = QPushButton()
        self.load_button.setObjectName("regression.load_csv")
        self.save_button = QPushButton()
        self.save_button.setObjectName("regression.save_csv")
        self.add_button.clicked.connect(self.add_point)
        self.delete_button.clicked.connect(self.delete_point)
        self.load_button.clicked.connect(self.load_csv)
        self.save_button.clicked.connect(self.save_csv)
        data.addWidget(self.preset_label, 0, 0)
        data.addWidget(self.preset, 0, 1)
        data.addWidget(self.count, 1, 0, 1, 2)
        data.addWidget(self.add_button, 2, 0)
        data.addWidget(self.delete_button, 2, 1)
        data.addWidget(self.load_button, 3, 0)
        data.addWidget(self.save_button, 3, 1)
        self.data_hint = QLabel()
        self.data_hint.setWordWrap(True)
        data.addWidget(self.data_hint, 4, 0, 1, 2)
        return self.data_group

    def _preset_activated(self, index: int) -> None:
        key = self.preset.itemData(index)
        if key:
            self.preset_chosen.emit(key)

    def restyle(self) -> None:
        t = style.theme()
        style.mark_readout(self.loss, 30)
        self.loss.setStyleSheet(f"color: {style.PALETTE[1]};")
        self.loss_title.setFont(style.font(12, bold=True))
        self.bar.updateGeometry()
        self.w.field.setMaximumWidth(round(t.px(110)))
        self.b.field.setMaximumWidth(round(t.px(110)))

    def show_words(self, loss: str, preset: str) -> None:
        """The texts that follow the state: J's name for the loss, the outlier lesson."""
        if (loss, preset) == (self._loss_shown, self._preset_shown):
            return
        self._loss_shown, self._preset_shown = loss, preset
        if loss == "absolute":
            title = self.tr("Loss J = 1/m Σ|z − y|: the mean absolute error")
        else:
            title = self.tr("Loss J = 1/(2m) Σ(z − y)²: half the mean squared error")
        self.loss_title.setText(title)
        squares = self.toggles["squares"]
        squares.setEnabled(loss == "squared")
        squares.setToolTip(
            self.tr("Draw each residual's square: their mean is twice J.")
            if loss == "squared"
            else self.tr("Not drawn for the absolute loss: there J is the residuals' mean length.")
        )
        self.lesson.setVisible(preset == "outlier")
        if preset == "outlier":
            self.lesson.setText(self.outlier_text())

    def outlier_text(self) -> str:
        lesson = outlier_lesson()
        (sw0, sb0), (sw1, sb1) = lesson.squared
        (aw0, ab0), (aw1, ab1) = lesson.absolute
        return self.tr(
            "The outlier: one point (x = {x}) moved from y = {y0} down to {y1}. The squared-loss "
            "best fit swings from w = {sw0}, b = {sb0} to w = {sw1}, b = {sb1}; the "
            "absolute-loss best fit hardly moves (w = {aw0}, b = {ab0} → w = {aw1}, b = {ab1}). "
            "Squaring weighs the one large miss most: the mean squared error pays most "
            "attention to the samples far off (section 3.2)."
        ).format(
            x=short_text(lesson.x),
            y0=short_text(lesson.y_before),
            y1=short_text(lesson.y_after),
            sw0=short_text(sw0),
            sb0=short_text(sb0),
            sw1=short_text(sw1),
            sb1=short_text(sb1),
            aw0=short_text(aw0),
            ab0=short_text(ab0),
            aw1=short_text(aw1),
            ab1=short_text(ab1),
        )

    def retranslate(self) -> None:
        self._loss_shown = self._preset_shown = None
        self.line_group.setTitle(self.tr("The line z = w x + b"))
        self.w_label.setText(self.tr("weight w"))
        self.b_label.setText(self.tr("bias b"))
        self.chapter_label.setText(self.tr("The chapter's lines:"))
        for button, (w, b, _) in zip(self.chapter_buttons, CHAPTER_LINES, strict=True):
            button.setToolTip(
                self.tr("Set the line to z = {w}x + {b} (Figure 3-4)").format(
                    w=format_value(w), b=format_value(b)
                )
            )
        self.snap_button.setText(self.tr("Snap to best fit"))
        self.hint.setText(
            self.tr(
                "Drag the line to move it, its round handles to turn it. Arrow keys on the "
                "plot: ↑↓ move b, ←→ turn w (Shift: finer; when presenting ←→ step, "
                "Shift+←→ turn w)."
            )
        )
        self.show_group.setTitle(self.tr("Loss and display"))
        self.loss_kind_label.setText(self.tr("Loss"))
        self.loss_kind.setItemText(0, self.tr("Squared error (MSE)"))
        self.loss_kind.setItemText(1, self.tr("Absolute error"))
        self.toggles["residuals"].setText(self.tr("Residuals"))
        self.toggles["squares"].setText(self.tr("Squares"))
        self.toggles["best_fit"].setText(self.tr("Best-fit line"))
        self.toggles["equal_aspect"].setText(self.tr("Equal aspect"))
        self.toggles["equal_aspect"].setToolTip(
            self.tr("Same scale for w and b on the contour map")
        )
        self.data_group.setTitle(self.tr("Data (samples)"))
        self.preset_label.setText(self.tr("Preset"))
        names = {
            "": self.tr("(edited)"),
            "chapter": self.tr("The chapter's 50 points"),
            "outlier": self.tr("With one outlier"),
            "negative": self.tr("Falling line (negative weight w)"),
            "cloud": self.tr("Noisy cloud"),
            "three": self.tr("Three points"),
        }
        for index in range(self.preset.count()):
            self.preset.setItemText(index, names[self.preset.itemData(index)])
        self.add_button.setText(self.tr("Add point"))
        self.delete_button.setText(self.tr("Delete point"))
        self.load_button.setText(self.tr("Load CSV…"))
        self.save_button.setText(self.tr("Save CSV…"))
        self.data_hint.setText(
            self.tr(
                "Shift+click or double-click empty space to add a point, drag a point to move "
                "it, right-click or select it and press Delete to remove it."
            )
        )

    # --- showing --------------------------------------------------------------------------------
    @staticmethod
    def x_all_equal(state) -> bool:
        x = np.asarray(state.x, dtype=np.float64)
        return x.size < 2 or np.ptp(x) == 0.0

    def no_fit_message(self, state) -> str:
        """Why Snap to best fit has no line to go to."""
        if self.x_all_equal(state):
            return self.tr("There is no single best line: all x values are equal.")
        return self.tr("There is no single best line: the x values are too close together.")

    def _no_fit_text(self, state) -> str:
        if self.x_all_equal(state):
            return self.tr("Best fit: none (all x are equal)")
        # 0 and 1e-320: their spread underflows, or the slope is beyond a float
        return self.tr("Best fit: none (the x values are too close together)")

    def show_state(self, state, view, can_delete: bool) -> None:
        """Show J and its bar, the best fit, w and b, the count and the toggles of ``state``
        (its numbers from ``view``, a :class:`~lossstudio.model.regression_view.RegressionView`);
        the w and b sliders span the contour map's window."""
        if view.window != self._window_shown:
            self._window_shown = view.window
            self.w.set_range(*view.window[:2])
            self.b.set_range(*view.window[2:])
        self.loss.setText(loss_text(view.loss))
        self.bar.set_values(view.loss, view.best_loss, view.bar_scale)
        if view.fit is None:
            self.best_loss.setText(self._no_fit_text(state))
        else:
            self.best_loss.setText(
                self.tr("Best fit {line}: J = {value}").format(
                    line=equation(*view.fit), value=loss_text(view.best_loss)
                )
            )
        self.w.set_value(state.w)
        self.b.set_value(state.b)
        self.count.setText(self.tr("m = {count} samples").format(count=state.m))
        self.set_can_delete(can_delete)
        self.formula.setFormula("regression_mse" if state.loss == "squared" else "regression_mae")
        self.show_words(state.loss, state.preset)
        if (
            any(box.isChecked() != getattr(state, key) for key, box in self.toggles.items())
            or self.loss_kind.currentIndex() != LOSSES.index(state.loss)
            or self.preset.currentIndex() != max(self.preset.findData(state.preset), 0)
        ):
            self.set_toggles(state)

    def set_can_delete(self, can: bool) -> None:
        self.delete_button.setEnabled(can)

    def cover_answers(self, loss: bool, fit: bool) -> None:
        """Hidden J: its number and bar; hidden best fit: its J, and Snap to best fit is off
        (it would put the answer on the plot)."""
        answers.cover_text(self.loss, loss, whole=True)
        answers.cover_item(self.bar, loss)
        answers.cover_text(self.best_loss, fit, whole=True)
        self.snap_button.setEnabled(not fit)

    def set_toggles(self, state) -> None:
        for key, box in self.toggles.items():
            with QSignalBlocker(box):
                box.setChecked(getattr(state, key))
        with QSignalBlocker(self.loss_kind):
            self.loss_kind.setCurrentIndex(LOSSES.index(state.loss))
        with QSignalBlocker(self.preset):
            self.preset.setCurrentIndex(max(self.preset.findData(state.preset), 0))
