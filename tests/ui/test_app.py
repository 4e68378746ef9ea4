"""The app shell: the main window offscreen, Help > About, and the command line's --screenshot."""

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget

from lossstudio import __version__
from lossstudio.app import parse_args

TAB_KEYS = ["catalog", "regression", "descent", "classification"]


def test_main_window_has_the_four_tabs_in_order(window):
    assert isinstance(window.tabs, QTabWidget)
    assert window.tabs.count() == 4
    names = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
    assert names == TAB_KEYS
    for i in range(4):
        assert window.tabs.tabText(i)  # every tab has a visible title
    window.show_tab("descent")
    assert window.tabs.currentWidget().objectName() == "descent"


def test_about_mentions_the_version(window, qtbot):
    assert __version__ in window.about_text()
    assert window.about_action in window.help_menu.actions()
    seen = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:  # try again once the box is up
            QTimer.singleShot(50, read_and_close)

    QTimer.singleShot(50, read_and_close)
    window.about_action.trigger()  # modal: returns when read_and_close accepts it
    assert seen and __version__ in seen[0]
    assert "Loss Studio" in seen[0]


# --- the command line --------------------------------------------------------------------------


def run_app(*args, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "lossstudio", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG signature"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def distinct_colours(path: Path) -> int:
    image = QImage(str(path))
    assert not image.isNull()
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), max(1, image.width() // 60))
        for y in range(0, image.height(), max(1, image.height() // 40))
    }
    return len(colours)


def test_screenshot_writes_a_real_png(tmp_path, qapp):
    out = tmp_path / "out.png"
    result = run_app("--tab", "descent", "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert out.is_file()
    assert png_size(out) == (1440, 900)
    assert distinct_colours(out) > 5  # a drawn window, not a blank rectangle


def test_screenshot_size_option(tmp_path, qapp):
    # (a size below the window's minimum, 800x600, comes out wider: the tabs' minimum width)
    out = tmp_path / "big.png"
    result = run_app("--tab", "catalog", "--size", "1600x1000", "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    assert png_size(out) == (1600, 1000)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--tab", "nope"], "invalid choice: 'nope'"),
        (["--size", "10x10", "--screenshot", "x.png"], "--size must look like 1440x900"),
        (["--size", "big", "--screenshot", "x.png"], "--size must look like 1440x900"),
        (["--no-such-flag"], "unrecognized arguments"),
    ],
)
def test_bad_arguments_exit_non_zero_with_a_message(args, message, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "lossstudio", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        check=False,
    )
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_parse_args():
    args = parse_args(["--tab", "regression", "--size", "1024X768"])
    assert args.tab == "regression" and args.size == (1024, 768)
    assert parse_args([]).size == (1440, 900)
    with pytest.raises(SystemExit):
        parse_args(["--tab", "Regression"])


@pytest.mark.parametrize("step", ["0", "-1"])
def test_a_step_before_the_first_is_refused(step, capsys):
    """``--step 0`` opened step 1 and exited 0; steps count from 1."""
    assert parse_args(["--lesson", "chapter3", "--step", "1"]).step == 1
    with pytest.raises(SystemExit) as stopped:
        parse_args(["--lesson", "chapter3", "--step", step])
    assert stopped.value.code == 2 and "--step counts from 1" in capsys.readouterr().err
