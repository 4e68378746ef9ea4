"""What the lesson editor names and how its edits undo: each answer's label (the check boxes'
texts) and :class:`LessonCommand`, one lesson edit on the window's undo stack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand


def answer_label(name: str) -> str:
    """What a person calls answer ``name`` (the check boxes' texts)."""
    translate = QCoreApplication.translate
    texts = {
        "loss": translate("LessonEditor", "the loss value J (and what reads it)"),
        "best_fit": translate("LessonEditor", "the best-fit line, its J and the contour's star"),
        "margin": translate("LessonEditor", "the six losses' values at the margin"),
        "table": translate("LessonEditor", "Table 3-1's sums and growths"),
        "minimum": translate("LessonEditor", "the minimum's marker"),
        "losses": translate("LessonEditor", "the students' losses, bars and totals"),
        "information": translate("LessonEditor", "the information I = −ln p"),
        "entropy": translate("LessonEditor", "the entropy H(p)"),
        "cross_entropy": translate("LessonEditor", "KL(p ‖ q) and H(p, q)"),
        "convexity": translate("LessonEditor", "which loss map has plateaus, which is convex"),
        "gradients": translate("LessonEditor", "the two gradients"),
    }
    return texts.get(name, name)


class LessonCommand(QUndoCommand):
    """One lesson edit: undo shows the lesson (and position) before, redo after."""

    def __init__(self, controller, before, after, text: str):
        super().__init__(text)
        self.controller, self.before, self.after = controller, before, after
        self._applied = True

    def undo(self) -> None:
        self.controller.restore(*self.before)

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.controller.restore(*self.after)
