"""Scenes of all four tabs, undo of a real drag, and export, through the main window."""

from __future__ import annotations

import dataclasses
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from lossstudio.engine import losses
from lossstudio.model import scene as scenes
from tests.ui import mouse


def non_default_states(window) -> dict:
    """A state on every tab that differs from its default in several fields."""
    pages = window.pages
    catalog = dataclasses.replace(
        pages["catalog"].default_state(),
        loss="hinge",
        label=-1.0,
        prediction=0.25,
        margin=-0.5,
        learning_rate=0.1,
        steps=3,
    )
    regression_default = pages["regression"].default_state()
    regression = dataclasses.replace(
        regression_default,
        x=(0.0, 1.0, 2.0, 3.5),
        y=(1.0, 2.5, 2.0, 4.0),
        w=0.75,
        b=1.25,
        loss="absolute",
        squares=False,
        preset="",
    )
    descent = dataclasses.replace(
        pages["descent"].default_state(),
        start=(1.0, 1.5),
        racing=("gd", "adam"),
        iteration=7,
    )
    classification_default = pages["classification"].default_state()
    classification = dataclasses.replace(
        classification_default,
        clip=True,
        p=(0.5, 0.3, 0.2),
        w=-2.0,
        z=-1.5,
        target=1,
        students=classification_default.students[:3],
    )
    return {
        "catalog": catalog,
        "regression": regression,
        "descent": descent,
        "classification": classification,
    }


def test_a_scene_of_all_four_tabs_loads_back_to_equal_states(window, tmp_path):
    states = non_default_states(window)
    for key, state in states.items():
        assert state != window.pages[key].default_state()
        window.pages[key].apply(state)
    window.show_tab("descent")
    path = tmp_path / "lecture.json"
    assert window.save_scene(str(path))
    assert json.loads(path.read_text(encoding="utf-8"))["tab"] == "descent"

    for page in window.pages.values():
        page.reset()
    window.show_tab("catalog")
    assert window.open_scene(str(path))
    assert window.current_key() == "descent"
    for key, state in states.items():
        assert window.pages[key].state() == state, key
    # opening a scene is one undo step that brings every tab back
    window.undo_stack.undo()
    for key in states:
        assert window.pages[key].state() == window.pages[key].default_state()
    window.undo_stack.redo()
    assert window.pages["regression"].state() == states["regression"]
    assert str(path.resolve()) in window.scenes.recent()


BAD_FILES = {
    "truncated": b'{"format": "lossstudio-scene", "version": 1, "tab": "catalog", "tabs": {"cat',
    "garbage": bytes(range(256)) * 4,
    "latin1": '{"format": "lossstudio-scene", "version": 1, "tab": "caf\xe9"}'.encode("latin-1"),
    "other_json": b'{"hello": "world"}',
    "version": b'{"format": "lossstudio-scene", "version": 2, "tab": "catalog", "tabs": {}}',
    "wrong_type": b'{"format": "lossstudio-scene", "version": 1, "tab": "regression",'
    b' "tabs": {"regression": {"x": "1,2", "y": [1, 2], "w": 1, "b": 1}}}',
    "out_of_range": b'{"format": "lossstudio-scene", "version": 1, "tab": "catalog",'
    b' "tabs": {"catalog": {"loss": "nonsense"}}}',
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_scene_gives_a_message_and_changes_nothing(window, tmp_path, name):
    window.pages["regression"].apply(non_default_states(window)["regression"])
    before = {key: page.state() for key, page in window.pages.items()}
    depth = window.undo_stack.count()
    path = tmp_path / f"{name}.json"
    path.write_bytes(BAD_FILES[name])
    assert not window.open_scene(str(path))
    assert window.last_message and "Nothing was changed" in window.last_message
    assert {key: page.state() for key, page in window.pages.items()} == before
    assert window.undo_stack.count() == depth


def test_undo_after_a_real_drag_restores_and_redo_reapplies(window, qtbot):
    window.show_tab("catalog")
    tab = window.pages["catalog"]
    plot = tab.single.plot
    QApplication.processEvents()
    before = tab.state()
    mouse.drag(plot, plot.getPlotItem(), (before.prediction, 1.0), (-1.0, 4.0))
    after = tab.state()
    assert after.prediction != pytest.approx(before.prediction)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.state() == before
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert tab.state() == after
    # the redone state is what the page shows: its readout is the engine's loss there
    assert after.loss == "squared"
    shown = tab.single.loss_value.property("value")
    assert shown == pytest.approx(float(losses.squared(after.label, after.prediction)))


@pytest.mark.parametrize("key", ["catalog", "regression", "descent", "classification"])
def test_export_writes_valid_png_and_svg(window, tmp_path, key):
    window.show_tab(key)
    QApplication.processEvents()
    pngs = window.export_current(str(tmp_path / f"{key}.png"), width=1200)
    assert pngs
    for path in pngs:
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        image = QImage(str(path))
        assert image.width() == 1200 and image.height() > 100
    svgs = window.export_current(str(tmp_path / f"{key}.svg"))
    for path in svgs:
        root = ET.parse(path).getroot()
        assert root.tag.endswith("svg")
        assert len(list(root.iter())) > 20  # curves, axes and text, not an empty page
    with pytest.raises(ValueError):
        window.export_current(str(tmp_path / "plot.gif"))


def test_copy_puts_an_image_on_the_clipboard(window):
    window.show_tab("regression")
    QApplication.processEvents()
    QApplication.clipboard().clear()
    window.copy_action.trigger()
    image = QApplication.clipboard().image()
    assert not image.isNull() and image.width() > 100


def test_session_flag_opens_a_scene(tmp_path):
    import subprocess
    import sys

    from lossstudio.model.catalog import CatalogState
    from lossstudio.model.scene import Scene

    path = tmp_path / "s.json"
    scenes.save(
        path,
        Scene(
            "catalog", {"catalog": CatalogState(loss="log", label=0.0, prediction=0.3, start=0.5)}
        ),
    )
    shot = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "lossstudio", "--session", str(path), "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:4] == b"\x89PNG"
    # a one-off picture leaves the person's settings as they were (no recent scene added)
    ini = Path(os.environ["XDG_CONFIG_HOME"]) / "LossStudio" / "lossstudio.ini"
    assert not ini.exists() or str(path) not in ini.read_text(encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "lossstudio", "--session", str(bad), "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1 and str(bad) in result.stderr  # named, and no picture
    assert "not valid JSON" in result.stderr


def test_a_scene_that_no_longer_opens_is_named_and_leaves_the_recent_list(window, tmp_path):
    path = tmp_path / "lecture.json"
    assert window.save_scene(str(path))
    assert str(path.resolve()) in window.scenes.recent()
    path.write_bytes(b'{"format": "lossstudio-scene", "version": 1, "tab": "catalog", "tabs": {')
    assert not window.open_scene(str(path))
    assert window.last_detail.startswith("lecture.json: ")  # the message box names the file
    assert str(path.resolve()) not in window.scenes.recent()
