"""Check that a screenshot of nnviz shows a drawn network and real text, not blank or boxes.

    python packaging/check_screenshot.py shot.png [--font-sample sample.png]

A Qt app that finds no fonts still starts, trains and exits 0 — it just draws a hollow box for
every letter. So besides "not blank" and "the app's orange and blue are there", this looks at
the text itself: in the menu bar and the status bar (strips of every QMainWindow that hold only
text), real letters make many different shapes (F, i, l, e, T, r, a...), while boxes are all
one shape. ``--font-sample`` applies the same test to a line of text rendered by the bundle's own
Qt (``NNVIZ_BUNDLE_REPORT``, see packaging/nnviz_launcher.py).

Exit status 0 when every check passes, 1 otherwise; each check prints one line.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import deque

import numpy as np

# The app's diverging colours; taken from the palette (their one home) when nnviz imports.
try:
    from nnviz.app.views.palette import NEGATIVE, POSITIVE
except Exception:  # checking a screenshot on a machine without nnviz installed
    NEGATIVE, POSITIVE = "#E8830C", "#0A6EBD"

STRIP = 22             # px: menu bar and status bar height at the default font size
MIN_COLOURS = 300      # a trained boundary + graph + curves has thousands
MIN_SHARE = 0.002      # orange and blue each cover at least 0.2% of the window
MIN_SHAPES_WINDOW = 12  # distinct letter shapes in the menu and status bars
MIN_SHAPES_SAMPLE = 8   # distinct shapes in "nnviz Ag 0123"


def load_rgb(path: str) -> np.ndarray:
    """(h, w, 3) uint8 RGB of a PNG, read with Qt (no Pillow needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage
    image = QImage(path)
    if image.isNull():
        raise SystemExit(f"check: cannot read the image {path}")
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    h, w, stride = image.height(), image.width(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=h * stride)
    return raw.reshape(h, stride)[:, : w * 3].reshape(h, w, 3).copy()


def hex_rgb(colour: str) -> np.ndarray:
    colour = colour.lstrip("#")
    return np.array([int(colour[i:i + 2], 16) for i in (0, 2, 4)], dtype=np.int32)


def share_near(rgb: np.ndarray, colour: str, tolerance: float = 48.0) -> float:
    """Fraction of pixels within ``tolerance`` (RGB distance) of ``colour``."""
    d = np.linalg.norm(rgb.astype(np.int32) - hex_rgb(colour), axis=-1)
    return float((d <= tolerance).mean())


def ink_mask(rgb: np.ndarray) -> np.ndarray:
    """Dark, grey-ish pixels: text and outlines (light backgrounds, coloured items excluded)."""
    c = rgb.astype(np.int32)
    return (c.max(axis=-1) < 120) & (c.max(axis=-1) - c.min(axis=-1) < 48)


def glyph_shapes(mask: np.ndarray, max_side: int = 30) -> tuple[int, int]:
    """(distinct shapes, components) of the 8-connected ink components no larger than a glyph."""
    seen = np.zeros_like(mask, dtype=bool)
    h, w = mask.shape
    shapes, components = set(), 0
    for y0, x0 in zip(*np.nonzero(mask)):
        if seen[y0, x0]:
            continue
        pixels, queue = [], deque([(y0, x0)])
        seen[y0, x0] = True
        while queue:
            y, x = queue.popleft()
            pixels.append((y, x))
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    ny, nx = y + dy, x + dx
                    if 0 <= ny < h and 0 <= nx < w and mask[ny, nx] and not seen[ny, nx]:
                        seen[ny, nx] = True
                        queue.append((ny, nx))
        ys, xs = np.array(pixels).T
        top, left = ys.min(), xs.min()
        bh, bw = ys.max() - top + 1, xs.max() - left + 1
        if len(pixels) < 3 or bh > max_side or bw > max_side:
            continue  # specks, lines and frames are not letters
        box = np.zeros((bh, bw), dtype=bool)
        box[ys - top, xs - left] = True
        shapes.add((bh, bw, box.tobytes()))
        components += 1
    return len(shapes), components


def check_window(path: str) -> list[tuple[bool, str]]:
    rgb = load_rgb(path)
    h, w, _ = rgb.shape
    results = [(h >= 300 and w >= 400, f"size {w}x{h} (at least 400x300)")]
    flat = rgb.reshape(-1, 3)
    colours = len(np.unique(flat[:, 0].astype(np.int32) << 16 | flat[:, 1].astype(np.int32) << 8
                            | flat[:, 2]))
    results.append((colours >= MIN_COLOURS, f"{colours} distinct colours "
                    f"(at least {MIN_COLOURS}: not blank)"))
    for name, colour in (("orange", NEGATIVE), ("blue", POSITIVE)):
        share = share_near(rgb, colour)
        results.append((share >= MIN_SHARE, f"{name} {colour}: {share:.2%} of the window "
                        f"(at least {MIN_SHARE:.1%}: network and boundary drawn)"))
    strips = np.concatenate([rgb[:STRIP], rgb[-STRIP:]], axis=0)
    shapes, components = glyph_shapes(ink_mask(strips))
    results.append((shapes >= MIN_SHAPES_WINDOW,
                    f"menu and status bars: {components} glyphs of {shapes} distinct shapes "
                    f"(at least {MIN_SHAPES_WINDOW}: letters, not boxes)"))
    return results


def check_font_sample(path: str) -> list[tuple[bool, str]]:
    shapes, components = glyph_shapes(ink_mask(load_rgb(path)))
    return [(shapes >= MIN_SHAPES_SAMPLE, f"font sample {os.path.basename(path)}: {components} "
             f"glyphs of {shapes} distinct shapes (at least {MIN_SHAPES_SAMPLE})")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("screenshot", help="PNG written by nnviz --screenshot")
    parser.add_argument("--font-sample", help="PNG written by NNVIZ_BUNDLE_REPORT")
    args = parser.parse_args(argv)
    results = check_window(args.screenshot)
    if args.font_sample:
        results += check_font_sample(args.font_sample)
    for ok, message in results:
        print(f"check: {'ok  ' if ok else 'FAIL'} {message}")
    return 0 if all(ok for ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
