"""Damaged CSV files through the Regression tab: a clear message, the current data kept.

(Damaged scene files through the main window: tests/ui/test_scenes_undo_export.py.)
"""

from __future__ import annotations

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
