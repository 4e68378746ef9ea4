"""The command line and the application object: ``lossstudio`` and ``python -m lossstudio``.

    lossstudio [--tab catalog|regression|descent|classification] [--lang en|zh] [--present]
               [--screenshot FILE.png] [--session FILE.json]
               [--lesson chapter3|FILE.json [--step N] [--revealed]] [--practice FILE.json]
               [--record FILE.gif|.png|.webp [--seconds S] [--fps N] [--width W]]

``--screenshot`` renders the window (offscreen when there is no screen), saves it as PNG
and exits 0: the way to look at the app without a display. A ``--session`` file that cannot
be opened is named on stderr with the reason, and the exit status is 1 (no window, no picture).
``--record`` renders the tab's animation (the Descent race, the Figure 3-1 walk) to a file
without showing a window (:mod:`lossstudio.ui.record.command_line`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from lossstudio import __version__
from lossstudio.ui.tabs import KEYS


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="lossstudio",
        description="Loss Studio: touch a loss function and watch it respond.",
    )
    parser.add_argument("--tab", choices=KEYS, help="the tab to open")
    parser.add_argument("--lang", choices=("en", "zh"), help="language (default: the system's)")
    parser.add_argument("--present", action="store_true", help="start in presentation mode")
    parser.add_argument("--screenshot", metavar="FILE.png", help="save the window as PNG and exit")
    parser.add_argument(
        "--size",
        default="1440x900",
        metavar="WxH",
        help="window size for --screenshot (default 1440x900)",
    )
    parser.add_argument("--session", metavar="FILE.json", help="open a saved scene")
    parser.add_argument(
        "--lesson", metavar="chapter3|FILE.json", help="open a lesson (chapter3: the built-in one)"
    )
    parser.add_argument(
        "--step", type=int, metavar="N", help="open the lesson at step N (counted from 1)"
    )
    parser.add_argument(
        "--revealed", action="store_true", help="with every answer of the step revealed"
    )
    parser.add_argument("--practice", metavar="FILE.json", help="start a practice (challenges)")
    parser.add_argument("--version", action="version", version=f"Loss Studio {__version__}")
    from lossstudio.ui.record import command_line as record_line

    record_line.add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        width, height = (int(part) for part in args.size.lower().split("x"))
        if not (200 <= width <= 8000 and 200 <= height <= 8000):
            raise ValueError
    except ValueError:
        parser.error(f"--size must look like 1440x900 (200 to 8000 each), got {args.size!r}")
    args.size = (width, height)
    if (args.step is not None or args.revealed) and not args.lesson:
        parser.error("--step and --revealed need --lesson")
    if args.step is not None and args.step < 1:
        parser.error(f"--step counts from 1, got {args.step}")
    if args.screenshot is not None and not args.screenshot.strip():
        parser.error("--screenshot needs a file name, got an empty one")
    if args.session is not None and not args.session.strip():
        parser.error("--session needs a file name, got an empty one")
    if args.practice is not None and not args.practice.strip():
        parser.error("--practice needs a file name, got an empty one")
    if args.practice and args.lesson:
        parser.error("--practice and --lesson cannot be used together")
    record_line.check_arguments(parser, args)
    return args


def make_application(argv: Sequence[str]):
    """The QApplication with the app's identity, icon and pyqtgraph defaults."""
    import pyqtgraph as pg
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from lossstudio.allocator import keep_large_blocks_mapped
    from lossstudio.resources import resource_path

    keep_large_blocks_mapped()  # freed arrays go back to the system (lossstudio/allocator.py)
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName("Loss Studio")
    app.setOrganizationName("LossStudio")
    app.setApplicationVersion(__version__)
    from lossstudio.ui.fonts import install_fonts

    install_fonts()  # the bundled CJK font as the fallback for Chinese, before any widget exists
    app.setWindowIcon(QIcon(str(resource_path("icons", "lossstudio.svg"))))
    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    return app


def save_screenshot(window, path: str, size: tuple[int, int]) -> None:
    """Lay out and paint ``window`` at ``size`` and save it as PNG."""
    from PySide6.QtWidgets import QApplication

    window.resize(*size)
    window.show()
    for _ in range(5):  # let layouts settle and plots paint
        QApplication.processEvents()
    if window.size().toTuple() != tuple(size):
        # a passing minimum (a page laid out before its texts wrapped) grew the window; the
        # picture is of the size asked for, as far as the settled minimum allows
        window.resize(*size)
        for _ in range(5):
            QApplication.processEvents()
    from lossstudio.model.files import write_atomic
    from lossstudio.ui.export import png_bytes

    # atomically, as every file the app writes: never into a FIFO (that blocked for ever)
    write_atomic(path, png_bytes(window.grab().toImage()))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    offscreen = args.screenshot or args.record
    if offscreen and not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = make_application([sys.argv[0]])

    from lossstudio.ui import appearance, i18n
    from lossstudio.ui.main_window import MainWindow

    window = MainWindow()
    if args.screenshot or args.record:
        # a picture of the app as it starts, not of the last session's settings
        appearance.apply("light", appearance.NORMAL_SCALE)
        window.set_language(args.lang or i18n.system_language())
        window.scenes.remembers = False  # and it leaves the person's recent scenes as they are
    else:
        window.restore_settings(language=args.lang)
    if args.session and not window.open_scene(args.session):
        # the file's name and why, then a non-zero exit: no picture or window of another state
        detail = f" ({window.last_detail})" if window.last_detail else ""
        print(f"lossstudio: {args.session}: {window.last_message}{detail}", file=sys.stderr)
        return 1
    if args.tab:
        window.show_tab(args.tab)
    if args.lesson and not window.lessons.open(
        args.lesson, 1 if args.step is None else args.step, args.revealed
    ):
        detail = f" ({window.last_detail})" if window.last_detail else ""
        print(f"lossstudio: {args.lesson}: {window.last_message}{detail}", file=sys.stderr)
        return 2
    if args.practice and not window.practice.open(args.practice):
        detail = f" ({window.last_detail})" if window.last_detail else ""
        print(f"lossstudio: {args.practice}: {window.last_message}{detail}", file=sys.stderr)
        return 2
    if args.present:
        if args.screenshot:
            window.screen_lines = args.size[1]  # presentation scale for a screen of that size
            window.screen_size = tuple(args.size)  # and the largest that fits it
        window.set_presenting(True, full_screen=not (args.screenshot or args.record))
    if args.record:
        from lossstudio.ui.record.command_line import record

        return record(window, args)
    if args.screenshot:
        try:
            save_screenshot(window, args.screenshot, args.size)
        except OSError as error:
            why = error.strerror or str(error)
            print(f"lossstudio: could not write {args.screenshot}: {why}", file=sys.stderr)
            return 1
        return 0
    if not args.present:
        window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
