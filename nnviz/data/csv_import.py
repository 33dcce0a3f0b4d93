"""Load a learner's own data from a CSV file: feature columns, then one label column.

Everything is checked before anything is returned, so a bad file never half-loads; each
rejection names the line and column to fix.
"""
from __future__ import annotations

import csv
import io
import math
import os
import re
from dataclasses import dataclass

import numpy as np

from nnviz.data import error_texts as texts
from nnviz.data.spec import MAX_CLASSES

MAX_BYTES = 5_000_000

_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+")


class CsvError(ValueError):
    """A CSV file nnviz cannot load.

    Attributes
    ----------
    line : int or None
        1-based line in the file, or ``None`` when the problem is the whole file.
    column : int or None
        1-based column, or ``None`` when the problem is a whole line or the whole file.
    """

    def __init__(self, message: str, line: int | None = None, column: int | None = None,
                 column_name: str | None = None):
        if line is not None and column is not None:
            where = texts.AT_LINE_COLUMN_NAMED if column_name else texts.AT_LINE_COLUMN
        elif line is not None:
            where = texts.AT_LINE
        elif column is not None:
            where = texts.AT_COLUMN_NAMED if column_name else texts.AT_COLUMN
        else:
            where = "{message}"
        super().__init__(where.format(line=line, column=column, column_name=repr(column_name),
                                      message=message))
        self.line = line
        self.column = column


@dataclass(frozen=True)
class CsvData:
    """A loaded CSV file. The arrays are read-only, so a ``CsvData`` can be shared freely.

    Attributes
    ----------
    x : ndarray of float64, shape (n, n_features)
        The feature columns, unscaled.
    y : ndarray, shape (n,)
        int64 class ids 0 … k−1 (indexes into ``class_names``), or float64 regression targets.
    feature_names : tuple of str
        From the header, or ``x1``, ``x2``, … without one.
    class_names : tuple of str or None
        Labels as written in the file, sorted (numerically when they are numbers);
        ``None`` for regression.
    problem : {"binary", "multiclass", "regression"}
    label_name : str
        The label column's header, or ``"label"``.
    """

    x: np.ndarray
    y: np.ndarray
    feature_names: tuple[str, ...]
    class_names: tuple[str, ...] | None
    problem: str
    label_name: str = "label"

    @property
    def n_classes(self) -> int | None:
        return None if self.class_names is None else len(self.class_names)


def load_csv(path_or_text: str | os.PathLike | bytes, *, max_bytes: int = MAX_BYTES,
             features: tuple[int, ...] | None = None, label: int | None = None,
             problem: str | None = None) -> CsvData:
    """Read points and labels from CSV.

    By default every column but the last is a numeric feature and the last column is the
    label; ``features`` and ``label`` choose other columns (the rest are ignored, unchecked).
    The first row is a header when none of its feature cells is a number. Commas separate
    cells (semicolons or tabs when the first line has no comma); blank lines are skipped;
    UTF-8, with or without a byte-order mark.

    The label decides the problem: any text label, or whole numbers written without a decimal
    point (``0``, ``1``, ``-1``), make classes; decimal labels are classes only when they are a
    few (≤ 6) whole values such as ``0.0``/``1.0``, and regression targets otherwise; whole
    numbers without a decimal point with more than 6 distinct values are regression unless they
    run 0, 1, 2, … or 1, 2, 3, … like class ids.

    Parameters
    ----------
    path_or_text : str, os.PathLike or bytes
        A path (a ``PathLike``, or a ``str`` without a line break), the CSV text itself (a
        ``str`` with a line break), or the file's bytes.
    max_bytes : int
        Larger files are rejected before being read.
    features : tuple of int, optional
        0-based indexes of the feature columns, in order; all but the label by default.
    label : int, optional
        0-based index of the label column; the last by default.
    problem : {"classification", "regression"}, optional
        Read the labels as classes or as values to predict instead of deciding from them.

    Returns
    -------
    CsvData

    Raises
    ------
    CsvError
        With ``.line`` and ``.column`` (1-based, or ``None``) for: an empty file or no data
        rows, a file over ``max_bytes``, bytes that are not UTF-8, rows of different lengths,
        fewer than one feature column, non-numeric or empty cells, NaN or infinity, a class
        with fewer than 2 points, one class only, or more than 6 classes.
    OSError
        The file cannot be read.
    """
    rows = _table(_text(path_or_text, max_bytes))
    first_line, first = rows[0]
    width = len(first)
    li, columns = _columns(width, features, label)
    if problem not in (None, "classification", "regression"):
        raise ValueError(f"problem must be 'classification' or 'regression', got {problem!r}")
    header = all(_number(first[j]) is None for j in columns)
    names = [first[j] if header and first[j] else f"x{k + 1}" for k, j in enumerate(columns)]
    label_name = first[li] if header and first[li] else "label"
    data = rows[1:] if header else rows
    if len(data) < 2:
        # Name the line where the missing row should be: the one after the last row read.
        if header:
            template = (texts.CSV_ONE_ROW_AFTER_HEADER if len(data) == 1
                        else texts.CSV_FEW_ROWS_AFTER_HEADER)
        else:
            template = texts.CSV_ONE_ROW if len(data) == 1 else texts.CSV_FEW_ROWS
        raise CsvError(template.format(count=len(data), line=first_line), line=rows[-1][0] + 1)

    heading = first if header else [None] * width
    x = np.empty((len(data), len(columns)))
    for i, (line, cells) in enumerate(data):
        for k, j in enumerate(columns):
            x[i, k] = _finite(cells[j], line, j + 1, heading[j], texts.CSV_WHAT_FEATURE)
    y, class_names, problem = _labels(data, li, heading[li], problem)
    x.setflags(write=False)
    y.setflags(write=False)
    return CsvData(x, y, tuple(names), class_names, problem, label_name)


@dataclass(frozen=True)
class CsvTable:
    """A CSV file's cells, read without judging them: for a preview and to choose columns.

    Attributes
    ----------
    names : tuple of str
        One per column: the header's cells, or ``column 1``, ``column 2``, … without one.
    header : bool
        Whether the first row is a header (none of its cells is a number).
    rows : tuple of (int, tuple of str)
        The data rows as (1-based line, cells).
    text : str
        The whole file, to load with :func:`load_csv` (pass ``text.encode()``).
    """

    names: tuple[str, ...]
    header: bool
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    text: str


def read_table(path_or_text: str | os.PathLike | bytes, *,
               max_bytes: int = MAX_BYTES) -> CsvTable:
    """The cells of a CSV file; :class:`CsvError` (naming the line) for an empty file, bytes
    that are not UTF-8, a file over ``max_bytes`` or rows of different lengths. The cells
    themselves are checked by :func:`load_csv`, for the columns chosen."""
    text = _text(path_or_text, max_bytes)
    rows = _table(text)
    first = rows[0][1]
    header = all(_number(cell) is None for cell in first)
    names = tuple(cell if header and cell else f"column {j + 1}" for j, cell in enumerate(first))
    data = rows[1:] if header else rows
    return CsvTable(names, header, tuple((line, tuple(cells)) for line, cells in data), text)


def _table(text: str) -> list[tuple[int, list[str]]]:
    """The non-blank rows, checked to be at least 2 cells wide and all of the same width."""
    rows = _rows(text)
    if not rows:
        raise CsvError(texts.CSV_EMPTY, line=1)
    first_line, first = rows[0]
    width = len(first)
    if width < 2:
        raise CsvError(texts.CSV_ONE_COLUMN.format(width=width), line=first_line)
    for line, cells in rows:
        if len(cells) != width:
            column = min(len(cells), width) + 1  # the first missing or first extra cell
            raise CsvError(texts.CSV_RAGGED.format(cells=len(cells), line=first_line, width=width),
                           line=line, column=column)
    return rows


def _text(source: str | os.PathLike | bytes, max_bytes: int) -> str:
    """The file's text, checked for size and encoding."""
    limit = _size(max_bytes)
    if isinstance(source, str) and ("\n" in source or "\r" in source):
        if len(source.encode("utf-8", "surrogatepass")) > max_bytes:
            raise CsvError(texts.CSV_TEXT_TOO_LARGE.format(limit=limit))
        return source.lstrip("\ufeff")
    if isinstance(source, (bytes, bytearray)):
        raw = bytes(source)
    else:
        size = os.path.getsize(source)
        if size > max_bytes:
            raise CsvError(texts.CSV_FILE_TOO_LARGE.format(size=_size(size), limit=limit))
        with open(source, "rb") as handle:
            raw = handle.read(max_bytes + 1)  # the file may have grown since getsize
    if len(raw) > max_bytes:
        raise CsvError(texts.CSV_FILE_OVER_LIMIT.format(limit=limit))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column_start = raw.rfind(b"\n", 0, exc.start) + 1
        cell = raw.count(_delimiter_guess(raw), column_start, exc.start) + 1
        raise CsvError(texts.CSV_NOT_UTF8.format(byte=f"{raw[exc.start]:02x}"), line=line,
                       column=cell) from None


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1_000_000 else f"{n:,} bytes"


def _delimiter_guess(raw: bytes) -> bytes:
    first = raw.split(b"\n", 1)[0]
    return next((d for d in (b",", b";", b"\t") if d in first), b",")


def _rows(text: str) -> list[tuple[int, list[str]]]:
    """Non-blank rows as (line number, stripped cells)."""
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    delimiter = next((d for d in (",", ";", "\t") if d in first), ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = []
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return rows
        except csv.Error as exc:
            raise CsvError(texts.CSV_BAD_ROW.format(reason=exc), line=start) from None
        cells = [cell.strip() for cell in cells]
        if any(cells):
            # A quoted cell can span lines; report the line where the row starts.
            rows.append((start, cells))


def _number(cell: str) -> float | None:
    """The cell as a float (NaN and infinity included), or ``None`` if it is not a number."""
    if "_" in cell:  # Python's float() accepts 1_000; a spreadsheet would not
        return None
    try:
        return float(cell)
    except ValueError:
        return None


def _finite(cell: str, line: int, column: int, name: str | None, what: str) -> float:
    value = _number(cell)
    if value is None:
        if not cell:
            raise CsvError(texts.CSV_EMPTY_CELL.format(what=what), line, column, name)
        template = (texts.CSV_DECIMAL_COMMA if _DECIMAL_COMMA.fullmatch(cell)
                    else texts.CSV_NOT_A_NUMBER)
        raise CsvError(template.format(cell=repr(cell), what=what), line, column, name)
    if not math.isfinite(value):
        raise CsvError(texts.CSV_NOT_FINITE.format(cell=repr(cell)), line, column, name)
    return value


def _columns(width: int, features, label) -> tuple[int, list[int]]:
    """The label's index and the feature columns' indexes, checked against ``width``."""
    li = width - 1 if label is None else label
    if isinstance(li, bool) or not isinstance(li, int) or not 0 <= li < width:
        raise CsvError(texts.CSV_NO_LABEL_COLUMN.format(label=repr(label), width=width))
    if features is None:
        return li, [j for j in range(width) if j != li]
    columns = list(features)
    for j in columns:
        if isinstance(j, bool) or not isinstance(j, int) or not 0 <= j < width:
            raise CsvError(texts.CSV_NO_FEATURE_COLUMN.format(column=repr(j), width=width))
    if not columns or li in columns or len(set(columns)) != len(columns):
        raise CsvError(texts.CSV_BAD_COLUMNS)
    return li, columns


def _labels(data: list[tuple[int, list[str]]], li: int, name: str | None,
            problem: str | None = None) -> tuple[np.ndarray, tuple[str, ...] | None, str]:
    """Class ids and names, or regression targets, from column ``li``."""
    width = li + 1  # the label's 1-based column, for messages
    cells = [cells[li] for _, cells in data]
    lines = [line for line, _ in data]
    for line, cell in zip(lines, cells):
        if not cell:
            raise CsvError(texts.CSV_EMPTY_LABEL, line, width, name)
    values = [_number(cell) for cell in cells]
    if problem == "regression":
        targets = [_finite(cell, line, width, name, texts.CSV_WHAT_TARGET)
                   for line, cell in zip(lines, cells)]
        return np.array(targets, dtype=np.float64), None, "regression"
    if any(v is None for v in values):  # text labels: classes named as written
        return _classes(cells, lines, width, name, sorted(set(cells)), dict(zip(cells, cells)))

    for line, cell, value in zip(lines, cells, values):
        _finite(cell, line, width, name, texts.CSV_WHAT_LABEL)
    distinct = sorted(set(values))
    whole = all(v == int(v) for v in distinct)
    if all(_INTEGER.fullmatch(cell) for cell in cells):
        counting = distinct[0] in (0, 1) and distinct[-1] - distinct[0] + 1 == len(distinct)
        regression = len(distinct) > MAX_CLASSES and not counting
    else:
        regression = len(distinct) > MAX_CLASSES or not whole
    if problem == "classification":
        regression = False
        if not whole:  # "0.5" and "0.50" are one class; keep the label as first written
            spelled = {}
            for value, cell in zip(values, cells):
                spelled.setdefault(float(value), cell)
            return _classes([float(v) for v in values], lines, width, name, distinct, spelled)
    if regression:
        return np.array(values, dtype=np.float64), None, "regression"
    keys = [float(v) for v in values]
    spelled = {key: str(int(key)) for key in distinct}  # "1.0" and "1" are the same class
    return _classes(keys, lines, width, name, distinct, spelled)


def _classes(keys: list, lines: list[int], width: int, name: str | None, order: list,
             spelled: dict) -> tuple[np.ndarray, tuple[str, ...], str]:
    """Class ids in ``order`` for the label ``keys``, after checking the class counts."""
    if len(order) > MAX_CLASSES:
        seen: dict = {}
        for line, key in zip(lines, keys):
            seen.setdefault(key, line)
            if len(seen) > MAX_CLASSES:
                template = (texts.CSV_TOO_MANY_CLASSES_NUMBERS if isinstance(key, float)
                            else texts.CSV_TOO_MANY_CLASSES)
                raise CsvError(template.format(label=repr(spelled[key]), nth=len(seen),
                                               limit=MAX_CLASSES), line, width, name)
    if len(order) < 2:
        raise CsvError(texts.CSV_ONE_CLASS.format(label=repr(spelled[order[0]])), column=width,
                       column_name=name)
    index = {key: i for i, key in enumerate(order)}
    ids = np.array([index[key] for key in keys], dtype=np.int64)
    counts = np.bincount(ids, minlength=len(order))
    for i, key in enumerate(order):
        if counts[i] < 2:
            line = lines[int(np.argmax(ids == i))]
            raise CsvError(texts.CSV_LONELY_CLASS.format(label=repr(spelled[key])), line, width,
                           name)
    names = tuple(spelled[key] for key in order)
    return ids, names, "binary" if len(order) == 2 else "multiclass"
