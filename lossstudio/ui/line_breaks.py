"""Where a plot's title or axis label may break into lines, in English and in Chinese.

Qt-free text logic: :func:`tokens` cuts a text into the pieces a line may break between (words,
spaces, single Chinese characters; closing marks glued to what precedes them, opening marks to
what follows, 图3-10 kept whole) and :func:`break_lines` fills greedy lines no wider than the
room, with the width measured by the caller (``ui/style.py`` measures with the plot's font).
"""

from __future__ import annotations

import re

#: where a title may break: at spaces, and between Chinese characters or full-width marks
#: (not at a no-break space: :func:`unbroken` formulas stay whole in a plot's title too)
_BREAKS = re.compile(
    r"[^\S\u00a0]+|[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]"
    r"|(?:[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]|\u00a0)+"
)


#: marks that never begin a line (closing brackets, colons, commas, stops) and that never end one
#: (opening brackets): a break there would leave "）：" alone at the start of a line
_NO_START = set("）)］]】」』〉》，,、。.：:；;！!？?%…·")
_NO_END = set("（(［[【「『〈《")


def tokens(text: str) -> list[str]:
    """The pieces a line may break between: words, spaces and single Chinese characters, with
    closing marks glued to what comes before them, opening marks to what follows, and a figure's
    number to its 图 / 表 / 式."""
    tokens: list[str] = []
    glue_next = False
    for token in _BREAKS.findall(text):
        figure = token[0].isdigit() and tokens and tokens[-1][-1] in "图表式"  # 图3-10 whole
        if tokens and not token.isspace() and (glue_next or figure or token[0] in _NO_START):
            tokens[-1] += token
        else:
            tokens.append(token)
        glue_next = token[-1] in _NO_END
    return tokens


def break_lines(text: str, room: float, width) -> list[str]:
    """``text`` in greedy lines no wider than ``room`` where it can break (``width(line)``
    measures a line); a single word wider than ``room`` keeps a line of its own."""
    lines: list[str] = []
    for token in tokens(text):
        if not lines:
            lines = [token.lstrip()]
        elif token.isspace() or width(lines[-1] + token) <= room:
            lines[-1] += token
        else:
            lines[-1] = lines[-1].rstrip()
            lines.append(token)
    return _no_orphan(lines)


_CJK = re.compile(r"[\u2e80-\u9fff]")


def _no_orphan(lines: list[str]) -> list[str]:
    """A last line of one Chinese character ("残<br>差") takes the character before it along,
    and a last line of one letter or sign ("Line z = w x +<br>b") the word before it (the
    line above only gets shorter, so it still fits)."""
    if len(lines) < 2 or len(lines[-1]) != 1:
        return lines
    if not _CJK.match(lines[-1]):
        words = lines[-2].split(" ")
        if len(words) < 3 or len(words[-1]) > 3:  # a short word (a sign) moves; two stay above
            return lines
        return [*lines[:-2], " ".join(words[:-1]).rstrip(), words[-1] + " " + lines[-1]]
    above = lines[-2]
    if len(above) < 3 or not _CJK.match(above[-1]):
        return lines
    return [*lines[:-2], above[:-1].rstrip(), above[-1] + lines[-1]]


#: Qt breaks a line after a vertical bar ("Σ|" then "a − y|"): a word joiner after it holds on
_WORD_JOINER = "\u2060"


def unbroken(formula: str) -> str:
    """``formula`` with no place a line may break inside it: no-break spaces for its spaces
    and a word joiner after each ``|`` (Unicode lets a line break after a bar)."""
    return formula.replace(" ", "\u00a0").replace("|", "|" + _WORD_JOINER)


def keep_whole(text: str, formulas) -> str:
    """``text`` with every one of ``formulas`` in it made :func:`unbroken` (longest first, so
    that a formula inside a longer one is kept whole with it)."""
    for formula in sorted(formulas, key=len, reverse=True):
        text = text.replace(formula, unbroken(formula))
    return text
