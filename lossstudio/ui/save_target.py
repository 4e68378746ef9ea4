"""The file a save will really write, asked about when it exists.

A save dialog asks before replacing only the name as typed: "keep" did not exist, so it asked
nothing, and the app then wrote "keep.json" over the scene that was there. :func:`with_suffix`
adds the ending and asks about the file that will be written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from lossstudio.ui import plain


def with_suffix(
    parent: QWidget, typed: str, suffix: str, known: tuple[str, ...] = ()
) -> str | None:
    """``typed`` with ``suffix`` (".json") added unless it ends in it or in one of ``known``;
    None when that other file exists and the person keeps it."""
    endings = {suffix.lower(), *(ending.lower() for ending in known)}
    if Path(typed).suffix.lower() in endings:
        return typed  # the dialog asked about this very name
    path = typed + suffix
    if Path(path).exists() and not replace_asked(parent, path):
        return None
    return path


def replace_asked(parent: QWidget, path: str) -> bool:
    """Whether the person wants ``path``, which exists, replaced (No is the default)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("SaveTarget", "Replace file"))
    box.setText(
        QCoreApplication.translate("SaveTarget", "“{name}” already exists. Replace it?").format(
            name=Path(path).name
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("SaveTarget", "It is in {folder}.").format(
            folder=str(Path(path).parent)
        )
    )
    plain.plain_children(box)  # a file name is shown as typed, never as rich text
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Yes
