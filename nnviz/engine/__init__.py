"""nnviz.engine: a pure-NumPy neural-network engine with the Keras API the course uses.

Course code runs after changing only the import: ``import nnviz.engine as keras`` (or the prefix
``tensorflow.keras`` -> ``nnviz.engine``).
"""
from . import (activations, backend, callbacks, gradcheck, initializers, layers, losses, metrics,
               optimizers, regularizers, schedules, utils)
from . import models, saving  # noqa: I001 - after layers (models imports them)
from .backend import set_random_seed
from .layers import Activation, BatchNormalization, Dense, Dropout, Flatten, Input, InputLayer
from .models import Model, Sequential, load_model
from .perceptron import Perceptron

__all__ = ["Sequential", "Model", "Input", "InputLayer", "Dense", "Dropout",
           "BatchNormalization", "Activation", "Flatten", "Perceptron", "load_model",
           "set_random_seed", "activations", "backend", "callbacks", "gradcheck",
           "initializers", "layers", "losses", "metrics", "models", "optimizers",
           "regularizers", "saving", "schedules", "utils"]
