"""Chinese and English, switched live.

English is the source language. Chinese loads every ``resources/translations/*_zh_CN.qm`` (one
per tab plus the shell) and Qt's own ``qtbase_zh_CN.qm`` for standard dialogs. Installing or
removing translators makes Qt send ``LanguageChange`` to every widget, and each tab's
``retranslate()`` sets its strings again.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from lossstudio.resources import resource_root

LANGUAGES: tuple[str, ...] = ("en", "zh")
_LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "zh": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
}
_installed: list[QTranslator] = []
_current = "en"
_plurals: list[QTranslator] = []


class EnglishPlurals(QTranslator):
    """English numerus forms of the source strings, written "%n step(s)" (Qt has no English
    plural rules of its own): "1 step", "7 steps". Installed under the Chinese translators,
    which answer first for their language."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if n is None or n < 0 or "(s)" not in source:
            return None  # not ours: Qt looks further (None, not "", means "no translation")
        return source.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


def install_plurals() -> None:
    """Install :class:`EnglishPlurals` once (before any other translator)."""
    app = QCoreApplication.instance()
    if _plurals and shiboken6.isValid(_plurals[0]) and _plurals[0].parent() is app:
        return
    _plurals.clear()
    if app is not None:
        translator = EnglishPlurals(app)
        app.installTranslator(translator)
        _plurals.append(translator)


def system_language() -> str:
    """``"zh"`` when the system's language is Chinese, else ``"en"``."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def current_language() -> str:
    return _current


def translation_files(language: str) -> list[str]:
    """The ``.qm`` files that make up ``language`` (none for English, the source language)."""
    if language == "en":
        return []
    folder = resource_root() / "translations"
    files = [str(path) for path in sorted(folder.glob("*_zh_CN.qm"))]
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for candidate in (
        f"{qt_folder}/qtbase_zh_CN.qm",
        str(resource_root() / "translations" / "qt" / "qtbase_zh_CN.qm"),
    ):
        if QTranslator().load(candidate):
            files.append(candidate)
            break
    return files


def set_language(language: str) -> None:
    """Switch the whole app to ``language`` (``"en"`` or ``"zh"``), live.

    Raises ``ValueError`` for any other code.
    """
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    install_plurals()
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for path in translation_files(language):
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(_LOCALES[language])
    _current = language
    # Qt posts LanguageChange; deliver it now so every widget is relabelled when this returns
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


#: a sentence ending in one of these is followed by the next with no space (Chinese)
_FULL_STOPS = "。！？：；）"


def sentences(parts) -> str:
    """The non-empty ``parts`` one after another: a space between English sentences, none
    after a Chinese full stop ("得分保持为 0。没有剩余尝试了。")."""
    out = ""
    for part in (p.strip() for p in parts):
        if part:
            out += ("" if not out or out[-1] in _FULL_STOPS else " ") + part
    return out
