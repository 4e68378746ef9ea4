"""Render every tab in English and Chinese, at normal and presentation scale, to PNG files.

    python tools/screens.py OUTDIR [--tabs catalog,descent] [--langs en,zh] [--modes normal,present]

Normal is 1440x900 with the light theme; present is 1920x1080 at the presentation scale, in the
dark theme. Each image also reports any widget wider or taller than the window (clipping).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("--tabs", default="catalog,regression,descent,classification")
    parser.add_argument("--langs", default="en,zh")
    parser.add_argument("--modes", default="normal,present")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from lossstudio.app import make_application
    from lossstudio.ui import appearance
    from lossstudio.ui.fonts import install_fonts
    from lossstudio.ui.main_window import MainWindow

    make_application([sys.argv[0]])
    install_fonts()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    problems = 0
    for mode in args.modes.split(","):
        size = (1440, 900) if mode == "normal" else (1920, 1080)
        window.set_theme("light" if mode == "normal" else "dark")
        window.set_presenting(mode == "present", full_screen=False)
        window.resize(*size)
        window.show()
        for lang in args.langs.split(","):
            window.set_language(lang)
            for tab in args.tabs.split(","):
                window.show_tab(tab)
                for _ in range(4):
                    QApplication.processEvents()
                path = out / f"{tab}-{lang}-{mode}.png"
                window.grab().save(str(path))
                hint = window.minimumSizeHint()
                note = ""
                if window.width() > size[0] or window.height() > size[1] or hint.width() > size[0]:
                    note = f"  TOO BIG: window {window.width()}x{window.height()}, minimum {hint.width()}x{hint.height()}"
                    problems += 1
                print(f"{path}{note}")
    appearance.apply("light", appearance.NORMAL_SCALE)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
