"""Seeded mutation fuzzing of the scene, CSV and settings readers (issue 19).

Each mutant of a valid file either loads exactly (what was read saves and reads back to the
same) or is refused with the reader's own error, and through the window a refused file
changes nothing (states and undo history). Marked ``fuzz``: the default ``pytest -q`` skips
it, ``.ci/run`` runs it on its own (``pytest -m fuzz tests/fuzz``, about a minute).
"""

from __future__ import annotations

import dataclasses
import json
import math
import random

import pytest

from lossstudio.model import csv_data
from lossstudio.model import scene as scenes
from lossstudio.model.catalog import CatalogState
from lossstudio.model.classification import ClassificationState
from lossstudio.model.descent import DescentState
from lossstudio.model.regression import COORDINATE_LIMIT, RegressionState

pytestmark = pytest.mark.fuzz

TYPES = {
    "catalog": CatalogState,
    "regression": RegressionState,
    "descent": DescentState,
    "classification": ClassificationState,
}
EXTREMES = [
    "1e308",
    "-1e308",
    "1e-320",
    "-0.0",
    "0",
    "1e9",
    "1000000001",
    "NaN",
    "Infinity",
    "1" + "0" * 400,
    "true",
    "null",
    '"x"',
    "[]",
    "{}",
    "[1e300]",
    '"<img src=x>"',
    "-1",
    "3000",
    "3001",
    "0.5",
    "1e6",
    "2",
    "1_000",
]


def mutate(text: str, rng: random.Random) -> str:
    """One to three random edits: a number swapped for an extreme, bytes dropped, duplicated,
    swapped or inserted, a token changed."""
    for _ in range(rng.randint(1, 3)):
        kind = rng.randrange(6)
        if kind == 0 and any(c.isdigit() for c in text):
            numbers = [i for i, c in enumerate(text) if c.isdigit()]
            at = rng.choice(numbers)
            end = at
            while end < len(text) and (text[end].isdigit() or text[end] in ".e-+"):
                end += 1
            text = text[:at] + rng.choice(EXTREMES) + text[end:]
        elif kind == 1 and text:
            at = rng.randrange(len(text))
            text = text[:at] + text[at + rng.randint(1, 20) :]
        elif kind == 2 and text:
            at = rng.randrange(len(text))
            text = text[:at] + text[at : at + rng.randint(1, 40)] + text[at:]
        elif kind == 3:
            at = rng.randrange(len(text) + 1)
            text = (
                text[:at]
                + rng.choice(
                    ["\x00", "\u2028", "\ufeff", "\x85", '"', ",", "\n", "é", "\\u0000", "]"]
                )
                + text[at:]
            )
        elif kind == 4:
            for a, b in (
                ("true", "false"),
                ("false", "1"),
                ('"squared"', '"absolute"'),
                ("[", "{"),
                ('"gd"', '"adam"'),
            ):
                if a in text and rng.random() < 0.5:
                    text = text.replace(a, b, 1)
        else:
            words = [
                '"tab": "regression"',
                '"tab": ["x"]',
                '"version": 2',
                '"x": []',
                '"students": []',
            ]
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(words) + text[at:]
    return text


def valid_scene_text() -> str:
    regression = RegressionState(x=(0.0, 1.0, 2.0, 3.5), y=(1.0, 2.5, 2.0, 4.0), w=0.75, b=1.25)
    states = {
        "catalog": CatalogState(loss="hinge", label=-1.0, prediction=0.25, start=0.5),
        "regression": regression,
        "descent": DescentState(surface="regression", data_x=regression.x, data_y=regression.y),
        "classification": ClassificationState(),
    }
    return scenes.dumps(scenes.Scene("regression", states))


def test_mutated_scenes_load_exactly_or_are_refused():
    rng = random.Random(19)
    base = valid_scene_text()
    accepted = refused = 0
    for case in range(400):
        text = mutate(base, rng)
        try:
            scene = scenes.loads(text, TYPES)
        except scenes.SceneFileError:
            refused += 1
            continue
        accepted += 1
        again = scenes.loads(scenes.dumps(scene), TYPES)  # what was read saves and reads back
        assert again == scene, case
        assert scenes.is_finite_json(json.loads(scenes.dumps(scene)))
    assert accepted >= 10 and refused > 100, (accepted, refused)


def valid_csv_text(rng: random.Random) -> str:
    rows = [f"{rng.uniform(-5, 5)!r},{rng.uniform(-5, 5)!r}" for _ in range(rng.randint(2, 12))]
    return "x,y\n" + "\n".join(rows) + "\n"


def test_mutated_csv_files_load_exactly_or_are_refused(tmp_path):
    rng = random.Random(1919)
    path = tmp_path / "points.csv"
    copy = tmp_path / "copy.csv"
    accepted = refused = 0
    for case in range(400):
        text = mutate(valid_csv_text(rng), rng)
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        try:
            x, y = csv_data.read_points(path)
        except csv_data.CsvError as error:
            refused += 1
            assert error.kind in KINDS, (case, error.kind)
            continue
        accepted += 1
        assert len(x) == len(y) >= csv_data.MIN_POINTS
        assert all(math.isfinite(v) and abs(v) <= COORDINATE_LIMIT for v in x + y), case
        csv_data.write_points(copy, x, y)
        assert csv_data.read_points(copy) == (x, y), case
        # the scene the app would save with these points opens again
        state = RegressionState(x=x, y=y, preset="")
        scene = scenes.Scene("regression", {"regression": state})
        assert scenes.loads(scenes.dumps(scene), TYPES).states["regression"] == state
    assert accepted > 50 and refused > 50, (accepted, refused)


KINDS = {
    "missing",
    "unreadable",
    "not_a_file",
    "too_large",
    "binary",
    "utf16",
    "not_utf8",
    "empty",
    "header",
    "columns",
    "not_a_number",
    "not_finite",
    "out_of_range",
    "too_many_rows",
    "too_few",
}


def test_mutated_files_through_the_window_change_nothing_when_refused(window, tmp_path):
    """Scenes and CSV files through File > Open and Load CSV: a refused one changes no state
    and no undo step; an accepted one is shown (no exception anywhere)."""
    rng = random.Random(7)
    base = valid_scene_text()
    regression = window.pages["regression"]
    for case in range(40):
        before = {key: window.pages.peek(key).state() for key in window.pages}
        depth = window.undo_stack.count()
        path = tmp_path / f"s{case}.json"
        path.write_text(mutate(base, rng), encoding="utf-8")
        if not window.open_scene(str(path)):
            assert {key: window.pages.peek(key).state() for key in window.pages} == before, case
            assert window.undo_stack.count() == depth, case
        csv = tmp_path / f"p{case}.csv"
        csv.write_text(mutate(valid_csv_text(rng), rng), encoding="utf-8")
        state, depth = regression.state(), window.undo_stack.count()
        if not regression.load_csv(str(csv)):
            assert regression.state() == state and window.undo_stack.count() == depth, case


SETTINGS = """[General]
window\\tab=regression
view\\theme=dark
view\\normal_scale=1.15
view\\presentation_scale=2
view\\language=zh
scenes\\recent=/tmp/a.json, /tmp/b.json
"""


def test_mutated_settings_files_start_the_window(qtbot):
    from lossstudio.ui import appearance, i18n
    from lossstudio.ui.main_window import MainWindow, app_settings

    rng = random.Random(25)
    file_name = app_settings().fileName()
    try:
        for case in range(40):
            with open(file_name, "w", encoding="utf-8", errors="surrogatepass") as stream:
                stream.write(mutate(SETTINGS, rng))
            window = MainWindow()
            qtbot.addWidget(window)
            window.restore_settings()
            assert appearance.SCALES[0] <= window.scale <= appearance.SCALES[-1], case
            assert math.isfinite(window.normal_scale) and math.isfinite(window.presentation_scale)
            assert window.theme_name in appearance.THEMES, case
            assert i18n.current_language() in i18n.LANGUAGES, case
            assert all(isinstance(path, str) for path in window.scenes.recent())
            window.close()
    finally:
        with open(file_name, "w", encoding="utf-8") as stream:
            stream.write("")
        i18n.set_language("en")


def test_the_fuzzing_is_seeded():
    assert mutate(valid_scene_text(), random.Random(3)) == mutate(
        valid_scene_text(), random.Random(3)
    )
    assert dataclasses.is_dataclass(RegressionState)
