"""The graph's links image: re-stroking only the gaps whose links changed gives the same picture."""
import numpy as np
import pytest
from PySide6.QtCore import QSize

from nnviz.app.views.graph_images import LinksLayer
from nnviz.app.views.graph_layout import compute_layout
from nnviz.app.views.graph_paint import link_codes


def pixels(image):
    return np.array([[image.pixel(x, y) for x in range(0, image.width(), 2)]
                     for y in range(0, image.height(), 2)])


@pytest.mark.parametrize("dpr", [1.0, 2.0])
def test_a_partial_restroke_equals_a_full_one(qapp, dpr):
    lay = compute_layout(420, 320, 3, [0, 1, 2], [5, 4, 1], top=30, left=30)
    size = QSize(round(420 * dpr), round(320 * dpr))
    rng = np.random.default_rng(3)
    before = rng.normal(scale=1.5, size=len(lay.links))
    after = before.copy()
    second_gap = np.flatnonzero(lay.links[:, 0] == 1)
    after[second_gap[:6]] *= -3.0   # new sign and width for a few links of gap 1 only
    layer = LinksLayer()
    layer.set_curves(lay.curves)
    layer.regroup(link_codes(before), 0.8, dpr, lay)
    first = layer.render(size, dpr)
    kept = pixels(first)
    layer.regroup(link_codes(after), 0.8, dpr, lay)
    assert layer.render(size, dpr) is first        # drawn into the same image...
    fresh = LinksLayer()
    fresh.set_curves(lay.curves)
    fresh.regroup(link_codes(after), 0.8, dpr, lay)
    expected = pixels(fresh.render(size, dpr))
    got = pixels(first)
    assert (got != kept).any()                      # ...where something changed
    np.testing.assert_array_equal(got, expected)   # exactly as if drawn anew
    # nothing outside gap 1's strip changed
    left = round(max(r.right() for r in lay.columns[1]) * dpr) // 2
    right = round(min(r.left() for r in lay.columns[2]) * dpr) // 2
    np.testing.assert_array_equal(got[:, :left], kept[:, :left])
    np.testing.assert_array_equal(got[:, right + 1:], kept[:, right + 1:])
