"""Recording animations: ``--record`` renders frames from states, offscreen, at the asked size,
the same pixels as ``--screenshot`` of the same states, into files Pillow reads back; a
cancelled export or an unwritable target leaves no file and says so."""

import dataclasses
import os
import stat
import subprocess
import sys

import pytest
from PIL import Image, ImageChops

from lossstudio.engine.descent import OPTIMIZERS
from lossstudio.model import scene
from lossstudio.model.catalog import CatalogState
from lossstudio.model.descent import DescentState
from lossstudio.model.walks import last_iteration, surface_of
from lossstudio.ui.record import animations
from lossstudio.ui.record.writers import AnimationFile, Cancelled

FAST = 100.0  # steps per second: the default race (177 steps, momentum's) ends in 1.8 s


def race_state(**changes) -> DescentState:
    state = DescentState(racing=OPTIMIZERS, speed=FAST)
    state = dataclasses.replace(state, start=surface_of(state).start)
    return dataclasses.replace(state, **changes)


def save_scene(path, key, state):
    scene.save(path, scene.Scene(key, {key: state}))
    return str(path)


def run_app(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "lossstudio", *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=cwd,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        check=False,
    )


def frames_of(path):
    with Image.open(path) as image:
        out, durations = [], []
        for index in range(image.n_frames):
            image.seek(index)
            out.append(image.convert("RGB"))
            durations.append(image.info.get("duration", 0))
        return out, durations


@pytest.mark.slow  # 4.5 s: in the slow stage, so the default suite stays about five minutes
def test_a_recorded_race_has_its_frames_and_matches_screenshots(tmp_path):
    """The whole race at 10 fps: frames = (its steps / 100 per s + 1 s held) * 10 fps; the
    first frame is the race before Play, the last the race over, each pixel for pixel what
    --screenshot shows for that state."""
    session = save_scene(tmp_path / "race.json", "descent", race_state())
    out = tmp_path / "race.png"
    done = run_app("--session", session, "--record", str(out), "--fps", "10", "--width", "1280")
    assert done.returncode == 0, done.stderr
    frames, durations = frames_of(out)
    race = animations.race(race_state(), 10)
    steps = last_iteration(race_state())  # the longest walk of the race
    assert len(frames) == len(race.states) == round((steps / FAST + 1.0) * 10)
    assert f"saved {len(frames)} frames (1280 x 800" in done.stdout
    assert sum(durations) == pytest.approx(100 * len(frames))
    assert {frame.size for frame in frames} == {(1280, 800)}
    for name, state, frame in (
        ("first", race.states[0], frames[0]),
        ("last", race.states[-1], frames[-1]),
    ):
        assert state.iteration == (0 if name == "first" else steps) and not state.playing
        shot = tmp_path / f"{name}.png"
        session = save_scene(tmp_path / f"{name}.json", "descent", state)
        done = run_app("--session", session, "--screenshot", str(shot), "--size", "1280x800")
        assert done.returncode == 0, done.stderr
        with Image.open(shot) as expected:
            assert ImageChops.difference(frame, expected.convert("RGB")).getbbox() is None, name
    assert ImageChops.difference(frames[0], frames[10]).getbbox() is not None  # it moves


def test_gif_of_the_figure_3_1_walk_opens_at_the_asked_size(tmp_path):
    session = save_scene(tmp_path / "walk.json", "catalog", CatalogState(steps=4))
    out = tmp_path / "walk.gif"
    done = run_app(
        "--session",
        session,
        "--record",
        str(out),
        "--fps",
        "5",
        "--seconds",
        "2",
        "--width",
        "800",
    )
    assert done.returncode == 0, done.stderr
    frames, durations = frames_of(out)
    assert len(frames) == 10 and durations == [200] * 10
    assert {frame.size for frame in frames} == {(800, 500)}
    assert ImageChops.difference(frames[0], frames[-1]).getbbox() is not None


def test_the_regression_line_glides_into_the_best_fit(tmp_path):
    from lossstudio.model.regression import default_state

    out = tmp_path / "glide.png"
    done = run_app("--tab", "regression", "--record", str(out), "--fps", "5", "--width", "960")
    assert done.returncode == 0, done.stderr
    frames, _durations = frames_of(out)
    glide = animations.glide(default_state(), 5)
    assert len(frames) == len(glide.states) == 20  # 3 s of glide and 1 s held, at 5 fps
    assert glide.states[-1].w == pytest.approx(2.115, abs=5e-4)  # the chapter's best fit
    assert ImageChops.difference(frames[-2], frames[-1]).getbbox() is None  # held
    assert ImageChops.difference(frames[0], frames[-1]).getbbox() is not None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--record", "x.bmp"], "must end in .gif, .png (APNG) or .webp"),
        (["--record", "x.gif", "--width", "12.5"], "--width must be a whole number"),
        (["--record", "x.gif", "--width", "100"], "width 100: a whole number of pixels"),
        (["--record", "x.gif", "--fps", "0"], "frame rate 0.0"),
        (["--record", "x.gif", "--seconds", "-2"], "duration -2.0"),
        (["--record", "x.gif", "--seconds", "200", "--fps", "50"], "at most 3000"),
        (["--record", "x.webp", "--tab", "descent", "--width", "3840"], "at most 1536 MB"),
        (["--fps", "10"], "--fps goes with --record"),
        (["--record", "x.gif", "--screenshot", "x.png"], "choose one"),
        (["--record", "x.gif", "--tab", "classification"], "has no animation of its own"),
        (["--record", "x.gif", "--session", "missing.json"], "does not exist"),
    ],
)
def test_bad_record_values_exit_non_zero_naming_the_problem(args, message, tmp_path):
    done = run_app(*args, cwd=tmp_path)
    assert done.returncode != 0
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "x.gif").exists()


def test_an_unwritable_target_gives_a_clear_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    for target in (tmp_path / "no such folder" / "a.gif", blocker / "a.gif"):
        done = run_app("--tab", "descent", "--record", str(target), "--seconds", "0.5")
        assert done.returncode == 1
        assert f"could not write {target}" in done.stderr and "saved" not in done.stdout
        assert "Traceback" not in done.stderr
    assert blocker.read_text() == "not a folder"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_target_is_refused_and_stays_a_fifo(tmp_path):
    fifo = tmp_path / "a.gif"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="special file"):
        AnimationFile(fifo, (64, 40), 10, 2)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["a.gif"]


class Renderer:
    """Stands in for the frame renderer: plain frames, counted."""

    size = (64, 40)

    def __init__(self):
        self.rendered = 0

    def render(self, state):
        self.rendered += 1
        return Image.new("RGB", self.size, (self.rendered * 20 % 256, 0, 0))


@pytest.mark.parametrize("ending", [".gif", ".png", ".webp"])
def test_a_cancelled_export_leaves_no_partial_file(tmp_path, ending):
    animation = animations.Animation("descent", tuple(range(10)), 10)
    target = tmp_path / f"out{ending}"
    renderer = Renderer()
    with pytest.raises(Cancelled):
        animations.write(animation, target, renderer, lambda done, total: done < 4)
    assert renderer.rendered == 4
    assert list(tmp_path.iterdir()) == []  # neither the file nor its temporary
    target.write_bytes(b"older")  # an existing file survives a cancelled export
    with pytest.raises(Cancelled):
        animations.write(animation, target, Renderer(), lambda done, total: done < 9)
    assert target.read_bytes() == b"older" and list(tmp_path.iterdir()) == [target]
    assert animations.write(animation, target, Renderer()) == target
    frames, _durations = frames_of(target)
    assert len(frames) == 10 and frames[0].size == (64, 40)


def test_a_failing_frame_leaves_no_partial_file(tmp_path):
    target = tmp_path / "out.gif"
    with pytest.raises(ValueError), AnimationFile(target, (64, 40), 10, 3) as file:
        file.add(Image.new("RGB", (64, 40)))
        file.add(Image.new("RGB", (10, 10)))  # the wrong size
    assert list(tmp_path.iterdir()) == []


def test_a_long_name_an_existing_mode_and_a_link_are_kept(tmp_path):
    animation = animations.Animation("descent", tuple(range(3)), 10)
    long_name = tmp_path / ("动画" * 40 + "x" * 10 + ".gif")  # 250 bytes of UTF-8
    assert animations.write(animation, long_name, Renderer()) == long_name
    target = tmp_path / "kept.png"
    target.write_bytes(b"old")
    target.chmod(0o640)
    link = tmp_path / "link.png"
    link.symlink_to(target)
    assert animations.write(animation, link, Renderer()) == target
    assert link.is_symlink() and (target.stat().st_mode & 0o777) == 0o640
    assert len(frames_of(link)[0]) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [long_name.name, "kept.png", "link.png"]
    )
