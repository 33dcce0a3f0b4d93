"""Training → Grid search…: the dialog driven like a user on a tiny grid."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from nnviz.lab.search import GridAxis, GridPlan, GridResults, GridRun, run_job

from window_helpers import config, window  # noqa: F401 - window is a fixture

SMALL = config().with_data(n_points=100)


def living_children() -> set[int]:
    """Pids of this process's children that are alive (zombies and multiprocessing's resource
    tracker, which serves every spawned process for the life of this one, excluded)."""
    import os
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == os.getpid() and fields[0] != "Z" and \
                b"resource_tracker" not in cmdline:
            found.add(int(stat.parent.name))
    return found


def open_dialog(qtbot, w):
    menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "T&raining")
    action = next(a for a in menu.actions() if a.text() == "&Grid search…")
    action.trigger()
    dialog = w.grid_search.dialog
    qtbot.waitExposed(dialog)
    return dialog


def type_into(qtbot, field, text):
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def set_up(qtbot, dialog, first="0.01, 0.3", second="2, 4", repeats=1, epochs=5):
    type_into(qtbot, dialog.first_values, first)
    type_into(qtbot, dialog.second_values, second)
    dialog.repeats.setValue(repeats)
    type_into(qtbot, dialog.epochs.lineEdit(), str(epochs))


def test_menu_opens_the_dialog_prefilled(qtbot, window):
    w = window(SMALL)
    dialog = open_dialog(qtbot, w)
    assert dialog.first_param.currentData() == "learning_rate"
    assert dialog.first_values.text() == "0.001, 0.01, 0.03, 0.1, 0.3"
    assert (dialog.second_param.currentData(), dialog.second_values.text()) == ("units", "2, 4, 8")
    assert (dialog.repeats.value(), dialog.epochs.value()) == (2, 100)
    dialog.second_param.setCurrentIndex(dialog.second_param.findData("optimizer"))
    assert dialog.second_values.text() == "sgd, rmsprop, adam"


def test_a_tiny_grid_runs_shows_the_one_by_one_numbers_and_loads_a_cell(qtbot, window):
    w = window(SMALL)
    dialog = open_dialog(qtbot, w)
    set_up(qtbot, dialog)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert not dialog.run_button.isEnabled() and dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    plan = GridPlan(SMALL, (GridAxis.parse("learning_rate", "0.01, 0.3"),
                            GridAxis.parse("units", "2, 4")), repeats=1, epochs=5)
    alone = GridResults(plan, [run_job(job) for job in plan.jobs()])
    heatmap = dialog.heatmap
    for s in alone.summaries("test_loss"):
        assert heatmap.cell_text(s.cell) == f"{s.mean:.4g}"
    best = alone.best("test_loss")
    assert heatmap.best_cell == best.cell
    assert f"Best: Learning rate {best.values[0]:g}, Neurons per layer {best.values[1]}" \
        in dialog.best_label.text()
    assert (dialog.progress.value(), dialog.progress.maximum()) == (4, 4)
    assert dialog.status_label.text().startswith("Done: 4 runs")
    # Accuracy instead of loss: the best cell follows the higher-is-better measure.
    dialog.measure.setCurrentIndex(dialog.measure.findData("test_metric"))
    assert heatmap.best_cell == alone.best("test_metric").cell
    # A click on a cell puts its settings into the playground.
    cell = (0, 1)
    qtbot.mouseClick(heatmap, Qt.MouseButton.LeftButton,
                     pos=heatmap.cell_rect(cell).center().toPoint())
    assert w.config == plan.cell_config(cell)
    assert w.config.training.learning_rate == 0.01 and w.config.network.units == (4, 4)


def test_bad_values_are_shown_and_nothing_runs(qtbot, window):
    w = window(SMALL)
    dialog = open_dialog(qtbot, w)
    set_up(qtbot, dialog, first="0.01, fast")
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "learning_rate: 'fast' is not a number"
    assert dialog.run is None and dialog.run_button.isEnabled()


def test_cancel_stops_the_workers_and_keeps_the_finished_cells(qtbot, window):
    w = window(SMALL)
    before = living_children()
    dialog = open_dialog(qtbot, w)
    dialog.second_param.setCurrentIndex(0)  # (none): one parameter
    # batch 50: 1 step per epoch, done in a moment; batch 1: 50 steps per epoch, minutes.
    dialog.first_param.setCurrentIndex(dialog.first_param.findData("batch_size"))
    set_up(qtbot, dialog, first="50, 1", second="", epochs=5000)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.run.done >= 1, timeout=60_000)
    workers = living_children() - before
    assert workers
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.running and dialog.run.cancelled
    assert not workers & living_children()
    assert dialog.status_label.text() == ("Cancelled after 1 of 2 runs; the finished cells "
                                          "are kept.")
    assert dialog.heatmap.cell_text((0,)) != "…" and dialog.heatmap.cell_text((1,)) == "…"
    assert dialog.run_button.isEnabled() and dialog.export_button.isEnabled()
    # Fresh, idle workers wait for the next search while the dialog stays open; closing it
    # ends them.
    qtbot.waitUntil(lambda: len(living_children() - before) == dialog.pool.workers,
                    timeout=60_000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and living_children() - before == set()


def test_the_workers_start_when_the_dialog_opens_run_the_search_and_end_with_it(qtbot, window):
    w = window(SMALL)
    before = living_children()
    dialog = open_dialog(qtbot, w)
    # Before Run: one worker per core is started, so pressing Run does not wait for them.
    qtbot.waitUntil(lambda: len(living_children() - before) == dialog.pool.workers,
                    timeout=60_000)
    ahead = living_children() - before
    assert dialog.pool.workers == GridRun.default_workers()
    set_up(qtbot, dialog)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.status_label.text().startswith("Done: 4 runs")
    assert living_children() - before == ahead  # they ran it and wait for the next search
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)  # again, on the same ones
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.status_label.text().startswith("Done: 4 runs")
    assert living_children() - before == ahead
    dialog.close()
    assert living_children() - before == set()
    open_dialog(qtbot, w)  # opened again: new workers
    qtbot.waitUntil(lambda: len(living_children() - before) == dialog.pool.workers,
                    timeout=60_000)
    w.close()  # the main window closing ends them too
    assert living_children() - before == set()


def test_closing_the_main_window_cancels_a_running_search(qtbot, window):
    w = window(SMALL)
    before = living_children()
    dialog = open_dialog(qtbot, w)
    dialog.first_param.setCurrentIndex(dialog.first_param.findData("batch_size"))
    set_up(qtbot, dialog, first="1, 2", second="2", epochs=5000)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(living_children() - before), timeout=60_000)
    workers = living_children() - before
    w.close()
    assert dialog.run.cancelled
    assert not workers & living_children()


def test_export_writes_the_csv_where_the_user_chose(qtbot, window, tmp_path, monkeypatch):
    w = window(SMALL)
    dialog = open_dialog(qtbot, w)
    dialog.second_param.setCurrentIndex(0)
    set_up(qtbot, dialog, first="0.03, 0.1", second="", epochs=3)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    target = tmp_path / "grid.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8")
    assert text == dialog.results.csv_text()
    assert text.splitlines()[0].startswith("learning_rate,runs,failed,")
    assert len(text.splitlines()) == 3


def test_results_from_a_project_show_when_the_dialog_opens(qtbot, window):
    w = window(SMALL)
    plan = GridPlan(SMALL, (GridAxis.parse("dropout", "0, 0.1"),), epochs=2)
    stored = GridResults.from_dict(GridResults(plan, [run_job(j) for j in plan.jobs()]).to_dict())
    w.grid_search.restore(stored)  # as opening a project does
    dialog = open_dialog(qtbot, w)
    assert dialog.heatmap.best_cell == stored.best().cell
    assert "Best: Dropout" in dialog.best_label.text()
    assert w.grid_search.results is stored  # what saving the project keeps


def test_cells_say_diverged_waiting_or_mean_and_spread(qtbot, window):
    from nnviz.lab.search import RunResult
    w = window(SMALL)
    plan = GridPlan(SMALL, (GridAxis.parse("learning_rate", "0.01, 50, 0.1"),), repeats=2,
                    epochs=2)
    nan = float("nan")
    runs = [RunResult((0,), 0, 0, 2, 0.2, 0.5, 0.9, 0.75), RunResult((0,), 1, 1, 2, 0.2, -0.25,
                                                                      0.9, 0.8),
            RunResult((1,), 0, 0, 1, nan, nan, nan, nan, "diverged", "Training diverged")]
    w.grid_search.restore(GridResults(plan, runs))
    heatmap = open_dialog(qtbot, w).heatmap
    assert heatmap.cell_text((0,)) == "0.125\n± 0.5303"  # mean of 0.5 and −0.25
    assert heatmap.cell_text((1,)) == "diverged"
    assert heatmap.cell_text((2,)) == "…"
    tip = heatmap.tooltip_for((1,))
    assert tip.startswith("Learning rate = 50") and "1 runs diverged" in tip


def test_the_dialog_reads_korean_and_follows_a_language_switch(qtbot, window, monkeypatch,
                                                              tmp_path):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from nnviz.app.i18n.language import install_translator
    monkeypatch.setenv("NNVIZ_SETTINGS_DIR", str(tmp_path))
    switcher = install_translator(QApplication.instance(), "ko", remember=False)
    try:
        w = window(SMALL)
        menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "학습(&R)")
        action = next(a for a in menu.actions() if a.text() == "그리드 서치(&G)…")
        action.trigger()
        dialog = w.grid_search.dialog
        qtbot.waitExposed(dialog)
        assert dialog.windowTitle() == "그리드 서치"
        assert [b.text() for b in (dialog.run_button, dialog.cancel_button,
                                   dialog.export_button)] == ["실행(&R)", "서치 취소(&C)",
                                                              "CSV 내보내기(&E)…"]
        assert dialog.first_param.currentText() == "학습률"
        assert dialog.status_label.text().startswith("각 칸은 놀이터의 설정에")
        set_up(qtbot, dialog)
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
        assert dialog.status_label.text().startswith("완료: 4번 학습")
        assert dialog.best_label.text().startswith("★ 가장 좋은 칸: 학습률 ")
        assert " — 테스트 손실 " in dialog.best_label.text()
        # Switched back while the dialog is open: fixed texts and those with numbers follow.
        switcher.switch("en", remember=False)
        QCoreApplication.processEvents()
        assert (dialog.windowTitle(), dialog.run_button.text()) == ("Grid search", "&Run")
        assert dialog.status_label.text().startswith("Done: 4 runs")
        assert dialog.best_label.text().startswith("★ Best: Learning rate ")
        assert " — Test loss " in dialog.best_label.text()
        assert w.grid_search.action.text() == "&Grid search…"
    finally:
        switcher.switch("en", remember=False)
        QCoreApplication.processEvents()
