"""The selected student's predicted probabilities as sliders, one per class (binary: one, a).

Each is a :class:`~lossstudio.ui.widgets.number_field.SliderField`: a drag's frames are
previews and its release one undo step (the panel's ``slid``). Rebuilt only when the student
or its classes change; its titles are translated in the students panel's context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox

from lossstudio.model import classification as model
from lossstudio.ui.widgets.number_field import SliderField


class StudentSliders(QGroupBox):
    def __init__(self, panel):
        super().__init__()
        self.panel = panel
        self.setObjectName("classification.sliders")
        self.sliders_layout = QFormLayout(self)
        self.sliders: list[SliderField] = []
        self._structure = None

    def forget(self) -> None:
        """Build the sliders again at the next :meth:`show_student` (a language change)."""
        self._structure = None

    def show_student(self, row: int, student: model.Student | None) -> None:
        structure = (
            None if student is None else (row, student.name, student.kind, student.class_count)
        )
        if structure != self._structure:
            while self.sliders_layout.rowCount():
                self.sliders_layout.removeRow(0)
            self.sliders = []
            if student is not None:
                names = self.panel.class_names(student)
                count = 1 if student.binary else student.class_count
                for j in range(count):
                    slider = SliderField(0.0, 0.0, 1.0, digits=4)
                    slider.setObjectName(f"classification.slider.{j}")
                    slider.edited.connect(lambda v, done, j=j: self.panel.slid(j, v, done))
                    self.sliders_layout.addRow(f"P({names[j]})", slider)
                    self.sliders.append(slider)
            self._structure = structure
        if student is None:
            self.setTitle(QCoreApplication.translate("StudentsPanel", "No students: add one"))
            return
        self.setTitle(
            QCoreApplication.translate(
                "StudentsPanel", "Student {name}: predicted probabilities"
            ).format(name=student.name)
        )
        for j, slider in enumerate(self.sliders):
            slider.setValue(student.distribution()[j])
