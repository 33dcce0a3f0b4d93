"""ProjectDocument: everything a ``.nnviz`` file holds, and its one JSON form.

A project is ``{"format": "nnviz-project", "version": 1, "config": ..., "custom_data": ...,
"session": ..., "window": ...}``: the ExperimentConfig (its ``to_dict`` form), the user's own
points (or null), the SessionCheckpoint (or null for an untrained experiment) and the window's
state. No pickle and no code: reading one can only ever build these values.

One's own points live in the config (``DataConfig.points``/``labels``, dataset ``"custom"``);
the file keeps them once, as exact arrays in ``custom_data``, and leaves them out of the
config's ``data`` object. :attr:`ProjectDocument.custom_data` is always the config's points.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from nnviz.data.custom_points import CUSTOM, MAX_CUSTOM_POINTS
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
MAX_POINTS = MAX_CUSTOM_POINTS


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
        if points.ndim != 2 or points.shape[1] != 2:
            raise ProjectError(f"must have shape [n, 2], got {list(points.shape)}",
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
    def of_config(cls, config: ExperimentConfig) -> CustomData | None:
        """The own points ``config`` trains on; None for a generated dataset."""
        data = config.data
        if data.dataset != CUSTOM:
            return None
        regression = data.problem == "regression"
        return cls(np.asarray(data.points, dtype=np.float64).reshape(-1, 2),
                   np.asarray(data.labels, dtype=np.float64 if regression else np.int64))

    def config_fields(self) -> dict:
        """``{"points": [...], "labels": [...]}`` as the config's ``data`` object holds them."""
        labels = self.labels.tolist()  # int64 -> int (classes), float64 -> float (values)
        return {"points": self.points.tolist(), "labels": labels}

    def same_as(self, other: CustomData | None) -> bool:
        return other is not None and np.array_equal(self.points, other.points) and \
            self.labels.dtype.kind == other.labels.dtype.kind and \
            np.array_equal(self.labels, other.labels)

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
        The config's own points (dataset ``"custom"``), derived from it; passing other points
        than the config's is an error.
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
        own = CustomData.of_config(self.config)
        if self.custom_data is not None and not self.custom_data.same_as(own):
            raise ValueError("custom_data must be the points of the config's own data "
                             "(dataset 'custom'); the config carries them")
        object.__setattr__(self, "custom_data", own)

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
        config = self.config.to_dict()
        if self.custom_data is not None:  # stored once: in custom_data, as exact arrays
            del config["data"]["points"], config["data"]["labels"]
        return {"format": FORMAT, "version": VERSION, "config": config,
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
        custom = None if d["custom_data"] is None else CustomData.from_dict(d["custom_data"])
        try:
            config = ExperimentConfig.from_dict(_with_custom(d["config"], custom))
        except (TypeError, ValueError) as exc:
            raise ProjectError(str(exc), "config") from None
        checkpoint = None if d["session"] is None else decode_checkpoint(d["session"], config)
        grid = None
        if d.get("grid_search") is not None:
            try:
                grid = GridResults.from_dict(d["grid_search"])
            except (TypeError, ValueError) as exc:
                raise ProjectError(str(exc), "grid_search") from None
        return cls(config, checkpoint, None, WindowState.from_dict(d["window"]), grid)

def _with_custom(config, custom: CustomData | None):
    """The config object of a file with its own points put back where the config holds them."""
    data = config.get("data") if isinstance(config, dict) else None
    if not isinstance(data, dict):
        if custom is not None:
            raise ProjectError("custom_data is given but the config has no data object",
                               "config.data")
        return config
    if "points" in data or "labels" in data:
        raise ProjectError("one's own points belong in custom_data, not in the config",
                           "config.data.points")
    custom_dataset = data.get("dataset") == CUSTOM
    if custom is None:
        if custom_dataset:
            raise ProjectError("the dataset is 'custom' but the file has no custom_data",
                               "custom_data")
        return config
    if not custom_dataset:
        raise ProjectError(f"custom_data is given but the dataset is {data.get('dataset')!r}, "
                           "not 'custom'", "custom_data")
    return {**config, "data": {**data, **custom.config_fields()}}
