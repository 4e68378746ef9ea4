"""Classroom features of the main window: language, presentation mode, scale, settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from lossstudio.ui import appearance, i18n, style


@pytest.fixture(autouse=True)
def _back_to_defaults():
    yield
    i18n.set_language("en")
    appearance.apply("light", appearance.NORMAL_SCALE)


def test_language_switch_relabels_menus_and_tabs_live(window):
    assert window.file_menu.title() == "&File"
    window.set_language("zh")
    assert window.file_menu.title() == "文件(&F)"
    assert [window.tabs.tabText(i) for i in range(4)] == [
        "损失函数一览",
        "回归",
        "梯度下降",
        "分类",
    ]
    assert window.language_actions["zh"].isChecked()
    window.set_language("en")
    assert window.tabs.tabText(1) == "Regression"
    with pytest.raises(ValueError):
        i18n.set_language("fr")


def test_qt_standard_dialog_strings_are_translated_too(window):
    window.set_language("zh")
    files = i18n.translation_files("zh")
    assert any(path.endswith("qtbase_zh_CN.qm") for path in files)
    assert QApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_f5_enters_presentation_mode_and_scales_fonts(window, qtbot):
    base = QApplication.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presenting and window.isFullScreen()
    assert style.theme().scale == appearance.PRESENTATION_SCALE
    assert QApplication.font().pointSizeF() == pytest.approx(base * appearance.PRESENTATION_SCALE)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert style.theme().scale == appearance.step_scale(appearance.PRESENTATION_SCALE, 1)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presenting and not window.isFullScreen()
    assert style.theme().scale == appearance.NORMAL_SCALE
    assert QApplication.font().pointSizeF() == pytest.approx(base)


def test_scale_keys_step_and_reset(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert style.theme().scale == appearance.step_scale(1.0, -1)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert style.theme().scale == 1.0


def test_presentation_readouts_are_at_least_28_px(window):
    """Every readout (widgets tagged by ``style.mark_readout``) is >= 28 px at presentation scale
    on a 1920x1080 window, on every tab; and there are readouts on every tab to check."""
    window.set_presenting(True, full_screen=False)
    window.resize(1920, 1080)
    small, found = [], {}
    for key, page in window.pages.items():
        window.show_tab(key)
        QApplication.processEvents()
        readouts = [w for w in page.findChildren(QWidget) if w.property("readout")]
        found[key] = len(readouts)
        for widget in readouts:
            widget.ensurePolished()
            height = QFontMetrics(widget.font()).height()
            if height < 28:
                small.append(f"{key}: {widget.objectName() or widget.text()[:30]} ({height} px)")
    assert all(count >= 1 for count in found.values()), found
    assert sum(found.values()) >= 10, found
    assert not small, f"readouts under 28 px at presentation scale: {small}"


def test_dark_theme_recolours_plots(window):
    """The application palette and every styled plot: axes, tick labels, background."""
    plot = window.pages["regression"].plot
    axis = plot.getPlotItem().getAxis("bottom")
    for name, window_colour in (("dark", "#1b1f24"), ("light", "#f4f4f4")):
        window.set_theme(name)
        theme = style.theme()
        assert theme.name == name
        assert QApplication.palette().window().color().name() == window_colour
        assert axis.pen().color().name() == theme.foreground.lower()
        assert axis.textPen().color().name() == theme.foreground.lower()
        assert plot.backgroundBrush().color().name() == theme.background.lower()


def test_settings_are_remembered(qtbot):
    from lossstudio.ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.restore_settings(language="en")
    first.show_tab("descent")
    first.set_theme("dark")
    first.change_scale(1)
    first.save_settings()
    scale = first.normal_scale

    second = MainWindow()
    qtbot.addWidget(second)
    second.restore_settings()
    assert second.current_key() == "descent"
    assert second.theme_name == "dark"
    assert second.normal_scale == scale
    assert i18n.current_language() == "en"
    second.set_theme("light")
    second.change_scale(0)
    second.save_settings()
