"""Whether a widget's text fits the room it has: labels (plain, rich and wrapped), buttons,
combo boxes' items, tab bars and table cells and headers, for :mod:`lossstudio.ui.layout_check`.

All sizes are logical pixels.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QTabBar,
    QTableWidget,
    QWidget,
)


def text_clipped(widget: QWidget) -> str | None:
    metrics = widget.fontMetrics()
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        if widget.textFormat().name == "RichText" or ("<" in text and ">" in text):
            needed = widget.sizeHint().width() if not widget.wordWrap() else 0
            if widget.wordWrap():
                height = widget.heightForWidth(widget.width())
                if height > widget.height() + 2:
                    return f"wrapped text needs {height} px height, has {widget.height()}"
                return None
        else:
            if widget.buddy() is not None:  # "&Classes:" shows as "Classes:"
                text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            lines = text.split("\n")
            if widget.wordWrap():
                height = widget.heightForWidth(widget.width())
                if height > widget.height() + 2:
                    return f"wrapped text needs {height} px height, has {widget.height()}"
                return None
            needed = max(metrics.horizontalAdvance(line) for line in lines)
            needed += 2 * widget.margin() + widget.indent() if widget.indent() > 0 else 0
        room = widget.contentsRect().width()
        if needed > room + 1:
            return f"text needs {needed} px, has {room}"
        return None
    if isinstance(widget, QTabBar):
        needed = sum(widget.tabSizeHint(i).width() for i in range(widget.count()))
        if needed > widget.width() + 1 and widget.width() < widget.parentWidget().width():
            return f"tabs need {needed} px, have {widget.width()} (scroll buttons)"
        return None
    if isinstance(widget.parentWidget(), QTabBar):
        return None  # the tab bar's own scroll buttons (reported with the bar)
    if isinstance(widget, (QAbstractButton, QComboBox)):
        hint = widget.minimumSizeHint() if isinstance(widget, QComboBox) else widget.sizeHint()
        if isinstance(widget, QComboBox):
            needed = max(
                (metrics.horizontalAdvance(widget.itemText(i)) for i in range(widget.count())),
                default=0,
            )
            room = (
                widget.style()
                .subControlRect(
                    widget.style().ComplexControl.CC_ComboBox,
                    _combo_option(widget),
                    widget.style().SubControl.SC_ComboBoxEditField,
                    widget,
                )
                .width()
            )
            if needed > room + 1:
                return f"item text needs {needed} px, has {room}"
            return None
        if hint.width() > widget.width() + 1:
            return f"needs {hint.width()} px, has {widget.width()}"
    return None


def _combo_option(combo: QComboBox):
    from PySide6.QtWidgets import QStyleOptionComboBox

    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    return option


def cells_clipped(table: QTableWidget) -> list[str]:
    """Cells whose text does not fit their column (Qt elides them: "-0.000846…")."""
    out = []
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None or not item.text() or table.cellWidget(row, column) is not None:
                continue
            font_metrics = metrics if item.font() == table.font() else None
            width = (font_metrics or table.fontMetrics()).horizontalAdvance(item.text())
            room = table.columnWidth(column) - 6  # Fusion's text margins in a cell
            if width > room:
                out.append(f"cell ({row}, {column}) {item.text()!r} needs {width} px, has {room}")
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        if item is None or not item.text() or header.isSectionHidden(column):
            continue
        needed, has = header.sectionSizeHint(column), header.sectionSize(column)
        if needed > has + 1:
            out.append(f"header {item.text()!r} needs {needed} px, has {has}")
    return out
