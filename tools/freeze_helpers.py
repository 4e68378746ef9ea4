"""Helpers ``build.spec`` uses to keep the frozen folder small (Linux; a developer tool).

- :func:`prune_orphans`: drop system libraries that only excluded Qt plugins needed
  (PyInstaller collects dependencies before the spec filters the plugins out).
- :func:`trimmed_icudata`: Qt links ICU, whose data library is 31 MB. Qt uses ICU for
  collation, case mapping, IDNA, time zones and legacy text codecs; it needs no locale display
  names (currencies, languages, units, ...) outside English and Chinese, no transliteration and
  no word-break dictionaries. This rebuilds ``libicudata.so.NN`` with only what is kept
  (about 8 MB) from the original's own data, with the same exported symbol.
- :func:`strip_debug`: remove DWARF debug sections (never symbols) from libpython and the
  standard-library extension modules. Not numpy's libraries: stripping breaks OpenBLAS.

Every helper falls back to leaving things as they were when a tool it needs is missing.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from collections.abc import Iterable
from pathlib import Path

# -- ICU ----------------------------------------------------------------------------------------

_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
_KEEP_LOCALES = re.compile(r"^(root|en|zh)(_|$)")
#: Locale trees of display names and rules Qt does not read for other languages.
_LOCALE_TREES = {"", "coll", "rbnf", "curr", "lang", "region", "unit", "zone", "brkitr"}
#: Multi-byte legacy codecs worth keeping for Chinese users; other large ones go.
_KEEP_CONVERTERS = {"gb18030.cnv", "windows-936-2000.cnv", "windows-950-2000.cnv"}


def keep_icu_item(name: str) -> bool:
    """Whether an item of the ICU data package (``icudt73l/coll/zh.res``) stays."""
    parts = name.split("/", 1)[-1].split("/")
    tree = "/".join(parts[:-1])
    leaf = parts[-1]
    stem, _, suffix = leaf.rpartition(".")
    if tree == "translit" or suffix == "dict":
        return False
    if tree in _LOCALE_TREES and suffix == "res" and _LOCALE.match(stem):
        return bool(_KEEP_LOCALES.match(stem))
    return True


def _elf_symbol(library: Path) -> tuple[str, int, int] | None:
    """(name, file offset, size) of the one ``icudtNN_dat`` symbol, read with ``nm``."""
    nm = shutil.which("nm")
    readelf = shutil.which("readelf")
    if not nm or not readelf:
        return None
    out = subprocess.run(
        [nm, "-DS", "--defined-only", str(library)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) [A-Za-z] (icudt\d+_dat)$", out, re.M)
    if not match:
        return None
    address, size, name = int(match[1], 16), int(match[2], 16), match[3]
    segments = subprocess.run(
        [readelf, "-lW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in segments.splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"]:
            offset, vaddr, filesz = int(fields[1], 16), int(fields[2], 16), int(fields[4], 16)
            if vaddr <= address < vaddr + filesz:
                return name, offset + address - vaddr, size
    return None


def filter_icu_package(data: bytes, keep=keep_icu_item) -> tuple[bytes, int, int]:
    """A copy of an ICU common-data package (``CmnD``) with only the items ``keep`` accepts.

    Returns (package, items before, items after). Layout: the header, then a table of contents
    (count, then name/data offsets from the table's start), the names, and the items, each on
    a 16-byte boundary, in the original (sorted) order.
    """
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD" or data[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    toc = header_size
    count = struct.unpack_from("<I", data, toc)[0]
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * i) for i in range(count)]
    ends = [entries[i + 1][1] for i in range(count - 1)] + [len(data) - toc]
    items = []
    for (name_offset, data_offset), end in zip(entries, ends, strict=True):
        name = data[toc + name_offset : data.index(b"\0", toc + name_offset)].decode("ascii")
        if keep(name):
            items.append((name, data[toc + data_offset : toc + end]))
    names = b""
    name_offsets = []
    table_size = 4 + 8 * len(items)
    for name, _ in items:
        name_offsets.append(table_size + len(names))
        names += name.encode("ascii") + b"\0"
    body = b""
    data_offsets = []
    position = table_size + len(names)
    padding = -(toc + position) % 16
    position += padding
    body += b"\0" * padding
    for _, blob in items:
        data_offsets.append(position)
        pad = -len(blob) % 16
        body += blob + b"\0" * pad
        position += len(blob) + pad
    table = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    return data[:toc] + table + names + body, count, len(items)


def trimmed_icudata(library: Path, workdir: Path, log=print) -> Path | None:
    """A rebuilt, smaller copy of Qt's ``libicudata.so.NN``, or None to keep the original."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    found = _elf_symbol(library) if compiler else None
    if not found:
        log("trim ICU: no C compiler or binutils; keeping the full ICU data")
        return None
    symbol, offset, size = found
    data = library.read_bytes()[offset : offset + size]
    try:
        package, before, after = filter_icu_package(data)
    except ValueError as error:
        log(f"trim ICU: {error}; keeping the full ICU data")
        return None
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "icudata.dat").write_bytes(package)
    (workdir / "icudata.S").write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
        f'{symbol}:\n\t.incbin "icudata.dat"\n\t.size {symbol}, .-{symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n'
    )
    output = workdir / library.name
    subprocess.run(
        [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(output),
         "icudata.S"],
        cwd=workdir,
        check=True,
    )  # fmt: skip
    log(
        f"trim ICU: {before} -> {after} items, {library.stat().st_size / 2**20:.1f} MB -> "
        f"{output.stat().st_size / 2**20:.1f} MB"
    )
    return output


# -- libraries only excluded plugins needed ---------------------------------------------------


def _needed(path: str) -> set[str]:
    readelf = shutil.which("readelf")
    if not readelf:
        return set()
    out = subprocess.run([readelf, "-dW", path], capture_output=True, text=True).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


def prune_orphans(binaries: list, keep: Iterable[str] = ()) -> tuple[list, list[str]]:
    """Drop top-level system libraries that no kept binary needs (directly or not).

    ``binaries`` is PyInstaller's TOC of (dest, source, typecode). Only entries at the bundle's
    top level that are not Python itself are candidates; returns (kept TOC, dropped names).
    """
    if not shutil.which("readelf"):
        return binaries, []
    keep = set(keep)
    candidates = {
        dest: entry
        for entry in binaries
        if "/" not in (dest := entry[0].replace("\\", "/"))
        and ".so" in dest
        and not dest.startswith("libpython")
        and dest not in keep
    }
    roots = [entry for entry in binaries if entry[0].replace("\\", "/") not in candidates]
    wanted: set[str] = set()
    queue = [entry[1] for entry in roots if entry[2] != "SYMLINK"]
    seen: set[str] = set()
    while queue:
        source = queue.pop()
        if source in seen or not Path(source).is_file():
            continue
        seen.add(source)
        for name in _needed(source):
            if name in candidates and name not in wanted:
                wanted.add(name)
                queue.append(candidates[name][1])
    dropped = sorted(set(candidates) - wanted)
    return [entry for entry in binaries if entry[0].replace("\\", "/") not in dropped], dropped


# -- debug sections -----------------------------------------------------------------------------


def strip_debug(paths: Iterable[Path], log=print) -> int:
    """``strip --strip-debug`` each file in place; returns the bytes saved."""
    strip = shutil.which("strip")
    if not strip:
        log("strip not found; debug sections stay")
        return 0
    saved = 0
    for path in paths:
        if path.is_symlink() or not path.is_file():
            continue
        before = path.stat().st_size
        result = subprocess.run([strip, "--strip-debug", str(path)], capture_output=True)
        if result.returncode == 0:
            saved += before - path.stat().st_size
    log(f"strip --strip-debug: {saved / 2**20:.1f} MB saved")
    return saved
