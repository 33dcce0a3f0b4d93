"""The searchable parameters: parsing value lists, clear refusals, and each one's config edit."""
import pytest

from nnviz.lab.config import ExperimentConfig, LayerConfig
from nnviz.lab.search import SEARCH_PARAMETERS, SearchParameterError, search_parameter

BASE = ExperimentConfig()  # hidden [4 tanh, 2 tanh], sgd, learning rate 0.03


def test_every_parameter_of_the_issue_is_registered():
    assert SEARCH_PARAMETERS.names() == [
        "learning_rate", "units", "layers", "batch_size", "regularization_rate", "dropout",
        "optimizer", "activation", "initializer"]


@pytest.mark.parametrize("name, text, expected", [
    ("learning_rate", "0.001, 0.01,0.1", (0.001, 0.01, 0.1)),
    ("lr", "3e-2", (0.03,)),
    ("units", "2,4,8", (2, 4, 8)),
    ("layers", "0,1,3", (0, 1, 3)),
    ("batch_size", "1;10;50", (1, 10, 50)),
    ("regularization_rate", "0, 0.01", (0.0, 0.01)),
    ("dropout", "0,0.5", (0.0, 0.5)),
    ("optimizer", "SGD, Adam", ("sgd", "adam")),
    ("activation", "relu,tanh", ("relu", "tanh")),
    ("initializer", "zeros, he_normal", ("zeros", "he_normal")),
])
def test_value_lists_parse_to_checked_canonical_values(name, text, expected):
    assert search_parameter(name).parse(text) == expected


@pytest.mark.parametrize("name, text, message", [
    ("learning_rate", "0.01, abc", "learning_rate: 'abc' is not a number"),
    ("learning_rate", "0, 0.1", "learning_rate: '0' is outside (0, 100]"),
    ("learning_rate", "nan", "learning_rate: 'nan' is outside"),
    ("units", "2, 4.5", "units: '4.5' is not a whole number"),
    ("units", "17", "units: '17' is outside 1 to 16"),
    ("layers", "9", "layers: '9' is outside 0 to 8"),
    ("dropout", "0.95", "dropout: '0.95' is outside [0, 0.9]"),
    ("optimizer", "adam, nadam", "optimizer: 'nadam' is not one of sgd, adagrad, rmsprop, adam"),
    ("activation", "softmax", "activation: 'softmax' is not one of step, linear"),
    ("units", " , ", "units: no values given; for example units=2, 4, 8"),
    ("units", "2, 4, 2", "units: 2 is listed twice"),
    ("batch_size", ",".join(str(i) for i in range(1, 14)), "13 values is more than the 12"),
])
def test_bad_values_are_refused_naming_parameter_and_value(name, text, message):
    with pytest.raises(SearchParameterError) as info:
        search_parameter(name).parse(text)
    assert message in str(info.value)


def test_an_unknown_parameter_is_refused_with_the_list_of_known_ones():
    with pytest.raises(SearchParameterError, match="unknown parameter 'momentum'; choose from "
                                                   "learning_rate, units, layers"):
        search_parameter("momentum")


def test_units_dropout_and_activation_change_every_hidden_layer():
    units = search_parameter("units").apply(BASE, 8)
    assert units.network.units == (8, 8)
    dropped = search_parameter("dropout").apply(BASE, 0.3)
    assert [h.dropout for h in dropped.network.hidden] == [0.3, 0.3]
    relu = search_parameter("activation").apply(BASE, "relu")
    assert [h.activation for h in relu.network.hidden] == ["relu", "relu"]
    # Nothing else moves.
    assert units.with_network(hidden=BASE.network.hidden) == BASE


def test_units_on_a_network_without_hidden_layers_adds_one():
    assert search_parameter("units").apply(BASE.with_network(hidden=()), 3).network.units == (3,)


def test_layers_keeps_the_first_ones_and_copies_the_last():
    config = BASE.with_network(hidden=(LayerConfig(5, "relu"), LayerConfig(3, "elu")))
    layers = search_parameter("layers")
    assert layers.apply(config, 1).network.hidden == (LayerConfig(5, "relu"),)
    assert layers.apply(config, 3).network.hidden == (
        LayerConfig(5, "relu"), LayerConfig(3, "elu"), LayerConfig(3, "elu"))
    assert layers.apply(config, 0).network.hidden == ()


def test_a_regularization_rate_switches_l2_on_only_when_there_is_none():
    reg = search_parameter("regularization_rate")
    assert (reg.apply(BASE, 0.01).network.regularizer, reg.apply(BASE, 0.0).network.regularizer) \
        == ("l2", "none")
    l1 = BASE.with_network(regularizer="l1")
    assert reg.apply(l1, 0.1).network.regularizer == "l1"
    assert reg.apply(l1, 0.1).network.regularization_rate == 0.1


def test_training_parameters_land_in_the_training_config():
    assert search_parameter("learning_rate").apply(BASE, 0.3).training.learning_rate == 0.3
    assert search_parameter("batch_size").apply(BASE, 25).training.batch_size == 25
    assert search_parameter("optimizer").apply(BASE, "adam").training.optimizer == "adam"
    assert search_parameter("initializer").apply(BASE, "zeros").network.initializer == "zeros"


@pytest.mark.parametrize("entry", list(SEARCH_PARAMETERS), ids=lambda e: e.name)
def test_every_default_list_parses_and_applies(entry):
    spec = entry.value
    for value in spec.parse(spec.defaults):
        assert isinstance(spec.apply(BASE, value), ExperimentConfig)
