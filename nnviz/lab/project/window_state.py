"""WindowState: what of the window a project remembers (Qt-free, JSON round trip)."""
from __future__ import annotations

from dataclasses import dataclass, field, fields

from .errors import ProjectError

MAX_NAMES = 64
MAX_NAME_LENGTH = 64
ZOOM_RANGE = (0.25, 4.0)


@dataclass(frozen=True)
class WindowState:
    """The window around an experiment.

    Attributes
    ----------
    instruments : tuple of str
        Names of the open instrument docks (as ``--open`` takes them).
    hidden_controls : tuple of str
        Names of the controls the teacher hid.
    zoom : float
        Interface zoom, 1 = normal.
    language : str or None
        ``"en"``, ``"ko"``...; None follows the system.
    lesson : str or None
        The lesson the project belongs to, if any.
    ghost_runs : dict or None
        The loss chart's earlier runs (``nnviz.lab.ghost_runs.GhostRuns.to_dict``).
    """

    instruments: tuple[str, ...] = ()
    hidden_controls: tuple[str, ...] = ()
    zoom: float = 1.0
    language: str | None = None
    lesson: str | None = None
    ghost_runs: dict | None = field(default=None, hash=False, compare=True)

    def __post_init__(self):
        for name in ("instruments", "hidden_controls"):
            object.__setattr__(self, name, _names(getattr(self, name), f"window.{name}"))
        zoom = self.zoom
        lo, hi = ZOOM_RANGE
        if isinstance(zoom, bool) or not isinstance(zoom, (int, float)) or not lo <= zoom <= hi:
            raise ProjectError(f"must be a number in [{lo}, {hi}], got {zoom!r}", "window.zoom")
        object.__setattr__(self, "zoom", float(zoom))
        for name in ("language", "lesson"):
            value = getattr(self, name)
            if value is not None and not _short_text(value):
                raise ProjectError(f"must be null or text of 1 to {MAX_NAME_LENGTH} characters, "
                                   f"got {value!r}", f"window.{name}")
        if self.ghost_runs is not None:
            from nnviz.lab.ghost_runs import GhostRuns
            try:
                GhostRuns.from_dict(self.ghost_runs)
            except (TypeError, ValueError) as exc:
                raise ProjectError(str(exc), "window.ghost_runs") from None

    def to_dict(self) -> dict:
        return {"instruments": list(self.instruments),
                "hidden_controls": list(self.hidden_controls), "zoom": self.zoom,
                "language": self.language, "lesson": self.lesson,
                "ghost_runs": self.ghost_runs}

    @classmethod
    def from_dict(cls, d) -> WindowState:
        """The state ``d`` describes; :class:`ProjectError` for unknown fields or wrong types."""
        if not isinstance(d, dict):
            raise ProjectError("must be an object", "window")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(d) - known)
        if unknown:
            raise ProjectError(f"unknown field(s) {', '.join(map(repr, unknown))}; known: "
                               f"{', '.join(sorted(known))}", "window")
        return cls(**d)


def _short_text(value) -> bool:
    return isinstance(value, str) and 0 < len(value) <= MAX_NAME_LENGTH


def _names(value, where: str) -> tuple[str, ...]:
    if not isinstance(value, (list, tuple)) or len(value) > MAX_NAMES or \
            not all(_short_text(v) for v in value):
        raise ProjectError(f"must be a list of at most {MAX_NAMES} names, got {value!r}", where)
    return tuple(value)
