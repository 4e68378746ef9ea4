"""``loss_grid`` speed: one million samples, and ten thousand against the direct evaluation.

The data are a noisy line (``y = 2x + 2 + noise``); the grid is 400 x 400 around the fit.
"""

from __future__ import annotations

import time

import numpy as np
from common import Figure, median, time_calls

from lossstudio.engine.regression import loss_grid

N_GRID = 400


def data(m: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.uniform(-3.0, 3.0, m)
    y = 2.0 * x + 2.0 + rng.normal(0.0, 0.7, m)
    return x, y


def axes() -> tuple[np.ndarray, np.ndarray]:
    return np.linspace(-1.0, 5.0, N_GRID), np.linspace(-1.0, 5.0, N_GRID)


def direct(x, y, ws, bs, rows=None) -> np.ndarray:
    """Every grid cell sums over every sample: J[i, j] = 1/(2m) sum (ws[j] x + bs[i] - y)^2.

    A fair numpy version: per row of b, one (n_w, m) residual block and a row-wise dot.
    ``rows`` limits the evaluation to the first rows (the cost is linear in the rows).
    """
    m = x.size
    bs = bs if rows is None else bs[:rows]
    out = np.empty((bs.size, ws.size))
    for i, b in enumerate(bs):
        r = np.multiply.outer(ws, x)
        r += b - y
        out[i] = np.einsum("ij,ij->i", r, r) / (2.0 * m)
    return out


def measure(quick: bool) -> list[Figure]:
    figures = []
    ws, bs = axes()

    # --- one million samples -----------------------------------------------------------------
    x, y = data(1_000_000)
    times = time_calls(lambda: loss_grid(x, y, ws, bs), repeats=10 if quick else 40, warmup=3)
    figures.append(
        Figure(
            "grid_ms_m1000000",
            median(times) * 1e3,
            f"median of {len(times)} calls, 400 x 400, m = 1e6 (best {min(times) * 1e3:.2f} ms)",
        )
    )

    # --- ten thousand samples, against the direct evaluation -------------------------------
    x, y = data(10_000, seed=1)
    fast = median(time_calls(lambda: loss_grid(x, y, ws, bs), repeats=20 if quick else 100))
    rows = 8 if quick else N_GRID
    check = direct(x, y, ws, bs, rows=2)
    np.testing.assert_allclose(check, loss_grid(x, y, ws, bs)[:2], rtol=1e-9)
    start = time.perf_counter()
    direct(x, y, ws, bs, rows=rows)
    slow = (time.perf_counter() - start) * N_GRID / rows
    how = "all 400 rows" if rows == N_GRID else f"{rows} of 400 rows, scaled"
    figures.append(
        Figure(
            "grid_speedup_vs_direct_m10000",
            slow / fast,
            f"direct {slow:.2f} s ({how}) / loss_grid {fast * 1e3:.3f} ms (median)",
        )
    )
    return figures
