"""File > Record animation: record the current tab until stopped, or export the last seconds,
and the Descent race and Figure 3-1 walk straight from their pages.

Every export goes the same way: :class:`~lossstudio.ui.record.dialogs.ExportDialog` asks for
the format, width, frame rate and duration, a file dialog for the name, then a hidden window
renders each state (:class:`~lossstudio.ui.record.renderer.FrameRenderer`) behind a progress
dialog with Cancel. The status bar says "saved" only once the file is in place.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressDialog, QTabWidget

from lossstudio.model import recording
from lossstudio.model.recording import FORMATS, RecordingError
from lossstudio.ui.record.recorder import Recorder
from lossstudio.ui.save_target import with_suffix
from lossstudio.ui.tabs import KEYS, TABS

# Pillow, the renderer and the dialog are imported when an export starts, not at start-up.

#: seconds "the last seconds" offers first
LAST_SECONDS = 10.0


class _UndoFeed(QObject):
    """``changed(key, state, finished)`` from the undo stack, for a window without a session
    (finished changes only: each push, undo and redo)."""

    changed = Signal(str, object, bool)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        window.undo_stack.indexChanged.connect(self._moved)

    def _moved(self, _index: int) -> None:
        for key in KEYS:
            self.changed.emit(key, self.window.pages.peek(key).state(), True)


def _source(window):
    """(the object whose ``changed`` signal reports every change, default state of a key)."""
    session = getattr(window, "session", None)
    if session is not None:
        return session, session.default_state
    defaults = {spec.key: spec.default_state for spec in TABS}
    return _UndoFeed(window), lambda key: defaults[key]()


def tab_views(tab) -> dict[str, int]:
    """Which page each named inner QTabWidget of ``tab`` shows (the Catalog's pages...)."""
    return {
        widget.objectName(): widget.currentIndex()
        for widget in tab.findChildren(QTabWidget)
        if widget.objectName()
    }


class RecordController(QObject):
    """The recording actions of ``window`` (a MainWindow) and the export they lead to."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.source, self.default_of = _source(window)
        self.recorder = self.new_recorder()
        self.record_action = QAction(window, checkable=True, objectName="record.record")
        self.record_action.toggled.connect(self._toggled)
        self.last_action = QAction(window, objectName="record.last")
        self.last_action.triggered.connect(self.export_last)
        self.badge = QLabel(objectName="record.badge")
        self.badge.setTextFormat(Qt.TextFormat.PlainText)
        self.badge.hide()
        self.ticker = QTimer(self, interval=500)  # runs only while recording
        self.ticker.timeout.connect(self._show_badge)
        self.last_message = self.last_detail = ""
        window.installEventFilter(self)  # LanguageChange reaches widgets only
        self.retranslate()

    def new_recorder(self, clock=None) -> Recorder:
        """A recorder of this window's changes (``clock``: seconds, ``time.monotonic``)."""
        extra = {} if clock is None else {"clock": clock}
        return Recorder(self.source, self.default_of, KEYS, parent=self, **extra)

    def add_to(self, menu, before=None) -> None:
        """The two actions in ``menu`` (before the action ``before``)."""
        menu.insertActions(before, [self.record_action, self.last_action])
        menu.insertSeparator(before)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        if self.recorder.recording:
            self.record_action.setText(self.tr("Stop &recording and export…"))
        else:
            self.record_action.setText(self.tr("&Record animation of this tab"))
        self.last_action.setText(self.tr("Export the &last seconds as animation…"))
        self._show_badge()

    def _tab_title(self, key: str) -> str:
        return TABS[KEYS.index(key)].translated_title()

    # --- record from now ------------------------------------------------------------------------
    def _refused(self) -> bool:
        """A running practice refuses animations (its frames would show hidden answers)."""
        practice = getattr(self.window, "practice", None)
        return practice is not None and practice.refuses_animation()

    def _toggled(self, on: bool) -> None:
        if on == self.recorder.recording:
            return
        if self._refused():
            self._sync()  # the action as it was: not recording, or still recording
            return
        if on:
            self.start()
        else:
            self.stop()

    def start(self) -> None:
        if self.badge.parent() is None:  # the status bar appears with the first recording
            bar = self.window.statusBar()
            bar.addPermanentWidget(self.badge)
            bar.show()
        self.recorder.start(self.window.current_key())
        self._sync()

    def stop(self) -> bool:
        """Stop and export what was recorded; True when a file was saved."""
        key, samples, seconds = self.recorder.stop()
        pages = self.recorder.page_samples(key, *self.recorder.last_stop)
        self._sync()
        views = tab_views(self.window.pages[key])
        title = self._tab_title(key)
        from lossstudio.ui.record import animations

        def describe(chosen: float) -> str:
            return self.tr("The {tab} tab as recorded: the first {seconds} s of {total} s.").format(
                tab=title, seconds=f"{chosen:.1f}", total=f"{seconds:.1f}"
            )

        return self.export(
            key,
            lambda fps, chosen: animations.recorded(samples, key, fps, chosen, views, pages),
            describe,
            seconds,
            seconds,
        )

    def _sync(self) -> None:
        recording = self.recorder.recording
        blocked = self.record_action.blockSignals(True)
        self.record_action.setChecked(recording)
        self.record_action.blockSignals(blocked)
        self.ticker.start() if recording else self.ticker.stop()
        self.badge.setVisible(recording)
        self.retranslate()

    def _show_badge(self) -> None:
        if self.recorder.recording:
            self.badge.setText(
                self.tr("● Recording the {tab} tab: {seconds} s").format(
                    tab=self._tab_title(self.recorder.key),
                    seconds=f"{self.recorder.elapsed():.0f}",
                )
            )

    # --- the last seconds -------------------------------------------------------------------------
    def export_last(self) -> bool:
        key = self.window.current_key()
        available = max(self.recorder.available(key), 0.1)
        views = tab_views(self.window.pages[key])
        title = self._tab_title(key)
        from lossstudio.ui.record import animations

        def describe(chosen: float) -> str:
            changes = self.recorder.changes(key, chosen)
            return self.tr(
                "The last {seconds} s of the {tab} tab: %n change(s) in that time.", "", changes
            ).format(seconds=f"{chosen:.1f}", tab=title)

        def make(fps, chosen):
            samples, pages = self.recorder.last(key, chosen), self.recorder.last_pages(key, chosen)
            return animations.recorded(samples, key, fps, chosen, views, pages)

        return self.export(key, make, describe, min(LAST_SECONDS, available), available)

    # --- the race and the walk --------------------------------------------------------------------
    def export_race(self, state) -> bool:
        from lossstudio.ui.record import animations

        whole = recording.race_seconds(state.speed, animations.last_race_iteration(state))

        def describe(chosen: float) -> str:
            return self.tr(
                "The race of %n optimizer(s) from iteration 0 at {speed} steps per second.",
                "",
                len(state.racing),
            ).format(speed=f"{state.speed:g}")

        return self.export(
            "descent", lambda fps, s: animations.race(state, fps, s), describe, whole, 300.0
        )

    def export_walk(self, state) -> bool:
        from lossstudio.ui.record import animations

        steps = animations.walk_steps(state)
        whole = recording.walk_seconds(steps)

        def describe(chosen: float) -> str:
            return self.tr(
                "Figure 3-1: gradient descent from x₀, %n step(s), one every 0.45 s.", "", steps
            )

        return self.export(
            "catalog", lambda fps, s: animations.walk(state, fps, s), describe, whole, 300.0
        )

    # --- one export -------------------------------------------------------------------------------
    def export(
        self,
        key: str,
        make: Callable,
        describe: Callable[[float], str],
        seconds: float,
        max_seconds: float,
    ) -> bool:
        """Ask, render and write; True when a file was saved."""
        if self._refused():
            return False
        from lossstudio.ui.record.dialogs import ExportDialog
        from lossstudio.ui.record.renderer import frame_height

        window = self.window
        aspect = window.height() / max(window.width(), 1)
        dialog = ExportDialog(
            window,
            describe=describe,
            seconds=seconds,
            max_seconds=max_seconds,
            width=min(window.width(), 1280),
            aspect=aspect,
        )
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return False
        path = self.ask_path(key, dialog.ending())
        if not path:
            return False
        animation = make(dialog.fps(), dialog.seconds())
        size = (dialog.width(), frame_height(dialog.width(), aspect))
        return self.write(animation, path, size)

    def ask_path(self, key: str, ending: str) -> str:
        folder = str(self.window.settings.value("record/folder", str(Path.home())))
        filters = {
            ".gif": self.tr("Animated GIF (*.gif)"),
            ".png": self.tr("Animated PNG (*.png)"),
            ".webp": self.tr("Animated WebP (*.webp)"),
        }
        path, _chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export animation"),
            str(Path(folder) / f"{key}{ending}"),
            filters[ending],
        )
        # a typed .gif/.png/.webp wins; another name gets the format's ending
        path = path and with_suffix(self.window, path, ending, tuple(FORMATS))
        if path:
            self.window.settings.setValue("record/folder", str(Path(path).parent))
        return path

    def write(self, animation, path: str, size: tuple[int, int]) -> bool:
        """Render ``animation`` at ``size`` into ``path`` with a progress dialog."""
        from lossstudio.ui.record import animations
        from lossstudio.ui.record.renderer import FrameRenderer
        from lossstudio.ui.record.writers import Cancelled

        window = self.window
        total = len(animation.states)
        progress = QProgressDialog(window)
        progress.setObjectName("record.progress")
        progress.setWindowTitle(self.tr("Export animation"))
        progress.setLabelText(self.tr("Drawing {count} frames…").format(count=total))
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setRange(0, total)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoReset(False)
        progress.setValue(0)

        def report(done: int, count: int) -> bool:
            if done == count:
                progress.setLabelText(self.tr("Writing the file…"))
            progress.setValue(done)
            return not progress.wasCanceled()

        states = {key: window.pages.peek(key).state() for key in KEYS}
        views = {**tab_views(window.pages[animation.key]), **animation.views}
        renderer = FrameRenderer(animation.key, size, states=states, views=views)
        try:
            written = animations.write(animation, path, renderer, report)
        except Cancelled:
            self._say(self.tr("Export cancelled: nothing was written."))
            return False
        except (OSError, RecordingError) as error:
            self.last_detail = self.tr("{path} cannot be written: {reason}").format(
                path=path, reason=self.reason(error)
            )
            window.report_problem(self.tr("The animation could not be saved."), self.last_detail)
            self.last_message = window.last_message
            return False
        finally:
            renderer.close()
            progress.close()
        self._say(
            self.tr(
                "Saved {name}: {frames} frames, {width} × {height} pixels, {seconds} s."
            ).format(
                name=Path(written).name,
                frames=total,
                width=size[0],
                height=size[1],
                seconds=f"{animation.seconds:g}",
            )
        )
        return True

    def reason(self, error: Exception) -> str:
        """Why a file cannot be written, in the person's language where it is a common case."""
        reasons = {
            errno.ENOENT: self.tr("that folder does not exist."),
            errno.ENOTDIR: self.tr("part of the path is a file, not a folder."),
            errno.EACCES: self.tr("there is no permission to write there."),
            errno.EPERM: self.tr("there is no permission to write there."),
            errno.EROFS: self.tr("that disk is read-only."),
            errno.ENOSPC: self.tr("the disk is full."),
        }
        code = getattr(error, "errno", None)
        return reasons.get(code) or getattr(error, "strerror", None) or str(error)

    def _say(self, text: str) -> None:
        self.last_message = text
        self.window.statusBar().showMessage(text, 10000)
