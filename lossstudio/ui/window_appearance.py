"""The main window's size, scale, theme and remembered settings: the presentation scale for the
screen's height, Ctrl+= / Ctrl+- / Ctrl+0, keeping the window on its screen, QSettings.

A mixin of :class:`lossstudio.ui.main_window.MainWindow` (which owns ``settings``, the theme
and present actions and the scales); :mod:`lossstudio.ui.appearance` holds the rules.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from lossstudio.ui import appearance, i18n


class WindowAppearance:
    #: the screen height presentation mode scales for, when not the window's own screen's
    #: (``--screenshot --size WxH --present`` pictures a WxH screen)
    screen_lines: int | None = None
    #: the whole screen (width, height) such a picture shows, for the presentation layout's
    #: largest scale (None: the window's own screen)
    screen_size: tuple[int, int] | None = None

    def keep_on_screen(self) -> None:
        """A window larger than its screen's free area (grown to a passing minimum while a
        tab was built, say) shrinks back into it, as far as its minimum allows."""
        import shiboken6

        if not shiboken6.isValid(self):  # queued before the window was deleted
            return
        from PySide6.QtGui import QGuiApplication

        screen = self.screen()
        if screen is None or self.isMaximized() or not self.isVisible():
            return
        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            return  # a picture (--screenshot, --record) may be larger than any screen
        if self.isFullScreen():  # the whole screen, also where no window manager makes it so
            handle = self.windowHandle()  # (a bare X server: the window kept its size and grew
            if handle is not None and self.geometry() != screen.geometry():  # with its minimum)
                handle.setGeometry(screen.geometry())  # the window's, not the widget's: that
            return  # would end full screen
        area = screen.availableGeometry()
        if self.width() > area.width() or self.height() > area.height():
            self.resize(min(self.width(), area.width()), min(self.height(), area.height()))
        # and inside it: a window grown downwards (a lesson's tab built before the first show)
        # kept its top at y = 90, its bottom 90 px below a 1080-line screen
        frame = self.frameGeometry()
        dx = min(0, area.right() - frame.right()) or max(0, area.left() - frame.left())
        dy = min(0, area.bottom() - frame.bottom()) or max(0, area.top() - frame.top())
        if dx or dy:
            self.move(self.x() + dx, self.y() + dy)

    # --- appearance and language ----------------------------------------------------------------
    def set_theme(self, name: str) -> None:
        self.theme_name = name
        self.theme_actions[name].setChecked(True)
        appearance.apply(self.theme_name, self.scale, self.presenting)

    def fit_to_screen(self) -> None:
        """The default size on the screen the window opens on (smaller on a small screen),
        and the window inside that screen's available area."""
        screen = self.screen()
        if screen is None:
            self.resize(*appearance.DEFAULT_SIZE)
            return
        area = screen.availableGeometry()
        self.resize(*appearance.default_size((area.width(), area.height())))
        frame = self.frameGeometry()
        frame.moveCenter(area.center())
        self.move(frame.topLeft())

    def presentation_factor(self) -> float:
        """The presentation scale for this window's screen over the stored 1080-line one
        (1 below 1080 lines: :func:`appearance.presentation_factor`)."""
        if self.screen_lines:
            return appearance.presentation_factor(self.screen_lines)
        screen = self.screen()
        lines = screen.geometry().height() if screen is not None else appearance.PRESENTATION_LINES
        return appearance.presentation_factor(lines)

    def largest_scale(self) -> float:
        """The largest scale whose layout fits this window's screen (every page's minimum
        size inside its free area; presenting: the presentation layout on the whole screen);
        any scale for a picture of another screen's size, unless its size is given."""
        screen = self.screen()
        if self.presenting and self.screen_size:
            return appearance.largest_presenting_scale(self.screen_size, self._lesson_running())
        if self.screen_lines or screen is None:
            return appearance.SCALES[-1]
        if self.presenting:
            whole = screen.geometry()
            return appearance.largest_presenting_scale(
                (whole.width(), whole.height()), self._lesson_running()
            )
        area = screen.availableGeometry()
        return appearance.largest_scale((area.width(), area.height()))

    def offered_scales(self) -> tuple[float, ...]:
        """The scales Ctrl+= and Ctrl+- offer on this window's screen."""
        return tuple(s for s in appearance.SCALES if s <= self.largest_scale() + 1e-9)

    def _fitting(self, scale: float) -> float:
        largest = min(self.largest_scale(), appearance.SCALES[-1])
        return round(min(max(scale, appearance.SCALES[0]), largest), 3)

    def set_scale(self, scale: float) -> None:
        """Text and controls at ``scale``, at most the largest that fits the screen."""
        self.scale = self._fitting(scale)
        if self.presenting:
            self.presentation_scale = self.scale / self.presentation_factor()
        else:
            self.normal_scale = self.scale
        appearance.apply(self.theme_name, self.scale, self.presenting)
        if not self.presenting:
            self._grow_with_scale()

    def _grow_with_scale(self) -> None:
        """Larger text wants a larger window: at scale s the window is at least the default
        size times s (as far as its screen has room), so the plots keep room for their labels."""
        screen = self.screen()
        if screen is None or self.isFullScreen() or self.isMaximized() or self.screen_lines:
            return
        area = screen.availableGeometry()
        wanted = [
            min(round(side * self.scale / appearance.NORMAL_SCALE), room)
            for side, room in zip(
                appearance.default_size((area.width(), area.height())),
                (area.width(), area.height()),
                strict=True,
            )
        ]
        if self.width() < wanted[0] or self.height() < wanted[1]:
            self.resize(max(self.width(), wanted[0]), max(self.height(), wanted[1]))

    def change_scale(self, direction: int) -> None:
        """Ctrl+= (1), Ctrl+- (-1), Ctrl+0 (0: this mode's default)."""
        if direction == 0:
            if self.presenting:
                self.set_scale(appearance.PRESENTATION_SCALE * self.presentation_factor())
            else:
                self.set_scale(appearance.NORMAL_SCALE)
            return
        wanted = appearance.step_scale(self.scale, direction)
        if direction > 0 and wanted > self.largest_scale() + 1e-9:
            self.statusBar().showMessage(
                # the MainWindow context, where the string has always been translated
                QCoreApplication.translate(
                    "MainWindow", "This is the largest size that fits this screen."
                ),
                5000,
            )
            return
        self.set_scale(wanted)

    def set_presenting(self, on: bool, *, full_screen: bool = True) -> None:
        """Presentation mode: full screen at the presentation scale (in proportion to the
        screen's height: 1.5 on 1080 lines, 1.0 on 720; never above what fits the screen);
        off restores both."""
        if on and full_screen and not self.isFullScreen() and not self.presenting:
            # where the window is at the desk, before the larger text can grow it
            self._desk_geometry = self.geometry()
        self.presenting = bool(on)
        self.present_action.setChecked(self.presenting)
        if self.presenting:
            self.scale = self._fitting(self.presentation_scale * self.presentation_factor())
        else:
            self.scale = self._fitting(self.normal_scale)
        self._presentation_layout(self.presenting)
        appearance.apply(self.theme_name, self.scale, self.presenting)
        if full_screen:
            if self.presenting:
                self.showFullScreen()
            else:
                self.showNormal()
                # without a window manager showNormal leaves the full-screen geometry
                desk = getattr(self, "_desk_geometry", None)
                if desk is not None:
                    self._back_to_desk(desk)
            self.keep_on_screen()

    def _back_to_desk(self, desk) -> None:
        """The desk's geometry again, with the desk's least size: the layouts still held the
        presentation's, and the window stayed that much wider (1082 px instead of 1024)."""
        from PySide6.QtWidgets import QApplication

        for widget in [self, *self.findChildren(QWidget)]:
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.layout().activate()
        self.setGeometry(desk)

    # --- the presentation layout (:mod:`lossstudio.ui.drawer`) -------------------------------
    def build_drawer_action(self, menu) -> None:
        """View > Controls drawer (F9): opens and closes the tab's folded panel while
        presenting (off at the desk, where the panels are in place)."""
        from PySide6.QtGui import QAction, QKeySequence

        from lossstudio.ui.drawer import DRAWER_KEY

        self.drawer_action = QAction(self, objectName="view.drawer")
        self.drawer_action.setShortcut(QKeySequence(DRAWER_KEY))
        self.drawer_action.setEnabled(False)
        self.drawer_action.triggered.connect(self.toggle_drawer)
        menu.insertAction(self.larger_action, self.drawer_action)

    def retranslate_drawer_action(self) -> None:
        self.drawer_action.setText(
            QCoreApplication.translate("MainWindow", "Controls &drawer (presentation)")
        )

    def toggle_drawer(self) -> bool:
        """F9: the drawer of the tab (and page) on show opens or closes."""
        if not self.presenting:
            return False
        if self.current_tab().toggle_drawer():
            return True
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "This page has no controls to open."), 5000
        )
        return False

    def close_drawer(self) -> bool:
        """Esc with a drawer open closes it (the next Esc leaves presentation)."""
        if not self.presenting:
            return False
        return self.current_tab().close_drawers()

    #: the lesson step on show points at a control of its tab's panel (:attr:`Step.panel`)
    step_panel = False

    def show_step_panel(self, on: bool) -> None:
        """A lesson step was entered: presenting, the tab's drawer opens where the step
        points at a control in it, and closes on every other step."""
        self.step_panel = bool(on)
        if not self.presenting:
            return
        drawer = self.current_tab().drawer_shown()
        if drawer is not None:
            drawer.set_open(self.step_panel)
        elif not on:
            self.current_tab().close_drawers()

    def _lesson_running(self) -> bool:
        lessons = getattr(self, "lessons", None)
        return lessons is not None and lessons.controller.active()

    def refit_presentation(self) -> None:
        """A lesson opened or closed while presenting: the presentation scale again, as far
        as it fits with (or without) the lesson bar above the tabs."""
        if not self.presenting:
            return
        scale = self._fitting(self.presentation_scale * self.presentation_factor())
        if scale != self.scale:
            self.scale = scale
            appearance.apply(self.theme_name, self.scale, self.presenting)

    def _presentation_layout(self, on: bool) -> None:
        """Presenting: no menu bar (its actions keep their shortcuts, held by the window
        itself: a hidden menu bar's shortcuts do not fire under X11), every side panel
        folded into its drawer; off: menu bar and panels back."""
        from lossstudio.ui.tab import PendingTab

        if on:
            self.addActions(_menu_actions(self.menuBar()))
        self.menuBar().setVisible(not on)
        self.drawer_action.setEnabled(on)
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if not isinstance(page, PendingTab):
                page.set_presenting(on)
        if on and self.step_panel and self._lesson_running():
            self.show_step_panel(True)  # a lesson opened on such a step, then presenting

    # --- settings -----------------------------------------------------------------------------
    def restore_settings(self, *, language: str | None = None) -> None:
        """Geometry, last tab, theme, scales and language as the person left them."""
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
            area = self.screen().availableGeometry() if self.screen() else None
            if area is not None and (self.width() > area.width() or self.height() > area.height()):
                self.fit_to_screen()  # saved on a larger screen than this one
        tab = s.value("window/tab")
        if tab in self.pages:
            self.show_tab(tab)
        theme = s.value("view/theme", "light")
        self.theme_name = theme if theme in appearance.THEMES else "light"
        for key, default in (
            ("view/normal_scale", appearance.NORMAL_SCALE),
            ("view/presentation_scale", appearance.PRESENTATION_SCALE),
        ):
            try:
                value = float(s.value(key, default))
            except (TypeError, ValueError, OverflowError):
                value = default
            if not math.isfinite(value):  # nan passes min/max untouched
                value = default
            value = min(max(value, appearance.SCALES[0]), appearance.SCALES[-1])
            setattr(self, key.split("/")[1], value)
        self.scale = self._fitting(self.normal_scale)
        self.set_theme(self.theme_name)
        stored = s.value("view/language")
        self.set_language(
            language or (stored if stored in i18n.LANGUAGES else i18n.system_language())
        )

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/tab", self.current_key())
        s.setValue("view/theme", self.theme_name)
        s.setValue("view/normal_scale", self.normal_scale)
        s.setValue("view/presentation_scale", self.presentation_scale)
        s.setValue("view/language", i18n.current_language())
        s.sync()


def _menu_actions(bar) -> list:
    """Every action with a shortcut in the menus of ``bar``, submenus included."""
    found, menus = [], [a.menu() for a in bar.actions() if a.menu() is not None]
    while menus:
        menu = menus.pop(0)
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            elif action.shortcuts():
                found.append(action)
    return found
