"""The Korean font nnviz ships (Nanum Gothic, SIL OFL-1.1), so Hangul renders anywhere.

A school computer may have no CJK font at all: Qt would then draw every Hangul syllable as an
empty box. The font is registered with the application at start-up. On Linux, fontconfig then
offers it as the fallback for the glyphs the system font lacks, so Latin text, arrows and maths
symbols keep the system font's look and only Hangul comes from Nanum Gothic. Elsewhere it is
appended to the app font's family list, which has the same effect for Hangul (Windows and macOS
ship Korean fonts anyway).
"""
from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QFontDatabase

from nnviz.paths import resource

KOREAN_FONT_FILES = ("NanumGothic-Regular.ttf", "NanumGothic-Bold.ttf")
KOREAN_FAMILY = "NanumGothic"


def uses_fontconfig(platform: str | None = None) -> bool:
    """Whether Qt picks fallback fonts through fontconfig here (Linux and the BSDs)."""
    platform = sys.platform if platform is None else platform
    return not platform.startswith(("win", "darwin", "cygwin"))


def register_korean_font(app, platform: str | None = None) -> list[str]:
    """Load the shipped Korean font as a fallback for Hangul; returns its font families.

    Safe to call more than once (Qt ignores a file it already loaded).
    """
    families: list[str] = []
    for name in KOREAN_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id >= 0:
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id)
                         if f not in families]
    if families and not uses_fontconfig(platform):
        # Put last, so a Latin family stays first. (Under fontconfig this is not done: Qt would
        # then draw a whole Korean sentence, arrows and subscripts included, in Nanum Gothic,
        # whose symbols are small.)
        font = QFont(app.font())
        current = font.families() or [font.family()]
        font.setFamilies(current + [f for f in families if f not in current])
        app.setFont(font)
    return families
