"""Reading and writing the app's files safely (scenes, data and exported pictures), with no Qt.

- :func:`read_text_limited` refuses, *before* opening it for reading, anything that is not a
  regular file (a folder, a FIFO, a device: opening a FIFO would block the window forever) or
  that is too large; then a file that is binary, UTF-16 or not UTF-8, each with a
  :class:`FileProblem` saying which.
- :func:`write_atomic` writes a temporary file in the target's folder, flushes it to disk and
  then replaces the target in one step, so a crash mid-save leaves the previous file intact.
  Saving through a symbolic link writes the file it points to (the link stays a link), an
  existing file keeps its permissions, and the hidden temporary files a killed save left
  behind are removed by the next save into that folder. A name that belongs to a FIFO, a
  device or a socket is refused (:class:`SpecialFileError`): replacing it would destroy it,
  writing into it could block for ever.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from pathlib import Path

#: A name of a file in most file systems is at most this many bytes.
NAME_MAX = 255
_TEMPORARY = re.compile(r"^\.lossstudio-(\d+)-[0-9a-f]{8}\.(.*)\.tmp$", re.DOTALL)


class FileProblem(ValueError):
    """A file that cannot be used; ``kind`` is one of ``missing``, ``unreadable``,
    ``not_a_file`` (a folder, FIFO, device or socket), ``too_large``, ``binary``, ``utf16``,
    ``not_utf8``; ``str()`` is an English explanation for logs that names the file."""

    def __init__(self, kind: str, path: str | os.PathLike, detail: str = ""):
        self.kind = kind
        self.path = str(path)
        self.detail = detail
        super().__init__(f"{kind}: {path}" + (f" ({detail})" if detail else ""))


class SpecialFileError(OSError):
    """A save to a name that belongs to a FIFO, a device or a socket (``errno`` EINVAL)."""

    def __init__(self, path: str | os.PathLike):
        super().__init__(
            errno.EINVAL, "a special file (a pipe, a device or a socket) has that name", str(path)
        )


def _looks_utf16(raw: bytes) -> bool:
    """A UTF-16 byte-order mark, or text whose every other byte is zero (ASCII in UTF-16)."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    sample = raw[:4096]
    if len(sample) < 4:
        return False
    even, odd = sample[0::2], sample[1::2]
    return even.count(0) == len(even) or odd.count(0) == len(odd)


def _check_regular(info: os.stat_result, path: Path) -> None:
    if not stat.S_ISREG(info.st_mode):
        what = "a folder" if stat.S_ISDIR(info.st_mode) else "a special file"
        raise FileProblem("not_a_file", path, what)


def read_bytes_limited(path: str | os.PathLike, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``, or :class:`FileProblem`.

    The file is checked with ``os.stat`` before it is opened, opened with ``O_NONBLOCK`` (so a
    FIFO swapped in meanwhile cannot block) and checked again on the open descriptor.
    """
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise FileProblem("missing", path) from None
    except (OSError, ValueError) as error:
        raise FileProblem(
            "unreadable", path, getattr(error, "strerror", "") or str(error)
        ) from None
    _check_regular(info, path)
    if info.st_size > max_bytes:
        raise FileProblem("too_large", path, f"{info.st_size} bytes, limit {max_bytes}")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise FileProblem("missing", path) from None
    except OSError as error:
        raise FileProblem("unreadable", path, error.strerror or "") from None
    try:
        _check_regular(os.fstat(descriptor), path)  # the same file we looked at, still regular
        chunks, size = [], 0
        while size <= max_bytes:
            chunk = os.read(descriptor, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        raise FileProblem("unreadable", path, error.strerror or "") from None
    finally:
        os.close(descriptor)
    raw = b"".join(chunks)
    if len(raw) > max_bytes:  # grew while we looked
        raise FileProblem("too_large", path, f"more than {max_bytes} bytes")
    return raw


def read_text_limited(path: str | os.PathLike, max_bytes: int) -> str:
    """The file's text, or :class:`FileProblem` if it is not a regular file, larger than
    ``max_bytes``, binary, UTF-16 or not UTF-8 (a UTF-8 byte-order mark is accepted)."""
    raw = read_bytes_limited(path, max_bytes)
    if _looks_utf16(raw):
        raise FileProblem("utf16", path)
    if b"\x00" in raw:
        raise FileProblem("binary", path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileProblem("not_utf8", path, f"byte {error.start}") from None


def _short_name(name: str, limit: int) -> str:
    """``name`` cut to at most ``limit`` bytes of UTF-8, never inside a character."""
    return name.encode("utf-8", "surrogateescape")[:limit].decode("utf-8", "ignore")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # someone else's process, or we cannot tell: leave its file alone
    return True


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove the hidden ``.lossstudio-PID-….tmp`` files of saves whose process has died."""
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = _TEMPORARY.match(name)
        if match is None or _alive(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            os.unlink(folder / name)
            removed.append(folder / name)
    return removed


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def resolve_target(path: str | os.PathLike) -> Path:
    """The file a save to ``path`` writes: the end of a chain of symbolic links, or ``path``."""
    path = Path(path)
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def target_mode(target: Path) -> int:
    """The permissions a file written to ``target`` gets: the existing file's, else the
    umask's; :class:`SpecialFileError` when the name belongs to a FIFO, device or socket (a
    folder fails later with its own error)."""
    try:
        info = os.stat(target)
    except OSError:
        return 0o666 & ~_umask()
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
        raise SpecialFileError(target)
    return stat.S_IMODE(info.st_mode)


def write_atomic(path: str | os.PathLike, data: str | bytes) -> Path:
    """Write ``data`` (text as UTF-8, or bytes) to ``path`` so that readers see the old file
    or the new one, never half of one; returns the file written (a symlink's target)."""
    target = resolve_target(path)
    folder = target.parent if str(target.parent) else Path(".")
    remove_stale_temporaries(folder)
    mode = target_mode(target)
    # ".lossstudio-PID-XXXXXXXX." + name + ".tmp" within NAME_MAX bytes
    prefix = f".lossstudio-{os.getpid()}-{secrets.token_hex(4)}."
    room = NAME_MAX - len(prefix.encode()) - len(".tmp")
    temporary = folder / f"{prefix}{_short_name(target.name, room)}.tmp"
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as error:  # name the file the person chose, not the hidden temporary
        raise OSError(error.errno, error.strerror, str(target)) from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fchmod(stream.fileno(), mode)
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return target
