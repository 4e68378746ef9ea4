"""The Descent tab's control panel: surface, start, optimizers, learning rate, playback.

The panel only reports what the person did through its signals; the tab turns each into a
new state and calls :meth:`DescentPanel.show_state` to bring every control in line (with
signals blocked, so nothing echoes back).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from lossstudio.engine.descent import OPTIMIZERS
from lossstudio.engine.surfaces import KINDS
from lossstudio.model.descent import (
    CONDITION,
    HYPER_PARAMETERS,
    HYPER_RANGES,
    LEARNING_RATE,
    SPEED,
    DescentState,
)
from lossstudio.ui import style
from lossstudio.ui.widgets.formula_view import FormulaView
from lossstudio.ui.widgets.number_field import NumberField, SliderField

HYPER_KEYS: tuple[str, ...] = ("momentum", "alpha", "beta1", "beta2", "eps")
#: Lines of each optimizer's update rule (``resources/formulas/descent_<name>_<row>.svg``), in
#: OPTIMIZERS order.
RULE_ROWS: tuple[int, ...] = (2, 2, 2, 2, 2, 4)


def swatch(index: int, size: int = 28) -> QIcon:
    """A small picture of series ``index``'s line and marker, for legends in widgets."""
    pixmap = QPixmap(size, size // 2)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = style.series_pen(index, 3.0)
    pen.setWidthF(3.0)
    painter.setPen(pen)
    painter.drawLine(1, size // 4, size - 1, size // 4)
    painter.setBrush(style.color(index))
    painter.drawEllipse(size // 2 - 4, size // 4 - 4, 8, 8)
    painter.end()
    return QIcon(pixmap)


class DescentPanel(QWidget):
    """Controls; every signal carries the new value of one thing the person set."""

    surfaceChosen = Signal(str)
    conditionChanged = Signal(float, bool)  # value, finished (False while dragging)
    refreshRequested = Signal()
    startTyped = Signal(float, float)
    focusChosen = Signal(str)
    racingToggled = Signal(str, bool)
    raceAllRequested = Signal()
    learningRateChanged = Signal(float, bool)
    hyperChanged = Signal(str, float, bool)
    speedChanged = Signal(float, bool)
    playToggled = Signal()
    stepRequested = Signal(int)
    resetRequested = Signal()
    logLossToggled = Signal(bool)
    equalAspectToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("descent.panel")
        self.names: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._build_surface())
        layout.addWidget(self._build_optimizers())
        layout.addWidget(self._build_playback())
        layout.addStretch(1)

    # --- building ----------------------------------------------------------------------------
    def _build_surface(self) -> QGroupBox:
        self.surface_box = QGroupBox()
        form = QFormLayout(self.surface_box)
        self.surface = QComboBox(objectName="descent.surface")
        for kind in KINDS:
            self.surface.addItem("", kind)
        self.surface.activated.connect(
            lambda index: self.surfaceChosen.emit(self.surface.itemData(index))
        )
        self.surface_label = QLabel()
        form.addRow(self.surface_label, self.surface)
        self.condition = SliderField(10.0, CONDITION.minimum, CONDITION.maximum, log=True)
        self.condition.setObjectName("descent.condition")
        self.condition.edited.connect(self.conditionChanged)
        self.condition_label = QLabel()
        form.addRow(self.condition_label, self.condition)
        self.refresh = QPushButton(objectName="descent.refresh")
        self.refresh.clicked.connect(self.refreshRequested)
        form.addRow(self.refresh)
        self.note = QLabel(objectName="descent.surface_note")
        self.note.setWordWrap(True)
        form.addRow(self.note)
        start = QWidget()
        row = QHBoxLayout(start)
        row.setContentsMargins(0, 0, 0, 0)
        self.start_w = NumberField(0.0, -1e6, 1e6, 4)
        self.start_w.setObjectName("descent.start_w")
        self.start_b = NumberField(0.0, -1e6, 1e6, 4)
        self.start_b.setObjectName("descent.start_b")
        self.start_w_label, self.start_b_label = QLabel(), QLabel()
        for label, field in (
            (self.start_w_label, self.start_w),
            (self.start_b_label, self.start_b),
        ):
            row.addWidget(label)
            row.addWidget(field, 1)
            field.valueCommitted.connect(
                lambda _value: self.startTyped.emit(self.start_w.value(), self.start_b.value())
            )
        self.start_label = QLabel()
        form.addRow(self.start_label, start)
        self.start_hint = QLabel()
        self.start_hint.setWordWrap(True)
        form.addRow(self.start_hint)
        self.equal_aspect = QCheckBox(objectName="descent.equal_aspect")
        self.equal_aspect.toggled.connect(self.equalAspectToggled)
        form.addRow(self.equal_aspect)
        return self.surface_box

    def _build_optimizers(self) -> QGroupBox:
        self.optimizer_box = QGroupBox()
        column = QVBoxLayout(self.optimizer_box)
        self.race: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for index, name in enumerate(OPTIMIZERS):
            box = QCheckBox(objectName=f"descent.race.{name}")
            box.toggled.connect(lambda on, name=name: self.racingToggled.emit(name, on))
            self.race[name] = box
            grid.addWidget(box, index % 3, index // 3)
        self.race_label = QLabel()
        column.addWidget(self.race_label)
        column.addLayout(grid)
        self.race_all = QPushButton(objectName="descent.race_all")
        self.race_all.clicked.connect(self.raceAllRequested)
        column.addWidget(self.race_all)
        form = QFormLayout()
        self.focus = QComboBox(objectName="descent.optimizer")
        for index, name in enumerate(OPTIMIZERS):
            self.focus.addItem(swatch(index), "", name)
        self.focus.activated.connect(
            lambda index: self.focusChosen.emit(self.focus.itemData(index))
        )
        self.focus_label = QLabel()
        form.addRow(self.focus_label, self.focus)
        self.learning_rate = SliderField(
            0.1, LEARNING_RATE.minimum, LEARNING_RATE.maximum, log=True
        )
        self.learning_rate.setObjectName("descent.learning_rate")
        self.learning_rate.edited.connect(self.learningRateChanged)
        self.learning_rate_label = QLabel()
        form.addRow(self.learning_rate_label, self.learning_rate)
        self.hyper: dict[str, SliderField] = {}
        self.hyper_labels: dict[str, QLabel] = {}
        for key in HYPER_KEYS:
            bounds = HYPER_RANGES[key]
            field = SliderField(
                bounds.minimum if key == "eps" else 0.9,
                bounds.minimum,
                bounds.maximum,
                log=key == "eps",
                digits=4,
            )
            field.setObjectName(f"descent.hyper.{key}")
            field.edited.connect(
                lambda value, done, key=key: self.hyperChanged.emit(key, value, done)
            )
            self.hyper[key] = field
            self.hyper_labels[key] = QLabel()
            form.addRow(self.hyper_labels[key], field)
        column.addLayout(form)
        self.rules = []
        for row in range(1, max(RULE_ROWS) + 1):
            rule = FormulaView(f"descent_gd_{min(row, 2)}", height=28)
            rule.setObjectName(f"descent.rule_{row}")
            rule.setMinimumWidth(1)  # shrinks to the panel, keeping its aspect
            self.rules.append(rule)
            column.addWidget(rule)
        return self.optimizer_box

    def _build_playback(self) -> QGroupBox:
        self.playback_box = QGroupBox()
        column = QVBoxLayout(self.playback_box)
        buttons = QHBoxLayout()
        self.reset = QPushButton(objectName="descent.reset")
        self.reset.clicked.connect(self.resetRequested)
        self.step_back = QPushButton(objectName="descent.step_back")
        self.step_back.clicked.connect(lambda: self.stepRequested.emit(-1))
        self.play = QPushButton(objectName="descent.play")
        self.play.clicked.connect(self.playToggled)
        self.step = QPushButton(objectName="descent.step")
        self.step.clicked.connect(lambda: self.stepRequested.emit(1))
        icons = {
            self.reset: QStyle.StandardPixmap.SP_MediaSkipBackward,
            self.step_back: QStyle.StandardPixmap.SP_MediaSeekBackward,
            self.step: QStyle.StandardPixmap.SP_MediaSeekForward,
        }
        for button, icon in icons.items():
            button.setIcon(self.style().standardIcon(icon))
        for button in (self.reset, self.step_back, self.play, self.step):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # clicks leave the keys to the plot
            buttons.addWidget(button)
        column.addLayout(buttons)
        form = QFormLayout()
        self.speed = SliderField(20.0, SPEED.minimum, SPEED.maximum, log=True, digits=3)
        self.speed.setObjectName("descent.speed")
        self.speed.edited.connect(self.speedChanged)
        self.speed_label = QLabel()
        form.addRow(self.speed_label, self.speed)
        column.addLayout(form)
        self.log_loss = QCheckBox(objectName="descent.log_loss")
        self.log_loss.toggled.connect(self.logLossToggled)
        column.addWidget(self.log_loss)
        self.keys_hint = QLabel()
        self.keys_hint.setWordWrap(True)
        column.addWidget(self.keys_hint)
        return self.playback_box

    # --- text --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._retranslate_surface()
        self._retranslate_optimizers()
        self._retranslate_playback()

    def _retranslate_surface(self) -> None:
        """The surface box: its kinds, κ, the start."""
        surfaces = {
            "chapter": self.tr("Chapter data: J(w, b)"),
            "regression": self.tr("Regression tab's data: J(w, b)"),
            "bowl": self.tr("Elongated bowl"),
            "banana": self.tr("Banana valley (Rosenbrock)"),
        }
        self.surface_box.setTitle(self.tr("Loss surface"))
        self.surface_label.setText(self.tr("Surface"))
        for index in range(self.surface.count()):
            self.surface.setItemText(index, surfaces[self.surface.itemData(index)])
        self.condition_label.setText(self.tr("Stretch κ"))
        self.condition.setToolTip(
            self.tr(
                "Condition number κ of the bowl J = (w² + κ b²)/2: it curves κ times as steeply "
                "along b (up and down on the map) as along w (left and right)."
            )
        )
        self.refresh.setText(self.tr("Reload the Regression tab's points"))
        self.start_label.setText(self.tr("Start"))
        self.start_w_label.setText(self.tr("w"))
        self.start_b_label.setText(self.tr("b"))
        self.start_hint.setText(
            self.tr("Click or drag on the contour map to start the walk there.")
        )
        self.equal_aspect.setText(self.tr("Equal scales for w and b"))

    def _retranslate_optimizers(self) -> None:
        """The optimizers' names (also the race board's), the race, the focus's settings."""
        self.names = {
            "gd": self.tr("Gradient descent"),
            "momentum": self.tr("Momentum"),
            "nesterov": self.tr("Nesterov"),
            "adagrad": self.tr("Adagrad"),
            "rmsprop": self.tr("RMSprop"),
            "adam": self.tr("Adam"),
        }
        self.optimizer_box.setTitle(self.tr("Optimizers"))
        self.race_label.setText(self.tr("Race from the same start:"))
        for index, name in enumerate(OPTIMIZERS):
            self.race[name].setText(self.names[name])
            self.race[name].setIcon(swatch(index))
            self.focus.setItemText(index, self.names[name])
        self.race_all.setText(self.tr("Race all six"))
        self.focus_label.setText(self.tr("Settings of"))
        self.learning_rate_label.setText(self.tr("Learning rate η"))
        hyper = {
            "momentum": self.tr("Momentum μ"),
            "alpha": self.tr("Smoothing α"),
            "beta1": self.tr("β₁"),
            "beta2": self.tr("β₂"),
            "eps": self.tr("ε"),
        }
        for key, label in self.hyper_labels.items():
            label.setText(hyper[key])

    def _retranslate_playback(self) -> None:
        self.playback_box.setTitle(self.tr("Playback"))
        self.reset.setText(self.tr("Reset"))
        self.reset.setToolTip(self.tr("Back to the start point (R)"))
        self.step_back.setText(self.tr("Back"))
        self.step_back.setToolTip(self.tr("One step back (← or Page Up)"))
        self.step.setText(self.tr("Step"))
        self.step.setToolTip(self.tr("One step forward (→ or Page Down)"))
        self.play.setToolTip(self.tr("Play or pause (Space)"))
        self.speed_label.setText(self.tr("Steps per second"))
        self.log_loss.setText(self.tr("Loss on a log scale"))
        self.keys_hint.setText(
            self.tr("Keys: Space play/pause, → or Page Down step, ← or Page Up back, R reset.")
        )

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_playing(self, playing: bool) -> None:
        self.play.setText(self.tr("Pause") if playing else self.tr("Play"))
        icon = (
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play.setIcon(self.style().standardIcon(icon))

    def set_regression_held(self, held: bool) -> None:
        """A practice holds the Regression tab's points back: their surface and the reload off."""
        item = self.surface.model().item(KINDS.index("regression"))
        if item.isEnabled() == held:
            item.setEnabled(not held)
        self.refresh.setEnabled(not held)

    # --- showing a state ---------------------------------------------------------------------
    def show_state(self, state: DescentState) -> None:
        widgets = [self.surface, self.focus, self.equal_aspect, self.log_loss, *self.race.values()]
        blockers = [QSignalBlocker(widget) for widget in widgets]
        self.surface.setCurrentIndex(KINDS.index(state.surface))
        self.condition.setValue(state.condition)
        self.condition.setVisible(state.surface == "bowl")
        self.condition_label.setVisible(state.surface == "bowl")
        self.refresh.setVisible(state.surface == "regression")
        self.start_w.setValue(state.start[0])
        self.start_b.setValue(state.start[1])
        self.equal_aspect.setChecked(state.equal_aspect)
        self.focus.setCurrentIndex(OPTIMIZERS.index(state.focus))
        for name, box in self.race.items():
            box.setChecked(name in state.racing)
            box.setEnabled(name != state.focus)
        settings = state.settings_for(state.focus)
        self.learning_rate.setValue(settings.learning_rate)
        own = HYPER_PARAMETERS[state.focus]
        for key, field in self.hyper.items():
            field.setVisible(key in own)
            self.hyper_labels[key].setVisible(key in own)
            if key in own:
                field.setValue(settings.hyper_value(key))
        rows = RULE_ROWS[OPTIMIZERS.index(state.focus)]
        for row, rule in enumerate(self.rules, start=1):
            rule.setVisible(row <= rows)
            if row <= rows and rule.formula() != f"descent_{state.focus}_{row}":
                rule.setFormula(f"descent_{state.focus}_{row}")
        self.speed.setValue(state.speed)
        self.log_loss.setChecked(state.log_loss)
        self.set_playing(state.playing)
        del blockers
