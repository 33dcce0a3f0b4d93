"""GhostCurves: earlier runs as faint test-loss curves on the loss chart, with their menu."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QToolButton

import pyqtgraph as pg

from nnviz.app.views import palette
from nnviz.app.views.decimate import minmax_decimate
from nnviz.lab.ghost_runs import GhostRuns, format_changes

#: Muted hues, one per ghost (by id): apart from the live curves' black, grey and green.
GHOST_COLORS = ("#5B7FA6", "#A65B7F", "#7F8F3B", "#B07A3A", "#6E5AA6", "#3A8F8F")
GHOST_ALPHA = (90, 170)  # unpinned, pinned
LABEL_CHARS = 44

#: The settings' names in ghost labels (nnviz.lab.ghost_runs.FIELD_NAMES, translated).
NAMES = {
    "data.dataset": QT_TRANSLATE_NOOP("GhostRuns", "data"),
    "data.n_points": QT_TRANSLATE_NOOP("GhostRuns", "points"),
    "data.noise": QT_TRANSLATE_NOOP("GhostRuns", "noise"),
    "data.train_ratio": QT_TRANSLATE_NOOP("GhostRuns", "training share"),
    "data.seed": QT_TRANSLATE_NOOP("GhostRuns", "data seed"),
    "data.features": QT_TRANSLATE_NOOP("GhostRuns", "features"),
    "data.n_classes": QT_TRANSLATE_NOOP("GhostRuns", "classes"),
    "data.raw_gates": QT_TRANSLATE_NOOP("GhostRuns", "gate corners"),
    "network.hidden": QT_TRANSLATE_NOOP("GhostRuns", "hidden layers"),
    "network.output_activation": QT_TRANSLATE_NOOP("GhostRuns", "output activation"),
    "network.initializer": QT_TRANSLATE_NOOP("GhostRuns", "initializer"),
    "network.regularizer": QT_TRANSLATE_NOOP("GhostRuns", "regularization"),
    "network.regularization_rate": QT_TRANSLATE_NOOP("GhostRuns", "regularization rate"),
    "layer.activation": QT_TRANSLATE_NOOP("GhostRuns", "activation"),
    "layer.dropout": QT_TRANSLATE_NOOP("GhostRuns", "dropout"),
    "layer.batch_norm": QT_TRANSLATE_NOOP("GhostRuns", "batch norm"),
    "training.problem": QT_TRANSLATE_NOOP("GhostRuns", "problem"),
    "training.loss": QT_TRANSLATE_NOOP("GhostRuns", "loss"),
    "training.optimizer": QT_TRANSLATE_NOOP("GhostRuns", "optimizer"),
    "training.learning_rate": QT_TRANSLATE_NOOP("GhostRuns", "learning rate"),
    "training.momentum": QT_TRANSLATE_NOOP("GhostRuns", "momentum"),
    "training.nesterov": QT_TRANSLATE_NOOP("GhostRuns", "Nesterov"),
    "training.beta_1": QT_TRANSLATE_NOOP("GhostRuns", "beta 1"),
    "training.beta_2": QT_TRANSLATE_NOOP("GhostRuns", "beta 2"),
    "training.rho": QT_TRANSLATE_NOOP("GhostRuns", "rho"),
    "training.epsilon": QT_TRANSLATE_NOOP("GhostRuns", "epsilon"),
    "training.schedule": QT_TRANSLATE_NOOP("GhostRuns", "schedule"),
    "training.decay_epochs": QT_TRANSLATE_NOOP("GhostRuns", "decay epochs"),
    "training.decay_rate": QT_TRANSLATE_NOOP("GhostRuns", "decay rate"),
    "training.boundary_epochs": QT_TRANSLATE_NOOP("GhostRuns", "boundaries"),
    "training.cosine_alpha": QT_TRANSLATE_NOOP("GhostRuns", "cosine alpha"),
    "training.batch_size": QT_TRANSLATE_NOOP("GhostRuns", "batch size"),
    "training.seed": QT_TRANSLATE_NOOP("GhostRuns", "weight seed"),
}


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("GhostRuns", text)


def ghost_label(ghost) -> str:
    """The ghost's label in the interface's language, e.g. "learning rate 0.03 → 0.3"."""
    names = {key: _tr(text) for key, text in NAMES.items()}
    return format_changes(ghost.changes, names, translate("GhostRuns", "reset"))


def ghost_colour(ghost) -> QColor:
    return QColor(GHOST_COLORS[(ghost.id - 1) % len(GHOST_COLORS)])


def _swatch(ghost) -> QIcon:
    """A short dashed line in the ghost's colour, as drawn on the chart."""
    pixmap = QPixmap(24, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(ghost_colour(ghost), 2, Qt.PenStyle.DashLine))
    painter.drawLine(0, 6, 24, 6)
    painter.end()
    return QIcon(pixmap)


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1] + "…"


class GhostCurves:
    """Draws a :class:`GhostRuns` into a plot and offers its menu ("Earlier runs ▾").

    Parameters
    ----------
    plot_item : pg.PlotItem
        The loss chart; ghost curves go under the live ones.
    ghosts : GhostRuns
        The model; changed only through this menu, by the window (``observe``) or a project.

    Attributes
    ----------
    button : QToolButton
        Opens the menu; hidden while there is no ghost.
    menu : QMenu
        Pin or unpin each ghost, clear the unpinned ones, clear all (also the chart's context
        menu).
    """

    def __init__(self, plot_item: pg.PlotItem, ghosts: GhostRuns, on_change=None):
        self._item = plot_item
        self.ghosts = ghosts
        self._on_change = on_change
        self._curves: dict[int, tuple] = {}
        self._drawn = None  # (version, bins, log, x_max) last drawn
        self._placed: list = []
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self._fill_menu)
        self.button = QToolButton()
        self.button.setObjectName("ghost_runs")
        self.button.setFont(palette.font(palette.FONT_SMALL))
        # popup(), not setMenu(): a tool button's menu runs a nested event loop until closed.
        self.button.clicked.connect(lambda: self.menu.popup(
            self.button.mapToGlobal(self.button.rect().bottomLeft())))
        self.button.setAutoRaise(True)
        self.button.setToolTip(translate(
            "GhostRuns", "Earlier runs: the test loss of the last runs before each Reset or change "
            "of the model, as faint curves labelled with what changed. Pin one to keep it."))
        self.button.hide()

    # -- drawing -----------------------------------------------------------------------------
    def draw(self, bins: int, log: bool, x_max: float = np.inf, force: bool = False,
             avoid=()) -> None:
        """Redraw when the ghosts, the chart's width, its last epoch ``x_max`` or the log
        scale changed; each ghost is drawn up to ``x_max`` (the chart shows the current run's
        epochs, so runs compare epoch by epoch). Labels keep clear of the scene rectangles
        ``avoid`` (the baseline's label)."""
        key = (self.ghosts.version, bins, log, x_max, tuple(map(tuple, (
            (r.x(), r.y()) for r in avoid))))
        if key == self._drawn and not force:
            return
        self._drawn = key
        alive = {g.id for g in self.ghosts.ghosts}
        for gid in list(self._curves):
            if gid not in alive:
                curve, label = self._curves.pop(gid)
                self._item.removeItem(curve)
                self._item.removeItem(label)
        self._placed = list(avoid)  # the labels' rectangles so far, in scene pixels
        newest_first = list(reversed(self.ghosts.ghosts))
        for rank, ghost in enumerate(newest_first):
            self._draw_one(ghost, bins, log, rank, x_max)
        n = len(self.ghosts)
        self.button.setVisible(n > 0)
        self.button.setText(translate("GhostRuns", "Earlier runs (%1) ▾").replace("%1", str(n)))

    def _draw_one(self, ghost, bins: int, log: bool, rank: int, x_max: float) -> None:
        colour = ghost_colour(ghost)
        colour.setAlpha(GHOST_ALPHA[ghost.pinned])
        pen = pg.mkPen(colour, width=2.0 if ghost.pinned else 1.5, style=Qt.PenStyle.DashLine)
        if ghost.id not in self._curves:
            curve = pg.PlotDataItem(connect="finite")
            curve.setZValue(-5)  # under the live curves
            label = pg.TextItem(anchor=(0.0, 1.0), fill=pg.mkBrush(255, 255, 255, 200))
            label.setFont(palette.font(palette.FONT_SMALL, bold=False))
            label.setZValue(-4)
            self._item.addItem(curve)
            self._item.addItem(label, ignoreBounds=True)
            self._curves[ghost.id] = (curve, label)
        curve, label = self._curves[ghost.id]
        curve.setPen(pen)
        x = np.asarray(ghost.columns["epochs"], dtype=np.float64)
        y = np.asarray(ghost.columns["test_loss"], dtype=np.float64)
        if not np.isfinite(y).any():  # no test set: the training loss then
            y = np.asarray(ghost.columns["train_loss"], dtype=np.float64)
        if log:
            y = np.where(y > 0, y, np.nan)
        shown = x <= x_max
        x, y = x[shown], y[shown]
        if len(x) == 0:
            curve.setData([], [])
            label.setText("")
            return
        xd, yd = minmax_decimate(x, y, bins)
        curve.setData(xd, np.log10(yd) if log else yd, connect="finite")
        text = ("★ " if ghost.pinned else "") + _short(ghost_label(ghost))
        ink = QColor(colour)
        ink.setAlpha(255)
        label.setText(text, color=ink.darker(115))
        finite = np.flatnonzero(np.isfinite(y))
        place = self._label_place(x, y, finite, rank, label, log) if len(finite) else None
        label.setVisible(place is not None)
        if place is not None:
            label.setPos(*place)

    def _label_place(self, x, y, finite, rank: int, label, log: bool) -> tuple | None:
        """Where a label starts: on its curve, far enough left that the whole text fits, and
        clear of the labels placed before it (the newest first, nearest the middle)."""
        vb = self._item.getViewBox()
        (x_lo, x_hi), _ = vb.viewRange()
        width = max(1.0, vb.width())
        box = label.boundingRect()
        room = max(0.0, 1.0 - (box.width() + 4) / width)
        preferred = min(0.55 - 0.22 * rank, room)
        candidates = sorted(np.linspace(0.0, room, 12), key=lambda t: abs(t - preferred))
        for where in [preferred, *candidates]:
            j = int(np.searchsorted(x[finite], x_lo + where * (x_hi - x_lo)))
            i = finite[min(j, len(finite) - 1)]
            pos = (float(x[i]), float(np.log10(y[i]) if log else y[i]))
            corner = vb.mapViewToScene(QPointF(*pos))
            rect = QRectF(corner.x(), corner.y() - box.height(), box.width(), box.height())
            if not any(rect.intersects(r) for r in self._placed):
                self._placed.append(rect)
                return pos
        return None  # no clear place: the menu's colour swatch names the curve

    def extent(self):
        """(epochs, losses) of every ghost, for the chart's ranges."""
        xs = [g.columns["epochs"] for g in self.ghosts.ghosts]
        ys = [g.columns["test_loss"] for g in self.ghosts.ghosts]
        return xs, ys

    def labels(self) -> list[str]:
        """The labels, oldest first, drawn or not (for tests)."""
        return [self._curves[g.id][1].toPlainText() for g in self.ghosts.ghosts
                if g.id in self._curves]

    # -- the menu ----------------------------------------------------------------------------
    def _fill_menu(self) -> None:
        menu = self.menu
        menu.clear()
        if not len(self.ghosts):
            a = menu.addAction(translate(
                "GhostRuns", "No earlier runs yet: Reset or change the model to keep one"))
            a.setEnabled(False)
            return
        for ghost in reversed(self.ghosts.ghosts):  # newest first
            action = QAction(_swatch(ghost), translate("GhostRuns", "Keep (pin): %1").replace(
                "%1", ghost_label(ghost)), menu)
            action.setCheckable(True)
            action.setChecked(ghost.pinned)
            action.toggled.connect(lambda on, gid=ghost.id: self._pin(gid, on))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(translate("GhostRuns", "Clear unpinned runs"), lambda: self._clear(True))
        menu.addAction(translate("GhostRuns", "Clear all earlier runs"), lambda: self._clear(False))

    def _pin(self, ghost_id: int, on: bool) -> None:
        self.ghosts.pin(ghost_id, on)
        self._changed()

    def _clear(self, keep_pinned: bool) -> None:
        self.ghosts.clear(keep_pinned)
        self._changed()

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change()
