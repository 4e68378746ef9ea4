"""Lesson files: round trips, the built-in chapter 3 lesson, damaged files, walking."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from lossstudio.model import lesson as model
from lossstudio.model.catalog import CatalogState
from lossstudio.model.regression import default_state, with_line

ROOT = Path(__file__).resolve().parents[2]
BUILT_IN = ROOT / "resources" / "lessons" / "chapter3.json"
TYPES = model.state_types()


def small_lesson() -> model.Lesson:
    return model.Lesson(
        model.Text("Mine", "我的"),
        (
            model.Step(
                "regression",
                "contour",
                with_line(default_state(), 2.0, 2.5),
                model.Text("Line b", "直线 b"),
                (model.Text("Guess J", "猜 J"),),
                ("loss", "best_fit"),
                model.Text("0.164647", ""),
            ),
            model.Step("catalog", "table", CatalogState(), model.Text("Table", "表")),
        ),
    )


def test_round_trip_through_a_file(tmp_path):
    lesson = small_lesson()
    path = tmp_path / "mine.json"
    model.save(path, lesson)
    again = model.load(path, TYPES)
    assert again == lesson
    assert model.dumps(again) == path.read_text(encoding="utf-8")


def test_text_falls_back_to_the_other_language():
    assert model.Text("J", "").get("zh") == "J"
    assert model.Text("", "损失").get("en") == "损失"
    assert model.Text("loss", "损失").get("zh") == "损失"


def test_the_built_in_lesson_loads_and_matches_its_generator():
    lesson = model.load(BUILT_IN, TYPES)
    assert lesson.title.en == "Chapter 3: loss functions"
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_lesson", ROOT / "tools" / "make_lesson.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert model.dumps(tool.chapter3()) == BUILT_IN.read_text(encoding="utf-8")


def test_the_built_in_lesson_follows_the_chapter_in_order():
    lesson = model.load(BUILT_IN, TYPES)
    titles = [step.title.en for step in lesson.steps]
    wanted = [
        "the loss is a sum",
        "five steps",
        "six common",
        "Figure 3-1",
        "contour idea",
        "the formula",
        "Table 3-1",
        "(a) z = 2x + 2",
        "(b) z = 2x + 2.5",
        "(c) z = 2x + 3",
        "(d) z = 2x + 3.5",
        "derivative",
        "Figure 3-5",
        "Figure 3-6",
        "Figure 3-7",
        "Figure 3-8",
        "Table 3-2",
        "entropy",
        "KL divergence",
        "Figure 3-10",
        "students A and B",
        "students C and D",
        "Convexity",
        "The derivative",
        "THE END",
    ]
    at = 0
    for word in wanted:
        at = next(i for i in range(at, len(titles)) if word in titles[i]) + 1
    four = [s for s in lesson.steps if "Figures 3-3/3-4" in s.title.en]
    assert [s.state.b for s in four] == [2.0, 2.5, 3.0, 3.5]
    assert all(s.reveal == ("loss",) for s in four)
    notes = " ".join(s.notes.get(lang) for s in lesson.steps for lang in ["en", "zh"])
    # the chapter's slips, told to the lecturer (the captions ask, the reveals answer)
    assert "0.047890" in notes  # the contour centre's loss is not 0
    assert "随 p 减小而增大" in notes  # information grows as probability falls


def test_every_built_in_step_has_both_languages():
    for step in model.load(BUILT_IN, TYPES).steps:
        for text in (step.title, *step.lines):
            assert text.en and text.zh, step.title.en


def test_walking_reveals_then_moves_on():
    lesson = small_lesson()
    position = model.first(lesson)
    assert model.hidden(lesson, position) == {"loss", "best_fit"}
    position = model.forward(lesson, position)
    assert model.hidden(lesson, position) == {"best_fit"}
    position = model.forward(lesson, position)
    assert position == model.Position(0, 2) and not model.hidden(lesson, position)
    position = model.forward(lesson, position)
    assert position == model.Position(1, 0)
    assert model.forward(lesson, position) == position  # the end stays
    assert model.backward(lesson, position) == model.Position(0, 2)
    assert model.backward(lesson, model.Position(0, 1)) == model.Position(0, 0)
    assert model.backward(lesson, model.first(lesson)) == model.first(lesson)
    assert model.last(lesson) == model.Position(1, 0)
    assert model.jump(lesson, 1, revealed=True) == model.Position(0, 2)
    with pytest.raises(ValueError, match="has 2 steps"):
        model.jump(lesson, 3)


def _document() -> dict:
    return json.loads(model.dumps(small_lesson()))


def _broken(change) -> str:
    document = _document()
    change(document)
    return json.dumps(document)


@pytest.mark.parametrize(
    ("change", "kind", "words"),
    [
        (lambda d: d.update(format="lossstudio-scene"), "not_lesson", "format"),
        (lambda d: d.update(version=2), "version", "version 2"),
        (lambda d: d.update(steps=[]), "shape", "steps"),
        (lambda d: d["steps"][0].update(tab="kitchen"), "shape", "steps[0].tab"),
        (lambda d: d["steps"][0].update(page="students"), "shape", "page 'students'"),
        (lambda d: d["steps"][0].update(reveal=["star"]), "shape", "answer 'star'"),
        (lambda d: d["steps"][0].update(reveal=["loss", "loss"]), "shape", "twice"),
        (lambda d: d["steps"][0].update(lines=[{"en": "x"}] * 4), "shape", "4 caption lines"),
        (lambda d: d["steps"][0]["state"].update(w="two"), "shape", "steps[0].state"),
        (lambda d: d["steps"][0].pop("state"), "shape", "missing 'state'"),
        (lambda d: d["steps"][1].update(title={"en": 3}), "shape", "steps[1].title.en"),
        (lambda d: d["steps"][1].update(title={"fr": "x"}), "shape", "language 'fr'"),
        (lambda d: d["steps"][1].update(script="rm"), "shape", "unknown field 'script'"),
    ],
)
def test_damaged_lessons_say_where(change, kind, words):
    with pytest.raises(model.LessonFileError) as caught:
        model.loads(_broken(change), TYPES)
    assert caught.value.kind == kind
    assert words in str(caught.value)


def test_files_that_are_not_lessons(tmp_path):
    cases = {"text.json": b"not json {", "nan.json": b'{"format": NaN}', "bin.json": b"\x00\x01"}
    kinds = {}
    for name, raw in cases.items():
        (tmp_path / name).write_bytes(raw)
        with pytest.raises(model.LessonFileError) as caught:
            model.load(tmp_path / name, TYPES)
        kinds[name] = caught.value.kind
    assert kinds == {"text.json": "not_json", "nan.json": "not_json", "bin.json": "binary"}
    with pytest.raises(model.LessonFileError) as caught:
        model.load(tmp_path / "none.json", TYPES)
    assert caught.value.kind == "missing"


def test_a_step_checks_itself():
    with pytest.raises(ValueError, match="page"):
        model.Step("descent", "contour", None, model.Text("x"))
    with pytest.raises(ValueError, match="1 to"):
        model.Lesson(model.Text("x"), ())
    assert replace(small_lesson().steps[1], reveal=("table",)).reveal == ("table",)


def test_the_built_in_lesson_follows_the_glossary():
    from tests.test_glossary import BANNED_CHINESE, BANNED_ENGLISH, glossary_terms, missing_terms

    terms = glossary_terms()
    problems = []
    for step in model.load(BUILT_IN, TYPES).steps:
        for text in (step.title, *step.lines, step.notes):
            gaps = missing_terms(text.en, text.zh, terms)
            banned = [word for word, unless in BANNED_CHINESE.items() if word in text.zh]
            banned = [
                w
                for w in banned
                if BANNED_CHINESE[w] is None or not BANNED_CHINESE[w].search(text.en)
            ]
            banned += [word for word in BANNED_ENGLISH if word in text.en.lower()]
            if gaps or banned:
                problems.append(f"{text.en!r}: {gaps + banned}")
    assert not problems, "\n".join(problems)


def test_a_screen_shown_over_several_steps_keeps_the_later_steps_answers_hidden():
    """Steps that show the same tab, page and state one after another are one screen told
    in parts: an answer a later one reveals stays hidden on the earlier ones (Table 3-2's step
    gave away the entropy and KL of the next two); another screen in between ends that."""
    first, other = small_lesson().steps
    asks_best_fit = replace(first, reveal=("best_fit",), title=model.Text("Best fit", ""))
    moved = replace(asks_best_fit, state=with_line(default_state(), 2.0, 3.0))
    lesson = model.Lesson(
        model.Text(), (replace(first, reveal=("loss",)), asks_best_fit, other, moved)
    )
    assert model.held(lesson, 0) == {"best_fit"}
    assert model.hidden(lesson, model.Position(0, 1)) == {"best_fit"}  # its own loss revealed
    assert model.hidden(lesson, model.Position(1, 0)) == {"best_fit"}
    assert not model.held(lesson, 1) and not model.held(lesson, 2)
    lesson = replace(lesson, steps=(lesson.steps[0], moved))  # another state: another screen
    assert not model.held(lesson, 0)
    chapter = model.load(BUILT_IN, TYPES)
    assert model.hidden(chapter, model.jump(chapter, 18, revealed=True)) == {
        "entropy",
        "cross_entropy",
    }


def test_the_built_in_chinese_has_no_english_headings_and_readable_formulas():
    """The Chinese lesson had "THE END" and "QUESTION" in its titles, a "½" the shipped font
    draws as a speck and plain-text subscripts (loss_i, y_ij) that no readout uses."""
    lesson = model.load(ROOT / "resources" / "lessons" / "chapter3.json", model.state_types())
    for number, step in enumerate(lesson.steps, start=1):
        for text in (step.title, *step.lines, step.notes):
            for language in model.LANGUAGES:
                words = text.get(language)
                assert "_" not in words and "½" not in words, (number, words)
            assert not re.search(r"[A-Z]{4,}", text.zh), (number, text.zh)


def test_every_descent_step_starts_on_its_contour_map():
    """Step 2 started at (0, 4), off the chapter's map: only "off the map ← (w = 0, b = 4)"."""
    from lossstudio.model.walks import outside, surface_of

    lesson = model.load(BUILT_IN, TYPES)
    steps = [step for step in lesson.steps if step.tab == "descent"]
    assert steps
    for step in steps:
        assert outside(step.state.start, surface_of(step.state).view) == (0, 0), step.title.en
