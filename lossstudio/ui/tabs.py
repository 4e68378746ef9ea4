"""The registry of tabs: the one place that says which tabs exist and in what order."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lossstudio.ui.tab import PendingTab, Tab

if TYPE_CHECKING:
    from lossstudio.ui.main_window import MainWindow


@dataclass(frozen=True)
class TabSpec:
    key: str  # objectName of the tab and the value of ``--tab``
    title: str  # untranslated; shown through ``QCoreApplication.translate("Tabs", title)``
    module: str
    class_name: str

    def translated_title(self) -> str:
        return QCoreApplication.translate("Tabs", self.title)

    def tab_class(self) -> type[Tab]:
        return getattr(import_module(self.module), self.class_name)

    def build(self, session=None) -> Tab:
        """The tab, showing (and changing) its state in ``session`` (a private one if None)."""
        return self.tab_class()(session=session)

    def default_state(self):
        """The tab's default state without building its widgets (a class method of every tab)."""
        return self.tab_class().default_state()


TABS: tuple[TabSpec, ...] = (
    TabSpec(
        "catalog", QT_TRANSLATE_NOOP("Tabs", "Loss Catalog"), "lossstudio.ui.catalog", "CatalogTab"
    ),
    TabSpec(
        "regression",
        QT_TRANSLATE_NOOP("Tabs", "Regression"),
        "lossstudio.ui.regression",
        "RegressionTab",
    ),
    TabSpec("descent", QT_TRANSLATE_NOOP("Tabs", "Descent"), "lossstudio.ui.descent", "DescentTab"),
    TabSpec(
        "classification",
        QT_TRANSLATE_NOOP("Tabs", "Classification"),
        "lossstudio.ui.classification",
        "ClassificationTab",
    ),
)
KEYS: tuple[str, ...] = tuple(spec.key for spec in TABS)


class Pages(Mapping):
    """``window.pages[key]``: the tab called ``key``, built on first access.

    ``peek(key)`` gives what stands in the tab widget now without building anything: the
    built tab or its :class:`PendingTab` (both show the session's state).
    """

    def __init__(self, window: MainWindow):
        self._window = window

    def __getitem__(self, key: str) -> Tab:
        if key not in KEYS:
            raise KeyError(key)
        return self._window.page(key)

    def __iter__(self) -> Iterator[str]:
        return iter(KEYS)

    def __len__(self) -> int:
        return len(KEYS)

    def __contains__(self, key) -> bool:
        return key in KEYS

    def peek(self, key: str) -> Tab:
        return self._window.tabs.widget(KEYS.index(key))

    def is_built(self, key: str) -> bool:
        return not isinstance(self.peek(key), PendingTab)
