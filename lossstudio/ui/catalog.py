"""Placeholder for the catalog tab until its issue lands."""

from PySide6.QtWidgets import QLabel, QVBoxLayout

from lossstudio.ui.tab import Tab


class CatalogTab(Tab):
    key = "catalog"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        QVBoxLayout(self).addWidget(self.label)
        self.retranslate()
        self.set_state(self.default_state())

    def default_state(self):
        return ()

    def render(self, state):
        pass

    def retranslate(self):
        self.label.setText(self.tr("This tab is being built."))
