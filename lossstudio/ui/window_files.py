"""The main window's scenes and exports: File > Save / Open scene, Export plots, Copy plot.

A mixin of :class:`lossstudio.ui.main_window.MainWindow` (which owns ``scenes``); the work is
done by :mod:`lossstudio.ui.scenes` and :mod:`lossstudio.ui.export_dialog`.
"""

from __future__ import annotations

from pathlib import Path


class WindowFiles:
    # --- scenes -------------------------------------------------------------------------------
    def save_scene(self, path: str) -> bool:
        if self.practice.refuses_scene():  # a challenge's data, its answer still hidden
            return False
        return self.scenes.save(path, self.current_key())

    def open_scene(self, path: str) -> bool:
        tab = self.scenes.open(path)
        if tab is not None:
            self.show_tab(tab)
        return tab is not None

    def save_scene_dialog(self) -> None:
        if not self.practice.refuses_scene():
            self.scenes.ask_save(self.current_key())

    def open_scene_dialog(self) -> None:
        tab = self.scenes.ask_open()
        if tab is not None:
            self.show_tab(tab)

    # --- export (lossstudio/ui/export_dialog.py) --------------------------------------------------
    @property
    def exports(self):
        from lossstudio.ui.export_dialog import ExportController  # loaded when first used

        if getattr(self, "_exports", None) is None:
            self._exports = ExportController(self)
        return self._exports

    def export_current(self, path: str, width: int = 1920, *, hidden: bool = False) -> list[Path]:
        """Export the current tab's plots (with ``hidden``, also those on pages not shown);
        the files written, or ``OSError`` naming the file that could not be written."""
        from lossstudio.ui import export
        from lossstudio.ui.export_dialog import tab_plots

        result = export.export_views(tab_plots(self.current_tab(), hidden=hidden), path, width)
        if result.failed is not None:
            raise result.error
        return result.written

    def export_dialog(self) -> None:
        self.exports.dialog(self.current_tab(), self.current_key())

    def copy_plot(self) -> None:
        self.exports.copy(self.current_tab())
