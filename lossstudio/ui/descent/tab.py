"""The Descent tab: gradient descent walking down the contour map of J(w, b) (Figure 3-2).

Each racing optimizer's whole path is computed ahead by the engine (:mod:`.walks`); a QTimer
on the GUI thread only reveals it index by index, stops when paused or when every walk has
ended, and costs a few ``setData`` calls per frame.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from lossstudio.engine.descent import OPTIMIZERS
from lossstudio.model.descent import BEST_FIT_LIMIT, MAX_STEPS, DescentState, data_usable
from lossstudio.model.lesson import ANSWERS
from lossstudio.model.walks import last_iteration, surface_of, walks_of
from lossstudio.ui import answers, style
from lossstudio.ui.descent.board import RaceBoard
from lossstudio.ui.descent.offmap import OffMapNote
from lossstudio.ui.descent.panel import DescentPanel
from lossstudio.ui.descent.plots import DescentPlots
from lossstudio.ui.descent.regression_data import RegressionData
from lossstudio.ui.descent.words import DescentWords
from lossstudio.ui.drawer import Drawer
from lossstudio.ui.tab import Tab
from lossstudio.ui.widgets.fitting import AdaptiveRow, SideScroll
from lossstudio.ui.widgets.number_field import readout_text, significant

#: The animation never redraws faster than this (milliseconds between frames, about 60 fps).
FRAME_MS = 16


class DescentTab(RegressionData, Tab):
    key = "descent"
    ANSWERS = ANSWERS["descent"]
    #: held by a practice: the Regression tab's points are not read (no reload, no following)
    HELD = ("regression_data",)

    def __init__(self, parent: QWidget | None = None, *, session=None):
        super().__init__(parent, session=session)
        self._ticking = False  # an animation frame is being shown (only the iteration moved)
        self._regression_data_seen = None  # the Regression tab's (x, y) last read
        self._same_cache = None  # (the point sets compared, whether they are the same)
        self._build()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        # playback follows the clock: a late frame catches up instead of slowing the walk
        self.clock = QElapsedTimer()
        self._clock_origin = (0, 0.0)  # (iteration, speed) when the clock started
        self.off_map = OffMapNote()
        self.plots.contour_plot.addItem(self.off_map)
        self._connect()
        self._shortcuts()
        style.signals.changed.connect(self._restyle)
        self.setFocusProxy(self.plots.contour)
        self.retranslate()
        self._restyle()
        self.session.changed.connect(self._other_tab_changed)
        self.show_state()
        self._follow_regression_data()

    def _build(self) -> None:
        """The header, the plots with the board and the notes, and the side panel."""
        self.iteration = QLabel(objectName="descent.iteration")
        self.badge = QLabel(objectName="descent.badge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.readout = QLabel(objectName="descent.readout")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        status = QWidget()
        status_row = QHBoxLayout(status)
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.iteration)
        status_row.addWidget(self.badge)
        status_row.addStretch(1)
        # the readout beside the status when there is room, under it when not: side by side
        # they set the tab's least width (1,032 px presenting at 1024x768: past the screen)
        header = AdaptiveRow(
            [status, self.readout],
            [1, 0],
            lambda: status.minimumSizeHint().width() + self.readout.sizeHint().width() + 12,
        )
        self.plots = DescentPlots()
        self.board = RaceBoard()
        # the header above says the focused walk's J too: an open drawer may cover the board
        self.board.setProperty("lossstudio_may_be_covered", True)
        self.words = DescentWords()
        beside = QWidget()  # the board and the words: beside the small plots, or under them
        under_board = QVBoxLayout(beside)
        under_board.setContentsMargins(0, 0, 0, 0)
        under_board.addWidget(self.board, 0)
        # the notes scroll when the room is short (a projector's 720 lines): the contour map,
        # the page's main picture, keeps its share of the height instead of the notes' length
        words_scroll = QScrollArea(objectName="descent.notes_scroll", widgetResizable=True)
        words_scroll.setFrameShape(QFrame.Shape.NoFrame)
        words_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        words_scroll.setWidget(self.words)
        words_scroll.setMinimumHeight(0)
        under_board.addWidget(words_scroll, 1)
        self.plots.bottom.addWidget(beside, 0)
        self.panel = DescentPanel()
        from lossstudio.ui.record.buttons import ExportAnimationButton

        self.export_button = ExportAnimationButton("descent.export_animation", "race", self.state)
        self.panel.playback_box.layout().addWidget(self.export_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.panel)
        side_layout.addWidget(self.words.steps_box)
        side_layout.addStretch(1)
        scroll = SideScroll(side)  # as wide as the panel needs, in every language
        self.scroll = scroll
        left = QVBoxLayout()
        left.addWidget(header)
        left.addWidget(self.plots, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(left, 1)
        layout.addWidget(scroll)
        # presentation: the controls fold into a drawer on the right; the header stays
        self.drawer = Drawer(self, scroll, "right", "descent.drawer", below=header)
        self._drawers = [self.drawer]

    @classmethod
    def default_state(cls) -> DescentState:
        return DescentState(start=surface_of(DescentState()).start)

    # --- wiring ------------------------------------------------------------------------------
    def _connect(self) -> None:
        p = self.panel
        p.surfaceChosen.connect(self._choose_surface)
        p.conditionChanged.connect(
            lambda value, done: self.change(
                dataclasses.replace(self.state(), condition=value, iteration=0), done
            )
        )
        p.refreshRequested.connect(lambda: self._choose_surface("regression"))
        p.startTyped.connect(lambda w, b: self._move_start(w, b))
        self.plots.startClicked.connect(self._move_start)
        self.plots.startDragged.connect(self._drag_start)
        p.focusChosen.connect(lambda name: self.apply(self.state().with_focus(name)))
        p.racingToggled.connect(lambda name, on: self.apply(self.state().with_racing(name, on)))
        p.raceAllRequested.connect(
            lambda: self.apply(dataclasses.replace(self.state(), racing=OPTIMIZERS))
        )
        p.learningRateChanged.connect(self._set_learning_rate)
        p.hyperChanged.connect(self._set_hyper)
        p.speedChanged.connect(
            lambda v, done: self.change(dataclasses.replace(self.state(), speed=v), done)
        )
        p.logLossToggled.connect(
            lambda on: self.apply(dataclasses.replace(self.state(), log_loss=on))
        )
        p.equalAspectToggled.connect(
            lambda on: self.apply(dataclasses.replace(self.state(), equal_aspect=on))
        )
        p.playToggled.connect(self.toggle_play)
        p.stepRequested.connect(self.step)
        p.resetRequested.connect(self.rewind)

    def _shortcuts(self) -> None:
        # Space, arrows and Page Up / Down come from the window's presenter keys
        keys = {Qt.Key.Key_R: self.rewind}
        self.shortcuts = []
        for key, action in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
            self.shortcuts.append(shortcut)

    # --- gestures ----------------------------------------------------------------------------
    def _move_start(self, w: float, b: float) -> None:
        self.apply(dataclasses.replace(self.state(), start=(float(w), float(b)), iteration=0))

    def _drag_start(self, w: float, b: float, finished: bool) -> None:
        """The start follows a drag on the map, the walks with it; one undo step at the end."""
        self.change(
            dataclasses.replace(self.state(), start=(float(w), float(b)), iteration=0), finished
        )

    def _set_learning_rate(self, value: float, finished: bool) -> None:
        state = self.state()
        settings = state.settings_for(state.focus)
        self.change(
            state.with_settings(dataclasses.replace(settings, learning_rate=value)), finished
        )

    def _set_hyper(self, key: str, value: float, finished: bool) -> None:
        state = self.state()
        settings = state.settings_for(state.focus)
        self.change(state.with_settings(settings.with_hyper(key, value)), finished)

    # --- playback (not undo steps: like a video player's position) -----------------------------
    def _playback(self, state: DescentState) -> None:
        self.set_state(state)

    def last_iteration(self) -> int:
        return last_iteration(self.state())

    def toggle_play(self) -> None:
        state = self.state()
        if state.playing:
            self._playback(dataclasses.replace(state, playing=False))
            return
        iteration = 0 if state.iteration >= self.last_iteration() else state.iteration
        self._playback(dataclasses.replace(state, playing=True, iteration=iteration))

    def step(self, delta: int) -> None:
        state = self.state()
        iteration = min(max(state.iteration + delta, 0), self.last_iteration())
        self._playback(dataclasses.replace(state, iteration=iteration, playing=False))

    def presenter_step(self, direction: int) -> bool:
        self.step(1 if direction > 0 else -1)
        return True

    def presenter_play(self) -> bool:
        self.toggle_play()
        return True

    def rewind(self) -> None:
        self._playback(dataclasses.replace(self.state(), iteration=0, playing=False))

    def _start_clock(self, state: DescentState) -> None:
        self.clock.start()
        self._clock_origin = (state.iteration, state.speed)

    def _tick(self) -> None:
        """The iteration due by the clock (``speed`` steps a second since play started)."""
        state = self.state()
        last = self.last_iteration()
        origin, speed = self._clock_origin
        due = origin + int(self.clock.elapsed() * speed / 1000.0)
        iteration = min(max(due, state.iteration), last, MAX_STEPS)
        if iteration == state.iteration and iteration < last:
            return  # no step due yet: nothing to draw
        playing = iteration < last
        self._ticking = True  # render shows this frame only
        try:
            self.set_state(dataclasses.replace(state, iteration=iteration, playing=playing))
        finally:
            self._ticking = False
        if not playing:
            self.timer.stop()
            self.panel.set_playing(False)

    # --- drawing -----------------------------------------------------------------------------
    def render(self, state: DescentState, draft: bool = False) -> None:
        if self._ticking:  # an animation frame: only the iteration moved
            self._show_frame(state)
            return
        surface = surface_of(state)
        walks = walks_of(state)
        self.panel.show_state(state)
        self.panel.set_note(self._surface_note(state))
        self.panel.set_regression_held(self.regression_held())
        self.plots.set_velocity_name(self.tr("−m") if state.focus == "adam" else self.tr("−v"))
        self.plots.show_state(state, surface, walks)
        self._show_frame(state, walks)
        last = max(walk.steps for walk in walks.values())
        if state.playing and state.iteration < last:
            # ticks twice a step (at most one a frame): a step is drawn within half a step of due
            self.timer.setInterval(max(FRAME_MS, round(500 / state.speed)))
            # from the iteration shown now (a step, an undo or a new speed while playing)
            self._start_clock(state)
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    def _surface_note(self, state: DescentState) -> str:
        """Whose points the map is of (true whoever set them: this tab, a scene, a practice)."""
        if state.surface != "regression":
            return ""
        why = data_usable(state.data_x, state.data_y)
        if why == "steep":
            return self.tr(
                "The Regression tab's best line is too steep for this map (|w| or |b| "
                "above {limit}): showing the chapter's data instead."
            ).format(limit=f"{BEST_FIT_LIMIT:,.0f}")
        if why:
            return self.tr(
                "The Regression tab has no data with two different x values yet: "
                "showing the chapter's data instead."
            )
        count = len(state.data_x)
        if self._same_as_regression(state):
            return self.tr("{count} points from the Regression tab.").format(count=count)
        if self.regression_held():
            return self.tr(
                "{count} points, not the Regression tab's: during this practice challenge its "
                "points are not read here."
            ).format(count=count)
        return self.tr(
            "{count} points, not the Regression tab's points now (Reload the Regression "
            "tab's points to use those)."
        ).format(count=count)

    def cover_answers(self, hidden: frozenset[str]) -> None:
        """Hide "minimum": the cross at the surface's lowest point, and the note on the
        chapter's slip that names it (the best fit's w, b and J_min)."""
        answers.cover_item(self.plots.surface_item.minimum, "minimum" in hidden)
        # both ways: the words are redrawn only when their numbers change, so a revealed
        # minimum shows its note again here (when there is one: on a data surface)
        hold = "minimum" in hidden or not self.words.centre.text()
        answers.cover_item(self.words.centre, hold)

    def _show_frame(self, state: DescentState, walks=None) -> None:
        walks = walks_of(state) if walks is None else walks
        if walks is not None:
            self.plots.show_frame(state, walks)
        self.board.show_walks(walks, state.iteration, state.playing)
        self.iteration.setText(self.tr("Iteration {iteration}").format(iteration=state.iteration))
        focus = walks[state.focus]
        index = focus.index(state.iteration)
        w, b = focus.descent.path[index]
        d_w, d_b = focus.descent.gradients[index]
        self.readout.setText(
            self.tr("w = {w}   b = {b}   J = {loss}\n∂J/∂w = {d_w}   ∂J/∂b = {d_b}").format(
                w=readout_text(float(w), 4),  # as the five steps under the plots say them
                b=readout_text(float(b), 4),
                loss=readout_text(float(focus.losses[index]), 5),
                d_w=significant(float(d_w), 3),  # side by side: the same precision
                d_b=significant(float(d_b), 3),
            )
        )
        self.off_map.show_point(focus.descent.path[index], surface_of(state).view)
        self.words.show(state, surface_of(state), focus, index)
        ended = state.iteration >= focus.steps
        badge = self.board.status_text(focus, state.iteration, state.playing)
        if self.badge.text() != badge:
            self.badge.setText(badge)
        kind = "walking" if state.playing else "paused"
        if ended:
            kind = (
                "diverged"
                if focus.descent.diverged
                else "converged"
                if focus.descent.converged
                else "stopped"
            )
        if self.badge.property("kind") != kind:  # a style sheet re-polishes: only on a change
            self.badge.setProperty("kind", kind)
            self._style_badge(kind)

    def _style_badge(self, kind: str) -> None:
        theme = style.theme()
        colours = {
            "walking": (theme.muted, theme.background),
            "paused": (theme.foreground, theme.background),
            "converged": (style.PALETTE[2], "#ffffff"),
            "diverged": (style.PALETTE[1], "#ffffff"),
            "stopped": (style.PALETTE[4], "#111111"),
        }
        fill, text = colours[kind]
        pad = round(theme.px(4))
        self.badge.setStyleSheet(
            f"QLabel {{ background: {fill}; color: {text}; border-radius: {pad * 2}px;"
            f" padding: {pad}px {pad * 3}px; }}"
        )

    def _restyle(self) -> None:
        style.mark_readout(self.iteration, 18)
        style.mark_readout(self.badge, 15)
        style.mark_readout(self.readout, 14, bold=False)
        self._fit_scroll()
        self.plots.restyle()
        self.board.restyle()
        self.off_map.restyle()
        self.words.restyle()
        self.badge.setProperty("kind", "")  # the theme's badge colours: styled again below
        if self._showing:
            self.render(self.state())

    def _fit_scroll(self) -> None:
        """The controls' column as wide as the panel needs (its words differ by language)."""
        self.scroll.floor = round(style.theme().px(360))
        self.scroll.refit()

    def retranslate(self) -> None:
        self.panel.retranslate()
        self.drawer.retranslate()
        self.words.retranslate()
        # the panel's new words are measured once its layout has taken them in
        QTimer.singleShot(0, self, self._fit_scroll)
        self.plots.retranslate()
        self.board.retranslate(self.panel.names)
        self.off_map.retranslate()
        if self._showing:
            self.render(self.state())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.plots.contour.setFocus()
