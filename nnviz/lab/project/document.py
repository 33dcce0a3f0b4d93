"""ProjectDocument: everything a ``.nnviz`` file holds, and its one JSON form.

A project is ``{"format": "nnviz-project", "version": 1, "config": ..., "custom_data": ...,
"session": ..., "window": ...}``: the ExperimentConfig (its ``to_dict`` form), the user's own
points (or null), the SessionCheckpoint (or null for an untrained experiment) and the window's
state. No pickle and no code: reading one can only ever build these values.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from nnviz.lab.checkpoint import SessionCheckpoint
from nnviz.lab.config import ExperimentConfig
from nnviz.lab.search.results import GridResults

from .arrays import decode_array, encode_array
from .errors import ProjectError
from .session_codec import decode_checkpoint, encode_checkpoint
from .window_state import WindowState

FORMAT = "nnviz-project"
VERSION = 1
FIELDS = ("format", "version", "config", "custom_data", "session", "window")
#: Fields a file may leave out (older files have none of them).
OPTIONAL_FIELDS = ("grid_search",)
#: Most points of one's own data (drawn or imported).
MAX_POINTS = 100_000


@dataclass(frozen=True, eq=False)
class CustomData:
    """The user's own points: ``points`` (n, 2) on the plane and one label or value each.

    ``labels`` are class numbers (int64, 0..5) for classification or values (float64) for
    regression.
    """

    points: np.ndarray
    labels: np.ndarray

    def __post_init__(self):
        points, labels = np.asarray(self.points), np.asarray(self.labels)
        if points.ndim != 2 or points.shape[1] != 2 or len(points) < 1:
            raise ProjectError(f"must have shape [n, 2] with n >= 1, got {list(points.shape)}",
                               "custom_data.points")
        if len(points) > MAX_POINTS:
            raise ProjectError(f"{len(points)} points is over the limit of {MAX_POINTS}",
                               "custom_data.points")
        if not np.isfinite(points).all():
            raise ProjectError("holds NaN or infinite values", "custom_data.points")
        if labels.shape != (len(points),):
            raise ProjectError(f"needs one label per point: shape [{len(points)}], got "
                               f"{list(labels.shape)}", "custom_data.labels")
        if labels.dtype.kind == "i" and not ((labels >= 0) & (labels < 6)).all():
            raise ProjectError("class labels must be 0 to 5", "custom_data.labels")
        if labels.dtype.kind == "f" and not np.isfinite(labels).all():
            raise ProjectError("holds NaN or infinite values", "custom_data.labels")

    def to_dict(self) -> dict:
        return {"points": encode_array(np.asarray(self.points, dtype=np.float64)),
                "labels": encode_array(self.labels)}

    @classmethod
    def from_dict(cls, d) -> CustomData:
        if not isinstance(d, dict) or set(d) != {"points", "labels"}:
            raise ProjectError("must be an object with exactly 'points' and 'labels'",
                               "custom_data")
        # Count points before decoding the labels: both are bounded by MAX_POINTS elements.
        points = decode_array(d["points"], "custom_data.points", dtypes=("float64",), ndim=2,
                              max_elements=2 * MAX_POINTS)
        labels = decode_array(d["labels"], "custom_data.labels", dtypes=("int64", "float64"),
                              ndim=1, max_elements=MAX_POINTS)
        return cls(points, labels)


@dataclass(frozen=True, eq=False)
class ProjectDocument:
    """One project: config, own data, training state and window state.

    Attributes
    ----------
    config : ExperimentConfig
    checkpoint : SessionCheckpoint or None
        The training state, for a session of ``config``; None for an untrained experiment.
    custom_data : CustomData or None
    window : WindowState
    """

    config: ExperimentConfig
    checkpoint: SessionCheckpoint | None = None
    custom_data: CustomData | None = None
    window: WindowState = field(default_factory=WindowState)
    grid_search: GridResults | None = None  # the last grid search's results, if kept

    def __post_init__(self):
        if self.checkpoint is not None and self.checkpoint.config != self.config:
            raise ValueError("the checkpoint must belong to the project's config")

    @classmethod
    def from_session(cls, session, window: WindowState | None = None,
                     custom_data: CustomData | None = None) -> ProjectDocument:
        """The project of ``session`` now.

        A diverged session is kept at its last good weights (NaN weights cannot be saved, and
        reopening should give something that trains): as "restore last good weights" would.
        """
        from nnviz.lab.checkpoint import capture, resume
        checkpoint = capture(session)
        if checkpoint.status == "diverged" or not all(
                np.isfinite(w).all() for w in checkpoint.weights):
            copy = resume(checkpoint, checkpoint.config)
            copy.restore_last_good()
            checkpoint = capture(copy)
        return cls(checkpoint.config, checkpoint, custom_data, window or WindowState())

    def session(self, **options):
        """A Session that continues exactly where the saved one stopped."""
        from nnviz.lab.checkpoint import resume
        return resume(self.checkpoint, self.config, **options)

    def to_dict(self) -> dict:
        return {"format": FORMAT, "version": VERSION, "config": self.config.to_dict(),
                "custom_data": None if self.custom_data is None else self.custom_data.to_dict(),
                "session": None if self.checkpoint is None else
                encode_checkpoint(self.checkpoint),
                "window": self.window.to_dict(),
                **({} if self.grid_search is None else
                   {"grid_search": self.grid_search.to_dict()})}

    @classmethod
    def from_dict(cls, d) -> ProjectDocument:
        """The project ``d`` describes; :class:`ProjectError` naming the first problem."""
        if not isinstance(d, dict):
            raise ProjectError("a project file must hold a JSON object")
        if d.get("format") != FORMAT:
            raise ProjectError(f"this is not an nnviz project (expected {FORMAT!r}, got "
                               f"{d.get('format')!r})", "format")
        version = d.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise ProjectError(f"must be a whole number >= 1, got {version!r}", "version")
        if version > VERSION:
            raise ProjectError(f"the file is format version {version}, made by a newer nnviz; "
                               f"this one reads up to version {VERSION}", "version")
        unknown = sorted(set(d) - set(FIELDS) - set(OPTIONAL_FIELDS))
        if unknown:
            raise ProjectError(f"unknown field(s) {', '.join(map(repr, unknown))}; known: "
                               f"{', '.join(FIELDS)}")
        missing = [f for f in FIELDS if f not in d]
        if missing:
            raise ProjectError(f"missing field(s) {', '.join(map(repr, missing))}")
        try:
            config = ExperimentConfig.from_dict(d["config"])
        except (TypeError, ValueError) as exc:
            raise ProjectError(str(exc), "config") from None
        custom = None if d["custom_data"] is None else CustomData.from_dict(d["custom_data"])
        checkpoint = None if d["session"] is None else decode_checkpoint(d["session"], config)
        grid = None
        if d.get("grid_search") is not None:
            try:
                grid = GridResults.from_dict(d["grid_search"])
            except (TypeError, ValueError) as exc:
                raise ProjectError(str(exc), "grid_search") from None
        return cls(config, checkpoint, custom, WindowState.from_dict(d["window"]), grid)
