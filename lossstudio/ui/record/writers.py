"""Animated GIF, APNG and WebP files from frames (Pillow images), written safely.

:class:`AnimationFile` writes into a temporary file beside the target and moves it into place
with ``os.replace`` only when every frame is in, so a cancelled or failed export leaves no
partial file and never touches an existing one. GIF and APNG are streamed frame by frame
(only the region that changed since the previous frame is stored, memory stays one frame);
WebP goes through Pillow's encoder, which takes every frame at the end. Frames are encoded on
one worker thread (Pillow lets go of the GIL while it quantizes and compresses) while the next
frame is drawn; at most one frame waits.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import struct
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PIL import GifImagePlugin, Image, ImageChops

from lossstudio.model import files
from lossstudio.model.recording import check_webp, durations_ms, format_of

#: zlib level of APNG frames: 3 is ~4x faster than Pillow's default 6 for ~10 % more bytes.
PNG_LEVEL = 3


class Cancelled(Exception):
    """The person cancelled the export; nothing was written."""


def _changed_box(previous: Image.Image | None, image: Image.Image):
    """The box of pixels that differ from ``previous`` (all of it for the first frame),
    or None when nothing changed."""
    if previous is None:
        return (0, 0, *image.size)
    return ImageChops.difference(previous, image).getbbox()


class _Gif:
    """GIF89a, looping forever, one frame per image; each frame the changed box only, with
    its own 256-colour table (fast octree, no dithering: flat plot colours stay flat)."""

    def __init__(self, stream, size: tuple[int, int], fps: float, count: int):
        self.stream, self.size = stream, size
        self.delays = durations_ms(fps, count, 10)
        width, height = size
        stream.write(b"GIF89a" + struct.pack("<HHBBB", width, height, 0, 0, 0))
        stream.write(b"!\xff\x0bNETSCAPE2.0\x03\x01" + struct.pack("<H", 0) + b"\x00")
        self.index = 0

    def add(self, image: Image.Image, box) -> None:
        region = image.crop(box or (0, 0, 1, 1))
        indexed = region.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
        delay = self.delays[min(self.index, len(self.delays) - 1)]
        for chunk in GifImagePlugin.getdata(
            indexed,
            offset=(box or (0, 0))[:2],
            duration=delay,
            disposal=1,
            include_color_table=True,
        ):
            self.stream.write(chunk)
        self.index += 1

    def finish(self) -> None:
        self.stream.write(b";")


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _idat_data(image: Image.Image) -> list[bytes]:
    """The IDAT payloads of ``image`` saved as an 8-bit RGB PNG."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=PNG_LEVEL)
    data, out, position = buffer.getvalue(), [], 8
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        if kind == b"IDAT":
            out.append(data[position + 8 : position + 8 + length])
        position += 12 + length
    return out


class _Apng:
    """APNG (every PNG viewer shows its first frame), looping forever; after the first frame
    each frame is the changed box drawn over the previous one."""

    def __init__(self, stream, size: tuple[int, int], fps: float, count: int):
        self.stream, self.size = stream, size
        self.delays = durations_ms(fps, count, 1)
        width, height = size
        stream.write(b"\x89PNG\r\n\x1a\n")
        stream.write(_png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)))
        stream.write(_png_chunk(b"acTL", struct.pack(">II", count, 0)))
        self.sequence, self.index = 0, 0

    def add(self, image: Image.Image, box) -> None:
        box = box or (0, 0, 1, 1)
        region = image.crop(box)
        delay = self.delays[min(self.index, len(self.delays) - 1)]
        control = struct.pack(
            ">IIIIIHHBB", self.sequence, *region.size, box[0], box[1], delay, 1000, 0, 0
        )
        self.stream.write(_png_chunk(b"fcTL", control))
        self.sequence += 1
        for data in _idat_data(region):
            if self.index == 0:
                self.stream.write(_png_chunk(b"IDAT", data))
            else:
                self.stream.write(_png_chunk(b"fdAT", struct.pack(">I", self.sequence) + data))
                self.sequence += 1
        self.index += 1

    def finish(self) -> None:
        self.stream.write(_png_chunk(b"IEND", b""))


class _Webp:
    """Animated WebP through Pillow (lossy, quality 90); frames are kept until the end."""

    def __init__(self, stream, size: tuple[int, int], fps: float, count: int):
        self.stream, self.size = stream, size
        self.delays = durations_ms(fps, count, 1)
        self.frames: list[Image.Image] = []

    def add(self, image: Image.Image, box) -> None:
        self.frames.append(image)

    def finish(self) -> None:
        first, *rest = self.frames
        first.save(
            self.stream,
            "WEBP",
            save_all=True,
            append_images=rest,
            duration=self.delays[: len(self.frames)],
            loop=0,
            quality=90,
            method=0,
        )
        self.frames = []


WRITERS = {"gif": _Gif, "apng": _Apng, "webp": _Webp}


class AnimationFile:
    """One animation being written to ``path`` (its format from the file name).

    ``add(image)`` for each of ``count`` frames (RGB images of ``size``), then ``finish()``
    moves the file into place; ``abort()`` (or leaving a ``with`` block by an exception)
    deletes the temporary file. Opening raises ``OSError`` at once when the folder is not
    writable, before any frame is drawn.
    """

    def __init__(self, path: str | os.PathLike, size: tuple[int, int], fps: float, count: int):
        self.kind = format_of(path)
        if self.kind == "webp":
            check_webp(*size, count)
        self.path = files.resolve_target(path)  # a symbolic link's target, as scenes do
        self.size, self.count = size, count
        folder = self.path.parent if str(self.path.parent) else Path(".")
        files.remove_stale_temporaries(folder)
        mode = files.target_mode(self.path)  # a FIFO or device refused: replacing destroys it
        # the scenes' temporary names (".lossstudio-PID-XXXXXXXX.NAME.tmp"), so the temporary
        # of an export killed midway is removed by the next save or export in that folder
        prefix = f".lossstudio-{os.getpid()}-{secrets.token_hex(4)}."
        room = files.NAME_MAX - len(prefix.encode()) - len(".tmp")
        short = self.path.name.encode("utf-8", "surrogateescape")[:room].decode("utf-8", "ignore")
        self.temporary = str(folder / f"{prefix}{short}.tmp")
        handle = os.open(self.temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.fchmod(handle, mode)
        self.stream = os.fdopen(handle, "wb")
        self.writer = WRITERS[self.kind](self.stream, size, fps, count)
        self.previous: Image.Image | None = None
        self.added = 0
        self._worker = ThreadPoolExecutor(1, thread_name_prefix="lossstudio-animation")
        self._pending: Future | None = None

    def add(self, image: Image.Image) -> None:
        if image.size != self.size:
            raise ValueError(f"frame of {image.size}, expected {self.size}")
        self._wait()  # the previous frame's error, if any, shows here
        self._pending = self._worker.submit(self._encode, image)
        self.added += 1

    def _encode(self, image: Image.Image) -> None:
        image = image if image.mode == "RGB" else image.convert("RGB")
        self.writer.add(image, _changed_box(self.previous, image))
        self.previous = image

    def _wait(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def finish(self) -> Path:
        try:
            self._wait()
            self._worker.shutdown()
            self.writer.finish()
            self.stream.flush()
            os.fsync(self.stream.fileno())
            self.stream.close()
            os.replace(self.temporary, self.path)
        except BaseException:
            self.abort()
            raise
        return self.path

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._wait()
        self._worker.shutdown()
        with contextlib.suppress(OSError):
            self.stream.close()
        with contextlib.suppress(OSError):
            os.unlink(self.temporary)

    def __enter__(self) -> AnimationFile:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is not None:
            self.abort()
