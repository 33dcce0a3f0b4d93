"""File → New, Open…, Open Recent, Save, Save As…: the window's project (``.nnviz``) file.

:class:`ProjectActions` knows which file the window's experiment belongs to and whether it
changed since it was saved (the title's ``*``), writes the GUI's latest state — the config, the
training thread's checkpoint of the weights on screen and the open instruments — and opens a
project into the running window. A refused file changes nothing and says what is wrong and
where. Dialogs go through the module-level ``ask_*`` functions, which tests replace.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nnviz.app import recent_projects
from nnviz.app.autosave import Autosave
from nnviz.app.i18n.lab_messages import translate_error
from nnviz.app.project_drop import FileOpenFilter, ProjectDropFilter
from nnviz.lab.project import SUFFIX, ProjectDocument, ProjectError, WindowState, \
    load_project, save_project

translate = QCoreApplication.translate  # lupdate reads translate("Context", "...") calls

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"




def _file_filter() -> str:
    return translate("Project", "nnviz projects (*.nnviz)")


def ask_open_path(parent, folder: Path) -> str:
    """The project file the user picks to open ("" when cancelled)."""
    path, _ = QFileDialog.getOpenFileName(parent, translate("Project", "Open project"), str(folder),
                                          _file_filter())
    return path


def ask_save_path(parent, suggestion: Path) -> str:
    """Where the user wants the project saved ("" when cancelled)."""
    path, _ = QFileDialog.getSaveFileName(parent, translate("Project", "Save project"),
                                          str(suggestion), _file_filter())
    return path


def ask_unsaved(parent, name: str) -> str:
    """Save / Discard / Cancel for the unsaved changes of project ``name``."""
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    answer = QMessageBox.question(
        parent, translate("Project", "Unsaved changes"),
        translate("Project", "“%1” has changes that are not saved. Save them first?")
        .replace("%1", name),
        buttons, QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL


def refusal_text(path, error: ProjectError) -> str:
    """What the refused-file dialog says: the file, the problem and the field at fault."""
    text = translate("Project", "“%1” cannot be opened.").replace("%1", Path(path).name)
    text += "\n\n"
    text += translate("Project", "Problem: %1").replace("%1", translate_error(error.reason))
    if error.field:
        text += "\n" + translate("Project", "Field: %1").replace("%1", error.field)
    return text + "\n\n" + translate("Project", "The open project is unchanged.")


def document_of(checkpoint, config, window: WindowState) -> ProjectDocument:
    """The project of ``checkpoint`` (None: untrained ``config``), diverged runs at their last
    good weights as :meth:`ProjectDocument.from_session` keeps them. Own points come with the
    config (the document derives its ``custom_data`` from it)."""
    import numpy as np
    if checkpoint is None:
        return ProjectDocument(config, None, None, window)
    if checkpoint.status == "diverged" or not all(np.isfinite(w).all()
                                                  for w in checkpoint.weights):
        from nnviz.lab.checkpoint import resume
        return ProjectDocument.from_session(resume(checkpoint, checkpoint.config), window)
    return ProjectDocument(checkpoint.config, checkpoint, None, window)


class ProjectActions(QObject):
    """The project side of the File menu of ``window`` (a MainWindow), at its top.

    Attributes
    ----------
    path : Path or None
        The project file the window's experiment was opened from or saved to.
    modified : bool
        Config, weights or training changed since the last save or open.
    ask_on_close : bool
        Closing with unsaved changes asks Save / Discard / Cancel (set by :meth:`protect`;
        scripted runs and tests close without asking).
    autosave : Autosave
    """

    def __init__(self, window, file_menu):
        super().__init__(window)
        self._window = window
        self._controller = window.controller
        self.path: Path | None = None
        self.modified = False
        self.ask_on_close = False
        self._folder = Path.home()
        self._window_state = WindowState()
        self._loading = False
        self._clean = (0, 0)  # (serial, step) of the state last saved or opened
        self.autosave = Autosave(self)
        self._build_menu(file_menu)
        self.drop_filter = ProjectDropFilter(window, self.open_dropped)
        self._connect()
        self._update_title()

    # -- menu ---------------------------------------------------------------------------------
    def _build_menu(self, file_menu) -> None:
        first = file_menu.actions()[0] if file_menu.actions() else None
        w = self._window

        def action(text, shortcuts, slot):
            a = QAction(text, w)
            keys = []
            for key in map(QKeySequence, shortcuts):  # a key twice would be "ambiguous"
                if not key.isEmpty() and key not in keys:
                    keys.append(key)
            a.setShortcuts(keys)
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.triggered.connect(slot)
            file_menu.insertAction(first, a)
            w.addAction(a)  # the shortcut works in full screen (no menu bar) too
            return a

        keys = QKeySequence.StandardKey
        self.new_action = action(translate("Project", "&New"), [keys.New, "Ctrl+N"],
                                 self.new_project)
        self.new_action.setStatusTip(
            translate("Project", "Start again from the default experiment."))
        self.open_action = action(translate("Project", "&Open…"), [keys.Open, "Ctrl+O"],
                                  self.open_dialog)
        self.open_action.setStatusTip(translate("Project", "Open a saved project (.nnviz)."))
        self.recent = recent_projects.RecentMenu(file_menu, first)
        self.recent.chosen.connect(self.open_recent)
        self.recent.pruned.connect(self._on_recent_pruned)
        self.save_action = action(translate("Project", "&Save"), [keys.Save, "Ctrl+S"],
                                  self.save)
        self.save_action.setStatusTip(
            translate("Project", "Save the experiment, its weights and training."))
        self.save_as_action = action(translate("Project", "Save &As…"),
                                     [QKeySequence.StandardKey.SaveAs, "Ctrl+Shift+S"],
                                     self.save_as)
        if first is not None:
            file_menu.insertSeparator(first)

    def _connect(self) -> None:
        w, c = self._window, self._controller
        c.config_changed.connect(self._on_config_changed)
        c.snapshot_ready.connect(self._on_snapshot)
        w.graph_view.weight_edited.connect(self.mark_modified)
        w.transport.reset_requested.connect(self.mark_modified)
        w.reset_action.triggered.connect(self.mark_modified)  # a reset at step 0 changes weights
        w.banner.restore_requested.connect(self.mark_modified)
        w.banner.restore_best_requested.connect(self.mark_modified)

    # -- the unsaved-changes mark -------------------------------------------------------------
    def display_name(self) -> str:
        return self.path.stem if self.path is not None else translate("Project", "Untitled")

    def _update_title(self) -> None:
        # Qt shows "*" in place of [*] while the window is modified (macOS: a dot in the close
        # button instead).
        self._window.setWindowTitle(
            translate("Project", "%1[*] — nnviz").replace("%1", self.display_name()))
        self._window.setWindowModified(self.modified)

    @Slot()
    def mark_modified(self, *args) -> None:
        """Something worth saving changed."""
        self.autosave.pending = True
        if not self.modified:
            self.modified = True
            self._window.setWindowModified(True)

    def _mark_clean(self, checkpoint) -> None:
        self._clean = (checkpoint.serial, checkpoint.step_count) if checkpoint is not None \
            else (0, 0)
        self.modified = False
        self._window.setWindowModified(False)

    @Slot(object)
    def _on_config_changed(self, config) -> None:
        if not self._loading:
            self.mark_modified()

    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        # Older snapshots may still arrive after an open; only newer ones that trained count.
        serial, step = self._clean
        if snap.serial > serial and snap.step != step:
            self.mark_modified()

    # -- the document -------------------------------------------------------------------------
    def current_document(self) -> ProjectDocument:
        """The window's project now: config, the weights on screen, training, open instruments.

        Raises ``TimeoutError`` when the training thread does not answer.
        """
        checkpoint = self._controller.fetch_checkpoint()
        docks = getattr(self._window, "instruments", None)  # made after the menus
        names = tuple(docks.open_names()) if docks is not None else ()
        state = replace(self._window_state, instruments=names)
        classroom = getattr(self._window, "classroom", None)  # hidden controls and zoom
        if classroom is not None:
            state = classroom.window_state(state)
        lessons = getattr(self._window, "lessons", None)
        if lessons is not None and lessons.lesson is not None:
            state = replace(state, lesson=lessons.lesson.id)
        curves = getattr(self._window, "curves_view", None)  # earlier runs on the loss chart
        if curves is not None:
            state = replace(state, ghost_runs=curves.ghosts.to_dict())
        document = document_of(checkpoint, self._controller.config, state)
        search = getattr(self._window, "grid_search", None)
        if search is not None and search.results is not None:
            document = replace(document, grid_search=search.results)
        return document

    def open_document(self, document: ProjectDocument, path=None, *,
                      instruments: bool = True) -> None:
        """Show ``document`` in the window, training from its checkpoint (``path``: its file;
        ``instruments``: open the ones it names, closing the others)."""
        from nnviz.lab.checkpoint import capture
        from nnviz.lab.session import Session
        checkpoint = document.checkpoint
        if checkpoint is None:  # untrained: the weights a fresh start of the config gets
            checkpoint = capture(Session(document.config))
        self._loading = True
        try:
            self._controller.apply_config(document.config)
        finally:
            self._loading = False
        self._controller.load_checkpoint(checkpoint)
        self._window_state = document.window
        if instruments and hasattr(self._window, "instruments"):
            self._window.instruments.show_only(document.window.instruments)
        if hasattr(self._window, "grid_search"):
            self._window.grid_search.restore(document.grid_search)
        if hasattr(self._window, "classroom"):
            self._window.classroom.apply_window_state(document.window)
        if hasattr(self._window, "curves_view"):
            from nnviz.lab.ghost_runs import GhostRuns
            ghosts = document.window.ghost_runs
            self._window.curves_view.ghosts.load(
                GhostRuns.from_dict(ghosts) if ghosts is not None else GhostRuns())
        self._window.warnings.hide_warning()
        self.path = Path(path) if path is not None else None
        try:  # every command before is done: snapshots older than this do not count
            settled = self._controller.fetch_checkpoint()
        except TimeoutError:
            settled = None
        self._mark_clean(settled or checkpoint)
        self._controller.request_snapshot()
        if self.path is not None:
            self._folder = self.path.parent
            recent_projects.remember(self.path)
        self._update_title()

    # -- New / Open ---------------------------------------------------------------------------
    def may_discard_changes(self) -> bool:
        """True when the current project may be replaced: no unsaved changes, or the user
        saved or discarded them."""
        if not self.modified:
            return True
        answer = ask_unsaved(self._window, self.display_name())
        if answer == SAVE:
            return self.save()
        return answer == DISCARD

    @Slot()
    def new_project(self) -> bool:
        """The default experiment, untrained, in a new untitled project."""
        if not self.may_discard_changes():
            return False
        from nnviz.lab.config import ExperimentConfig
        # The instruments stay as they are: they belong to the lesson more than to the project.
        self.open_document(ProjectDocument(ExperimentConfig()), instruments=False)
        self._window.statusBar().showMessage(
            translate("Project", "New project: the default experiment."), 5000)
        return True

    @Slot()
    def open_dialog(self) -> bool:
        if not self.may_discard_changes():
            return False
        path = ask_open_path(self._window, self._folder)
        return self.open_path(path) if path else False

    def open_path(self, path) -> bool:
        """Open the project in ``path``; a refused file only shows why (nothing changes)."""
        try:
            document = load_project(path)
        except ProjectError as exc:
            QMessageBox.warning(self._window, translate("Project", "Cannot open project"),
                                refusal_text(path, exc))
            return False
        self.open_document(document, path)
        self._window.statusBar().showMessage(
            translate("Project", "Opened %1").replace("%1", str(path)), 5000)
        return True

    @Slot(object)
    def open_recent(self, path) -> bool:
        if not self.may_discard_changes():
            return False
        if not Path(path).is_file():
            recent_projects.forget(path)
            QMessageBox.warning(self._window, translate("Project", "Cannot open project"),
                                translate("Project", "“%1” no longer exists; it was removed "
                                                     "from Open Recent.").replace("%1", str(path)))
            return False
        return self.open_path(path)

    def open_dropped(self, path) -> bool:
        """A ``.nnviz`` file dropped onto the window."""
        return self.may_discard_changes() and self.open_path(path)

    @Slot(int)
    def _on_recent_pruned(self, count: int) -> None:
        self._window.statusBar().showMessage(
            translate("Project", "%1 project(s) no longer exist and were removed from Open Recent.")
            .replace("%1", str(count)), 8000)

    # -- Save ---------------------------------------------------------------------------------
    @Slot()
    def save(self) -> bool:
        """Save to the project's file (asking for one the first time); True when saved."""
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    @Slot()
    def save_as(self) -> bool:
        suggestion = self.path or self._folder / (self._controller.config.data.dataset + SUFFIX)
        path = ask_save_path(self._window, suggestion)
        if not path:
            return False
        path = Path(path)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return self.save_to(path)

    def save_to(self, path) -> bool:
        """Write the window's project to ``path`` atomically; a dialog says why if it fails."""
        path = Path(path)
        try:
            document = self.current_document()
            save_project(path, document)
        except TimeoutError:
            return self._save_failed(
                path, translate("Project", "the training thread did not answer"))
        except OSError as exc:
            return self._save_failed(path, exc.strerror or str(exc))
        except ValueError as exc:  # e.g. a ProjectError of custom data over a limit
            return self._save_failed(path, str(exc))
        self.path = path
        self._folder = path.parent
        self._mark_clean(document.checkpoint)
        recent_projects.remember(path)
        self._update_title()
        self._window.statusBar().showMessage(
            translate("Project", "Saved %1").replace("%1", str(path)), 5000)
        return True

    def _save_failed(self, path, reason: str) -> bool:
        QMessageBox.warning(self._window, translate("Project", "Cannot save project"),
                            translate("Project", "“%1” was not saved: %2.")
                            .replace("%1", str(path)).replace("%2", reason))
        return False

    # -- running as the user's app ------------------------------------------------------------
    def protect(self) -> None:
        """Ask before closing with unsaved changes, autosave every minute and offer to restore
        the autosave a crashed run left (the interactive app; not scripted runs)."""
        self.ask_on_close = True
        self.file_open_filter = FileOpenFilter(QCoreApplication.instance(), self.open_dropped,
                                               self)
        self.autosave.offer_restore()
        self.autosave.start()

    def close_without_asking(self) -> bool:
        """Let the window close at once (Ctrl+C in the terminal: a question in the window may
        never be seen). Unsaved work stays in the autosave, which the next start offers back;
        True when there was some and it is there. If it cannot be written, closing asks as
        usual (a second Ctrl+C still ends nnviz at once)."""
        if self.ask_on_close and self.modified and self.autosave.active:
            if not self.autosave.keep():
                return False
            self.ask_on_close = False
            return True
        self.ask_on_close = False
        return False

    def may_close(self) -> bool:
        """For the window's closeEvent: False keeps the window open (the user cancelled)."""
        if self.ask_on_close and not self.may_discard_changes():
            return False
        self.autosave.finish()  # a clean exit leaves no autosave behind
        return True
