"""A high-contrast light theme for washed-out projectors: an application palette.

On a projector pale greys vanish: this theme keeps the white background but makes text pure
black, frames dark (the style draws them from the palette's Mid/Dark/Shadow) and the selection
a saturated blue. It is a palette only: an application style sheet would also reset every
widget's font to the default size and undo the zoom.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

TEXT = "#000000"
BORDER = "#303030"
ACCENT = "#0038A8"
def high_contrast_palette() -> QPalette:
    p = QPalette()
    white, black = QColor("#FFFFFF"), QColor(TEXT)
    for role, colour in ((QPalette.ColorRole.Window, white), (QPalette.ColorRole.Base, white),
                         (QPalette.ColorRole.AlternateBase, QColor("#EFEFEF")),
                         (QPalette.ColorRole.Button, QColor("#F2F2F2")),
                         (QPalette.ColorRole.WindowText, black),
                         (QPalette.ColorRole.Text, black), (QPalette.ColorRole.ButtonText, black),
                         (QPalette.ColorRole.ToolTipText, black),
                         (QPalette.ColorRole.ToolTipBase, QColor("#FFFFE0")),
                         (QPalette.ColorRole.Highlight, QColor(ACCENT)),
                         (QPalette.ColorRole.HighlightedText, white),
                         (QPalette.ColorRole.PlaceholderText, QColor("#404040")),
                         (QPalette.ColorRole.Mid, QColor(BORDER)),
                         (QPalette.ColorRole.Dark, QColor(BORDER)),
                         (QPalette.ColorRole.Shadow, black),
                         (QPalette.ColorRole.Light, white),
                         (QPalette.ColorRole.Midlight, QColor("#D0D0D0")),
                         (QPalette.ColorRole.Link, QColor(ACCENT))):
        p.setColor(role, colour)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6A6A6A"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#6A6A6A"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6A6A6A"))
    return p


class HighContrastTheme:
    """Turns the high-contrast theme on and off for the whole application."""

    def __init__(self):
        self._saved = None  # the palette from before it was turned on

    @property
    def active(self) -> bool:
        return self._saved is not None

    def set_active(self, on: bool) -> None:
        app = QApplication.instance()
        if on and self._saved is None:
            self._saved = QPalette(app.palette())
            app.setPalette(high_contrast_palette())
        elif not on and self._saved is not None:
            palette, self._saved = self._saved, None
            app.setPalette(palette)
