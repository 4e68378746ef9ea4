"""File > Export plots and Copy plot under pointer, for the main window.

What the person is told is what happened: before writing, the files that will be written (a tab
of several plots writes ``NAME-PLOT.png`` beside the chosen name) and which existing ones would
be replaced, with a choice to cancel; after writing, exactly the files written, and for a
failure which file, why (missing or read-only folder, full disk) and which were not tried.
A tab with plots on hidden inner pages (the contour map behind the 3-D view, the other pages of
a tab) offers them too.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from lossstudio.model.files import SpecialFileError

#: The most file names listed in a message (the rest are counted).
LISTED = 12


def tab_plots(tab: QWidget, *, hidden: bool) -> list[QWidget]:
    """The tab's plots (pyqtgraph views and a 3-D view): those on screen first, then, with
    ``hidden``, those on inner pages not shown now."""
    import pyqtgraph as pg
    from PySide6.QtOpenGLWidgets import QOpenGLWidget

    from lossstudio.ui.regression.gl_window import containers_in

    if hidden and hasattr(tab, "prepare_every_page"):
        tab.prepare_every_page()  # pages built on first use exist, and show the current state
    # only the plot classes: PySide's findChildren keeps every child it returns referenced
    # from ``tab`` for good, so findChildren(QWidget) would hold the Python objects of every
    # widget Qt deletes later (the students table's combo boxes, their popups)
    plots = [
        *tab.findChildren(pg.GraphicsView),
        *tab.findChildren(QOpenGLWidget),
        *containers_in(tab),  # the 3-D view: a window in a container, not a QOpenGLWidget
    ]
    shown = [plot for plot in plots if plot.isVisible()]
    if not hidden:
        return shown
    return shown + [plot for plot in plots if not plot.isVisible()]


class ExportController(QObject):
    """Export and copy for ``window`` (a MainWindow: current_tab, report_problem, statusBar)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    # --- asking ------------------------------------------------------------------------------
    def ask_choice(self, text: str, choices: list[str]) -> int | None:
        """A question with one button per choice; the index chosen, None for Cancel."""
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Export plots"), "", parent=self.window
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names: never rich text
        box.setText(text)
        buttons = [box.addButton(c, QMessageBox.ButtonRole.AcceptRole) for c in choices]
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def names(self, paths: list[Path]) -> str:
        listed = [path.name for path in paths[:LISTED]]
        if len(paths) > LISTED:
            listed.append(self.tr("and {count} more").format(count=len(paths) - LISTED))
        return "\n".join(f"  {name}" for name in listed)

    def ask_path(self, key: str) -> tuple[str, int] | None:
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export plots"),
            str(Path.home() / f"{key}.png"),
            self.tr("PNG image (*.png);;SVG vector image (*.svg)"),
        )
        if not path:
            return None
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".svg" if "svg" in chosen.lower() else ".png"
        width = 1920
        if path.lower().endswith(".png"):
            width, ok = QInputDialog.getInt(
                self.window,
                self.tr("Export plots"),
                self.tr("Width in pixels:"),
                1920,
                200,
                8000,
                100,
            )
            if not ok:
                return None
        return path, width

    def choose_plots(self, tab: QWidget) -> list[QWidget] | None:
        shown, every = tab_plots(tab, hidden=False), tab_plots(tab, hidden=True)
        if len(every) == len(shown):
            return shown
        choice = self.ask_choice(
            self.tr("This tab shows %n plot(s) now", "", len(shown))
            + self.tr(" and has %n more on pages not shown.", "", len(every) - len(shown))
            + " "
            + self.tr("Which plots should be exported?"),
            [self.tr("The plots on screen"), self.tr("All {count} plots").format(count=len(every))],
        )
        if choice is None:
            return None
        return shown if choice == 0 else every

    def confirm_targets(self, targets: list[Path], chosen: Path) -> bool:
        """Say which files will be written (and replaced) when that is not just the chosen one."""
        existing = [t for t in targets if t.exists() and t != chosen]  # the dialog asked for it
        if targets == [chosen] and not existing:
            return True
        text = self.tr("%n file(s) will be written in {folder}:", "", len(targets)).format(
            folder=str(chosen.parent)
        )
        text += "\n" + self.names(targets)
        if existing:
            text += "\n\n" + self.tr("These exist already and will be replaced:") + "\n"
            text += self.names(existing)
        return self.ask_choice(text, [self.tr("Export")]) == 0

    # --- exporting ---------------------------------------------------------------------------
    def reason(self, error: OSError) -> str:
        """Why a file could not be written, in the person's language where it is a usual case."""
        reasons = {
            errno.ENOENT: self.tr("the folder does not exist"),
            errno.ENOTDIR: self.tr("the folder does not exist"),
            errno.EACCES: self.tr("the folder cannot be written to"),
            errno.EPERM: self.tr("the folder cannot be written to"),
            errno.EROFS: self.tr("the folder cannot be written to"),
            errno.ENOSPC: self.tr("the disk is full"),
            errno.EDQUOT: self.tr("the disk is full"),
            errno.ENAMETOOLONG: self.tr("the file name is too long"),
            errno.EISDIR: self.tr("a folder has that name"),
        }
        if isinstance(error, SpecialFileError):
            return self.tr("a special file (a pipe or a device) has that name")
        return reasons.get(error.errno, error.strerror or str(error))

    def run(self, views: list[QWidget], path: str, width: int):
        """Write the files and tell the person exactly what happened; returns the result."""
        from lossstudio.ui import export

        result = export.export_views(views, path, width)
        folder = str(Path(path).parent)
        if result.failed is None:
            self.window.statusBar().showMessage(
                self.tr("Exported %n file(s) to {folder}: {names}", "", len(result.written)).format(
                    folder=folder,
                    names=", ".join(p.name for p in result.written),
                ),
                15000,
            )
            return result
        if result.written:
            headline = self.tr("Only {done} of {total} plots were exported.").format(
                done=len(result.written), total=len(views)
            )
        else:
            headline = self.tr("No plot was exported.")
        detail = self.tr("{name} could not be written: {reason}.").format(
            name=result.failed.name, reason=self.reason(result.error)
        )
        if result.written:
            detail += "\n" + self.tr("Written in {folder}:").format(folder=folder) + "\n"
            detail += self.names(result.written)
        if result.not_tried:
            detail += "\n" + self.tr("Not written:") + "\n" + self.names(result.not_tried)
        self.window.report_problem(headline, detail)
        return result

    def dialog(self, tab: QWidget, key: str) -> None:
        from lossstudio.ui import export

        asked = self.ask_path(key)
        if asked is None:
            return
        path, width = asked
        views = self.choose_plots(tab)
        if not views:
            if views is not None:
                self.window.report_problem(self.tr("This tab shows no plot to export."))
            return
        targets = [target for _, target in export.export_targets(views, path)]
        if not self.confirm_targets(targets, Path(path)):
            self.window.statusBar().showMessage(self.tr("Nothing was exported."), 8000)
            return
        self.run(views, path, width)

    # --- copy --------------------------------------------------------------------------------
    def copy(self, tab: QWidget) -> None:
        """Copy the plot under the pointer (3-D included), else the tab's largest plot."""
        from lossstudio.ui import export

        view = export.view_under_pointer(self.window)
        if view is None:
            shown = tab_plots(tab, hidden=False)
            view = max(shown, key=lambda v: v.width() * v.height(), default=None)
        if view is None:
            self.window.statusBar().showMessage(self.tr("This tab shows no plot to copy."), 6000)
            return
        export.copy_view(view)
        self.window.statusBar().showMessage(self.tr("Plot copied to the clipboard."), 6000)
