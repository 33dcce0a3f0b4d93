"""ExperimentConfig: validation messages, JSON round trip, derived choices."""
import json

import pytest

from nnviz.lab.config import (DataConfig, ExperimentConfig, LayerConfig, NetworkConfig,
                              TrainingConfig)


@pytest.mark.parametrize("make, name, shown", [
    (lambda: DataConfig(n_points=3), "n_points", "3"),
    (lambda: DataConfig(noise=0.9), "noise", "0.9"),
    (lambda: DataConfig(train_ratio=1.5), "train_ratio", "1.5"),
    (lambda: DataConfig(dataset="donut"), "dataset", "'donut'"),
    (lambda: DataConfig(features=("x1", "x3")), "features", "'x3'"),
    (lambda: DataConfig(features=("x1", "x1")), "features", "'x1'"),
    (lambda: DataConfig(features=()), "features", "()"),
    (lambda: LayerConfig(units=0), "units", "0"),
    (lambda: LayerConfig(units=17), "units", "17"),
    (lambda: LayerConfig(activation="banana"), "activation", "'banana'"),
    (lambda: LayerConfig(activation="softmax"), "activation", "'softmax'"),
    (lambda: LayerConfig(dropout=0.95), "dropout", "0.95"),
    (lambda: NetworkConfig(hidden=(LayerConfig(),) * 9), "hidden", "9"),
    (lambda: NetworkConfig(regularizer="l3"), "regularizer", "'l3'"),
    (lambda: NetworkConfig(regularization_rate=-1.0), "regularization_rate", "-1.0"),
    (lambda: NetworkConfig(initializer="magic"), "initializer", "'magic'"),
    (lambda: TrainingConfig(learning_rate=0.0), "learning_rate", "0.0"),
    (lambda: TrainingConfig(optimizer="adamw"), "optimizer", "'adamw'"),
    (lambda: TrainingConfig(problem="ranking"), "problem", "'ranking'"),
    (lambda: TrainingConfig(schedule="step"), "schedule", "'step'"),
    (lambda: TrainingConfig(batch_size=0), "batch_size", "0"),
    (lambda: TrainingConfig(momentum=1.0), "momentum", "1.0"),
    (lambda: ExperimentConfig().with_training(problem="regression"), "problem", "'regression'"),
])
def test_invalid_values_raise_naming_field_and_value(make, name, shown):
    with pytest.raises(ValueError) as info:
        make()
    message = str(info.value)
    assert name in message and shown in message, message


@pytest.mark.parametrize("make, name", [
    (lambda: DataConfig(n_points=10.5), "n_points"),
    (lambda: DataConfig(n_points=True), "n_points"),
    (lambda: TrainingConfig(learning_rate="fast"), "learning_rate"),
    (lambda: ExperimentConfig(data=3), "data"),
])
def test_wrong_types_raise_type_error_naming_field(make, name):
    with pytest.raises(TypeError, match=name):
        make()


def test_json_round_trip_is_exact():
    config = (ExperimentConfig()
              .with_dataset("blobs", n_classes=4, noise=0.25, features=("x1", "x2", "x1x2"))
              .with_network(hidden=(LayerConfig(8, "relu", 0.2, True), LayerConfig(3, "elu")),
                            regularizer="l2", regularization_rate=0.003)
              .with_training(optimizer="adam", learning_rate=0.001, schedule="cosine",
                             batch_size=7, seed=42))
    text = config.to_json()
    assert ExperimentConfig.from_json(text) == config
    assert ExperimentConfig.from_json(config.to_json(indent=None)) == config
    assert json.loads(text)["data"]["features"] == ["x1", "x2", "x1x2"]
    assert ExperimentConfig.from_dict(config.to_dict()) == config


def test_partial_json_fills_defaults():
    config = ExperimentConfig.from_json('{"training": {"learning_rate": 0.1}}')
    assert config == ExperimentConfig().with_training(learning_rate=0.1)


def test_invalid_json_is_a_value_error():
    with pytest.raises(ValueError, match="not valid JSON"):
        ExperimentConfig.from_json("{data: ")
    with pytest.raises(TypeError, match="JSON object"):
        ExperimentConfig.from_json("[1, 2]")


@pytest.mark.parametrize("text, where, field", [
    ('{"colour": 1}', "config", "colour"),
    ('{"data": {"dataset": "circle", "points": 5}}', "data", "points"),
    ('{"network": {"hidden": [{"units": 3, "act": "tanh"}]}}', "network.hidden", "act"),
])
def test_unknown_fields_are_named(text, where, field):
    with pytest.raises(ValueError) as info:
        ExperimentConfig.from_json(text)
    assert where in str(info.value) and field in str(info.value)


def test_derived_output_activation_and_loss():
    base = ExperimentConfig()
    assert (base.output_activation, base.loss) == ("sigmoid", "binary_crossentropy")
    multi = base.with_dataset("blobs")
    assert (multi.training.problem, multi.output_activation, multi.loss) == (
        "multiclass", "softmax", "categorical_crossentropy")
    reg = base.with_dataset("plane")
    assert (reg.output_activation, reg.loss) == ("linear", "mse")
    custom = base.with_network(output_activation="tanh").with_training(loss="mse")
    assert (custom.output_activation, custom.loss) == ("tanh", "mse")


def test_with_dataset_keeps_a_compatible_problem():
    two_way = ExperimentConfig().with_training(problem="multiclass")
    assert two_way.with_dataset("xor").training.problem == "multiclass"
    assert two_way.with_dataset("sine").training.problem == "regression"


def test_with_layer_changes_one_layer():
    config = ExperimentConfig().with_layer(1, units=5, dropout=0.5)
    assert config.network.hidden[1] == LayerConfig(5, "tanh", 0.5, False)
    assert config.network.units == (4, 5)


@pytest.mark.parametrize("text, named, shown", [
    ('{"network": {"hidden": 5}}', "network.hidden", "5"),
    ('{"network": {"hidden": "4,2"}}', "network.hidden", "'4,2'"),
    ('{"network": {"hidden": [5]}}', "network.hidden[0]", "5"),
    ('{"network": {"hidden": [{"units": 2}, {"units": "a"}]}}', "network.hidden[1].units",
     "'a'"),
    ('{"data": {"features": 5}}', "data.features", "5"),
    ('{"data": {"features": "x1"}}', "data.features", "'x1'"),
    ('{"data": {"noise": "a"}}', "data.noise", "'a'"),
    ('{"training": {"batch_size": 2.5}}', "training.batch_size", "2.5"),
])
def test_json_of_the_wrong_type_names_the_field_and_what_it_got(text, named, shown):
    with pytest.raises(TypeError) as info:
        ExperimentConfig.from_json(text)
    message = str(info.value)
    assert message.startswith(named + " ") and shown in message, message


def test_python_api_wrong_containers_name_the_field():
    with pytest.raises(TypeError, match=r"^hidden must be a list of layers, got 5"):
        NetworkConfig(hidden=5)
    with pytest.raises(TypeError, match=r"^hidden\[0\] must be a layer"):
        NetworkConfig(hidden=[5])
    with pytest.raises(TypeError, match=r"^features must be a list of feature names, got 5"):
        DataConfig(features=5)


def test_with_dataset_follows_the_data_there_and_back():
    multi = ExperimentConfig().with_network(output_activation="tanh").with_dataset("blobs")
    assert multi.training.problem == "multiclass"
    assert (multi.output_activation, multi.loss) == ("softmax", "categorical_crossentropy")
    back = multi.with_dataset("circle")
    assert (back.training.problem, back.output_activation) == ("binary", "sigmoid")
    assert back.with_dataset("plane").with_dataset("spiral").training.problem == "binary"
    # A hand-chosen loss survives a dataset change that keeps the problem type.
    kept = ExperimentConfig().with_training(loss="mse").with_dataset("xor")
    assert kept.training.loss == "mse"


def test_raw_gates_defaults_to_the_course_corners_and_survives_json():
    assert DataConfig().raw_gates is True
    config = ExperimentConfig().with_dataset("and", raw_gates=False)
    assert json.loads(config.to_json())["data"]["raw_gates"] is False
    assert ExperimentConfig.from_json(config.to_json()) == config
    assert ExperimentConfig.from_json('{"data": {"dataset": "or"}}').data.raw_gates is True
    with pytest.raises(TypeError, match=r"data\.raw_gates.*'yes'"):
        ExperimentConfig.from_json('{"data": {"raw_gates": "yes"}}')
