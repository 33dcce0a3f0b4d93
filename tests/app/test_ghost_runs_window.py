"""Earlier runs as ghosts on the loss chart: kept on Reset and rebuild, pinned, cleared."""
import numpy as np

from nnviz.lab.config import LayerConfig

from window_helpers import config, wait_snapshot, window  # noqa: F401 - fixture


def _menu_actions(w):
    menu = w.curves_view.ghost_curves.menu
    menu.aboutToShow.emit()  # what opening it does
    return {a.text(): a for a in menu.actions() if a.text()}


def test_reset_and_rebuild_leave_labelled_ghosts(qtbot, window):  # noqa: F811
    w = window(config())
    curves = w.curves_view.ghost_curves
    assert not curves.button.isVisibleTo(w)
    w.controller.step_epochs(6)
    first = wait_snapshot(qtbot, w, lambda s: s.epoch == 6)
    w.reset_action.trigger()
    qtbot.waitUntil(lambda: len(w.curves_view.ghosts) == 1)
    ghost = w.curves_view.ghosts.ghosts[0]
    np.testing.assert_array_equal(ghost.columns["test_loss"], first.test_loss)
    qtbot.waitUntil(lambda: curves.labels() == ["reset"])
    assert curves.button.isVisibleTo(w) and "(1)" in curves.button.text()

    w.controller.step_epochs(4)
    wait_snapshot(qtbot, w, lambda s: s.epoch == 4)
    w.apply_config(w.config.with_network(hidden=(LayerConfig(8), LayerConfig(2))))
    qtbot.waitUntil(lambda: len(w.curves_view.ghosts) == 2)
    qtbot.waitUntil(lambda: curves.labels() == ["reset", "hidden layers 4,2 → 8,2"])

    # Pin the oldest through the menu; "Clear unpinned" keeps it.
    actions = _menu_actions(w)
    actions["Keep (pin): reset"].trigger()
    assert w.curves_view.ghosts.ghosts[0].pinned
    assert curves.labels()[0] == "★ reset"
    _menu_actions(w)["Clear unpinned runs"].trigger()
    assert curves.labels() == ["★ reset"]
    _menu_actions(w)["Clear all earlier runs"].trigger()
    assert curves.labels() == [] and not curves.button.isVisibleTo(w)


def test_pinned_ghost_survives_the_cap(qtbot, window):  # noqa: F811
    w = window(config())
    ghosts = w.curves_view.ghosts
    for i, count in enumerate([1, 2, 3, 4, 4]):  # the pinned first one + the last three
        w.controller.step_epochs(1 + i)
        wait_snapshot(qtbot, w, lambda s, n=1 + i: s.epoch == n)
        w.reset_action.trigger()
        qtbot.waitUntil(lambda n=count: len(ghosts) == n and ghosts.ghosts[-1].epochs == i + 1)
        if i == 0:
            ghosts.pin(ghosts.ghosts[0].id)
    qtbot.waitUntil(lambda: [g.epochs for g in ghosts.ghosts] == [1, 3, 4, 5])
    assert ghosts.ghosts[0].pinned
