"""A name typed without its ending ("keep") saves "keep.json": when that file exists, the app
asks before replacing it (the save dialog asked only about "keep", which did not exist, and
the scene there was overwritten without a word)."""

from __future__ import annotations

import json

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.test_practice_unsaved import answer_file_dialog


def answer_replace_box(button, seen: list, tries: int = 250, live=(True,)) -> None:
    """Once the app's replace question is up, note its text and press ``button`` (until
    ``live`` is emptied: a poller left from one test must not answer the next one's box)."""
    if not live:
        return
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    boxes = [box for box in boxes if box.isVisible()]
    if not boxes:
        if tries:
            QTimer.singleShot(20, lambda: answer_replace_box(button, seen, tries - 1, live))
        return
    box = boxes[0]
    seen.append(box.text())
    box.button(button).click()
    QTimer.singleShot(2000, lambda: shiboken6.isValid(box) and box.reject())  # no hang


@pytest.mark.parametrize(
    ("answer", "replaced"),
    [(QMessageBox.StandardButton.No, False), (QMessageBox.StandardButton.Yes, True)],
)
def test_saving_a_scene_as_keep_asks_before_replacing_keep_json(window, tmp_path, answer, replaced):
    kept = tmp_path / "keep.json"
    window.show_tab("regression")
    window.scenes.save(str(kept), "regression")
    before = kept.read_bytes()
    window.show_tab("classification")
    seen: list[str] = []
    QTimer.singleShot(0, lambda: answer_file_dialog(tmp_path / "keep"))
    QTimer.singleShot(0, lambda: answer_replace_box(answer, seen))
    window.scenes.ask_save("classification")
    assert seen == ["“keep.json” already exists. Replace it?"]
    if replaced:
        assert json.loads(kept.read_text(encoding="utf-8"))["tab"] == "classification"
    else:
        assert kept.read_bytes() == before
    assert not (tmp_path / "keep").exists()


def test_a_new_name_without_its_ending_asks_nothing(window, tmp_path):
    seen: list[str] = []
    live = [True]
    QTimer.singleShot(0, lambda: answer_file_dialog(tmp_path / "fresh"))
    QTimer.singleShot(0, lambda: answer_replace_box(QMessageBox.StandardButton.No, seen, 50, live))
    window.scenes.ask_save("catalog")
    live.clear()
    assert seen == [] and (tmp_path / "fresh.json").is_file()


def test_the_csv_of_points_gets_its_ending_and_asks_too(window, tmp_path):
    (tmp_path / "points.csv").write_text("x,y\n0,0\n1,1\n", encoding="utf-8")
    window.show_tab("regression")
    seen: list[str] = []
    QTimer.singleShot(0, lambda: answer_file_dialog(tmp_path / "points"))
    QTimer.singleShot(0, lambda: answer_replace_box(QMessageBox.StandardButton.No, seen))
    window.pages["regression"]._ask_save()
    assert seen == ["“points.csv” already exists. Replace it?"]
    assert (tmp_path / "points.csv").read_text(encoding="utf-8") == "x,y\n0,0\n1,1\n"
