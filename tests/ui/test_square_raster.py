"""The residual squares' outlines and the residual segments drawn as one numpy image
(lossstudio/ui/regression/raster.py) cover the pixels Qt's own aliased drawing covers, and the
Regression tab really draws them so once there are many."""

import dataclasses

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from lossstudio.model import regression as regression_model
from lossstudio.ui.regression import raster

WIDTH, HEIGHT = 240, 180
#: data -> pixels as a view box maps them: y up, a scale that is not a whole number
TRANSFORM = QTransform(37.3, 0.0, 0.0, -29.1, 12.6, 171.4)
VISIBLE = TRANSFORM.inverted()[0].mapRect(QRectF(0, 0, WIDTH, HEIGHT))


def _rects(count=300, seed=4):
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1.0, 6.5, count)
    y = rng.uniform(-0.5, 6.5, count)
    side = np.abs(rng.normal(0.0, 1.2, count))
    return np.column_stack([x, y, side * 1.28, side])


def _paint(draw, ratio=1) -> np.ndarray:
    image = QImage(WIDTH * ratio, HEIGHT * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setTransform(TRANSFORM)
    draw(painter)
    painter.end()
    return np.frombuffer(image.constBits(), np.uint32).reshape(HEIGHT * ratio, WIDTH * ratio).copy()


def _pen(width=1.0, alpha=255):
    pen = pg.mkPen(QColor(213, 94, 0, alpha), width=width)
    assert pen.isCosmetic()
    return pen


def _qt_rects(rects, pen):
    array = PrimitiveArray(QRectF, 4)
    array.resize(len(rects))
    array.ndarray()[:] = rects

    def draw(painter):
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRects(*array.drawargs())

    return draw


def _numpy_rects(rects, pen):
    def draw(painter):
        assert raster.RectOutlines().draw(painter, rects, VISIBLE, pen)

    return draw


def test_outlines_cover_the_pixels_qts_drawrects_covers():
    rects = _rects()
    for ratio in (1, 2):
        ours = _paint(_numpy_rects(rects, _pen()), ratio)
        qts = _paint(_qt_rects(rects, _pen()), ratio)
        covered = np.count_nonzero(qts)
        assert covered > 10_000 * ratio
        # the same pixels, the same colour; Qt leaves out a line's last pixel in a few corners
        assert np.count_nonzero(ours != qts) <= covered // 500
        assert set(np.unique(ours)) == set(np.unique(qts))


def test_thicker_and_translucent_pens_cover_nearly_the_same_pixels():
    rects = _rects(120)
    for width, alpha in ((2.0, 255), (1.5, 255), (1.0, 120)):
        ours = _paint(_numpy_rects(rects, _pen(width, alpha)))
        qts = _paint(_qt_rects(rects, _pen(width, alpha)))
        covered = np.count_nonzero(qts)
        assert np.count_nonzero((ours != 0) != (qts != 0)) <= covered // 50, (width, alpha)
        if alpha < 255:  # k lines over a pixel blend as k lines Qt draws, corners once
            both = (ours != 0) & (qts != 0)
            a_ours, a_qts = (ours[both] >> 24).astype(int), (qts[both] >> 24).astype(int)
            assert np.count_nonzero(np.abs(a_ours - a_qts) > 2) <= covered // 100


def test_vertical_segments_are_the_pixels_of_qts_stroked_path():
    rng = np.random.default_rng(2)
    x = rng.uniform(-1.0, 6.5, 400)
    y0, y1 = rng.uniform(-1.0, 7.0, 400), rng.uniform(-1.0, 7.0, 400)
    pen = _pen()

    def qts(painter):
        painter.setPen(pen)
        painter.drawPath(
            pg.arrayToQPath(np.repeat(x, 2), np.column_stack([y0, y1]).ravel(), connect="pairs")
        )

    def ours(painter):
        assert raster.VerticalSegments().draw(painter, x, y0, y1, VISIBLE, pen)

    expected = _paint(qts)
    assert np.count_nonzero(expected) > 5_000
    assert np.array_equal(_paint(ours), expected)


def test_counts_are_the_edges_over_each_pixel():
    x0, y0 = np.array([0.2, 2.6, -5.0]), np.array([1.3, 0.1, 3.7])
    x1, y1 = np.array([3.9, 2.6, 100.0]), np.array([4.8, 8.2, 3.7])
    vertical, across = raster.edge_counts(x0, y0, x1, y1, 1.0, (6, 8))
    expected = np.zeros((6, 8), int)
    for a, b, c, d in zip(x0, y0, x1, y1, strict=True):
        left, top, right, bottom = (int(np.floor(v)) for v in (a, b, c, d))
        outline = np.zeros((200, 200), int)  # pixel (0, 0) at [50, 50]
        outline[top + 50, left + 50 : right + 51] += 1  # each edge counts: degenerate
        outline[bottom + 50, left + 50 : right + 51] += 1  # rectangles draw a line twice
        outline[top + 51 : bottom + 50, left + 50] += 1
        outline[top + 51 : bottom + 50, right + 50] += 1
        expected += outline[50:56, 50:58]
    assert np.array_equal(vertical + across.T, expected)
    rng = np.random.default_rng(0)
    a = rng.integers(-9, 9, (77, 5))
    assert np.array_equal(raster.prefix_rows(a.copy()), np.cumsum(a, axis=0))


def test_a_data_set_of_many_points_draws_its_squares_and_residuals_as_images(window, monkeypatch):
    drawn = []
    for cls in (raster.RectOutlines, raster.VerticalSegments):
        original = cls.draw

        def spy(self, *args, _original=original, _name=cls.__name__):
            done = _original(self, *args)
            drawn.append((_name, done))
            return done

        monkeypatch.setattr(cls, "draw", spy)
    window.resize(1280, 800)
    window.show()
    window.show_tab("regression")
    tab = window.pages["regression"]
    rng = np.random.default_rng(3)
    x = rng.uniform(0.0, 1.0, 20_000)
    y = 2.0 * x + 3.0 + rng.normal(0.0, 0.25, x.size)
    state = regression_model.with_data(tab.state(), x, y)
    tab.apply(dataclasses.replace(state, squares=True, residuals=True))
    tab.preview(regression_model.with_line(tab.state(), 2.5, 2.7))
    tab.plot.grab()
    assert ("RectOutlines", True) in drawn
    assert ("VerticalSegments", True) in drawn


def test_extreme_and_missing_coordinates_draw_what_is_in_view_and_never_fail():
    rects = _rects(50)
    far = rects.copy()
    far[:10, 0] = 1e306  # off any screen: huge device coordinates
    far[10:20, 2] = np.inf
    far[20:25, 1] = np.nan
    ours = _paint(_numpy_rects(far, _pen()))
    kept = _paint(_numpy_rects(rects[25:], _pen()))
    assert np.count_nonzero(ours) >= np.count_nonzero(kept) > 0

    def segments(painter):
        x = np.array([1.0, np.nan, 1e306, 2.0])
        y0, y1 = np.array([0.5, 1.0, 1.0, -np.inf]), np.array([4.0, 2.0, 3.0, 5.0])
        assert raster.VerticalSegments().draw(painter, x, y0, y1, VISIBLE, _pen())

    assert np.count_nonzero(_paint(segments)) > 50
