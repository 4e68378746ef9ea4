"""The engine and the model are pure Python + numpy: importing them loads no Qt at all."""

import json
import subprocess
import sys

FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6", "OpenGL")

PROBE = """
import importlib, json, pkgutil, sys
import lossstudio.engine, lossstudio.model
names = []
for package in (lossstudio.engine, lossstudio.model):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
        names.append(info.name)
print(json.dumps({"imported": names, "modules": sorted(sys.modules)}))
"""


def test_engine_and_model_load_no_qt():
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    # every module of both packages was imported, not just the packages themselves
    assert "lossstudio.engine.losses" in report["imported"]
    assert "lossstudio.engine.descent" in report["imported"]
    assert "lossstudio.model.numbers" in report["imported"]
    assert "lossstudio.model.serial" in report["imported"]
    loaded = [name for name in report["modules"] if name.split(".")[0] in FORBIDDEN]
    assert loaded == [], f"engine/model imports pulled in {loaded}"
    assert not any(name.startswith("lossstudio.ui") for name in report["modules"])


def test_the_probe_would_see_qt():
    """The check above can fail: importing the ui does load PySide6 in the same probe."""
    probe = "import json, sys; import lossstudio.ui.style; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "PySide6" in json.loads(result.stdout.strip().splitlines()[-1])
