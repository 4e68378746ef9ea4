"""Hiding an answer on a tab: its number becomes a placeholder, what gives it away is held back.

Each tab's ``cover_answers(hidden)`` runs after every ``render`` (``ui/tab.py`` sees to that)
and uses these helpers on the widgets and items that show an answer.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QWidget

from lossstudio.ui.tab import PLACEHOLDER

_TAGS = re.compile(r"<[^>]+>")


def masked(text: str) -> str:
    """``text`` with the value after its last "=" replaced by the placeholder.

    "J = Σ loss = 0.87" -> "J = Σ loss = ?"; a bare number -> "?". Applying it twice changes
    nothing more, so covering again after a partial re-render is harmless.
    """
    if "=" not in _TAGS.sub("", text):
        return PLACEHOLDER
    return text.rsplit("=", 1)[0].rstrip() + " = " + PLACEHOLDER


def cover_text(widget, hidden: bool, whole: bool = False) -> None:
    """A QLabel, QTableWidgetItem or TextItem: its value (or all of it) as the placeholder."""
    if not hidden:
        return
    current = widget.toPlainText() if _is_text_item(widget) else widget.text()
    text = PLACEHOLDER if whole else masked(current)
    if current != text:
        widget.setText(text)


def cover_item(item, hidden: bool) -> None:
    """A plot item or widget that gives the answer away: hidden while the answer is (only
    for items whose visibility nothing else decides)."""
    shown_now = not item.isHidden() if isinstance(item, QWidget) else item.isVisible()
    if shown_now == hidden:
        item.setVisible(not hidden)


def _is_text_item(widget) -> bool:
    return hasattr(widget, "textItem")
