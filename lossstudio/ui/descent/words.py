"""The Descent tab's teaching texts: the chapter's five steps, live, and what each optimizer does.

- The five steps of using a loss (section 3.1: random init -> forward -> loss -> back-propagate
  -> repeat), with the current walk's numbers filled in at the shown iteration.
- Where the tab goes beyond chapter 3 (the optimizers other than plain gradient descent, the
  synthetic surfaces) and one plain sentence for the optimizer whose settings are shown.
- The chapter's slip about the contour map's centre (its loss is J_min, not 0), corrected on
  the data surfaces.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from lossstudio.ui import style
from lossstudio.ui.widgets.number_field import format_value, significant


def _n(value: float, digits: int = 4) -> str:
    return format_value(float(value), digits).replace("-", "−")


class DescentWords(QWidget):
    """The five steps (``steps_box``, placed under the controls by the tab) and three notes:
    the optimizer, beyond chapter 3, the contour's centre."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.steps_box = QGroupBox(objectName="descent.five_steps_box")
        self.five_steps = QLabel(objectName="descent.five_steps", wordWrap=True)
        inner = QVBoxLayout(self.steps_box)
        inner.addWidget(self.five_steps)
        self.steps_box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.optimizer = QLabel(objectName="descent.optimizer_words", wordWrap=True)
        self.beyond = QLabel(objectName="descent.beyond_chapter", wordWrap=True)
        self.centre = QLabel(objectName="descent.centre_note", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.optimizer, self.beyond, self.centre):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._shown: tuple | None = None
        # the panel above sets the column's width: the wrapped texts take whatever it leaves
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def optimizer_sentence(self, name: str) -> str:
        sentences = {
            "gd": self.tr(
                "Gradient descent (chapter 3): each step moves against the gradient, "
                "(w, b) ← (w, b) − η ∇J."
            ),
            "momentum": self.tr(
                "Momentum: keeps a running velocity of past gradients, so steps build up along "
                "a steady slope and zig-zags across a valley damp out."
            ),
            "nesterov": self.tr(
                "Nesterov: momentum that looks ahead, taking the gradient where the velocity is "
                "about to carry it, so it brakes earlier."
            ),
            "adagrad": self.tr(
                "Adagrad: divides each parameter's step by the root of the sum of all its past "
                "squared gradients, so steep directions slow down, and every step keeps "
                "shrinking."
            ),
            "rmsprop": self.tr(
                "RMSprop: like Adagrad, but with a decaying average of the squared gradients, "
                "so the steps do not shrink for ever."
            ),
            "adam": self.tr(
                "Adam: momentum and RMSprop's per-parameter scaling together, both averages "
                "corrected for their start at zero."
            ),
        }
        return sentences[name]

    def retranslate(self) -> None:
        self.steps_box.setTitle(self.tr("The chapter's five steps of using a loss"))
        self.beyond.setText(
            self.tr(
                "Beyond chapter 3: the chapter uses plain gradient descent on J(w, b) of its data; "
                "the other five optimizers, the bowl and the banana valley come later in the "
                "course."
            )
        )
        self._shown = None

    def restyle(self) -> None:
        for label in (self.five_steps, self.optimizer, self.beyond, self.centre):
            label.setFont(style.font(10))
        self.steps_box.setFont(style.font(10, bold=True))

    def show(self, state, surface, walk, index: int) -> None:
        """Fill in the numbers of ``walk`` at ``index`` (cheap when nothing changed)."""
        key = (id(walk), index, state.focus, state.surface, id(surface))
        if key == self._shown:
            return
        self._shown = key
        self.five_steps.setText(self.steps_text(state, surface, walk, index))
        self.optimizer.setText(self.optimizer_sentence(state.focus))
        self.centre.setText(self.centre_text(surface))
        self.centre.setVisible(bool(self.centre.text()))

    def steps_text(self, state, surface, walk, index: int) -> str:
        w, b = (float(v) for v in walk.descent.path[index])
        d_w, d_b = (float(v) for v in walk.descent.gradients[index])
        loss = float(walk.losses[index])
        if surface.data is not None:
            forward = self.tr("2. Forward: z = w x + b for every sample x.")
        else:
            forward = self.tr("2. Forward: no samples here; J(w, b) is a formula.")
        if index >= walk.steps:
            last = self.tr("5. Repeat from 2 until J is small enough: ended at iteration {k}.")
        else:
            last = self.tr("5. Repeat from 2 until J is small enough (iteration {k}).")
        lines = [
            self.tr(
                "1. Initialise w, b (the chapter: random; here your start): w = {w}, b = {b}."
            ).format(w=_n(state.start[0]), b=_n(state.start[1])),
            forward,
            self.tr("3. Loss: J = {loss} at w = {w}, b = {b}.").format(
                loss=_n(loss, 5), w=_n(w), b=_n(b)
            ),
            self.tr(
                "4. Back-propagate: ∂J/∂w = {d_w}, ∂J/∂b = {d_b}; correct w and b against it."
            ).format(d_w=significant(d_w, 3), d_b=significant(d_b, 3)),
            last.format(k=walk.steps if index >= walk.steps else index),
        ]
        return "\n".join(lines)

    def centre_text(self, surface) -> str:
        """The chapter's slip: the loss at the contours' centre is J_min, not 0."""
        if surface.data is None:
            return ""
        w, b = surface.minimum
        lowest = float(surface.value(w, b))
        return self.tr(
            "A note on the chapter: it says the loss at the centre of the contour ellipses is "
            "0. On data with noise no line passes through every point: the centre is the best "
            "fit w = {w}, b = {b}, where J is smallest but not 0, J_min = {j}."
        ).format(w=_n(w, 4), b=_n(b, 4), j=f"{lowest:.6f}")
