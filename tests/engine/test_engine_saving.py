"""model.save / load_model / save_weights / load_weights / ModelCheckpoint: our zip+npy format
round-trips exactly, training continues bit-identically, and bad files fail clearly and change
nothing."""
import io
import json
import warnings
import zipfile

import numpy as np
import pytest

import nnviz.engine as keras
from nnviz.engine import saving

RNG = np.random.default_rng(0)
X = RNG.normal(size=(24, 2)).astype(np.float32)
Y = (X[:, :1] * X[:, 1:] > 0).astype(np.float32)


def _model(optimizer=None, metrics=("accuracy",)):
    keras.set_random_seed(7)
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(6, activation="tanh"),
        keras.layers.BatchNormalization(),
        keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer=optimizer or keras.optimizers.Adam(0.05),
                  loss="binary_crossentropy", metrics=list(metrics))
    return model


def _train_steps(model, steps):
    for i in range(steps):
        batch = slice((i * 8) % 24, (i * 8) % 24 + 8)
        model.train_on_batch(X[batch], Y[batch])


@pytest.mark.parametrize("make_optimizer", [
    lambda: keras.optimizers.Adam(0.05),
    lambda: keras.optimizers.SGD(0.1, momentum=0.9, nesterov=True),
    lambda: keras.optimizers.RMSprop(0.01, momentum=0.5),
    lambda: keras.optimizers.Adagrad(0.1),
    lambda: keras.optimizers.SGD(keras.schedules.ExponentialDecay(0.5, 3, 0.5)),
])
def test_save_load_then_training_continues_bit_identically(tmp_path, make_optimizer):
    model = _model(make_optimizer())
    _train_steps(model, 5)
    path = tmp_path / "model.keras"
    model.save(path)
    loaded = keras.models.load_model(path)
    np.testing.assert_array_equal(loaded.predict(X), model.predict(X))
    assert loaded.optimizer.iterations == model.optimizer.iterations == 5
    _train_steps(model, 7)
    _train_steps(loaded, 7)
    for a, b in zip(model.get_weights(), loaded.get_weights()):
        np.testing.assert_array_equal(a, b)
    assert loaded.metrics_names == ["accuracy"]
    assert type(loaded.optimizer) is type(model.optimizer)


def test_loaded_model_keeps_loss_class_metric_objects_decay_and_frozen_layers(tmp_path):
    keras.set_random_seed(1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        opt = keras.optimizers.SGD(lr=0.2, decay=0.1)
    model = keras.Sequential([keras.layers.Dense(3, input_shape=(2,), name="body"),
                              keras.layers.Activation("relu"),
                              keras.layers.Dense(2, name="logits")])
    model.layers[0].trainable = False
    model.compile(optimizer=opt, loss=keras.losses.CategoricalCrossentropy(from_logits=True),
                  metrics=[keras.metrics.CategoricalAccuracy(name="acc")])
    y = keras.utils.to_categorical((X[:, 0] > 0).astype(int), 2)
    model.fit(X, y, epochs=2, verbose=0, shuffle=False)
    model.save(tmp_path / "m.nnviz")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # loading must not repeat the lr=/decay= warning
        loaded = keras.models.load_model(tmp_path / "m.nnviz")
    assert loaded.loss.from_logits and loaded.optimizer.decay == 0.1
    assert not loaded.layers[0].trainable and loaded.layers[1].activation.name == "relu"
    frozen = loaded.layers[0].get_weights()
    h1 = model.fit(X, y, epochs=2, verbose=0, shuffle=False).history
    h2 = loaded.fit(X, y, epochs=2, verbose=0, shuffle=False).history
    assert h1 == h2 and set(h2) == {"loss", "acc"}
    np.testing.assert_array_equal(loaded.layers[0].get_weights()[0], frozen[0])


def test_file_is_a_documented_zip_of_json_and_npy(tmp_path):
    model = _model()
    _train_steps(model, 1)
    model.save(tmp_path / "m.keras")
    with zipfile.ZipFile(tmp_path / "m.keras") as zf:
        index = json.loads(zf.read("nnviz_model.json"))
        assert index["format"] == "nnviz.model" and index["kind"] == "model"
        first = index["weights"][0]
        array = np.load(io.BytesIO(zf.read(first["file"])), allow_pickle=False)
    np.testing.assert_array_equal(array, model.get_weights()[0])
    assert first["shape"] == [2, 6] and first["dtype"] == "float32"


def test_save_and_load_weights(tmp_path):
    model = _model()
    _train_steps(model, 3)
    model.save_weights(tmp_path / "w.weights.nnviz")
    other = _model()
    other.load_weights(tmp_path / "w.weights.nnviz")
    np.testing.assert_array_equal(other.predict(X), model.predict(X))
    with pytest.raises(saving.ModelFileError, match="weights only"):
        keras.models.load_model(tmp_path / "w.weights.nnviz")
    wrong = keras.Sequential([keras.layers.Dense(3, input_shape=(2,))])
    before = wrong.get_weights()
    with pytest.raises(ValueError, match="expected a list of 2 arrays"):
        wrong.load_weights(tmp_path / "w.weights.nnviz")
    for a, b in zip(before, wrong.get_weights()):
        np.testing.assert_array_equal(a, b)


def test_h5_is_refused_with_the_reason(tmp_path):
    model = _model()
    with pytest.raises(ValueError, match=r"HDF5 \(\.h5\).*h5py.*zip format"):
        model.save(tmp_path / "model.h5")
    with pytest.raises(ValueError, match="HDF5"):
        model.save_weights(tmp_path / "model.weights.h5")
    with pytest.raises(ValueError, match="HDF5"):
        model.save(tmp_path / "m", save_format="h5")
    with pytest.raises(ValueError, match="HDF5"):
        keras.callbacks.ModelCheckpoint(str(tmp_path / "best.h5"))
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "keras.h5").write_bytes(b"\x89HDF\r\n\x1a\n" + bytes(100))
    with pytest.raises(saving.ModelFileError, match="HDF5 file"):
        keras.models.load_model(tmp_path / "keras.h5")


def _saved(tmp_path):
    model = _model()
    _train_steps(model, 2)
    path = tmp_path / "good.keras"
    model.save(path)
    return model, path


def _rewrite(src, dst, edit_index=None, edit_array=None):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "nnviz_model.json" and edit_index:
                index = json.loads(data)
                edit_index(index)
                data = json.dumps(index).encode()
            elif name == "arrays/0.npy" and edit_array:
                data = edit_array(data)
            zout.writestr(name, data)


def _pickled_array(_):
    buf = io.BytesIO()
    np.save(buf, np.array([{"evil": 1}], dtype=object), allow_pickle=True)
    return buf.getvalue()


@pytest.mark.parametrize("damage, message", [
    (lambda p, d: d.write_bytes(p.read_bytes()[:-200]), "not a zip archive, or a truncated"),
    (lambda p, d: d.write_bytes(b"hello, I am a text file"), "not an nnviz model file"),
    (lambda p, d: zipfile.ZipFile(d, "w").writestr("data.txt", "x"), "not an nnviz model"),
    (lambda p, d: _keras_file(d), "Keras .keras file"),
    (lambda p, d: _rewrite(p, d, lambda i: i.update(format_version=99)), "format version 99"),
    (lambda p, d: _rewrite(p, d, lambda i: i["weights"][0].update(shape=[1 << 20, 1 << 20])),
     "limit"),
    (lambda p, d: _rewrite(p, d, lambda i: i["weights"][0].update(dtype="object")), "dtype"),
    (lambda p, d: _rewrite(p, d, lambda i: i["weights"][0].update(shape=[6, 2])),
     "declares float32"),
    (lambda p, d: _rewrite(p, d, lambda i: i["weights"].pop()), "does not fit its weights"),
    (lambda p, d: _rewrite(p, d, edit_array=_pickled_array), "arrays/0.npy"),
    (lambda p, d: _rewrite(p, d, edit_array=lambda b: b[:-10]), "corrupted"),
])
def test_bad_files_fail_clearly_and_change_nothing(tmp_path, damage, message):
    model, good = _saved(tmp_path)
    bad = tmp_path / "bad.keras"
    damage(good, bad)
    with pytest.raises(ValueError, match=message):
        keras.models.load_model(bad)
    before = model.get_weights()
    with pytest.raises(ValueError):
        model.load_weights(bad)
    for a, b in zip(before, model.get_weights()):
        np.testing.assert_array_equal(a, b)


def _keras_file(path):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("config.json", "{}")
        zf.writestr("model.weights.h5", b"\x89HDF\r\n\x1a\n")


def test_a_corrupted_byte_is_caught_by_the_checksum(tmp_path):
    _, good = _saved(tmp_path)
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo("arrays/0.npy")
    data[info.header_offset + 30 + len(info.filename) + 5] ^= 0xFF  # inside the compressed data
    bad = tmp_path / "flipped.keras"
    bad.write_bytes(bytes(data))
    with pytest.raises(ValueError, match="corrupted"):
        keras.models.load_model(bad)


def test_model_checkpoint_saves_the_best_in_our_format(tmp_path, capsys):
    model = _model(keras.optimizers.Adam(0.05))
    pattern = str(tmp_path / "ckpt-{epoch:02d}.keras")
    checkpoint = keras.callbacks.ModelCheckpoint(pattern, monitor="loss", save_best_only=True,
                                                 verbose=1)
    history = model.fit(X, Y, epochs=4, verbose=0, callbacks=[checkpoint])
    losses = history.history["loss"]
    saved = sorted(p.name for p in tmp_path.iterdir())
    improving = [i + 1 for i, v in enumerate(losses) if v < min(losses[:i], default=np.inf)]
    assert saved == [f"ckpt-{e:02d}.keras" for e in improving]
    assert checkpoint.best == min(losses)
    assert "loss improved from inf to" in capsys.readouterr().out
    last = keras.models.load_model(tmp_path / saved[-1])
    assert last.optimizer.iterations == improving[-1]  # one batch of 24 per epoch


def test_weights_only_checkpoint_and_missing_monitor(tmp_path):
    model = _model()
    target = tmp_path / "w.nnviz"
    model.fit(X, Y, epochs=1, verbose=0, callbacks=[
        keras.callbacks.ModelCheckpoint(str(target), save_weights_only=True)])
    other = _model()
    other.load_weights(target)
    np.testing.assert_array_equal(other.get_weights()[0], model.get_weights()[0])
    with pytest.warns(UserWarning, match="val_loss available"):
        model.fit(X, Y, epochs=1, verbose=0, callbacks=[
            keras.callbacks.ModelCheckpoint(str(tmp_path / "x.keras"), save_best_only=True)])
    assert not (tmp_path / "x.keras").exists()
