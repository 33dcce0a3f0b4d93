"""MainWindow: the playground — controls left, the network in the middle, output on the right.

The window only assembles and wires: the views and panels draw and edit, the
:class:`~nnviz.app.controller.TrainingController` talks to the training thread.

One source of truth for the settings — the rule every panel, view and instrument follows:

- The controller holds the GUI's one current ``ExperimentConfig`` (``controller.config``).
  No widget keeps a config of its own that it advances by itself.
- A control builds an edit as a function of that config (``config -> config``, with the
  ``with_*`` methods) and emits ``config_edited(new)``; it does not show ``new`` yet.
- ``_on_config_edited`` is the one way in: it records undo history and hands the config to the
  controller, which emits ``config_changed`` before returning. That one broadcast calls
  ``set_config`` on every panel and view (``_config_views``), and each redraws from it. So the
  next edit, from any control, is built on this one, and a control that refers to something
  the edit removed (a hidden layer's header, say) is gone in the same event-loop turn.
- Undo/redo, the divergence banner's fixes and the worker refusing an edit go the same way.

A new panel subclasses :class:`~nnviz.app.panels.panel_base.ConfigPanel` (or offers the same
``set_config`` / ``config_edited`` pair) and is added to ``_config_views``.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QSize, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from nnviz.app.app_icon import app_icon
from nnviz.app.controller import TrainingController
from nnviz.app.i18n.lab_messages import translate_error
from nnviz.app.panels.data_panel import DataPanel
from nnviz.app.panels.divergence_banner import DivergenceBanner
from nnviz.app.panels.stop_rule_control import StopNotice
from nnviz.app.panels.training_panel import TrainingPanel
from nnviz.app.panels.transport_bar import TransportBar
from nnviz.app.playground_layout import PlaygroundLayout
from nnviz.app.training_warnings import TrainingWarnings
from nnviz.app.views.boundary_view import BoundaryView
from nnviz.app.views.curves_view import CurvesView
from nnviz.app.views.network_graph import NetworkGraphView
from nnviz.app.window_size import MINIMUM_SIZE, PREFERRED_SIZE, initial_size
from nnviz.lab.config import ExperimentConfig
from nnviz.lab.config_history import ConfigHistory
from nnviz.lab.snapshot import STATUS_DIVERGED, STATUS_ERROR, STATUS_RUNNING

#: While training runs, the loss curves are redrawn at most this often: they change slowly and
#: redrawing their axes is the most expensive part of a frame. Paused, every snapshot is drawn.
CURVES_INTERVAL_S = 0.2


class MainWindow(QMainWindow):
    """nnviz's main window.

    Parameters
    ----------
    config : ExperimentConfig, optional
        The first experiment (the Playground default when omitted).
    start : bool
        Start the training thread at once (tests may want to connect things first).
    session_factory : callable, optional
        ``factory(config) -> Session`` for tests; the real Session by default.

    Attributes
    ----------
    controller : TrainingController
    transport, data_panel, training_panel, graph_view, curves_view, boundary_view, banner
        The components.
    body : PlaygroundLayout
        The central widget that arranges them.
    about_dialog : AboutDialog or None
        Help → About, created the first time it is opened.
    """

    def __init__(self, config: ExperimentConfig | None = None, *, start: bool = True,
                 session_factory=None, parent: QWidget | None = None):
        super().__init__(parent)
        config = config if config is not None else ExperimentConfig()
        self._frames_shown = 0
        self._shown_once = False
        self._curves_shown_at = 0.0
        self._error_shown = ""
        self.about_dialog = None
        self._config_history = ConfigHistory()
        self.controller = TrainingController(config, self, session_factory=session_factory)

        self.setWindowTitle(self.tr("nnviz — neural network playground"))
        self.setWindowIcon(app_icon())
        self._build_components()
        self._build_layout()
        self._build_actions()
        from nnviz.app.instruments.docks import InstrumentDocks
        self.instruments = InstrumentDocks(self, self.controller)
        from nnviz.app.classroom.classroom import Classroom
        from nnviz.app.lessons.browser import LessonBrowser
        self.classroom = Classroom(self, self.view_menu)  # presentation, zoom, hidden controls
        self.lessons = LessonBrowser(self)
        self._build_status_bar()
        self._connect()
        self._show_config(self.controller.config)
        self._set_initial_size()
        if start:
            self.start()

    # -- public ------------------------------------------------------------------------------
    def start(self) -> None:
        """Start training thread and snapshot pulls (idempotent)."""
        self.controller.set_speed(self.transport.speed())
        self.controller.start()

    @property
    def config(self) -> ExperimentConfig:
        """The experiment the controls show."""
        return self.controller.config

    @property
    def frames_shown(self) -> int:
        """How many new snapshots the views have drawn (for benchmarks)."""
        return self._frames_shown

    def set_playing(self, playing: bool) -> None:
        """Play or pause training, as the Play button does."""
        self.transport.set_playing(playing)  # immediate feedback; the worker confirms
        self.controller.set_playing(playing)

    def apply_config(self, config: ExperimentConfig) -> None:
        """Run ``config`` and show it in every control, as if the user had edited it."""
        self._on_config_edited(config)

    # -- construction ------------------------------------------------------------------------
    def _build_components(self) -> None:
        self.transport = TransportBar()
        self.data_panel = DataPanel()
        self.training_panel = TrainingPanel()
        self.graph_view = NetworkGraphView()
        self.curves_view = CurvesView()
        self.boundary_view = BoundaryView()
        self.banner = DivergenceBanner()
        self.banner.hide()

    def _build_layout(self) -> None:
        self.body = PlaygroundLayout(self.transport, self.banner, self.data_panel,
                                     self.training_panel, self.graph_view, self.curves_view,
                                     self.boundary_view)
        self.setCentralWidget(self.body)

    def _build_actions(self) -> None:
        from nnviz.app.main_menus import build_menus
        build_menus(self)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self._state_label = QLabel()
        self._model_label = QLabel()
        bar.addPermanentWidget(self._model_label)
        bar.addPermanentWidget(self._state_label)
        self.warnings = TrainingWarnings(self.banner, self._state_label,
                                         lambda: self.controller.config.training.learning_rate)
        self.stop_notice = StopNotice(self.banner, bar)
        self._show_state(False)
        bar.showMessage(self.tr("Press Space to train, → for one step, Ctrl+R to reset."),
                        10_000)

    def _connect(self) -> None:
        c = self.controller
        c.snapshot_ready.connect(self._on_snapshot)
        c.playing_changed.connect(self._on_playing_changed)
        c.config_changed.connect(self._show_config)
        c.error.connect(self._on_error)
        c.notice.connect(self._on_notice)

        t = self.transport
        t.play_toggled.connect(self._on_play_toggled)
        t.step_batch_requested.connect(self._step_batch_now)
        t.step_epoch_requested.connect(self._step_epoch_now)
        t.reset_requested.connect(self._reset)
        t.speed_changed.connect(self._on_speed_changed)
        for source in (self.data_panel, self.training_panel, self.graph_view,
                       self.boundary_view.drawing, self.transport.stop_control):
            source.config_edited.connect(self._on_config_edited)
        self.graph_view.weight_edited.connect(self._on_weight_edited)
        from nnviz.app.csv_import_dialog import CsvDropFilter
        self.setAcceptDrops(True)  # a .csv file dropped on the window is imported
        self.installEventFilter(CsvDropFilter(self))
        self.data_panel.draw_requested.connect(lambda: self.boundary_view.drawing.set_active(True))
        self.graph_view.neuron_hovered.connect(self._on_neuron_hovered)
        self.banner.restore_requested.connect(self._restore_last_good)
        self.banner.restore_best_requested.connect(self._restore_best)
        self.banner.lower_lr_requested.connect(self._lower_learning_rate)

    def _set_initial_size(self) -> None:
        self.setMinimumSize(MINIMUM_SIZE)
        screen = self.screen() or QGuiApplication.primaryScreen()
        avail = screen.availableGeometry().size() if screen is not None else PREFERRED_SIZE
        size, maximized = initial_size(avail)
        self.resize(size)
        if maximized:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _config_views(self):
        """Everything that shows and edits the config: each gets every ``config_changed``."""
        return (self.data_panel, self.training_panel, self.graph_view, self.boundary_view.drawing,
                self.transport.stop_control)

    # -- edits from the controls -------------------------------------------------------------
    @Slot(object)
    def _on_config_edited(self, config, record: bool = True) -> None:
        if record:
            self._config_history.record(self.controller.config, config)
            self._update_undo_actions()
        self.controller.apply_config(config)  # emits config_changed -> _show_config
        # An old warning does not describe the new experiment.
        self.warnings.hide_warning()

    def _undo(self) -> None:
        self._step_history(self._config_history.undo)

    def _redo(self) -> None:
        self._step_history(self._config_history.redo)

    def _step_history(self, move) -> None:
        config = move(self.controller.config)
        if config is not None:
            self._on_config_edited(config, record=False)
        self._update_undo_actions()

    def _update_undo_actions(self) -> None:
        self.undo_action.setEnabled(self._config_history.can_undo)
        self.redo_action.setEnabled(self._config_history.can_redo)

    @Slot(object)
    def _show_config(self, config) -> None:
        for view in self._config_views():
            view.set_config(config)
        self.body.gradient_note.show_config(config)

    @Slot(int, int, int, float)
    def _on_weight_edited(self, dense_index: int, row: int, col: int, value: float) -> None:
        self.controller.set_weight(dense_index, row, col, value)
        self.controller.request_snapshot()

    @Slot(int, int)
    def _on_neuron_hovered(self, dense_index: int, unit: int) -> None:
        self.boundary_view.set_focus(dense_index, unit)

    # -- transport ---------------------------------------------------------------------------
    @Slot(bool)
    def _on_play_toggled(self, playing: bool) -> None:
        self.controller.set_playing(playing)

    @Slot()
    def _toggle_play(self) -> None:
        self.set_playing(not self.controller.playing)

    @Slot()
    def _step_batch(self) -> None:
        self._step_batch_now()

    @Slot()
    def _step_epoch(self) -> None:
        self._step_epoch_now()

    @Slot()
    def _step_batch_now(self) -> None:
        self._pause_for_stepping()
        self.controller.step_batches(1)

    @Slot()
    def _step_epoch_now(self) -> None:
        self._pause_for_stepping()
        self.controller.step_epochs(1)

    def _pause_for_stepping(self) -> None:
        # Stepping is for looking closely: a step while playing also pauses.
        if self.controller.playing:
            self.set_playing(False)

    @Slot()
    def _reset(self) -> None:
        self.controller.reset()
        self.controller.request_snapshot()

    @Slot(float)
    def _on_speed_changed(self, steps_per_second: float) -> None:
        self.controller.set_speed(steps_per_second)

    @Slot()
    def _toggle_full_screen(self) -> None:
        # Toggling the one flag keeps "maximized" for the way back.
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
        self.fullscreen_action.setChecked(self.isFullScreen())

    @Slot()
    def _import_csv(self) -> None:
        from nnviz.app.csv_import_dialog import import_csv
        import_csv(self)

    @Slot()
    def _toggle_drawing(self) -> None:
        self.boundary_view.drawing.set_active(not self.boundary_view.drawing.active())

    @Slot()
    def _show_about(self) -> None:
        if self.about_dialog is None:
            from nnviz.app.about_dialog import AboutDialog  # its licence texts load on demand
            self.about_dialog = AboutDialog(self)
        self.about_dialog.open()  # window-modal without a nested event loop

    # -- diverged / unstable ------------------------------------------------------------------
    @Slot()
    def _restore_last_good(self) -> None:
        self.controller.restore_last_good()
        self._after_restore()

    @Slot()
    def _restore_best(self) -> None:
        best = getattr(self.controller.last_snapshot, "best_weights", None)
        self.controller.restore_best()
        self._after_restore()
        if best is not None:
            self.statusBar().showMessage(
                self.tr("The best weights so far (epoch %1) are back.")
                .replace("%1", str(best.epoch)), 8000)

    def _after_restore(self) -> None:
        self.warnings.answered(self.controller.playing)
        self.controller.request_snapshot()

    @Slot()
    def _lower_learning_rate(self) -> None:
        cfg = self.controller.config
        lr = cfg.training.learning_rate
        new = cfg.with_training(learning_rate=float(f"{lr / 10:.3g}"))
        diverged = self.warnings.status == STATUS_DIVERGED
        if diverged:  # NaN weights cannot go on: the last good ones come back
            self.controller.restore_last_good()
        self._on_config_edited(new)
        self._after_restore()
        text = (self.tr("Learning rate lowered from %1 to %2; the last good weights are back.")
                if diverged else self.tr("Learning rate lowered from %1 to %2."))
        self.statusBar().showMessage(
            text.replace("%1", f"{lr:g}").replace("%2", f"{new.training.learning_rate:g}"), 8000)

    # -- from the worker ---------------------------------------------------------------------
    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        self.curves_view.observe_run(snap)  # a new run keeps the one before as a ghost
        self.graph_view.show_snapshot(snap)
        self.boundary_view.show_snapshot(snap)
        now = time.perf_counter()
        if snap.status != STATUS_RUNNING or now - self._curves_shown_at >= CURVES_INTERVAL_S:
            self._curves_shown_at = now
            self.curves_view.show_snapshot(snap)
            self.body.lr_plot.show_snapshot(snap)
            self.body.confusion_view.show_snapshot(snap)
        self.training_panel.show_snapshot(snap)
        self.transport.show_counters(snap.epoch, snap.step)
        self._show_model(snap)
        self.warnings.show_snapshot(snap, self.controller.playing)
        self.stop_notice.show_snapshot(snap)
        if snap.status == STATUS_ERROR and snap.message != self._error_shown:
            # An internal error stopped training: say so where it stays visible.
            self.statusBar().showMessage(snap.message)
        self._error_shown = snap.message if snap.status == STATUS_ERROR else ""
        self._frames_shown += 1

    def _show_model(self, snap) -> None:
        n = sum(int(k.size) + int(b.size) for k, b in (snap.dense_weights or []))
        self._model_label.setText(
            self.tr("Learning rate %1  ·  %2 weights").replace("%1", f"{snap.learning_rate:.3g}")
            .replace("%2", str(n)))

    def _show_state(self, playing: bool) -> None:
        self.warnings.show_state(playing)

    @Slot(bool)
    def _on_playing_changed(self, playing: bool) -> None:
        self.transport.set_playing(playing)
        self._show_state(playing)

    @Slot(str)
    def _on_error(self, message: str) -> None:
        self.statusBar().showMessage(translate_error(message), 10_000)

    @Slot(str)
    def _on_notice(self, message: str) -> None:
        if self.banner.kind() not in ("diverged", "unstable"):  # their buttons matter more
            self.banner.show_notice(message)
        self.statusBar().showMessage(message, 10_000)

    def show_internal_error(self, message: str) -> None:
        """Say in the status bar, without stopping anything, that a slot raised ``message``."""
        self.statusBar().showMessage(message, 15_000)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # Start with the focus on no control, so Space and → work at once.
            self.centralWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Show every text in the current language; training goes on untouched."""
        from nnviz.app.i18n.retranslate import retranslate_tree
        retranslate_tree(self)  # the texts set once: menus, labels, tooltips, combo items
        self._show_config(self.controller.config)  # the texts built from the config
        self._show_state(self.controller.playing)
        snap = self.controller.last_snapshot  # and those built from the training state
        if snap is not None:
            shown = self._frames_shown
            self._on_snapshot(snap)
            self._frames_shown = shown  # the same frame, drawn again in other words
        self.statusBar().clearMessage()  # a message in the old language is no news

    # -- closing -----------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self.project.may_close():  # unsaved changes and the user chose Cancel
            event.ignore()
            return
        self.controller.shutdown()
        super().closeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(1280, 760)

