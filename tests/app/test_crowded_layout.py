"""A crowded window (presentation zoom, a lesson and an instrument docked) still shows every
control whole: nothing elided, nothing drawn on top of something else."""
from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QToolButton

from window_helpers import window  # noqa: F401 - window is a fixture


def _global_rect(widget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def crowded(qtbot, make):
    w = make()
    w.resize(1280, 800)
    w.lessons.open_lesson("xor")            # the lesson dock on the left
    w.instruments.show_only(["perceptron"])  # an instrument on the right
    w.classroom.zoom.set_zoom(1.5)
    for _ in range(3):
        QApplication.processEvents()
    return w


def test_transport_buttons_are_never_narrower_than_their_text(qtbot, window):
    w = crowded(qtbot, window)
    buttons = w.transport.findChildren(QToolButton)
    assert len(buttons) == 4
    for b in buttons:
        qtbot.waitUntil(lambda b=b: b.width() >= b.sizeHint().width(), timeout=5_000)


def test_an_instrument_in_a_short_dock_scrolls_instead_of_piling_its_rows(qtbot, window):
    w = crowded(qtbot, window)
    view = w.instruments.open("perceptron").widget()
    rows = [view.gate, *view.weight_spins, view.eta]
    qtbot.waitUntil(lambda: all(r.isVisible() for r in rows), timeout=5_000)
    rects = [_global_rect(r) for r in rows]
    for upper, lower in zip(rects, rects[1:]):
        assert upper.bottom() < lower.top(), (upper, lower)  # one below the other, apart
    content = view.scroll_area.widget()
    assert content.height() >= content.heightForWidth(content.width()) > 0  # scrolls, whole


def test_an_instrument_whose_minimum_fits_its_dock_fills_it_without_scrolling(qtbot, window):
    # The gradient-flow instrument at the bottom of a 1600 x 960 window: 300 px of dock, and
    # its help text, legend and plots need less. (Sized to its plots' preferred height, it
    # was 626 px tall and the first layers' curves lay below the fold.)
    w = window()
    w.resize(1600, 960)
    w.instruments.show_only(["gradients"])
    view = w.instruments.open("gradients").widget()
    area = view.scroll_area
    qtbot.waitUntil(lambda: view.norm_plot.isVisible() and area.viewport().height() > 200,
                    timeout=5_000)
    qtbot.waitUntil(lambda: area.widget().height() == area.viewport().height(), timeout=5_000)
    assert area.verticalScrollBar().maximum() == 0
    # The whole plot in sight (once the content's layout has settled at its new height) ...
    qtbot.waitUntil(lambda: _global_rect(area.viewport()).contains(_global_rect(view.norm_plot)),
                    timeout=5_000)
    # ... taking the room there is.
    assert view.norm_plot.height() > view.norm_plot.minimumHeight()
