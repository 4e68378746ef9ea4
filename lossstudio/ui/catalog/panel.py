"""The left side of the catalog: the six losses, the selected one's formula, words and label."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lossstudio.engine.losses import LOSSES
from lossstudio.model.catalog import LABEL_RANGE, LOSS_KEYS, CatalogState, labels_of
from lossstudio.ui import style
from lossstudio.ui.widgets.formula_view import FormulaView
from lossstudio.ui.widgets.number_field import NumberField

from . import texts


def other_name(key: str) -> str:
    """The chapter's Chinese name beside a translated name, or the English one in Chinese."""
    loss = LOSSES[key]
    return loss.name if texts.name(key) == loss.name_zh else loss.name_zh


class LossPanel(QWidget):
    """The list of the six losses and the card of the selected one.

    Signals
    -------
    lossChosen(str)
        The person picked another loss (its key).
    labelChosen(float)
        The person set another label ``y``.
    """

    lossChosen = Signal(str)
    labelChosen = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.losses = QListWidget(objectName="catalog.losses")
        self.losses.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for key in LOSS_KEYS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.losses.addItem(item)
        self.losses.currentRowChanged.connect(self._row_changed)

        self.card = QGroupBox(objectName="catalog.card")
        self.title = QLabel(objectName="catalog.title")
        self.formula = FormulaView(f"catalog_{LOSS_KEYS[0]}", height=40)
        self.formula.setObjectName("catalog.formula")
        self.convention = QLabel(objectName="catalog.convention", wordWrap=True)
        self.usage = QLabel(objectName="catalog.usage", wordWrap=True)
        card = QVBoxLayout(self.card)
        for widget in (self.title, self.formula, self.convention, self.usage):
            card.addWidget(widget)

        self.label_box = QGroupBox(objectName="catalog.label_box")
        self.label_high = QRadioButton(objectName="catalog.label_high")
        self.label_low = QRadioButton(objectName="catalog.label_low")
        self.label_group = QButtonGroup(self)
        self.label_group.addButton(self.label_high)
        self.label_group.addButton(self.label_low)
        self.label_group.buttonClicked.connect(self._label_clicked)
        self.label_value = NumberField(1.0, LABEL_RANGE.minimum, LABEL_RANGE.maximum)
        self.label_value.setObjectName("catalog.label_value")
        self.label_value.valueCommitted.connect(self.labelChosen)
        self.label_hint = QLabel(wordWrap=True)
        row = QHBoxLayout()
        for widget in (self.label_high, self.label_low, self.label_value):
            row.addWidget(widget)
        row.addStretch(1)
        label_layout = QVBoxLayout(self.label_box)
        label_layout.addLayout(row)
        label_layout.addWidget(self.label_hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        layout.addWidget(self.losses)
        layout.addWidget(self.card)
        layout.addWidget(self.label_box)
        layout.addStretch(1)
        self._key = LOSS_KEYS[0]
        self._label = 1.0

    # --- gestures -------------------------------------------------------------------------------
    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(LOSS_KEYS):
            self.lossChosen.emit(LOSS_KEYS[row])

    def _label_clicked(self, button) -> None:
        labels = labels_of(self._key)
        if labels is not None:
            self.labelChosen.emit(labels[1] if button is self.label_high else labels[0])

    # --- drawing --------------------------------------------------------------------------------
    def render(self, state: CatalogState) -> None:
        self._key, self._label = state.loss, state.label
        row = LOSS_KEYS.index(state.loss)
        if self.losses.currentRow() != row:
            blocked = self.losses.blockSignals(True)
            self.losses.setCurrentRow(row)
            self.losses.blockSignals(blocked)
        if self.formula.formula() != f"catalog_{state.loss}":
            self.formula.setFormula(f"catalog_{state.loss}")
        labels = labels_of(state.loss)
        discrete = labels is not None
        self.label_high.setVisible(discrete)
        self.label_low.setVisible(discrete)
        self.label_value.setVisible(not discrete)
        if discrete:
            signed = labels[0] < 0
            self.label_high.setText("y = +1" if signed else "y = 1")
            self.label_low.setText("y = −1" if signed else "y = 0")
            blocked = self.label_group.blockSignals(True)
            (self.label_high if state.label == labels[1] else self.label_low).setChecked(True)
            self.label_group.blockSignals(blocked)
        else:
            self.label_value.setValue(state.label)
        self._texts()

    def _texts(self) -> None:
        key = self._key
        self.title.setText(f"<b>{texts.name(key)}</b> &nbsp; {other_name(key)}")
        self.convention.setText(texts.convention(key))
        self.usage.setText(texts.usage(key))
        labels = labels_of(key)
        self.label_hint.setText(
            self.tr("Type any real label from −3 to 3.") if labels is None else ""
        )
        self.label_hint.setVisible(labels is None)

    def restyle(self) -> None:
        scale = style.theme().scale
        for widget in (self.convention, self.usage, self.losses, self.label_hint):
            widget.setFont(style.font(11))
        for widget in (self.heading, self.card, self.label_box):
            widget.setFont(style.font(10, bold=True))
        for widget in (self.label_high, self.label_low, self.label_value, self.title):
            widget.setFont(style.font(13))
        self.title.setFont(style.font(14))
        self.setMinimumWidth(int(300 * scale))
        self.setMaximumWidth(int(400 * scale))
        self.formula.updateGeometry()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The six sample losses of section 3.1"))
        self.card.setTitle(self.tr("Selected loss"))
        self.label_box.setTitle(self.tr("Label y"))
        self.label_value.setToolTip(self.tr("The label y (any real number from −3 to 3)"))
        for row, key in enumerate(LOSS_KEYS):
            self.losses.item(row).setText(f"{texts.name(key)}  ·  {other_name(key)}")
        self._texts()
