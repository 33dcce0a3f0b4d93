"""How large the main window starts on a given screen."""
from __future__ import annotations

from PySide6.QtCore import QSize

#: The window never starts larger than this, nor than 92 % of the screen.
PREFERRED_SIZE = QSize(1600, 960)
#: What still fits a 1280 x 800 screen with a task bar and a title bar.
MINIMUM_SIZE = QSize(1024, 640)
#: Screens smaller than this start the window maximized.
SMALL_SCREEN = QSize(1500, 950)


def initial_size(avail: QSize) -> tuple[QSize, bool]:
    """The window's first size on a screen with ``avail`` free, and whether it starts maximized.

    92 % of the screen up to ``PREFERRED_SIZE``. A small screen that fits ``MINIMUM_SIZE`` (a
    laptop, a 1280 x 800 projector: every pixel counts) gets all of it, and maximized: the size
    too, not only the state, since without a window manager (a kiosk, Xvfb) nothing carries
    out "maximized".
    """
    small = avail.width() < SMALL_SCREEN.width() or avail.height() < SMALL_SCREEN.height()
    fits = avail.width() >= MINIMUM_SIZE.width() and avail.height() >= MINIMUM_SIZE.height()
    if small and fits:
        return QSize(avail), True
    w = min(PREFERRED_SIZE.width(), int(avail.width() * 0.92))
    h = min(PREFERRED_SIZE.height(), int(avail.height() * 0.92))
    return QSize(max(w, MINIMUM_SIZE.width()), max(h, MINIMUM_SIZE.height())), False
