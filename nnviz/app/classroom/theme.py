"""A high-contrast light theme for washed-out projectors: a palette and a style sheet.

On a projector pale greys vanish: this theme keeps the white background but makes text pure
black, borders dark and thick enough to see, and the selection a saturated blue.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

TEXT = "#000000"
BORDER = "#303030"
ACCENT = "#0038A8"
#: Extra rules: darker frames and bold headings that survive a dim projector.
STYLE_SHEET = f"""
QWidget {{ color: {TEXT}; }}
QTabBar::tab {{ font-weight: bold; }}
QToolTip {{ color: {TEXT}; background: #FFFFE0; border: 2px solid {BORDER}; }}
QComboBox, QSpinBox, QDoubleSpinBox, QLineEdit {{
    border: 2px solid {BORDER}; border-radius: 3px; background: #FFFFFF; padding: 2px 4px; }}
QPushButton, QToolButton {{ border: 2px solid {BORDER}; border-radius: 4px;
    background: #F2F2F2; padding: 3px 6px; }}
QPushButton:checked, QToolButton:checked {{ background: #C9D8F5; }}
QCheckBox::indicator {{ width: 1.1em; height: 1.1em; }}
QDockWidget::title {{ background: #E6E6E6; font-weight: bold; padding: 4px; }}
"""


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
                         (QPalette.ColorRole.Dark, QColor(BORDER))):
        p.setColor(role, colour)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6A6A6A"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#6A6A6A"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6A6A6A"))
    return p


class HighContrastTheme:
    """Turns the high-contrast theme on and off for the whole application."""

    def __init__(self):
        self._saved = None  # (palette, style sheet) from before it was turned on

    @property
    def active(self) -> bool:
        return self._saved is not None

    def set_active(self, on: bool) -> None:
        app = QApplication.instance()
        if on and self._saved is None:
            self._saved = (QPalette(app.palette()), app.styleSheet())
            app.setPalette(high_contrast_palette())
            app.setStyleSheet(self._saved[1] + STYLE_SHEET)
        elif not on and self._saved is not None:
            palette, sheet = self._saved
            self._saved = None
            app.setPalette(palette)
            app.setStyleSheet(sheet)
