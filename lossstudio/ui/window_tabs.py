"""The main window's tabs: each built when first shown or asked for, in place of its stand-in.

A mixin of :class:`lossstudio.ui.main_window.MainWindow` (which owns ``tabs``, ``session``
and the undo stack); ``window.page(key)``, ``current_tab()``, ``show_tab(key)`` are its API.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker

from lossstudio.ui.tab import PendingTab, Tab, hidden_from_the_start
from lossstudio.ui.tabs import KEYS, TABS


class WindowTabs:
    def page(self, key: str) -> Tab:
        """The tab called ``key``, built now if it was not yet."""
        return self._build_at(KEYS.index(key))

    def _build_at(self, index: int) -> Tab | None:
        """Build the tab at ``index`` in place of its stand-in (with the current language,
        theme and scale; it shows the session's state)."""
        pending = self.tabs.widget(index)
        if not isinstance(pending, PendingTab):
            return pending
        spec = TABS[index]
        with hidden_from_the_start(pending.hidden_answers()):  # hidden before its first look
            page = spec.build(self.session)
        page.set_hidden_answers(pending.hidden_answers())
        page.set_presenting(self.presenting)  # built while presenting: its panel folded
        current = self.tabs.currentIndex()
        with QSignalBlocker(self.tabs):  # the same tab stays current: no change to report
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, spec.translated_title())
            self.tabs.setCurrentIndex(current)
        pending.setParent(None)  # out of the window at once: findChild finds the built tab
        pending.deleteLater()
        self._size_by_the_tab_on_show(self.tabs.currentIndex())
        return page

    def _size_by_the_tab_on_show(self, current: int) -> None:
        """The window's least size is the tab on show's: a tab not shown counts for nothing
        (a stacked widget takes the largest of all its pages, so the tallest tab plus a
        lesson's caption made the window taller than a 720-line screen on another tab)."""
        from PySide6.QtWidgets import QSizePolicy

        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            policy = (
                QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            )
            if page.sizePolicy().horizontalPolicy() != policy:
                page.setSizePolicy(policy, policy)

    def current_tab(self) -> Tab:
        return self._build_at(self.tabs.currentIndex())

    def current_key(self) -> str:
        return TABS[self.tabs.currentIndex()].key

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.page(key))

    def _show_page(self, key: str) -> None:
        """The tab an undo or redo changes comes on screen first."""
        if self.tabs.currentIndex() != KEYS.index(key):
            self.tabs.setCurrentIndex(KEYS.index(key))
