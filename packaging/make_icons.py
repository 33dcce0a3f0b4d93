"""Regenerate nnviz's icon files from ``resources/icons/nnviz.svg``.

Usage (from anywhere, on Linux, Windows or macOS)::

    python packaging/make_icons.py

Writes next to the SVG:

- ``nnviz-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512 (window icon, Linux desktop);
- ``nnviz.ico`` (Windows: the .exe's icon), PNG-compressed entries 16 to 256 px;
- ``nnviz.icns`` (macOS: the .app's icon), PNG entries 16 to 1024 px (1x and 2x).

Only PySide6 is needed (its QtSvg draws the SVG), so the same command works on every platform
without ImageMagick, rsvg, Pillow or Apple's ``iconutil``. The .ico and .icns containers are
written here by hand: both are a short header plus the PNG bytes, which every Windows since
Vista and every macOS since 10.7 reads.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICON_DIR / "nnviz.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)   # 256 is the largest size an .ico entry can say
# .icns entry types holding PNG data, with their pixel size (Apple's "icon family" types).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024),                              # 1x, and ic10 = 512@2x
    (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),  # 16@2x 32@2x 128@2x 256@2x
)


def png_name(size: int) -> str:
    """File name of the ``size`` px PNG; ``nnviz.app.app_icon`` looks for the same pattern."""
    return f"nnviz-{size}.png"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` canvas, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: Qt cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"make_icons: could not encode the {size} px PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the given PNGs (ICONDIR, one ICONDIRENTRY each, then the data)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        blob = pngs[size]
        side = 0 if size >= 256 else size     # 0 means 256 in an ICONDIRENTRY
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs_by_type: list[tuple[bytes, bytes]]) -> bytes:
    """A macOS .icns: ``icns`` + total length, then (type, length incl. 8-byte header, data)."""
    body = b"".join(kind + struct.pack(">I", len(blob) + 8) + blob for kind, blob in pngs_by_type)
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")   # no window is shown
    try:
        from PySide6.QtGui import QGuiApplication
    except ImportError:
        print("make_icons: PySide6 is needed (pip install PySide6-Essentials)", file=sys.stderr)
        return 1
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - keep alive

    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = render_png(SVG, size)
        return cache[size]

    written = []
    for size in PNG_SIZES:
        path = ICON_DIR / png_name(size)
        path.write_bytes(png(size))
        written.append(path)
    (ICON_DIR / "nnviz.ico").write_bytes(ico_bytes({s: png(s) for s in ICO_SIZES}))
    (ICON_DIR / "nnviz.icns").write_bytes(icns_bytes([(k, png(s)) for k, s in ICNS_TYPES]))
    written += [ICON_DIR / "nnviz.ico", ICON_DIR / "nnviz.icns"]
    for path in written:
        print(f"wrote {path.relative_to(ICON_DIR.parent.parent)} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
