"""Lesson: one step of the course as data — texts, a preset, the window around it and tasks.

A lesson file (``resources/lessons/NN_name.json``) holds::

    {"format": "nnviz-lesson", "version": 1, "id": "neuron", "order": 1,
     "title": {"en": ..., "ko": ...}, "text": {"en": ..., "ko": ...},
     "config": <ExperimentConfig JSON>, "speed": 5,
     "weights": [{"layer": 0, "row": -1, "col": 0, "value": -30}, ...],   (optional)
     "window": {"instruments": [...], "hidden_controls": [...]},
     "tasks": [{"text": {"en": ..., "ko": ...}, "check": {"kind": ...}}, ...]}

:func:`parse_lesson` refuses anything else with a :class:`LessonError` naming the file and the
field; :func:`load_lessons` reads a folder, skipping (and reporting) the files it refuses.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from nnviz.lab.config import ExperimentConfig

from .checks import CheckError, validate_check

FORMAT = "nnviz-lesson"
VERSION = 1
LANGUAGES = ("en", "ko")
FIELDS = ("format", "version", "id", "order", "title", "text", "config", "speed", "weights",
          "window", "tasks")
OPTIONAL = ("weights",)
WINDOW_FIELDS = ("instruments", "hidden_controls")
MAX_TASKS = 3
#: Steps per second a lesson may ask for: slow enough to narrate, at most what the slider has.
SPEED_RANGE = (0.5, 1000.0)
MAX_FILE_BYTES = 256_000


class LessonError(ValueError):
    """A lesson that cannot be used; the message starts with the file and the field at fault."""

    def __init__(self, message: str, field: str = "", source: str = ""):
        self.field, self.source, self.reason = field, source, message
        where = ": ".join(p for p in (source, field) if p)
        super().__init__(f"{where}: {message}" if where else message)


@dataclass(frozen=True)
class HandSetWeight:
    """One weight a lesson sets by hand: Dense layer ``layer``, input ``row`` (-1 = bias),
    unit ``col``."""

    layer: int
    row: int
    col: int
    value: float


@dataclass(frozen=True)
class Task:
    """A "try this" task: its words in each language and the check that ticks it."""

    text: dict
    check: dict

    def words(self, language: str) -> str:
        return localized(self.text, language)


@dataclass(frozen=True)
class Lesson:
    """One lesson of the course (see the module docstring for the file format)."""

    id: str
    order: int
    title: dict
    text: dict
    config: ExperimentConfig
    speed: float
    weights: tuple[HandSetWeight, ...]
    instruments: tuple[str, ...]
    hidden_controls: tuple[str, ...]
    tasks: tuple[Task, ...]
    source: str = ""

    def title_in(self, language: str) -> str:
        return localized(self.title, language)

    def text_in(self, language: str) -> str:
        return localized(self.text, language)


def localized(texts: dict, language: str) -> str:
    """The text in ``language`` ("ko", "ko_KR"...), English when there is none."""
    return texts.get((language or "en")[:2], texts["en"])


def parse_lesson(d, source: str = "") -> Lesson:
    """The lesson ``d`` (a file's parsed JSON) describes; :class:`LessonError` otherwise."""
    def fail(message, field=""):
        raise LessonError(message, field, source)

    if not isinstance(d, dict):
        fail("a lesson file must hold a JSON object")
    if d.get("format") != FORMAT:
        fail(f"this is not an nnviz lesson (expected {FORMAT!r}, got {d.get('format')!r})",
             "format")
    version = d.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= VERSION:
        fail(f"must be a whole number from 1 to {VERSION}, got {version!r}", "version")
    unknown = sorted(set(d) - set(FIELDS))
    if unknown:
        fail(f"unknown field(s) {', '.join(map(repr, unknown))}; known: {', '.join(FIELDS)}")
    missing = [f for f in FIELDS if f not in d and f not in OPTIONAL]
    if missing:
        fail(f"missing field(s) {', '.join(map(repr, missing))}")
    lesson_id = d["id"]
    if not isinstance(lesson_id, str) or not lesson_id or len(lesson_id) > 64 or \
            not all(ch.isalnum() or ch in "-_" for ch in lesson_id):
        fail(f"must be 1 to 64 letters, digits, '-' or '_', got {lesson_id!r}", "id")
    order = d["order"]
    if isinstance(order, bool) or not isinstance(order, int) or order < 0:
        fail(f"must be a whole number >= 0, got {order!r}", "order")
    title = _texts(d["title"], "title", fail, limit=120)
    text = _texts(d["text"], "text", fail, limit=4000)
    try:
        config = ExperimentConfig.from_dict(d["config"])
    except (TypeError, ValueError) as exc:
        fail(str(exc), "config")
    speed = d["speed"]
    lo, hi = SPEED_RANGE
    if isinstance(speed, bool) or not isinstance(speed, (int, float)) or \
            not (math.isfinite(speed) and lo <= speed <= hi):
        fail(f"must be steps per second from {lo:g} to {hi:g}, got {speed!r}", "speed")
    weights = _weights(d.get("weights", []), config, fail)
    window = d["window"]
    if not isinstance(window, dict) or set(window) != set(WINDOW_FIELDS):
        fail(f"must be an object with exactly {', '.join(WINDOW_FIELDS)}, got {window!r}",
             "window")
    lists = {}
    for name in WINDOW_FIELDS:
        value = window[name]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            fail(f"must be a list of names, got {value!r}", f"window.{name}")
        lists[name] = tuple(value)
    tasks = d["tasks"]
    if not isinstance(tasks, list) or not 1 <= len(tasks) <= MAX_TASKS:
        fail(f"must be a list of 1 to {MAX_TASKS} tasks", "tasks")
    parsed = []
    for i, task in enumerate(tasks):
        where = f"tasks[{i}]"
        if not isinstance(task, dict) or set(task) != {"text", "check"}:
            fail("must be an object with exactly 'text' and 'check'", where)
        words = _texts(task["text"], f"{where}.text", fail, limit=400)
        try:
            check = validate_check(task["check"], f"{where}.check")
        except CheckError as exc:
            fail(str(exc).split(": ", 1)[-1], exc.field)
        parsed.append(Task(words, check))
    return Lesson(lesson_id, order, title, text, config, float(speed), weights,
                  lists["instruments"], lists["hidden_controls"], tuple(parsed), source)


def _texts(value, where: str, fail, limit: int) -> dict:
    if not isinstance(value, dict) or set(value) != set(LANGUAGES):
        fail(f"must be an object with exactly the languages {', '.join(LANGUAGES)}, "
             f"got {value!r:.80}", where)
    for lang, words in value.items():
        if not isinstance(words, str) or not words.strip() or len(words) > limit:
            fail(f"must be text of 1 to {limit} characters", f"{where}.{lang}")
    return dict(value)


def _weights(value, config: ExperimentConfig, fail) -> tuple[HandSetWeight, ...]:
    if not isinstance(value, list):
        fail(f"must be a list of {{\"layer\", \"row\", \"col\", \"value\"}} objects, got "
             f"{value!r:.80}", "weights")
    # Fan-in and units of each Dense layer, input -> hidden ... -> output.
    sizes = [len(config.data.features), *config.network.units]
    outputs = 1 if config.training.problem != "multiclass" else config.data.n_classes
    shapes = list(zip(sizes, [*config.network.units, outputs]))
    result = []
    for i, w in enumerate(value):
        where = f"weights[{i}]"
        if not isinstance(w, dict) or set(w) != {"layer", "row", "col", "value"}:
            fail("must be an object with exactly layer, row, col and value", where)
        for key in ("layer", "row", "col"):
            if isinstance(w[key], bool) or not isinstance(w[key], int):
                fail(f"must be a whole number, got {w[key]!r}", f"{where}.{key}")
        if not 0 <= w["layer"] < len(shapes):
            fail(f"the network has Dense layers 0 to {len(shapes) - 1}", f"{where}.layer")
        fan_in, units = shapes[w["layer"]]
        if not -1 <= w["row"] < fan_in:
            fail(f"must be -1 (the bias) or an input from 0 to {fan_in - 1}", f"{where}.row")
        if not 0 <= w["col"] < units:
            fail(f"must be a unit from 0 to {units - 1}", f"{where}.col")
        number = w["value"]
        if isinstance(number, bool) or not isinstance(number, (int, float)) or \
                not math.isfinite(number) or abs(number) > 1e6:
            fail(f"must be a finite number up to 1e6, got {number!r}", f"{where}.value")
        result.append(HandSetWeight(w["layer"], w["row"], w["col"], float(number)))
    return tuple(result)


def load_lesson(path) -> Lesson:
    """The lesson in the file ``path``; :class:`LessonError` naming the file and field."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise LessonError(f"the file is larger than {MAX_FILE_BYTES} bytes", "", path.name)
        d = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LessonError(f"cannot be read: {exc.strerror or exc}", "", path.name) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LessonError(f"is not valid JSON: {exc}", "", path.name) from None
    return parse_lesson(d, path.name)


def load_lessons(folder) -> tuple[list[Lesson], list[str]]:
    """Every lesson file (``*.json``) in ``folder``, in course order, and why the others were
    skipped (one message per refused file; a second file with a used id is refused too)."""
    lessons, problems, seen = [], [], set()
    folder = Path(folder)
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    for path in files:
        try:
            lesson = load_lesson(path)
        except LessonError as exc:
            problems.append(str(exc))
            continue
        if lesson.id in seen:
            problems.append(str(LessonError(f"the id {lesson.id!r} is used by another lesson",
                                            "id", path.name)))
            continue
        seen.add(lesson.id)
        lessons.append(lesson)
    lessons.sort(key=lambda lesson: (lesson.order, lesson.id))
    return lessons, problems


def shipped_lessons() -> tuple[list[Lesson], list[str]]:
    """The lessons in nnviz's ``resources/lessons`` folder."""
    from nnviz.paths import resource
    return load_lessons(resource("lessons"))
