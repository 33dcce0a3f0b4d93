"""InstrumentDocks: the Instruments menu and toolbar, and one dock per open instrument.

Several instruments may be open at once: the first docks beside the playground, the next ones
become tabs with it. In a wide window (≥ ``WIDE_WINDOW`` px) a stand-alone instrument docks on the
right, half the width; in a narrower one (a 1280 × 800 projector), and always for the instruments
that follow the live network (they draw on the graph and take clicks on the output view, which
must stay wide), at the bottom across the whole width, so that neither the playground nor the
instrument is squeezed into a strip. Which are open is remembered between runs in QSettings
(organisation "nnviz").
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QToolBar

from nnviz.app.instruments.registry import CONTEXT, INSTRUMENTS
from nnviz.paths import settings_dir_override

SETTINGS_KEY = "instruments/open"
#: Share of the window's width the docks take when the first one opens on the right.
DOCK_WIDTH_SHARE = 0.5
#: Share of the window's height they take at the bottom.
DOCK_HEIGHT_SHARE = 0.33
#: Windows at least this wide get the docks on the right, narrower ones at the bottom.
WIDE_WINDOW = 1600


def instrument_settings() -> QSettings:
    """nnviz's settings store (a file in ``NNVIZ_SETTINGS_DIR`` when that is set)."""
    folder = settings_dir_override()
    if folder is not None:
        return QSettings(str(folder / "nnviz.ini"), QSettings.Format.IniFormat)
    return QSettings("nnviz", "nnviz")


class InstrumentDock(QDockWidget):
    """A dock that says when the user closes it (its title bar's ×)."""

    closed = Signal(str)

    def __init__(self, name: str, title: str, parent=None):
        super().__init__(title, parent)
        self.name = name
        self.setObjectName(f"instrument-{name}")
        self.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea
                             | Qt.DockWidgetArea.BottomDockWidgetArea)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().closeEvent(event)
        self.closed.emit(self.name)


class InstrumentDocks(QObject):
    """Opens, closes and remembers the instruments of ``window``.

    Parameters
    ----------
    window : QMainWindow
    controller : TrainingController
        Handed to every view (instruments that follow the live network need it).
    restore : bool
        Open the instruments that were open at the end of the last run.

    Attributes
    ----------
    menu, toolbar
        The "Instruments" menu and toolbar.
    actions : dict
        Instrument name -> its checkable QAction.
    """

    def __init__(self, window: QMainWindow, controller, *, restore: bool = True):
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._docks: dict[str, InstrumentDock] = {}
        self.actions: dict[str, QAction] = {}
        window.setDockOptions(window.dockOptions() | QMainWindow.DockOption.AllowTabbedDocks)
        window.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas,
                              QTabWidget.TabPosition.North)
        bar = window.menuBar()
        self.menu = bar.addMenu(self.tr("&Instruments"))
        menus = [a for a in bar.actions() if a.menu() is not None and a.menu() is not self.menu]
        if menus:  # before Help, which stays last by convention
            bar.insertMenu(menus[-1], self.menu)
        self.toolbar = QToolBar(self.tr("Instruments"), window)
        self.toolbar.setObjectName("instruments-toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        for name, instrument in INSTRUMENTS.items():
            action = QAction(QCoreApplication.translate(CONTEXT, instrument.title), self)
            action.setCheckable(True)
            action.setStatusTip(QCoreApplication.translate(CONTEXT, instrument.help))
            action.setToolTip(QCoreApplication.translate(CONTEXT, instrument.help))
            action.setObjectName(f"open-{name}")
            action.toggled.connect(lambda on, n=name: self.set_open(n, on))
            self.menu.addAction(action)
            self.toolbar.addAction(action)
            self.actions[name] = action
        if restore:
            self.show_only(self.remembered())

    # -- public ------------------------------------------------------------------------------
    def open_names(self) -> list[str]:
        """The open instruments, in registry order."""
        return [n for n in INSTRUMENTS if n in self._docks]

    def is_open(self, name: str) -> bool:
        return name in self._docks

    def dock(self, name: str) -> InstrumentDock | None:
        return self._docks.get(name)

    def view(self, name: str):
        """The open instrument's view widget, or None."""
        dock = self._docks.get(name)
        return dock.widget() if dock is not None else None

    def open(self, name: str) -> InstrumentDock:
        """Open ``name`` (or bring it to the front); ``ValueError`` for an unknown name."""
        self.set_open(name, True)
        return self._docks[name]

    def close(self, name: str) -> None:
        self.set_open(name, False)

    def show_only(self, names) -> None:
        """Exactly ``names`` open (unknown names are skipped: settings may be from a newer nnviz)."""
        wanted = [n for n in names if n in INSTRUMENTS]
        for name in self.open_names():
            if name not in wanted:
                self.close(name)
        for name in wanted:
            self.open(name)

    def remembered(self) -> list[str]:
        value = instrument_settings().value(SETTINGS_KEY, [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value] if value else []
        return [str(v) for v in value or []]

    @Slot(str, bool)
    def set_open(self, name: str, on: bool) -> None:
        if name not in INSTRUMENTS:
            raise ValueError(f"unknown instrument {name!r}; choose from {', '.join(INSTRUMENTS)}")
        if on and name not in self._docks:
            self._create(name)
        elif on:
            self._docks[name].raise_()
        elif not on and name in self._docks:
            dock = self._docks.pop(name)
            dock.closed.disconnect(self._on_dock_closed)
            dock.close()
            self._window.removeDockWidget(dock)
            dock.deleteLater()  # the view's timers and plots go with it
        action = self.actions[name]
        if action.isChecked() != on:
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)
        self._remember()

    # -- internals ---------------------------------------------------------------------------
    def _create(self, name: str) -> None:
        instrument = INSTRUMENTS[name]
        dock = InstrumentDock(name, QCoreApplication.translate(CONTEXT, instrument.title),
                              self._window)
        dock.setWidget(instrument.view_class()(self._controller, dock))
        others = [self._docks[n] for n in self.open_names()]
        self._window.addDockWidget(self.dock_area(name), dock)
        if others:
            self._window.tabifyDockWidget(others[-1], dock)
        else:
            # After the window has its real size (at start-up it is not shown yet).
            QTimer.singleShot(0, lambda d=dock: self._widen(d))
        dock.closed.connect(self._on_dock_closed)
        self._docks[name] = dock
        dock.show()
        dock.raise_()

    def dock_area(self, name: str) -> Qt.DockWidgetArea:
        """Where instrument ``name`` opens when it is the first: on the right of a wide window
        unless it follows the live network, else at the bottom."""
        if self._window.width() >= WIDE_WINDOW and not INSTRUMENTS[name].live:
            return Qt.DockWidgetArea.RightDockWidgetArea
        return Qt.DockWidgetArea.BottomDockWidgetArea

    def _widen(self, dock: InstrumentDock) -> None:
        if dock not in self._docks.values():
            return
        area = self.dock_area(dock.name)  # the window has its real size only now
        if self._window.dockWidgetArea(dock) != area:
            docks = [self._docks[n] for n in self.open_names()]
            for d in docks:
                self._window.addDockWidget(area, d)
            for d in docks:
                if d is not dock:
                    self._window.tabifyDockWidget(dock, d)
            dock.raise_()
        if self._window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea:
            width = int(self._window.width() * DOCK_WIDTH_SHARE)
            self._window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        else:
            height = int(self._window.height() * DOCK_HEIGHT_SHARE)
            self._window.resizeDocks([dock], [height], Qt.Orientation.Vertical)

    @Slot(str)
    def _on_dock_closed(self, name: str) -> None:
        if name in self._docks:
            self.set_open(name, False)

    def _remember(self) -> None:
        settings = instrument_settings()
        settings.setValue(SETTINGS_KEY, self.open_names())
        settings.sync()
