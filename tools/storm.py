"""An event storm in the spirit of PhET's fuzz mode: a seeded stream of random gestures.

    python tools/storm.py --events 20000 --seed 1      # offscreen; prints counts, exit 1 on trouble

Clicks, drags, wheel turns, key presses, typed junk (in fields and table cells), tab switches,
menu actions and file dialogs answered with damaged files (Load CSV, Open scene) go to random
places of the whole app as real Qt events. Every exception Qt would swallow is caught through
``sys.excepthook``, and every few events all visible text is searched for "nan". Dialogs that
would wait for a person are answered at once (cancelled), so the storm never blocks.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
import traceback
from dataclasses import dataclass, field

if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

#: What people type into fields, hostile and ordinary.
TEXTS = (
    "",
    "   ",
    "abc",
    "1e400",
    "-1e400",
    "nan",
    "inf",
    "-inf",
    "-0",
    "０.５",
    "0,5",
    "1,5",
    "7" * 10_000,
    "0.3",
    "2",
    "-3.5",
    "1e-9",
    "100000",
    "0.0001",
    ")(*&",
    "1/2",
    "٣",
)
KEYS = (
    "Left",
    "Right",
    "Up",
    "Down",
    "Space",
    "PageUp",
    "PageDown",
    "R",
    "Delete",
    "Return",
    "Tab",
    "Escape",
    "Home",
    "End",
    "Plus",
    "Minus",
    "0",
    "5",
    "A",
    "N",
    "Backspace",
)
NAN = re.compile(r"\bnan\b", re.IGNORECASE)
#: Quoted text echoes what was typed or read from a file ("“nan” is not a number"): not a readout.
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|'[^']*'|「[^」]*」")


@dataclass
class StormReport:
    events: int = 0
    exceptions: list[str] = field(default_factory=list)
    nan_texts: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"storm: {self.events} events, {len(self.exceptions)} exceptions, "
            f"{len(self.nan_texts)} readouts showing nan, {self.seconds:.1f} s"
        )


def descendants(root, kind, name: str | None = None) -> list:
    """Every object below ``root`` of type ``kind`` (named ``name``, if given), in the order
    ``root.findChildren`` gives them.

    Not ``findChildren`` itself: PySide makes each object it returns a child of ``root``'s
    Python wrapper, and that link outlives the object. A widget that Qt deletes later (a
    rebuilt table's cells, a removed form row's label) then leaves its dead wrapper held by
    ``root`` for as long as ``root`` lives: the storm's own searches, a few hundred times a
    minute, were what held the thousands of wrappers of deleted widgets of issue 19 item 16.
    ``children()`` makes no such link.
    """
    found, stack = [], list(reversed(root.children()))
    while stack:
        obj = stack.pop()
        if isinstance(obj, kind) and (name is None or obj.objectName() == name):
            found.append(obj)
        stack.extend(reversed(obj.children()))
    return found


def _visible_texts(root):
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QTableWidget

    for label in descendants(root, QLabel):
        if label.isVisible():
            yield label.objectName() or "QLabel", label.text()
    for edit in descendants(root, QLineEdit):
        if edit.isVisible():
            yield edit.objectName() or "QLineEdit", edit.text()
    for button in descendants(root, QAbstractButton):
        if button.isVisible():
            yield button.objectName() or "button", button.text()
    for box in descendants(root, QGroupBox):
        yield box.objectName() or "group", box.title()
    for table in descendants(root, QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None:
                    yield table.objectName() or "table", item.text()


def _plot_texts(root):
    import pyqtgraph as pg

    for view in descendants(root, pg.GraphicsView):
        for item in view.scene().items():
            if isinstance(item, pg.TextItem):
                yield "plot text", item.toPlainText()


#: The gestures by name, with their weights (how often each is drawn).
WEIGHTS = {
    "click": 30,
    "drag": 25,
    "wheel": 8,
    "key": 20,
    "type_text": 10,
    "type_cell": 4,
    "open_file": 1,
    "switch_tab": 4,
    "menu_action": 3,
}


class Storm:
    def __init__(self, window, seed: int = 0, only: tuple[str, ...] | None = None):
        """``only``: the names of the gestures to draw (all of ``WEIGHTS`` when None), so
        that one kind can be stormed alone (which kind holds memory, which breaks)."""
        self.window = window
        self.rng = random.Random(seed)
        self.report = StormReport()
        unknown = set(only or ()) - set(WEIGHTS)
        if unknown:
            raise ValueError(f"no such gesture: {', '.join(sorted(unknown))}")
        self.only = tuple(only) if only else tuple(WEIGHTS)

    # --- guards ------------------------------------------------------------------------------
    def _install_guards(self):
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox

        self._saved = {
            "hook": sys.excepthook,
            "getSaveFileName": QFileDialog.getSaveFileName,
            "getOpenFileName": QFileDialog.getOpenFileName,
            "getInt": QInputDialog.getInt,
            "getDouble": QInputDialog.getDouble,
            "about": QMessageBox.about,
        }

        def hook(kind, value, tb):
            self.report.exceptions.append("".join(traceback.format_exception(kind, value, tb)))

        sys.excepthook = hook
        from PySide6.QtCore import qInstallMessageHandler

        # the offscreen platform's notes ("does not support grabbing the keyboard") are noise here
        self._saved["messages"] = qInstallMessageHandler(lambda *args: None)
        QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: ("", ""))
        QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: ("", ""))
        QInputDialog.getInt = staticmethod(lambda *a, **k: (0, False))
        QInputDialog.getDouble = staticmethod(lambda *a, **k: (0.0, False))
        QMessageBox.about = staticmethod(lambda *a, **k: None)

        def close_modals():
            widget = QApplication.activeModalWidget()
            if isinstance(widget, QDialog):
                widget.reject()

        self._closer = QTimer()
        self._closer.timeout.connect(close_modals)
        self._closer.start(50)

    def _remove_guards(self):
        from PySide6.QtCore import qInstallMessageHandler
        from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

        self._closer.stop()
        qInstallMessageHandler(self._saved["messages"])
        sys.excepthook = self._saved["hook"]
        QFileDialog.getSaveFileName = self._saved["getSaveFileName"]
        QFileDialog.getOpenFileName = self._saved["getOpenFileName"]
        QInputDialog.getInt = self._saved["getInt"]
        QInputDialog.getDouble = self._saved["getDouble"]
        QMessageBox.about = self._saved["about"]

    # --- gestures ----------------------------------------------------------------------------
    def _widgets(self, kind):
        page = self.window.tabs.currentWidget()
        return [w for w in descendants(page, kind) if w.isVisible() and w.isEnabled()]

    def _point_in(self, widget):
        from PySide6.QtCore import QPoint

        return QPoint(
            self.rng.randrange(max(1, widget.width())), self.rng.randrange(max(1, widget.height()))
        )

    def click(self):
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QAbstractButton, QComboBox, QSlider, QWidget

        kind = self.rng.choice((QAbstractButton, QComboBox, QSlider, QWidget))
        widgets = self._widgets(kind)
        if widgets:
            widget = self.rng.choice(widgets)
            button = self.rng.choice(
                (Qt.MouseButton.LeftButton,) * 4 + (Qt.MouseButton.RightButton,)
            )
            QTest.mouseClick(widget, button, Qt.KeyboardModifier.NoModifier, self._point_in(widget))

    def drag(self):
        import pyqtgraph as pg
        from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtWidgets import QApplication

        views = self._widgets(pg.GraphicsView)
        if not views:
            return
        view = self.rng.choice(views)
        viewport = view.viewport()
        start, end = self._point_in(viewport), self._point_in(viewport)
        button = self.rng.choice((Qt.MouseButton.LeftButton,) * 5 + (Qt.MouseButton.RightButton,))

        def send(kind, pos, which, held):
            event = QMouseEvent(
                kind,
                QPointF(pos),
                QPointF(viewport.mapToGlobal(pos)),
                which,
                held,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(viewport, event)

        send(QEvent.Type.MouseMove, start, Qt.MouseButton.NoButton, Qt.MouseButton.NoButton)
        send(QEvent.Type.MouseButtonPress, start, button, button)
        steps = self.rng.randint(1, 8)
        for i in range(1, steps + 1):
            point = QPoint(
                start.x() + (end.x() - start.x()) * i // steps,
                start.y() + (end.y() - start.y()) * i // steps,
            )
            send(QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, button)
        send(QEvent.Type.MouseButtonRelease, end, button, Qt.MouseButton.NoButton)

    def wheel(self):
        import pyqtgraph as pg
        from PySide6.QtCore import QPoint, QPointF, Qt
        from PySide6.QtGui import QWheelEvent
        from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QSlider

        widgets = self._widgets(
            self.rng.choice((pg.GraphicsView, QSlider, QComboBox, QAbstractSpinBox))
        )
        if not widgets:
            return
        widget = self.rng.choice(widgets)
        target = widget.viewport() if isinstance(widget, pg.GraphicsView) else widget
        pos = self._point_in(target)
        delta = self.rng.choice((-360, -120, 120, 360))
        event = QWheelEvent(
            QPointF(pos),
            QPointF(target.mapToGlobal(pos)),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(target, event)

    def key(self):
        import shiboken6
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        target = QApplication.focusWidget() or self.window.tabs.currentWidget()
        name = self.rng.choice(KEYS)
        key = getattr(Qt.Key, f"Key_{name}")
        modifier = self.rng.choice(
            (Qt.KeyboardModifier.NoModifier,) * 6
            + (Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier)
        )
        text = (
            name.lower()
            if len(name) == 1 and modifier != Qt.KeyboardModifier.ControlModifier
            else ""
        )
        text = {"Space": " ", "Plus": "+", "Minus": "-"}.get(name, text)
        # real key events, as the keyboard sends them (QTest's ASCII table aborts on some keys)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            if not shiboken6.isValid(target):  # the press rebuilt the panel holding it
                break
            QApplication.sendEvent(target, QKeyEvent(kind, key, modifier, text))

    def type_text(self):
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QLineEdit

        edits = self._widgets(QLineEdit)
        if edits:
            edit = self.rng.choice(edits)
            edit.setFocus()
            edit.selectAll()
            text = self.rng.choice(TEXTS)
            edit.insert(text) if len(text) > 50 or not text.isascii() else QTest.keyClicks(
                edit, text
            )
            QTest.keyClick(edit, Qt.Key.Key_Return)

    def type_cell(self):
        """Open an editable table cell with F2, type junk or a number, press Enter."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableWidget

        cells = []
        for table in self._widgets(QTableWidget):
            if table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
                continue
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    item = table.item(row, column)
                    if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
                        cells.append((table, row, column))
        if not cells:
            return
        table, row, column = self.rng.choice(cells)
        table.setFocus()
        table.setCurrentCell(row, column)
        QTest.keyClick(table, Qt.Key.Key_F2)
        editors = [e for e in descendants(table.viewport(), QLineEdit) if e.isVisible()]
        if editors:
            editors[0].selectAll()
            editors[0].insert(self.rng.choice((*TEXTS, "0.2", "0", "1", "0.999")))
            QTest.keyClick(editors[0], Qt.Key.Key_Return)

    def open_file(self):
        """The Regression tab's Load CSV or File > Open scene, answered with a bad file."""
        from PySide6.QtWidgets import QFileDialog, QPushButton

        path = self.rng.choice(self._bad_files)
        QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (path, ""))
        try:
            buttons = descendants(self.window, QPushButton, "regression.load_csv")
            button = buttons[0] if buttons else None
            if self.rng.random() < 0.5 and button is not None and button.isVisible():
                button.click()
            else:
                self.window.open_action.trigger()
        finally:
            QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: ("", ""))

    def _make_bad_files(self, folder: str) -> list[str]:
        files = {
            "binary.csv": bytes(range(256)) * 8,
            "latin1.csv": "x,y\n1,caf\xe9\n".encode("latin-1"),
            "truncated.json": b'{"format": "lossstudio-scene", "version": 1, "tab": "cat',
            "version.json": b'{"format": "lossstudio-scene", "version": 99, "tab": "catalog",'
            b' "tabs": {}}',
            "types.json": b'{"format": "lossstudio-scene", "version": 1, "tab": "regression",'
            b' "tabs": {"regression": {"x": "1", "y": [1, 2], "w": "a", "b": null}}}',
            "not_finite.csv": b"x,y\n1,2\n3,nan\n",  # (named "nan.csv", its name read as a readout)
            "header.csv": b"a,b\n1,2\n",
            "equal_x.csv": b"x,y\n1,2\n1,3\n1,5\n",
            "good.csv": b"x,y\n0,1\n1,3\n2,4\n3,7\n",
        }
        paths = []
        for name, content in files.items():
            path = os.path.join(folder, name)
            with open(path, "wb") as stream:
                stream.write(content)
            paths.append(path)
        return [*paths, os.path.join(folder, "missing.csv"), folder]

    def switch_tab(self):
        self.window.tabs.setCurrentIndex(self.rng.randrange(self.window.tabs.count()))

    def menu_action(self):
        w = self.window
        actions = [
            w.undo_action,
            w.redo_action,
            w.reset_action,
            w.larger_action,
            w.smaller_action,
            w.normal_size_action,
            w.copy_action,
        ]
        actions += list(w.theme_actions.values()) + [action for action, _ in w.tab_actions]
        if self.rng.random() < 0.1:
            actions += list(w.language_actions.values())
        action = self.rng.choice(actions)
        if action.isEnabled():
            action.trigger()

    def check_texts(self):
        for name, text in list(_visible_texts(self.window)) + list(_plot_texts(self.window)):
            if text and NAN.search(QUOTED.sub("", text)):
                self.report.nan_texts.append(f"{name}: {text[:80]}")

    # --- the run -----------------------------------------------------------------------------
    @staticmethod
    def settle() -> None:
        """Back to the event loop after a gesture: queued events, then the objects that asked
        to be deleted (``deleteLater``).

        The storm has no running event loop (``exec``): ``processEvents`` at its top level
        deletes an object only if ``deleteLater`` was called inside an event handler, not from
        a gesture called directly (a menu action's ``trigger``, a tab switch). Those objects
        (a rebuilt table's cell widgets, a removed row's label box) stayed alive, shown in no
        window, for the whole storm; a person's app deletes them as soon as its loop runs.
        """
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def run(self, events: int, check_every: int = 25, progress=None) -> StormReport:
        population = [getattr(self, name) for name in self.only for _ in range(WEIGHTS[name])]
        import tempfile

        folder = tempfile.TemporaryDirectory(prefix="storm-")
        self._bad_files = self._make_bad_files(folder.name)
        self._install_guards()
        start = time.perf_counter()
        try:
            for index in range(events):
                self.rng.choice(population)()
                self.settle()
                self.report.events += 1
                if index % check_every == 0:
                    self.check_texts()
                if progress and index % 1000 == 0:
                    progress(index)
        finally:
            self._remove_guards()
            folder.cleanup()
            self.report.seconds = time.perf_counter() - start
        self.check_texts()
        return self.report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--only",
        nargs="+",
        choices=tuple(WEIGHTS),
        help="storm with these gestures alone (default: all of them)",
    )
    args = parser.parse_args(argv)

    import pyqtgraph as pg

    from lossstudio.app import make_application
    from lossstudio.ui.main_window import MainWindow

    app = make_application([sys.argv[0]])
    pg.setConfigOption("mouseRateLimit", -1)
    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    report = Storm(window, args.seed, args.only).run(
        args.events, progress=lambda i: print(f"  {i} events…", flush=True)
    )
    print(report.summary())
    for problem in report.exceptions[:5] + report.nan_texts[:5]:
        print(problem)
    window.close()
    return 1 if report.exceptions or report.nan_texts else 0


if __name__ == "__main__":
    sys.exit(main())
