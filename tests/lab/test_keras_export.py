"""The exported Keras script, run in a subprocess, predicts and trains on as nnviz does."""
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nnviz.lab.config import ExperimentConfig, LayerConfig
from nnviz.lab.export import (keras_script, read_weights_npz, weight_names, weights_from_json,
                              weights_to_json, write_keras_script, write_weights_json,
                              write_weights_npz)
from nnviz.lab.session import Session

REPO = Path(__file__).resolve().parents[2]

CONFIGS = {
    "default_circle": ExperimentConfig(),
    "blobs_softmax_bn_features": ExperimentConfig().with_dataset("blobs").with_data(
        features=("x1", "x2", "x1x2", "sin_x1")).with_network(
        hidden=(LayerConfig(5, "relu", batch_norm=True), LayerConfig(3, "elu")),
        regularizer="l2", regularization_rate=0.01).with_training(optimizer="rmsprop",
                                                                   momentum=0.5),
    "regression_sse_step_gelu": ExperimentConfig().with_dataset("plane").with_data(
        features=("x1", "x2", "x1_sq", "x2_sq")).with_network(
        hidden=(LayerConfig(4, "step"), LayerConfig(3, "gelu"))).with_training(
        loss="sum_squared_error", schedule="cosine", decay_epochs=5),
    "xor_leaky_swish_dropout_schedule": ExperimentConfig().with_dataset("xor").with_network(
        hidden=(LayerConfig(6, "leaky_relu", dropout=0.2), LayerConfig(4, "swish")),
        regularizer="l1l2", regularization_rate=0.001).with_training(
        optimizer="sgd", schedule="exponential", decay_epochs=2, decay_rate=0.5,
        batch_size=7),
}


def _trained(config, steps=40):
    session = Session(config)
    session.step(steps)
    return session


def _run(script, *args, env=None):
    result = subprocess.run([sys.executable, str(script), *args], capture_output=True,
                            text=True, env=env, cwd=script.parent, timeout=300)
    assert result.returncode == 0, result.stderr
    return result


def _engine_env():
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_script_under_the_engine_predicts_what_nnviz_predicts(name, tmp_path):
    session = _trained(CONFIGS[name])
    weights = session.model.get_weights()
    script, data = write_keras_script(tmp_path / "model.py", session.config, weights,
                                      flavour="nnviz", step=session.step_count)
    assert data.name == "model_data.csv" and data.exists()
    assert "import nnviz.engine as keras" in script.read_text()
    _run(script, "--weights-out", str(tmp_path / "w.npz"), env=_engine_env())
    predicted = np.loadtxt(tmp_path / "model_predictions.csv", delimiter=",", ndmin=2)
    expected = session.model.predict(session.experiment_data.x_eval)
    assert predicted.shape == expected.shape
    np.testing.assert_array_equal(predicted.astype(np.float32), expected)
    with np.load(tmp_path / "w.npz") as npz:  # embedded literals give back the same bits
        for i, w in enumerate(weights):
            np.testing.assert_array_equal(npz[f"arr_{i}"], w)


@pytest.mark.parametrize("name", ["default_circle", "xor_leaky_swish_dropout_schedule"])
def test_one_epoch_in_the_script_trains_as_nnviz_does(name, tmp_path):
    config = CONFIGS[name].with_network(hidden=tuple(
        LayerConfig(h.units, h.activation) for h in CONFIGS[name].network.hidden))  # no dropout
    session = _trained(config, steps=60)  # plain SGD: the step count is the only state
    script, _ = write_keras_script(tmp_path / "m.py", config, session.model.get_weights(),
                                   flavour="nnviz", step=session.step_count)
    _run(script, "--epochs", "1", "--no-shuffle", "--weights-out", str(tmp_path / "after.npz"),
         env=_engine_env())
    data = session.experiment_data
    session.model.fit(data.x_train, data.t_train, batch_size=config.training.batch_size,
                      epochs=1, shuffle=False, verbose=0)
    with np.load(tmp_path / "after.npz") as npz:
        for i, w in enumerate(session.model.get_weights()):
            np.testing.assert_allclose(npz[f"arr_{i}"], w, rtol=1e-6, atol=1e-7)
    before = _trained(config, steps=60).model.get_weights()
    assert not np.allclose(before[0], session.model.get_weights()[0])  # it did train


def test_import_line_is_the_only_difference_between_flavours():
    session = Session(CONFIGS["default_circle"])
    texts = {f: keras_script(session.config, session.model.get_weights(), flavour=f).splitlines()
             for f in ("keras", "tensorflow", "nnviz")}
    differing = [i for i, (a, b, c) in enumerate(zip(*texts.values())) if not a == b == c]
    assert len(differing) == 1
    assert texts["tensorflow"][differing[0]].startswith("from tensorflow import keras")
    with pytest.raises(ValueError, match="flavour must be one of keras, tensorflow, nnviz"):
        keras_script(session.config, session.model.get_weights(), flavour="torch")


def test_wrong_weights_are_refused_with_the_expected_names():
    session = Session(CONFIGS["default_circle"])
    with pytest.raises(ValueError, match=r"6 arrays .*hidden_1/kernel.*got 5"):
        keras_script(session.config, session.model.get_weights()[:5])


def test_weights_json_and_npz_round_trip_bit_for_bit(tmp_path):
    session = _trained(CONFIGS["blobs_softmax_bn_features"])
    weights = session.model.get_weights()
    names = weight_names(session.config)
    assert names[2:6] == ["batch_norm_1/gamma", "batch_norm_1/beta", "batch_norm_1/moving_mean",
                          "batch_norm_1/moving_variance"]
    doc = json.loads(weights_to_json(session.config, weights))
    assert [e["name"] for e in doc["weights"]] == names
    for path, read in ((write_weights_json(tmp_path / "w.json", session.config, weights),
                        lambda p: weights_from_json(p.read_text())),
                       (write_weights_npz(tmp_path / "w.npz", session.config, weights),
                        read_weights_npz)):
        back = read(path)
        assert len(back) == len(weights)
        for a, b in zip(back, weights):
            assert a.dtype == np.float32
            np.testing.assert_array_equal(a, b)
    with pytest.raises(ValueError, match="not an nnviz weights file"):
        weights_from_json('{"format": "other"}')


# -- real Keras (optional) ------------------------------------------------------------------------
needs_keras = pytest.mark.skipif(importlib.util.find_spec("keras") is None,
                                 reason="real Keras is not installed (optional)")


def _keras_env():
    env = dict(os.environ)
    env.setdefault("KERAS_BACKEND", "torch")
    return env


@needs_keras
@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_script_under_real_keras_predicts_what_nnviz_predicts(name, tmp_path):
    session = _trained(CONFIGS[name])
    script, _ = write_keras_script(tmp_path / "model.py", session.config,
                                   session.model.get_weights(), flavour="keras")
    _run(script, env=_keras_env())
    predicted = np.loadtxt(tmp_path / "model_predictions.csv", delimiter=",", ndmin=2)
    expected = session.model.predict(session.experiment_data.x_eval)
    np.testing.assert_allclose(predicted, expected, rtol=2e-5, atol=2e-6)


@needs_keras
@pytest.mark.parametrize("name", ["default_circle", "xor_leaky_swish_dropout_schedule",
                                  "regression_sse_step_gelu"])
def test_one_epoch_under_real_keras_trains_as_nnviz_does(name, tmp_path):
    config = CONFIGS[name].with_network(hidden=tuple(
        LayerConfig(h.units, h.activation) for h in CONFIGS[name].network.hidden))
    session = _trained(config, steps=60)
    script, _ = write_keras_script(tmp_path / "m.py", config, session.model.get_weights(),
                                   flavour="keras", step=session.step_count)
    _run(script, "--epochs", "1", "--no-shuffle", "--weights-out", str(tmp_path / "after.npz"),
         env=_keras_env())
    data = session.experiment_data
    session.model.fit(data.x_train, data.t_train, batch_size=config.training.batch_size,
                      epochs=1, shuffle=False, verbose=0)
    with np.load(tmp_path / "after.npz") as npz:
        for i, w in enumerate(session.model.get_weights()):
            np.testing.assert_allclose(npz[f"arr_{i}"], w, rtol=1e-4, atol=1e-5)
