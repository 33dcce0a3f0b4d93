"""nnviz.engine: a pure-NumPy neural-network engine with the Keras API the course uses.

Course code runs after changing only the import prefix (``tensorflow.keras`` -> ``nnviz.engine``).
"""
from . import (activations, backend, callbacks, gradcheck, initializers, layers, losses, metrics,
               optimizers, regularizers, schedules)
from .backend import set_random_seed
from .layers import BatchNormalization, Dense, Dropout
from .models import Sequential
from .perceptron import Perceptron

__all__ = ["Sequential", "Dense", "Dropout", "BatchNormalization", "Perceptron",
           "set_random_seed", "activations", "backend", "callbacks", "gradcheck", "initializers",
           "layers", "losses", "metrics", "optimizers", "regularizers", "schedules"]
