"""Typeset the app's formulas to SVG: ``resources/formulas/NAME.tex`` -> ``NAME.svg``.

Run after adding or editing a ``.tex`` file (a developer tool; matplotlib is only needed here):

    python tools/make_formulas.py

Each ``.tex`` holds one formula in matplotlib's mathtext (a TeX subset), typeset in Computer
Modern with the glyphs as vector paths, so the SVG stays crisp at any projector scale and needs
no font on the user's machine. One formula per file, on one line: matplotlib misjudges the box of
stacked mathtext rows and would clip them, so a formula of several rows is several files, each
shown by its own ``FormulaView``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "formulas"


def typeset(source: Path) -> Path:
    lines = [
        line.strip() for line in source.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    plt.rcParams.update(
        {"mathtext.fontset": "cm", "svg.fonttype": "path", "svg.hashsalt": "lossstudio"}
    )
    figure = plt.figure(figsize=(0.01, 0.01))
    if len(lines) != 1:
        plt.close(figure)
        raise ValueError(f"{source.name}: one formula on one line, found {len(lines)} lines")
    figure.text(0, 0, f"${lines[0]}$", fontsize=22, color="#000000", va="baseline")
    target = source.with_suffix(".svg")
    figure.savefig(
        target, transparent=True, bbox_inches="tight", pad_inches=0.04, metadata={"Date": None}
    )
    plt.close(figure)
    return target


def main(names: list[str]) -> int:
    sources = [FOLDER / f"{name}.tex" for name in names] if names else sorted(FOLDER.glob("*.tex"))
    for source in sources:
        print(typeset(source).relative_to(FOLDER.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
