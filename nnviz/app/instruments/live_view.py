"""LiveInstrumentView: the base of the instruments that follow the live network.

It keeps a :class:`~nnviz.lab.instruments.live_network.LiveNetwork` in step with the
controller's snapshots (at most every ``REFRESH_MS``, so a fast run costs little), finds the main
window's network graph and output view, and owns the graph's overlay while it is visible.
"""
from __future__ import annotations

import numpy as np

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QSplitter

from nnviz.app.instruments.instrument_view import InstrumentView, make_table
from nnviz.app.views import palette
from nnviz.lab.instruments.live_network import LiveNetwork

REFRESH_MS = 200
#: The view's own minimum height: its help text wraps to fewer lines than at its minimum width,
#: so the layout's minimum (computed at that width) would claim far more than a dock needs.
MINIMUM_HEIGHT = 230
#: Wider than this many times its height, the view lays its panes side by side.
WIDE_RATIO = 1.8
#: ... and narrower than this, stacks them again.
NARROW_RATIO = 1.4


def compact_table(columns):
    """A read-only table with rows as tall as the text (more rows fit a low dock)."""
    table = make_table(columns)
    table.setFont(palette.font(palette.FONT_NORMAL))
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
    table.setMinimumHeight(4 * (table.fontMetrics().height() + 6))
    return table


class LiveInstrumentView(InstrumentView):
    """Subclasses implement ``refresh()`` (redraw from ``self.network``) and may implement
    ``overlay(canvas)`` (draw on the graph) and ``on_point_clicked(x, y)``."""

    def __init__(self, controller=None, parent=None):
        super().__init__(controller, parent)
        self.network = LiveNetwork()
        self._pending = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._apply_pending)
        self._clicks_connected = False
        self._drawn = False
        #: The view's main parts: side by side in a wide dock (at the bottom), stacked in a tall
        #: one (on the right).
        self.panes = QSplitter(Qt.Orientation.Vertical)
        self.panes.setChildrenCollapsible(False)
        self.setMinimumHeight(MINIMUM_HEIGHT)
        if controller is not None:
            controller.snapshot_ready.connect(self.on_snapshot)
            QTimer.singleShot(0, self._start)

    @Slot()
    def _start(self) -> None:
        """After docking: the window's views exist; take the newest snapshot."""
        self._connect_clicks()
        snap = getattr(self.controller, "last_snapshot", None)
        if snap is not None:
            self.on_snapshot(snap)
            self._apply_pending()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        ratio = self.width() / max(self.height(), 1)
        horizontal = self.panes.orientation() == Qt.Orientation.Horizontal
        # Two thresholds: a turn that changes the minimum size cannot make it turn back.
        if not horizontal and ratio > WIDE_RATIO:
            self.panes.setOrientation(Qt.Orientation.Horizontal)
        elif horizontal and ratio < NARROW_RATIO:
            self.panes.setOrientation(Qt.Orientation.Vertical)

    # -- the main window's views -------------------------------------------------------------
    def graph_canvas(self):
        graph = getattr(self.window(), "graph_view", None)
        return getattr(graph, "canvas", None)

    def boundary_view(self):
        return getattr(self.window(), "boundary_view", None)

    def _connect_clicks(self) -> None:
        view = self.boundary_view()
        if view is None or self._clicks_connected or not hasattr(self, "on_point_clicked"):
            return
        view.plot_item().scene().sigMouseClicked.connect(self._on_scene_clicked)
        self._clicks_connected = True

    def _on_scene_clicked(self, event) -> None:
        view = self.boundary_view()
        if view is None:
            return
        box = view.plot_item().getViewBox()
        if not box.sceneBoundingRect().contains(event.scenePos()):
            return
        point = box.mapSceneToView(event.scenePos())
        x, y = snap_to_data(getattr(self.controller, "last_snapshot", None),
                            float(point.x()), float(point.y()))
        self.on_point_clicked(x, y)

    # -- snapshots ---------------------------------------------------------------------------
    @Slot(object)
    def on_snapshot(self, snap) -> None:
        self._pending = snap
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def _apply_pending(self) -> None:
        if not self.isVisible():
            return  # a tab behind another: the snapshot waits for showEvent
        snap, self._pending = self._pending, None
        if snap is not None and self.network.update(snap):
            self.refresh()
        elif snap is not None and self.network.ready and not getattr(self, "_drawn", False):
            self.refresh()
        self._drawn = self.network.ready

    def refresh(self) -> None:  # pragma: no cover - every subclass overrides it
        pass

    # -- the graph overlay -------------------------------------------------------------------
    def draw_overlay(self) -> None:
        """Put this instrument's overlay on the graph (when visible)."""
        canvas = self.graph_canvas()
        if canvas is None or not self.isVisible():
            return
        canvas.overlay_owner = self
        canvas.clear_overlay()
        self.overlay(canvas)

    def overlay(self, canvas) -> None:
        pass

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._connect_clicks()
        if self._pending is not None:
            self._timer.start()
        elif self.network.ready:
            self.draw_overlay()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        canvas = self.graph_canvas()
        if canvas is not None and getattr(canvas, "overlay_owner", None) is self:
            canvas.overlay_owner = None
            canvas.clear_overlay()
        super().hideEvent(event)


#: A click this close to a data point (a share of the plane's side) means that point.
SNAP_SHARE = 0.025


def snap_to_data(snap, x: float, y: float) -> tuple[float, float]:
    """``(x, y)``, or the data point within ``SNAP_SHARE`` of the plane's side of it: a click
    on a point (a truth-table corner, say) means exactly that point, not a pixel beside it."""
    data = getattr(snap, "data", None)
    if data is None:
        return x, y
    points = np.concatenate((np.asarray(data.points_train, dtype=float).reshape(-1, 2),
                             np.asarray(data.points_test, dtype=float).reshape(-1, 2)))
    if not len(points):
        return x, y
    distance = np.hypot(points[:, 0] - x, points[:, 1] - y)
    nearest = int(np.argmin(distance))
    if distance[nearest] > SNAP_SHARE * 2 * data.extent:
        return x, y
    return float(points[nearest, 0]), float(points[nearest, 1])

