"""View → Language: English / 한국어, switched at once, training untouched."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from nnviz.app.i18n.language import LANGUAGES, LanguageSwitcher, language_switcher


class LanguageMenu(QObject):
    """The Language submenu of ``parent_menu``; one checkable entry per language.

    Each language is named in its own words ("한국어" stays 한국어 in the English interface), so
    whoever cannot read the current one still finds their own.
    """

    def __init__(self, window, parent_menu: QMenu):
        super().__init__(window)
        self.menu = parent_menu.addMenu(self.tr("&Language"))
        self.menu.menuAction().setStatusTip(
            self.tr("Language of the interface; switching keeps the training as it is."))
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self.menu)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda checked=False, c=code: self.choose(c))
            self._group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        self.switcher().language_changed.connect(self._show)
        self._show(self.switcher().language)

    def switcher(self) -> LanguageSwitcher:
        """The app's language switcher (made here if the app was started without one)."""
        from nnviz.app.i18n.language import install_translator
        from PySide6.QtCore import QCoreApplication
        found = language_switcher()
        if found is None:
            found = install_translator(QCoreApplication.instance(), "en", remember=False)
        return found

    def choose(self, code: str) -> None:
        """Speak ``code`` from now on (remembered for the next start)."""
        self.switcher().switch(code)

    def _show(self, code: str) -> None:
        action = self.actions.get(code)
        if action is not None:
            action.setChecked(True)
