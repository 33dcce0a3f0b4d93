"""LessonBrowser: the Lessons menu, the lesson dock, and opening a lesson in the window.

Opening a lesson goes through the window like a user's edits: its config becomes the ONE current
config (``window.apply_config``), then fresh weights, the hand-set ones, the speed, the shown
control groups (``window.classroom``) and the instruments (``window.instruments.show_only``).
Each snapshot evaluates the tasks' checks (a few comparisons); a met task stays ticked until
the lesson is opened again.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDockWidget

from nnviz.app.lessons.panel import LessonPanel
from nnviz.lab.lessons import check_met, shipped_lessons

#: QCoreApplication property naming the interface language ("en", "ko"); the system's if unset.
LANGUAGE_PROPERTY = "language"
#: Share of the window's width the lesson dock takes when it opens.
DOCK_WIDTH_SHARE = 0.21
#: ... and the instruments it opens beside it (they take half the window alone).
INSTRUMENT_WIDTH_SHARE = 0.32


def current_language() -> str:
    """The interface language: the application's ``language`` property, else the locale's."""
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    if isinstance(value, str) and value:
        return value[:2]
    return QLocale().name()[:2] or "en"


class LessonBrowser(QObject):
    """The course in ``window``: a Lessons menu and a dock with the open lesson.

    Parameters
    ----------
    window : MainWindow
        Needs ``controller``, ``transport``, ``apply_config``, ``instruments`` and
        ``classroom``.
    lessons : list of Lesson, optional
        The shipped lessons by default; ``problems`` the messages of the files refused.

    Attributes
    ----------
    menu : QMenu
    dock : QDockWidget
    panel : LessonPanel
    index : int or None
        The open lesson's position in ``lessons``.
    done : list of bool
        Which of the open lesson's tasks are met.
    """

    def __init__(self, window, lessons=None, problems=()):
        super().__init__(window)
        if lessons is None:
            lessons, problems = shipped_lessons()
        self._window = window
        self.lessons = list(lessons)
        self.problems = list(problems)
        self.index = None
        self.done: list[bool] = []
        self._armed = False
        self._language = current_language()

        bar = window.menuBar()
        self.menu = bar.addMenu(self.tr("&Lessons"))
        menus = [a for a in bar.actions() if a.menu() is not None and a.menu() is not self.menu]
        if menus:  # before Help, which stays last
            bar.insertMenu(menus[-1], self.menu)
        self._group = QActionGroup(self)
        self._actions: list[QAction] = []
        for i, _ in enumerate(self.lessons):
            action = QAction(self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, i=i: self.open_lesson(i))
            self._group.addAction(action)
            self.menu.addAction(action)
            self._actions.append(action)
        if not self.lessons:
            empty = self.menu.addAction(self.tr("(no lessons found)"))
            empty.setEnabled(False)

        self.panel = LessonPanel()
        self.panel.previous_requested.connect(lambda: self.step(-1))
        self.panel.next_requested.connect(lambda: self.step(+1))
        self.panel.restart_requested.connect(lambda: self.open_lesson(self.index))
        self.dock = QDockWidget(self.tr("Lesson"), window)
        self.dock.setObjectName("lesson-dock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                                  | Qt.DockWidgetArea.RightDockWidgetArea)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        self._retranslate_menu()
        window.controller.snapshot_ready.connect(self._on_snapshot)
        window.controller.config_changed.connect(self._on_config_changed)
        window.installEventFilter(self)
        if self.problems:
            window.statusBar().showMessage(
                self.tr("Some lesson files were skipped: %1").replace(
                    "%1", "; ".join(self.problems)), 15_000)

    # -- public ------------------------------------------------------------------------------
    @property
    def lesson(self):
        """The open lesson, or None."""
        return None if self.index is None else self.lessons[self.index]

    def find(self, lesson_id: str) -> int:
        """The position of the lesson with ``lesson_id``; ValueError naming the known ids."""
        for i, lesson in enumerate(self.lessons):
            if lesson.id == lesson_id:
                return i
        raise ValueError(f"no lesson {lesson_id!r}; lessons: "
                         f"{', '.join(lesson.id for lesson in self.lessons)}")

    @Slot(int)
    def open_lesson(self, index) -> None:
        """Open lesson ``index`` (or id): its preset, weights, speed, controls, instruments."""
        if index is None:
            return
        if isinstance(index, str):
            index = self.find(index)
        lesson = self.lessons[index]
        w = self._window
        self.index = index
        self.done = [False] * len(lesson.tasks)
        self._armed = False
        w.set_playing(False)
        w.apply_config(lesson.config)   # the ONE current config, with undo history
        w.controller.reset()            # fresh weights even when the config did not change
        for weight in lesson.weights:
            w.controller.set_weight(weight.layer, weight.row, weight.col, weight.value)
        w.transport.set_speed(lesson.speed)
        w.controller.set_speed(w.transport.speed())
        w.classroom.set_hidden(lesson.hidden_controls)
        w.instruments.show_only(lesson.instruments)
        # After the instrument docks have widened themselves (also a zero-time timer).
        QTimer.singleShot(0, self._fit_docks)
        self._actions[index].setChecked(True)
        self._show()
        if self.dock.isHidden():
            self.dock.show()
            # Wide enough for a paragraph a class can read from the back of the room.
            width = max(360, int(w.width() * DOCK_WIDTH_SHARE))
            w.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
        self.dock.raise_()
        w.controller.request_snapshot()

    def step(self, delta: int) -> None:
        """Open the lesson ``delta`` places on (Previous: -1, Next: +1), if there is one."""
        if self.index is None:
            if self.lessons:
                self.open_lesson(0)
            return
        target = self.index + delta
        if 0 <= target < len(self.lessons):
            self.open_lesson(target)

    def evaluate(self, snapshot) -> None:
        """Tick every task whose check holds for the current config and ``snapshot``."""
        lesson = self.lesson
        if lesson is None:
            return
        config = self._window.controller.config
        for i, task in enumerate(lesson.tasks):
            if not self.done[i] and check_met(task.check, config, snapshot if self._armed
                                              else None):
                self.done[i] = True
                self.panel.set_done(i, True)

    # -- internals ---------------------------------------------------------------------------
    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        if self.lesson is None:
            return
        # Results count from the lesson's fresh start on (not an older run of the same config).
        if not self._armed and snap.step == 0 and snap.config == self._window.controller.config:
            self._armed = True
        self.evaluate(snap)

    @Slot(object)
    def _on_config_changed(self, _config) -> None:
        if self.lesson is not None:  # a config-only task may be met by this edit
            self.evaluate(self._window.controller.last_snapshot)

    @Slot()
    def _fit_docks(self) -> None:
        """Lesson text on the left, instruments on the right, the playground between."""
        w = self._window
        docks = [w.instruments.dock(n) for n in w.instruments.open_names()]
        docks = [d for d in docks if d is not None and d.isVisible()]
        if docks and self.dock.isVisible():
            w.resizeDocks(docks[-1:], [int(w.width() * INSTRUMENT_WIDTH_SHARE)],
                          Qt.Orientation.Horizontal)

    def _show(self) -> None:
        if self.lesson is not None:
            self.panel.show_lesson(self.lesson, self._language, self.index, len(self.lessons),
                                   self.done)

    def _retranslate_menu(self) -> None:
        for i, (lesson, action) in enumerate(zip(self.lessons, self._actions)):
            action.setText(f"&{i + 1}. {lesson.title_in(self._language)}" if i < 9
                           else f"{i + 1}. {lesson.title_in(self._language)}")

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is self._window and event.type() == QEvent.Type.LanguageChange:
            self._language = current_language()
            self._retranslate_menu()
            self.panel.retranslate()
            self._show()
            self.menu.setTitle(self.tr("&Lessons"))
            self.dock.setWindowTitle(self.tr("Lesson"))
        return False
