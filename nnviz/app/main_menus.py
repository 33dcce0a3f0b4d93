"""The playground window's menu bar: File, Edit, Training, View and Help, with their shortcuts.

Texts are translated in the ``MainWindow`` context, as when they were built inside the window,
so a language switch (``retranslate_tree``) finds them.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

translate = QCoreApplication.translate


def build_menus(w) -> None:
    """The menus of ``w`` (a MainWindow). Each action becomes an attribute of the window
    (``play_action``, ``undo_action``, ...) and works as a shortcut also while the menu bar is
    hidden (full screen); the menus of grid search, compare, export, language and projects
    are made by their own owners."""

    def action(text, shortcuts, slot, menu, tip=""):
        a = QAction(text, w)
        a.setShortcuts([QKeySequence(s) for s in shortcuts])
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            a.setStatusTip(tip)
        a.triggered.connect(slot)
        menu.addAction(a)
        w.addAction(a)  # shortcuts work while the menu bar is hidden (full screen)
        return a

    file_menu = w.menuBar().addMenu(translate("MainWindow", "&File"))
    w.import_csv_action = action(
        translate("MainWindow", "&Import CSV…"), ["Ctrl+I"], w._import_csv, file_menu,
        translate("MainWindow", "Your own points from a CSV file."))
    from nnviz.app.export.menu import ExportMenu
    w.export_menu = ExportMenu(w, file_menu)
    file_menu.addSeparator()
    w.quit_action = action(translate("MainWindow", "&Quit"),
                           [QKeySequence.StandardKey.Quit, "Ctrl+Q"], w.close, file_menu)
    w.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    edit_menu = w.menuBar().addMenu(translate("MainWindow", "&Edit"))
    w.undo_action = action(
        translate("MainWindow", "&Undo setting"), [QKeySequence.StandardKey.Undo], w._undo,
        edit_menu, translate("MainWindow", "Go back to the settings before the last change."))
    w.redo_action = action(
        translate("MainWindow", "&Redo setting"),
        [QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"], w._redo, edit_menu,
        translate("MainWindow", "Apply the undone change again."))
    w._update_undo_actions()

    train_menu = w.menuBar().addMenu(translate("MainWindow", "T&raining"))
    w.play_action = action(
        translate("MainWindow", "&Play / Pause"), ["Space"], w._toggle_play, train_menu,
        translate("MainWindow", "Train continuously, or pause."))
    w.step_action = action(
        translate("MainWindow", "&Step one batch"), ["Right"], w._step_batch, train_menu,
        translate("MainWindow", "One weight update from one batch."))
    w.epoch_action = action(
        translate("MainWindow", "Step one &epoch"), ["Ctrl+Right", "Shift+Right"],
        w._step_epoch, train_menu,
        translate("MainWindow", "One pass through all training points."))
    w.reset_action = action(
        translate("MainWindow", "&Reset"), ["Ctrl+R"], w._reset, train_menu,
        translate("MainWindow", "New random weights, same data."))
    train_menu.addSeparator()
    from nnviz.app.search.menu import GridSearchMenu
    w.grid_search = GridSearchMenu(w, train_menu)
    from nnviz.app.compare.menu import CompareMenu
    w.compare = CompareMenu(w, train_menu)

    view_menu = w.view_menu = w.menuBar().addMenu(translate("MainWindow", "&View"))
    w.fullscreen_action = action(
        translate("MainWindow", "&Full screen"), ["F11"], w._toggle_full_screen, view_menu,
        translate("MainWindow", "Fill the screen (for a projector)."))
    w.fullscreen_action.setCheckable(True)
    w.draw_action = action(
        translate("MainWindow", "&Draw points"), ["D"], w._toggle_drawing, edit_menu,
        translate("MainWindow", "Draw your own points on the output."))
    from nnviz.app.i18n.menu import LanguageMenu
    w.language_menu = LanguageMenu(w, view_menu)

    help_menu = w.menuBar().addMenu(translate("MainWindow", "&Help"))
    w.about_action = action(
        translate("MainWindow", "&About nnviz"), [], w._show_about, help_menu,
        translate("MainWindow", "Version, licence and credits."))
    w.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    from nnviz.app.project_actions import ProjectActions
    w.project = ProjectActions(w, file_menu)  # New, Open, Save... atop the File menu
