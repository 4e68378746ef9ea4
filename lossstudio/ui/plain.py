"""Text from a person or a file is shown as plain text, never as rich text.

A ``QLabel`` or tool tip in Qt's default ``AutoText`` mode renders anything that looks like
HTML: a student called ``<img src="/dev/zero">`` would make Qt load /dev/zero as an image (the
window freezes), and ``<img src="/etc/hostname">`` reads a local file. Every label that can show
such text is set to ``PlainText`` here, and tool tips are escaped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget


def plain(*labels: QLabel) -> None:
    """Show these labels' text as plain text."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_children(widget: QWidget) -> None:
    """Every label below ``widget`` still in ``AutoText`` mode shows plain text (labels that
    really show rich text set ``RichText`` themselves)."""
    for label in widget.findChildren(QLabel):
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(Qt.TextFormat.PlainText)


def tooltip(text: str) -> str:
    """``text`` as a tool tip that shows exactly these characters (escaped, line breaks kept)."""
    return GuiQt.convertFromPlainText(text) if text else ""
