"""The confusion matrix tab and the R² number, in the real window."""
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from nnviz.app.views.confusion_view import RIGHT_COLOR, WRONG_COLOR, cell_colour
from nnviz.app.views.palette import qcolor

from window_helpers import config, wait_snapshot, window  # noqa: F401 - fixture


def test_confusion_tab_shows_the_counts_of_train_or_test(qtbot, window):  # noqa: F811
    w = window(config("blobs"))
    w.controller.step_epochs(10)
    snap = wait_snapshot(qtbot, w, lambda s: s.epoch == 10)
    tabs = w.body.curves_tabs
    assert tabs.isTabVisible(1)
    tabs.setCurrentIndex(1)
    view = w.body.confusion_view
    qtbot.waitUntil(lambda: view.matrix() is not None
                    and np.array_equal(view.matrix(), snap.confusion_test))
    right = int(np.trace(snap.confusion_test))
    assert view.summary_text() == f"{right} of {int(snap.confusion_test.sum())} right"
    qtbot.mouseClick(view.findChild(QToolButton, "confusion_train"), Qt.MouseButton.LeftButton)
    assert view.points() == "train"
    np.testing.assert_array_equal(view.matrix(), snap.confusion_train)
    # The diagonal is painted green, a mistake vermillion.
    image = view.canvas.grab().toImage()
    corner = view.canvas.cell_rect(0, 0).topLeft().toPoint()
    colour = image.pixelColor(corner.x() + 4, corner.y() + 4)
    assert colour.green() > colour.red() + 40


def test_regression_shows_r_squared_and_no_confusion_tab(qtbot, window):  # noqa: F811
    w = window(config("plane", problem="regression"))
    w.controller.step_epochs(20)
    snap = wait_snapshot(qtbot, w, lambda s: s.epoch == 20)
    qtbot.waitUntil(lambda: not w.body.curves_tabs.isTabVisible(1))
    qtbot.waitUntil(lambda: "Test R²" in w.curves_view.values_text())
    text = w.curves_view.values_text().split("Test R² ")[1]
    assert float(text.replace("\u2212", "-")) == float(f"{snap.r2_test:.4g}")


def test_cell_colours_deepen_with_the_share_of_the_row():
    none = cell_colour(0, 10, True)
    some = cell_colour(3, 10, True)
    all_ = cell_colour(10, 10, True)
    assert none.lightness() > some.lightness() > all_.lightness()
    assert none.name() == "#ffffff"  # an empty cell stays white
    # 90 % of the way from white to the diagonal's green / the mistakes' vermillion.
    for right, hex_colour in ((True, RIGHT_COLOR), (False, WRONG_COLOR)):
        full, base = cell_colour(10, 10, right), qcolor(hex_colour)
        assert abs(full.red() - (255 + (base.red() - 255) * 0.9)) <= 1
        assert abs(full.green() - (255 + (base.green() - 255) * 0.9)) <= 1
