"""No step of the built-in lesson gives away an answer that a later step (or the step itself,
before its reveal) asks for: not in a readout, a table, a plot's text, the caption, the notes
or a covered readout's own formula."""

from __future__ import annotations

import re

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QLineEdit, QTableWidget

from lossstudio.model import lesson as model
from lossstudio.ui import i18n
from lossstudio.ui.lesson.controller import read_lesson
from lossstudio.ui.tab import PLACEHOLDER

CHAPTER = read_lesson("chapter3")
TAGS = re.compile(r"<[^>]+>")
NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    i18n.set_language("en")


def screen(tab) -> dict:
    """What the tab shows: {(widget, cell): plain text}."""
    out = {}
    for label in tab.findChildren(QLabel):
        if label.isVisibleTo(tab) and label.text():
            out[(id(label), None)] = TAGS.sub("", label.text())
    for field in (*tab.findChildren(QLineEdit), *tab.findChildren(QAbstractSpinBox)):
        if field.isVisibleTo(tab):
            out[(id(field), None)] = field.text()
    for table in tab.findChildren(QTableWidget):
        if not table.isVisibleTo(tab):
            continue
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                hidden = table.isRowHidden(row) or table.isColumnHidden(column)
                if item is not None and not hidden:
                    out[(id(table), (row, column))] = item.text()
    for view in tab.findChildren(pg.GraphicsView):
        if view.isVisibleTo(tab):
            for item in view.scene().items():
                if isinstance(item, pg.TextItem) and item.isVisible():
                    out[(id(item), None)] = item.toPlainText()
    return out


def value(text: str) -> str:
    return text.rsplit("=", 1)[1].strip() if "=" in text else text.strip()


def decimals(number: str) -> int:
    return len(number.split(".", 1)[1]) if "." in number else 0


def numbers_match(shown: str, answer: str, least: int) -> bool:
    """``shown`` is ``answer`` (a number) as printed, perhaps rounded to 2 or more decimals."""
    if not NUMBER.fullmatch(answer) or decimals(answer) < least:
        return False
    places = decimals(shown)
    return (
        places >= 2 and places <= decimals(answer) and round(float(answer), places) == float(shown)
    )


def gives_away(text: str, answer: str, least: int) -> bool:
    if len(answer.split()) >= 6:  # a sentence
        return answer in text
    return any(numbers_match(token, answer, least) for token in NUMBER.findall(text))


def walk(window):
    """Every position of the lesson: (position, tab screen, caption, notes)."""
    controller = window.lessons.controller
    for index, step in enumerate(CHAPTER.steps):
        for revealed in range(len(step.reveal) + 1):
            controller.go(model.Position(index, revealed), enter=revealed == 0)
            yield (
                model.Position(index, revealed),
                screen(window.current_tab()),
                controller.caption(),
                controller.notes(),
            )


@pytest.mark.parametrize("language", ["en", "zh"])
def test_no_step_gives_away_an_answer_asked_for_later(window, language):
    window.set_language(language)
    window.resize(1280, 720)
    assert window.lessons.open("chapter3")
    shown = list(walk(window))
    problems = []
    for at, before, caption, _notes in shown:
        step = CHAPTER.steps[at.step]
        if at.revealed or not step.reveal:
            continue
        after = next(s for p, s, _c, _n in shown if p == model.Position(at.step, len(step.reveal)))
        answers = {k: text for k, text in after.items() if before.get(k) != text and text.strip()}
        values = {value(text) for text in answers.values()}
        number = at.step + 1
        for answer in values:  # a question's caption never holds its answer
            if gives_away(caption, answer, 0):
                problems.append(f"step {number}'s caption gives its answer {answer!r}")
        uncovered = [text for text in before.values() if PLACEHOLDER not in text]
        others = {token for text in uncovered for token in NUMBER.findall(text)}
        for text in before.values():  # a covered readout keeps no answer in its formula
            if PLACEHOLDER in text:
                for token in NUMBER.findall(text):
                    if token in values and token not in others:
                        problems.append(f"step {number}: {text!r} shows the answer {token}")
        for earlier, seen, seen_caption, seen_notes in shown:
            if earlier.step >= at.step:
                break
            for key, text in answers.items():
                if seen.get(key) == text:
                    problems.append(f"step {earlier.step + 1} shows {text!r} of step {number}")
            for answer in values:
                for words in (seen_caption, seen_notes):
                    if gives_away(words, answer, 3):
                        problems.append(f"step {earlier.step + 1}'s words give {answer!r}")
    assert not problems, "\n".join(sorted(set(problems)))
