"""Presentation layout: a tab's side panel folds into a drawer the lecturer opens on demand.

In presentation mode the plots and the big readouts get the width: each tab's side panel (the
controls) leaves its layout and becomes a sheet that floats over the tab's edge, hidden until
the lecturer opens it with the drawer's handle (a narrow strip at that edge, its title written
along it) or with F9. An open sheet covers the plot beside it (the plots do not jump to a new
size each time it opens) and scrolls when it is taller than the screen. Out of presentation the
panel goes back exactly where it was.

:class:`Drawer` does this for one panel; :class:`Relocation` moves a few widgets (readouts the
room must read while the panel is folded) into another layout and back.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QBoxLayout,
    QFrame,
    QLayout,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

#: The key that opens and closes the drawer in presentation mode (no other use in the app).
DRAWER_KEY = "F9"


def find_in_layout(layout: QLayout, widget: QWidget) -> tuple[QLayout, int] | None:
    """The layout (``layout`` or one nested in it) that holds ``widget``, and its index there."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            return layout, index
        if item.layout() is not None:
            found = find_in_layout(item.layout(), widget)
            if found is not None:
                return found
    return None


class Relocation:
    """Widgets moved into another layout and back to where each was (same layout, index,
    stretch), e.g. a readout out of a folded panel into a strip above the plot."""

    def __init__(self, widgets: list[QWidget]):
        self.widgets = list(widgets)
        self._homes: list[tuple[QLayout, int, int]] | None = None

    def move_to(
        self, layout: QBoxLayout, stretches: list[int] | None = None, at: int | None = None
    ) -> None:
        """Into ``layout`` at its end (or from index ``at`` on), with these stretches."""
        if self._homes is not None:
            return
        homes = []
        for widget in self.widgets:
            home, index = find_in_layout(widget.parentWidget().layout(), widget)
            stretch = home.stretch(index) if isinstance(home, QBoxLayout) else 0
            homes.append((home, index, stretch))
        self._homes = homes
        stretches = stretches or [0] * len(self.widgets)
        for offset, (widget, stretch) in enumerate(zip(self.widgets, stretches, strict=True)):
            layout.insertWidget(-1 if at is None else at + offset, widget, stretch)

    def restore(self) -> None:
        if self._homes is None:
            return
        homes, self._homes = self._homes, None
        for widget, (home, index, stretch) in zip(self.widgets, homes, strict=True):
            home.insertWidget(index, widget, stretch)

    def moved(self) -> bool:
        return self._homes is not None


class DeskSplit(QObject):
    """A splitter's sizes kept while presenting (:meth:`save`) and given back (:meth:`restore`)
    once it is its desk width again: the layout is restored before the window leaves full
    screen, and a splitter shares a change of width out by its stretch factors, so restoring
    at once left it elsewhere (the Classification table 659 px wide instead of 766)."""

    def __init__(self, splitter: QSplitter):
        super().__init__(splitter)
        self.splitter = splitter
        self._desk: tuple[list[int], int] | None = None
        self._pending: tuple[list[int], int] | None = None
        splitter.installEventFilter(self)

    def saved(self) -> bool:
        return self._desk is not None

    def save(self) -> None:
        if self._desk is None:
            self._desk = (self.splitter.sizes(), self.splitter.width())

    def restore(self) -> None:
        if self._desk is None:
            return
        self._pending, self._desk = self._desk, None
        self._apply()
        # the window is back within a moment or not at all (another screen): stop waiting
        QTimer.singleShot(2000, self._give_up)

    def _give_up(self) -> None:
        self._pending = None

    def _apply(self) -> None:
        if self._pending is not None and shiboken6.isValid(self.splitter):
            self.splitter.setSizes(self._pending[0])  # (restoreState left them as they were)
            if self.splitter.width() == self._pending[1]:
                self._pending = None

    def eventFilter(self, watched, event) -> bool:
        resize = event.type() == QEvent.Type.Resize
        if resize and self._pending is not None and event.size().width() == self._pending[1]:
            QTimer.singleShot(0, self._apply)  # after the splitter's own resize
        return False


def size_by_page_on_show(pages: QTabWidget, on: bool) -> None:
    """``on`` (presenting): the inner pages not on show count for nothing in ``pages``' least
    size (a stacked widget takes the largest of all its pages: the students' table set the
    height of Table 3-2's page, whose own page scrolls); off: every page's own policy back."""
    from PySide6.QtWidgets import QSizePolicy

    current = pages.currentIndex()
    for index in range(pages.count()):
        page = pages.widget(index)
        own = page.property("lossstudio_own_policy")
        if own is None:
            own = page.sizePolicy()
            page.setProperty("lossstudio_own_policy", own)
        if on and index != current:
            ignored = QSizePolicy.Policy.Ignored
            wanted = QSizePolicy(ignored, ignored)
        else:
            wanted = own
        if page.sizePolicy() != wanted:
            page.setSizePolicy(wanted)


class DrawerHandle(QAbstractButton):
    """The drawer's handle: a strip as high as the tab with an arrow and the drawer's title
    written along it (upwards on the left edge, downwards on the right)."""

    def __init__(self, side: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.side = side
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click keeps the plot's keyboard focus
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def _arrow(self) -> str:
        opens_right = self.side == "left"
        return "◀" if self.isChecked() == opens_right else "▶"

    def _pad(self) -> int:
        return max(4, self.fontMetrics().height() // 3)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        length = metrics.horizontalAdvance(f"{self._arrow()}  {self.text()}")
        return QSize(metrics.height() + 2 * self._pad(), length + 4 * self._pad())

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.height() + 2 * self._pad(), 3 * metrics.height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        fill = palette.color(
            QPalette.ColorRole.Highlight if self.isChecked() else QPalette.ColorRole.Button
        )
        if self.underMouse() and not self.isChecked():
            fill = fill.darker(110) if fill.lightness() > 128 else fill.lighter(130)
        text = palette.color(
            QPalette.ColorRole.HighlightedText
            if self.isChecked()
            else QPalette.ColorRole.ButtonText
        )
        painter.fillRect(self.rect(), fill)
        painter.setPen(QPen(QColor(palette.color(QPalette.ColorRole.Mid)), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.setPen(text)
        painter.translate(self.width() / 2, self.height() / 2)
        painter.rotate(-90 if self.side == "left" else 90)
        box = QRect(-self.height() // 2, -self.width() // 2, self.height(), self.width())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"{self._arrow()}  {self.text()}")
        painter.end()

    def enterEvent(self, event) -> None:
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:
        self.update()
        super().leaveEvent(event)


class DrawerSheet(QFrame):
    """The open drawer: an opaque framed sheet over the tab's edge holding the panel."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("presentation.drawer")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        self.hide()


class Drawer(QObject):
    """``panel`` (a widget in a layout under ``host``) folds into a drawer on ``side`` ("left"
    or "right") of ``host`` in presentation mode; ``host`` has a horizontal box layout for the
    handle. ``opened(bool)`` when the drawer opens or closes."""

    opened = Signal(bool)

    def __init__(
        self,
        host: QWidget,
        panel: QWidget,
        side: str,
        name: str,
        *,
        below: QWidget | None = None,
        low: bool = False,
    ):
        """``below``: the open sheet starts under this widget (a readout the room reads
        stays uncovered); ``low``: the sheet is only as high as the panel needs, at the
        bottom (the students' table and J above it stay in view)."""
        super().__init__(host)
        self.host, self.panel, self.side = host, panel, side
        self.below, self.low = below, low
        self.setObjectName(name)
        self.handle = DrawerHandle(side, host)
        self.handle.setObjectName(f"{name}.handle")
        self.handle.hide()
        self.handle.clicked.connect(lambda on: self.set_open(on))
        self.sheet = DrawerSheet(host)
        self.sheet.setObjectName(f"{name}.sheet")
        self._scroll: QScrollArea | None = None  # made for a panel that does not scroll itself
        self._home: tuple[QLayout, int, int] | None = None
        self.presenting = False
        self.available = True  # False on a page the panel is not for (its handle hidden)
        host.installEventFilter(self)
        self.handle.installEventFilter(self)  # the sheet follows the handle once laid out
        from lossstudio.ui import style

        style.signals.changed.connect(self.restyle)
        self.retranslate()

    def restyle(self) -> None:
        """The handle's title at the scale's size (bold: it is read from the room)."""
        import shiboken6

        from lossstudio.ui import style

        if shiboken6.isValid(self.handle):
            self.handle.setFont(style.font(11, bold=True))
            self.handle.updateGeometry()

    def retranslate(self) -> None:
        self.handle.setText(self.tr("Controls"))
        self.handle.setToolTip(
            self.tr("Open or close the controls ({key}); presentation mode folds them away").format(
                key=DRAWER_KEY
            )
        )
        self.handle.updateGeometry()

    # --- folding --------------------------------------------------------------------------------
    def set_presenting(self, on: bool) -> None:
        """Fold the panel into the drawer (closed) or put it back in its layout."""
        on = bool(on)
        if on == self.presenting:
            return
        self.presenting = on
        if on:
            self.restyle()
            self._fold()
        else:
            self._unfold()

    def _fold(self) -> None:
        panel = self.panel
        home, index = find_in_layout(panel.parentWidget().layout(), panel)
        stretch = home.stretch(index) if isinstance(home, QBoxLayout) else 0
        self._home = (home, index, stretch)
        home.removeWidget(panel)
        if isinstance(panel, QAbstractScrollArea):
            self.sheet.layout().addWidget(panel)
        else:
            if self._scroll is None:
                self._scroll = QScrollArea(objectName=f"{self.objectName()}.scroll")
                self._scroll.setWidgetResizable(True)
                self._scroll.setFrameShape(QFrame.Shape.NoFrame)
                self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                self.sheet.layout().addWidget(self._scroll)
            self._scroll.setWidget(panel)
            panel.show()
        layout = self.host.layout()
        layout.insertWidget(0 if self.side == "left" else layout.count(), self.handle)
        self.handle.setVisible(self.available)
        self.set_open(False)

    def _unfold(self) -> None:
        self.set_open(False)
        self.host.layout().removeWidget(self.handle)
        self.handle.hide()
        if self._scroll is not None and self._scroll.widget() is self.panel:
            self._scroll.takeWidget()
        else:
            self.sheet.layout().removeWidget(self.panel)
        home, index, stretch = self._home
        self._home = None
        home.insertWidget(index, self.panel, stretch)
        self.panel.show()

    def set_available(self, on: bool) -> None:
        """Whether the drawer belongs to the page on show (its handle hidden, and the sheet
        closed, where it does not)."""
        self.available = bool(on)
        if self.presenting:
            if not on:
                self.set_open(False)
            self.handle.setVisible(on)

    # --- opening --------------------------------------------------------------------------------
    def is_open(self) -> bool:
        return self.presenting and self.sheet.isVisible()

    def toggle(self) -> bool:
        """Open a closed drawer, close an open one; False out of presentation (no drawer)."""
        if not self.presenting or not self.available:
            return False
        self.set_open(not self.is_open())
        return True

    def set_open(self, on: bool) -> None:
        on = bool(on) and self.presenting
        self.handle.setChecked(on)
        if on:
            self._place()
            self.sheet.raise_()
            self.sheet.show()
        else:
            self.sheet.hide()
        self.handle.updateGeometry()
        self.handle.update()
        self.opened.emit(on)

    def _wanted_width(self) -> int:
        panel = self.panel
        least = panel.minimumSize().expandedTo(panel.minimumSizeHint()).width()
        width = max(least, panel.sizeHint().width())
        if self._scroll is not None and self._scroll.widget() is panel:
            width += self._scroll.verticalScrollBar().sizeHint().width()
        margins = self.sheet.contentsMargins()
        return width + margins.left() + margins.right() + 2 * self.sheet.frameWidth()

    def _place(self) -> None:
        """The sheet beside the handle, as wide as the panel wants (at most the host's width
        less the handle's), from under ``below`` (or the top) to the bottom; ``low``: only as
        high as the panel wants."""
        host, handle = self.host, self.handle.geometry()
        room = host.width() - handle.width()
        width = min(self._wanted_width(), max(room, 0))
        left = handle.right() + 1 if self.side == "left" else handle.left() - width
        top = 0
        below = self.below
        if below is not None and below.isVisible() and host.isAncestorOf(below):
            top = below.mapTo(host, QPoint(0, below.height())).y() + 2
            if host.height() - top < 4 * self.handle.fontMetrics().height():
                top = 0  # no strip at the bottom: over the readout, rather
        height = host.height() - top
        if self.low:
            wanted = self.panel.sizeHint().height() + 2 * self.sheet.frameWidth() + 4
            height = min(height, wanted)
            top = host.height() - height
        self.sheet.setGeometry(QRect(QPoint(left, top), QSize(width, height)))

    def eventFilter(self, watched, event) -> bool:
        moved = (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.LayoutRequest)
        if watched in (self.host, self.handle) and event.type() in moved and self.sheet.isVisible():
            self._place()
        return False
