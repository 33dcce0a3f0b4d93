"""The Korean font nnviz ships (Nanum Gothic, SIL OFL-1.1), so Hangul renders anywhere.

A school computer may have no CJK font at all: Qt would then draw every Hangul syllable as an
empty box. The font is registered with the application and appended to the app font's family
list, so Latin text keeps the system's look and only the glyphs it lacks come from Nanum Gothic.
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from nnviz.paths import resource

KOREAN_FONT_FILES = ("NanumGothic-Regular.ttf", "NanumGothic-Bold.ttf")
KOREAN_FAMILY = "NanumGothic"


def register_korean_font(app) -> list[str]:
    """Load the shipped Korean font and make it the app font's fallback; returns its families.

    Safe to call more than once (Qt ignores a file it already loaded).
    """
    families: list[str] = []
    for name in KOREAN_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id >= 0:
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id)
                         if f not in families]
    if not families:
        return []
    font = QFont(app.font())
    current = font.families() or [font.family()]
    font.setFamilies(current + [f for f in families if f not in current])
    app.setFont(font)
    return families
