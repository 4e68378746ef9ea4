"""The Loss Catalog tab: the six sample losses of section 3.1, live."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QApplication, QHBoxLayout, QTabWidget, QWidget

from lossstudio.model.catalog import LOSS_KEYS, CatalogState
from lossstudio.model.lesson import ANSWERS
from lossstudio.ui import answers, style
from lossstudio.ui.drawer import Drawer, size_by_page_on_show
from lossstudio.ui.tab import Tab

from .descent import DescentPage
from .margin import MarginPage
from .panel import LossPanel
from .single import SinglePage
from .table31 import TablePage

#: the pages in their order: (attribute, class); each is built when first shown or asked for
PAGES = (
    ("single", SinglePage),
    ("margin", MarginPage),
    ("table", TablePage),
    ("descent", DescentPage),
)


def _page_property(name: str) -> property:
    return property(lambda self: self._page(name), doc=f"The {name} page (built on first use).")


class CatalogTab(Tab):
    """The six losses: one at a time, all on the margin, Table 3-1 and Figure 3-1.

    The left panel picks the loss and its label; the pages on the right show it. Each page
    hands a new state up through ``changed(state, finished)``: finished changes become one
    undo step each (:meth:`apply`), drag frames are previews until the drag ends (:meth:`finish`).
    Only the page on show is built at first; the others are built when first shown (or asked
    for through ``tab.margin`` and the like) and then show the current state.
    """

    key = "catalog"
    ANSWERS = ANSWERS["catalog"]
    PAGES = tuple(name for name, _cls in PAGES)
    single = _page_property("single")
    margin = _page_property("margin")
    table = _page_property("table")
    descent = _page_property("descent")

    def __init__(self, parent: QWidget | None = None, *, session=None):
        super().__init__(parent, session=session)
        self.panel = LossPanel()
        self.panel.lossChosen.connect(lambda key: self.apply(self.state().with_loss(key)))
        self.panel.labelChosen.connect(lambda label: self.apply(replace(self.state(), label=label)))
        self._built: dict[str, QWidget] = {}
        self._dirty: set[QWidget] = set()
        self.pages = QTabWidget(objectName="catalog.pages")
        for _name, _cls in PAGES:
            self.pages.addTab(QWidget(), "")  # stands in until the page is built
        self._page(PAGES[0][0])
        self.pages.currentChanged.connect(self._page_shown)
        layout = QHBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.pages, 1)
        # presentation: the loss list and card fold into a drawer on the right (the open
        # drawer leaves the readouts under the plot, on the left, in view)
        self.drawer = Drawer(self, self.panel, "right", "catalog.drawer")
        self._drawers = [self.drawer]
        style.signals.changed.connect(self._restyle)
        self._restyle_widgets()
        self.retranslate()
        self.show_state()

    @classmethod
    def default_state(cls) -> CatalogState:
        return CatalogState()

    # --- pages, built on first use --------------------------------------------------------------
    def _page(self, name: str) -> QWidget:
        page = self._built.get(name)
        if page is not None:
            return page
        index = [key for key, _cls in PAGES].index(name)
        page = PAGES[index][1]()
        self._built[name] = page
        page.changed.connect(self.change)
        page.restyle()
        page.retranslate()
        stand_in = self.pages.widget(index)
        current = self.pages.currentIndex()
        with QSignalBlocker(self.pages):  # the same page stays current
            self.pages.removeTab(index)
            self.pages.insertTab(index, page, self.pages_titles()[index])
            self.pages.setCurrentIndex(current)
        stand_in.setParent(None)
        stand_in.deleteLater()
        self._dirty.add(page)
        self._render_current()
        return page

    def _page_shown(self, index: int) -> None:
        if 0 <= index < len(PAGES):
            self._page(PAGES[index][0])
        self._render_current()
        size_by_page_on_show(self.pages, self.drawer.presenting)
        # the margin page has its own loss switches, and its readouts at the right
        self.drawer.set_available(self._current_name() != "margin")

    def set_presenting(self, on: bool) -> None:
        """The loss list and card in their drawer; only the page on show sets the size."""
        super().set_presenting(on)
        size_by_page_on_show(self.pages, on)

    def pages_titles(self) -> tuple[str, ...]:
        return (
            self.tr("One loss"),
            self.tr("All six on the margin"),
            self.tr("Table 3-1"),
            self.tr("Gradient descent (Figure 3-1)"),
        )

    # --- presenter keys --------------------------------------------------------------------------
    def _current_name(self) -> str:
        return PAGES[self.pages.currentIndex()][0]

    def presenter_step(self, direction: int) -> bool:
        """Figure 3-1: the next point of the walk; the other pages: the next loss."""
        if self._current_name() == "descent":
            self.descent.presenter_step(direction)
            return True
        index = LOSS_KEYS.index(self.state().loss) + (1 if direction > 0 else -1)
        if 0 <= index < len(LOSS_KEYS):
            self.apply(self.state().with_loss(LOSS_KEYS[index]))
        return True

    def presenter_play(self) -> bool:
        if self._current_name() != "descent":
            return False
        self.descent.presenter_play()
        return True

    # --- drawing --------------------------------------------------------------------------------
    def render(self, state: CatalogState, draft: bool = False) -> None:
        if not draft and "descent" in self._built:  # undo, a scene, a click: playing stops
            self._built["descent"].stop(report=False)
        self._draw(state)

    def _draw(self, state: CatalogState) -> None:
        self.panel.render(state)
        self._dirty = set(self._built.values())
        self._render_current()

    def prepare_every_page(self) -> None:
        """Every page built and showing the current state (with its answers covered), for an
        export of the pages not on show: a page built late, or drawn for an older state, was
        left out or exported stale."""
        for name, _cls in PAGES:
            self._page(name)
        for page in list(self._dirty):
            self._dirty.discard(page)
            page.render(self.state())
        self.cover_answers(self._hidden_answers)

    def _render_current(self) -> None:
        page = self.pages.currentWidget()
        if page in self._dirty and self._showing:
            self._dirty.discard(page)
            page.render(self.state())
            self.cover_answers(self._hidden_answers)

    # --- hidden answers and pages ---------------------------------------------------------------
    def cover_answers(self, hidden: frozenset[str]) -> None:
        """Hide "loss" (the one loss's value and slope, also in Figure 3-1's table), "margin"
        (the all-six table's values), "table" (Table 3-1's sums, growths and verdict) on the
        pages built so far."""
        single = self._built.get("single")
        if single is not None:
            single.cover("loss" in hidden)
        walk = self._built.get("descent")  # Figure 3-1's table: the same loss at each x_k
        if walk is not None:
            for row in range(walk.table.rowCount()):
                for column in (2, 3):
                    cell = walk.table.item(row, column)
                    if cell is not None:
                        answers.cover_text(cell, "loss" in hidden, whole=True)
        margin = self._built.get("margin")
        if margin is not None:
            for row in range(margin.table.rowCount()):
                for column in (1, 2):
                    cell = margin.table.item(row, column)
                    if cell is not None:
                        answers.cover_text(cell, "margin" in hidden, whole=True)
        table = self._built.get("table")
        if table is not None:
            for label in table.sums.values():
                answers.cover_text(label, "table" in hidden)
            for label in table.growth.values():  # "4 / 3" would tell the sums
                answers.cover_text(label, "table" in hidden, whole=True)
            answers.cover_item(table.verdict, "table" in hidden)

    def current_page(self) -> str:
        return self.PAGES[self.pages.currentIndex()]

    def show_page(self, name: str) -> None:
        self.pages.setCurrentIndex(self.PAGES.index(name))

    def _restyle_widgets(self) -> None:
        self.panel.restyle()
        self.pages.setFont(style.font(11))
        self.pages.tabBar().setFont(QApplication.font())  # the four titles fit a 1024 screen
        for page in self._built.values():
            page.restyle()

    def _restyle(self) -> None:
        self._restyle_widgets()
        if self._showing:
            self._draw(self.state())

    def retranslate(self) -> None:
        self.panel.retranslate()
        self.drawer.retranslate()
        for index, text in enumerate(self.pages_titles()):
            self.pages.setTabText(index, text)
        for page in self._built.values():
            page.retranslate()
        if self._showing:
            self._draw(self.state())
