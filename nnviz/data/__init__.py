"""Datasets for nnviz: generated 2-D datasets, input features, train/test split, CSV import.

Imports NumPy and :mod:`nnviz.engine.registry` only — never Qt.
"""
from nnviz.data.csv_import import MAX_BYTES, CsvData, CsvError, CsvTable, load_csv, read_table
from nnviz.data.features import DEFAULT_FEATURES, FEATURES, feature_names, make_features
from nnviz.data.generators import GATE_INPUTS, GATE_TABLE
from nnviz.data.spec import (DATASETS, GATE_PLANE, MAX_CLASSES, MAX_NOISE, MAX_POINTS,
                             MIN_CLASSES, PLANE, PROBLEMS, DatasetSpec, make_dataset)
from nnviz.data.split import class_ids, one_hot, train_size, train_test_split

__all__ = [
    "DATASETS", "DatasetSpec", "make_dataset", "PROBLEMS", "PLANE", "GATE_PLANE", "MAX_POINTS",
    "MAX_NOISE",
    "MIN_CLASSES", "MAX_CLASSES", "GATE_INPUTS", "GATE_TABLE",
    "FEATURES", "DEFAULT_FEATURES", "feature_names", "make_features",
    "train_test_split", "train_size", "one_hot", "class_ids",
    "load_csv", "read_table", "CsvData", "CsvTable", "CsvError", "MAX_BYTES",
]
