"""Authoring a lesson in the app: add the view as a step, edit captions in place, reorder,
duplicate, delete, choose hidden answers; every edit is one undo step; save and open again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lossstudio.model import lesson as model
from lossstudio.ui import i18n
from lossstudio.ui.tab import PLACEHOLDER


def test_author_a_lesson_from_views_and_walk_it(window, qtbot, tmp_path):
    lessons = window.lessons
    editor = lessons.editor
    window.show_tab("regression")
    tab = window.current_tab()
    tab.set_state(tab.state().__class__.from_json({**tab.state().to_json(), "b": 2.5}))
    lessons.add_action.trigger()  # a new lesson with this view as its first step
    controller = lessons.controller
    assert controller.active() and controller.count() == 1
    assert controller.step().tab == "regression" and controller.step().state.b == 2.5

    editor.show()
    field = editor.fields["title.en"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Line b = 2.5")
    assert controller.step().title.en != "Line b = 2.5"  # set by Enter (or leaving)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert controller.step().title.en == "Line b = 2.5"
    assert lessons.bar.heading.text() == "1 / 1 · Line b = 2.5"
    editor.fields["lines.zh"].setPlainText("猜 J\n再揭晓")
    editor.commit_texts()
    assert [line.zh for line in controller.step().lines] == ["猜 J", "再揭晓"]
    editor.answer_boxes["loss"].click()
    assert controller.step().reveal == ("loss",)
    assert tab.panel.loss.text() == PLACEHOLDER

    window.show_tab("classification")
    window.current_tab().show_page("information")
    editor.buttons["add"].click()
    assert controller.count() == 2 and controller.position == model.Position(1, 0)
    assert (controller.step().tab, controller.step().page) == ("classification", "information")
    editor.buttons["duplicate"].click()
    assert controller.count() == 3
    editor.buttons["up"].click()
    assert controller.position.step == 1
    editor.buttons["delete"].click()
    assert [s.tab for s in controller.lesson.steps] == ["regression", "classification"]

    for _ in range(3):  # delete, move, duplicate undone
        window.undo_stack.undo()
    assert controller.count() == 2
    window.undo_stack.undo()  # the second step's addition
    assert controller.count() == 1
    window.undo_stack.redo()
    assert controller.count() == 2

    path = tmp_path / "mine.json"
    assert lessons.save(str(path))
    saved = model.load(path, model.state_types())
    assert saved == controller.lesson
    lessons.close()
    assert lessons.open(str(path))
    assert lessons.controller.step().title.en == "Line b = 2.5"
    assert window.pages["regression"].panel.loss.text() == PLACEHOLDER
    window.pages["regression"].plot.setFocus()
    qtbot.keyClick(window.pages["regression"].plot, Qt.Key.Key_PageDown)
    assert window.pages["regression"].panel.loss.text() == "0.164647"


def test_a_caption_edit_keeps_what_the_lecturer_did_on_the_step(window):
    lessons = window.lessons
    assert lessons.open("chapter3", step=9, revealed=True)
    tab = window.current_tab()
    tab.apply(tab.state().__class__.from_json({**tab.state().to_json(), "w": 1.5}))
    lessons.editor.fields["notes.en"].setPlainText("Ask first.")
    lessons.editor.commit_texts()
    assert lessons.controller.step().notes.en == "Ask first."
    assert tab.state().w == 1.5  # not reset to the authored state


def test_the_editor_chooses_the_reveal_order_undoably_and_the_file_keeps_it(
    window, qtbot, tmp_path
):
    """Issue 16: the editor offered only which answers start hidden (always in the tab's own
    order); ▲ / ▼ now choose the order of revealing, each one undo step, kept in the file and
    walked in that order with the clicker."""
    lessons, editor = window.lessons, window.lessons.editor
    window.show_tab("classification")
    window.current_tab().show_page("information")
    lessons.add_action.trigger()
    controller = lessons.controller
    editor.show()
    for name in ("information", "entropy", "cross_entropy"):
        editor.answer_boxes[name].click()
    assert controller.step().reveal == ("information", "entropy", "cross_entropy")
    qtbot.mouseClick(editor.order_buttons["cross_entropy"][0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.order_buttons["cross_entropy"][0], Qt.MouseButton.LeftButton)
    assert controller.step().reveal == ("cross_entropy", "information", "entropy")
    assert editor.answer_boxes["cross_entropy"].text().startswith("1. ")
    assert not editor.order_buttons["cross_entropy"][0].isEnabled()  # first already
    editor.answer_boxes["information"].click()  # no longer hidden: the others keep their order
    assert controller.step().reveal == ("cross_entropy", "entropy")
    editor.answer_boxes["information"].click()  # hidden again: revealed last
    assert controller.step().reveal == ("cross_entropy", "entropy", "information")
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert controller.step().reveal == ("cross_entropy", "information", "entropy")
    window.undo_stack.undo()  # the second move up
    assert controller.step().reveal == ("information", "cross_entropy", "entropy")
    window.undo_stack.redo()

    path = tmp_path / "order.json"
    assert lessons.save(str(path))
    assert model.load(path, model.state_types()).steps[0].reveal == (
        "cross_entropy",
        "information",
        "entropy",
    )
    lessons.close()
    assert lessons.open(str(path))
    info = window.pages["classification"].information
    assert info.kl.text().endswith("= ?") and info.entropy.text().endswith("= ?")
    info.table.setFocus()
    qtbot.keyClick(info.table, Qt.Key.Key_PageDown)
    assert not info.kl.text().endswith("= ?") and info.entropy.text().endswith("= ?")
    assert info.table.item(0, 2).text() == PLACEHOLDER


def test_the_controls_drawer_switch_is_one_undo_step_saved_and_opened_again(
    window, qtbot, tmp_path
):
    """A step's ``panel`` flag: the editor's switch shows it (chapter 3's step 14 has it), a
    click sets it as one undo step, presenting the drawer follows it at once, and the file keeps
    it."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    lessons = window.lessons
    editor = lessons.editor
    editor.show()
    assert not editor.panel_box.isEnabled()  # no lesson yet
    assert lessons.open("chapter3", step=14)
    assert editor.panel_box.isEnabled() and editor.panel_box.isChecked()
    lessons.controller.backward()
    assert not editor.panel_box.isChecked()
    lessons.close()

    window.show_tab("regression")
    lessons.add_action.trigger()
    box = editor.panel_box
    tick = QPoint(box.height() // 2, box.height() // 2)  # on the box (the row is wider)
    assert box.text() == "Open the controls drawer on this step (presentation)"
    assert not box.isChecked() and not lessons.controller.step().panel
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=tick)
    assert box.isChecked() and lessons.controller.step().panel
    window.undo_stack.undo()
    assert not box.isChecked() and not lessons.controller.step().panel
    window.undo_stack.redo()
    assert box.isChecked() and lessons.controller.step().panel

    window.set_presenting(True, full_screen=False)
    drawer = window.current_tab().drawer_shown()
    assert drawer is not None and drawer.is_open()  # the step's drawer, opened with the switch
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=tick)
    assert not drawer.is_open() and not lessons.controller.step().panel
    window.undo_stack.undo()
    assert drawer.is_open()
    window.set_presenting(False)

    path = tmp_path / "drawer.json"
    assert lessons.save(str(path))
    assert '"panel": true' in path.read_text(encoding="utf-8")
    lessons.close()
    assert not box.isEnabled()
    assert lessons.open(str(path))
    assert lessons.controller.step().panel and box.isChecked()
    i18n.set_language("zh")
    try:
        assert box.text() == "在此步骤打开控制面板抽屉（演示）"
    finally:
        i18n.set_language("en")
