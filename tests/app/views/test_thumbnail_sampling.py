"""Node thumbnails: small maps sampled to each node's size, smoothly when they are enlarged."""
import warnings

import numpy as np
import pytest
from PySide6.QtGui import QImage

from nnviz.app.views.graph_images import NodeThumbnails
from nnviz.app.views.graph_layout import compute_layout
from nnviz.app.views.graph_paint import lut_argb32, sample_maps, thumbnail_pixels


def test_enlarging_interpolates_between_cell_centres():
    # 2 x 2 cells, row 0 the bottom: 0 on the left, 1 on the right, the top row 1 higher.
    maps = np.array([[[0.0, 1.0], [1.0, 2.0]]], dtype=np.float32)
    got = sample_maps(maps, 4)
    # pixel centres at cell coordinates -0.25, 0.25, 0.75, 1.25, clamped to the outer centres
    row = np.array([0.0, 0.25, 0.75, 1.0])
    np.testing.assert_allclose(got[0], (row[::-1, None] + row[None, :]), atol=1e-6)


def test_shrinking_picks_the_nearest_cell_with_the_top_row_first():
    maps = np.arange(16, dtype=np.float32).reshape(1, 4, 4)
    np.testing.assert_array_equal(sample_maps(maps, 2)[0], [[12, 14], [4, 6]])


def test_enlarged_thumbnails_change_colour_gradually():
    ramp = np.tile(np.linspace(-1, 1, 10, dtype=np.float32), (10, 1))[None]
    lut = lut_argb32()
    pixels = thumbnail_pixels(ramp, [-1.0], [1.0], 60, lut)[0]
    index = {int(v): i for i, v in enumerate(lut)}
    steps = [index[int(v)] for v in pixels[30]]
    assert steps == sorted(steps)
    # nearest sampling would repeat 10 colours; linear gives (almost) every pixel its own
    assert len(set(steps)) > 45


@pytest.mark.parametrize("dpr", [1.0, 2.0])
def test_each_thumbnail_has_its_node_size_in_device_pixels(qapp, dpr):
    lay = compute_layout(600, 500, 2, [0, 1], [4, 2, 1], top=40, left=30)
    rng = np.random.default_rng(0)
    maps = [[rng.normal(size=(50, 50)).astype(np.float32) for _ in col] for col in lay.columns]
    levels = [[(-1.0, 1.0)] * len(col) for col in lay.columns]
    thumbs = NodeThumbnails()
    thumbs.update(lay, maps, levels, dpr, False)
    assert len(thumbs.images) == sum(len(col) for col in lay.columns)
    for (c, i), (atlas, source) in thumbs.images.items():
        side = round(lay.columns[c][i].width() * dpr)
        assert isinstance(atlas, QImage)
        assert (source.width(), source.height()) == (side, side)
    assert round(lay.columns[-1][0].width() * dpr) > 50  # the output node enlarges its map


def test_a_diverging_neurons_huge_range_colours_it_without_a_warning():
    """A map spanning -3e38..3e38 (a model on its way to inf) overflows ``hi - lo``: it still
    gets colours of the palette, silently (the random-action test saw the warning)."""
    lut = lut_argb32()
    maps = np.array([[[-3e38, 3e38], [0.0, 1.0]]], dtype=np.float32)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pixels = thumbnail_pixels(maps, [-3e38], [3e38], 2, lut)
    assert pixels.shape == (1, 2, 2)
    assert set(np.unique(pixels)) <= set(lut.tolist())
