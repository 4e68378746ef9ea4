"""What an animation shows: the tab, one state per frame, and the inner page to show.

- :func:`race`: the Descent race from a state, at its own speed (steps per second);
- :func:`walk`: the Figure 3-1 walk of the Loss Catalog, one step every 0.45 s;
- :func:`glide`: the Regression line gliding into the best fit;
- :func:`recorded`: a slice of the window's timestamped history of states.

The states come from :mod:`lossstudio.model.recording`; this module only adds what needs the
tabs' own derived numbers (how long the walks are) and writes the file with progress.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lossstudio.model import recording
from lossstudio.ui.record.writers import AnimationFile, Cancelled


@dataclass(frozen=True)
class Animation:
    """``states[i]`` is frame ``i`` of tab ``key`` at ``fps``; ``views`` names inner tab
    widgets and the page each shows (the Catalog's Figure 3-1 page); ``pages[i]``, when
    given, the tab's inner page in frame ``i`` (a recording that switched pages)."""

    key: str
    states: tuple[Any, ...]
    fps: float
    views: dict[str, int] = field(default_factory=dict)
    pages: tuple[str, ...] = ()

    @property
    def seconds(self) -> float:
        return len(self.states) / self.fps


def last_race_iteration(state) -> int:
    from lossstudio.model.walks import walks_of

    return max(walk.steps for walk in walks_of(state).values())


def race(state, fps: float, seconds: float | None = None) -> Animation:
    """The race of ``state``'s optimizers from iteration 0 (the whole race and a held last
    frame when ``seconds`` is None)."""
    last = last_race_iteration(state)
    if seconds is None:
        seconds = recording.race_seconds(state.speed, last)
    count = recording.frame_count(fps, seconds)
    return Animation("descent", tuple(recording.race_states(state, last, fps, count)), fps)


def walk_steps(state) -> int:
    """The steps the walk goes to: the state's, or as far as it goes when it shows none."""
    from lossstudio.model.catalog import MAX_STEPS
    from lossstudio.model.catalog_view import descent_of

    if state.steps > 0:
        return state.steps
    return descent_of(dataclasses.replace(state, steps=MAX_STEPS)).steps


def walk(state, fps: float, seconds: float | None = None) -> Animation:
    from lossstudio.ui.catalog.tab import PAGES

    steps = walk_steps(state)
    if seconds is None:
        seconds = recording.walk_seconds(steps)
    count = recording.frame_count(fps, seconds)
    page = [name for name, _cls in PAGES].index("descent")
    states = tuple(recording.walk_states(state, steps, fps, count))
    return Animation("catalog", states, fps, {"catalog.pages": page})


def glide(state, fps: float, seconds: float | None = None) -> Animation:
    """The Regression line gliding from where it is into the best fit of its loss.

    Raises :class:`RecordingError` when the data have no single best line."""
    import numpy as np

    from lossstudio.model.regression import best_fit, clamp_parameter

    fit = best_fit(np.asarray(state.x, float), np.asarray(state.y, float), state.loss)
    if fit is None:
        raise recording.RecordingError("these points have no single best line to glide into")
    target = (clamp_parameter(fit[0]), clamp_parameter(fit[1]))
    if seconds is None:
        seconds = recording.glide_seconds()
    count = recording.frame_count(fps, seconds)
    return Animation("regression", tuple(recording.glide_states(state, target, fps, count)), fps)


def recorded(samples, key: str, fps: float, seconds: float, views=None, pages=None) -> Animation:
    """``seconds`` of ``samples`` ((seconds from the start, state) pairs) at ``fps``;
    ``pages``: (seconds from the start, inner page) pairs of the same time, replayed too."""
    count = recording.frame_count(fps, seconds)
    times = recording.frame_times(fps, count)
    states = recording.states_at(samples, times)
    shown = tuple(recording.states_at(pages, times)) if pages else ()
    return Animation(key, tuple(states), fps, dict(views or {}), shown)


#: progress(frames done, frames in all) -> False to cancel
Progress = Callable[[int, int], bool]


def write(animation: Animation, path: str | Path, renderer, progress: Progress | None = None):
    """Render every frame with ``renderer`` and write the file atomically.

    Raises :class:`Cancelled` when ``progress`` returns False (nothing is written),
    ``OSError`` when the file cannot be written, :class:`RecordingError` for a bad name.
    """
    total = len(animation.states)
    pages = animation.pages or (None,) * total
    if hasattr(renderer, "prepare"):
        renderer.prepare(animation.states, animation.pages)
    with AnimationFile(path, renderer.size, animation.fps, total) as target:
        for index, state in enumerate(animation.states):
            if progress is not None and progress(index, total) is False:
                raise Cancelled
            if pages[index] is None:
                target.add(renderer.render(state))
            else:
                target.add(renderer.render(state, page=pages[index]))
        if progress is not None and progress(total, total) is False:
            raise Cancelled
        return target.finish()
