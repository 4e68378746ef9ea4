"""Sentences put together from translated pieces: a space between English ones, none after a
Chinese full stop ("不是有效的 JSON。 未做任何更改。" had a stray space)."""

from __future__ import annotations

from lossstudio.ui import i18n
from lossstudio.ui.i18n import sentences


def test_sentences_are_joined_as_each_language_writes_them():
    assert sentences(["It is not valid JSON.", "", "  Nothing was changed. "]) == (
        "It is not valid JSON. Nothing was changed."
    )
    assert sentences(["不是有效的 JSON。", "未做任何更改。"]) == "不是有效的 JSON。未做任何更改。"
    assert sentences([]) == ""


def test_a_damaged_scene_says_so_in_chinese_without_a_stray_space(window, tmp_path):
    path = tmp_path / "nan.csv"
    path.write_text("x,y\n1,2\n", encoding="utf-8")
    window.set_language("zh")
    try:
        window.scenes.open(str(path))
        assert window.statusBar().currentMessage() == (
            "该文件已损坏或不是场景文件：不是有效的 JSON。未做任何更改。"
        )
    finally:
        i18n.set_language("en")
