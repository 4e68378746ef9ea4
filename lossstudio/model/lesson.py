"""Lessons: ordered steps through the tabs, each with a caption and answers hidden until revealed.

A lesson is data only (no Qt, no pickle, no eval), saved as a small versioned JSON file::

    {"format": "lossstudio-lesson", "version": 1,
     "title": {"en": "...", "zh": "..."},
     "steps": [{"tab": "regression", "page": "contour", "state": {...},
                "title": {"en": ..., "zh": ...}, "lines": [{"en": ..., "zh": ...}, ...],
                "reveal": ["loss"], "notes": {"en": ..., "zh": ...}}, ...]}

``state`` is the step's tab state exactly as scenes write it (``to_json`` / ``from_json``);
``reveal`` names the answers that start hidden, in the order they are revealed. A lesson file
is read whole: any problem raises :class:`LessonFileError` before anything changes.

Walking a lesson is a :class:`Position` (step index, answers revealed so far) moved by the pure
functions :func:`forward`, :func:`backward`, :func:`first`, :func:`last` and :func:`jump`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .files import FileProblem, read_text_limited, write_atomic
from .serial import SceneError

FORMAT = "lossstudio-lesson"
VERSION = 1
MAX_LESSON_BYTES = 32 * 1024 * 1024
MAX_STEPS = 500
MAX_LINES = 3
MAX_TITLE = 120
MAX_LINE = 240
MAX_NOTES = 4000
LANGUAGES = ("en", "zh")

#: The inner pages of each tab ("" for a tab without pages), in the tabs' own order.
PAGES: dict[str, tuple[str, ...]] = {
    "catalog": ("single", "margin", "table", "descent"),
    "regression": ("contour", "surface"),
    "descent": ("",),
    "classification": ("students", "information", "why_not_mse"),
}

#: The answers each tab can hide (``Tab.answer_names()``), in a sensible reveal order.
ANSWERS: dict[str, tuple[str, ...]] = {
    "catalog": ("loss", "margin", "table"),
    "regression": ("loss", "best_fit"),
    "descent": ("minimum",),
    "classification": (
        "losses",
        "information",
        "entropy",
        "cross_entropy",
        "convexity",
        "gradients",
    ),
}


class LessonFileError(ValueError):
    """A lesson that cannot be opened: ``kind`` as for scenes (``missing``, ``too_large``,
    ``binary``, ``not_utf8``, ``not_json``, ``not_lesson``, ``version``, ``shape``) and
    ``detail`` saying where, in English."""

    def __init__(self, kind: str, detail: str = ""):
        self.kind = kind
        self.detail = detail
        super().__init__(f"{kind}: {detail}" if detail else kind)


@dataclass(frozen=True)
class Text:
    """One text in both languages."""

    en: str = ""
    zh: str = ""

    def get(self, language: str) -> str:
        """The text in ``language`` ("en" or "zh"); the English where the Chinese is empty."""
        return (self.zh or self.en) if language == "zh" else (self.en or self.zh)

    def to_json(self) -> dict[str, str]:
        return {"en": self.en, "zh": self.zh}

    @classmethod
    def from_json(cls, data: Any, where: str, limit: int) -> Text:
        if not isinstance(data, Mapping):
            raise SceneError(f"{where}: expected an object with en and zh texts")
        unknown = set(data) - set(LANGUAGES)
        if unknown:
            raise SceneError(f"{where}: unknown language {sorted(unknown)[0]!r}")
        values = {}
        for language in LANGUAGES:
            value = data.get(language, "")
            if not isinstance(value, str):
                raise SceneError(f"{where}.{language}: expected a text")
            if len(value) > limit:
                raise SceneError(f"{where}.{language}: {len(value)} characters, at most {limit}")
            values[language] = value
        return cls(**values)


@dataclass(frozen=True)
class Step:
    """One screen of a lesson: a tab and inner page, that tab's state, a caption, the answers
    hidden at the start (in reveal order) and notes for the lecturer."""

    tab: str
    page: str
    state: Any
    title: Text
    lines: tuple[Text, ...] = ()
    reveal: tuple[str, ...] = ()
    notes: Text = Text()
    #: the step points at a control of the tab's side panel: in presentation mode the panel's
    #: drawer opens on this step (the panel is folded away there otherwise)
    panel: bool = False

    def __post_init__(self) -> None:
        problem = step_problem(self.tab, self.page, self.reveal, len(self.lines))
        if problem:
            raise ValueError(problem)

    def to_json(self) -> dict[str, Any]:
        return {
            "tab": self.tab,
            "page": self.page,
            "title": self.title.to_json(),
            "lines": [line.to_json() for line in self.lines],
            "reveal": list(self.reveal),
            "notes": self.notes.to_json(),
            "state": self.state.to_json(),
            **({"panel": True} if self.panel else {}),
        }


def step_problem(tab: str, page: str, reveal: tuple[str, ...], lines: int) -> str:
    """What makes a step invalid, or ``""``."""
    if tab not in PAGES:
        return f"tab {tab!r} is not one of {', '.join(PAGES)}"
    if page not in PAGES[tab]:
        return f"page {page!r} is not a page of {tab} ({', '.join(map(repr, PAGES[tab]))})"
    for name in reveal:
        if name not in ANSWERS[tab]:
            return f"answer {name!r} is not one of {tab}'s: {', '.join(ANSWERS[tab])}"
    if len(set(reveal)) != len(reveal):
        return "an answer is named twice in reveal"
    if lines > MAX_LINES:
        return f"{lines} caption lines, at most {MAX_LINES}"
    return ""


@dataclass(frozen=True)
class Lesson:
    title: Text
    steps: tuple[Step, ...]

    def __post_init__(self) -> None:
        if not 1 <= len(self.steps) <= MAX_STEPS:
            raise ValueError(f"a lesson has 1 to {MAX_STEPS} steps, not {len(self.steps)}")


def dumps(lesson: Lesson) -> str:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "title": lesson.title.to_json(),
        "steps": [step.to_json() for step in lesson.steps],
    }
    return json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def _read_step(data: Any, where: str, state_types: Mapping[str, type]) -> Step:
    if not isinstance(data, Mapping):
        raise SceneError(f"{where}: expected an object")
    known = {"tab", "page", "state", "title", "lines", "reveal", "notes", "panel"}
    unknown = set(data) - known
    if unknown:
        raise SceneError(f"{where}: unknown field {sorted(unknown)[0]!r}")
    tab = data.get("tab")
    if tab not in state_types or tab not in PAGES:
        raise SceneError(f"{where}.tab: {tab!r} is not one of {', '.join(PAGES)}")
    page = data.get("page", PAGES[tab][0])
    lines = data.get("lines", [])
    reveal = data.get("reveal", [])
    if not isinstance(lines, list):
        raise SceneError(f"{where}.lines: expected a list")
    if not isinstance(reveal, list) or not all(isinstance(name, str) for name in reveal):
        raise SceneError(f"{where}.reveal: expected a list of answer names")
    if not isinstance(page, str):
        raise SceneError(f"{where}.page: expected a text")
    problem = step_problem(tab, page, tuple(reveal), len(lines))
    if problem:
        raise SceneError(f"{where}: {problem}")
    if "state" not in data:
        raise SceneError(f"{where}: missing 'state'")
    try:
        state = state_types[tab].from_json(data["state"])
    except SceneError as error:
        raise SceneError(f"{where}.state: {error}") from None
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError) as error:
        raise SceneError(f"{where}.state: {error}") from None
    if "title" not in data:
        raise SceneError(f"{where}: missing 'title'")
    panel = data.get("panel", False)
    if not isinstance(panel, bool):
        raise SceneError(f"{where}.panel: expected true or false")
    return Step(
        tab=tab,
        page=page,
        state=state,
        title=Text.from_json(data["title"], f"{where}.title", MAX_TITLE),
        lines=tuple(
            Text.from_json(line, f"{where}.lines[{i}]", MAX_LINE) for i, line in enumerate(lines)
        ),
        reveal=tuple(reveal),
        notes=Text.from_json(data.get("notes", {}), f"{where}.notes", MAX_NOTES),
        panel=panel,
    )


def loads(text: str, state_types: Mapping[str, type]) -> Lesson:
    """Read a lesson; ``state_types`` maps each tab key to its state class."""
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as error:
        raise LessonFileError("not_json", str(error)[:200]) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise LessonFileError("not_lesson", f'no "format": "{FORMAT}" field')
    version = document.get("version")
    if version != VERSION:
        raise LessonFileError("version", f"version {version!r}, this app reads {VERSION}")
    steps = document.get("steps")
    if not isinstance(steps, list) or not 1 <= len(steps) <= MAX_STEPS:
        raise LessonFileError("shape", f"steps: expected a list of 1 to {MAX_STEPS} steps")
    try:
        title = Text.from_json(document.get("title", {}), "title", MAX_TITLE)
        read = tuple(_read_step(step, f"steps[{i}]", state_types) for i, step in enumerate(steps))
    except SceneError as error:
        raise LessonFileError("shape", str(error)) from None
    return Lesson(title, read)


def load(path: str | os.PathLike, state_types: Mapping[str, type]) -> Lesson:
    """Read a lesson file (size checked before reading, UTF-8 required)."""
    try:
        text = read_text_limited(path, MAX_LESSON_BYTES)
    except FileProblem as problem:
        raise LessonFileError(problem.kind, problem.detail) from None
    return loads(text, state_types)


def save(path: str | os.PathLike, lesson: Lesson) -> None:
    """Write a lesson atomically (a crash mid-save leaves the previous file intact)."""
    write_atomic(path, dumps(lesson))


# --- walking ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Position:
    """Where a lesson is: the step's index and how many of its answers are revealed."""

    step: int = 0
    revealed: int = 0


def hidden(lesson: Lesson, position: Position) -> frozenset[str]:
    """The answers still hidden at ``position``: the step's own not yet revealed, and those
    that the following steps on the same screen will ask for (:func:`held`)."""
    own = lesson.steps[position.step].reveal[position.revealed :]
    return frozenset(own) | held(lesson, position.step)


def same_screen(first: Step, second: Step) -> bool:
    """Two steps that show the same thing (tab, page and state) with other captions."""
    return (first.tab, first.page, first.state) == (second.tab, second.page, second.state)


def held(lesson: Lesson, index: int) -> frozenset[str]:
    """Answers kept hidden on step ``index`` because a later step of the same screen reveals
    them: Table 3-2's step must not show the entropy and KL that the next two steps ask for
    (the same p and q on the same page give the same numbers)."""
    steps = lesson.steps
    out: set[str] = set()
    following = index + 1
    while following < len(steps) and same_screen(steps[index], steps[following]):
        out.update(steps[following].reveal)
        following += 1
    return frozenset(out)


def revealed_on(lesson: Lesson, index: int) -> int | None:
    """The index of the later step of the same screen that reveals what step ``index`` holds
    back (:func:`held`) and does not reveal itself, else None."""
    steps = lesson.steps
    own = set(steps[index].reveal)
    following = index + 1
    while following < len(steps) and same_screen(steps[index], steps[following]):
        if set(steps[following].reveal) - own:
            return following
        following += 1
    return None


def forward(lesson: Lesson, position: Position) -> Position:
    """The next reveal on this step, else the next step (nothing revealed); the end stays."""
    if position.revealed < len(lesson.steps[position.step].reveal):
        return Position(position.step, position.revealed + 1)
    if position.step + 1 < len(lesson.steps):
        return Position(position.step + 1, 0)
    return position


def backward(lesson: Lesson, position: Position) -> Position:
    """Hide the last reveal again, else the previous step with all its answers shown."""
    if position.revealed > 0:
        return Position(position.step, position.revealed - 1)
    if position.step > 0:
        previous = position.step - 1
        return Position(previous, len(lesson.steps[previous].reveal))
    return position


def first(lesson: Lesson) -> Position:
    return Position(0, 0)


def last(lesson: Lesson) -> Position:
    return Position(len(lesson.steps) - 1, 0)


def jump(lesson: Lesson, number: int, revealed: bool = False) -> Position:
    """Step ``number`` counted from 1; ``ValueError`` names the number of steps if it is not
    one of them. ``revealed``: with all its answers shown."""
    if not 1 <= number <= len(lesson.steps):
        raise ValueError(f"step {number} does not exist: the lesson has {len(lesson.steps)} steps")
    step = number - 1
    return Position(step, len(lesson.steps[step].reveal) if revealed else 0)


def state_types() -> dict[str, type]:
    """Each tab's state class by tab key (the model's own classes, no Qt)."""
    from .catalog import CatalogState
    from .classification import ClassificationState
    from .descent import DescentState
    from .regression import RegressionState

    return {
        "catalog": CatalogState,
        "regression": RegressionState,
        "descent": DescentState,
        "classification": ClassificationState,
    }
