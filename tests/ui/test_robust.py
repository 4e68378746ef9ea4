"""Issue 19 through the main window: nothing crashes, hangs or claims what did not happen.

Each test reproduces one numbered finding of the issue (the number is in the test's name).
"""

from __future__ import annotations

import dataclasses
import json
import os
import stat
import subprocess
import sys
import warnings

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from lossstudio.model import regression as regression_model
from lossstudio.model import scene as scenes
from lossstudio.ui import plain
from tests.model.test_robust_files import no_hang


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def write_scene(path, window, **states) -> None:
    full = {key: window.pages.peek(key).state() for key in window.pages}
    full.update(states)
    scenes.save(path, scenes.Scene(next(iter(states)), full))


def choose_regression_data(descent) -> None:
    """Pick "Regression tab's data" in the surface box as a person does (``activated``)."""
    box = descent.panel.surface
    index = box.findData("regression")
    box.setCurrentIndex(index)
    box.activated.emit(index)
    settle()


# --- item 1: what the app saves opens again ---------------------------------------------------
def test_1_descent_on_a_large_regression_data_set_saves_a_scene_that_opens(window, tmp_path):
    regression = window.pages["regression"]
    x = tuple(float(i % 997) for i in range(100_500))
    y = tuple(0.5 * v + (i % 7) for i, v in enumerate(x))
    regression.apply(regression_model.with_data(regression.state(), x, y))
    window.show_tab("descent")
    descent = window.pages["descent"]
    choose_regression_data(descent)
    settle()
    assert descent.state().surface == "regression" and len(descent.state().data_x) == 100_500
    path = tmp_path / "big.json"
    assert window.save_scene(str(path))
    states = {key: window.pages.peek(key).state() for key in window.pages}
    window.pages["regression"].reset()
    assert window.open_scene(str(path)), window.last_message
    assert {key: window.pages.peek(key).state() for key in window.pages} == states


# --- item 3: an exception inside QUndoCommand.redo is a segmentation fault ----------------------
def test_3_a_scene_with_a_subnormal_spread_opens_with_descent_built(window, tmp_path):
    window.show_tab("descent")
    descent = window.pages["descent"]
    state = dataclasses.replace(
        descent.state(), surface="regression", data_x=(0.0, 1e-320), data_y=(1.0, 2.0)
    )
    path = tmp_path / "subnormal.json"
    write_scene(path, window, descent=state)
    assert window.open_scene(str(path)), window.last_message
    settle()
    assert descent.state() == state and not state.uses_own_data()
    window.undo_stack.undo()
    window.undo_stack.redo()
    assert descent.state() == state


def test_3_a_state_a_tab_cannot_show_is_rolled_back_with_a_message(window, tmp_path, monkeypatch):
    """Whatever fails while a scene is shown: no exception leaves the undo command, every tab
    keeps its state (not some tabs changed and others not), and the person is told."""
    window.show_tab("regression")
    regression, catalog = window.pages["regression"], window.pages["catalog"]
    before = {key: window.pages.peek(key).state() for key in window.pages}
    depth = window.undo_stack.count()
    new_catalog = dataclasses.replace(catalog.state(), loss="hinge", prediction=0.25, label=-1.0)
    new_regression = dataclasses.replace(regression.state(), w=0.5)
    path = tmp_path / "s.json"
    write_scene(path, window, catalog=new_catalog, regression=new_regression)
    real = type(regression).render

    def failing(self, state, draft=False):
        if state.w == 0.5:
            raise ZeroDivisionError("a fault of the tab")
        real(self, state, draft)

    monkeypatch.setattr(type(regression), "render", failing)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert not window.open_scene(str(path))
    assert {key: window.pages.peek(key).state() for key in window.pages} == before
    assert window.undo_stack.count() == depth
    assert "cannot show" in window.last_message and "Nothing was changed" in window.last_message


def test_3_undo_of_a_failing_state_does_not_escape(window, monkeypatch):
    catalog = window.pages["catalog"]
    first = catalog.state()
    catalog.apply(dataclasses.replace(first, prediction=0.75))
    calls = []

    def failing(self, state, draft=False):
        calls.append(state)
        raise RuntimeError("render failed")

    monkeypatch.setattr(type(catalog), "render", failing)
    window.undo_stack.undo()  # would abort the process if the exception left undo()
    assert calls


# --- item 4: settings -------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e999", "junk", "@Invalid()"])
def test_4_a_damaged_scale_in_the_settings_is_the_default(window, value):
    from lossstudio.ui import appearance

    window.settings.setValue("view/normal_scale", value)
    window.settings.setValue("view/presentation_scale", value)
    window.restore_settings(language="en")
    assert window.scale == appearance.NORMAL_SCALE
    assert window.presentation_scale in (appearance.PRESENTATION_SCALE, appearance.SCALES[-1])
    assert appearance.SCALES[0] <= window.presentation_scale <= appearance.SCALES[-1]
    window.settings.remove("view/normal_scale")
    window.settings.remove("view/presentation_scale")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_4_a_settings_file_that_is_a_fifo_does_not_block_the_start(tmp_path):
    """QSettings reads its file when it is made: a FIFO there blocked every start for ever
    (in a child process: a block inside Qt cannot be interrupted in this one)."""
    folder = tmp_path / "LossStudio"
    folder.mkdir()
    os.mkfifo(folder / "lossstudio.ini")
    shot = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "lossstudio", "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)},
    )
    assert result.returncode == 0 and shot.stat().st_size > 0, result.stderr
    assert stat.S_ISFIFO(os.stat(folder / "lossstudio.ini").st_mode)


def test_4_a_huge_settings_file_is_left_alone_and_said_so(qtbot):
    from lossstudio.ui.main_window import MainWindow
    from lossstudio.ui.settings_file import MAX_SETTINGS_BYTES, settings_path

    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    kept = path.with_name("kept.ini")
    if path.exists():
        path.rename(kept)
    huge = "[view]\ntheme=dark\n" + "; filler\n" * (MAX_SETTINGS_BYTES // 9)
    path.write_text(huge, encoding="utf-8")
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.restore_settings(language="en")
        qtbot.waitUntil(lambda: "settings file" in window.last_message)
        assert window.theme_name == "light" and window.last_detail == str(path)
        window.save_settings()
        assert path.read_text(encoding="utf-8") == huge  # left as it was
    finally:
        path.unlink()
        if kept.exists():
            kept.rename(path)


# --- item 5: data the CSV reader accepts never break the Regression tab --------------------------
def test_5_tiny_x_values_render(window, tmp_path):
    window.show_tab("regression")
    tab = window.pages["regression"]
    path = tmp_path / "tiny.csv"
    path.write_text("x,y\n0,1\n1e-320,2\n", encoding="utf-8")
    assert tab.load_csv(str(path)), tab.message.text()
    settle()
    assert tab.state().x == (0.0, 1e-320)
    window.grab()


def test_5_huge_values_are_refused_with_a_message(window, tmp_path):
    window.show_tab("regression")
    tab = window.pages["regression"]
    before, depth = tab.state(), window.undo_stack.count()
    path = tmp_path / "huge.csv"
    path.write_text("x,y\n0,1\n1e308,2\n", encoding="utf-8")
    assert not tab.load_csv(str(path))
    assert tab.state() == before and window.undo_stack.count() == depth
    assert "line 3" in tab.message.text() and "1e9" in tab.message.text()


# --- item 6: steep data on Descent's "Regression tab's data" ------------------------------------
def test_6_steep_regression_data_on_descent_say_so(window):
    regression = window.pages["regression"]
    regression.apply(regression_model.with_data(regression.state(), (0.0, 0.001), (0.0, 5000.0)))
    window.show_tab("descent")
    descent = window.pages["descent"]
    choose_regression_data(descent)
    settle()
    state = descent.state()
    assert state.surface == "regression" and state.data_x == (0.0, 0.001)
    note = descent.findChild(QLabel, "descent.surface_note")
    assert "too steep" in note.text() and "chapter's data" in note.text()


# --- item 7: a scene whose tab is a list -------------------------------------------------------
@pytest.mark.parametrize("tab", [["catalog"], {"x": 1}])
def test_7_a_scene_with_a_list_as_tab_is_refused(window, tmp_path, tab):
    path = tmp_path / "s.json"
    write_scene(path, window, catalog=window.pages.peek("catalog").state())
    document = json.loads(path.read_text(encoding="utf-8"))
    document["tab"] = tab
    path.write_text(json.dumps(document), encoding="utf-8")
    depth = window.undo_stack.count()
    assert not window.open_scene(str(path))
    assert "cannot use" in window.last_message and window.undo_stack.count() == depth


# --- item 8: recent scenes in the settings -----------------------------------------------------
@pytest.mark.parametrize(
    "value", [["/tmp/" + "n" * 300 + ".json"], [3, None], 7, ["a\x00b"], [["nested"]]]
)
def test_8_a_damaged_recent_list_does_not_stop_the_start(qtbot, value):
    from lossstudio.ui.main_window import MainWindow, app_settings

    settings = app_settings()
    settings.setValue("scenes/recent", value)
    settings.sync()
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.scenes.recent() == []
    finally:
        settings.remove("scenes/recent")
        settings.sync()


# --- item 9: FIFOs -----------------------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_9_a_fifo_never_blocks_the_window(window, tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with no_hang(60):  # a FIFO blocked for ever; 60 s leaves room for a loaded machine
        assert not window.open_scene(str(fifo))
        assert "special file" in window.last_message
        tab = window.pages["regression"]
        assert not tab.load_csv(str(fifo))
        assert "special file" in tab.message.text()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_9_lessons_and_practices_say_what_the_file_is(window, tmp_path):
    """A FIFO, a folder and UTF-16 text are named for what they are, not "damaged", and nothing
    opens."""
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    utf16 = tmp_path / "wide.json"
    utf16.write_text('{"format": "lossstudio-lesson"}', encoding="utf-16")
    cases = [(fifo, "special file"), (tmp_path, "special file"), (utf16, "UTF-8")]
    with no_hang(60):
        for opener in (window.lessons.open, window.practice.open):
            for path, words in cases:
                assert not opener(str(path))
                assert words in window.last_message, (opener, path, window.last_message)
                assert "damaged" not in window.last_message
    assert window.lessons.controller.lesson is None


def test_13_a_scene_that_cannot_be_saved_names_its_file(window, tmp_path):
    target = tmp_path / "no such folder" / "lecture.scene.json"
    assert not window.save_scene(str(target))
    assert "could not be saved" in window.last_message
    assert str(target) in window.last_detail and ".tmp" not in window.last_detail


# --- item 10: text from a person or a file is plain text ----------------------------------------
MARKER = '<img src="/nonexistent/x.png">'


def rich_texts(window) -> list[str]:
    """Labels and tool tips that would render MARKER as HTML."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if MARKER in widget.toolTip():
            found.append(f"tooltip of {widget.objectName() or type(widget).__name__}")
        label = isinstance(widget, QLabel) and MARKER in widget.text()
        if label and widget.textFormat() != Qt.TextFormat.PlainText:
            found.append(f"label {widget.objectName() or widget.text()[:30]}")
    return found


def test_10_a_student_called_like_html_is_shown_as_plain_text(window, tmp_path):
    window.show_tab("classification")
    tab = window.pages["classification"]
    students = tab.state().students
    named = dataclasses.replace(students[0], name=MARKER[:40], predicted=(0.0,))
    state = dataclasses.replace(tab.state(), students=(named, *students[1:]), clip=False)
    path = tmp_path / "s.json"
    write_scene(path, window, classification=state)
    assert window.open_scene(str(path)), window.last_message
    settle()
    assert tab.state().students[0].name == MARKER
    tab.students._refused(0, 3, "not a number")  # the status line names the student
    settle()
    shown = [label for label in tab.findChildren(QLabel) if MARKER in label.text()]
    assert shown  # the name is on screen, as text
    assert rich_texts(window) == []


def test_10_file_names_and_refused_text_are_plain_text(window, tmp_path):
    name = tmp_path / f"{MARKER.replace('/', '_')}.csv"
    name.write_text(f"x,y\n{MARKER},1\n", encoding="utf-8")
    window.show_tab("regression")
    tab = window.pages["regression"]
    assert not tab.load_csv(str(name))
    bad_scene = tmp_path / "bad.json"
    bad_scene.write_text(
        json.dumps({"format": "lossstudio-scene", "version": 1, "tab": MARKER, "tabs": {}}),
        encoding="utf-8",
    )
    assert not window.open_scene(str(bad_scene))
    settle()
    boxes = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert any(MARKER in label.text() for box in boxes for label in box.findChildren(QLabel))
    for box in boxes:
        for label in box.findChildren(QLabel):
            if MARKER in label.text():
                assert label.textFormat() == Qt.TextFormat.PlainText
    assert rich_texts(window) == []
    assert plain.tooltip(MARKER) != MARKER and "&lt;img" in plain.tooltip(MARKER)


def test_10_typed_text_in_a_tooltip_is_escaped(window):
    from lossstudio.ui.widgets.number_field import NumberField

    window.show_tab("catalog")
    field = window.findChildren(NumberField)[0]
    field.setText(MARKER)
    field.editingFinished.emit()
    assert field.last_error and MARKER not in field.toolTip()
    assert "&lt;img" in field.toolTip()


# --- item 11: the command line --------------------------------------------------------------
def run_app(*args, timeout=60):
    return subprocess.run(
        [sys.executable, "-m", "lossstudio", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_11_a_bad_session_names_the_file_and_exits_non_zero(tmp_path):
    junk = tmp_path / "junk.json"
    junk.write_bytes(b"\xff\xfe\x00junk")
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    shot = tmp_path / "shot.png"
    for path in (tmp_path / "missing.json", junk, tmp_path, fifo):
        result = run_app("--session", str(path), "--screenshot", str(shot), timeout=30)
        assert result.returncode == 1, (path, result.stderr)
        assert str(path) in result.stderr
        assert not shot.exists()


def test_11_a_bad_lesson_names_the_file_and_why(tmp_path):
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    result = run_app("--lesson", str(fifo), "--screenshot", str(tmp_path / "shot.png"))
    assert result.returncode == 2, result.stderr
    assert str(fifo) in result.stderr and "special file" in result.stderr
    assert not (tmp_path / "shot.png").exists()


def test_11_a_screenshot_into_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "shot.png"
    os.mkfifo(fifo)
    result = run_app("--screenshot", str(fifo), timeout=60)  # it blocked for ever
    assert result.returncode == 1 and "special file" in result.stderr, result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_11_an_empty_screenshot_name_is_refused():
    result = run_app("--screenshot", "")
    assert result.returncode == 2 and "--screenshot" in result.stderr


# --- item 14: the log loss's Figure 3-1 start at 0 or 1 ------------------------------------------
@pytest.mark.parametrize(("label", "start"), [(1.0, 0.0), (0.0, 1.0), (1.0, 1.0)])
def test_14_log_loss_descent_from_an_end_warns_nothing(window, label, start):
    window.show_tab("catalog")
    catalog = window.pages["catalog"]
    catalog.pages.setCurrentIndex(3)
    settle()
    state = dataclasses.replace(catalog.state().with_loss("log"), label=label, start=start)
    catalog.apply(state)
    settle()
    window.grab()  # paints: pyqtgraph's bounds of an infinite spot warned here
    assert catalog.state().start == start
