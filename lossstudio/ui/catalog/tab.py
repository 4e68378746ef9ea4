"""The Loss Catalog tab: the six sample losses of section 3.1, live."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QWidget

from lossstudio.model.catalog import CatalogState
from lossstudio.ui import style
from lossstudio.ui.tab import Tab

from .descent import DescentPage
from .margin import MarginPage
from .panel import LossPanel
from .single import SinglePage
from .table31 import TablePage


class CatalogTab(Tab):
    """The six losses: one at a time, all on the margin, Table 3-1 and Figure 3-1.

    The left panel picks the loss and its label; the pages on the right show it. Each page
    hands a new state up through ``changed(state, finished)``: finished changes become one
    undo step each (:meth:`apply`), drag frames are previews until the drag ends (:meth:`finish`).
    """

    key = "catalog"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.panel = LossPanel()
        self.panel.lossChosen.connect(lambda key: self.apply(self.state().with_loss(key)))
        self.panel.labelChosen.connect(lambda label: self.apply(replace(self.state(), label=label)))
        self.single = SinglePage()
        self.margin = MarginPage()
        self.table = TablePage()
        self.descent = DescentPage()
        self.pages = QTabWidget(objectName="catalog.pages")
        for page in (self.single, self.margin, self.table, self.descent):
            self.pages.addTab(page, "")
            page.changed.connect(self._changed)
            if hasattr(page, "dragEnded"):
                page.dragEnded.connect(self.finish)
        self.pages.currentChanged.connect(lambda _index: self._render_current())
        layout = QHBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.pages, 1)
        self._dirty: set[QWidget] = set()
        style.signals.changed.connect(self._restyle)
        self._restyle_widgets()
        self.retranslate()
        self.set_state(self.default_state())

    def default_state(self) -> CatalogState:
        return CatalogState()

    def _changed(self, state: CatalogState, finished: bool) -> None:
        if finished:
            self.apply(state)
        else:
            self.preview(state)

    def set_state(self, state: CatalogState) -> None:
        self.descent.stop()
        super().set_state(state)

    # --- drawing --------------------------------------------------------------------------------
    def render(self, state: CatalogState) -> None:
        self.panel.render(state)
        self._dirty = {self.single, self.margin, self.table, self.descent}
        self._render_current()

    def _render_current(self) -> None:
        page = self.pages.currentWidget()
        if page in self._dirty and self.state() is not None:
            self._dirty.discard(page)
            page.render(self.state())

    def _restyle_widgets(self) -> None:
        self.panel.restyle()
        self.pages.setFont(style.font(11))
        for page in (self.single, self.margin, self.table, self.descent):
            page.restyle()

    def _restyle(self) -> None:
        self._restyle_widgets()
        if self.state() is not None:
            self.render(self.state())

    def retranslate(self) -> None:
        self.panel.retranslate()
        for index, text in enumerate(
            (
                self.tr("One loss"),
                self.tr("All six on the margin"),
                self.tr("Table 3-1"),
                self.tr("Gradient descent (Figure 3-1)"),
            )
        ):
            self.pages.setTabText(index, text)
        for page in (self.single, self.margin, self.table, self.descent):
            page.retranslate()
        if self.state() is not None:
            self.render(self.state())
