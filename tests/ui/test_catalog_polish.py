"""What a room reads on the Catalog, in both languages and both modes: no English left on the
Chinese pages, and Table 3-1's formulas never broken across lines."""

from __future__ import annotations

import dataclasses
import itertools
import re

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF, QTextBoundaryFinder
from PySide6.QtGui import QFontMetricsF, QTextDocumentFragment, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractButton, QLabel

from lossstudio.ui import appearance, i18n, layout_check
from lossstudio.ui.catalog.table31 import FORMULAS
from lossstudio.ui.tab import PLACEHOLDER
from tests.ui import mouse


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
    """(term, start, end) of each |a − y| or (a − y)² term of a sum."""
    pattern = r"\|\u2060?[^|+]+\||\([^()+]+\)²"
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
        assert len(terms) == 3, text
        assert not _broken_inside(text, terms), text


# --- 4. Figure 3-1's step labels keep apart --------------------------------------------------
@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize(
    "size, presenting", [((1024, 768), False), ((1280, 720), True), ((1920, 1080), True)]
)
@pytest.mark.slow
def test_figure_3_1_step_labels_never_touch(window, language, size, presenting):
    """x3 .. x5 crowd in where the steps shrink near the minimum: every label shown keeps
    clear of the others, at the presentation font too, for the chapter's walk and others."""
    window.set_language(language)
    window.set_presenting(presenting, full_screen=False)
    window.resize(*size)
    window.show_tab("catalog")
    catalog = window.pages["catalog"]
    catalog.show_page("descent")
    page = catalog.descent
    default = catalog.state()
    try:
        for rate, steps in ((0.2, 5), (0.3, 5), (0.1, 5), (0.2, 50)):
            catalog.set_state(dataclasses.replace(default, learning_rate=rate, steps=steps))
            layout_check.settle()
            shown = [tag for tag in page.tags if tag.isVisible()]
            assert shown[0].toPlainText() == "x₀" and len(shown) >= 3
            rects = sorted((tag.sceneBoundingRect() for tag in shown), key=lambda r: r.left())
            for left, right in itertools.pairwise(rects):
                assert not left.intersects(right), (rate, steps, left, right)
    finally:
        catalog.set_state(default)


def _ink(tag) -> QRectF:
    """Where a step label's glyphs are, in scene coordinates."""
    metrics = QFontMetricsF(tag.textItem.font())
    box = tag.sceneBoundingRect()
    margin = tag.textItem.document().documentMargin()
    text = tag.toPlainText()
    return metrics.tightBoundingRect(text).translated(
        box.left() + margin, box.top() + margin + metrics.ascent()
    )


@pytest.mark.parametrize("size, presenting", [((1280, 720), True), ((1280, 600), True)])
def test_figure_3_1_step_labels_stay_off_the_points(window, size, presenting):
    """On a short plot (a lesson's bar above it, at the presentation scale) the labels sat
    over the points near the minimum; the plot's foot now leaves them room below the points."""
    window.set_presenting(presenting, full_screen=False)
    window.resize(*size)
    window.show_tab("catalog")
    catalog = window.pages["catalog"]
    catalog.show_page("descent")
    layout_check.settle()
    page = catalog.descent
    box = page.plot.getPlotItem().getViewBox()
    radius = page.points.opts["symbolSize"] / 2 + 1  # the marker and its outline
    markers = []
    for x, y in zip(*page.points.getData(), strict=True):
        centre = box.mapViewToScene(pg.Point(x, y))
        markers.append(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius))
    shown = [tag for tag in page.tags if tag.isVisible()]
    assert len(shown) >= 4
    view = box.mapRectToScene(box.boundingRect())
    for tag in shown:
        ink = _ink(tag)
        assert view.contains(ink), (tag.toPlainText(), ink, view)  # above the axis
        for marker in markers:
            assert not ink.intersects(marker), (tag.toPlainText(), ink, marker)


# --- 6. the One loss plot on lesson step 4 ---------------------------------------------------
@pytest.fixture
def step_4(window):
    """Lesson step 4 (the One loss page, its loss hidden) presenting at scale 1.35 on a
    1280x720 window, as on a 720-line projector with the lesson bar."""
    window.set_presenting(True, full_screen=False)
    assert window.lessons.open("chapter3", step=4)
    window.set_scale(1.35)
    window.resize(1280, 720)
    layout_check.settle()
    yield window.pages["catalog"].single
    window.lessons.close()
    layout_check.settle()


def test_lesson_step_4_leaves_the_one_loss_plot_its_height(window, step_4):
    """The readouts under the plot took its height (its curve was 70 px tall): beside it on a
    wide page they leave the plot most of the page, in both languages."""
    page = step_4
    for language in ("en", "zh"):
        window.set_language(language)
        layout_check.settle()
        box = page.plot.getPlotItem().getViewBox()
        assert box.height() >= 180, (language, box.height())
        assert page.plot.height() >= 0.55 * page.height(), (page.plot.height(), page.height())
        assert page.top.wide  # the readouts beside the plot
        for readout in (page.loss_title, page.loss_value, page.slope_title, page.slope_value):
            assert readout.isVisible() and not layout_check._widget_problems(readout), readout


def test_lesson_step_4_gives_the_hidden_loss_away_nowhere(window, step_4):
    """With the loss hidden the slope note said "2(a − y) = 2" beside the slope's "?"."""
    page = step_4
    assert page.loss_value.text() == page.slope_value.text() == PLACEHOLDER
    note = page.slope_note.text()
    assert "2(a − y) = ?" in note and "a − y = ?" in note and "= 2" not in note, note
    window.lessons.controller.forward()  # reveals the loss
    layout_check.settle()
    assert page.slope_value.text() == "2" and "2(a − y) = 2" in page.slope_note.text()


def test_the_plot_stays_put_under_a_drag_with_the_readouts_beside_it(window, step_4):
    """The readouts beside the plot are as wide as the widest value: dragging a from 2 to −1
    (loss 1 -> 4, slope 2 -> −4) moved neither the plot nor the curve under the pointer."""
    page = step_4
    window.lessons.controller.forward()  # reveal: the values show
    layout_check.settle()
    assert page.top.wide
    before = page.plot.geometry()
    mouse.drag(page.plot, page.plot.getPlotItem(), (2.0, 1.0), (-1.0, 4.0))
    assert page.plot.geometry() == before
    assert window.pages["catalog"].state().prediction == pytest.approx(-1.0, abs=0.05)
