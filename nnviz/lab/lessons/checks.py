"""Task checks: data that says when a lesson's "try this" task is done.

A check is a JSON object ``{"kind": ..., ...}``; :data:`CHECK_KINDS` is the registry of kinds,
each with the fields it takes and a test on ``(config, snapshot)``. :func:`validate_check`
refuses a malformed check with a message naming the field; :func:`check_met` evaluates one.
Checks are cheap (a few comparisons) so the browser evaluates them on every snapshot.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Callable

from nnviz.lab.snapshot import (STATUS_DIVERGED, STATUS_ERROR, STATUS_IDLE, STATUS_RUNNING,
                                STATUS_UNSTABLE)

STATUSES = (STATUS_IDLE, STATUS_RUNNING, STATUS_UNSTABLE, STATUS_DIVERGED, STATUS_ERROR)


class CheckError(ValueError):
    """A check that is not well formed; ``field`` names where (``tasks[1].check.value``)."""

    def __init__(self, message: str, field: str = ""):
        self.field = field
        super().__init__(f"{field}: {message}" if field else message)


@dataclass(frozen=True)
class CheckKind:
    """One kind of check: the fields it needs besides ``kind`` and its test."""

    name: str
    fields: dict[str, str]                     # field -> "number", "fraction", "count", ...
    test: Callable[[dict, Any, Any], bool]     # (check, config, snapshot) -> met?
    needs_snapshot: bool = True


def _fresh(config, snapshot) -> bool:
    """The snapshot describes this config's model (not one from before a lesson switch)."""
    if snapshot is None:
        return False
    return snapshot.config is None or config is None or snapshot.config == config


def _last(values) -> float:
    return float(values[-1]) if values is not None and len(values) else math.nan


def _below(a: float, b: float) -> bool:
    return math.isfinite(a) and math.isfinite(b) and a < b


def _lookup(config, path: str):
    """``config``'s value at a dotted path such as ``training.optimizer`` or
    ``network.hidden[0].activation``; KeyError when there is no such field."""
    value = config
    for part in path.split("."):
        name, _, index = part.partition("[")
        if not hasattr(value, name):
            raise KeyError(path)
        value = getattr(value, name)
        if index:
            i = int(index.rstrip("]"))
            if not -len(value) <= i < len(value):
                raise KeyError(path)
            value = value[i]
    return value


def _config_equals(check, config, snapshot) -> bool:
    try:
        value = _lookup(config, check["field"])
    except KeyError:
        return False
    want = check["value"]
    if isinstance(value, tuple):
        value = list(value)
    if isinstance(want, (int, float)) and isinstance(value, (int, float)) \
            and not isinstance(want, bool):
        return math.isclose(float(value), float(want), rel_tol=1e-9)
    return value == want


def _config_greater(check, config, snapshot) -> bool:
    try:
        value = _lookup(config, check["field"])
    except KeyError:
        return False
    return isinstance(value, (int, float)) and float(value) > check["value"]


def _all_of(check, config, snapshot) -> bool:
    return all(check_met(c, config, snapshot) for c in check["checks"])


def _any_of(check, config, snapshot) -> bool:
    return any(check_met(c, config, snapshot) for c in check["checks"])


_KINDS = (
    CheckKind("test_loss_below_baseline", {},
              lambda c, cfg, s: _below(s.last_test_loss, s.baseline_loss)),
    CheckKind("train_loss_below_baseline", {},
              lambda c, cfg, s: _below(s.last_train_loss, s.baseline_loss)),
    CheckKind("test_loss_below", {"value": "number"},
              lambda c, cfg, s: _below(s.last_test_loss, c["value"])),
    CheckKind("train_loss_below", {"value": "number"},
              lambda c, cfg, s: _below(s.last_train_loss, c["value"])),
    CheckKind("test_accuracy_at_least", {"value": "fraction"},
              lambda c, cfg, s: _last(s.test_metric) >= c["value"]),
    CheckKind("train_accuracy_at_least", {"value": "fraction"},
              lambda c, cfg, s: _last(s.train_metric) >= c["value"]),
    CheckKind("status_is", {"value": "status"}, lambda c, cfg, s: s.status == c["value"]),
    CheckKind("epoch_at_least", {"value": "count"}, lambda c, cfg, s: s.epoch >= c["value"]),
    CheckKind("hidden_layers_at_least", {"value": "count"},
              lambda c, cfg, s: len(cfg.network.hidden) >= c["value"], needs_snapshot=False),
    CheckKind("config_equals", {"field": "path", "value": "any"}, _config_equals,
              needs_snapshot=False),
    CheckKind("config_greater_than", {"field": "path", "value": "number"}, _config_greater,
              needs_snapshot=False),
    CheckKind("all_of", {"checks": "checks"}, _all_of, needs_snapshot=False),
    CheckKind("any_of", {"checks": "checks"}, _any_of, needs_snapshot=False),
)
#: Every kind of check, by name.
CHECK_KINDS: dict[str, CheckKind] = {k.name: k for k in _KINDS}


def validate_check(check, where: str = "check") -> dict:
    """``check`` itself when it is a well-formed check; :class:`CheckError` naming the field."""
    if not isinstance(check, dict):
        raise CheckError(f"must be an object such as {{\"kind\": \"epoch_at_least\", "
                         f"\"value\": 10}}, got {check!r}", where)
    kind = CHECK_KINDS.get(check.get("kind"))
    if kind is None:
        raise CheckError(f"unknown kind {check.get('kind')!r}; known: "
                         f"{', '.join(CHECK_KINDS)}", f"{where}.kind")
    unknown = sorted(set(check) - {"kind"} - set(kind.fields))
    if unknown:
        raise CheckError(f"unknown field(s) {', '.join(unknown)} for {kind.name}", where)
    for name, expected in kind.fields.items():
        if name not in check:
            raise CheckError(f"{kind.name} needs this field", f"{where}.{name}")
        _validate_field(check[name], expected, f"{where}.{name}")
    return check


def _validate_field(value, expected: str, where: str) -> None:
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected == "number" and not (number and math.isfinite(value)):
        raise CheckError(f"must be a finite number, got {value!r}", where)
    if expected == "fraction" and not (number and 0 <= value <= 1):
        raise CheckError(f"must be a number from 0 to 1, got {value!r}", where)
    if expected == "count" and not (isinstance(value, int) and not isinstance(value, bool)
                                    and value >= 0):
        raise CheckError(f"must be a whole number >= 0, got {value!r}", where)
    if expected == "status" and value not in STATUSES:
        raise CheckError(f"must be one of {', '.join(STATUSES)}, got {value!r}", where)
    if expected == "path":
        from nnviz.lab.config import ExperimentConfig
        try:
            if isinstance(value, str):  # any index is checked as the first layer's
                _lookup(ExperimentConfig(), re.sub(r"\[\d+\]", "[0]", value))
        except (KeyError, ValueError):
            raise CheckError(f"no such config field {value!r}", where) from None
        if not isinstance(value, str):
            raise CheckError(f"must be a dotted config field such as "
                             f"\"training.optimizer\", got {value!r}", where)
    if expected == "checks":
        if not isinstance(value, list) or not value:
            raise CheckError("must be a non-empty list of checks", where)
        for i, c in enumerate(value):
            validate_check(c, f"{where}[{i}]")


def check_met(check: dict, config, snapshot) -> bool:
    """Whether the (valid) ``check`` holds for ``config`` and its latest ``snapshot``.

    Checks on training results are False without a snapshot of ``config``'s model.
    """
    kind = CHECK_KINDS[check["kind"]]
    if kind.needs_snapshot and not _fresh(config, snapshot):
        return False
    try:
        return bool(kind.test(check, config, snapshot))
    except (TypeError, ValueError, AttributeError, IndexError):
        return False
