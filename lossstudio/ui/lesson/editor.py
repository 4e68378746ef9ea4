"""Authoring a lesson inside the app: a dock beside the tabs.

"Add this view as a step" captures the current tab, its inner page and its state after the
current step; the step's title, caption and notes (English and Chinese) are edited in place;
steps are moved, duplicated and deleted; check boxes choose the answers that start hidden and
▲ / ▼ the order in which they are revealed (newly hidden ones join at the end, in the tab's
order); a switch opens the controls drawer on the step while presenting (the step's ``panel``).
Every change is one undo step on the window's undo stack.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lossstudio.model import lesson as model
from lossstudio.ui.lesson.edits import LessonCommand, answer_label


class LessonEditor(QDockWidget):
    def __init__(self, window, controller):
        super().__init__(window)
        self.setObjectName("lesson.editor")
        self.window, self.controller = window, controller
        body = QWidget()
        self.setWidget(body)
        self.fields: dict[str, QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        for row, name in enumerate(("title", "lines", "notes")):
            for column, language in enumerate(model.LANGUAGES):
                key = f"{name}.{language}"
                field = QPlainTextEdit()  # text, not a number: no QLineEdit (they are numbers)
                field.setObjectName(f"lesson.edit.{key}")
                field.setTabChangesFocus(True)
                lines = 1 if name == "title" else 3
                height = field.fontMetrics().lineSpacing() * lines + 14
                field.setMaximumHeight(height)
                if name == "title":
                    field.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
                self.fields[key] = field
                label = QLabel()
                self.labels[key] = label
                grid.addWidget(label, row * 2, column)
                grid.addWidget(field, row * 2 + 1, column)
        for field in self.fields.values():
            field.installEventFilter(self)
        # the step points at a control of the tab's side panel: presenting, its drawer opens
        self.panel_box = QCheckBox(objectName="lesson.edit.panel")
        self.panel_box.toggled.connect(self.commit_panel)
        self.answers_box = QGroupBox()
        self.answers_layout = QVBoxLayout(self.answers_box)
        self.answer_boxes: dict[str, QCheckBox] = {}
        self.answer_rows: dict[str, QWidget] = {}
        self.held = QLabel(objectName="lesson.edit.held")  # hidden for a later step's sake
        self.held.setTextFormat(Qt.TextFormat.PlainText)
        self.held.setWordWrap(True)
        self.order_buttons: dict[str, tuple[QPushButton, QPushButton]] = {}
        self.buttons = {}
        row = QHBoxLayout()
        for name, slot in (
            ("add", self.add_view),
            ("update", self.update_from_view),
            ("duplicate", self.duplicate),
            ("delete", self.delete),
            ("up", lambda: self.move(-1)),
            ("down", lambda: self.move(1)),
        ):
            button = QPushButton(objectName=f"lesson.edit.{name}")
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
        column = QVBoxLayout(body)
        column.addLayout(row)
        column.addLayout(grid)
        column.addWidget(self.panel_box)
        column.addWidget(self.answers_box)
        column.addWidget(self.held)
        column.addStretch(1)
        controller.changed.connect(self.refresh)
        self.retranslate()
        self.hide()

    # --- texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit the lesson"))
        names = {
            "title.en": self.tr("Title (English)"),
            "title.zh": self.tr("Title (Chinese)"),
            "lines.en": self.tr("Caption, up to three lines (English)"),
            "lines.zh": self.tr("Caption, up to three lines (Chinese)"),
            "notes.en": self.tr("Notes for the lecturer (English)"),
            "notes.zh": self.tr("Notes for the lecturer (Chinese)"),
        }
        for key, text in names.items():
            self.labels[key].setText(text)
        self.panel_box.setText(self.tr("Open the controls drawer on this step (presentation)"))
        self.panel_box.setToolTip(
            self.tr(
                "Presenting, each tab's side panel is folded into a drawer: tick this where the "
                "step points at one of its controls, and the drawer opens on this step."
            )
        )
        self.answers_box.setTitle(self.tr("Hidden at the start, revealed in this order"))
        texts = {
            "add": self.tr("Add this view as a step"),
            "update": self.tr("Update the step from this view"),
            "duplicate": self.tr("Duplicate"),
            "delete": self.tr("Delete"),
            "up": self.tr("Move up"),
            "down": self.tr("Move down"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if watched in self.fields.values():
            if event.type() == event.Type.FocusOut:
                self.commit_texts()
            elif (
                event.type() == event.Type.KeyPress
                and watched in self._titles()
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            ):
                self.commit_texts()  # a title is one line: Enter sets it
                return True
        return super().eventFilter(watched, event)

    def _titles(self) -> tuple[QPlainTextEdit, ...]:
        return tuple(self.fields[f"title.{language}"] for language in model.LANGUAGES)

    # --- showing the step ----------------------------------------------------------------------
    def refresh(self) -> None:
        controller = self.controller
        on = controller.active()
        for name, button in self.buttons.items():
            button.setEnabled(on or name == "add")
        self.panel_box.setEnabled(on)
        if not on:
            return
        step = controller.step()
        self.panel_box.blockSignals(True)
        self.panel_box.setChecked(step.panel)
        self.panel_box.blockSignals(False)
        for language in model.LANGUAGES:
            self._set(f"title.{language}", getattr(step.title, language))
            self._set(f"notes.{language}", getattr(step.notes, language))
            self._set(
                f"lines.{language}", "\n".join(getattr(line, language) for line in step.lines)
            )
        self._fill_answers(step)

    def _set(self, key: str, text: str) -> None:
        field = self.fields[key]
        if field.toPlainText() != text:
            field.blockSignals(True)
            field.setPlainText(text)
            field.blockSignals(False)

    def _fill_answers(self, step: model.Step) -> None:
        """One row per answer of the step's tab: hidden ones first, in their reveal order
        (numbered, with buttons to reveal earlier or later), then the others."""
        names = model.ANSWERS[step.tab]
        if tuple(sorted(self.answer_boxes)) != tuple(sorted(names)):
            for row in self.answer_rows.values():
                row.setParent(None)
                row.deleteLater()
            self.answer_boxes, self.answer_rows, self.order_buttons = {}, {}, {}
            for name in names:
                self._answer_row(name)
        order = [*step.reveal, *(name for name in names if name not in step.reveal)]
        for name in order:  # re-added in this order: a layout keeps a widget once
            self.answers_layout.addWidget(self.answer_rows[name])
        held = model.held(self.controller.lesson, self.controller.position.step)
        held = [answer_label(name) for name in names if name in held - set(step.reveal)]
        self.held.setVisible(bool(held))
        self.held.setText(
            self.tr(
                "Also hidden on this step, for the next steps of this screen to reveal: {}"
            ).format("; ".join(held))
            if held
            else ""
        )
        for name, box in self.answer_boxes.items():
            hidden = name in step.reveal
            place = f"{step.reveal.index(name) + 1}. " if hidden and len(step.reveal) > 1 else ""
            box.setText(place + answer_label(name))
            box.blockSignals(True)
            box.setChecked(hidden)
            box.blockSignals(False)
            earlier, later = self.order_buttons[name]
            earlier.setVisible(hidden and len(step.reveal) > 1)
            later.setVisible(hidden and len(step.reveal) > 1)
            earlier.setEnabled(hidden and step.reveal.index(name) > 0)
            later.setEnabled(hidden and step.reveal.index(name) < len(step.reveal) - 1)
            earlier.setToolTip(self.tr("Reveal this answer earlier"))
            later.setToolTip(self.tr("Reveal this answer later"))

    def _answer_row(self, name: str) -> None:
        row = QWidget(objectName=f"lesson.edit.answer.{name}")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        box = QCheckBox(objectName=f"lesson.edit.hide.{name}")
        box.toggled.connect(self.commit_answers)
        line.addWidget(box, 1)
        buttons = []
        for direction, arrow in ((-1, "▲"), (1, "▼")):
            button = QPushButton(arrow, objectName=f"lesson.edit.reveal.{name}.{direction:+d}")
            button.clicked.connect(lambda _=False, n=name, d=direction: self.reorder(n, d))
            line.addWidget(button)
            buttons.append(button)
        self.answer_boxes[name], self.answer_rows[name] = box, row
        self.order_buttons[name] = tuple(buttons)

    # --- edits ---------------------------------------------------------------------------------
    def _edit(self, lesson: model.Lesson, position: model.Position, text: str) -> None:
        controller = self.controller
        before = (controller.lesson, controller.position)
        controller.restore(lesson, position)
        self.window.undo_stack.push(LessonCommand(controller, before, (lesson, position), text))

    def _text(self, key: str) -> str:
        text = self.fields[key].toPlainText()
        return " ".join(text.split()) if key.startswith("title.") else text

    def commit_texts(self) -> None:
        controller = self.controller
        if not controller.active():
            return
        step = controller.step()
        lines = [
            [line for line in self._text(f"lines.{language}").splitlines() if line.strip()]
            for language in model.LANGUAGES
        ]
        count = min(max(len(lines[0]), len(lines[1])), model.MAX_LINES)
        new_lines = tuple(
            model.Text(*(part[i] if i < len(part) else "" for part in lines)) for i in range(count)
        )
        new = replace(
            step,
            title=model.Text(
                self._text("title.en")[: model.MAX_TITLE], self._text("title.zh")[: model.MAX_TITLE]
            ),
            lines=tuple(
                model.Text(line.en[: model.MAX_LINE], line.zh[: model.MAX_LINE])
                for line in new_lines
            ),
            notes=model.Text(
                self._text("notes.en")[: model.MAX_NOTES], self._text("notes.zh")[: model.MAX_NOTES]
            ),
        )
        if new != step:
            self._replace_step(new, self.tr("Lesson: edit the caption"))

    def commit_answers(self) -> None:
        if not self.controller.active():
            return
        step = self.controller.step()
        checked = {name for name, box in self.answer_boxes.items() if box.isChecked()}
        kept = [name for name in step.reveal if name in checked]  # their order stays
        added = [name for name in model.ANSWERS[step.tab] if name in checked - set(kept)]
        reveal = (*kept, *added)
        if reveal != step.reveal:
            self._replace_step(replace(step, reveal=reveal), self.tr("Lesson: hidden answers"))

    def commit_panel(self, on: bool) -> None:
        """The step's ``panel`` switch: one undo step."""
        if self.controller.active() and self.controller.step().panel != bool(on):
            step = replace(self.controller.step(), panel=bool(on))
            self._replace_step(step, self.tr("Lesson: the controls drawer"))

    def reorder(self, name: str, direction: int) -> None:
        """Reveal answer ``name`` one place earlier (-1) or later (+1): one undo step."""
        if not self.controller.active():
            return
        step = self.controller.step()
        if name not in step.reveal:
            return
        at = step.reveal.index(name)
        to = at + direction
        if not 0 <= to < len(step.reveal):
            return
        order = list(step.reveal)
        order[at], order[to] = order[to], order[at]
        self._replace_step(replace(step, reveal=tuple(order)), self.tr("Lesson: reveal order"))

    def _replace_step(self, step: model.Step, text: str) -> None:
        controller = self.controller
        steps = list(controller.lesson.steps)
        steps[controller.position.step] = step
        revealed = min(controller.position.revealed, len(step.reveal))
        position = model.Position(controller.position.step, revealed)
        self._edit(replace(controller.lesson, steps=tuple(steps)), position, text)

    def view_step(self) -> model.Step:
        """A step of the current tab, inner page and state, titled after the tab."""
        window = self.window
        tab = window.current_tab()
        key = window.current_key()
        title = window.tabs.tabText(window.tabs.currentIndex())
        page = tab.current_page() if key in model.PAGES else ""
        return model.Step(key, page, tab.state(), model.Text(title, title))

    def add_view(self) -> None:
        controller = self.controller
        step = self.view_step()
        if not controller.active():  # a new lesson (a practice's unsaved results: asked first)
            controller.start_when_free(lambda: self._new_lesson(step))
            return
        at = controller.position.step + 1
        steps = list(controller.lesson.steps)
        steps.insert(at, step)
        lesson = replace(controller.lesson, steps=tuple(steps))
        self._edit(lesson, model.Position(at, 0), self.tr("Lesson: add a step"))

    def _new_lesson(self, step: model.Step) -> None:
        controller = self.controller
        lesson = model.Lesson(model.Text(self.tr("My lesson"), ""), (step,))
        controller.start(lesson, model.Position(0, 0))
        before = (None, model.Position())
        self.window.undo_stack.push(
            LessonCommand(
                controller, before, (lesson, model.Position()), self.tr("Lesson: add a step")
            )
        )

    def update_from_view(self) -> None:
        if self.controller.active():
            view = self.view_step()
            step = replace(self.controller.step(), tab=view.tab, page=view.page, state=view.state)
            if step.tab != self.controller.step().tab:
                step = replace(step, reveal=())
            self._replace_step(step, self.tr("Lesson: update the step"))

    def duplicate(self) -> None:
        controller = self.controller
        if controller.active():
            at = controller.position.step
            steps = list(controller.lesson.steps)
            steps.insert(at + 1, steps[at])
            lesson = replace(controller.lesson, steps=tuple(steps))
            self._edit(lesson, model.Position(at + 1, 0), self.tr("Lesson: duplicate a step"))

    def delete(self) -> None:
        controller = self.controller
        if controller.active() and controller.count() > 1:
            at = controller.position.step
            steps = list(controller.lesson.steps)
            del steps[at]
            lesson = replace(controller.lesson, steps=tuple(steps))
            position = model.Position(min(at, len(steps) - 1), 0)
            self._edit(lesson, position, self.tr("Lesson: delete a step"))

    def move(self, direction: int) -> None:
        controller = self.controller
        if not controller.active():
            return
        at = controller.position.step
        to = at + direction
        if not 0 <= to < controller.count():
            return
        steps = list(controller.lesson.steps)
        steps[at], steps[to] = steps[to], steps[at]
        lesson = replace(controller.lesson, steps=tuple(steps))
        self._edit(lesson, replace(controller.position, step=to), self.tr("Lesson: move a step"))
