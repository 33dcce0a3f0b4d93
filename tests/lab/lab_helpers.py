"""Small configs shared by the lab tests."""
from dataclasses import replace

from nnviz.lab.config import ExperimentConfig, LayerConfig

FAST = ExperimentConfig().with_data(n_points=200)


def regression(**training) -> ExperimentConfig:
    """The 'plane' regression dataset with ReLU layers (easy to blow up on purpose)."""
    config = ExperimentConfig().with_dataset("plane", n_points=200)
    config = config.with_network(hidden=(LayerConfig(4, "relu"), LayerConfig(2, "relu")))
    return replace(config, training=replace(config.training, **training))


def linear(dataset="circle", **data) -> ExperimentConfig:
    """No hidden layer: one sigmoid output neuron over the raw coordinates."""
    return ExperimentConfig().with_dataset(dataset, **data).with_network(hidden=())
