"""Widgets that keep their contents whole on a small screen.

- :func:`fit_columns`: a table whose columns are as wide as their texts (Qt's equal-width
  stretching elided "Exponential loss" and "-0.000846…"), spare width to the last column, and a
  minimum width that shows every column.
- :class:`SideScroll`: a vertical scroll area for a side panel, exactly as wide as the panel
  needs (a fixed width cut long combo box items and fields off on the right).
- :class:`AdaptiveRow`: widgets side by side when there is room, the last one on a row of its
  own below the others when not.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QScrollArea,
    QSizePolicy,
    QWidget,
)


def columns_width(table: QAbstractItemView) -> int:
    """The width every column of ``table`` needs for its header and cells."""
    header = table.horizontalHeader()
    total = 0
    for column in range(header.count()):
        if not header.isSectionHidden(column):
            total += max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
    return total


def fit_columns(table: QAbstractItemView, *, stretch_last: bool = True) -> None:
    """Columns as wide as their contents, the spare width to the last one; the table at least
    as wide as all of them. Call again when the texts or the font change."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_last and header.count():
        header.setSectionResizeMode(header.count() - 1, QHeaderView.ResizeMode.Stretch)
    bar = table.verticalScrollBar()
    extra = 2 * table.frameWidth() + (bar.sizeHint().width() if bar.isVisible() else 0)
    table.setMinimumWidth(columns_width(table) + extra + 2)


class SideScroll(QScrollArea):
    """A side panel that scrolls up and down, never sideways, and is as wide as it needs."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.floor = 0  # the least width, whatever the panel needs (pixels, set by the tab)
        for combo in panel.findChildren(QComboBox):  # its longest item whole, not cut
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        panel.installEventFilter(self)

    def refit(self) -> None:
        """Take the width the panel needs now (after its texts, fonts or floor changed):
        every combo box as wide as its longest item (its minimum hint is 30 px)."""
        for combo in self.widget().findChildren(QComboBox):
            wanted = combo.sizeHint().width()
            if combo.minimumWidth() != wanted:
                combo.setMinimumWidth(wanted)
        self.setFixedWidth(self._needed())

    def _needed(self) -> int:
        panel = self.widget()
        bar = self.verticalScrollBar().sizeHint().width()
        return max(panel.minimumSizeHint().width() + bar + 2 * self.frameWidth() + 2, self.floor)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._needed(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self._needed(), super().sizeHint().height())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.refit()
        return super().eventFilter(watched, event)


def _least(widget: QWidget) -> QSize:
    """The least size a layout gives ``widget``: its minimum size where set, else its hint."""
    return widget.minimumSize().expandedTo(widget.minimumSizeHint())


class AdaptiveRow(QWidget):
    """``widgets`` side by side (with their stretch factors) when the row is at least
    ``wide_at()`` pixels wide; otherwise the last widget goes under the others, full width.

    The minimum width is the narrow arrangement's, so a window can always shrink into it; the
    minimum height is the arrangement's shown (side by side the row needs only its tallest).
    """

    def __init__(self, widgets, stretches, wide_at, parent: QWidget | None = None):
        super().__init__(parent)
        self._widgets, self._stretches, self.wide_at = list(widgets), list(stretches), wide_at
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.wide: bool | None = None
        self._arrange(True)

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        """One more widget at the end (the one that goes under the others when narrow)."""
        self._widgets.append(widget)
        self._stretches.append(stretch)
        widget.installEventFilter(self)  # its wrapped texts need height for its width
        self._arrange(bool(self.wide), force=True)

    def eventFilter(self, watched, event) -> bool:
        """The last widget at least as tall as its wrapped texts need at its width (Qt's
        splitters and grids ask a widget's minimum, not its height for a width)."""
        last = watched is self._widgets[-1] and watched.hasHeightForWidth()
        if event.type() == QEvent.Type.Resize and last:
            needed = watched.heightForWidth(watched.width())
            if needed > 0 and needed != watched.minimumHeight():
                watched.setMinimumHeight(needed)
                self.updateGeometry()
        return super().eventFilter(watched, event)

    def _arrange(self, wide: bool, force: bool = False) -> None:
        if wide == self.wide and not force:
            return
        self.wide = wide
        grid = self._grid
        for widget in self._widgets:
            grid.removeWidget(widget)
        last = len(self._widgets) - 1
        for column in range(last + 1):
            grid.setColumnStretch(column, 0)
        for column, (widget, stretch) in enumerate(
            zip(self._widgets, self._stretches, strict=True)
        ):
            if wide or column < last:
                grid.addWidget(widget, 0, column)
                grid.setColumnStretch(column, stretch)
            else:
                grid.addWidget(widget, 1, 0, 1, last)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 0)
        self.updateGeometry()  # the minimum height follows the arrangement

    def minimumSizeHint(self) -> QSize:
        sizes = [_least(w) for w in self._widgets]
        spacing = max(self._grid.spacing(), 0)
        narrow = sum(size.width() for size in sizes[:-1]) + spacing * (len(sizes) - 2)
        narrow = max(narrow, sizes[-1].width())
        height = max(size.height() for size in sizes[:-1])
        if self.wide:
            height = max(height, sizes[-1].height())
        else:
            height += spacing + sizes[-1].height()
        return QSize(narrow, height)

    def resizeEvent(self, event) -> None:
        self._arrange(event.size().width() >= self.wide_at())
        super().resizeEvent(event)


class WithinView(QObject):
    """Keeps ``widget`` (a plot in a page that scrolls) no taller than what the scroll area
    around it shows below the widget's top, so that all of it is on screen with the page
    scrolled to the top; at least ``least`` pixels. Table 3-2's bars stretched to the height of
    the tall column beside them, and the H(p, q) bar they compare sat below the fold."""

    def __init__(self, widget: QWidget, least: int = 160):
        super().__init__(widget)
        self.widget, self.least = widget, least
        self._viewport: QWidget | None = None
        widget.installEventFilter(self)

    def _scroll_viewport(self) -> QWidget | None:
        parent = self.widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent.viewport() if parent is not None else None

    def fit(self) -> None:
        viewport = self._viewport
        if viewport is None:
            return
        page = viewport.parentWidget().widget() if viewport.parentWidget() else None
        if page is None:
            return
        top = self.widget.mapTo(page, QPoint(0, 0)).y()
        room = viewport.height() - top - 4
        self.widget.setMaximumHeight(max(self.least, room))

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if watched is self.widget and kind == QEvent.Type.Show and self._viewport is None:
            self._viewport = self._scroll_viewport()
            if self._viewport is not None:
                self._viewport.installEventFilter(self)
            self.fit()
        elif watched is self._viewport and kind == QEvent.Type.Resize:
            self.fit()
        return False
