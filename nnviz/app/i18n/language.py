"""Which language the interface speaks, and switching it while the app runs.

Qt sends ``QEvent.LanguageChange`` to every widget when a translator is installed or removed;
each widget then re-reads its texts (its ``retranslate``). The choice is remembered in nnviz's
settings (``NNVIZ_SETTINGS_DIR`` in tests); without one, the system locale decides.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from nnviz.paths import resource, settings_dir_override

#: Languages the interface offers, each named in its own language (for the menu).
LANGUAGES = {"en": "English", "ko": "한국어"}
SETTINGS_KEY = "interface/language"


def settings():
    """nnviz's settings store (a file in ``NNVIZ_SETTINGS_DIR`` when that is set)."""
    from PySide6.QtCore import QSettings
    folder = settings_dir_override()
    if folder is not None:
        return QSettings(str(folder / "nnviz.ini"), QSettings.Format.IniFormat)
    return QSettings("nnviz", "nnviz")


def translation_file(lang: str):
    """Path of nnviz's compiled translation for ``lang`` (it may not exist)."""
    return resource("i18n", f"nnviz_{lang}.qm")


def system_language() -> str:
    """The system locale's language when nnviz speaks it, else English."""
    lang = QLocale.system().name().split("_")[0]
    return lang if lang in LANGUAGES else "en"


def remembered_language() -> str | None:
    """The language chosen last time in View → Language, or None."""
    value = settings().value(SETTINGS_KEY)
    return value if value in LANGUAGES else None


def initial_language(requested: str | None) -> str:
    """``--lang`` when given, else the remembered choice, else the system's language."""
    if requested in LANGUAGES:
        return requested
    return remembered_language() or system_language()


class LanguageSwitcher(QObject):
    """Installs the translators for one language at a time; ``switch`` changes it live.

    Keep the switcher alive as long as the app: a collected QTranslator stops translating.
    """

    language_changed = Signal(str)

    def __init__(self, app=None):
        app = app or QCoreApplication.instance()
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def switch(self, lang: str, remember: bool = True) -> bool:
        """Speak ``lang`` from now on; False (and English) when its translation is missing."""
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; choose from {', '.join(LANGUAGES)}")
        # Lesson texts (data, not tr()) read the language from here when LanguageChange arrives.
        self._app.setProperty("language", lang)
        for t in self._translators:
            self._app.removeTranslator(t)
        self._translators = []
        ok = True
        if lang != "en":
            ok = self._install(lang)
        previous, self.language = self.language, lang if ok else "en"
        self._app.setProperty("language", self.language)
        if self.language != "en" or previous != "en":  # English keeps the system's numbers
            QLocale.setDefault(QLocale(self.language))
        if remember:
            settings().setValue(SETTINGS_KEY, self.language)
        self.language_changed.emit(self.language)
        return ok

    def _install(self, lang: str) -> bool:
        ours = QTranslator(self)
        if not ours.load(str(translation_file(lang))):
            return False
        self._app.installTranslator(ours)
        self._translators.append(ours)
        qt = QTranslator(self)  # Qt's own dialogs and buttons (qtbase_ko ships with PySide6)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._app.installTranslator(qt)
            self._translators.append(qt)
        return True


_SWITCHER: list[LanguageSwitcher] = []  # the app's one switcher, once made


def install_translator(app, lang: str | None, remember: bool = False) -> LanguageSwitcher:
    """Speak ``lang`` (None: remembered, else the system's); returns the app's switcher.

    ``--lang`` is for this run only (a screenshot in Korean does not change the user's
    default); View → Language remembers. ``remember`` stores the choice anyway.
    """
    switcher = language_switcher()
    if switcher is None:
        switcher = LanguageSwitcher(app)
        _SWITCHER.append(switcher)
    switcher.switch(initial_language(lang), remember=remember)
    return switcher


def language_switcher() -> LanguageSwitcher | None:
    """The app's switcher, once :func:`install_translator` has run."""
    from shiboken6 import isValid
    while _SWITCHER and not isValid(_SWITCHER[-1]):  # Qt deleted it with its application
        _SWITCHER.pop()
    return _SWITCHER[-1] if _SWITCHER else None
