"""Exports that need no window: Keras scripts with their data, and weight files."""
from .keras_script import FLAVOURS, keras_script, write_data_csv, write_keras_script
from .weights_files import (read_weights_npz, weight_names, weights_from_json, weights_to_json,
                            write_weights_json, write_weights_npz)

__all__ = ["FLAVOURS", "keras_script", "write_data_csv", "write_keras_script",
           "read_weights_npz", "weight_names", "weights_from_json", "weights_to_json",
           "write_weights_json", "write_weights_npz"]
