"""File > Record animation in the window: record the current tab until stopped, the last
seconds, the race and the walk straight from their pages; progress with Cancel, and messages
that are true (no "saved" unless the file is there)."""

import dataclasses
import itertools

import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

from lossstudio.ui.record import controller as record_controller
from lossstudio.ui.record.dialogs import ExportDialog
from lossstudio.ui.record.renderer import FrameRenderer

#: in the slow stage (`pytest -m slow`, which .ci/run runs): the default suite stays about
#: five minutes
pytestmark = pytest.mark.slow


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock(window):
    fake = Clock()
    fake.now -= 60  # the window opened a minute ago
    window.record.recorder = window.record.new_recorder(fake)
    fake.now += 60
    return fake


@pytest.fixture
def answers(monkeypatch, tmp_path):
    """The dialogs answered: the export dialog's values, the file name."""
    chosen = {"width": 800, "fps": 10, "seconds": None, "kind": "gif", "path": None}

    def exec_dialog(dialog):
        dialog.kind.setCurrentIndex(["gif", "apng", "webp"].index(chosen["kind"]))
        dialog.width_box.setValue(chosen["width"])
        dialog.fps_box.setValue(chosen["fps"])
        if chosen["seconds"] is not None:
            dialog.seconds_box.setValue(chosen["seconds"])
        chosen["dialog_text"] = dialog.what.text()
        chosen["summary"] = dialog.summary.text()
        return ExportDialog.DialogCode.Accepted

    def save_name(*args, **kwargs):
        return str(chosen["path"] or tmp_path / "out"), ""

    monkeypatch.setattr(ExportDialog, "exec", exec_dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    return chosen


def frames_of(path):
    with Image.open(path) as image:
        out = []
        for index in range(image.n_frames):
            image.seek(index)
            out.append(image.convert("RGB"))
        return out


def fresh_frame(window, key, state, size, views=None):
    renderer = FrameRenderer(key, size, views=views)
    try:
        return renderer.render(state)
    finally:
        renderer.close()


def test_record_menu_items_are_in_the_file_menu(window):
    from PySide6.QtWidgets import QStatusBar

    assert window.findChildren(QStatusBar) == []  # no status bar until something needs it
    actions = window.file_menu.actions()
    assert window.record.record_action in actions and window.record.last_action in actions
    assert actions.index(window.record.last_action) < actions.index(window.quit_action)


def test_record_from_now_until_stopped(window, clock, answers, tmp_path):
    window.show_tab("regression")
    tab = window.pages["regression"]
    first = tab.state()
    window.record.record_action.trigger()  # start
    assert window.record.recorder.recording and window.record.badge.isVisible()
    assert "Regression" in window.record.badge.text()
    states = [dataclasses.replace(first, w=first.w + 0.5 * k) for k in range(1, 4)]
    for state in states:
        clock.now += 0.5
        tab.apply(state)
    clock.now += 1.0  # 2.5 s recorded
    answers["path"] = tmp_path / "line"
    answers["fps"] = 4
    answers["kind"] = "apng"  # no ending typed: the chosen format's
    window.record.record_action.trigger()  # stop: export
    assert not window.record.recorder.recording and not window.record.badge.isVisible()
    assert "2.5 s" in answers["dialog_text"]
    frames = frames_of(tmp_path / "line.png")
    assert len(frames) == 10 and frames[0].size == (800, 500)
    assert "Saved line.png: 10 frames, 800 × 500 pixels" in window.record.last_message
    # frame i at i / 4 s: the first line, then one step every 0.5 s (2 frames); drawn again
    # in that order by a window of their own (the data plot's range follows what it showed)
    reference = {0: first, 2: states[0], 4: states[1], 6: states[2], 9: states[2]}
    renderer = FrameRenderer("regression", frames[0].size)
    try:
        for index, state in reference.items():
            expected = renderer.render(state)
            assert ImageChops.difference(frames[index], expected).getbbox() is None, index
    finally:
        renderer.close()
    assert ImageChops.difference(frames[0], frames[2]).getbbox() is not None


def test_export_the_last_seconds(window, clock, answers, tmp_path):
    window.show_tab("catalog")
    tab = window.pages["catalog"]
    tab.pages.setCurrentWidget(tab.descent)  # Figure 3-1, where the steps show
    start = tab.state()
    for steps in (1, 2, 3):
        clock.now += 1.0
        tab.apply(dataclasses.replace(tab.state(), steps=steps))
    clock.now += 1.0
    answers.update(seconds=2.0, fps=5, kind="apng", path=tmp_path / "last.png")
    assert window.record.export_last()
    assert "1 change in" in answers["dialog_text"]  # at 2 s ago steps 2, then steps 3
    frames = frames_of(tmp_path / "last.png")
    assert len(frames) == 10
    renderer = FrameRenderer("catalog", (800, 500), views=record_controller.tab_views(tab))
    try:
        two = renderer.render(dataclasses.replace(start, steps=2))
        three = renderer.render(dataclasses.replace(start, steps=3))
    finally:
        renderer.close()
    assert ImageChops.difference(two, three).getbbox() is not None
    for index in range(5):  # 1 s of steps 2, then 1 s of steps 3
        assert ImageChops.difference(frames[index], two).getbbox() is None, index
        assert ImageChops.difference(frames[index + 5], three).getbbox() is None, index


def test_the_race_exports_from_its_button(window, answers, tmp_path):
    window.show_tab("descent")
    tab = window.pages["descent"]
    tab.set_state(dataclasses.replace(tab.state(), speed=100.0))
    answers.update(seconds=1.0, fps=10, path=tmp_path / "race.webp", width=640)
    assert window.findChild(type(tab.export_button), "descent.export_animation") is not None
    assert tab.export_button.export()
    frames = frames_of(tmp_path / "race.webp")
    assert len(frames) == 10 and frames[0].size == (640, 400)
    assert "race of 1 optimizer from" in answers["dialog_text"]


def test_the_walk_exports_from_the_figure_3_1_page(window, answers, tmp_path):
    window.show_tab("catalog")
    tab = window.pages["catalog"]
    tab.pages.setCurrentWidget(tab.descent)
    tab.set_state(dataclasses.replace(tab.state(), steps=3))
    answers.update(fps=5, path=tmp_path / "walk.png")  # APNG: lossless, pixel for pixel
    assert tab.descent.export_button.export()
    frames = frames_of(tmp_path / "walk.png")
    assert len(frames) == round((3 * 0.45 + 1.0) * 5)
    views = record_controller.tab_views(tab)
    expected = fresh_frame(window, "catalog", tab.state(), frames[0].size, views)
    assert ImageChops.difference(frames[-1], expected).getbbox() is None
    assert "3 steps," in answers["dialog_text"]
    assert ImageChops.difference(frames[0], frames[-1]).getbbox() is not None  # Figure 3-1 shown


def test_cancel_in_the_progress_dialog_writes_nothing(window, answers, tmp_path):
    window.show_tab("descent")
    answers.update(seconds=5.0, fps=20, path=tmp_path / "race.gif")
    seen = []

    def cancel():
        progress = window.findChild(QProgressDialog, "record.progress")
        if progress is not None and progress.isVisible() and progress.value() >= 3:
            seen.append(progress.labelText())
            progress.cancel()
        else:
            QTimer.singleShot(5, cancel)

    QTimer.singleShot(0, cancel)
    assert not window.pages["descent"].export_button.export()
    assert seen and "100 frames" in seen[0]
    assert list(tmp_path.iterdir()) == []
    assert window.record.last_message == "Export cancelled: nothing was written."


def test_an_unwritable_target_says_so_and_not_saved(window, answers, tmp_path):
    window.show_tab("descent")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    answers.update(seconds=0.5, path=blocker / "race.gif")
    assert not window.pages["descent"].export_button.export()
    assert window.last_message == "The animation could not be saved."
    assert "part of the path is a file, not a folder." in window.record.last_detail
    assert "Saved" not in window.statusBar().currentMessage()
    assert blocker.read_text() == "x"
    QApplication.processEvents()


def test_the_dialog_refuses_what_cannot_be_written(window):
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = ExportDialog(
        window, describe=lambda s: f"{s:.1f}", seconds=10, max_seconds=300, width=1280, aspect=0.625
    )
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled() and "200 frames of 1280 × 800 pixels" in dialog.summary.text()
    dialog.kind.setCurrentIndex(2)  # WebP: every frame in memory, 1280 x 800 x 3 x 200 = 586 MB
    assert save.isEnabled()
    dialog.width_box.setValue(3840)  # 2400 px high: 5.3 GB
    assert not save.isEnabled() and "keeps every frame in memory" in dialog.summary.text()
    dialog.kind.setCurrentIndex(0)  # GIF: frame by frame
    assert save.isEnabled()
    dialog.fps_box.setValue(50)
    dialog.seconds_box.setValue(100)
    assert not save.isEnabled() and "5000 frames is too many: at most 3000" in dialog.summary.text()
    assert dialog.what.text() == "100.0"


def test_drag_frames_and_playback_are_recorded(window, clock, answers, tmp_path):
    """From the session's changed signal: every preview frame of a drag and every tick of a
    playing race is a state of the recording (the undo stack holds only the finished ones)."""
    if getattr(window, "session", None) is None:
        pytest.skip("needs window.session (issue 12)")
    window.show_tab("regression")
    tab = window.pages["regression"]
    first = tab.state()
    window.record.start()
    for k in (1, 2, 3):  # one drag, three frames: one undo step
        clock.now += 0.5
        tab.preview(dataclasses.replace(first, w=first.w + 0.4 * k))
    clock.now += 0.5
    tab.finish()
    answers.update(fps=2, kind="apng", path=tmp_path / "drag.png")
    assert window.record.stop()
    frames = frames_of(tmp_path / "drag.png")
    assert len(frames) == 4  # 2 s at 2 fps: the first line, then frames 1, 2 and 3 of the drag
    assert all(ImageChops.difference(a, b).getbbox() for a, b in itertools.pairwise(frames))

    window.show_tab("descent")
    race = window.pages["descent"]

    class RaceClock:  # the race steps by its QElapsedTimer: give it the test's clock
        origin = 0.0

        def start(self):
            self.origin = clock.now

        def elapsed(self):
            return int((clock.now - self.origin) * 1000)

    race.clock = RaceClock()
    window.record.start()
    race.toggle_play()
    for _ in range(4):
        clock.now += 0.25
        race.timer.timeout.emit()
    race.toggle_play()
    answers.update(fps=4, path=tmp_path / "race.png")
    assert window.record.stop()
    frames = frames_of(tmp_path / "race.png")
    assert len(frames) == 4
    assert all(ImageChops.difference(a, b).getbbox() for a, b in itertools.pairwise(frames))


def test_a_recording_replays_the_inner_pages_it_switched(window, clock, answers, tmp_path):
    """Issue 18: the inner page is not part of a tab's state, so a recording that went from
    the students to Table 3-2 to "Why not MSE?" replayed all of it on the last page shown.
    The page on show is its own stream in the history now, and each frame shows its page."""
    window.show_tab("classification")
    tab = window.pages["classification"]
    state = tab.state()
    window.record.record_action.trigger()  # start on the students page
    clock.now += 1.0
    tab.show_page("information")  # as the page's tab bar does
    clock.now += 1.0
    tab.panels.setCurrentIndex(2)  # why not MSE, clicked on its tab
    moved = dataclasses.replace(state, z=state.z + 1.0)
    tab.apply(moved)
    clock.now += 1.0
    answers.update(fps=2, kind="apng", path=tmp_path / "pages.png")
    window.record.record_action.trigger()  # stop: export 3 s at 2 fps
    frames = frames_of(tmp_path / "pages.png")
    assert len(frames) == 6
    renderer = FrameRenderer("classification", frames[0].size)
    try:
        renderer.prepare([state], ["students"])  # laid out as the export was
        expected = [
            renderer.render(state, page="students"),
            renderer.render(state, page="information"),
            renderer.render(moved, page="why_not_mse"),
        ]
    finally:
        renderer.close()
    for index, frame in enumerate(frames):  # two frames a second, one page a second
        assert ImageChops.difference(frame, expected[index // 2]).getbbox() is None, index
    pages = [ImageChops.difference(expected[0], other).getbbox() for other in expected[1:]]
    assert None not in pages  # three different pictures
    assert window.session.page("classification") == "why_not_mse"
