"""Find the app's resources in the source tree, an installed package or the frozen build.

Search order: the PyInstaller bundle (``sys._MEIPASS/resources``), the source tree's top-level
``resources/`` (running from a checkout or an editable install), then ``lossstudio/_resources``
(a regular install copies ``resources/`` there).
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The folder holding ``formulas/``, ``icons/``, ``translations/`` and ``fonts/``."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here.parent / "resources", here / "_resources"]
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError(
        "Loss Studio's resources are missing; looked in " + ", ".join(map(str, candidates))
    )


def resource_path(*parts: str) -> Path:
    """The path of one resource, e.g. ``resource_path("formulas", "hinge.svg")``.

    Raises ``FileNotFoundError`` naming the resources that do exist in that folder.
    """
    path = resource_root().joinpath(*parts)
    if not path.exists():
        folder = path.parent
        known = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
        raise FileNotFoundError(f"no resource {'/'.join(parts)!r}; known: {', '.join(known)}")
    return path
