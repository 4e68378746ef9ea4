"""What Figure 3-1's descent did, in words: the message under the page's controls.

A sentence for each way a walk can go (flat, infinite at the start, fixed steps on the
absolute and hinge losses, stopped, diverged, left the log loss's domain, overshooting), built
from the walk's own numbers so it is true of the walk on show. Translated in the context of
the page (``DescentPage``), where these sentences have always been.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lossstudio.engine.curves import Descent1D
from lossstudio.model.catalog import MAX_STEPS, CatalogState
from lossstudio.ui.widgets.number_field import format_value, readout_text


def message(state: CatalogState, descent: Descent1D) -> str:
    """What the descent did, in words (the message under the controls)."""
    if state.loss == "zero_one":
        return QCoreApplication.translate(
            "DescentPage",
            "The 0-1 loss is flat: its derivative is 0 wherever it is defined (and undefined "
            "at the jump a = 0), so gradient descent cannot move. This is why it is not used "
            "for training.",
        )
    if descent.status == "infinite":
        return QCoreApplication.translate(
            "DescentPage", "The loss is infinite at x₀: start inside (0, 1)."
        )
    if state.loss in ("absolute", "hinge"):
        return _fixed_step(state, descent)
    if descent.status == "stopped":
        return QCoreApplication.translate(
            "DescentPage",
            "The slope is 0 at x{k}: gradient descent stops here (a flat part or the minimum).",
        ).format(k=descent.steps)
    if descent.status == "diverged":
        return QCoreApplication.translate(
            "DescentPage",
            "Diverged: the learning rate is far too large, each step lands farther away and "
            "the next one would leave the plot. Take a smaller learning rate.",
        )
    if descent.status == "left_domain":
        return QCoreApplication.translate(
            "DescentPage",
            "The next step would land at a = {a}, outside 0 ≤ a ≤ 1 where the log loss is "
            "defined. This page moves the prediction a itself, and on the log loss every "
            "learning rate does this sooner or later: the slope of −ln a never flattens "
            "before a = 1. In a network the weights move and a = σ(z) stays inside (0, 1).",
        ).format(a=readout_text(descent.next_point, 4))
    if descent.steps and descent.loss_rose:
        return QCoreApplication.translate(
            "DescentPage",
            "Diverging: the steps overshoot the minimum and the loss grows. The learning "
            "rate is too large.",
        )
    if descent.overshoots:
        return QCoreApplication.translate(
            "DescentPage",
            "Overshooting: the steps jump across the minimum ({n} times). A smaller learning "
            "rate walks down without crossing it.",
        ).format(n=descent.overshoots)
    if state.steps >= MAX_STEPS:
        return QCoreApplication.translate(
            "DescentPage", "The most steps shown ({n}) are reached."
        ).format(n=MAX_STEPS)
    return QCoreApplication.translate(
        "DescentPage", "Each step moves against the slope; the steps shrink as the curve flattens."
    )


def _fixed_step(state: CatalogState, descent: Descent1D) -> str:
    """The absolute and hinge losses: every step has the same length η·1."""
    eta = format_value(state.learning_rate, 4)
    if state.loss == "hinge":
        if descent.status == "stopped" and descent.steps == 0:
            return QCoreApplication.translate(
                "DescentPage",
                "y·a ≥ 1 at x₀ already: the hinge loss is 0 and flat there, so gradient "
                "descent does not move.",
            )
        if descent.status == "stopped":
            return QCoreApplication.translate(
                "DescentPage",
                "y·a ≥ 1 at x{k}: the hinge loss is 0 and flat there, so gradient descent "
                "stops. Every step had the same length η = {eta}: the slope is −y until the "
                "margin is reached (at the kink y·a = 1 the slope is undefined; 0 is used).",
            ).format(k=descent.steps, eta=eta)
        return QCoreApplication.translate(
            "DescentPage",
            "Every step has the same length η = {eta}: the hinge loss's slope is −y wherever "
            "y·a < 1, so the steps do not shrink. The walk stops once y·a ≥ 1.",
        ).format(eta=eta)
    if descent.status == "stopped":
        return QCoreApplication.translate(
            "DescentPage",
            "x{k} is exactly on the kink a = y, where the slope is undefined; 0 is used "
            "(a subgradient), so gradient descent stops there.",
        ).format(k=descent.steps)
    if descent.overshoots:
        return QCoreApplication.translate(
            "DescentPage",
            "Every step has the same length η = {eta}: the absolute loss's slope is ±1, it "
            "does not flatten near the minimum. So a fixed learning rate jumps back and "
            "forth across a = y forever ({n} crossings so far); a smaller one only makes "
            "the jumps smaller.",
        ).format(eta=eta, n=descent.overshoots)
    return QCoreApplication.translate(
        "DescentPage",
        "Every step has the same length η = {eta}: the absolute loss's slope is ±1, so the "
        "steps do not shrink as the minimum nears; once within η of a = y, they jump across "
        "it and back forever.",
    ).format(eta=eta)
