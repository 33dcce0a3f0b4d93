"""Pictures of the window or one view: PNG at any scale (rendered, not upscaled) and SVG.

``QWidget.render`` into a painter on a scaled device draws text and lines at the target
resolution, so a 2× PNG is sharp, and into a :class:`QSvgGenerator` it gives real vector
output for the QPainter-drawn parts (images such as the output heat map stay embedded bitmaps).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

try:
    from PySide6.QtSvg import QSvgGenerator
except ImportError:  # pragma: no cover - PySide6 builds without QtSvg
    QSvgGenerator = None

#: Largest picture side in pixels (a 2× window on a 4K screen is 7680).
MAX_SIDE = 16384


def svg_available() -> bool:
    return QSvgGenerator is not None


def export_targets(window) -> list[tuple[str, str, QWidget]]:
    """(key, label, widget) for the window, its three views and each open instrument."""
    translate = QCoreApplication.translate
    targets = [("window", translate("Export", "Whole window"), window),
               ("graph", translate("Export", "Network graph"), window.graph_view),
               ("output", translate("Export", "Output (decision boundary)"), window.boundary_view),
               ("curves", translate("Export", "Loss curves"), window.curves_view)]
    instruments = getattr(window, "instruments", None)
    for name in (instruments.open_names() if instruments is not None else []):
        dock = instruments.dock(name)
        if dock is not None and dock.widget() is not None:
            label = translate("Export", "Instrument: %1").replace("%1", dock.windowTitle())
            targets.append((f"instrument:{name}", label, dock.widget()))
    return targets


def output_size(widget: QWidget, scale: float | None = None, width: int | None = None) -> QSize:
    """The picture's pixel size for ``scale`` (e.g. 2.0) or a chosen ``width``."""
    w, h = max(1, widget.width()), max(1, widget.height())
    factor = width / w if width else (scale or 1.0)
    size = QSize(max(1, round(w * factor)), max(1, round(h * factor)))
    if max(size.width(), size.height()) > MAX_SIDE:
        raise ValueError(QCoreApplication.translate(
            "Export", "The picture would be %1 × %2 pixels; the largest side allowed is %3.")
            .replace("%1", str(size.width())).replace("%2", str(size.height()))
            .replace("%3", str(MAX_SIDE)))
    return size


def render_image(widget: QWidget, scale: float | None = None,
                 width: int | None = None) -> QImage:
    """``widget`` drawn into an RGB image of :func:`output_size`, at that resolution."""
    size = output_size(widget, scale, width)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(widget.palette().window().color())
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    painter.scale(size.width() / max(1, widget.width()), size.height() / max(1, widget.height()))
    widget.render(painter, QPoint())
    painter.end()
    return image


def save_png(widget: QWidget, path, scale: float | None = None,
             width: int | None = None) -> Path:
    """Write ``widget`` as a PNG; ``OSError`` naming the file when it cannot be written."""
    path = Path(path)
    if not render_image(widget, scale, width).save(str(path), "PNG"):
        raise OSError(QCoreApplication.translate("Export", "Could not write %1.")
                      .replace("%1", str(path)))
    return path


def save_svg(widget: QWidget, path, title: str = "nnviz") -> Path:
    """Write ``widget`` as SVG (vector where the widget paints with QPainter)."""
    if QSvgGenerator is None:
        raise RuntimeError(QCoreApplication.translate(
            "Export", "SVG export needs Qt's SVG module (PySide6.QtSvg), which this "
                      "installation lacks; export a PNG instead."))
    path = Path(path)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(widget.size())
    generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    generator.setTitle(title)
    generator.setDescription(QCoreApplication.translate("Export", "Exported from nnviz"))
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(QCoreApplication.translate("Export", "Could not write %1.")
                      .replace("%1", str(path)))
    widget.render(painter, QPoint())
    painter.end()
    return path
