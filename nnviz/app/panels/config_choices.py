"""Which choices fit a config: datasets for a problem type, optimizer parameters, batch limits.

Qt-free helpers shared by the panels; the registries stay the only lists of names.
"""
from __future__ import annotations

import inspect
from dataclasses import replace

# Optimizer parameters the config holds; each optimizer shows the ones its constructor takes.
OPTIMIZER_PARAMETERS = ("momentum", "nesterov", "rho", "beta_1", "beta_2", "epsilon")
# The dataset a problem switch picks when the current one does not fit (first fitting otherwise).
PREFERRED_DATASET = {"binary": "circle", "multiclass": "blobs", "regression": "plane"}


def fits(dataset_problem: str, problem: str) -> bool:
    """Whether a dataset made for ``dataset_problem`` can be learnt as ``problem``.

    Two-class data also trains as multi-class (a two-way softmax); other pairings make no sense.
    """
    if problem == "multiclass":
        return dataset_problem in ("binary", "multiclass")
    return dataset_problem == problem


def datasets_for(problem: str) -> list[str]:
    """Registered dataset names that fit ``problem``, in registration order."""
    from nnviz.data import DATASETS
    return [e.name for e in DATASETS if fits(e.value.problem, problem)]


def n_train_of(data) -> int:
    """How many of ``data.n_points`` are training points (the data package decides)."""
    from nnviz.data import train_size
    return train_size(data.n_points, data.train_ratio)


def optimizer_parameters(name: str) -> tuple[str, ...]:
    """The config's optimizer parameters that the registered optimizer ``name`` accepts."""
    from nnviz.engine.optimizers import OPTIMIZERS
    try:
        accepted = inspect.signature(OPTIMIZERS.get(name)).parameters
    except (TypeError, ValueError):
        return ()
    return tuple(p for p in OPTIMIZER_PARAMETERS if p in accepted)


def with_problem(cfg, problem: str):
    """``cfg`` switched to ``problem``: a fitting dataset, and the automatic loss and output."""
    if problem == cfg.training.problem:
        return cfg  # re-picking the same type keeps a hand-chosen loss and output
    dataset = cfg.data.dataset
    if not fits(cfg.data.problem, problem):  # (one's own points pose their own problem)
        candidates = datasets_for(problem)
        preferred = PREFERRED_DATASET.get(problem)
        dataset = preferred if preferred in candidates else candidates[0]
    # One replace for all three parts: changing them one by one passes through invalid configs.
    data = cfg.data if dataset == cfg.data.dataset else cfg.with_dataset(dataset).data
    return replace(cfg, data=data,
                   network=replace(cfg.network, output_activation="auto"),
                   training=replace(cfg.training, problem=problem, loss="auto"))


def keep_batch(old, new):
    """``new`` with its batch size adjusted to a changed training-set size: a full batch stays
    full, and a batch never grows beyond the training set."""
    old_n, new_n = n_train_of(old.data), n_train_of(new.data)
    batch = old.training.batch_size
    if batch >= old_n or batch > new_n:
        return new.with_training(batch_size=new_n)
    return new
