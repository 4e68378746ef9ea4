"""Render every tab and inner page on the screens a hall has, and fail on what does not fit.

    python tools/screens.py OUTDIR [--sizes 1024x768,1280x720,1366x768,1920x1080,3840x2160]
        [--tabs catalog,descent] [--langs en,zh] [--themes light,dark] [--modes normal,present]
        [--no-images]

Each screen size runs in its own process on Qt's offscreen platform with a screen of that size
(``offscreen:configfile=...``); 3840x2160 runs at device pixel ratio 2 (``QT_SCALE_FACTOR=2``,
a 1920x1080 logical screen). Normal mode is the window as it opens on that screen; present is
presentation mode (full screen at the presentation scale for that screen). Every page is
checked (``lossstudio.ui.layout_check``): a minimum size above the screen, widgets cut off,
texts that do not fit (labels, buttons, combo boxes, table cells), overlapping siblings, plots
too small to use. Images go to ``OUTDIR/WxH/<page>-<lang>-<theme>-<mode>.png``; problems are
printed, and the exit status is 1 when there are any.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = "1024x768,1280x720,1366x768,1920x1080,3840x2160"


def _options(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("--sizes", default=SIZES)
    parser.add_argument("--tabs", default="catalog,regression,descent,classification")
    parser.add_argument("--langs", default="en,zh")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--modes", default="normal,present")
    parser.add_argument(
        "--scales",
        default="",
        help="scales to check in each mode besides the mode's own (e.g. 1.75,2.0; 'all': every "
        "scale Ctrl+= offers on that screen)",
    )
    parser.add_argument("--no-images", action="store_true", help="check only")
    parser.add_argument(
        "--lesson",
        action="store_true",
        help="also walk the built-in lesson step by step, checking every step's screen",
    )
    parser.add_argument("--one", help=argparse.SUPPRESS)  # the size this child process renders
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = _options(argv)
    if args.one:
        return _render_one(args)
    failed = 0
    for size in args.sizes.split(","):
        width, height = (int(v) for v in size.split("x"))
        ratio = 2 if width >= 3000 else 1
        with tempfile.TemporaryDirectory() as folder:
            config = Path(folder) / "screen.json"
            screen = {"name": "hall", "x": 0, "y": 0, "width": width, "height": height}
            config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
            env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
            env["QT_SCALE_FACTOR"] = str(ratio)
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
            command = [sys.executable, __file__, *(argv or sys.argv[1:]), "--one", size]
            failed |= subprocess.run(command, env=env, check=False).returncode
    return 1 if failed else 0


def _render_one(args) -> int:
    from PySide6.QtWidgets import QApplication

    from lossstudio.app import make_application
    from lossstudio.ui import appearance, layout_check
    from lossstudio.ui.main_window import MainWindow

    app = make_application([sys.argv[0]])
    screen = app.primaryScreen().availableGeometry().size()
    logical = (screen.width(), screen.height())
    ratio = app.primaryScreen().devicePixelRatio()
    out = Path(args.outdir) / args.one
    if not args.no_images:
        out.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.show()
    layout_check.settle()
    tabs = args.tabs.split(",")
    problems = 0
    print(f"== {args.one}: logical screen {logical[0]}x{logical[1]} at ratio {ratio:g}", flush=True)
    for mode in args.modes.split(","):
        window.set_presenting(mode == "present")
        layout_check.settle()
        for scale in _scales(window, args.scales):
            if scale is not None:
                window.set_scale(scale)
                layout_check.settle()
            tag = mode if scale is None else f"{mode}-{scale:g}"
            problems += _check_languages(window, args, tabs, logical, out, tag)
            if args.lesson and scale is None:  # the lesson at the mode's own scale
                problems += _walk_lesson(window, args, logical, tag)
        window.set_presenting(False)
    appearance.apply("light", appearance.NORMAL_SCALE)
    QApplication.processEvents()
    print(f"== {args.one}: {problems} problem(s)", flush=True)
    return 1 if problems else 0


def _scales(window, wanted: str) -> list[float | None]:
    """The mode's own scale (None) and then each wanted one (``all``: every scale Ctrl+= offers
    on this screen)."""
    if not wanted:
        return [None]
    if wanted == "all":
        return [None, *window.offered_scales()]
    return [None, *(float(v) for v in wanted.split(","))]


def _walk_lesson(window, args, logical, tag: str) -> int:
    """The built-in lesson walked as a clicker does, every step checked (a step's state can
    lay a page out wider than the tab's default: the window must not grow past the screen)."""
    from lossstudio.ui import i18n, layout_check

    problems = 0
    for lang in args.langs.split(","):
        i18n.set_language(lang)
        window.lessons.open("chapter3")
        controller = window.lessons.controller
        while True:
            layout_check.settle()
            where = f"lesson step {controller.position.step + 1}.{controller.position.revealed}"
            for problem in layout_check.layout_problems(window, logical):
                print(
                    f"{args.one} {tag} {lang} {where} ({window.width()}x{window.height()}): {problem}"
                )
                problems += 1
            before = controller.position
            controller.forward()
            if controller.position == before:
                break
        window.lessons.close()
    return problems


def _check_languages(window, args, tabs, logical, out, tag: str) -> int:
    from lossstudio.ui import i18n, layout_check

    problems = 0
    for lang in args.langs.split(","):
        i18n.set_language(lang)
        for problem in layout_check.cut_menu_items(window):
            print(f"{args.one} {tag} {lang} ({window.scale:g}): {problem}")
            problems += 1
        for theme in args.themes.split(","):
            window.set_theme(theme)
            for page in layout_check.every_page(window, tabs):
                name = page.replace("/", "-")
                found = layout_check.layout_problems(window, logical)
                scale = f"scale {window.scale:g}"
                size = f"{window.width()}x{window.height()}"
                for problem in found:
                    print(f"{args.one} {tag} {lang} {theme} {page} ({size}, {scale}): {problem}")
                problems += len(found)
                if not args.no_images:
                    window.grab().save(str(out / f"{name}-{lang}-{theme}-{tag}.png"))
                problems += _check_drawer(window, args, logical, out, f"{lang} {theme} {page}", tag)
    return problems


def _check_drawer(window, args, logical, out, where: str, tag: str) -> int:
    """Presenting: the page again with its drawer open (the panel over the plot's edge)."""
    from lossstudio.ui import layout_check

    tab = window.current_tab()
    drawer = tab.drawer_shown() if window.presenting else None
    if drawer is None:
        return 0
    drawer.set_open(True)
    layout_check.settle()
    found = layout_check.layout_problems(window, logical)
    for problem in found:
        print(f"{args.one} {tag} {where} (drawer open, scale {window.scale:g}): {problem}")
    if not args.no_images:
        name = where.split(" ", 2)[2].replace("/", "-")
        lang, theme = where.split(" ")[:2]
        window.grab().save(str(out / f"{name}-{lang}-{theme}-{tag}-drawer.png"))
    drawer.set_open(False)
    layout_check.settle()
    return len(found)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
