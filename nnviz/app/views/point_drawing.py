"""Draw mode on the output view: add one's own points with the mouse ("My data").

Left click or drag adds points of the chosen class (or value) along the stroke, a spacing apart;
right drag erases the points near the cursor; Clear removes them all. A stroke is one config
edit (``config -> config``, built on the current config when the button is released), so
Ctrl+Z takes back a whole stroke. Drawing on a generated dataset starts from its points.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QDoubleSpinBox, QHBoxLayout, QPushButton,
                               QToolButton, QWidget)

import pyqtgraph as pg

from nnviz.app.panels.panel_base import ConfigPanel, InlineError, set_tip
from nnviz.app.views import palette
from nnviz.data.custom_points import (MAX_CUSTOM_POINTS, spaced_points, with_added,
                                      without_near)
from nnviz.data.spec import MAX_CLASSES

#: Points of a stroke lie this share of the shown plane's side apart (40 across the plane).
SPACING_SHARE = 1 / 40
#: The eraser's radius, as a share of the shown plane's side.
ERASER_SHARE = 1 / 24
#: The picker's id for "draw values" (the class ids are 0..5).
VALUE = MAX_CLASSES  # (QButtonGroup gives -1 a new negative id of its own)


def picker_colors(problem: str) -> list[QColor]:
    """The colour of each class 1..6 as the output view will draw it: orange and blue for the
    first two while the data has two classes, the categorical colours otherwise."""
    colours = palette.class_colors("multiclass", MAX_CLASSES)
    if problem == "binary":
        colours[:2] = palette.class_colors("binary", 2)
    return colours


def _swatch(colour: QColor, number: str, side: int = 18) -> QIcon:
    """A dot in the class colour with the class number in it (dark or white, as it reads)."""
    pix = QPixmap(side * 2, side * 2)
    pix.setDevicePixelRatio(2.0)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QColor(palette.POINT_OUTLINE))
    p.setBrush(colour)
    p.drawEllipse(1, 1, side - 2, side - 2)
    light = colour.lightnessF() > 0.6
    p.setPen(QColor("#202020") if light else QColor("white"))
    font = palette.font(palette.FONT_SMALL, bold=True)
    font.setPixelSize(int(side * 0.62))
    p.setFont(font)
    p.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, str(number))
    p.end()
    return QIcon(pix)


class _StrokeFilter(QObject):
    """Turns mouse events on the plot's viewport into strokes in data coordinates."""

    def __init__(self, tools: DrawTools, plot_item: pg.PlotItem):
        super().__init__(tools)
        self._tools = tools
        self._plot_item = plot_item
        self._button = None
        self._path: list[tuple[float, float]] = []

    def _data_point(self, pos) -> tuple[float, float] | None:
        view = self._plot_item.scene().views()[0]
        scene = view.mapToScene(pos.toPoint() if isinstance(pos, QPointF) else pos)
        vb = self._plot_item.getViewBox()
        if not vb.sceneBoundingRect().contains(scene):
            return None
        p = vb.mapSceneToView(scene)
        return (float(p.x()), float(p.y()))

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if not self._tools.active():
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            if event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
                return False
            point = self._data_point(event.position())
            if point is None:
                return False
            self._button = event.button()
            self._path = [point]
            self._tools.stroke_moved(self._path, self._button == Qt.MouseButton.RightButton)
            return True
        if kind == QEvent.Type.MouseMove and self._button is not None:
            point = self._data_point(event.position())
            if point is not None:
                self._path.append(point)
                self._tools.stroke_moved(self._path,
                                         self._button == Qt.MouseButton.RightButton)
            return True
        if kind == QEvent.Type.MouseButtonRelease and event.button() == self._button:
            path, erase = self._path, self._button == Qt.MouseButton.RightButton
            self._button, self._path = None, []
            self._tools.stroke_finished(path, erase)
            return True
        if kind == QEvent.Type.MouseButtonDblClick:
            return True  # a quick second click adds a point; it must not zoom or reset
        return False


class DrawTools(ConfigPanel):
    """The draw mode's controls (class or value picker, Clear) and its strokes.

    ``toggle`` (the "Draw" button) is placed by the view beside its other toggles; this widget
    is the picker row, shown while drawing.

    Signals
    -------
    config_edited(object)
        The config with the stroke applied (see :class:`ConfigPanel`).
    active_changed(bool)
    """

    active_changed = Signal(bool)

    def __init__(self, plot_item: pg.PlotItem, parent: QWidget | None = None):
        super().__init__(parent)
        self._plot_item = plot_item
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("✎ Draw"))
        self.toggle.setCheckable(True)
        self.toggle.setObjectName("draw_toggle")
        self.toggle.setFont(palette.font(palette.FONT_SMALL))
        set_tip(self.toggle, self.tr(
            "Draw your own points on the output (D): left click or drag adds points of the "
            "chosen class or value, right drag erases. They become the dataset “My data”."))
        self.toggle.toggled.connect(self._on_toggled)

        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.setSpacing(2)
        self._class_buttons = []
        for k in range(MAX_CLASSES):
            b = QToolButton()
            b.setCheckable(True)
            b.setText(str(k + 1))
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            b.setIconSize(QSize(18, 18))
            b.setObjectName(f"draw_class_{k + 1}")
            b.setToolTip(self.tr("Draw points of class {0}").format(k + 1))
            self._group.addButton(b, k)
            self._class_buttons.append(b)
            row.addWidget(b)
        self._class_buttons[0].setChecked(True)
        self._value_button = QToolButton()
        self._value_button.setCheckable(True)
        self._value_button.setText(self.tr("Value"))
        self._value_button.setObjectName("draw_value")
        self._value_button.setToolTip(self.tr("Draw points with a target value (regression)"))
        self._group.addButton(self._value_button, VALUE)
        self._value = QDoubleSpinBox()
        self._value.setRange(-100.0, 100.0)
        self._value.setDecimals(2)
        self._value.setSingleStep(0.1)
        self._value.setValue(1.0)
        self._value.setObjectName("draw_value_box")
        self._value.setToolTip(self.tr("The target value of the points you draw"))
        self._value.valueChanged.connect(lambda _v: self._value_button.setChecked(True))
        self._clear = QPushButton(self.tr("Clear"))
        self._clear.setObjectName("draw_clear")
        self._clear.setToolTip(self.tr("Remove all of your points (Ctrl+Z brings them back)"))
        self._clear.clicked.connect(self.clear)
        row.addSpacing(6)
        row.addWidget(self._value_button)
        row.addWidget(self._value)
        row.addStretch(1)
        row.addWidget(self._clear)
        for w in (*self._class_buttons, self._value_button, self._value, self._clear):
            w.setFont(palette.font(palette.FONT_SMALL))
        self.error = InlineError()
        self.error.setObjectName("draw_error")

        self._preview = pg.ScatterPlotItem(size=9, symbol="o", pxMode=True)
        self._preview.setZValue(5)
        self._eraser = pg.ScatterPlotItem(symbol="o", pxMode=False,
                                          brush=pg.mkBrush(120, 120, 120, 60),
                                          pen=pg.mkPen(90, 90, 90, 120))
        self._eraser.setZValue(5)
        plot_item.addItem(self._preview)
        plot_item.addItem(self._eraser)
        self._filter = _StrokeFilter(self, plot_item)
        self._viewport().installEventFilter(self._filter)
        self.hide()

    # -- public ------------------------------------------------------------------------------
    def active(self) -> bool:
        return self.toggle.isChecked()

    def set_active(self, on: bool) -> None:
        self.toggle.setChecked(bool(on))

    def choose(self, label) -> None:
        """Draw class ``label`` (0..5) from now on, or a float value (regression)."""
        if isinstance(label, float):
            self._value.setValue(label)
            self._value_button.setChecked(True)
        else:
            self._class_buttons[int(label)].setChecked(True)

    def chosen_label(self):
        """The label the next stroke gives its points: a class number (int) or a value."""
        k = self._group.checkedId()
        return float(self._value.value()) if k == VALUE else int(k)

    def clear(self) -> None:
        self._propose(lambda c: c.with_custom_data((), (), ()), self.error)

    # -- config ------------------------------------------------------------------------------
    def _show_config(self, cfg) -> None:
        colours = picker_colors(cfg.data.problem)
        for b, colour in zip(self._class_buttons, colours):
            b.setIcon(_swatch(colour, b.text()))

    # -- strokes -----------------------------------------------------------------------------
    def _side(self) -> float:
        (x0, x1), _ = self._plot_item.getViewBox().viewRange()
        return float(x1 - x0)

    def stroke_moved(self, path, erase: bool) -> None:
        """Show the stroke so far: the points it will add, or the eraser's trail."""
        side = self._side()
        if erase:
            self._eraser.setData(pos=path[-40:], size=2 * side * ERASER_SHARE)
            return
        label = self.chosen_label()
        colour = self._colour(label)
        self._preview.setData(pos=spaced_points(path, side * SPACING_SHARE),
                              brush=pg.mkBrush(colour), pen=pg.mkPen(palette.POINT_OUTLINE))

    def stroke_finished(self, path, erase: bool) -> None:
        """Apply the stroke as one config edit."""
        self._preview.clear()
        self._eraser.clear()
        if not path:
            return
        side = self._side()
        if erase:
            self._propose(lambda c: self._erased(c, path, side * ERASER_SHARE), self.error)
        else:
            label = self.chosen_label()
            self._propose(lambda c: self._added(c, spaced_points(path, side * SPACING_SHARE),
                                                label), self.error)

    def _colour(self, label) -> QColor:
        if isinstance(label, float):
            t = 0.5 + 0.5 * max(-1.0, min(1.0, label / max(abs(label), 1.0)))
            return palette.diverging_color(t)
        problem = self._config.data.problem if self._config is not None else "binary"
        if label >= 2:
            problem = "multiclass"
        return picker_colors(problem)[label]

    def _added(self, cfg, new, label):
        from nnviz.lab.experiment_data import own_points
        points, labels = own_points(cfg.data)
        if labels and isinstance(labels[0], float) != isinstance(label, float):
            raise ValueError(self.tr(
                "These points have values, not classes: choose Value, or Clear first.")
                if isinstance(labels[0], float) else self.tr(
                "These points have classes, not values: choose a class, or Clear first."))
        if len(points) > MAX_CUSTOM_POINTS:
            raise ValueError(self.tr(
                "This dataset has {0} points; drawing starts from them and My data holds at "
                "most {1}. Lower the number of points first, or Clear.")
                .format(len(points), MAX_CUSTOM_POINTS))
        if len(points) == MAX_CUSTOM_POINTS:
            raise ValueError(self.tr("My data holds at most {0} points; erase some first.")
                             .format(MAX_CUSTOM_POINTS))
        return cfg.with_custom_data(*with_added(points, labels, new, label))

    def _erased(self, cfg, path, radius):
        from nnviz.lab.experiment_data import own_points
        points, labels = own_points(cfg.data)
        if len(points) > MAX_CUSTOM_POINTS:
            raise ValueError(self.tr(
                "This dataset has {0} points; My data holds at most {1}. Lower the number of "
                "points first, or Clear.").format(len(points), MAX_CUSTOM_POINTS))
        kept = without_near(points, labels, path, radius)
        if len(kept[0]) == len(points):
            return cfg  # nothing near the eraser: no edit, nothing to undo
        return cfg.with_custom_data(*kept)

    # -- mode --------------------------------------------------------------------------------
    def _viewport(self) -> QWidget:
        return self._plot_item.scene().views()[0].viewport()

    def _on_toggled(self, on: bool) -> None:
        self.setVisible(on)
        if not on:
            self.error.clear_error()
        if on and self._config is not None and self._config.data.problem == "regression":
            self._value_button.setChecked(True)
        self._viewport().setCursor(Qt.CursorShape.CrossCursor if on
                                   else Qt.CursorShape.ArrowCursor)
        self.active_changed.emit(on)
