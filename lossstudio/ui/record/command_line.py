"""``lossstudio --session FILE.json --record out.gif [--seconds S] [--fps N] [--width W]``.

Renders the animation of the tab the scene names (``--tab`` overrides) without showing a
window: the Descent race from the scene's state, the Catalog's Figure 3-1 walk, or the
Regression line gliding from the scene's line into the best fit. Messages
are printed as ``lossstudio: ...``; the exit status is 0 only when the file was saved.
"""

from __future__ import annotations

import argparse
import sys

from lossstudio.model import recording
from lossstudio.model.recording import RecordingError

DEFAULT_WIDTH = 1280
DEFAULT_FPS = 20.0
ANIMATED_TABS = ("descent", "catalog", "regression")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--record",
        metavar="FILE.gif",
        help="render the tab's animation (the Descent race, the Catalog's Figure 3-1 walk, the "
        "Regression line gliding into the best fit) to an animated .gif, .png (APNG) or .webp "
        "and exit",
    )
    parser.add_argument("--seconds", metavar="S", help="seconds of animation (default: all)")
    parser.add_argument("--fps", metavar="N", help=f"frames per second (default {DEFAULT_FPS:g})")
    parser.add_argument("--width", metavar="W", help=f"frame width (default {DEFAULT_WIDTH})")


def check_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Turn the --record values into numbers, or stop with a message naming the problem."""
    given = [name for name in ("seconds", "fps", "width") if getattr(args, name) is not None]
    if not args.record:
        if given:
            parser.error(f"--{given[0]} goes with --record FILE.gif")
        return
    if args.screenshot:
        parser.error("--record and --screenshot: choose one")
    try:
        recording.format_of(args.record)
    except RecordingError as error:
        parser.error(f"--record: {error}")
    args.width = _parse(parser, "width", args.width, int, DEFAULT_WIDTH)
    args.fps = _parse(parser, "fps", args.fps, float, DEFAULT_FPS)
    args.seconds = _parse(parser, "seconds", args.seconds, float, None)
    try:
        recording.check_settings(args.width, args.fps, args.seconds or 1.0)
    except RecordingError as error:
        parser.error(str(error))


def _parse(parser, name: str, text: str | None, kind: type, default):
    if text is None:
        return default
    try:
        return kind(text)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        parser.error(f"--{name} must be {what}, got {text!r}")


def record(window, args: argparse.Namespace) -> int:
    """Render the animation of the window's current tab into ``args.record``; exit status."""
    from lossstudio.ui.record import animations
    from lossstudio.ui.record.renderer import FrameRenderer, frame_height

    key = window.current_key()
    if key not in ANIMATED_TABS:
        print(
            f"lossstudio: --record: the {key} tab has no animation of its own to render "
            "(the Descent race, the Loss Catalog's Figure 3-1 walk and the Regression line "
            "gliding into the best fit have); record it in the app with File > Record animation",
            file=sys.stderr,
        )
        return 2
    state = window.pages.peek(key).state()
    make = {"descent": animations.race, "catalog": animations.walk}.get(key, animations.glide)
    try:
        animation = make(state, args.fps, args.seconds)
        recording.check_settings(args.width, args.fps, animation.seconds)
    except RecordingError as error:
        print(f"lossstudio: --record: {error}", file=sys.stderr)
        return 2
    _quiet_offscreen_notes()
    width, height = args.size
    size = (args.width, frame_height(args.width, height / width))
    if recording.format_of(args.record) == "webp":
        try:
            recording.check_webp(*size, len(animation.states))
        except RecordingError as error:
            print(f"lossstudio: --record: {error}", file=sys.stderr)
            return 2
    renderer = FrameRenderer(key, size, window=window, views=animation.views)
    try:
        path = animations.write(animation, args.record, renderer)
    except OSError as error:
        reason = error.strerror or str(error)
        print(f"lossstudio: could not write {args.record}: {reason}", file=sys.stderr)
        return 1
    print(
        f"lossstudio: saved {len(animation.states)} frames ({size[0]} x {size[1]}, "
        f"{args.fps:g} fps, {animation.seconds:g} s) to {path}"
    )
    return 0


def _quiet_offscreen_notes() -> None:
    """The offscreen platform notes each window size hint it cannot pass on; one frame after
    another, that is noise on the terminal. Every other Qt message still shows."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(kind, context, message):
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
