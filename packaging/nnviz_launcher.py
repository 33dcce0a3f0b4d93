"""Entry point of the packaged app: PyInstaller freezes this file as the ``nnviz`` launcher.

It does what ``python -m nnviz`` does. One addition for the bundle's smoke test
(``.ci/bundle_smoke``): with ``NNVIZ_BUNDLE_REPORT=<path.json>`` set, the launcher writes what
the *bundled* code sees — the fonts Qt finds (and which have Hangul), the resources folder, the
icon sizes, whether the About dialog finds the licence, Qt's translations folder — renders a sample string next to it
(``<path>.png``), and exits without opening a window. A bundle that finds no fonts still starts
and exits 0 while drawing boxes instead of letters; this report says so.
"""
from __future__ import annotations

import os
import sys

SAMPLE_TEXT = "nnviz Ag 0123 신경망"


def bundle_report(path: str) -> int:
    """Write the report (JSON) and a rendering of SAMPLE_TEXT (PNG); 0 if a font was found."""
    import json

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLibraryInfo, Qt
    from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication, QImage, QPainter
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - a font database needs an application
    font = QFont()
    font.setPointSize(14)
    families = QFontDatabase.families()
    report = {
        "families": len(families),
        # "" when fontconfig found nothing usable: every letter will be a box.
        "default_family": QFontInfo(font).family(),
        # Qt falls back per script, so Hangul may come from another family than the default.
        "hangul_families": QFontDatabase.families(QFontDatabase.WritingSystem.Korean)[:5],
        "sample": SAMPLE_TEXT,
        # where nnviz's translator looks for Qt's own translations (qtbase_ko.qm)
        "qt_translations": QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    }
    from nnviz.app.about_dialog import license_text
    from nnviz.app.app_icon import icon_files
    from nnviz.paths import resources_dir
    report.update(resources=str(resources_dir()), icon_sizes=list(icon_files()),
                  license_found=bool(license_text()))
    image = QImage(360, 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, SAMPLE_TEXT)
    painter.end()
    image.save(os.path.splitext(path)[0] + ".png")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(report, f)
    return 0 if report["default_family"] else 1


if __name__ == "__main__":
    # Training runs in a child process started by re-running this executable ("spawn"): this
    # call turns such a start into the child instead of a second window.
    import multiprocessing
    multiprocessing.freeze_support()
    if os.environ.get("NNVIZ_BUNDLE_REPORT"):
        sys.exit(bundle_report(os.environ["NNVIZ_BUNDLE_REPORT"]))
    from nnviz.__main__ import main  # sets the BLAS thread variables before NumPy loads
    sys.exit(main())
