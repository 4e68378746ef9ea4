"""The Descent tab on the Regression tab's points: reading them from the session, following
their changes, and not reading them while a practice holds them back.

A mixin of :class:`lossstudio.ui.descent.tab.DescentTab` (which owns ``session``, ``state``,
``panel``, ``apply`` and ``set_state``); it holds no sentences of its own (those stay in the
tab's translation context).
"""

from __future__ import annotations

import dataclasses

import numpy as np

from lossstudio.model.descent import DescentState
from lossstudio.model.walks import surface_of


class RegressionData:
    def _on_surface(self, kind: str) -> DescentState:
        """The state on surface ``kind`` (the Regression tab's points for "regression")."""
        data_x: tuple[float, ...] = ()
        data_y: tuple[float, ...] = ()
        if kind == "regression":
            data_x, data_y = self._regression_data()
        state = dataclasses.replace(
            self.state(), surface=kind, data_x=data_x, data_y=data_y, iteration=0
        )
        if kind != self.state().surface:
            state = state.with_suggested_rates()
        return dataclasses.replace(state, start=surface_of(state).start)

    def _choose_surface(self, kind: str) -> None:
        if kind == "regression" and self.regression_held():
            self.panel.show_state(self.state())  # refused (the panel says why): as it was
            return
        self.apply(self._on_surface(kind))

    def regression_held(self) -> bool:
        """A practice holds the Regression tab's points back: they are not read here."""
        return "regression_data" in self.hidden_answers()

    def _same_as_regression(self, state: DescentState) -> bool:
        """Whether ``state``'s points are the Regression tab's now (worked out once for each
        pair of point sets: a drag's frames compare nothing again)."""
        if "regression" not in self.session:
            return False
        regression = self.session.state("regression")
        key = (regression.x, regression.y, state.data_x, state.data_y)
        cached = self._same_cache
        if cached is None or any(a is not b for a, b in zip(cached[0], key, strict=True)):
            points = tuple(map(float, regression.x)), tuple(map(float, regression.y))
            self._same_cache = cached = (key, points == (state.data_x, state.data_y))
        return cached[1]

    def _regression_data(self) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """The Regression tab's points, from the session (empty when it holds none)."""
        if "regression" not in self.session:
            return (), ()
        state = self.session.state("regression")
        self._regression_data_seen = (state.x, state.y)
        x, y = tuple(float(v) for v in state.x), tuple(float(v) for v in state.y)
        if len(x) != len(y) or not all(np.isfinite(x + y)):
            return (), ()
        return x, y

    def _other_tab_changed(self, key: str, state, finished: bool) -> None:
        if key == "regression" and finished:
            self._follow_regression_data()
            self.panel.set_note(self._surface_note(self.state()))  # whose points, now

    def _follow_regression_data(self) -> None:
        """On the "regression" surface, follow the Regression tab's points when they change
        (not an undo step of this tab: the change was the Regression tab's)."""
        if self.state().surface != "regression" or "regression" not in self.session:
            return
        if self.regression_held():
            return
        current = self.session.state("regression")
        seen = self._regression_data_seen
        if seen is not None and seen[0] is current.x and seen[1] is current.y:
            return
        data = self._regression_data()
        if data != (self.state().data_x, self.state().data_y):
            self.set_state(self._on_surface("regression"))
