"""Practice files and results: the challenges a lecturer sets, and what a student achieved.

A practice is data only (no Qt, no pickle, no eval), a small versioned JSON file::

    {"format": "lossstudio-practice", "version": 1,
     "title": {"en": "...", "zh": "..."},
     "challenges": [{"kind": "regression.fit", "seed": 7},
                    {"kind": "descent.goldilocks", "seed": "per-student"}],
     "tries": 3, "show_score": true, "show_timer": false}

``seed`` is a whole number (everyone gets the same variant) or ``"per-student"`` (each
student's app draws its own, recorded in the results). ``tries`` is the number of checks
allowed per challenge. A file is read whole: any problem raises :class:`PracticeFileError`
before anything changes, with a ``kind`` like the lesson reader's and a ``detail`` saying
where. Results (per challenge the best score, tries and time) are saved as CSV or JSON with
:func:`save_results`, atomically; nothing is written unless the student saves.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .files import FileProblem, read_text_limited, write_atomic
from .lesson import MAX_TITLE, Text, _reject_constant
from .practice_base import MAX_SEED, Challenge
from .practice_classes import (
    CatalogHingeZero,
    CatalogWorstLoss,
    ClassificationCrossEntropy,
    ClassificationRank,
    ClassificationWrongButLow,
)
from .practice_lines import (
    DescentGoldilocks,
    DescentLargestRate,
    RegressionBestB,
    RegressionFit,
    RegressionPredictJ,
)
from .practice_predict import (
    DescentAfterTen,
    DescentFirstOptimizer,
    RegressionClickMinimum,
    RegressionOutlier,
)
from .serial import SceneError, boolean, integer, mapping

FORMAT = "lossstudio-practice"
RESULTS_FORMAT = "lossstudio-practice-results"
VERSION = 1
PER_STUDENT = "per-student"
MAX_PRACTICE_BYTES = 256 * 1024
MAX_RESULTS_BYTES = 1024 * 1024
MAX_CHALLENGES = 50
MAX_TRIES = 99

#: Every challenge kind, in the order of the tabs (the lecturer's dialog lists them so).
CHALLENGES: dict[str, Challenge] = {
    challenge.kind: challenge
    for challenge in (
        CatalogWorstLoss(),
        CatalogHingeZero(),
        RegressionFit(),
        RegressionBestB(),
        RegressionPredictJ(),
        RegressionClickMinimum(),
        RegressionOutlier(),
        DescentGoldilocks(),
        DescentLargestRate(),
        DescentFirstOptimizer(),
        DescentAfterTen(),
        ClassificationWrongButLow(),
        ClassificationRank(),
        ClassificationCrossEntropy(),
    )
}


class PracticeFileError(ValueError):
    """A practice or results file that cannot be opened: ``kind`` is a
    :class:`~lossstudio.model.files.FileProblem` kind or ``not_json``, ``not_practice``,
    ``version``, ``shape``; ``detail`` says where, in English."""

    def __init__(self, kind: str, detail: str = ""):
        self.kind = kind
        self.detail = detail
        super().__init__(f"{kind}: {detail}" if detail else kind)


@dataclass(frozen=True)
class Item:
    """One challenge of a practice: its kind and seed (``None``: each student's own)."""

    kind: str
    seed: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in CHALLENGES:
            raise ValueError(f"unknown challenge {self.kind!r}")
        if self.seed is not None and not 0 <= self.seed <= MAX_SEED:
            raise ValueError(f"seed {self.seed} is outside [0, {MAX_SEED}]")

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "seed": PER_STUDENT if self.seed is None else self.seed}


@dataclass(frozen=True)
class Practice:
    """What the lecturer set: the challenges, the tries allowed, what the student sees."""

    items: tuple[Item, ...]
    tries: int = 3
    show_score: bool = True
    show_timer: bool = True
    title: Text = field(default_factory=Text)

    def __post_init__(self) -> None:
        if not 1 <= len(self.items) <= MAX_CHALLENGES:
            raise ValueError(f"a practice has 1 to {MAX_CHALLENGES} challenges")
        if not 1 <= self.tries <= MAX_TRIES:
            raise ValueError(f"tries must be 1 to {MAX_TRIES}")

    def seeds(self, fresh: Callable[[], int]) -> tuple[int, ...]:
        """Each challenge's seed: the file's, or ``fresh()`` for a per-student one."""
        return tuple(fresh() if item.seed is None else item.seed for item in self.items)


def dumps(practice: Practice) -> str:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "title": practice.title.to_json(),
        "challenges": [item.to_json() for item in practice.items],
        "tries": practice.tries,
        "show_score": practice.show_score,
        "show_timer": practice.show_timer,
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _read_item(data: Any, where: str) -> Item:
    data = mapping(data, where)
    unknown = set(data) - {"kind", "seed"}
    if unknown:
        raise SceneError(f"{where}: unknown field {sorted(unknown)[0]!r}")
    kind = data.get("kind")
    if kind not in CHALLENGES:
        shown = repr(kind)[:60]
        raise SceneError(f"{where}.kind: {shown} is not one of {', '.join(CHALLENGES)}")
    if data.get("seed", PER_STUDENT) == PER_STUDENT:
        return Item(kind, None)
    return Item(kind, integer(data, "seed", where, 0, MAX_SEED))


def _parse(text: str, expected: str) -> dict[str, Any]:
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as error:
        raise PracticeFileError("not_json", str(error)[:200]) from None
    if not isinstance(document, dict) or document.get("format") != expected:
        raise PracticeFileError("not_practice", f'no "format": "{expected}" field')
    version = document.get("version")
    if version != VERSION:
        raise PracticeFileError("version", f"version {version!r}, this app reads {VERSION}")
    return document


def loads(text: str) -> Practice:
    """Read a practice; :class:`PracticeFileError` says what is wrong and where."""
    document = _parse(text, FORMAT)
    known = {"format", "version", "title", "challenges", "tries", "show_score", "show_timer"}
    unknown = set(document) - known
    items = document.get("challenges")
    try:
        if unknown:
            raise SceneError(f"unknown field {sorted(unknown)[0]!r}")
        if not isinstance(items, list) or not 1 <= len(items) <= MAX_CHALLENGES:
            raise SceneError(f"challenges: expected a list of 1 to {MAX_CHALLENGES} challenges")
        read = tuple(_read_item(item, f"challenges[{i}]") for i, item in enumerate(items))
        return Practice(
            items=read,
            tries=integer(document, "tries", "practice", 1, MAX_TRIES),
            show_score=boolean(document, "show_score", "practice"),
            show_timer=boolean(document, "show_timer", "practice"),
            title=Text.from_json(document.get("title", {}), "title", MAX_TITLE),
        )
    except SceneError as error:
        raise PracticeFileError("shape", str(error)) from None


def load(path: str | os.PathLike) -> Practice:
    """Read a practice file (regular file, size checked before reading, UTF-8 required)."""
    try:
        text = read_text_limited(path, MAX_PRACTICE_BYTES)
    except FileProblem as problem:
        raise PracticeFileError(problem.kind, problem.detail) from None
    return loads(text)


def save(path: str | os.PathLike, practice: Practice) -> None:
    """Write a practice atomically (a crash mid-save leaves the previous file intact)."""
    write_atomic(path, dumps(practice))


# --- results ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Result:
    """One challenge as the student left it: the best score, the checks used, the time."""

    kind: str
    seed: int
    best_score: int = 0
    tries: int = 0
    seconds: float = 0.0
    solved: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "seed": self.seed,
            "best_score": self.best_score,
            "tries": self.tries,
            "seconds": round(self.seconds, 1),
            "solved": self.solved,
        }

    @classmethod
    def from_json(cls, data: Any, where: str) -> Result:
        data = mapping(data, where)
        kind = data.get("kind")
        if kind not in CHALLENGES:
            raise SceneError(f"{where}.kind: {repr(kind)[:60]} is not a challenge")
        seconds = data.get("seconds")
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
            raise SceneError(f"{where}.seconds: expected a number")
        if not (math.isfinite(seconds) and 0 <= seconds <= 1e7):
            raise SceneError(f"{where}.seconds: {seconds!r} is out of range")
        return cls(
            kind=kind,
            seed=integer(data, "seed", where, 0, MAX_SEED),
            best_score=integer(data, "best_score", where, 0, 100),
            tries=integer(data, "tries", where, 0, MAX_TRIES),
            seconds=float(seconds),
            solved=boolean(data, "solved", where),
        )


COLUMNS = ("number", "kind", "seed", "best_score", "tries", "seconds", "solved")


def total_score(results: tuple[Result, ...]) -> int:
    """The mean of the best scores, rounded (0 for none)."""
    return round(sum(r.best_score for r in results) / len(results)) if results else 0


def results_json(results: tuple[Result, ...], title: str = "") -> str:
    document = {
        "format": RESULTS_FORMAT,
        "version": VERSION,
        "practice": title,
        "total_score": total_score(results),
        "results": [result.to_json() for result in results],
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def results_csv(results: tuple[Result, ...]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for number, result in enumerate(results, start=1):
        row = result.to_json()
        writer.writerow(
            [number, *(str(row[c]).lower() if c == "solved" else row[c] for c in COLUMNS[1:])]
        )
    return out.getvalue()


def save_results(path: str | os.PathLike, results: tuple[Result, ...], title: str = "") -> None:
    """Write the results as CSV (a ``.csv`` name) or JSON (anything else), atomically."""
    csv_file = Path(path).suffix.lower() == ".csv"
    write_atomic(path, results_csv(results) if csv_file else results_json(results, title))


def _csv_results(text: str) -> tuple[Result, ...]:
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or tuple(rows[0]) != COLUMNS:
        raise PracticeFileError("not_practice", f"the first row is not {','.join(COLUMNS)}")
    results = []
    for index, row in enumerate(rows[1:], start=1):
        if len(row) != len(COLUMNS):
            raise PracticeFileError("shape", f"row {index}: {len(row)} columns")
        data: dict[str, Any] = dict(zip(COLUMNS, row, strict=True))
        try:
            for key in ("seed", "best_score", "tries"):
                data[key] = int(data[key])
            data["seconds"] = float(data["seconds"])
        except ValueError:
            raise PracticeFileError("shape", f"row {index}: not a number") from None
        if data["solved"] not in ("true", "false"):
            raise PracticeFileError("shape", f"row {index}.solved: expected true or false")
        data["solved"] = data["solved"] == "true"
        del data["number"]
        try:
            results.append(Result.from_json(data, f"row {index}"))
        except SceneError as error:
            raise PracticeFileError("shape", str(error)) from None
    return tuple(results)


def load_results(path: str | os.PathLike) -> tuple[Result, ...]:
    """Read results saved by :func:`save_results` (CSV or JSON, told by the content)."""
    try:
        text = read_text_limited(path, MAX_RESULTS_BYTES)
    except FileProblem as problem:
        raise PracticeFileError(problem.kind, problem.detail) from None
    if not text.lstrip().startswith("{"):
        return _csv_results(text)
    document = _parse(text, RESULTS_FORMAT)
    rows = document.get("results")
    if not isinstance(rows, list) or len(rows) > MAX_CHALLENGES:
        raise PracticeFileError("shape", "results: expected a list")
    try:
        return tuple(Result.from_json(row, f"results[{i}]") for i, row in enumerate(rows))
    except SceneError as error:
        raise PracticeFileError("shape", str(error)) from None
