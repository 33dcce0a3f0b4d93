"""File → Open Recent: the last projects opened or saved, remembered in QSettings."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from nnviz.app.instruments.docks import instrument_settings

translate = QCoreApplication.translate  # lupdate reads translate("Context", "...") calls

SETTINGS_KEY = "projects/recent"
#: How many projects Open Recent lists.
MAX_RECENT = 8




def recent_paths() -> list[Path]:
    """The remembered projects, newest first (files that vanished included)."""
    value = instrument_settings().value(SETTINGS_KEY, [])
    if isinstance(value, str):  # QSettings gives a lone string for a one-item list
        value = [value] if value else []
    return [Path(str(v)) for v in value or []][:MAX_RECENT]


def _store(paths: list[Path]) -> None:
    settings = instrument_settings()
    settings.setValue(SETTINGS_KEY, [str(p) for p in paths[:MAX_RECENT]])
    settings.sync()


def remember(path) -> None:
    """Put ``path`` first in the list (once), dropping the oldest beyond MAX_RECENT."""
    path = Path(path).resolve()
    _store([path] + [p for p in recent_paths() if p != path])


def forget(path) -> None:
    path = Path(path).resolve()
    _store([p for p in recent_paths() if p != path])


def prune() -> list[Path]:
    """Remove the projects whose file is gone; returns them."""
    paths = recent_paths()
    missing = [p for p in paths if not p.is_file()]
    if missing:
        _store([p for p in paths if p not in missing])
    return missing


class RecentMenu(QObject):
    """The Open Recent submenu of ``parent_menu``; emits ``chosen(path)``.

    It is rebuilt each time it opens, so files deleted meanwhile are pruned (and ``pruned``
    says how many, for a message).
    """

    chosen = Signal(object)
    pruned = Signal(int)

    def __init__(self, parent_menu: QMenu, before: QAction | None = None):
        super().__init__(parent_menu)
        self.menu = QMenu(translate("RecentProjects", "Open &Recent"), parent_menu)
        if before is not None:
            parent_menu.insertMenu(before, self.menu)
        else:
            parent_menu.addMenu(self.menu)
        self.menu.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        """List the remembered projects that still exist (missing ones are forgotten)."""
        missing = prune()
        self.menu.clear()
        paths = recent_paths()
        for i, path in enumerate(paths, 1):
            # &1 .. &8: a key for each entry; the folder in the tip tells same-named files apart.
            action = self.menu.addAction(f"&{i}  {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda checked=False, p=path: self.chosen.emit(p))
        if not paths:
            self.menu.addAction(translate("RecentProjects", "(no projects yet)")).setEnabled(False)
        else:
            self.menu.addSeparator()
            clear = self.menu.addAction(translate("RecentProjects", "&Clear list"))
            clear.triggered.connect(self.clear)
        self.menu.menuAction().setEnabled(True)
        if missing:
            self.pruned.emit(len(missing))

    def clear(self) -> None:
        _store([])
        self.rebuild()
