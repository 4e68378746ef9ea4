"""Scene files: round trips, every kind of bad file, and saving that survives being killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass

import pytest

from lossstudio.model import scene as scenes
from lossstudio.model import serial
from lossstudio.model.files import FileProblem, read_text_limited, write_atomic


@dataclass(frozen=True)
class Point:
    """A tiny state class with the to_json / from_json contract of every tab's state."""

    w: float = 2.0
    b: float = 3.0

    def to_json(self) -> dict:
        return {"w": self.w, "b": self.b}

    @classmethod
    def from_json(cls, data) -> Point:
        data = serial.mapping(data, "point")
        return cls(serial.number(data, "w", "point", -10, 10), serial.number(data, "b", "point"))


TYPES = {"a": Point, "b": Point}


def test_round_trip(tmp_path):
    path = tmp_path / "scene.json"
    scenes.save(path, scenes.Scene("b", {"a": Point(1.5, -2.0), "b": Point()}))
    loaded = scenes.load(path, TYPES)
    assert loaded == scenes.Scene("b", {"a": Point(1.5, -2.0), "b": Point()})
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "lossstudio-scene" and document["version"] == scenes.VERSION


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (
            b'{"format": "lossstudio-scene", "version": 1, "tab": "a", "tabs": {"a": {"w": 1, ',
            "not_json",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ('{"x": "caf\xe9"}'.encode("latin-1"), "not_utf8"),
        (b"[1, 2, 3]", "not_scene"),
        (b'{"format": "something-else", "version": 1}', "not_scene"),
        (b'{"format": "lossstudio-scene", "version": 99, "tab": "a", "tabs": {}}', "version"),
        (b'{"format": "lossstudio-scene", "version": "1", "tab": "a", "tabs": {}}', "version"),
        (b'{"format": "lossstudio-scene", "version": 1, "tab": "a", "tabs": []}', "shape"),
        (b'{"format": "lossstudio-scene", "version": 1, "tab": "zzz", "tabs": {}}', "shape"),
        (b'{"format": "lossstudio-scene", "version": 1, "tab": "a", "tabs": {"c": {}}}', "shape"),
        (
            b'{"format": "lossstudio-scene", "version": 1, "tab": "a", "tabs": {"a": {"w": "2", "b": 0}}}',
            "shape",
        ),
        (
            b'{"format": "lossstudio-scene", "version": 1, "tab": "a", "tabs": {"a": {"w": 99, "b": 0}}}',
            "shape",
        ),
        (
            b'{"format": "lossstudio-scene", "version": 1, "tab": "a", "tabs": {"a": {"w": NaN, "b": 0}}}',
            "not_json",
        ),
        (
            b'{"format": "lossstudio-scene", "version": 1, "tab": "a", "tabs": {"a": {"b": 0}}}',
            "shape",
        ),
        (b"[" * 100_000, "not_json"),
    ],
)
def test_bad_files_raise_their_kind(tmp_path, content, kind):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(scenes.SceneFileError) as caught:
        scenes.load(path, TYPES)
    assert caught.value.kind == kind


def test_missing_and_oversized_files(tmp_path, monkeypatch):
    with pytest.raises(scenes.SceneFileError) as caught:
        scenes.load(tmp_path / "nope.json", TYPES)
    assert caught.value.kind == "missing"
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2048)
    monkeypatch.setattr(scenes, "MAX_SCENE_BYTES", 1024)
    with pytest.raises(scenes.SceneFileError) as caught:
        scenes.load(big, TYPES)
    assert caught.value.kind == "too_large"


def test_read_limited_refuses_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:  # a sparse 5 GB file: reading it whole would take ages
        handle.truncate(5 * 1024**3)
    opened = []
    real_open = type(path).open
    monkeypatch.setattr(
        type(path), "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k)
    )
    with pytest.raises(FileProblem) as caught:
        read_text_limited(path, 10 * 1024 * 1024)
    assert caught.value.kind == "too_large"
    assert opened == []


def test_save_never_writes_nan(tmp_path):
    with pytest.raises(ValueError):
        scenes.save(tmp_path / "s.json", scenes.Scene("a", {"a": Point(float("nan"), 0.0)}))
    assert not (tmp_path / "s.json").exists()


WRITER = """
import sys
from lossstudio.model.files import write_atomic
path = sys.argv[1]
counter = 0
print("ready", flush=True)
while True:
    counter += 1
    write_atomic(path, '{"counter": %d, "payload": "%s"}' % (counter, "x" * 4_000_000))
"""


def test_killing_a_save_leaves_the_previous_file_intact(tmp_path):
    """SIGKILL a process in the middle of saving, many times: the file is always whole."""
    path = tmp_path / "scene.json"
    write_atomic(path, '{"counter": 0, "payload": ""}')
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    seen = set()
    for attempt in range(6):
        process = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, env=env
        )
        assert process.stdout.readline().strip() == b"ready"
        time.sleep(0.05 + 0.07 * attempt)
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
        document = json.loads(path.read_text(encoding="utf-8"))  # never half a file
        assert set(document) == {"counter", "payload"}
        seen.add(document["counter"])
    assert max(seen) > 0  # the writer did replace the file between kills


def test_a_huge_integer_is_named_briefly_and_where_it_is_said_once():
    """A 401-digit steps value was printed whole (cut off in the message box) under the
    repeated path "tabs.catalog: catalog: catalog.steps"."""
    from lossstudio.model.catalog import CatalogState

    document = json.loads(scenes.dumps(scenes.Scene("catalog", {"catalog": CatalogState()})))
    document["tabs"]["catalog"]["steps"] = 10**400
    with pytest.raises(scenes.SceneFileError) as caught:
        scenes.loads(json.dumps(document), {"catalog": CatalogState})
    detail = caught.value.detail
    assert detail.startswith("tabs.catalog.steps: 100000… (401 digits)"), detail
    assert len(detail) < 100
