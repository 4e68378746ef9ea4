"""The Qt-free side of recording: frame counts and times, the history of states, the race
and Figure 3-1 walk as states, and the messages for settings that cannot be used."""

import dataclasses
import itertools

import pytest

from lossstudio.model import recording
from lossstudio.model.catalog import CatalogState
from lossstudio.model.descent import DescentState
from lossstudio.model.recording import History, RecordingError


def test_frame_count_and_durations_add_up_without_drift():
    assert recording.frame_count(20, 10) == 200
    assert recording.frame_count(30, 0.01) == 1
    gif = recording.durations_ms(30, 90, 10)
    assert sum(gif) == 3000 and set(gif) == {30, 40}
    assert sum(recording.durations_ms(20, 200)) == 10_000
    assert recording.frame_times(4, 3) == [0.0, 0.25, 0.5]


@pytest.mark.parametrize(
    ("width", "fps", "seconds", "words"),
    [
        (100, 20, 5, "width 100"),
        (1280.5, 20, 5, "width 1280.5"),
        (True, 20, 5, "width True"),
        (1280, 0, 5, "frame rate 0"),
        (1280, 51, 5, "frame rate 51"),
        (1280, float("nan"), 5, "frame rate nan"),
        (1280, 20, -1, "duration -1"),
        (1280, 20, 1e9, "duration"),
        (1280, 50, 100, "5000 frames; at most 3000"),
    ],
)
def test_settings_that_cannot_be_used_are_named(width, fps, seconds, words):
    with pytest.raises(RecordingError, match=words.replace(".", r"\.")):
        recording.check_settings(width, fps, seconds)


def test_good_settings_and_formats():
    settings = recording.check_settings(1280, 20, 10)
    assert settings.frames == 200
    assert [recording.format_of(n) for n in ("a.GIF", "b.png", "c.apng", "d.webp")] == [
        "gif",
        "apng",
        "apng",
        "webp",
    ]
    with pytest.raises(RecordingError, match=r"must end in \.gif"):
        recording.format_of("movie.mp4")


def test_history_slices_hold_the_state_in_effect_at_the_start():
    history = History(keep_seconds=100)
    for time, value in ((0.0, "a"), (1.0, "b"), (2.5, "c"), (4.0, "d")):
        history.add("regression", value, time)
    assert history.slice("regression", 2.0, 3.0) == [(0.0, "b"), (0.5, "c")]
    assert history.slice("regression", 0.0, 10.0)[-1] == (4.0, "d")
    assert history.slice("descent", 0.0, 1.0) == []
    assert history.changes("regression", 0.0, 4.0) == 3
    times = recording.frame_times(2, 9)  # 0, 0.5, ..., 4.0
    states = recording.states_at(history.slice("regression", 0.0, 4.0), times)
    assert "".join(states) == "aabbbcccd"


def test_history_forgets_old_states_but_keeps_the_one_in_effect():
    history = History(keep_seconds=10)
    for time in range(100):
        history.add("catalog", time, float(time))
    assert history.earliest_time("catalog") == 89.0  # in effect at 99 - 10 = 89
    assert history.slice("catalog", 89.5, 99)[0] == (0.0, 89)
    assert history.latest("catalog") == 99


def test_race_states_play_from_iteration_zero_at_the_race_speed():
    state = dataclasses.replace(DescentState(), speed=20.0, iteration=57, playing=True)
    frames = recording.race_states(state, last_iteration=30, fps=10, count=25)
    assert len(frames) == 25
    assert [f.iteration for f in frames[:4]] == [0, 2, 4, 6]
    assert frames[0].playing is False  # before Play
    assert all(f.playing for f in frames[1:15]) and frames[15].iteration == 30
    assert not any(f.playing for f in frames[15:])  # over: paused on the last step
    assert recording.race_seconds(20.0, 30) == pytest.approx(1.5 + recording.HOLD_SECONDS)


def test_walk_states_step_at_the_pages_own_pace():
    frames = recording.walk_states(CatalogState(steps=3), steps=3, fps=10, count=20)
    assert [f.steps for f in frames[::5]] == [0, 1, 2, 3]
    assert frames[-1].steps == 3
    assert recording.walk_seconds(3) == pytest.approx(3 * 0.45 + recording.HOLD_SECONDS)


def test_history_keeps_one_state_per_fiftieth_of_a_second():
    history = History()
    history.add("regression", "start", 0.0)
    for index in range(1, 201):  # a drag at 200 frames a second for a second
        history.add("regression", index, 1.0 + index / 200)
    samples = history.slice("regression", 0.0, 3.0)
    assert len(samples) <= 1 + 50 + 1
    assert samples[0] == (0.0, "start") and samples[-1][1] == 200


def test_glide_eases_the_line_into_the_best_fit():
    from lossstudio.model.regression import default_state

    state = default_state()
    frames = recording.glide_states(state, (3.0, 1.0), fps=10, count=40)
    ws = [f.w for f in frames]
    assert ws[0] == state.w and ws[30:] == [3.0] * 10 and frames[-1].b == 1.0
    steps = [b - a for a, b in itertools.pairwise(ws[:31])]
    assert all(s > 0 for s in steps) and steps[15] > 5 * steps[0]  # slow, fast, slow
    assert frames[15].x is state.x  # the points are shared, not copied
    assert recording.glide_seconds() == recording.GLIDE_SECONDS + recording.HOLD_SECONDS


def test_history_of_big_point_drags_stays_within_its_byte_budget():
    from lossstudio.model.regression import RegressionState

    x = tuple(float(i) for i in range(10_000))
    state = RegressionState(x=x, y=x)
    history = History(max_bytes=10 * 10_000 * 32)  # room for ten new y tuples
    history.add("regression", state, 0.0)
    for index in range(1, 101):  # a point dragged: a new y tuple every frame
        y = (float(index), *x[1:])
        history.add("regression", dataclasses.replace(state, y=y), index * 0.1)
    assert history.bytes <= 10 * 10_000 * 32 and len(history) <= 11
    assert history.latest("regression").y[0] == 100.0
    line = History()
    for index in range(100):  # the line dragged: the points are shared, nothing to count
        line.add("regression", dataclasses.replace(state, w=index / 10), index * 0.1)
    assert line.bytes == 2 * 10_000 * 32 and len(line) == 100  # the first state's x and y
