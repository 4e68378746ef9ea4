"""Many axis-aligned rectangles' outlines and vertical segments rasterised with numpy, into
one image drawn once.

Thousands of residual squares overlap heavily: their outlines are ~4 lines each, many
hundreds of pixels long, and Qt strokes every one of them (5,000 squares: ~20,000 lines,
7-8 ms a frame at 1920 x 1080). Here every edge is a box of whole device pixels, and each box
a few one-pixel runs along its length: a difference array (+1 where a run starts, -1 past its
end) summed cumulatively along the runs gives, for each pixel, how many lines cover it,
whatever their length. The top and bottom edges run along the rows, so they are summed in a
transposed array, which keeps both sums going down whole rows (what numpy adds fastest).
``k`` lines of one colour with alpha ``a`` blended over each other composite to alpha
``1 - (1 - a)^k``, so one look-up per pixel gives the picture, drawn with a single
``drawImage``: ~2-3 ms for the 5,000 squares.

Which pixels a box covers follows Qt's raster engine for aliased cosmetic pens (checked
against it in ``tests/ui/test_square_raster.py``): a pen of width ``p`` device pixels covers
the pixels whose centre lies within ``p / 2`` of the line, and its square cap extends the
line by as much; a rectangle's corner pixels are drawn once.
"""

from __future__ import annotations

import numpy as np

__all__ = ["RectOutlines", "VerticalSegments", "edge_counts", "prefix_rows"]

#: Device pixels beyond this are as far as infinity (extreme data map to huge coordinates).
_FAR = 2.0**30


def _first_last(lo: np.ndarray, hi: np.ndarray, half: float) -> tuple[np.ndarray, np.ndarray]:
    """The pixels ``i`` whose centre ``i + 0.5`` lies in ``[lo - half, hi + half)``."""
    first = np.ceil(lo - half - 0.5)
    last = np.ceil(hi + half - 0.5) - 1.0
    return first, last


def edge_boxes(x0, y0, x1, y1, width: float):
    """The pixel boxes of the four edges of each rectangle stroked by an aliased pen
    ``width`` device pixels wide (a cosmetic pen of width 0 is 1 pixel wide): the top and
    bottom edges whole, the left and right ones between them (Qt strokes a rectangle's
    corner pixels once, which matters for a translucent pen)."""
    half = max(float(width), 1.0) / 2.0
    c0, c1 = _first_last(x0, x1, half)  # along the top and bottom edges
    top_first, top_last = _first_last(y0, y0, half)
    bottom_first, bottom_last = _first_last(y1, y1, half)
    rows = [(top_first, top_last, c0, c1), (bottom_first, bottom_last, c0, c1)]
    for x in (x0, x1):  # left and right: thin in x
        first, last = _first_last(x, x, half)
        rows.append((top_last + 1.0, bottom_first - 1.0, first, last))
    return tuple(np.concatenate([box[k] for box in rows]) for k in range(4))


def layer_table(colours: list[tuple[int, int, int, int]], levels: list[int]) -> np.ndarray:
    """Look-up of the composited ARGB32 premultiplied pixel for each combination of counts.

    ``colours[k]`` is layer k's colour (0-255 RGBA), blended ``count_k`` times over the layers
    before it; layer k's counts are clipped to ``levels[k] - 1``. Index the flattened table
    with ``sum(count_k * prod(levels[k + 1:]))``.
    """
    grids = np.meshgrid(*[np.arange(n) for n in levels], indexing="ij")
    alpha = np.zeros(grids[0].shape)
    premult = np.zeros((*grids[0].shape, 3))
    for (r, g, b, a), counts in zip(colours, grids, strict=True):
        covered = 1.0 - (1.0 - a / 255.0) ** counts  # count blends of one colour
        premult = premult * (1.0 - covered[..., None]) + covered[..., None] * np.array([r, g, b])
        alpha = alpha * (1.0 - covered) + covered
    words = np.round(alpha * 255.0).astype(np.uint32) << 24
    for channel, shift in ((0, 16), (1, 8), (2, 0)):
        words |= np.round(premult[..., channel]).astype(np.uint32) << shift
    return words.ravel()


def pixels(counts: list[np.ndarray], table: np.ndarray, levels: list[int]) -> np.ndarray:
    """The ARGB32 premultiplied image (uint32, rows x columns) of layers' ``counts``."""
    if len(counts) == 1 and (table[1:] == table[-1]).all():  # one opaque colour
        return np.multiply(counts[0] != 0, table[-1], dtype=np.uint32)
    index = np.minimum(counts[0], levels[0] - 1)
    for count, n in zip(counts[1:], levels[1:], strict=True):
        index = index * n + np.minimum(count, n - 1)
    return table[index]


def _thin(first, last, lo, hi, limit):
    """Boxes one pixel thick along their thin side: (line index, start, end) per pixel line
    of each box ``[first, last] x [lo, hi]`` (inclusive), clipped to ``limit`` lines."""
    first = np.nan_to_num(np.clip(first, -1, limit), nan=-1.0).astype(np.intp)
    last = np.nan_to_num(np.clip(last, -1, limit), nan=-1.0).astype(np.intp)
    thick = np.maximum(last - first + 1, 0)
    if (thick == 1).all():  # a one-pixel pen: one line a box, nothing to repeat
        keep = (first >= 0) & (first < limit)
        return first[keep], np.asarray(lo)[keep], np.asarray(hi)[keep]
    lines = np.repeat(first, thick) + (
        np.arange(thick.sum()) - np.repeat(np.cumsum(thick) - thick, thick)
    )
    keep = (lines >= 0) & (lines < limit)
    return lines[keep], np.repeat(lo, thick)[keep], np.repeat(hi, thick)[keep]


def _runs(lines, lo, hi, length: int, count: int) -> np.ndarray:
    """Counts of the runs ``[lo, hi]`` (inclusive) along axis 0 of a (length, count) array,
    run k lying in column ``lines[k]``: a difference array and one cumulative sum down the
    columns (the fast direction in memory)."""
    lo = np.nan_to_num(np.clip(lo, 0, length), nan=0.0).astype(np.intp)
    hi = np.nan_to_num(np.clip(hi + 1.0, 0, length), nan=0.0).astype(np.intp)  # past the last
    keep = lo < hi
    lines, lo, hi = lines[keep], lo[keep], hi[keep]
    dtype = np.int16 if lines.size < 2**15 - 1 else np.int32
    counts = np.zeros((length + 1) * count, dtype)
    ones = np.ones(lines.size, dtype)
    np.add.at(counts, lo * count + lines, ones)
    np.subtract.at(counts, hi * count + lines, ones)
    return prefix_rows(counts.reshape(length + 1, count))[:length]


def prefix_rows(a: np.ndarray, block: int = 32) -> np.ndarray:
    """``a`` (2-D) summed cumulatively down its rows, in place: whole rows added to each
    other, so numpy adds many at once (``np.cumsum(axis=0)`` goes element by element and
    took 4x as long); within blocks of ``block`` rows, then each block's last row on."""
    n = a.shape[0]
    full = n // block * block
    if full:
        blocks = a[:full].reshape(-1, block, a.shape[1])
        for j in range(1, block):
            np.add(blocks[:, j], blocks[:, j - 1], out=blocks[:, j])
        for k in range(1, blocks.shape[0]):
            blocks[k] += blocks[k - 1, -1]
    for i in range(max(full, 1), n):
        a[i] += a[i - 1]
    return a


def edge_counts(x0, y0, x1, y1, width: float, shape: tuple[int, int]):
    """How many edges of the rectangles (device pixels, ``x0 <= x1``, ``y0 <= y1``) stroked
    by an aliased pen ``width`` device pixels wide cover each pixel of an image of ``shape``
    (rows, columns): ``(vertical, horizontal_transposed)``, the counts of the left and right
    edges (rows x columns) and of the top and bottom edges (columns x rows), each summed
    along its own length in the direction numpy adds fastest."""
    height, columns = shape
    r0, r1, c0, c1 = edge_boxes(x0, y0, x1, y1, width)
    n = np.asarray(x0).size
    top_bottom, left_right = slice(0, 2 * n), slice(2 * n, 4 * n)
    vertical = _runs(
        *_thin(c0[left_right], c1[left_right], r0[left_right], r1[left_right], columns),
        height,
        columns,
    )
    across = _thin(r0[top_bottom], r1[top_bottom], c0[top_bottom], c1[top_bottom], height)
    horizontal = _runs(*across, columns, height)
    return vertical, horizontal


def edge_pixels(vertical, horizontal, table: np.ndarray, levels: int) -> np.ndarray:
    """The ARGB32 premultiplied image of :func:`edge_counts`."""
    if (table[1:] == table[-1]).all():  # one opaque colour: covered or not
        covered = (vertical != 0) | (horizontal != 0).T
        return np.multiply(covered, table[-1], dtype=np.uint32)
    return pixels([vertical + horizontal.T], table, [levels])


def _colour(color) -> tuple[int, int, int, int]:
    return color.red(), color.green(), color.blue(), color.alpha()


def _device_frame(painter, visible, pen):
    """``(sx, sy, dx, dy, area)``: the item-to-device scale and offset and the device pixels
    of ``visible`` (a QRectF in item coordinates), or None where the raster way does not
    apply: a rotated or sheared transform, a pen that is not cosmetic and solid, a device
    that is not a raster image (SVG, print)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPaintEngine

    engine = painter.paintEngine()
    transform = painter.deviceTransform()
    if (
        engine is None
        or engine.type() != QPaintEngine.Type.Raster
        or transform.m12() != 0.0
        or transform.m21() != 0.0
        or not pen.isCosmetic()
        or pen.style() != Qt.PenStyle.SolidLine
        or pen.brush().style() != Qt.BrushStyle.SolidPattern
    ):
        return None
    area = transform.mapRect(visible).toAlignedRect()
    return transform.m11(), transform.m22(), transform.m31(), transform.m32(), area


def _window(area, x0, y0, x1, y1, reach: float):
    """(left, top, right, bottom) device pixels: what of the shapes' bounds is in ``area``
    (empty when none is, or when the bounds are not numbers)."""
    bounds = np.array([x0.min(), y0.min(), x1.max(), y1.max()])
    if np.isnan(bounds).any():  # leave out what is not a number
        lows = [np.where(np.isnan(v), np.inf, v).min() for v in (x0, y0)]
        highs = [np.where(np.isnan(v), -np.inf, v).max() for v in (x1, y1)]
        bounds = np.array(lows + highs)
    low_x, low_y, high_x, high_y = np.clip(bounds, -_FAR, _FAR)
    left = max(area.left(), int(np.floor(low_x - reach)))
    top = max(area.top(), int(np.floor(low_y - reach)))
    right = min(area.right() + 1, int(np.ceil(high_x + reach)) + 1)
    bottom = min(area.bottom() + 1, int(np.ceil(high_y + reach)) + 1)
    return left, top, right, bottom


def _blit(painter, words: np.ndarray, left: int, top: int) -> None:
    """Draw ``words`` (ARGB32 premultiplied, rows x columns) with its top left corner at
    device pixel (left, top), one image pixel to one device pixel."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QImage

    height, width = words.shape
    image = QImage(words.data, width, height, width * 4, QImage.Format.Format_ARGB32_Premultiplied)
    painter.save()
    painter.resetTransform()  # device pixels, but for the screen's pixel ratio
    ratio = painter.deviceTransform().m11()
    origin = painter.deviceTransform().map(QPointF(0.0, 0.0))
    image.setDevicePixelRatio(ratio)
    painter.drawImage(QPointF((left - origin.x()) / ratio, (top - origin.y()) / ratio), image)
    painter.restore()


class _Table:
    """The look-up of one pen's colour blended 0 .. LEVELS - 1 times."""

    #: at most this many lines over one pixel are blended (an opaque pen needs 2)
    LEVELS = 16

    def __init__(self):
        self._key = None
        self._table = np.zeros(0, np.uint32)

    def __call__(self, pen) -> np.ndarray:
        key = (_colour(pen.color()), pen.widthF())
        if key != self._key:
            self._key = key
            self._table = layer_table([key[0]], [self.LEVELS])
        return self._table


class RectOutlines:
    """Draws the outlines of many rectangles (x, y, width, height in item coordinates) the
    way an aliased ``drawRects`` with a cosmetic pen does, as one image."""

    def __init__(self):
        self._table = _Table()

    def draw(self, painter, rects: np.ndarray, visible, pen) -> bool:
        """Draw ``rects`` (an (n, 4) array) clipped to ``visible`` (a QRectF in item
        coordinates); False (nothing drawn) where the raster way does not apply."""
        frame = _device_frame(painter, visible, pen)
        if frame is None:
            return False
        sx, sy, dx, dy, area = frame
        xa, xb = sx * rects[:, 0] + dx, sx * (rects[:, 0] + rects[:, 2]) + dx
        ya, yb = sy * rects[:, 1] + dy, sy * (rects[:, 1] + rects[:, 3]) + dy
        x0, x1 = np.minimum(xa, xb), np.maximum(xa, xb)
        y0, y1 = np.minimum(ya, yb), np.maximum(ya, yb)
        left, top, right, bottom = _window(area, x0, y0, x1, y1, max(pen.widthF(), 1.0))
        if right <= left or bottom <= top:
            return True  # nothing of them in view
        shape = (bottom - top, right - left)
        counts = edge_counts(x0 - left, y0 - top, x1 - left, y1 - top, pen.widthF(), shape)
        _blit(painter, edge_pixels(*counts, self._table(pen), _Table.LEVELS), left, top)
        return True


class VerticalSegments:
    """Draws many vertical segments (x, y0) - (x, y1) in item coordinates the way an
    aliased cosmetic pen strokes them (a path of ``moveTo`` / ``lineTo``), as one image."""

    def __init__(self):
        self._table = _Table()

    def draw(self, painter, x: np.ndarray, y0: np.ndarray, y1: np.ndarray, visible, pen) -> bool:
        frame = _device_frame(painter, visible, pen)
        if frame is None:
            return False
        sx, sy, dx, dy, area = frame
        dev_x = sx * x + dx
        ya, yb = sy * y0 + dy, sy * y1 + dy
        low, high = np.minimum(ya, yb), np.maximum(ya, yb)
        half = max(pen.widthF(), 1.0) / 2.0
        left, top, right, bottom = _window(area, dev_x, low, dev_x, high, 2.0 * half)
        if right <= left or bottom <= top:
            return True
        first, last = _first_last(dev_x - left, dev_x - left, half)
        r0, r1 = _first_last(low - top, high - top, half)  # a square cap at either end
        shape = (bottom - top, right - left)
        counts = _runs(*_thin(first, last, r0, r1, shape[1]), *shape)
        table = self._table(pen)
        if (table[1:] == table[-1]).all():
            words = np.multiply(counts != 0, table[-1], dtype=np.uint32)
        else:
            words = pixels([counts], table, [_Table.LEVELS])
        _blit(painter, words, left, top)
        return True
