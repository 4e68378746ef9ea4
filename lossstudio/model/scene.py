"""Scenes: every tab's state in one JSON file with a format version (data only: no pickle, no eval).

    {"format": "lossstudio-scene", "version": 1, "tab": "regression",
     "tabs": {"catalog": {...}, "regression": {...}, ...}}

Each tab's state class provides ``to_json()`` and ``from_json(data)``; a scene is read whole
(never partly applied): any problem raises :class:`SceneFileError` before anything changes.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .files import FileProblem, read_text_limited, write_atomic
from .serial import SceneError

FORMAT = "lossstudio-scene"
VERSION = 1
#: A scene holding a million regression points is about 40 MB of JSON.
MAX_SCENE_BYTES = 64 * 1024 * 1024


class SceneFileError(ValueError):
    """A scene file that cannot be opened.

    ``kind`` is one of the :class:`~lossstudio.model.files.FileProblem` kinds or ``not_json``,
    ``not_scene``, ``version`` (another format version) and ``shape`` (a value of the wrong type
    or range); ``detail`` says where, in English, for the curious and for logs.
    """

    def __init__(self, kind: str, detail: str = ""):
        self.kind = kind
        self.detail = detail
        super().__init__(f"{kind}: {detail}" if detail else kind)


@dataclass(frozen=True)
class Scene:
    """The tab that was showing and each tab's state, by tab key."""

    tab: str
    states: Mapping[str, Any]


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def dumps(scene: Scene) -> str:
    """The scene as JSON text (finite numbers only)."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "tab": scene.tab,
        "tabs": {key: state.to_json() for key, state in scene.states.items()},
    }
    return json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def loads(text: str, state_types: Mapping[str, type]) -> Scene:
    """Read a scene; ``state_types`` maps each tab key to its state class.

    Tabs missing from the file keep no entry (the caller leaves those tabs as they are);
    unknown tab keys are an error, so a typo never passes silently.
    """
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as error:
        raise SceneFileError("not_json", str(error)[:200]) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise SceneFileError("not_scene", 'no "format": "lossstudio-scene" field')
    version = document.get("version")
    if version != VERSION:
        raise SceneFileError("version", f"version {version!r}, this app reads {VERSION}")
    tab = document.get("tab")
    tabs = document.get("tabs")
    if not isinstance(tabs, dict):
        raise SceneFileError("shape", "tabs: expected an object")
    if not isinstance(tab, str) or tab not in state_types:
        shown = repr(tab)[:60]
        raise SceneFileError("shape", f"tab: {shown} is not one of {', '.join(state_types)}")
    unknown = set(tabs) - set(state_types)
    if unknown:
        raise SceneFileError("shape", f"tabs: unknown tab {sorted(unknown)[0]!r}")
    states = {}
    for key, data in tabs.items():
        try:
            states[key] = state_types[key].from_json(data)
        except SceneError as error:
            said = str(error)  # "catalog.steps: ..." says where within the tab already
            where = f"tabs.{said}" if said.startswith(key) else f"tabs.{key}: {said}"
            raise SceneFileError("shape", where) from None
        except (TypeError, ValueError, KeyError, AttributeError, OverflowError) as error:
            raise SceneFileError("shape", f"tabs.{key}: {error}") from None
    return Scene(tab, states)


def load(path: str | os.PathLike, state_types: Mapping[str, type]) -> Scene:
    """Read a scene file (size checked before reading, UTF-8 required)."""
    try:
        text = read_text_limited(path, MAX_SCENE_BYTES)
    except FileProblem as problem:
        raise SceneFileError(problem.kind, problem.detail) from None
    return loads(text, state_types)


def save(path: str | os.PathLike, scene: Scene) -> None:
    """Write a scene atomically (a crash mid-save leaves the previous file intact)."""
    write_atomic(path, dumps(scene))


def is_finite_json(value: Any) -> bool:
    """True when every number in a JSON-like value is finite (for tests and checks)."""
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(is_finite_json(item) for item in value.values())
    if isinstance(value, (list, tuple)):
        return all(is_finite_json(item) for item in value)
    return True
