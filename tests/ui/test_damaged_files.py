"""Damaged CSV files through the Regression tab: a clear message, the current data kept.

(Damaged scene files through the main window: tests/ui/test_scenes_undo_export.py.)
"""

from __future__ import annotations

import dataclasses

import pytest

from lossstudio.model import csv_data

BAD_CSV = {
    "truncated": (b"x,y\n1,2\n3,4\n5,", "line 4"),
    "wrong_header": (b"w,b\n1,2\n3,4\n", "must be “x,y”"),
    "wrong_types": (b"x,y\n1,2\n3,four\n", "is not a number"),
    "not_finite": (b"x,y\n1,2\n3,1e400\n", "not a finite number"),
    "three_columns": (b"x,y\n1,2,3\n3,4\n", "exactly two values"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
    "not_utf8": ("x,y\n1,2\n3,4 # café\n".encode("latin-1"), "not UTF-8"),
    "empty": (b"", "empty"),
    "one_point": (b"x,y\n1,2\n", "at least 2"),
}


@pytest.mark.parametrize("name", sorted(BAD_CSV))
def test_a_damaged_csv_gives_a_message_and_keeps_the_data(window, tmp_path, name):
    content, words = BAD_CSV[name]
    path = tmp_path / f"{name}.csv"
    path.write_bytes(content)
    window.show_tab("regression")
    tab = window.pages["regression"]
    before, depth = tab.state(), window.undo_stack.count()
    assert not tab.load_csv(str(path))
    assert tab.state() == before and window.undo_stack.count() == depth
    text = tab.message.text()
    assert tab.message.isVisible() and words in text and "current data are kept" in text


def test_a_very_large_csv_is_refused_before_it_is_read(window, tmp_path, monkeypatch):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as stream:
        stream.truncate(csv_data.MAX_BYTES + 1)  # sparse: nothing is written
    tab = window.pages["regression"]  # built (reading its formula) before reading is refused
    import pathlib

    def no_reading(self, *args, **kwargs):
        raise AssertionError(f"{self} was opened")

    monkeypatch.setattr(pathlib.Path, "open", no_reading)
    monkeypatch.setattr(pathlib.Path, "read_bytes", no_reading)
    before = tab.state()
    assert not tab.load_csv(str(path))
    assert tab.state() == before
    assert "larger than 20 MB" in tab.message.text()


def test_a_banner_about_the_data_goes_when_undo_brings_other_data_back(window, tmp_path):
    """ "Loaded 3 points." stayed over the chapter's 50 after Ctrl+Z; moving the line keeps it."""
    window.show_tab("regression")
    tab = window.pages["regression"]
    path = tmp_path / "three.csv"
    path.write_text("x,y\n0,1\n1,2\n2,2.5\n", encoding="utf-8")
    assert tab.load_csv(str(path))
    assert tab.message.isVisible() and "Loaded 3 points" in tab.message.text()
    tab.apply(dataclasses.replace(tab.state(), w=0.25))
    assert tab.message.isVisible()  # the line moved, the data are those it speaks of
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert tab.state().m == 50 and not tab.message.isVisible()
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"x,y\n1,2\n3,four\n")
    assert not tab.load_csv(str(bad))
    assert tab.message.isVisible()  # "… The current data are kept." of the 50 on show
    tab.add_point_at(0.5, 3.0)
    assert not tab.message.isVisible()
