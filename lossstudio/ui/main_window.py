"""The main window: the tabs from the registry, the menus, undo and the status line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from lossstudio import __version__
from lossstudio.resources import resource_path
from lossstudio.ui.tab import Tab
from lossstudio.ui.tabs import TABS


class StateCommand(QUndoCommand):
    """One finished change on one tab: undo shows the state before, redo the state after."""

    def __init__(self, tab: Tab, before, after):
        super().__init__()
        self.tab, self.before, self.after = tab, before, after
        self._applied = True  # the tab already shows ``after`` when the command is pushed

    def undo(self) -> None:
        self.tab.set_state(self.before)

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.tab.set_state(self.after)


class MainWindow(QMainWindow):
    """The whole app; ``tabs`` is the QTabWidget, each page's objectName is its key."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowIcon(QIcon(str(resource_path("icons", "lossstudio.svg"))))
        self.undo_stack = QUndoStack(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.pages: dict[str, Tab] = {}
        for spec in TABS:
            page = spec.build()
            page.committed.connect(
                lambda before, after, page=page: self._record(page, before, after)
            )
            self.pages[spec.key] = page
            self.tabs.addTab(page, spec.translated_title())
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self.retranslate()
        self.resize(1440, 900)

    # --- menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcuts([QKeySequence.StandardKey.Undo])
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.reset_action = QAction(self)
        self.reset_action.triggered.connect(self.reset_current_tab)
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.reset_action)

        self.view_menu = bar.addMenu("")
        self.tab_actions = []
        for index, spec in enumerate(TABS):
            action = QAction(self, shortcut=QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            self.view_menu.addAction(action)
            self.tab_actions.append((action, spec))

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Loss Studio"))
        self.file_menu.setTitle(self.tr("&File"))
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
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Loss Studio"))

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

    # --- tabs and undo ------------------------------------------------------------------------
    def current_tab(self) -> Tab:
        return self.tabs.currentWidget()

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.pages[key])

    def reset_current_tab(self) -> None:
        self.current_tab().reset()

    def _record(self, page: Tab, before, after) -> None:
        command = StateCommand(page, before, after)
        command.setText(self.tabs.tabText(self.tabs.indexOf(page)))
        self.undo_stack.push(command)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)
