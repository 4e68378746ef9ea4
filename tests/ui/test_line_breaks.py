"""Where titles and axis labels break: never before a closing mark nor after an opening one."""

import pytest

from lossstudio.ui.line_breaks import break_lines


@pytest.mark.parametrize("room", range(4, 20))
def test_a_chinese_title_never_starts_a_line_with_a_closing_mark(room):
    title = "二分类交叉熵（图3-10）：拖动学员"
    lines = break_lines(title, room, len)
    assert "".join(lines) == title
    for line in lines[1:]:
        assert line[0] not in "）：，。、；"
    for line in lines[:-1]:
        assert line[-1] not in "（"
        assert not line.startswith("3-10")  # 图3-10 is one piece


def test_english_breaks_at_spaces_only():
    lines = break_lines("Binary cross-entropy (Figure 3-10): drag the students", 20, len)
    assert lines == ["Binary cross-entropy", "(Figure 3-10): drag", "the students"]


def test_no_letter_is_left_alone_on_the_last_line():
    """Descent's "Line z = w x + b" at presentation size left "b" alone under it."""
    assert break_lines("Line z = w x + b", 14, len) == ["Line z = w x", "+ b"]
    assert break_lines("Line z = w x + b", 16, len) == ["Line z = w x + b"]


@pytest.mark.parametrize("room", range(3, 16))
def test_no_chinese_character_is_left_alone_on_the_last_line(room):
    title = "样本、直线 z = w x + b 及其残差"
    lines = break_lines(title, room, len)
    assert "".join(lines).replace(" ", "") == title.replace(" ", "")
    if len(lines) > 1:
        assert len(lines[-1]) > 1, lines


def test_a_formula_made_unbroken_stays_whole_in_a_title():
    """The Descent inset's title broke as "Line z = w x" / "+ b" in presentation at 1280x720:
    its formula now has no-break spaces, and a title breaks only outside it."""
    from lossstudio.ui.line_breaks import keep_whole

    title = keep_whole("Line z = w x + b", ["z = w x + b"])
    assert break_lines(title, 14, len) == ["Line", "z\u00a0=\u00a0w\u00a0x\u00a0+\u00a0b"]
    assert break_lines(keep_whole("直线 z = w x + b", ["z = w x + b"]), 12, len)[-1].startswith("z")
