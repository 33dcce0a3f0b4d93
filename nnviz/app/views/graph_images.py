"""The graph canvas's two image caches: the node thumbnails and the links layer.

Both are kept across frames and remade only in part: a node whose map, levels and size did not
change keeps its thumbnail, and the links are stroked again only when one changes its pen.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

from nnviz.app.views import palette
from nnviz.app.views.graph_paint import class_lut, link_groups, lut_argb32, thumbnail_atlas


class NodeThumbnails:
    """Thumbnails of every node: one vectorised pass and one atlas image per (grid, node size).

    ``images[(column, index)]`` is ``(atlas QImage, source QRect)`` of that node.
    """

    def __init__(self):
        self.images = {}            # (column, index) -> (QImage atlas, source QRect)
        self._keys = {}             # (column, index) -> (map, lo, hi, size, lut) drawn there
        self._atlases = []          # pixel arrays the atlas images share: keep them alive
        self._lut = lut_argb32()

    def forget(self) -> None:
        """Make every thumbnail anew on the next :meth:`update` (the geometry changed)."""
        self._keys = {}

    def update(self, lay, maps, levels, dpr: float, class_outputs: bool) -> None:
        """Thumbnails for layout ``lay``: ``maps[c][i]`` and ``levels[c][i]`` as in
        :meth:`GraphCanvas.set_values`, ``dpr`` device pixels per logical pixel.

        A node whose map, levels and size are those it shows already (the switched-off
        features' fixed maps) keeps its image.
        """
        if lay is None or not maps:
            self.images, self._keys, self._atlases = {}, {}, []
            return
        last = len(lay.columns) - 1
        old_images, old_keys = self.images, self._keys
        images, keys, todo = {}, {}, {}
        for c, col in enumerate(maps[:len(lay.columns)]):
            for i, m in enumerate(col[:len(lay.columns[c])]):
                if m is None or np.ndim(m) != 2:
                    continue
                size = max(2, round(lay.columns[c][i].width() * dpr))
                lut = class_lut(i) if c == last and class_outputs else self._lut
                lo, hi = levels[c][i]
                key = (m, float(lo), float(hi), size, lut)
                old = old_keys.get((c, i))
                if old is not None and old[0] is m and old[1:4] == key[1:4] and old[4] is lut \
                        and (c, i) in old_images:
                    images[(c, i)], keys[(c, i)] = old_images[(c, i)], old
                    continue
                keys[(c, i)] = key
                todo.setdefault((np.shape(m), size), []).append((c, i))
        atlases = [a for a in self._atlases if any(img[0] is a[0] for img in images.values())]
        for (_, size), nodes in todo.items():
            k = [keys[n] for n in nodes]
            luts = [x[4] for x in k]
            lut = luts[0] if all(t is luts[0] for t in luts) else np.stack(luts)
            image, pixels = thumbnail_atlas(np.stack([x[0] for x in k]), [x[1] for x in k],
                                            [x[2] for x in k], size, lut)
            atlases.append((image, pixels))
            for j, n in enumerate(nodes):
                images[n] = (image, QRect(0, j * size, size, size))
        self.images, self._keys, self._atlases = images, keys, atlases


class LinksLayer:
    """The background with every link on it, re-stroked only where a link changes its pen.

    Most frames move no weight across a bucket edge (measured: 4 in 5 at 7 epochs a frame,
    almost all once trained), and copying this opaque image is ~10x cheaper than stroking
    ~350 antialiased links. The links between two columns stay between them (they leave and
    reach the nodes horizontally), so when some pens change only the gaps holding them are
    cleared and stroked again: in a [16]x8 network (~1900 links, 9 gaps) a changing frame
    touches ~1 gap in 10. ``paths`` holds one cached ``QPainterPath`` per link (layout order);
    setting ``image`` to None makes the next :meth:`render` stroke them all again.
    """

    def __init__(self):
        self.paths = []             # one cached QPainterPath per link (layout order)
        self._groups = {}           # gap -> [(pen, [QPainterPath])] per sign x size bucket
        self._key = None            # what _groups were built from: (codes, scale, dpr, layout)
        self._stale = set()         # gaps whose links changed pen since ``image`` was drawn
        self.image = None           # the background with every link drawn, while _groups hold

    def set_curves(self, curves) -> None:
        """One path per link from its cubic Bézier control points (new geometry)."""
        self.paths = []
        for c in curves:
            path = QPainterPath(QPointF(c[0, 0], c[0, 1]))
            path.cubicTo(c[1, 0], c[1, 1], c[2, 0], c[2, 1], c[3, 0], c[3, 1])
            self.paths.append(path)
        self._key = self.image = None

    def clear(self) -> None:
        """No links to draw (no layout or no weights yet)."""
        self._groups, self._key, self.image = {}, None, None
        self._stale = set()

    def regroup(self, codes: np.ndarray, scale: float, dpr: float, lay) -> None:
        """Group the paths by pen for the links' pen ``codes`` (see :func:`link_codes`)."""
        key = self._key
        gaps = lay.links[:, 0]
        if key is not None and key[1:3] == (scale, dpr) and key[3] is lay and \
                len(key[0]) == len(codes):
            changed = np.unique(gaps[key[0] != codes]).tolist()
            if not changed:
                return  # every link keeps its pen
        else:
            changed = np.unique(gaps).tolist()
            self.image = None
        self._key = (codes, scale, dpr, lay)
        self._stale.update(changed)
        for gap in changed:
            links = np.flatnonzero(gaps == gap)
            self._groups[gap] = [(pen, [self.paths[links[i]] for i in idx]) for pen, idx in
                                 link_groups(None, scale, 1.0 / dpr, codes[links])]

    def render(self, size: QSize, dpr: float) -> QImage:
        """The links image for a canvas of ``size`` device pixels; stroked only where needed."""
        img = self.image
        if img is None or img.size() != size or img.devicePixelRatio() != dpr:
            img = QImage(size, QImage.Format.Format_RGB32)  # opaque: drawn by plain copy
            img.setDevicePixelRatio(dpr)
            img.fill(QColor(palette.BACKGROUND))
            self._stroke(img, sorted(self._groups), clear=False)
            self.image = img
        elif self._stale:
            self._stroke(img, sorted(self._stale & set(self._groups)), clear=True)
        self._stale = set()
        return img

    def _stroke(self, img: QImage, gaps: list, clear: bool) -> None:
        """Stroke the links of ``gaps``; with ``clear`` first blank each gap's strip."""
        lay = self._key[3] if self._key is not None else None
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(Qt.BrushStyle.NoBrush)
        draw = p.drawPath
        height = img.height() / img.devicePixelRatio()
        for gap in gaps:
            if clear and lay is not None:
                # The strip between the two columns' node edges, whole pixels (nodes are). No
                # clip: the links end flat at those edges, and a clipped stroke's antialiasing
                # rounds differently from the full redraw's.
                left = max(r.right() for r in lay.columns[gap])
                right = min(r.left() for r in lay.columns[gap + 1])
                p.fillRect(QRectF(left, 0.0, max(0.0, right - left), height),
                           QColor(palette.BACKGROUND))
            for pen, paths in self._groups[gap]:
                p.setPen(pen)
                for path in paths:
                    draw(path)
        p.end()
