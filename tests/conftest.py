"""Test set-up: offscreen Qt before any QApplication, and pyqtgraph ready for real drags."""

import json
import os
import sys
import tempfile

import pytest

# Offscreen on a 1920x1080 screen (Qt's own offscreen screen is 800x800): the lecture hall's
# screen, where presentation mode is at its nominal 1.5 scale and text is measured in pixels.
_SCREEN = os.path.join(tempfile.mkdtemp(prefix="lossstudio-screen-"), "screen.json")
with open(_SCREEN, "w", encoding="utf-8") as _file:
    json.dump(
        {"screens": [{"name": "hall", "width": 1920, "height": 1080, "logicalDpi": 96}]}, _file
    )
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.setdefault("QT_SCALE_FACTOR", "1")
# the app's settings of every process a test starts (python -m lossstudio, tools/screens.py) go
# to a temporary folder too: they never touch the person's recent scenes, tab or scale
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="lossstudio-config-")


@pytest.fixture(autouse=True, scope="session")
def _private_settings(tmp_path_factory):
    """QSettings go to a temporary folder: tests never read or write the person's settings."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        yield
        return
    folder = str(tmp_path_factory.mktemp("settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    yield


@pytest.fixture(autouse=True, scope="session")
def _pyqtgraph_options():
    """Antialiasing as the app uses it, and no rate limit on mouse moves (tests move fast)."""
    try:
        import pyqtgraph as pg
    except ImportError:  # engine-only environments
        yield
        return
    pg.setConfigOptions(antialias=True, background="w", foreground="k", mouseRateLimit=-1)
    yield


@pytest.fixture(autouse=True, scope="session")
def _app_fonts(request):
    """The bundled CJK fallback font, as the app installs it, so layouts match the real app."""
    if "qapp" not in request.fixturenames and not any(
        "ui" in str(item.path.parent.name) for item in request.session.items
    ):
        yield
        return
    request.getfixturevalue("qapp")
    from lossstudio.ui.fonts import install_fonts

    install_fonts()
    yield


@pytest.fixture
def window(qtbot):
    """The whole app's main window, shown offscreen at a lecture-laptop size."""
    from lossstudio.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def _main_windows():
    """The app's main windows alive now (none when the ui was never imported)."""
    module = sys.modules.get("lossstudio.ui.main_window")
    widgets = sys.modules.get("PySide6.QtWidgets")
    if module is None or widgets is None or widgets.QApplication.instance() is None:
        return []
    return [w for w in widgets.QApplication.topLevelWidgets() if isinstance(w, module.MainWindow)]


@pytest.fixture(autouse=True)
def _delete_the_test_windows():
    """Every main window a test built is deleted for real afterwards. A closed window waits for
    a deferred delete that never comes in a test run, and every later theme or language change
    re-renders all its tabs: left alive, a few hundred windows made the suite several times slower
    and its memory grow to gigabytes. Windows of module-scoped fixtures exist before this runs
    and are left to their fixture."""
    before = {id(window) for window in _main_windows()}
    yield
    new = [window for window in _main_windows() if id(window) not in before]
    if not new:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    for window in new:
        lessons = getattr(window, "lessons", None)
        if lessons is not None:
            lessons.close()
        window.close()
    QCoreApplication.processEvents()  # what the windows queued for themselves runs first
    for window in new:
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
