"""nnviz's application icon as a QIcon, from the PNGs in ``resources/icons/``."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from nnviz.paths import resource

# packaging/make_icons.py writes nnviz-<size>.png next to the SVG it renders them from.
_PNG_NAME = re.compile(r"nnviz-(\d+)\.png")


def icon_files() -> dict[int, Path]:
    """The icon's PNGs by pixel size, smallest first (empty if the folder is missing)."""
    folder = resource("icons")
    if not folder.is_dir():
        return {}
    found = {}
    for path in folder.iterdir():
        match = _PNG_NAME.fullmatch(path.name)
        if match:
            found[int(match.group(1))] = path
    return dict(sorted(found.items()))


def app_icon() -> QIcon:
    """The window/taskbar icon with every PNG size, so Qt never scales a 512 px one to 16 px.

    Falls back to the SVG (drawn by Qt's svg icon engine when present), and to an empty icon —
    never an error — if the resources are missing.
    """
    icon = QIcon()
    for size, path in icon_files().items():
        icon.addFile(str(path), QSize(size, size))
    if icon.isNull():
        svg = resource("icons", "nnviz.svg")
        if svg.is_file():
            icon = QIcon(str(svg))
    return icon
