"""The registry of tabs: the one place that says which tabs exist and in what order."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lossstudio.ui.tab import Tab


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
