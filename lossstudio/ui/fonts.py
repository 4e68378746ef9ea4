"""The bundled Chinese font, so Chinese renders even where no CJK font is installed.

``resources/fonts/LossStudioCJK.ttf`` is a subset of WenQuanYi Micro Hei (Apache-2.0) holding
every character the app's translations use (``tools/subset_font.py`` writes it).
:func:`install_fonts` registers it and makes it the fallback for Chinese text everywhere:
widgets, and pyqtgraph's axis labels, titles and tick labels (which take the application font).
Latin text keeps the system's own font; only characters that font lacks come from ours.
"""

from __future__ import annotations

FONT_FILE = "LossStudioCJK.ttf"

#: Family names widgets, style sheets and pyqtgraph may ask for; each falls back to our font.
_COMMON_FAMILIES = (
    "Sans Serif",
    "sans-serif",
    "SansSerif",
    "Helvetica",
    "Arial",
    "DejaVu Sans",
    "Liberation Sans",
    "Noto Sans",
    "Cantarell",
    "Ubuntu",
    "Segoe UI",
    "MS Shell Dlg 2",
    ".AppleSystemUIFont",
    "Monospace",
    "monospace",
    "Courier New",
    "DejaVu Sans Mono",
)

_family: str | None = None


def _lower(names: list[str]) -> list[str]:
    return [name.lower() for name in names]  # Qt stores substitutes in lower case


def install_fonts() -> str | None:
    """Register the bundled CJK font and make it the fallback for Chinese; return its family.

    Call once, after the ``QApplication`` exists and before the main window is built. Returns
    ``None`` (and changes nothing) if the font file is missing or Qt cannot load it; calling it
    again returns the family registered the first time.
    """
    global _family
    if _family is not None:
        return _family

    from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

    from lossstudio.resources import resource_path

    try:
        path = resource_path("fonts", FONT_FILE)
    except FileNotFoundError:
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    family = families[0]

    # The application font: the system's family first (Latin stays as it was), ours after it
    # for whatever that family lacks. Widgets, QGraphicsScene (pyqtgraph's labels) and a
    # default-constructed QFont (pyqtgraph's tick font, style.font()) all inherit it.
    app_font = QGuiApplication.font()
    base = [name for name in app_font.families() if name != family] or [app_font.family()]
    app_font.setFamilies([*base, family])
    QGuiApplication.setFont(app_font)

    # Any font asked for by name (a style sheet, an HTML label, a fixed-pitch field) gets ours
    # as a substitute, so its Chinese characters fall back to it rather than to empty boxes.
    general = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    for name in dict.fromkeys([*base, general, fixed, app_font.defaultFamily(), *_COMMON_FAMILIES]):
        if name and name != family and family.lower() not in _lower(QFont.substitutes(name)):
            QFont.insertSubstitution(name, family)
    _family = family
    return family
