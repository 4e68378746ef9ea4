"""The main window: the tabs from the registry, menus, undo, scenes, export and presentation."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from lossstudio import __version__
from lossstudio.resources import resource_path
from lossstudio.ui import appearance, i18n, plain, settings_file
from lossstudio.ui.history import StateCommand
from lossstudio.ui.key_focus import KeyFocus
from lossstudio.ui.scenes import SceneController
from lossstudio.ui.session import Session
from lossstudio.ui.settings_file import app_settings
from lossstudio.ui.tab import PendingTab
from lossstudio.ui.tabs import KEYS, TABS, Pages
from lossstudio.ui.window_appearance import WindowAppearance
from lossstudio.ui.window_files import WindowFiles
from lossstudio.ui.window_tabs import WindowTabs


def unique_keys(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """The platform's keys for ``standard`` and ``extra``, each sequence once."""
    keys: list[QKeySequence] = []
    for key in (*QKeySequence.keyBindings(standard), *(QKeySequence(e) for e in extra)):
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


class MainWindow(WindowTabs, WindowFiles, WindowAppearance, QMainWindow):
    """The whole app; ``tabs`` is the QTabWidget, each page's objectName is its key.

    A tab is built when it is first shown or asked for (``pages[key]``, ``page(key)``); until
    then a :class:`PendingTab` with the same objectName stands in. Every tab's state lives in
    ``session`` (:class:`~lossstudio.ui.session.Session`), built or not: undo and scenes go
    through it, and its ``changed(key, state, finished)`` signal reports every change.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("main_window")
        i18n.install_plurals()  # "1 step", "7 steps" (before any tab is built)
        self.setWindowIcon(QIcon(str(resource_path("icons", "lossstudio.svg"))))
        self.settings = app_settings()
        if settings_file.SETTINGS_PROBLEM:
            QTimer.singleShot(0, self._say_settings_problem)
        self.undo_stack = QUndoStack(self)
        self.session = Session(parent=self)
        self.session.committed.connect(self._record)
        self.last_message = self.last_detail = ""
        self.theme_name, self.scale, self.presenting = "light", appearance.NORMAL_SCALE, False
        self.normal_scale, self.presentation_scale = (
            appearance.NORMAL_SCALE,
            appearance.PRESENTATION_SCALE,
        )

        from PySide6.QtWidgets import QTabWidget

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.pages = Pages(self)
        for spec in TABS:
            self.tabs.addTab(PendingTab(spec, session=self.session), spec.translated_title())
        self.tabs.currentChanged.connect(self._build_at)
        self.tabs.currentChanged.connect(self._size_by_the_tab_on_show)
        self.setCentralWidget(self.tabs)
        self.scenes = SceneController(self, self.session, self.undo_stack, self.settings)
        self.scenes.problem.connect(self.report_problem)
        self.scenes.recentChanged.connect(self._fill_recent)
        self._build_menus()
        self._record_actions()
        self._limit_undo_memory()
        self._presenter_keys()
        self._build_answer_actions()
        self._build_lessons()
        self._build_practice()
        self.retranslate()
        self.fit_to_screen()
        self.key_focus = KeyFocus(self)  # keys work at once, also with no window manager

    # --- menus --------------------------------------------------------------------------------
    def _action(self, menu, slot, shortcuts=(), checkable=False) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        Key = QKeySequence.StandardKey
        self.file_menu = bar.addMenu("")
        self.open_action = self._action(self.file_menu, self.open_scene_dialog, [Key.Open])
        self.save_action = self._action(self.file_menu, self.save_scene_dialog, [Key.Save])
        self.recent_menu = self.file_menu.addMenu("")
        self.file_menu.addSeparator()
        self.export_action = self._action(self.file_menu, self.export_dialog, ["Ctrl+E"])
        self.copy_action = self._action(self.file_menu, self.copy_plot, [Key.Copy])
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, self.close, [Key.Quit])

        self.edit_menu = bar.addMenu("")
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self._undo_shortcuts()
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.reset_action = self._action(self.edit_menu, self.reset_current_tab)
        self._build_view_menu()
        self._build_help_menu()
        self._fill_recent()

    def _build_view_menu(self) -> None:
        """View: the tabs, presentation mode, the scale, the theme and the language."""
        self.view_menu = self.menuBar().addMenu("")
        self.tab_actions = []
        for index, spec in enumerate(TABS):
            action = self._action(
                self.view_menu,
                lambda _=False, i=index: self.tabs.setCurrentIndex(i),
                [f"Ctrl+{index + 1}"],
            )
            self.tab_actions.append((action, spec))
        self.view_menu.addSeparator()
        self.present_action = self._action(
            self.view_menu, self.set_presenting, ["F5"], checkable=True
        )
        self.larger_action = self._action(
            self.view_menu, lambda: self.change_scale(1), ["Ctrl+=", "Ctrl++"]
        )
        self.smaller_action = self._action(
            self.view_menu, lambda: self.change_scale(-1), ["Ctrl+-"]
        )
        self.normal_size_action = self._action(
            self.view_menu, lambda: self.change_scale(0), ["Ctrl+0"]
        )
        self.build_drawer_action(self.view_menu)
        self.theme_menu = self.view_menu.addMenu("")
        self.theme_group = QActionGroup(self)
        self.theme_actions = {}
        for name in appearance.THEMES:
            action = self._action(
                self.theme_menu, lambda _=False, n=name: self.set_theme(n), checkable=True
            )
            self.theme_group.addAction(action)
            self.theme_actions[name] = action
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code in i18n.LANGUAGES:
            action = self._action(
                self.language_menu, lambda _=False, c=code: self.set_language(c), checkable=True
            )
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _build_help_menu(self) -> None:
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = self._action(self.help_menu, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _undo_shortcuts(self) -> None:
        """Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo, with the platform's own keys: each
        sequence once (a sequence listed twice is an "ambiguous shortcut" that does nothing)."""
        self.undo_action.setShortcuts(unique_keys(QKeySequence.StandardKey.Undo, "Ctrl+Z"))
        self.redo_action.setShortcuts(
            unique_keys(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y")
        )

    def _presenter_keys(self) -> None:
        """Clicker keys on every tab (see :mod:`lossstudio.ui.presenter`)."""
        from lossstudio.ui.presenter import PresenterKeys

        #: tried in order before the tab; a lesson adds itself here: hook(action, direction)
        self.presenter_hooks: list = []
        self.presenter = PresenterKeys(self)
        self.keys_action = QAction(self, objectName="help.keys")
        self.keys_action.triggered.connect(self.show_keys)
        self.help_menu.insertAction(self.about_action, self.keys_action)

    def show_keys(self) -> None:
        """Help > Presenter keys: the clicker's keys and what they do where (plain text)."""
        from lossstudio.ui.presenter import keys_text

        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Presenter keys"), keys_text(), parent=self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def route_presenter(self, action: str, direction: int = 0) -> bool:
        """A presenter key: ``("step", +1 / -1)`` or ``("play", 0)``; True when it was used."""
        for hook in self.presenter_hooks:
            if hook(action, direction):
                return True
        tab = self.current_tab()
        if action == "step":
            return bool(tab.presenter_step(direction))
        return bool(tab.presenter_play())

    def _record_actions(self) -> None:
        """File > Record animation and Export the last seconds (:mod:`lossstudio.ui.record`)."""
        from lossstudio.ui.record.controller import RecordController

        self.record = RecordController(self)
        self.record.add_to(self.file_menu, before=self.quit_action)

    def _limit_undo_memory(self) -> None:
        """Undo history within a memory budget (:mod:`lossstudio.ui.history`), said when old
        steps are dropped."""
        from lossstudio.ui.history import UndoMemory

        self.undo_memory = UndoMemory(self.undo_stack)
        self.undo_memory.dropped.connect(self._undo_steps_dropped)

    def _undo_steps_dropped(self, dropped: int, kept: int, for_memory: bool) -> None:
        self.statusBar().showMessage(self.undo_memory.message(dropped, kept, for_memory), 15000)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Loss Studio"))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open scene…"))
        self.save_action.setText(self.tr("&Save scene…"))
        self.recent_menu.setTitle(self.tr("Rece&nt scenes"))
        self.export_action.setText(self.tr("&Export plots…"))
        self.copy_action.setText(self.tr("&Copy plot under pointer"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.reset_action.setText(self.tr("Reset this &tab"))
        self.view_menu.setTitle(self.tr("&View"))
        for action, spec in self.tab_actions:
            action.setText(spec.translated_title())
        for index, spec in enumerate(TABS):
            self.tabs.setTabText(index, spec.translated_title())
        self.present_action.setText(self.tr("&Presentation mode"))
        self.retranslate_drawer_action()
        self.larger_action.setText(self.tr("Lar&ger"))
        self.smaller_action.setText(self.tr("S&maller"))
        self.normal_size_action.setText(self.tr("&Normal size"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.theme_actions["light"].setText(self.tr("&Light (high contrast)"))
        self.theme_actions["dark"].setText(self.tr("&Dark"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions["en"].setText("English")  # each language in its own name
        self.language_actions["zh"].setText("中文")
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Loss Studio"))
        self.keys_action.setText(self.tr("Presenter &keys"))
        self._retranslate_answer_actions()
        self.lessons.retranslate()
        self.practice.retranslate()
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.scenes.recent()
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name.replace("&", "&&"))
            action.setToolTip(plain.tooltip(path))
            action.triggered.connect(lambda _=False, p=path: self.open_scene(p))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(none yet)"))
            empty.setEnabled(False)

    # --- hidden answers ("Hide answers", lessons) ----------------------------------------------
    def _build_answer_actions(self) -> None:
        self.view_menu.addSeparator()
        self.hide_answers_action = self._action(
            self.view_menu, self.set_answers_hidden, ["H"], checkable=True
        )
        self.hide_answers_action.setObjectName("hide_answers")
        #: answers a lesson step hides, by tab key (the switch hides every answer on top)
        self.lesson_hidden: dict[str, frozenset[str]] = {}

    def _retranslate_answer_actions(self) -> None:
        self.hide_answers_action.setText(self.tr("&Hide answers"))
        self.hide_answers_action.setToolTip(
            self.tr("Show ? in place of every answer on every tab, to ask the hall first (H)")
        )

    def set_answers_hidden(self, on: bool) -> None:
        """The "Hide answers" switch: every tab's answers hidden (on) or as a lesson left them."""
        with QSignalBlocker(self.hide_answers_action):
            self.hide_answers_action.setChecked(bool(on))
        self.apply_hidden_answers()

    def apply_hidden_answers(self) -> None:
        """Tell every tab (built or not) which answers it hides now."""
        every = self.hide_answers_action.isChecked()
        for key in KEYS:
            tab = self.pages.peek(key)
            names = (
                frozenset(tab.answer_names()) if every else self.lesson_hidden.get(key, frozenset())
            )
            tab.set_hidden_answers(names | self.practice_hidden.get(key, frozenset()))

    def _build_lessons(self) -> None:
        from lossstudio.ui.lesson import LessonMode

        self.lessons = LessonMode(self)
        self.lessons.controller.running.connect(lambda _on: self.refit_presentation())

    #: answers a practice challenge hides, by tab key (:mod:`lossstudio.ui.practice`)
    practice_hidden: Mapping[str, frozenset[str]] = {}

    def _build_practice(self) -> None:
        from lossstudio.ui.practice import PracticeMode

        self.practice = PracticeMode(self)

    # --- about, messages ----------------------------------------------------------------------
    def about_text(self) -> str:
        return self.tr(
            "<h3>Loss Studio {version}</h3>"
            "<p>Touch a loss function and watch it respond: drag a regression line and see the "
            "mean squared error move, watch gradient descent walk down a contour map, type a "
            "student's predicted probabilities and see the cross-entropy.</p>"
            "<p>Built on chapter 3, “Loss functions”, of an introductory neural-network course, "
            "for lecturers on a projector and students on their laptops.</p>"
            "<p>Python, PySide6, pyqtgraph and numpy.</p>"
        ).format(version=__version__)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Loss Studio"), self.about_text())

    def _say_settings_problem(self) -> None:
        texts = {
            "special": self.tr(
                "The settings file is a folder or a special file: Loss Studio leaves it alone "
                "and does not remember this session's settings."
            ),
            "too_large": self.tr(
                "The settings file is too large to be Loss Studio's: it is left alone, and this "
                "session's settings are not remembered."
            ),
        }
        headline = texts.get(settings_file.SETTINGS_PROBLEM)
        if headline:
            self.report_problem(headline, str(settings_file.settings_path()))

    def report_problem(self, headline: str, detail: str = "") -> None:
        """Tell the person what went wrong, without blocking (the window stays usable)."""
        self.last_message, self.last_detail = headline, detail
        self.statusBar().showMessage(headline, 15000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Loss Studio"), headline, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the detail quotes the file: never rich text
        if detail:
            box.setInformativeText(detail)
        for label in box.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- tabs and undo ------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        self.current_tab()  # the tab on show is built before the first paint
        super().showEvent(event)
        QTimer.singleShot(0, self.keep_on_screen)
        self.key_focus.shown()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a new minimum: still on the screen?
            QTimer.singleShot(0, self.keep_on_screen)
        return super().event(event)

    def reset_current_tab(self) -> None:
        self.current_tab().reset()

    def _record(self, key: str, before, after) -> None:
        command = StateCommand(self.session, key, before, after, self._show_page)
        command.setText(self.tabs.tabText(KEYS.index(key)))
        self.undo_stack.push(command)

    def set_language(self, code: str) -> None:
        i18n.set_language(code)
        self.language_actions[code].setChecked(True)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.presenting:
            # Esc a field passed on: an open drawer closes first, as the clicker's Esc does
            if not self.close_drawer():
                self.set_presenting(False)
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        if not self.practice.may_close():  # a practice's results not saved: asked first
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)
