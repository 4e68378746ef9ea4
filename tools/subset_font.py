"""Write the app's Chinese font: a small subset of WenQuanYi Micro Hei (a developer tool).

    python tools/subset_font.py [--source FONT.ttc] [--check]

Chinese must render in the packaged app on a machine with no CJK font installed, so the app
ships ``resources/fonts/LossStudioCJK.ttf``: WenQuanYi Micro Hei (Apache-2.0, see
``resources/fonts/LICENSE-WenQuanYi.txt``) cut down to the characters the app can show:

- every ``<translation>`` (and numerus form) of ``resources/translations/*.ts``;
- the non-ASCII text in ``lossstudio/**/*.py`` (Chinese strings, Greek letters, math signs);
- Qt's own Chinese translation (``qtbase_zh_CN.qm``: standard dialogs and buttons);
- the chapter's key terms, CJK punctuation, full-width digits and letters, printable ASCII.

Rerun it whenever translations change; ``--check`` only reports the characters the shipped font
lacks (exit 1 if any), which is also what ``tests/ui/test_fonts.py`` enforces. The source font
comes from the ``fonts-wqy-microhei`` package (Debian/Ubuntu) or ``--source``.
"""

from __future__ import annotations

import argparse
import re
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
PACKAGE = ROOT / "lossstudio"
OUTPUT = ROOT / "resources" / "fonts" / "LossStudioCJK.ttf"
FAMILY = "LossStudio CJK"
SOURCES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy-microhei/wqy-microhei.ttc"),
)

#: Where glyphs WenQuanYi lacks come from (Bitstream Vera / DejaVu licence: renamed font).
DONORS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
)

#: The chapter's own terms, so they render even before a translation uses them.
KEY_TERMS = """
损失函数 代价函数 目标函数 均方差 均方误差 平均绝对误差 交叉熵 二分类交叉熵 多分类交叉熵 铰链损失
对数损失 指数损失 平方损失 绝对值损失 零一损失 0-1损失 合页损失 信息量 熵 相对熵 KL散度 散度
梯度下降 随机梯度下降 小批量 动量 学习率 步长 迭代 轮次 收敛 发散 优化器 超参数 权重 偏置 样本
回归 分类 线性回归 逻辑回归 最小二乘 标签 预测值 真实值 概率 分布 神经网络 神经元 激活函数
误差 残差 拟合 数据 直线 斜率 截距 平面 曲面 等高线 三维 二维 横轴 纵轴 图表 公式 参数 导数
偏导数 损失 目录 下降 重置 撤销 重做 文件 编辑 视图 帮助 语言 中文 英文 演示模式 主题 浅色 深色
放大 缩小 保存 打开 场景 导出 复制 图片 退出 关于 设置 开始 暂停 继续 单步 速度 显示 隐藏 点
"""
#: Punctuation and symbols Chinese text uses (full-width forms are added as a whole block).
PUNCTUATION = (
    "\u3000、。〃〈〉《》「」『』【】〔〕〖〗〜・"  # CJK symbols and punctuation
    "‘’“”…‥—–·•※′″℃°±×÷≈≠≤≥∞∑∏∂∇√∫∈∉∝−∓⁻⁺²³¹⁰ⁱⁿ₀₁₂₃₄₅₆₇₈₉←↑→↓↔⇒⇔"
    "αβγδεζηθικλμνξοπρστυφχψωΓΔΘΛΞΠΣΦΨΩ"
)
#: Full-width ASCII forms (！ to ～: ０-９, Ａ-Ｚ, ，．：（） ...) and printable ASCII.
BLOCKS = ((0xFF01, 0xFF5E), (0x20, 0x7E), (0xA0, 0xFF))

_HAN_OR_SYMBOL = re.compile(r"[^\x00-\x7f]")


def translated_text(folder: Path = TRANSLATIONS) -> str:
    """Every translation (and numerus form) of every ``.ts`` file in ``folder``."""
    parts: list[str] = []
    for path in sorted(folder.glob("*.ts")):
        root = ET.parse(path).getroot()
        for translation in root.iter("translation"):
            parts.append(translation.text or "")
            parts.extend(form.text or "" for form in translation.iter("numerusform"))
    return "".join(parts)


def source_text(package: Path = PACKAGE) -> str:
    """The non-ASCII characters of the app's Python sources."""
    found: set[str] = set()
    for path in sorted(package.rglob("*.py")):
        found.update(_HAN_OR_SYMBOL.findall(path.read_text(encoding="utf-8")))
    return "".join(sorted(found))


def lesson_text(folder: Path = ROOT / "resources" / "lessons") -> str:
    """The built-in lessons' captions and notes (their Chinese is data, not a translation)."""
    return "".join(path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.json")))


def qm_text(path: Path) -> str:
    """The translations of a compiled Qt ``.qm`` file (Qt's own standard-dialog strings)."""
    data = path.read_bytes()
    magic = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
    if not data.startswith(magic):
        return ""
    parts: list[str] = []
    pos = len(magic)
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1 : pos + 5])[0]
        block = data[pos + 5 : pos + 5 + length]
        pos += 5 + length
        if tag != 0x69:  # the Messages section
            continue
        at = 0
        while at < len(block):
            item = block[at]
            at += 1
            if item == 1:  # end of message
                continue
            if at + 4 > len(block):
                break
            size = struct.unpack(">I", block[at : at + 4])[0]
            if size == 0xFFFFFFFF:  # null translation
                at += 4
                continue
            payload = block[at + 4 : at + 4 + size]
            at += 4 + size
            if item == 3:  # translation, UTF-16BE
                parts.append(payload.decode("utf-16-be", errors="ignore"))
    return "".join(parts)


def qt_translations_text() -> str:
    """Qt's Chinese translations of its own dialogs (empty if PySide6 is not importable)."""
    try:
        from PySide6.QtCore import QLibraryInfo
    except ImportError:
        return ""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return "".join(qm_text(path) for path in sorted(folder.glob("qtbase_zh_CN.qm")))


def wanted_characters() -> set[str]:
    """Every character the shipped font must cover (before dropping those the source lacks)."""
    text = translated_text() + source_text() + lesson_text() + qt_translations_text()
    text += KEY_TERMS + PUNCTUATION
    chars = {c for c in text if not c.isspace() or c == "\u3000"}
    for first, last in BLOCKS:
        chars.update(chr(code) for code in range(first, last + 1))
    chars.discard("\ufeff")
    return chars


def required_characters(folder: Path = TRANSLATIONS) -> set[str]:
    """The characters the shipped font must have: every non-space one of every translation."""
    return {c for c in translated_text(folder) if not c.isspace()}


def find_source(explicit: str | None) -> Path:
    candidates = [Path(explicit)] if explicit else list(SOURCES)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise SystemExit(
        "source font not found (tried " + ", ".join(map(str, candidates)) + "); install "
        "fonts-wqy-microhei (apt-get install fonts-wqy-microhei) or pass --source"
    )


def _rename(font, family: str) -> None:
    """Give the subset its own family name, keeping the copyright and licence records."""
    name = font["name"]
    full = f"{family} Regular"
    postscript = family.replace(" ", "") + "-Regular"
    note = (
        "Subset of WenQuanYi Micro Hei 0.2.0-beta made for Loss Studio by tools/subset_font.py; "
        "only the glyphs the app uses are kept. Licensed under the Apache License 2.0."
    )
    for record in list(name.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 18, 21, 22):
            name.removeNames(nameID=record.nameID)
    for name_id, value in ((1, family), (2, "Regular"), (3, f"{postscript};subset"), (4, full)):
        name.setName(value, name_id, 3, 1, 0x409)
        name.setName(value, name_id, 1, 0, 0)
    name.setName(postscript, 6, 3, 1, 0x409)
    name.setName(postscript, 6, 1, 0, 0)
    name.setName(note, 10, 3, 1, 0x409)


def subset(source: Path, output: Path = OUTPUT) -> tuple[int, int, set[str]]:
    """Write the subset; returns (glyph count, bytes, wanted characters the source lacks)."""
    from fontTools.subset import Options, Subsetter
    from fontTools.ttLib import TTFont

    font = TTFont(str(source), fontNumber=0, lazy=False)
    cmap = font.getBestCmap()
    wanted = wanted_characters()
    present = {c for c in wanted if ord(c) in cmap}
    options = Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.layout_features = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False  # CJK outlines render well unhinted; halves the size
    options.drop_tables += ["DSIG", "LTSH", "VDMX", "hdmx", "kern", "FFTM"]
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=sorted(map(ord, present)))
    subsetter.subset(font)
    lacking = wanted - present
    lacking -= borrow_glyphs(font, lacking)
    _rename(font, FAMILY)
    output.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(output))
    return len(font.getGlyphOrder()), output.stat().st_size, lacking


#: Subscript digits: WenQuanYi has ₁-₄ only; DejaVu's others are drawn to their size and line.
SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉"


def _like_own_subscripts(font, donor) -> tuple[float, float, float, int] | None:
    """(x scale, y scale, y shift, advance) that give DejaVu's subscript digits the height,
    baseline offset and width of the font's own ₁ (x₀ and x₅ sat higher and smaller beside
    x₁-x₄ in Figure 3-1), or None when either font lacks ₁."""
    from fontTools.pens.boundsPen import BoundsPen

    own, other = font.getBestCmap().get(0x2081), donor.getBestCmap().get(0x2081)
    if own is None or other is None:
        return None
    bounds = []
    for source, name in ((font, own), (donor, other)):
        pen = BoundsPen(source.getGlyphSet())
        source.getGlyphSet()[name].draw(pen)
        bounds.append(pen.bounds)
    (_, low, _, high), (_, d_low, _, d_high) = bounds
    if not high > low or not d_high > d_low:
        return None
    advance = font["hmtx"].metrics[own][0]
    y_scale = (high - low) / (d_high - d_low)
    x_scale = min(y_scale, advance / donor["hmtx"].metrics[other][0])
    return x_scale, y_scale, low - y_scale * d_low, advance


def borrow_glyphs(font, chars: set[str], donors=DONORS) -> set[str]:
    """Copy into ``font`` the glyphs of ``chars`` from DejaVu Sans (WenQuanYi lacks a few
    symbols the translations use: subscript digits, ∓, ⚠); returns the characters added.
    Subscript digits are drawn like the font's own (:func:`_like_own_subscripts`)."""
    from fontTools.pens.recordingPen import DecomposingRecordingPen
    from fontTools.pens.transformPen import TransformPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont

    donor_path = next((path for path in donors if path.is_file()), None)
    if donor_path is None or not chars:
        return set()
    donor = TTFont(str(donor_path))
    donor_cmap = donor.getBestCmap()
    glyphs = donor.getGlyphSet()
    scale = font["head"].unitsPerEm / donor["head"].unitsPerEm
    order = list(font.getGlyphOrder())
    glyf, hmtx = font["glyf"], font["hmtx"]
    added: set[str] = set()
    like = _like_own_subscripts(font, donor)
    for char in sorted(chars):
        source = donor_cmap.get(ord(char))
        if source is None:
            continue
        recording = DecomposingRecordingPen(glyphs)
        glyphs[source].draw(recording)
        pen = TTGlyphPen(None)
        transform = (scale, 0, 0, scale, 0, 0)
        advance = round(glyphs[source].width * scale)
        if char in SUBSCRIPTS and like is not None:
            x_scale, y_scale, shift, advance = like
            centre = (advance - glyphs[source].width * x_scale) / 2
            transform = (x_scale, 0, 0, y_scale, centre, shift)
        recording.replay(TransformPen(pen, transform))
        name = f"uni{ord(char):04X}.dejavu"
        glyph = pen.glyph()
        glyph.recalcBounds(glyf)
        glyf.glyphs[name] = glyph
        order.append(name)
        hmtx.metrics[name] = (advance, getattr(glyph, "xMin", 0))
        if "vmtx" in font:  # WenQuanYi has vertical metrics too
            top = font["hhea"].ascent - getattr(glyph, "yMax", 0)
            font["vmtx"].metrics[name] = (font["head"].unitsPerEm, top)
        for table in font["cmap"].tables:
            if table.isUnicode():
                table.cmap[ord(char)] = name
        added.add(char)
    font.setGlyphOrder(order)
    glyf.glyphOrder = order
    return added


def missing_from(font_path: Path, chars: set[str]) -> set[str]:
    """The characters of ``chars`` that the font at ``font_path`` has no glyph for."""
    from fontTools.ttLib import TTFont

    cmap = TTFont(str(font_path), lazy=True).getBestCmap()
    return {c for c in chars if ord(c) not in cmap}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", help="the full font to cut from (a .ttf/.ttc)")
    parser.add_argument("--output", default=str(OUTPUT), help="where to write the subset")
    parser.add_argument("--check", action="store_true", help="only report what the font lacks")
    args = parser.parse_args(argv)
    output = Path(args.output)
    if args.check:
        lacking = missing_from(output, required_characters())
        if lacking:
            print("missing from the font: " + "".join(sorted(lacking)))
            print("rerun: python tools/subset_font.py")
            return 1
        print(f"{output.name} covers every translated character")
        return 0
    glyphs, size, unavailable = subset(find_source(args.source), output)
    print(f"wrote {output} ({glyphs} glyphs, {size / 1024:.0f} KiB)")
    if unavailable:
        print("the source font has no glyph for: " + "".join(sorted(unavailable)))
    translated_gaps = unavailable & required_characters()
    return 1 if translated_gaps else 0


if __name__ == "__main__":
    sys.exit(main())
