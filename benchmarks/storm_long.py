"""The storm's memory over a long run (issue 19 item 16): a reading every 1,000 events.

    python benchmarks/storm_long.py [--events 15000] [--seed 1]

In one process: the main window (1440 x 900, every tab built), 1,000 warm-up events of
``tools/storm.py``'s seeded storm, then ``--events`` more with :func:`storm_memory.census`
(garbage collected, ``malloc_trim``, Qt's pixmap cache emptied) every 1,000: the RSS held,
the Python wrappers alive, the wrappers of deleted Qt objects and the widgets, one line each.
Not part of ``run.py`` (15,000 events take about 7 minutes); the table in README.md comes
from two runs of it.
"""

from __future__ import annotations

import argparse
import time

import storm_memory


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=15_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    storm = storm_memory._storm_module()
    _app, window = storm_memory.storm_window()
    run = storm.Storm(window, seed=args.seed)
    run.run(1_000)
    start = time.perf_counter()
    print("events  held MiB  raw MiB  wrappers  dead  widgets  seconds", flush=True)
    for block in range(args.events // 1_000):
        run.run(1_000)
        c = storm_memory.census()
        print(
            f"{(block + 1) * 1_000:>6}  {c['held']:>8.1f}  {c['rss']:>7.1f}  {c['wrappers']:>8}"
            f"  {c['dead']:>4}  {c['widgets']:>7}  {time.perf_counter() - start:>7.0f}",
            flush=True,
        )
    print(run.report.summary())
    window.close()
    return 1 if run.report.exceptions else 0


if __name__ == "__main__":
    raise SystemExit(main())
