"""Round tick values for an axis drawn without pyqtgraph's own ticks (the 3-D surface).

The grid behind the 3-D surface ends where the data put it (w from 0.924 to 4.92), and
labelling those ends gave odd numbers; these are the round numbers inside the range instead.
"""

from __future__ import annotations

import math

#: the steps a tick spacing is rounded up to, times a power of ten
NICE_STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)


def nice_step(span: float, count: int = 5) -> float:
    """The smallest of 1, 2, 2.5, 5 x 10^k at least ``span / count`` (``span`` > 0)."""
    raw = span / max(count, 1)
    power = 10.0 ** math.floor(math.log10(raw))
    return next(step * power for step in NICE_STEPS if step * power >= raw * (1 - 1e-9))


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Multiples of :func:`nice_step` in [``low``, ``high``], about ``count`` of them: the
    round numbers to label an axis from ``low`` to ``high`` with. An empty or non-finite
    range has none."""
    if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
        return []
    step = nice_step(high - low, count)
    first = math.ceil(low / step - 1e-9)
    last = math.floor(high / step + 1e-9)
    return [round(k * step, 12) + 0.0 for k in range(first, last + 1)]
