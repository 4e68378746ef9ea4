"""At presentation scale on a 1920x1080 screen the room reads every plot text at >= 28 px
(ticks, axis labels, titles, legends, texts in plots); legends follow a live theme switch;
no two series of a plot share colour and dash."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QApplication

from lossstudio.ui import appearance, i18n, layout_check, style


@pytest.fixture(autouse=True)
def _back_to_defaults():
    yield
    i18n.set_language("en")
    appearance.apply("light", appearance.NORMAL_SCALE)


def test_every_plot_text_is_at_least_28_px_when_presenting(window):
    window.set_presenting(True, full_screen=False)
    window.resize(1920, 1080)
    measured = []
    for _page in layout_check.every_page(window):
        for view in window.findChildren(pg.GraphicsView):
            if view.isVisible():
                measured += layout_check.room_texts(view)
    kinds = {what.split(" ", 2)[1] for what, _px in measured}
    assert {"ticks", "axis", "label", "text"} <= kinds, kinds  # titles, legends, ticks, texts
    small = [f"{what}: {px:.0f} px" for what, px in measured if px < layout_check.ROOM_PX - 0.5]
    assert not small, small


def _legends(window):
    return [
        item
        for view in window.findChildren(pg.GraphicsView)
        for item in view.scene().items()
        if isinstance(item, pg.LegendItem) and item.items
    ]


def test_legend_text_follows_a_live_switch_to_dark(window):
    """Figure 3-10 and "Why not MSE?" keep legend text in the theme's foreground."""
    for _page in layout_check.every_page(window, ["classification", "catalog"]):
        pass
    legends = _legends(window)
    assert len(legends) >= 4  # Figure 3-10, the two "Why not MSE?" plots, the margin plot
    for name in ("dark", "light", "dark"):
        window.set_theme(name)
        QApplication.processEvents()
        foreground = pg.mkColor(style.theme().foreground).name()
        for legend in legends:
            for _sample, label in legend.items:
                html = label.item.toHtml().lower()
                assert foreground in html, (name, label.text)
                assert layout_check._css_px(label.opts["size"]) >= 14


def _dash(pen) -> tuple:
    return (pen.style(), tuple(pen.dashPattern()) if pen.style().name == "CustomDashLine" else ())


def test_no_two_series_share_a_line_style(window):
    """Every plot with a legend, the six losses on the margin and the six optimizers of a
    race: each series has its own line style (so also no two share colour and dash)."""
    window.show_tab("descent")
    descent = window.pages["descent"]
    descent.panel.race_all.click()
    QApplication.processEvents()
    descent_tab_plots = descent.findChildren(pg.PlotWidget)
    for _page in layout_check.every_page(window, ["catalog", "classification"]):
        pass
    groups = []
    for legend in _legends(window):
        groups.append([sample.item.opts["pen"] for sample, _label in legend.items])
    runners = descent.plots.runners
    assert descent_tab_plots
    groups.append([runner.path.opts["pen"] for runner in runners.values()])
    assert any(len(group) >= 6 for group in groups)
    for group in groups:
        pens = [pg.mkPen(p) for p in group]
        dashes = [_dash(p) for p in pens]
        assert len(set(dashes)) == len(dashes), dashes
        pairs = [(p.color().name(), d) for p, d in zip(pens, dashes, strict=True)]
        assert len(set(pairs)) == len(pairs)
