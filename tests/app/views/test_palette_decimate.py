"""The palette's colours and the curve decimation."""
import numpy as np
import pytest

from nnviz.app.views import palette
from nnviz.app.views.decimate import minmax_decimate


def test_diverging_lut_runs_orange_white_blue():
    lut = palette.diverging_lut(256)
    assert lut.shape == (256, 4) and lut.dtype == np.uint8
    r, g, b, a = (int(v) for v in lut[0])
    assert r > b + 80 and a == 255                      # orange end
    r, g, b, _ = (int(v) for v in lut[-1])
    assert b > r + 80                                   # blue end
    assert lut[127:129, :3].min() > 225                 # near-white middle


def test_weight_colors_by_sign_and_class_colors_match_the_scale():
    neg, pos = palette.weight_color(-2.0, 1.0), palette.weight_color(2.0, 1.0)
    assert neg.red() > neg.blue() and pos.blue() > pos.red()
    faint = palette.weight_color(0.001, 1.0)
    assert faint.blue() > faint.red()                   # even a tiny weight shows its sign
    assert palette.class_color(0).red() > palette.class_color(0).blue()
    assert palette.class_color(1).blue() > palette.class_color(1).red()
    assert len({palette.class_color(i).name() for i in range(6)}) == 6


def test_map_levels_and_lut_index():
    assert palette.map_levels(np.array([0.2, 0.9]), "sigmoid") == (0.0, 1.0)
    assert palette.map_levels(np.array([-3.0, 2.0]), "relu") == (-3.0, 3.0)
    assert palette.map_levels(np.array([np.nan]), "relu") == (-1.0, 1.0)
    idx = palette.to_lut_index(np.array([-1.0, 0.0, 1.0, np.nan]), -1.0, 1.0)
    assert list(idx) == [0, 128, 255, 128]


def test_short_curves_are_kept_whole():
    x = np.arange(10.0)
    xd, yd = minmax_decimate(x, x**2, 100)
    assert np.array_equal(xd, x) and np.array_equal(yd, x**2)


def test_decimation_keeps_endpoints_extremes_and_order():
    rng = np.random.default_rng(1)
    x = np.arange(100_000.0)
    y = rng.normal(size=x.size)
    y[12_345], y[67_890] = 50.0, -40.0                  # spikes must survive
    xd, yd = minmax_decimate(x, y, 300)
    assert len(xd) <= 2 * 300 + 2
    assert xd[0] == 0 and xd[-1] == x[-1] and yd[-1] == y[-1]
    assert yd.max() == 50.0 and yd.min() == -40.0
    assert np.all(np.diff(xd) > 0)
    # every kept point is a real point of the curve
    assert np.array_equal(yd, y[xd.astype(int)])


def test_decimation_is_nan_safe():
    x = np.arange(1000.0)
    y = np.sin(x / 50)
    y[100:400] = np.nan
    y[500] = np.nan
    xd, yd = minmax_decimate(x, y, 50)
    assert np.nanmax(yd) == pytest.approx(np.nanmax(y))
    assert np.nanmin(yd) == pytest.approx(np.nanmin(y))
    assert np.isnan(yd[(xd >= 100) & (xd < 400)]).any()  # the gap stays a gap
    assert not np.isnan(yd[(xd >= 480) & (xd < 520)]).all()


def test_decimation_rejects_mismatched_input():
    with pytest.raises(ValueError):
        minmax_decimate(np.arange(3.0), np.arange(4.0), 10)
