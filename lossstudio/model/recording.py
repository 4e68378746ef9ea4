"""Animations from states, with no Qt: what each frame of a recording shows.

Every change on a tab is a state (a frozen dataclass), so an animation is a list of states, one
per frame, which the renderer draws offscreen at any size. This module decides those states:

- :class:`History` keeps a timestamped history of every tab's states (the last few minutes), so
  "record from now until stopped" and "the last N seconds" are both slices of it, and
  :func:`states_at` samples a slice at a frame rate (each frame shows the state in effect then);
- :func:`race_states` plays the Descent race from a state at its own speed (steps per second);
- :func:`walk_states` steps the Figure 3-1 walk from x0, one step every :data:`WALK_STEP_SECONDS`;
- :func:`check_settings` and :func:`format_of` say, in words, what is wrong with a width, frame
  rate, duration or file name before any frame is drawn.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lossstudio.model.numbers import Range

#: Frame width in pixels (the height follows the window's shape).
WIDTH = Range(320.0, 3840.0)
#: Frames per second (GIF viewers slow anything faster than 50 down to 10).
FPS = Range(1.0, 50.0)
#: Seconds of animation.
SECONDS = Range(0.1, 300.0)
#: The most frames one animation has (a 120 s animation at 25 fps).
MAX_FRAMES = 3000
#: Seconds of history kept for "the last N seconds".
HISTORY_SECONDS = 120.0
#: Changes closer together than this keep only the later one (no frame rate can show both).
MIN_GAP = 1.0 / 50
#: The most bytes of long tuples (points) the history holds beyond what states share.
HISTORY_BYTES = 256 * 2**20
#: Bytes a tuple of floats costs per item (the pointer and the float object).
_ITEM_BYTES = 32
#: The Figure 3-1 page's own pace when it plays (one step every 0.45 s).
WALK_STEP_SECONDS = 0.45
#: Seconds the finished race or walk stays on the last frame when no duration is given.
HOLD_SECONDS = 1.0
#: WebP frames wait in memory until the file is written (Pillow's encoder takes them all at the
#: end, 3 bytes a pixel): at most this much. GIF and APNG are written frame by frame.
WEBP_BYTES = 1536 * 2**20
#: File name endings and the format each writes.
FORMATS: dict[str, str] = {".gif": "gif", ".png": "apng", ".apng": "apng", ".webp": "webp"}


class RecordingError(ValueError):
    """A setting or file name an animation cannot use; ``str()`` says which and why."""


@dataclass(frozen=True)
class Settings:
    """How an animation is written: frame width in pixels, frames per second, seconds."""

    width: int
    fps: float
    seconds: float

    @property
    def frames(self) -> int:
        return frame_count(self.fps, self.seconds)


def frame_count(fps: float, seconds: float) -> int:
    """Frames of an animation ``seconds`` long at ``fps`` (at least one)."""
    return max(1, round(seconds * fps))


def check_settings(width: Any, fps: Any, seconds: Any) -> Settings:
    """The settings, or :class:`RecordingError` naming the value that cannot be used."""
    problems = []
    if isinstance(width, bool) or not isinstance(width, int) or not WIDTH.contains(width):
        problems.append(
            f"width {width!r}: a whole number of pixels from {WIDTH.minimum:.0f} to "
            f"{WIDTH.maximum:.0f}"
        )
    if not _number(fps) or not FPS.contains(fps):
        problems.append(
            f"frame rate {fps!r}: frames per second from {FPS.minimum:g} to {FPS.maximum:g}"
        )
    if not _number(seconds) or not SECONDS.contains(seconds):
        problems.append(
            f"duration {seconds!r}: seconds from {SECONDS.minimum:g} to {SECONDS.maximum:g}"
        )
    if problems:
        raise RecordingError("; ".join(problems))
    if frame_count(fps, seconds) > MAX_FRAMES:
        raise RecordingError(
            f"{seconds:g} s at {fps:g} fps is {frame_count(fps, seconds)} frames; "
            f"at most {MAX_FRAMES} (a shorter duration or a lower frame rate)"
        )
    return Settings(int(width), float(fps), float(seconds))


def webp_bytes(width: int, height: int, frames: int) -> int:
    """The memory a WebP of ``frames`` frames of ``width`` x ``height`` needs while written."""
    return width * height * 3 * frames


def check_webp(width: int, height: int, frames: int) -> None:
    """:class:`RecordingError` when a WebP that size would not fit :data:`WEBP_BYTES`."""
    need = webp_bytes(width, height, frames)
    if need > WEBP_BYTES:
        raise RecordingError(
            f"a WebP of {frames} frames of {width} x {height} holds {need / 2**20:.0f} MB of "
            f"frames until it is written, at most {WEBP_BYTES / 2**20:.0f} MB: choose .gif or "
            ".png (written frame by frame), fewer frames or a smaller width"
        )


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def format_of(path: str | Path) -> str:
    """``gif``, ``apng`` or ``webp`` from the file name's ending, else :class:`RecordingError`."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise RecordingError(
            f"{Path(path).name!r}: the file name must end in .gif, .png (APNG) or .webp"
        )
    return FORMATS[suffix]


def frame_times(fps: float, count: int) -> list[float]:
    """The time of each frame in seconds from the start: ``i / fps``."""
    return [index / fps for index in range(count)]


def durations_ms(fps: float, count: int, step_ms: int = 1) -> list[int]:
    """Each frame's duration in whole ``step_ms`` (GIF: 10 ms), adding up to ``count / fps``
    without drift (a 30 fps GIF alternates 30 and 40 ms)."""
    ends = [round(1000 * (index + 1) / fps / step_ms) * step_ms for index in range(count)]
    starts = [0, *ends[:-1]]
    return [max(step_ms, end - start) for start, end in zip(starts, ends, strict=True)]


# --- history ---------------------------------------------------------------------------------
class History:
    """Every tab's states with the time each began, for the last :data:`HISTORY_SECONDS`.

    ``add(key, state, time)`` on every change (drag frames too); a change within
    :data:`MIN_GAP` of the one before replaces it, the oldest samples are dropped, but the one
    in effect at the start of the kept window always stays. Unchanged parts of states are
    shared (``dataclasses.replace``), so a drag of the line costs a few bytes a frame; a state
    with new long tuples (a point dragged among a million) costs their size, and the oldest
    samples go once the history holds :data:`HISTORY_BYTES` of them.
    """

    def __init__(self, keep_seconds: float = HISTORY_SECONDS, max_bytes: int = HISTORY_BYTES):
        self.keep_seconds, self.max_bytes = keep_seconds, max_bytes
        self._samples: dict[str, deque[tuple[float, Any, int]]] = {}
        self.bytes = 0

    def add(self, key: str, state: Any, time: float) -> None:
        samples = self._samples.setdefault(key, deque())
        if samples and samples[-1][0] > time:
            time = samples[-1][0]  # a clock never runs backwards here
        if samples and samples[-1][1] is state:
            return
        if len(samples) > 1 and time - samples[-1][0] < MIN_GAP:
            time, _state, cost = samples.pop()
            self.bytes -= cost
        cost = _new_bytes(samples[-1][1] if samples else None, state)
        samples.append((time, state, cost))
        self.bytes += cost
        cutoff = time - self.keep_seconds
        while len(samples) > 1 and (samples[1][0] <= cutoff or self.bytes > self.max_bytes):
            self.bytes -= samples.popleft()[2]

    def latest(self, key: str) -> Any:
        samples = self._samples.get(key)
        return samples[-1][1] if samples else None

    def __len__(self) -> int:
        return sum(len(samples) for samples in self._samples.values())

    def earliest_time(self, key: str) -> float | None:
        samples = self._samples.get(key)
        return samples[0][0] if samples else None

    def slice(self, key: str, start: float, end: float) -> list[tuple[float, Any]]:
        """The samples of ``key`` from ``start`` to ``end`` as (seconds from ``start``, state),
        the first being the state in effect at ``start`` (time 0)."""
        samples = [(time, state) for time, state, _cost in self._samples.get(key, ())]
        if not samples:
            return []
        times = [time for time, _state in samples]
        first = max(bisect.bisect_right(times, start) - 1, 0)
        out = [(0.0, samples[first][1])]
        for time, state in samples[first + 1 :]:
            if time > end:
                break
            out.append((time - start, state))
        return out

    def changes(self, key: str, start: float, end: float) -> int:
        """How many changes of ``key`` fall between ``start`` and ``end``."""
        return max(len(self.slice(key, start, end)) - 1, 0)


def _new_bytes(previous: Any, state: Any) -> int:
    """Bytes of the long tuples of ``state`` that ``previous`` does not share."""
    if not dataclasses.is_dataclass(state):
        return 0
    total = 0
    for item in dataclasses.fields(state):
        value = getattr(state, item.name)
        shared = previous is not None and getattr(previous, item.name, None) is value
        if isinstance(value, tuple) and len(value) >= 1000 and not shared:
            total += len(value) * _ITEM_BYTES
    return total


def states_at(samples: Sequence[tuple[float, Any]], times: Sequence[float]) -> list[Any]:
    """The state in effect at each time (the last sample at or before it)."""
    if not samples:
        raise RecordingError("nothing was recorded")
    starts = [time for time, _state in samples]
    return [samples[max(bisect.bisect_right(starts, t) - 1, 0)][1] for t in times]


# --- the Descent race and the Figure 3-1 walk ----------------------------------------------------
def race_seconds(speed: float, last_iteration: int) -> float:
    """How long the race takes at ``speed`` steps per second, with the last frame held."""
    return min(last_iteration / speed + HOLD_SECONDS, SECONDS.maximum)


def race_states(state: Any, last_iteration: int, fps: float, count: int) -> list[Any]:
    """The race from iteration 0 at the state's speed, one state per frame; the walks show
    ``round(t * speed)`` steps at time ``t`` until the last one has ended. The first frame
    is the race before Play, the frames after the last step the race over (paused); the
    frames between show it playing."""
    out = []
    for t in frame_times(fps, count):
        iteration = min(round(t * state.speed), last_iteration)
        playing = 0 < iteration < last_iteration
        out.append(dataclasses.replace(state, iteration=iteration, playing=playing))
    return out


def walk_seconds(steps: int) -> float:
    return min(steps * WALK_STEP_SECONDS + HOLD_SECONDS, SECONDS.maximum)


def walk_states(state: Any, steps: int, fps: float, count: int) -> list[Any]:
    """The Figure 3-1 walk from x0 (no step) to ``steps`` steps, one step every
    :data:`WALK_STEP_SECONDS`, one state per frame."""
    return [
        dataclasses.replace(state, steps=min(math.floor(t / WALK_STEP_SECONDS + 1e-9), steps))
        for t in frame_times(fps, count)
    ]


#: Seconds the Regression line takes to glide into the best fit (``--record`` of that tab).
GLIDE_SECONDS = 3.0


def glide_seconds() -> float:
    return GLIDE_SECONDS + HOLD_SECONDS


def glide_states(state: Any, target: tuple[float, float], fps: float, count: int) -> list[Any]:
    """The line ``(state.w, state.b)`` moved into ``target`` over :data:`GLIDE_SECONDS`, easing
    in and out (smoothstep), as a hand drags it; one state per frame, the last ones at the fit."""
    (w0, b0), (w1, b1) = (state.w, state.b), target
    out = []
    for t in frame_times(fps, count):
        u = min(t / GLIDE_SECONDS, 1.0)
        ease = u * u * (3.0 - 2.0 * u)
        w, b = (w1, b1) if u >= 1.0 else (w0 + (w1 - w0) * ease, b0 + (b1 - b0) * ease)
        out.append(dataclasses.replace(state, w=w, b=b))
    return out
