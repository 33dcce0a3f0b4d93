"""The interface zoom: one global scale for text and lines, read by widgets, plots and views.

:func:`ui_scale` is the current factor (1 = normal). :class:`UiZoom` changes it: it scales the
application font, every widget that set a font of its own (its unscaled size is remembered on
the widget), and inside pyqtgraph plots the axis fonts and the curves' pen widths. Widgets
created later (an instrument opened after zooming) are scaled when Qt polishes them. Views that
paint by hand, or set their plot items' pens and sizes again as they redraw, multiply their own
sizes by :func:`ui_scale` and listen to :func:`zoom_changed` (they need not know the window's
``UiZoom``). A plot item that does so sets ``nnviz_zoom_aware = True`` so that ``UiZoom`` leaves
its pen alone.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

MIN_ZOOM = 0.75
MAX_ZOOM = 2.5
#: The stops Ctrl+= and Ctrl+- move between.
ZOOM_STEPS = (0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5)
_BASE_PT = "nnviz_base_point_size"
_BASE_WIDTH = "_nnviz_base_pen_width"
_scale = [1.0]
#: Widgets laid out in fixed pixels around their text: a larger font would be cut off, so they
#: keep theirs (the dataset thumbnails' captions, the weight colour bar's labels).
FIXED_TEXT_CLASSES = ("DatasetButton", "ColorBar")


def ui_scale() -> float:
    """The current interface zoom (1 = normal)."""
    return _scale[0]


class _ZoomNotifier(QObject):
    changed = Signal(float)


_notifier: list[_ZoomNotifier] = []


def zoom_changed():
    """The signal ``changed(float)`` every ``UiZoom`` emits after rescaling: views connect here."""
    if not _notifier:
        _notifier.append(_ZoomNotifier())
    return _notifier[0].changed


def clamp_zoom(zoom: float) -> float:
    return min(MAX_ZOOM, max(MIN_ZOOM, float(zoom)))


class UiZoom(QObject):
    """Zooms ``window``'s interface (and the application font) from 75 % to 250 %.

    Signals
    -------
    changed(float)
        The new zoom, after every widget and plot has been rescaled.
    """

    changed = Signal(float)

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        self._base_font = QFont(app.font())
        self._zoom = 1.0
        self._filtering = False  # an application-wide filter costs a call per event: only zoomed

    @property
    def zoom(self) -> float:
        return self._zoom

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self._zoom + 1e-9), MAX_ZOOM))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self._zoom - 1e-9), MIN_ZOOM))

    def reset(self) -> None:
        self.set_zoom(1.0)

    def set_zoom(self, zoom: float) -> None:
        """Zoom to ``zoom`` (clamped to 0.75 … 2.5) and rescale everything."""
        zoom = clamp_zoom(zoom)
        if abs(zoom - self._zoom) < 1e-9:
            return
        self._apply(zoom)

    def refresh(self) -> None:
        """Apply the zoom again (a new style sheet puts the default font size back)."""
        self._apply(self._zoom)

    def _apply(self, zoom: float) -> None:
        self._zoom = _scale[0] = zoom
        app = QApplication.instance()
        if (zoom != 1.0) != self._filtering:
            (app.installEventFilter if zoom != 1.0 else app.removeEventFilter)(self)
            self._filtering = zoom != 1.0
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * zoom)
        app.setFont(font)
        for widget in [self._window, *self._window.findChildren(QWidget)]:
            self._scale_widget(widget)
        self._scale_plots()
        self.changed.emit(zoom)
        zoom_changed().emit(zoom)

    def font_point_size(self) -> float:
        """The application font's size now (what Ctrl+= makes larger)."""
        return QApplication.instance().font().pointSizeF()

    # -- internals ---------------------------------------------------------------------------
    def _scale_widget(self, widget: QWidget) -> None:
        from PySide6.QtCore import Qt
        if type(widget).__name__ in FIXED_TEXT_CLASSES:
            return
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            return  # follows the application font
        base = widget.property(_BASE_PT)
        font = widget.font()
        if base is None:
            base = font.pointSizeF() if font.pointSizeF() > 0 else None
            if base is None:
                return  # a pixel-sized font: leave it
            widget.setProperty(_BASE_PT, base)
        if abs(font.pointSizeF() - base * self._zoom) > 0.01:
            font.setPointSizeF(base * self._zoom)
            widget.setFont(font)

    def _scale_plots(self) -> None:
        try:
            import pyqtgraph as pg
        except ImportError:  # pragma: no cover - pyqtgraph is a dependency
            return
        for view in self._window.findChildren(pg.GraphicsView):
            scene = view.scene()
            if scene is None:
                continue
            for item in scene.items():
                if isinstance(item, pg.AxisItem):
                    self._scale_axis(item)
                elif isinstance(item, pg.PlotCurveItem):
                    self._scale_pen(item)

    def _scale_axis(self, axis) -> None:
        base = getattr(axis, "_nnviz_base_tick_pt", None)
        font = axis.style.get("tickFont") or QFont(self._base_font)
        if base is None:
            base = font.pointSizeF() if font.pointSizeF() > 0 else self._base_font.pointSizeF()
            axis._nnviz_base_tick_pt = base
        font = QFont(font)
        font.setPointSizeF(base * self._zoom)
        axis.setTickFont(font)
        pen = axis.pen()
        base_w = getattr(axis, _BASE_WIDTH, None)
        if base_w is None:
            base_w = max(1.0, pen.widthF())
            setattr(axis, _BASE_WIDTH, base_w)
        pen.setWidthF(base_w * self._zoom)
        axis.setPen(pen)

    def _scale_pen(self, curve) -> None:
        if getattr(curve, "nnviz_zoom_aware", False) or \
                getattr(curve.parentItem(), "nnviz_zoom_aware", False):
            return  # its view sets the pen for the zoom itself
        pen = curve.opts.get("pen")
        if pen is None or not hasattr(pen, "widthF"):
            return
        base = getattr(curve, _BASE_WIDTH, None)
        if base is None:
            base = max(1.0, pen.widthF())
            setattr(curve, _BASE_WIDTH, base)
        pen = type(pen)(pen)
        pen.setWidthF(base * self._zoom)
        curve.setPen(pen)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # A widget made after zooming (an instrument opened later) gets the zoom too.
        if event.type() == QEvent.Type.Polish and self._zoom != 1.0 and \
                isinstance(obj, QWidget) and obj.window() is self._window:
            self._scale_widget(obj)
        return False

    def release(self) -> None:
        """Zoom back to 100 % (and so stop watching new widgets): the window is closing."""
        self.set_zoom(1.0)
