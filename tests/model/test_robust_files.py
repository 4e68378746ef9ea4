"""Issue 19 at the file level (no Qt): special files, encodings, CSV edge cases, long names,
symbolic links, permissions, stale temporary files, and scene caps that match what the app
accepts (so every scene the app saves opens again)."""

from __future__ import annotations

import contextlib
import math
import os
import signal
import stat
import subprocess
import sys

import pytest

from lossstudio.engine.regression import least_squares
from lossstudio.model import csv_data
from lossstudio.model import scene as scenes
from lossstudio.model.catalog import CatalogState
from lossstudio.model.csv_data import CsvError, read_points
from lossstudio.model.descent import DescentState
from lossstudio.model.files import FileProblem, SpecialFileError, read_text_limited, write_atomic
from lossstudio.model.regression import COORDINATE_LIMIT, RegressionState

TYPES = {"catalog": CatalogState, "regression": RegressionState, "descent": DescentState}


@contextlib.contextmanager
def no_hang(seconds: int = 5):
    """Fail (instead of blocking the suite for ever) when the body takes longer."""

    def alarm(*_args):
        raise AssertionError(f"blocked for more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# --- item 9: FIFOs and other special files are refused before they are opened --------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_save_to_a_fifo_is_refused_and_leaves_it_a_fifo(tmp_path):
    """Replacing a FIFO (or /dev/null, for a person who can) would destroy it; writing into
    it would block: the save is refused and nothing is left behind."""
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    link = tmp_path / "link.json"
    link.symlink_to(fifo)
    with no_hang():
        for name in (fifo, link):
            with pytest.raises(SpecialFileError) as caught:
                write_atomic(name, "{}")
            assert isinstance(caught.value, OSError) and "special file" in caught.value.strerror
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "pipe.json"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with no_hang():
        with pytest.raises(FileProblem) as caught:
            read_text_limited(fifo, 1000)
        assert caught.value.kind == "not_a_file"
        with pytest.raises(scenes.SceneFileError) as scene_error:
            scenes.load(fifo, TYPES)
        assert scene_error.value.kind == "not_a_file"
        with pytest.raises(CsvError) as csv_error:
            read_points(fifo)
        assert csv_error.value.kind == "not_a_file"


def test_a_folder_and_a_device_are_refused(tmp_path):
    for path in (tmp_path, "/dev/zero"):
        with no_hang(), pytest.raises(FileProblem) as caught:
            read_text_limited(path, 1000)
        assert caught.value.kind == "not_a_file"


# --- item 12: encodings and CSV edge cases ---------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_is_called_utf16_not_binary(tmp_path, encoding):
    path = tmp_path / "points.csv"
    path.write_bytes("x,y\n1,2\n3,4\n".encode(encoding))
    with pytest.raises(CsvError) as caught:
        read_points(path)
    assert caught.value.kind == "utf16"
    scene = tmp_path / "scene.json"
    scene.write_bytes(scenes.dumps(scenes.Scene("catalog", {})).encode(encoding))
    with pytest.raises(scenes.SceneFileError) as scene_error:
        scenes.load(scene, TYPES)
    assert scene_error.value.kind == "utf16"


def test_the_most_rows_followed_by_a_blank_line_load(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_data, "MAX_ROWS", 10)
    path = tmp_path / "points.csv"
    rows = "".join(f"{i},{i * i}\n" for i in range(10))
    path.write_text("x,y\n" + rows + "\n\n", encoding="utf-8")
    x, _y = read_points(path)
    assert len(x) == 10
    path.write_text("x,y\n" + rows + "10,100\n\n", encoding="utf-8")
    with pytest.raises(CsvError) as caught:
        read_points(path)
    assert caught.value.kind == "too_many_rows" and caught.value.text == "11"


def test_quoted_values_read_like_the_quoted_header(tmp_path):
    path = tmp_path / "points.csv"
    path.write_text('"x","y"\n"1.5","2"\n3," -4e2 "\n', encoding="utf-8")
    assert read_points(path) == ((1.5, 3.0), (2.0, -400.0))
    path.write_text('x,y\n"1,5",2\n3,4\n', encoding="utf-8")
    with pytest.raises(CsvError) as caught:
        read_points(path)
    assert caught.value.kind == "not_a_number" and caught.value.line == 2


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x0c", "\x85", "\x0b", "\x1e"])
def test_only_line_ends_split_rows(tmp_path, separator):
    """``str.splitlines`` splits at these too: "1,2<U+2028>3,4" read as two points."""
    path = tmp_path / "points.csv"
    path.write_text(f"x,y\n1,2{separator}3,4\n5,6\n", encoding="utf-8")
    with pytest.raises(CsvError) as caught:
        read_points(path)
    assert caught.value.line == 2


def test_line_ends_of_every_platform(tmp_path):
    path = tmp_path / "points.csv"
    path.write_bytes(b"x,y\r\n1,2\r\n3,4\r5,6\n")
    assert read_points(path) == ((1.0, 3.0, 5.0), (2.0, 4.0, 6.0))


@pytest.mark.parametrize("text", ["1_000", "1_0.5", "1__0"])
def test_underscores_are_not_digits(tmp_path, text):
    path = tmp_path / "points.csv"
    path.write_text(f"x,y\n{text},2\n3,4\n", encoding="utf-8")
    with pytest.raises(CsvError) as caught:
        read_points(path)
    assert caught.value.kind == "not_a_number" and caught.value.text == text


# --- item 1: the CSV reader and scenes keep the same caps ------------------------------------
def test_csv_coordinates_beyond_the_scene_cap_are_refused(tmp_path):
    path = tmp_path / "points.csv"
    path.write_text(f"x,y\n{COORDINATE_LIMIT!r},2\n3,{-COORDINATE_LIMIT!r}\n", encoding="utf-8")
    x, y = read_points(path)
    scene = scenes.Scene("regression", {"regression": RegressionState(x=x, y=y)})
    assert scenes.loads(scenes.dumps(scene), TYPES).states["regression"].x == x
    for value in ("1000000000.0001", "-1e10", "1e308"):
        path.write_text(f"x,y\n0,1\n3,{value}\n", encoding="utf-8")
        with pytest.raises(CsvError) as caught:
            read_points(path)
        assert caught.value.kind == "out_of_range" and caught.value.line == 3


def test_the_descent_copy_of_a_million_points_opens_again():
    """Scenes capped the Descent copy at 100,000 points while the Regression tab holds 10x."""
    x = tuple(float(i) for i in range(100_001))
    state = DescentState(surface="regression", data_x=x, data_y=x)
    scene = scenes.Scene("descent", {"descent": state, "regression": RegressionState(x=x, y=x)})
    loaded = scenes.loads(scenes.dumps(scene), TYPES)
    assert loaded.states["descent"] == state


@pytest.mark.parametrize("value", [1e300, -1e308, COORDINATE_LIMIT * 1.5])
def test_the_descent_copy_keeps_the_regression_caps(value):
    data = DescentState(surface="regression").to_json()
    data["data_x"], data["data_y"] = [0.0, value], [0.0, 1.0]
    with pytest.raises(scenes.SceneError):
        DescentState.from_json(data)


# --- items 3 and 6: data that give no usable surface ------------------------------------------
def test_a_subnormal_spread_has_no_single_best_line():
    from lossstudio.model.descent import data_usable

    with pytest.raises(ValueError):
        least_squares([0.0, 1e-320], [1.0, 2.0])
    assert data_usable((0.0, 1e-320), (1.0, 2.0)) == "no_data"
    assert not DescentState(
        surface="regression", data_x=(0.0, 1e-320), data_y=(1.0, 2.0)
    ).uses_own_data()


def test_steep_data_are_said_to_be_steep():
    from lossstudio.model.descent import BEST_FIT_LIMIT, data_usable

    assert data_usable((0.0, 0.001), (0.0, 5000.0)) == "steep"
    assert data_usable((0.0, 1.0), (0.0, BEST_FIT_LIMIT)) == ""
    assert data_usable((0.0, 1.0, 2.0), (1.0, 3.0, 5.0)) == ""


# --- item 7: a scene's "tab" of the wrong type ------------------------------------------------
@pytest.mark.parametrize("tab", [["catalog"], {"a": 1}, 3, None, True])
def test_a_tab_of_the_wrong_type_is_a_scene_error(tab):
    text = scenes.dumps(scenes.Scene("catalog", {})).replace(
        '"tab": "catalog"', f'"tab": {__import__("json").dumps(tab)}'
    )
    with pytest.raises(scenes.SceneFileError) as caught:
        scenes.loads(text, TYPES)
    assert caught.value.kind == "shape"


# --- items 12 and 13: saving -----------------------------------------------------------------
def test_a_255_byte_name_can_be_saved(tmp_path):
    for name in ("a" * 250 + ".json", "学" * 83 + ".csv"):  # 254 and 253 bytes
        assert len(name.encode()) <= 255
        target = tmp_path / name
        write_atomic(target, "{}")
        assert target.read_text() == "{}"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_saving_through_a_symlink_writes_its_target(tmp_path):
    real = tmp_path / "real" / "scene.json"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    written = write_atomic(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "new" and written == real
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_a_saved_file_keeps_its_permissions(tmp_path):
    path = tmp_path / "scene.json"
    path.write_text("old")
    os.chmod(path, 0o644)
    write_atomic(path, "new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    os.chmod(path, 0o640)
    write_atomic(path, "newer")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    fresh = tmp_path / "fresh.json"
    mask = os.umask(0o022)
    try:
        write_atomic(fresh, "x")
    finally:
        os.umask(mask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # like any new file, not 0600


def test_a_killed_save_leaves_no_temporary_file_after_the_next_save(tmp_path):
    target = tmp_path / "scene.json"
    code = (
        "import sys, time; from lossstudio.model.files import write_atomic\n"
        "class Slow(bytes):\n"
        "    pass\n"
        "import os\n"
        "real_fsync = os.fsync\n"
        "def stop(fd):\n"
        "    print('writing', flush=True); time.sleep(60)\n"
        "os.fsync = stop\n"
        f"write_atomic({str(target)!r}, 'x' * 1000)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=os.getcwd()
    )
    try:
        assert child.stdout.readline().strip() == "writing"
        left = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        assert len(left) == 1  # the save in progress
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    write_atomic(target, "{}")
    assert [p.name for p in tmp_path.iterdir()] == ["scene.json"]
    assert target.read_text() == "{}"


def test_a_temporary_file_of_a_living_save_is_left_alone(tmp_path):
    living = tmp_path / f".lossstudio-{os.getppid()}-0123abcd.scene.json.tmp"
    living.write_text("half")
    write_atomic(tmp_path / "scene.json", "{}")
    assert living.exists()


def test_nothing_but_finite_numbers_in_a_saved_scene(tmp_path):
    state = RegressionState(x=(0.0, 1e-320), y=(COORDINATE_LIMIT, -COORDINATE_LIMIT))
    path = tmp_path / "s.json"
    scenes.save(path, scenes.Scene("regression", {"regression": state}))
    loaded = scenes.load(path, TYPES).states["regression"]
    assert loaded == state and all(math.isfinite(v) for v in loaded.x + loaded.y)


def test_a_failed_save_names_the_chosen_file_not_the_temporary(tmp_path):
    target = tmp_path / "no such folder" / "lecture.scene.json"
    with pytest.raises(OSError) as caught:
        write_atomic(target, "{}")
    assert caught.value.filename == str(target) and ".tmp" not in str(caught.value)
