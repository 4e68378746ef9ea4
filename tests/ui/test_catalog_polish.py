"""What a room reads on the Catalog, in both languages and both modes: no English left on the
Chinese pages, and Table 3-1's formulas never broken across lines."""

from __future__ import annotations

import re

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QTextDocumentFragment, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractButton, QLabel

from lossstudio.ui import appearance, i18n, layout_check
from lossstudio.ui.catalog.table31 import FORMULAS


@pytest.fixture(scope="module")
def window(qapp):
    """One main window for the module (a window per test costs seconds each)."""
    from lossstudio.ui.fonts import install_fonts
    from lossstudio.ui.main_window import MainWindow

    install_fonts()
    win = MainWindow()
    win.resize(1440, 900)
    win.show()
    yield win
    win.close()
    win.deleteLater()


@pytest.fixture(autouse=True)
def _back_to_english(window):
    yield
    window.set_presenting(False)
    window.set_language("en")
    i18n.set_language("en")
    appearance.apply("light", appearance.NORMAL_SCALE)


def _plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


# --- 1. no English left on a Chinese page ----------------------------------------------------
#: a Latin word of three letters or more (one- and two-letter symbols are the chapter's: a, y,
#: ln, KL, ...)
WORD = re.compile(r"[A-Za-z]{3,}")
CJK = re.compile(r"[\u4e00-\u9fff]")
#: what stays in Latin letters in Chinese: the optimizers' names and the formula J = Σ loss
#: and ∂loss/∂z (the chapter writes "loss" as the symbol of a sample's loss)
KEPT = ("Adagrad", "Adam", "RMSprop", "Σ loss", "∂loss")


def _shown_texts(window):
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text():
            yield widget.objectName() or type(widget).__name__, _plain(widget.text())
    for view in window.findChildren(pg.GraphicsView):
        if not view.isVisible():
            continue
        for item in view.scene().items():
            if not item.isVisible():
                continue
            if isinstance(item, pg.AxisItem) and item.label.isVisible():
                yield f"{view.objectName()} axis", item.label.toPlainText()
            elif isinstance(item, pg.LabelItem) and item.text:
                yield f"{view.objectName()} label", _plain(item.text)
            elif isinstance(item, pg.TextItem):
                yield f"{view.objectName()} text", item.toPlainText()


def test_no_english_left_on_the_chinese_pages(window):
    """The Catalog's "loss =" readout stayed English in Chinese; every label, button and plot
    text of every page with a Latin word has Chinese in it too (a bilingual name such as
    "平方损失 Squared loss" is meant)."""
    window.set_language("zh")
    english = set()
    for page in layout_check.every_page(window):
        for name, text in _shown_texts(window):
            rest = text
            for kept in KEPT:
                rest = rest.replace(kept, "")
            if WORD.search(rest) and not CJK.search(text):
                english.add((page, name, text))
    assert not english, sorted(english)
    assert window.pages["catalog"].single.loss_title.text() == "损失 loss ="


# --- 3. Table 3-1's formulas stay whole ------------------------------------------------------
def _breaks(text: str) -> list[int]:
    """Where Qt's line breaker may end a line in ``text`` (the positions after each break)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    found = []
    position = finder.toNextBoundary()
    while position != -1:
        found.append(position)
        position = finder.toNextBoundary()
    return found


def _formula_spans(text: str) -> list[tuple[str, int, int]]:
    """(formula, start, end) of every formula of Table 3-1 in ``text``, with its glue."""
    glue = str.maketrans({"\u00a0": " ", "\u2060": None})
    spans = []
    for formula in FORMULAS:
        pattern = "".join(
            re.escape(char) + ("\u2060?" if char == "|" else "") if char != " " else "[ \u00a0]"
            for char in formula
        )
        for match in re.finditer(pattern, text):
            assert match.group().translate(glue) == formula
            spans.append((formula, match.start(), match.end()))
    return spans


def _term_spans(text: str) -> list[tuple[str, int, int]]:
    """(term, start, end) of each |a − y| or (a − y)² term of a sum and its " = value"."""
    pattern = r"\|\u2060?[^|+]+\||\([^()+]+\)²|[ \u00a0]=[ \u00a0]\S"
    return [(m.group(), m.start(), m.end()) for m in re.finditer(pattern, text)]


def _broken_inside(text: str, spans) -> list[str]:
    breaks = _breaks(text)
    return [what for what, start, end in spans if any(start < b < end for b in breaks)]


def _lines(label: QLabel) -> list[str]:
    """The lines Qt lays ``label``'s plain text out in at its width."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(label.contentsRect().width())
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("presenting", [False, True])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
def test_table_formulas_are_never_broken_across_lines(window, language, presenting, size):
    window.set_language(language)
    window.set_presenting(presenting, full_screen=False)
    window.resize(*size)
    catalog = window.pages["catalog"]
    window.show_tab("catalog")
    catalog.show_page("table")
    layout_check.settle()
    page = catalog.table
    for header in page.headers[2:]:
        spans = _formula_spans(header.text())
        assert spans, header.text()  # the Chinese keeps the formulas
        assert not _broken_inside(header.text(), spans), header.text()
        lines = _lines(header)
        for formula, _start, _end in spans:  # and laid out at its width, one line holds it
            glued = formula.replace(" ", "\u00a0").replace("|", "|\u2060")
            assert any(glued in line for line in lines), (formula, lines)
    verdict = page.verdict.text()
    assert _formula_spans(verdict) and not _broken_inside(verdict, _formula_spans(verdict))
    for label in page.sums.values():
        text = re.sub(r"<[^>]+>", "", label.text())  # toPlainText turns no-break spaces to spaces
        terms = _term_spans(text)
        assert len(terms) == 4, text  # three terms and " = value"
        assert not _broken_inside(text, terms), text
