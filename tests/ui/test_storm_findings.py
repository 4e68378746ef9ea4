"""What the long event storm found, each kept as a test of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton


def test_the_label_box_of_a_removed_student_changes_nothing(window):
    """Storm seed 1: a removed row's label box (alive until Qt deletes it) got a key press and
    set the label of a row that no longer existed (IndexError)."""
    window.show_tab("classification")
    tab = window.pages["classification"]
    count = len(tab.state().students)
    last = window.findChild(QComboBox, f"classification.label.{count - 1}")
    window.findChild(QPushButton, "classification.remove").click()  # removes the last row
    QApplication.processEvents()
    assert len(tab.state().students) == count - 1
    before = tab.state()
    QTest.keyClick(last, Qt.Key.Key_Down)  # Qt deletes it later; until then it takes keys
    QTest.keyClick(last, Qt.Key.Key_Up)
    assert tab.state() == before
