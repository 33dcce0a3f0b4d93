"""Session: one experiment's data, model, training loop, history and snapshots (Qt-free).

The training worker owns one Session and calls :meth:`Session.run_for` in short chunks;
everything the GUI shows comes out of :meth:`Session.snapshot` as copies.
"""
from __future__ import annotations

import math
import threading
import time

import numpy as np

from nnviz.engine.backend import set_random_seed

from .kept_weights import WeightKeeper
from .config import ExperimentConfig
from .experiment_data import ExperimentData
from .grid import GridCache
from .history import TrainingHistory
from .model_builder import (build_model, dense_gradients, dense_layers, set_dense_weight,
                            structure_key, update_dropout, update_optimizer, update_regularizers)
from .snapshot import (STATUS_DIVERGED, STATUS_ERROR, STATUS_IDLE, STATUS_RUNNING,
                       STATUS_STOPPED, STATUS_UNSTABLE, PlotData, Snapshot)
from .stop_rules import StopRule, without_stop_rule
from .session_snapshot import take_snapshot
from .training_health import TrainingHealth


#: Sessions built at the same time in two threads (the two runs of a comparison training in
#: the window's process) would otherwise interleave their draws and start from other weights.
_BUILD_LOCK = threading.Lock()


def derived_seed(seed: int, generation: int) -> int:
    """The engine seed for the ``generation``-th set of weights of a config (0: ``seed``)."""
    if generation == 0:
        return int(seed)
    return int(np.random.SeedSequence([int(seed), int(generation)]).generate_state(1)[0] >> 1)


class Session:
    """A model learning a dataset, stepped by the caller.

    Parameters
    ----------
    config : ExperimentConfig
    history_limit : int
        Most points the per-epoch history keeps (it thins evenly beyond that).

    Attributes
    ----------
    config : ExperimentConfig
        What the model was built from (read-only; change it with :meth:`apply`).
    model : nnviz.engine.models.Sequential
    epoch : int
        Whole passes over the training set completed.
    step_count : int
        Mini-batches (optimizer steps) completed.
    history : TrainingHistory
        Per-epoch losses and accuracies; loss is the data loss (no regularization penalty).
    running : bool
        Set by the owner while it trains continuously; only changes ``status``.

    Notes
    -----
    An epoch is one pass over the training set, shuffled anew, in mini-batches of
    ``batch_size`` (the last one smaller when the size does not divide). At each epoch's end
    the train and test loss and accuracy are recorded and the weights are kept as the last good
    ones (and as the best ones when the test loss is the lowest yet). A non-finite batch loss,
    evaluation loss or weight stops training with ``status == "diverged"``; :meth:`step` never
    raises. A training loss that stays above the baseline (:attr:`baseline`) or climbs
    steadily makes the status ``"unstable"`` while training goes on
    (:class:`~nnviz.lab.training_health.HealthMonitor`).
    """

    def __init__(self, config: ExperimentConfig, history_limit: int = 20_000):
        if not isinstance(config, ExperimentConfig):
            raise TypeError(f"config must be an ExperimentConfig, got {type(config).__name__}")
        self.history = TrainingHistory(history_limit)
        self.running = False
        self._grids = GridCache()
        self._serial = 0
        self._chunk = 8
        self._config = config
        self._data = ExperimentData(config)
        self._generation = 0
        self._kept = WeightKeeper()
        self._health = TrainingHealth()
        self._stop = StopRule(config.training)
        self._run = 0
        self._build()

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        """New weights for the current config and generation; counters and history cleared."""
        config, data = self._config, self._data
        seed = derived_seed(config.training.seed, self._generation)
        with _BUILD_LOCK:  # the engine draws first weights from one global generator
            set_random_seed(seed)
            self.model = build_model(config, data.x_train.shape[1], data.n_outputs,
                                     dropout_seed=seed, n_train=data.n_train)
        self._dense = dense_layers(self.model)
        self._loss = self.model.loss
        self._rng = np.random.default_rng([seed, 7])  # the epochs' shuffling, ours alone
        self._order = np.arange(data.n_train)
        self._xs = np.empty_like(data.x_train)
        self._ys = np.empty_like(data.t_train)
        self._batch_size = config.training.batch_size
        self._pos = 0
        self.epoch = 0
        self.step_count = 0
        self.history.clear()
        self._status = STATUS_IDLE
        self._message = ""
        self._gradient_cache = None
        self._edits = 0
        self._status_epoch = 0
        self._health.update(self._data, self._loss)
        self._kept.clear()
        self._save_good()
        self._stopped_by = None
        self._stop.arm(0)
        self._run += 1  # a new run: the GUI keeps the one before as a ghost

    # -- read-only views ------------------------------------------------------------------------
    @property
    def config(self) -> ExperimentConfig:
        return self._config

    @property
    def data(self) -> PlotData:
        """The points as plotted; the same object while the data is unchanged."""
        return self._data.plot

    @property
    def experiment_data(self) -> ExperimentData:
        return self._data

    @property
    def status(self) -> str:
        """``"diverged"`` or ``"error"`` when training stopped; ``"unstable"`` while it goes on
        but does worse than the baseline; else ``"running"``/``"idle"``."""
        if self._status != STATUS_IDLE:
            return self._status
        if self._stopped_by is not None:
            return STATUS_STOPPED
        if self._health.unstable:
            return STATUS_UNSTABLE
        return STATUS_RUNNING if self.running else STATUS_IDLE

    @property
    def baseline(self):
        """The best constant prediction and its loss (:class:`~nnviz.lab.training_health.
        Baseline`), computed once per data and loss."""
        return self._health.baseline

    @property
    def message(self) -> str:
        return self._message

    @property
    def batch_size(self) -> int:
        return self._batch_size

    @property
    def batches_per_epoch(self) -> int:
        return -(-self._data.n_train // self._batch_size)

    @property
    def batch_in_epoch(self) -> int:
        """Batches already done in the current epoch (0 at an epoch boundary)."""
        return -(-self._pos // self._batch_size)

    @property
    def learning_rate(self) -> float:
        return float(self.model.optimizer.current_learning_rate())

    @property
    def stopped_by(self):
        """Why the stop rule paused training (a StopEvent), until training goes on; or None."""
        return self._stopped_by

    @property
    def stopped(self) -> bool:
        return self._status in (STATUS_DIVERGED, STATUS_ERROR)

    # -- training -------------------------------------------------------------------------------
    def step(self, n_batches: int = 1) -> int:
        """Train ``n_batches`` mini-batches (fewer if training diverges); returns how many ran.

        Never raises: divergence sets ``status`` to ``"diverged"``, anything unexpected to
        ``"error"``, both with a plain ``message``; further calls then do nothing. A stop rule
        (``config.training.stop_rule``) that fires ends the call at that epoch's end with
        ``status == "stopped"`` (see ``stopped_by``); the next call goes on.
        """
        self._go_on()
        return self._step(n_batches)

    def _go_on(self) -> None:
        """Training is asked to go on after a stop rule paused it: the rule waits anew."""
        if self._stopped_by is not None:
            self._stopped_by = None
            self._stop.rearm(self.epoch)

    def _step(self, n_batches: int) -> int:
        """:meth:`step` without going on after a stop rule fired (0 then)."""
        if (self._status != STATUS_IDLE or self._stopped_by is not None or n_batches <= 0
                or self._data.n_train == 0):
            return 0  # (no points: one's own data, all cleared, trains nothing)
        before = self.step_count
        try:
            with np.errstate(all="ignore"):
                self._train(int(n_batches))
        except Exception as exc:  # a bug must not kill the training thread
            self._status = STATUS_ERROR
            self._message = f"Training stopped by an internal error: {exc!r}"
        return self.step_count - before

    def step_epochs(self, n_epochs: int = 1) -> int:
        """Train until ``n_epochs`` more epoch ends have been reached; returns batches run."""
        self._go_on()
        done = 0
        for _ in range(max(0, int(n_epochs))):
            remaining = self.batches_per_epoch - self.batch_in_epoch
            ran = self._step(remaining)
            done += ran
            if ran < remaining or self._stopped_by is not None:
                break
        return done

    def run_for(self, seconds: float) -> int:
        """Train in small chunks until ``seconds`` have passed (or training stops).

        Returns the number of batches run. The chunk size adapts to about a millisecond, so
        the deadline is overshot by about that much at most.
        """
        clock = time.perf_counter
        deadline = clock() + max(0.0, float(seconds))
        done = 0
        self._go_on()
        while True:
            chunk = self._chunk
            start = clock()
            ran = self._step(chunk)
            done += ran
            now = clock()
            if ran < chunk or self._stopped_by is not None:
                break
            took = now - start
            if took < 0.0005 and chunk < 65536:
                self._chunk = chunk * 2
            elif took > 0.002 and chunk > 1:
                self._chunk = chunk // 2
            if now >= deadline:
                break
        return done

    def _train(self, n: int) -> None:
        """The hot loop: contiguous slices of pre-shuffled arrays, nothing allocated per batch."""
        train = self.model.fast_train_step  # the loss of each batch is not needed
        n_train = self._data.n_train
        bs = self._batch_size
        done = 0
        while done < n:
            if self._pos == 0:
                self._shuffle()
            xs, ys = self._xs, self._ys
            pos = self._pos
            start_done = done
            while done < n and pos < n_train:
                end = pos + bs
                finite = train(xs[pos:end], ys[pos:end])
                done += 1
                pos = end
                if not finite:
                    self.step_count += done - start_done
                    self._pos = min(pos, n_train)
                    self._diverge("loss", self.model.last_batch_loss(ys[pos - bs:pos]))
                    return
            self.step_count += done - start_done
            if pos >= n_train:
                self._pos = 0
                if not self._end_epoch():
                    return
            else:
                self._pos = pos

    def _shuffle(self) -> None:
        data = self._data
        self._rng.shuffle(self._order)
        np.take(data.x_train, self._order, axis=0, out=self._xs)
        np.take(data.t_train, self._order, axis=0, out=self._ys)

    def _end_epoch(self) -> bool:
        """Record the finished epoch; False (and diverged) if anything became non-finite."""
        self.epoch += 1
        train_loss, test_loss, train_acc, test_acc = self._data.evaluate(self.model, self._loss)
        for loss in (train_loss, test_loss if self._data.n_test else 0.0):
            if not math.isfinite(loss):
                self._diverge("loss", loss)
                return False
        if not self.model.weights_finite():
            self._diverge("weights", float("inf"))
            return False
        self.history.append(self.epoch, train_loss, test_loss, train_acc, test_acc)
        self._health.monitor.observe(self.epoch, train_loss)
        self._kept.record(self.model, self.epoch, self.step_count, train_loss,
                                 test_loss if self._data.n_test else float("nan"))
        event = self._stop.observe(self.epoch, train_loss,
                                   test_loss if self._data.n_test else float("nan"), self.model)
        if event is not None:  # paused here, exactly at this epoch's end
            self._stopped_by = event
            if event.restored:
                self._gradient_cache = None
                self._edits += 1
            return False
        return True

    def _diverge(self, what: str, value: float) -> None:
        epoch = self.epoch if what == "weights" or self._pos == 0 else self.epoch + 1
        kind = "NaN (not a number)" if value != value else "infinite"
        self._status = STATUS_DIVERGED
        self._status_epoch = max(epoch, 1)
        self._message = (f"Training diverged at epoch {max(epoch, 1)}: the {what} became {kind}. "
                         f"Try a lower learning rate (now {self.learning_rate:g}).")

    def _save_good(self) -> None:
        self._kept.record(self.model, self.epoch, self.step_count)

    def restore_last_good(self) -> bool:
        """Put back the weights of the last finished epoch that was finite and clear the status.

        The optimizer's momentum/moment estimates are reset (they may hold NaN), its step
        count is restored; ``epoch`` and ``step_count`` go back to that epoch's end.
        Returns False when there was nothing to restore.
        """
        good = self._kept.last_good
        if good is None:
            return False
        self._restore(good, good.iterations)
        self.epoch, self.step_count, self._pos = good.epoch, good.step, 0
        return True

    def restore_best(self) -> bool:
        """Put back the weights with the lowest test loss so far (training loss without a
        test set) and clear a diverged or unstable status.

        Training goes on from there: the counters and the history keep running (the curves
        show the jump back), the optimizer's step count stays and its momentum/moment
        estimates are reset. Returns False when no epoch has finished yet.
        """
        best = self._kept.best
        if best is None:
            return False
        self._restore(best, self.model.optimizer.iterations)
        self._pos = 0  # an interrupted epoch starts over with the restored weights
        return True

    def _restore(self, point, iterations: int) -> None:
        point.load_into(self.model, iterations)
        self._status, self._message = STATUS_IDLE, ""
        self._health.monitor.reset()
        self._gradient_cache = None
        self._edits += 1

    # -- changes --------------------------------------------------------------------------------
    def reset(self) -> None:
        """New random weights (a new seed derived from the config's), same data, empty history."""
        self._generation += 1
        self._build()

    def start_over(self) -> None:
        """The config's first weights again (those of ``Session(config)``), empty history."""
        self._generation = 0
        self._build()

    def apply(self, config: ExperimentConfig) -> bool:
        """Switch to ``config``; returns True when the model had to be rebuilt.

        Live (weights, counters and history kept): learning rate, optimizer kind and
        parameters, schedule and its parameters, loss, regularizer kind and rate, batch size,
        dropout rate (while it stays above 0). Anything else — data, features, hidden layers,
        batch norm, dropout on/off, output activation, initializer, problem, seed — rebuilds
        the model exactly as ``Session(config)`` would; the data arrays (and ``data``) are kept
        when the DataConfig and problem are unchanged.
        """
        if not isinstance(config, ExperimentConfig):
            raise TypeError(f"config must be an ExperimentConfig, got {type(config).__name__}")
        old = self._config
        if config == old:
            return False
        if structure_key(config) != structure_key(old):
            self._config, self._data = config, self._data.for_config(config)
            self._generation = 0
            self._stop.configure(config.training, 0)
            self._build()
            return True
        model = self.model
        if (config.network.regularizer, config.network.regularization_rate) != \
                (old.network.regularizer, old.network.regularization_rate):
            update_regularizers(model, config.network)
        if config.network.hidden != old.network.hidden:
            update_dropout(model, config)
        self._stop.configure(config.training, self.epoch)
        learning_changed = without_stop_rule(config.training) != without_stop_rule(old.training)
        if learning_changed or config.loss != old.loss:
            update_optimizer(model, old.training, config.training, config.loss, old.loss,
                             self._data.n_train,
                             self.epoch + self._pos / max(1, self._data.n_train))
            self._loss = model.loss
            # New settings get a fresh look; losses under another loss are not comparable.
            self._health.update(self._data, self._loss)
            if config.loss != old.loss:
                self._kept.best = None
        self._batch_size = config.training.batch_size
        self._config = config
        self._gradient_cache = None
        return False

    def set_weight(self, dense_index: int, row: int, col: int, value: float) -> None:
        """Set one weight of Dense layer ``dense_index`` (0 = first hidden, last = output).

        ``row`` is the input index of kernel entry ``[row, col]``; ``row == -1`` sets the bias
        of unit ``col``. Applies at once; training continues from it.

        Raises
        ------
        ValueError
            An index out of range (the message names it and the valid range), a value
            that is not a finite number, or one too large for the model's float type (float32
            would store ±1e39 as ±inf).
        """
        dtype = self._dense[0].kernel.dtype
        limit = float(np.finfo(dtype).max)
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = 0.0  # set_dense_weight names the bad value
        if math.isfinite(number) and abs(number) > limit:
            raise ValueError(f"value {value!r} is too large for the model's {dtype} weights: "
                             f"the largest they hold is ±{limit:.4g}")
        set_dense_weight(self._dense, dense_index, row, col, value)
        self._gradient_cache = None
        self._edits += 1

    # -- looking --------------------------------------------------------------------------------
    def predict(self, points) -> np.ndarray:
        """Model outputs (n, units) for raw plane points (n, 2), in inference mode."""
        return self.model.predict(self._data.inputs_for(points))

    def gradients(self):
        """(kernel_grad, bias_grad) per Dense layer on a fixed sample of training points.

        The gradient of the training loss (penalty included, dropout and batch norm in training
        mode); the dropout generators are rewound afterwards, so looking never changes the run.
        Cached until the weights change.
        """
        key = (self.step_count, self._edits, id(self.model))
        if self._gradient_cache is not None and self._gradient_cache[0] == key:
            return self._gradient_cache[1]
        x, targets = self._data.gradient_sample(sparse=getattr(self.model.loss, "sparse", False))
        if len(x) == 0:  # no points (one's own data, all cleared): nothing pulls the weights
            pairs = [(np.zeros_like(d.kernel), np.zeros_like(d.bias)) for d in self._dense]
        else:
            with np.errstate(all="ignore"):
                pairs = dense_gradients(self.model, x, targets)
        self._gradient_cache = (key, pairs)
        return pairs

    def snapshot(self, grids: bool = True, resolution: int = 50,
                 map_resolution: int | None = None) -> Snapshot:
        """A :class:`Snapshot` of this moment; every array in it is a copy (or read-only).

        With ``grids`` the boundary is (res, res) — or (res, res, k) for several outputs — at
        ``resolution``; the per-Dense-layer neuron maps (units, m, m) and the feature maps
        (n_features, m, m) are at ``map_resolution`` (m; ``resolution`` when None). Each grid
        is one inference pass over its cell centres (see :func:`nnviz.lab.grid.grid_points`;
        row 0 is the bottom) over the data's square (``snap.centre ± snap.extent``: [-6, 6]²,
        or [-0.5, 1.5]² for the gates). A big boundary with small maps costs one forward pass
        at the big size and a trace at the small one, not every neuron's map at the big size.
        """
        return take_snapshot(self, grids, resolution, map_resolution)

    def _status_epoch_now(self) -> int:
        """The epoch the status is about: the one that diverged, or where instability began."""
        if self._status == STATUS_DIVERGED:
            return self._status_epoch
        return self._health.monitor.since_epoch if self._health.unstable else 0
