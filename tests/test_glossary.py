"""The translations follow docs/GLOSSARY.md: one name for one thing, on every tab.

Every .ts translation whose English source contains a glossary term (a whole word, case
ignored, Qt's ``&`` mnemonics removed, a plural ``s`` allowed) must contain the term's Chinese;
the longest term is matched first, so "mean squared error" asks for 均方差 and not also for the
平方误差 of "squared error". The banned variants (斜率 w, 截距, 学生, 步长, ...) appear nowhere.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "docs" / "GLOSSARY.md"
TRANSLATIONS = ROOT / "resources" / "translations"


def glossary_terms() -> dict[str, str]:
    """English term -> Chinese, from the first table of docs/GLOSSARY.md ("## Terms")."""
    text = GLOSSARY.read_text(encoding="utf-8")
    section = text.split("## Terms", 1)[1].split("\n## ", 1)[0]
    terms: dict[str, str] = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 4 or cells[0] in ("English", "") or set(cells[0]) <= {"-"}:
            continue
        terms[cells[0]] = cells[1]
    return terms


def messages() -> list[tuple[str, str, str, str]]:
    """(file, context, source, translation) for every message of every .ts file."""
    found = []
    for path in sorted(TRANSLATIONS.glob("*_zh_CN.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                element = message.find("translation")
                forms = [] if element is None else element.findall("numerusform")
                # a "%n" message holds its text in numerus forms (Chinese: one)
                translation = " ".join(f.text or "" for f in forms) if forms else ""
                translation = translation or message.findtext("translation") or ""
                found.append((path.name, name, source, translation))
    return found


def _pattern(term: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(term) + r"(?:s|es|'s)?(?![\w-])", re.IGNORECASE)


def missing_terms(source: str, translation: str, terms: dict[str, str]) -> list[str]:
    """The glossary terms of ``source`` whose Chinese ``translation`` lacks."""
    text = re.sub(r"\{\w+\}", " ", source.replace("&", ""))  # no placeholders
    problems = []
    for english in sorted(terms, key=len, reverse=True):
        pattern = _pattern(english)
        if pattern.search(text):
            if terms[english] not in translation:
                problems.append(f"{english!r} -> {terms[english]!r}")
            text = pattern.sub(" ", text)
    return problems


#: (what is banned in the Chinese, unless the English source matches this pattern)
BANNED_CHINESE = {
    "截距": None,
    "斜率 w": None,
    "斜率w": None,
    "学生": None,
    "步长": None,
    "分量很重": None,
    "平均 J": None,
    "平均J": None,
    "是一个碗": None,
    "碗形": None,
    "斜率": re.compile(r"slope", re.IGNORECASE),
}
BANNED_ENGLISH = ("slope w", "intercept", "step size", "a bowl")


def test_the_glossary_has_the_chapter_terms():
    terms = glossary_terms()
    for english, chinese in {
        "mean squared error": "均方差",
        "cross-entropy": "交叉熵",
        "hinge loss": "铰链",
        "gradient descent": "梯度下降",
        "loss function": "损失函数",
        "sample": "样本",
        "student": "学员",
        "weight w": "权重 w",
        "bias b": "偏移 b",
        "learning rate": "学习率",
        "information": "信息量",
        "entropy": "熵",
        "KL divergence": "KL散度",
    }.items():
        assert terms.get(english) == chinese, english


def test_the_checker_catches_a_wrong_term():
    """The check can fail: a translation that uses 斜率 for w lacks 权重 w."""
    terms = glossary_terms()
    assert missing_terms("slope w", "斜率 w", terms) == []  # no glossary term in "slope w"
    assert missing_terms("weight w", "斜率 w", terms) == ["'weight w' -> '权重 w'"]
    assert missing_terms("mean squared error", "均方差", terms) == []
    assert missing_terms("the students", "学生们", terms) == ["'student' -> '学员'"]
    assert missing_terms("&Learning rate η", "学习率 η", terms) == []


@pytest.mark.parametrize("file", sorted(p.name for p in TRANSLATIONS.glob("*_zh_CN.ts")))
def test_every_translation_uses_the_glossary_terms(file):
    terms = glossary_terms()
    problems = [
        f"[{context}] {source!r}: {', '.join(missing)}"
        for name, context, source, translation in messages()
        if name == file
        for missing in [missing_terms(source, translation, terms)]
        if missing
    ]
    assert not problems, "translations that do not follow docs/GLOSSARY.md:\n" + "\n".join(problems)


def test_no_banned_variant_anywhere():
    problems = []
    for name, context, source, translation in messages():
        for banned, allowed in BANNED_CHINESE.items():
            if banned in translation and not (allowed and allowed.search(source)):
                problems.append(f"{name} [{context}] {translation!r} uses {banned!r}")
        for banned in BANNED_ENGLISH:
            if banned in source.lower():
                problems.append(f"{name} [{context}] {source!r} says {banned!r}")
    assert not problems, "\n".join(problems)
