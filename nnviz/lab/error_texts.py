"""The English templates of the lab's error messages, for the app to translate.

As :mod:`nnviz.data.error_texts`: the lab imports no Qt, its errors stay English, and the app
recognises each message by its template and shows it translated (``ERROR_CONTEXT``).
"""
from __future__ import annotations

from nnviz.data.error_texts import ERROR_CONTEXT  # noqa: F401 - one context for all errors

# A config field that is not valid ({name} is its dotted path, e.g. config.training.epochs).
FIELD_MUST_BE = "{name} must be {expected}, got {value}"
FIELD_NOT_INTEGER = "{name} must be an integer, got {value}"
FIELD_NOT_NUMBER = "{name} must be a number, got {value}"
FIELD_NOT_LIST = "{name} must be a list of {items}, got {value}"
FIELD_NOT_ONE_OF = "{name} must be one of {choices}, got {value}"
FIELD_NOT_OBJECT = "{name} must be a JSON object, got {kind} {value}"
FIELD_UNKNOWN = "{name} has unknown field(s) {unknown}; known: {known}"
CONFIG_NOT_JSON = "config is not valid JSON: {reason}"
# What {expected} says about a number.
IN_CLOSED_RANGE = "in [{lo}, {hi}]"
IN_HALF_OPEN_RANGE = "in ({lo}, {hi}]"
TRUE_OR_FALSE = "True or False"

# A weight set by hand that the model refuses (an index that is not whole: FIELD_NOT_INTEGER).
WEIGHT_NO_LAYER = ("dense_index={index} is out of range: the model has {count} Dense layers "
                   "(0..{last})")
WEIGHT_NO_ROW = ("row={row} is out of range for Dense layer {index} with {count} inputs "
                 "(0..{last}, or -1 for the bias)")
WEIGHT_NO_COLUMN = ("col={col} is out of range for Dense layer {index} with {count} units "
                    "(0..{last})")
WEIGHT_NOT_NUMBER = "value must be a number, got {value}"
WEIGHT_NOT_FINITE = "value must be a finite number, got {value}"
# Raised in nnviz/lab/session.py (Session.set_weight), written out there.
WEIGHT_TOO_LARGE = ("value {value} is too large for the model's {dtype} weights: the largest "
                    "they hold is ±{limit}")
