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
    binary = palette.class_colors("binary", 2)
    assert [c.name().upper() for c in binary] == [palette.NEGATIVE, palette.POSITIVE]
    multi = palette.class_colors("multiclass", 6)
    assert [c.name().upper() for c in multi] == list(palette.CLASS_COLORS)
    assert palette.class_colors("multiclass", 2)[1].name() == palette.class_color(1).name()


# Machado et al. (2009) full-severity simulation matrices, on linear RGB.
CVD = {"normal": np.eye(3),
       "protan": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                  [-0.003882, -0.048116, 1.051998]],
       "deutan": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                  [-0.011820, 0.042940, 0.968881]],
       "tritan": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                  [0.004733, 0.691367, 0.303900]]}


def _lab(hex_colour, matrix):
    c = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255.0
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                    [0.0193, 0.1192, 0.9505]]) @ np.clip(np.asarray(matrix) @ linear, 0, 1)
    xyz /= (0.95047, 1.0, 1.08883)
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


@pytest.mark.parametrize("vision", CVD)
def test_six_class_colours_stay_apart_for_colour_blind_eyes(vision):
    labs = [_lab(c, CVD[vision]) for c in palette.CLASS_COLORS]
    assert len(labs) == 6
    gaps = [np.linalg.norm(a - b) for i, a in enumerate(labs) for b in labs[i + 1:]]
    assert min(gaps) > 20, (vision, min(gaps))


def test_class_colours_are_not_the_weights_orange_or_blue():
    for colour in palette.CLASS_COLORS:
        for weight in (palette.NEGATIVE, palette.POSITIVE):
            assert np.linalg.norm(_lab(colour, CVD["normal"]) - _lab(weight, CVD["normal"])) \
                > 40, (colour, weight)


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
