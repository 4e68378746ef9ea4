"""Chinese and English, switched live.

English is the source language. Chinese loads every ``resources/translations/*_zh_CN.qm`` (one
per tab plus the shell) and Qt's own ``qtbase_zh_CN.qm`` for standard dialogs. Installing or
removing translators makes Qt send ``LanguageChange`` to every widget, and each tab's
``retranslate()`` sets its strings again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from lossstudio.resources import resource_root

LANGUAGES: tuple[str, ...] = ("en", "zh")
_LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "zh": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
}
_installed: list[QTranslator] = []
_current = "en"


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
