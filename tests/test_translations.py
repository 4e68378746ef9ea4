"""The Chinese translation is complete and the shipped .qm files match their .ts sources."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location(
    "translations_tool", ROOT / "tools" / "translations.py"
)
tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tool)

GROUPS = [group for group, files in tool.groups().items() if files]


def _binary(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        pytest.fail(f"{name} is missing: PySide6-Essentials provides it")
    return found


@pytest.mark.parametrize("group", GROUPS)
def test_every_string_in_the_code_has_a_chinese_translation(group, tmp_path):
    """Extract the strings from the code now (lupdate into a copy of the .ts) and require a
    finished translation for each: a new string without Chinese fails here."""
    committed = tool.ts_path(group)
    assert committed.exists(), f"{committed.name} is missing: run tools/translations.py update"
    copy = tmp_path / committed.name
    shutil.copy(committed, copy)
    files = [str(path) for path in tool.groups()[group]]
    subprocess.run(
        [
            _binary("pyside6-lupdate"),
            *files,
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
    )
    missing = [
        f"[{context}] {source!r}" for context, source, text in tool.entries(copy) if not text
    ]
    assert not missing, f"{len(missing)} strings have no Chinese translation:\n" + "\n".join(
        missing
    )


@pytest.mark.parametrize("group", GROUPS)
def test_shipped_qm_matches_its_ts(group, tmp_path):
    source = tool.ts_path(group)
    shipped = source.with_suffix(".qm")
    assert shipped.exists(), f"{shipped.name} is missing: run tools/translations.py compile"
    fresh = tmp_path / shipped.name
    subprocess.run(
        [_binary("pyside6-lrelease"), str(source), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == shipped.read_bytes(), (
        f"{shipped.name} is stale: run tools/translations.py compile"
    )


def test_translations_keep_placeholders():
    """A translation must keep every {placeholder} of its source, or .format() would break."""
    import re

    broken = []
    for group in GROUPS:
        for context, source, text in tool.entries(tool.ts_path(group)):
            if text and set(re.findall(r"\{\w*\}", source)) != set(re.findall(r"\{\w*\}", text)):
                broken.append(f"[{context}] {source!r} -> {text!r}")
    assert not broken, "\n".join(broken)
