"""The English templates of the data package's error messages, for the app to translate.

The data package imports no Qt, so its errors are English (``str(exc)`` is what tests and the
command line read). Each message is one of these templates filled with ``str.format``; the app
recognises a message by its template (``nnviz.app.i18n.lab_messages``), translates the template
in the ``ERROR_CONTEXT`` context and fills in the same values. Change a template here and the
translation catalog follows (``packaging/update_translations.py``).
"""
from __future__ import annotations

ERROR_CONTEXT = "nnviz.errors"

# Where in a CSV file (CsvError); {column_name} is the header cell, quoted.
AT_LINE = "line {line}: {message}"
AT_LINE_COLUMN = "line {line}, column {column}: {message}"
AT_LINE_COLUMN_NAMED = "line {line}, column {column} ({column_name}): {message}"
AT_COLUMN = "column {column}: {message}"
AT_COLUMN_NAMED = "column {column} ({column_name}): {message}"

# What is wrong in a CSV file.
CSV_EMPTY = ("the file is empty: it needs a label column after at least one feature column, "
             "and at least 2 rows")
CSV_ONE_COLUMN = ("only {width} column: a CSV needs at least one feature column and the label "
                  "in the last column")
CSV_RAGGED = ("{cells} cells but line {line} has {width}; every row needs the same number of "
              "cells")
CSV_FEW_ROWS = "found {count} data rows — nnviz needs at least 2"
CSV_ONE_ROW = "found 1 data row — nnviz needs at least 2"
CSV_FEW_ROWS_AFTER_HEADER = ("found {count} data rows after the header on line {line} — nnviz "
                             "needs at least 2")
CSV_ONE_ROW_AFTER_HEADER = ("found 1 data row after the header on line {line} — nnviz needs at "
                            "least 2")
CSV_TEXT_TOO_LARGE = "the text is larger than the {limit} limit"
CSV_FILE_TOO_LARGE = "the file is {size}, over the {limit} limit"
CSV_FILE_OVER_LIMIT = "the file is over the {limit} limit"
CSV_NOT_UTF8 = "byte 0x{byte} is not UTF-8 text; save the file as UTF-8 (CSV UTF-8 in Excel)"
CSV_BAD_ROW = "cannot read this row as CSV ({reason})"
CSV_EMPTY_CELL = "empty cell; {what} needs a number here"
CSV_NOT_A_NUMBER = "{cell} is not a number; {what} must be numeric"
CSV_DECIMAL_COMMA = ("{cell} is not a number; {what} must be numeric (use a point as the decimal "
                     "separator)")
CSV_NOT_FINITE = "{cell} is not a finite number (NaN and infinity are not allowed)"
CSV_NO_LABEL_COLUMN = "there is no column {label} for the label: the file has {width} columns"
CSV_NO_FEATURE_COLUMN = "there is no column {column} for a feature: the file has {width} columns"
CSV_BAD_COLUMNS = "choose at least one feature column, each once, and not the label column"
CSV_EMPTY_LABEL = "empty label; every row needs a label in the last column"
CSV_TOO_MANY_CLASSES = "label {label} is a {nth}th class; nnviz handles at most {limit} classes"
CSV_TOO_MANY_CLASSES_NUMBERS = ("label {label} is a {nth}th class; nnviz handles at most {limit} "
                                "classes (write a quantity to predict with a decimal point, "
                                "e.g. 3.0)")
CSV_ONE_CLASS = "every row has the label {label}; classification needs at least 2 classes"
CSV_LONELY_CLASS = ("class {label} has only 1 point; each class needs at least 2 (one to train "
                    "on, one to test)")
# The cell that is wrong ({what} above).
CSV_WHAT_FEATURE = "a feature"
CSV_WHAT_LABEL = "the label"
CSV_WHAT_TARGET = "a value to predict"

# One's own points (drawn, imported or in a project).
OWN_TOO_MANY_ROWS = "the file has {count} rows; your own data holds at most {limit} points"
OWN_TOO_MANY_POINTS = "points holds {count} points; one's own data holds at most {limit}"
OWN_LABEL_COUNT = "labels must hold one label per point: {points} points, {labels} labels"
OWN_NOT_A_PAIR = "points[{index}] must be a pair of numbers [x1, x2], got {value}"
OWN_OUT_OF_PLANE = "points[{index}] must be finite numbers within ±{limit}, got {value}"
OWN_BAD_CLASS = "labels must be class numbers 0 to {last}, got {value}"
OWN_MIXED_LABELS = ("labels must be all whole class numbers (classification) or all finite "
                    "decimal values (regression), not a mix")
