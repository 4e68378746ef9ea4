"""The shipped Chinese font covers every translation, and install_fonts() makes it the fallback."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

from lossstudio.resources import resource_path
from lossstudio.ui.fonts import FONT_FILE, install_fonts

TRANSLATIONS = Path(resource_path("translations"))


def _translated_characters() -> dict[str, str]:
    """Every non-space character of every translation -> the first .ts file that uses it.

    (``QRawFont.supportsCharacter`` is given ``ord(char)``: PySide's ``str`` overload goes
    through a QChar and answers wrongly for CJK.)
    """
    found: dict[str, str] = {}
    for path in sorted(TRANSLATIONS.glob("*.ts")):
        for translation in ET.parse(path).getroot().iter("translation"):
            texts = [translation.text or ""]
            texts += [form.text or "" for form in translation.iter("numerusform")]
            for char in "".join(texts):
                if not char.isspace():
                    found.setdefault(char, path.name)
    return found


def test_font_and_licence_are_shipped():
    font = resource_path("fonts", FONT_FILE)
    assert font.stat().st_size < 1_000_000, "the subset should stay small"
    licence = resource_path("fonts", "LICENSE-WenQuanYi.txt").read_text(encoding="utf-8")
    assert "Apache License" in licence


def test_every_translated_character_is_in_the_shipped_font(qapp):
    raw = QRawFont(str(resource_path("fonts", FONT_FILE)), 12)
    assert raw.isValid()
    chars = _translated_characters()
    assert chars, "no translations found"
    missing = {c: where for c, where in chars.items() if not raw.supportsCharacter(ord(c))}
    assert not missing, (
        "the shipped font lacks "
        + ", ".join(f"{c!r} (U+{ord(c):04X}, {where})" for c, where in sorted(missing.items()))
        + ": rerun python tools/subset_font.py"
    )


def test_chapter_terms_and_punctuation_are_in_the_font(qapp):
    raw = QRawFont(str(resource_path("fonts", FONT_FILE)), 12)
    for char in "均方差交叉熵铰链损失梯度下降学习率函数，。：；（）０１２３４５６７８９．、":
        assert raw.supportsCharacter(ord(char)), char


def test_install_fonts_makes_the_font_the_fallback(qapp):
    family = install_fonts()
    assert family == "LossStudio CJK"
    assert family in QFontDatabase.families()
    assert install_fonts() == family  # idempotent
    app_font = QGuiApplication.font()
    assert app_font.families()[-1] == family
    assert app_font.families()[0] != family, "Latin text keeps the system font"
    # a default QFont (pyqtgraph's tick font) inherits the fallback
    assert family in QFont().families()
    for name in ("Sans Serif", "DejaVu Sans", app_font.families()[0]):
        assert family.lower() in [sub.lower() for sub in QFont.substitutes(name)], name
    raw = QRawFont.fromFont(QFont(family, 12))
    assert raw.supportsCharacter(ord("熵"))


@pytest.mark.parametrize("text", ["交叉熵", "学习率 η＝０．１"])
def test_chinese_is_drawn_with_real_glyphs(qapp, text):
    """Each Chinese character of the label maps to a real glyph (not .notdef) in some engine."""
    from PySide6.QtGui import QTextLayout

    install_fonts()
    layout = QTextLayout(text, QGuiApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs = [index for run in layout.glyphRuns() for index in run.glyphIndexes()]
    assert len(glyphs) >= len(text.replace(" ", "")) and 0 not in glyphs


def test_every_subscript_digit_has_the_size_and_line_of_the_others():
    """WenQuanYi has ₁-₄ only; the other subscript digits come from DejaVu Sans, and x₀ and x₅
    sat higher and smaller beside x₁-x₄ (Figure 3-1's steps, "Start x₀", the lesson)."""
    raw = QRawFont(str(resource_path("fonts", FONT_FILE)), 96.0)
    assert raw.isValid()
    own = raw.boundingRect(raw.glyphIndexesForString("₁")[0])
    for digit in "₀₂₃₄₅₆₇₈₉":
        box = raw.boundingRect(raw.glyphIndexesForString(digit)[0])
        assert abs(box.top() - own.top()) <= 3 and abs(box.bottom() - own.bottom()) <= 3, digit
        assert (
            abs(
                raw.advancesForGlyphIndexes(raw.glyphIndexesForString(digit))[0].x()
                - raw.advancesForGlyphIndexes(raw.glyphIndexesForString("₁"))[0].x()
            )
            < 1
        ), digit
