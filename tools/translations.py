"""Keep the Chinese translation in step with the code (a developer tool).

    python tools/translations.py update     # pyside6-lupdate: new strings into the .ts sources
    python tools/translations.py fill G F   # write translations from a JSON {source: chinese}
    python tools/translations.py missing    # list strings with no translation (exit 1 if any)
    python tools/translations.py compile    # pyside6-lrelease: .ts -> .qm (shipped)

The sources are split by group so the tabs can be translated independently:
``resources/translations/<group>_zh_CN.ts``; the app loads every ``*_zh_CN.qm`` it finds.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "lossstudio"
FOLDER = ROOT / "resources" / "translations"
LOCALE = "zh_CN"


def groups() -> dict[str, list[Path]]:
    """Group name -> the Python sources whose strings it holds."""
    ui = PACKAGE / "ui"
    tabs = ("catalog", "regression", "descent", "classification")
    result: dict[str, list[Path]] = {}
    for tab in tabs:
        files = sorted((ui / tab).rglob("*.py")) if (ui / tab).is_dir() else []
        if (ui / f"{tab}.py").exists():
            files.append(ui / f"{tab}.py")
        result[tab] = files
    shell = [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if not any(path.is_relative_to(ui / tab) or path == ui / f"{tab}.py" for tab in tabs)
        and "engine" not in path.parts
        and "model" not in path.parts
    ]
    result["shell"] = shell
    return result


def ts_path(group: str) -> Path:
    return FOLDER / f"{group}_{LOCALE}.ts"


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for group, files in groups().items():
        if not files:
            continue
        command = [_tool("pyside6-lupdate"), *map(str, files), "-no-obsolete", "-locations", "none"]
        command += ["-target-language", LOCALE, "-ts", str(ts_path(group))]
        subprocess.run(command, check=True, capture_output=True)
        print(ts_path(group).relative_to(ROOT))


def entries(path: Path):
    """(context, source, translation or None) for every message of a .ts file."""
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in (
                "unfinished",
                "vanished",
                "obsolete",
            )
            text = translation.text if done and translation.text else None
            yield name, message.findtext("source"), text


def fill(group: str, mapping_file: str) -> None:
    """Write translations for ``group`` from a JSON object ``{source: translation}``."""
    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    path = ts_path(group)
    tree = ET.parse(path)
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        if source in mapping:
            translation = message.find("translation")
            translation.text = mapping[source]
            translation.attrib.pop("type", None)
            count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{count} translations written to {path.relative_to(ROOT)}")


def missing() -> int:
    gaps = [
        (path.name, context, source)
        for path in sorted(FOLDER.glob(f"*_{LOCALE}.ts"))
        for context, source, text in entries(path)
        if not text
    ]
    for name, context, source in gaps:
        print(f"{name}: [{context}] {source!r}")
    return 1 if gaps else 0


def compile_all() -> None:
    for path in sorted(FOLDER.glob(f"*_{LOCALE}.ts")):
        target = path.with_suffix(".qm")
        subprocess.run(
            [_tool("pyside6-lrelease"), str(path), "-qm", str(target)],
            check=True,
            capture_output=True,
        )
        print(target.relative_to(ROOT))


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "fill", "missing", "compile"):
        print(__doc__)
        return 2
    if argv[0] == "update":
        update()
    elif argv[0] == "fill":
        fill(argv[1], argv[2])
    elif argv[0] == "missing":
        return missing()
    else:
        compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
