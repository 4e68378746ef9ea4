"""Scene and data files are data only: the package never unpickles, evals or execs anything."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "lossstudio"
FORBIDDEN = re.compile(
    r"\b(import\s+(c?pickle|marshal|shelve|dill)|from\s+(c?pickle|marshal|shelve|dill)\s+import"
    r"|(?<![.\w])(eval|exec)\s*\(|__import__\s*\(|yaml\.load\s*\(|numpy\.load\s*\(|np\.load\s*\("
    r"|allow_pickle\s*=\s*True)"
)


def offending_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if FORBIDDEN.search(line)]


def test_the_pattern_catches_what_it_should():
    bad = "import pickle\nx = eval(text)\nexec(code)\nfrom marshal import loads\nnp.load(p)"
    assert len(offending_lines(bad)) == 5
    assert not offending_lines("json.loads(text)\nself.evaluate(x)\nretval(3)")


def test_no_pickle_eval_or_exec_in_the_package():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for line in offending_lines(path.read_text(encoding="utf-8")):
            found.append(f"{path.relative_to(PACKAGE)}: {line}")
    assert not found, "\n".join(found)
