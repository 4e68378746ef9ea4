"""The settings file: where Loss Studio remembers geometry, tab, language, theme, scale and
recent scenes, and what happens when that file cannot be read."""

from __future__ import annotations

import atexit
import shutil
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

#: A settings file is a few kilobytes; a larger one is not Loss Studio's to read whole.
MAX_SETTINGS_BYTES = 1_000_000


#: The settings' names (organisation, application) for QSettings' IniFormat in user scope.
NAMES = ("LossStudio", "lossstudio")


def settings_path() -> Path:
    """The settings file QSettings uses (IniFormat, user scope), found without opening it:
    QSettings reads its file when it is created, so it is asked for the name of a file beside
    it that does not exist (the same folder on every platform, and after ``QSettings.setPath``)."""
    probe = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, NAMES[0], "-probe-")
    return Path(probe.fileName()).with_name(NAMES[1] + ".ini")


def settings_problem(path: Path) -> str:
    """Why ``path`` cannot be read as the settings file ("" when it can, or is absent):
    QSettings reads the file when it is created, so a FIFO there blocked the start for ever
    and a huge file was read whole."""
    try:
        info = path.stat()
    except OSError:
        return ""
    if not stat.S_ISREG(info.st_mode):
        return "special"
    if info.st_size > MAX_SETTINGS_BYTES:
        return "too_large"
    return ""


#: why this run does not use the settings file ("" when it does)
SETTINGS_PROBLEM = ""


def app_settings() -> QSettings:
    """Where Loss Studio remembers geometry, tab, language, theme, scale and recent scenes.
    A settings file that is a FIFO, a device, a folder or too large is left alone: this run
    remembers its settings in a temporary file instead (``SETTINGS_PROBLEM`` says why)."""
    global SETTINGS_PROBLEM
    SETTINGS_PROBLEM = settings_problem(settings_path())
    if SETTINGS_PROBLEM:
        folder = tempfile.mkdtemp(prefix="lossstudio-settings-")
        atexit.register(shutil.rmtree, folder, True)
        return QSettings(str(Path(folder) / "lossstudio.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, *NAMES)
