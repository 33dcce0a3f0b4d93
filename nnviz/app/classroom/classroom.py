"""Classroom: presentation mode (F5), zoom (Ctrl+= / Ctrl+- / Ctrl+0), the high-contrast theme
and hiding control groups by hand, for a main window.

The hidden groups and the zoom are what a project's :class:`~nnviz.lab.project.WindowState`
keeps (:meth:`Classroom.window_state` / :meth:`Classroom.apply_window_state`); lessons set the
hidden groups with :meth:`Classroom.set_hidden`.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QToolBar, QToolButton

from nnviz.app.classroom.control_groups import GROUPS, apply_hidden
from nnviz.app.classroom.theme import HighContrastTheme
from nnviz.app.classroom.ui_scale import UiZoom
from nnviz.lab.project.window_state import WindowState

#: Presentation mode zooms to at least this on a screen 1080 pixels tall or more ...
PRESENTATION_ZOOM = 1.5
#: ... and less on a shorter one (a 1280 x 800 projector): at 150 % there the output view,
#: the network and a docked instrument no longer fit, and the output shrank to a stamp.
#: The zoom is the largest step at most screen height / PIXELS_PER_ZOOM, and at least this.
MIN_PRESENTATION_ZOOM = 1.1
PIXELS_PER_ZOOM = 720
#: ... and slows training to this many steps per second, so the teacher can narrate.
PRESENTATION_SPEED = 5.0
#: Transport icons grow by this factor in presentation mode.
BIG_BUTTONS = 1.6


def presentation_zoom(screen_height: int) -> float:
    """The zoom presentation mode starts at on a screen ``screen_height`` pixels tall: 1.5 at
    1080 and above, 1.25 at 900, 1.1 at 800 (zoom steps, never below 1.1)."""
    from nnviz.app.classroom.ui_scale import ZOOM_STEPS
    fits = [z for z in ZOOM_STEPS if MIN_PRESENTATION_ZOOM <= z <= PRESENTATION_ZOOM
            and z * PIXELS_PER_ZOOM <= screen_height]
    return max(fits, default=MIN_PRESENTATION_ZOOM)


class Classroom(QObject):
    """The classroom features of ``window`` (a MainWindow).

    Attributes
    ----------
    zoom : UiZoom
    theme : HighContrastTheme
    presentation_action, zoom_in_action, zoom_out_action, zoom_reset_action,
    contrast_action, customize_action : QAction
    customize_dock : QDockWidget or None
        The eye toggles, created when customize mode is first turned on.

    Signals
    -------
    hidden_changed(object)
        The set of hidden control group names changed (a tuple, in registry order).
    """

    hidden_changed = Signal(object)

    def __init__(self, window, view_menu):
        super().__init__(window)
        self._window = window
        self._hidden: tuple[str, ...] = ()
        self._before_presentation = None
        self.zoom = UiZoom(window)
        self.theme = HighContrastTheme()
        self.customize_dock = None
        self._build_actions(view_menu)
        window.controller.config_changed.connect(self._reapply)
        window.installEventFilter(self)

    # -- actions -----------------------------------------------------------------------------
    def _build_actions(self, menu) -> None:
        w = self._window

        def action(text, keys, slot, tip, checkable=False):
            a = QAction(text, w)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.setStatusTip(tip)
            a.setCheckable(checkable)
            (a.toggled if checkable else a.triggered).connect(slot)
            menu.addAction(a)
            w.addAction(a)  # works in full screen, with the menu bar out of sight
            return a

        menu.addSeparator()
        self.presentation_action = action(
            self.tr("&Presentation mode"), ["F5"], self.set_presentation,
            self.tr("Full screen, large text and lines, big buttons, a slow speed to narrate."),
            checkable=True)
        self.zoom_in_action = action(self.tr("Zoom &in"), ["Ctrl+=", "Ctrl++"],
                                     self.zoom.zoom_in, self.tr("Larger text and lines."))
        self.zoom_out_action = action(self.tr("Zoom &out"), ["Ctrl+-"], self.zoom.zoom_out,
                                      self.tr("Smaller text and lines."))
        self.zoom_reset_action = action(self.tr("&Actual size"), ["Ctrl+0"], self.zoom.reset,
                                        self.tr("Text and lines at their normal size."))
        self.contrast_action = action(
            self.tr("&High-contrast theme"), [], self.set_high_contrast,
            self.tr("Black text and dark frames, readable on a pale projector."),
            checkable=True)
        self.customize_action = action(
            self.tr("&Customize controls…"), [], self.set_customizing,
            self.tr("Hide groups of controls the class does not need yet."), checkable=True)
        toolbar = QToolBar(self.tr("Classroom"), w)
        toolbar.setObjectName("classroom-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.presentation_action)
        toolbar.addAction(self.customize_action)
        w.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    @Slot(bool)
    def set_high_contrast(self, on: bool) -> None:
        """Turn the high-contrast light theme on or off (the zoom stays)."""
        self.theme.set_active(on)
        self.zoom.refresh()
        if self.contrast_action.isChecked() != on:
            self.contrast_action.setChecked(on)

    # -- hidden control groups ---------------------------------------------------------------
    @property
    def hidden(self) -> tuple[str, ...]:
        return self._hidden

    def set_hidden(self, names) -> None:
        """Hide exactly the groups ``names`` (unknown names are skipped)."""
        wanted = set(names)
        self._hidden = tuple(n for n in GROUPS if n in wanted)
        apply_hidden(self._window, self._hidden)
        if self.customize_dock is not None:
            self.customize_dock.widget().show_hidden(self._hidden)
        self.hidden_changed.emit(self._hidden)

    def set_group_visible(self, name: str, visible: bool) -> None:
        if name not in GROUPS:
            raise ValueError(f"unknown control group {name!r}; known: {', '.join(GROUPS)}")
        hidden = set(self._hidden)
        (hidden.discard if visible else hidden.add)(name)
        self.set_hidden(hidden)

    @Slot(object)
    def _reapply(self, _config=None) -> None:
        # The panels redraw from each new config and may show rows again: hide them anew.
        if self._hidden:
            apply_hidden(self._window, self._hidden)

    # -- customize mode ----------------------------------------------------------------------
    @Slot(bool)
    def set_customizing(self, on: bool) -> None:
        """Show or hide the panel of eye toggles."""
        if on and self.customize_dock is None:
            from nnviz.app.classroom.customize_panel import CustomizePanel
            dock = QDockWidget(self.tr("Customize controls"), self._window)
            dock.setObjectName("customize-controls")
            panel = CustomizePanel(dock)
            panel.visibility_changed.connect(self.set_group_visible)
            panel.show_all_requested.connect(lambda: self.set_hidden(()))
            dock.setWidget(panel)
            dock.visibilityChanged.connect(self._on_dock_visibility)
            self._window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
            self.customize_dock = dock
        if self.customize_dock is not None:
            self.customize_dock.widget().show_hidden(self._hidden)
            self.customize_dock.setVisible(on)
        if self.customize_action.isChecked() != on:
            self.customize_action.setChecked(on)

    @Slot(bool)
    def _on_dock_visibility(self, visible: bool) -> None:
        if not visible and self.customize_dock.isHidden():  # closed by its ×
            self.customize_action.setChecked(False)

    # -- presentation mode -------------------------------------------------------------------
    @property
    def presenting(self) -> bool:
        return self._before_presentation is not None

    @Slot(bool)
    def set_presentation(self, on: bool) -> None:
        """Full screen, zoom ≥ 150 %, big transport buttons and a narratable speed; off puts
        back the window state, zoom and speed from before."""
        w = self._window
        if on == self.presenting:
            return
        if on:
            self._before_presentation = (w.windowState(), self.zoom.zoom, w.transport.speed())
            w.setWindowState(w.windowState() | Qt.WindowState.WindowFullScreen)
            screen = w.screen().availableGeometry() if w.screen() is not None else None
            target = presentation_zoom(screen.height() if screen is not None else 1080)
            self.zoom.set_zoom(max(self.zoom.zoom, target))
            self._set_big_buttons(True)
            self._set_speed(PRESENTATION_SPEED)
        else:
            state, zoom, speed = self._before_presentation
            self._before_presentation = None
            w.setWindowState(state)
            self.zoom.set_zoom(zoom)
            self._set_big_buttons(False)
            self._set_speed(speed)
        if hasattr(w, "fullscreen_action"):
            w.fullscreen_action.setChecked(w.isFullScreen())
        if self.presentation_action.isChecked() != on:
            self.presentation_action.setChecked(on)

    def _set_speed(self, speed: float) -> None:
        self._window.transport.set_speed(speed)
        self._window.controller.set_speed(self._window.transport.speed())

    def _set_big_buttons(self, big: bool) -> None:
        for button in self._window.transport.findChildren(QToolButton):
            base = button.property("nnviz_base_icon")
            if base is None:
                base = button.iconSize()
                button.setProperty("nnviz_base_icon", base)
            factor = BIG_BUTTONS if big else 1.0
            button.setIconSize(QSize(int(base.width() * factor), int(base.height() * factor)))

    # -- project files -----------------------------------------------------------------------
    def window_state(self, base: WindowState | None = None) -> WindowState:
        """``base`` (or a new WindowState) with this window's hidden groups and zoom."""
        return replace(base or WindowState(), hidden_controls=self._hidden,
                       zoom=round(self.zoom.zoom, 4))

    def apply_window_state(self, state: WindowState) -> None:
        """Hide the groups and take the zoom ``state`` holds (a zoom outside 75-250 % is
        brought within it)."""
        self.set_hidden(state.hidden_controls)
        self.zoom.set_zoom(state.zoom)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is self._window and event.type() == QEvent.Type.Close:
            # The zoom and theme are application-wide: a closed window gives them back.
            self.zoom.release()
            self.theme.set_active(False)
        return False
