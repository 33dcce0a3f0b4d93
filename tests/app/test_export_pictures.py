"""Pictures, animations and the export dialogs, from the real window (offscreen)."""
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from nnviz.app.export import animation, headless, pictures
from nnviz.app.export.dialogs import AnimationExportDialog, PictureExportDialog
from nnviz.app.main_window import MainWindow
from nnviz.lab.config import ExperimentConfig
from nnviz.lab.session import Session


@pytest.fixture
def window(qtbot):
    w = MainWindow(ExperimentConfig(), start=False)
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    session = Session(ExperimentConfig())
    session.step_epochs(3)
    w._on_snapshot(session.snapshot())
    yield w
    w.close()


def test_png_at_1x_2x_and_a_width_has_the_right_size(window, tmp_path):
    graph = window.graph_view
    for kwargs, expected in (({"scale": 1.0}, (graph.width(), graph.height())),
                             ({"scale": 2.0}, (2 * graph.width(), 2 * graph.height())),
                             ({"width": 640}, (640, round(graph.height() * 640 /
                                                          graph.width())))):
        path = pictures.save_png(graph, tmp_path / "g.png", **kwargs)
        image = QImage(str(path))
        assert (image.width(), image.height()) == expected
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7)
                for y in range(0, image.height(), 7)}) > 20  # a drawing, not a blank


def test_2x_png_is_rendered_not_upscaled(window):
    one = pictures.render_image(window.curves_view, scale=1.0)
    two = pictures.render_image(window.curves_view, scale=2.0)
    upscaled = one.scaled(two.size())

    def colours(image):
        return len({image.pixel(x, y) for x in range(image.width()) for y in
                    range(0, image.height(), 3)})
    # Text and lines drawn at 2× keep crisp anti-aliasing instead of blurred blocks.
    assert colours(two) != colours(upscaled)


def test_picture_dialog_writes_the_chosen_view(window, qtbot, tmp_path):
    dialog = PictureExportDialog(window, tmp_path)
    qtbot.addWidget(dialog)
    dialog.view_box.setCurrentIndex(dialog.view_box.findData("output"))
    dialog.scale_box.setCurrentIndex(dialog.scale_box.findData(0.0))
    dialog.width_box.setValue(400)
    dialog.file_row.edit.setText(str(tmp_path / "out.png"))
    assert "400 ×" in dialog.size_label.text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.written == tmp_path / "out.png"
    assert QImage(str(dialog.written)).width() == 400
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("svg"))
    assert not dialog.export_button.isEnabled() and "PNG" in dialog.note.text()


def test_window_menu_has_export_picture_on_ctrl_e(window):
    assert window.export_menu.picture_action.shortcut().toString() == "Ctrl+E"


def test_recorder_writes_a_gif_with_one_frame_per_snapshot(window, tmp_path):
    imageio = pytest.importorskip("imageio.v3")
    from PySide6.QtCore import QObject, Signal

    class Source(QObject):
        fired = Signal(object)

    source = Source()
    rec = animation.AnimationRecorder(window.boundary_view, tmp_path / "a.gif", "gif",
                                      fps=5, duration_s=1, width=201)
    done = []
    rec.finished.connect(done.append)
    rec.start(source.fired)
    session = Session(ExperimentConfig())
    for _ in range(10):  # more snapshots than frames: it stops at fps * duration
        session.step(20)  # each frame differs (Pillow merges identical GIF frames)
        window._on_snapshot(session.snapshot())
        source.fired.emit(None)
    assert done == [str(tmp_path / "a.gif")]
    frames = imageio.imread(tmp_path / "a.gif", index=None)
    assert frames.shape[2] == 200  # even width for encoders
    # Pillow merges identical frames into one longer frame: the total time is what counts.
    durations = [imageio.immeta(tmp_path / "a.gif", index=i)["duration"]
                 for i in range(frames.shape[0])]
    assert frames.shape[0] >= 3 and sum(durations) == pytest.approx(1000, abs=20)
    assert frames[0].std() > 5  # a picture, not a blank


def test_animation_dialog_cancel_deletes_the_unfinished_file(window, qtbot, tmp_path):
    pytest.importorskip("imageio")
    dialog = AnimationExportDialog(window, window.controller.snapshot_ready, tmp_path)
    qtbot.addWidget(dialog)
    dialog.file_row.edit.setText(str(tmp_path / "rec.gif"))
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.value() == 1 and dialog.progress.maximum() == 50
    dialog.cancel()
    assert not (tmp_path / "rec.gif").exists()


def test_missing_imageio_is_explained(monkeypatch):
    monkeypatch.setattr(animation.importlib.util, "find_spec", lambda name: None)
    assert "pip install \"nnviz[export]\"" in animation.install_hint("mp4")
    assert "imageio-ffmpeg" in animation.install_hint("mp4")


def test_headless_png_and_gif(qtbot, tmp_path):
    imageio = pytest.importorskip("imageio.v3")
    session = Session(ExperimentConfig())
    png = headless.export_png(session, tmp_path / "w.png", scale=2.0)
    assert QImage(str(png)).width() == 2560
    gif = headless.export_gif(session, tmp_path / "t.gif", epochs=4, view="output")
    frames = imageio.imread(gif, index=None)
    assert frames.shape[0] >= 3 and session.epoch == 4
    assert not np.array_equal(frames[0], frames[-1])  # the boundary moved


def test_menu_writes_keras_script_and_weights_of_the_shown_model(window, tmp_path):
    snap = Session(ExperimentConfig()).snapshot()
    window.controller._last_snapshot = snap  # what the worker would have delivered
    script = window.export_menu.write_code(tmp_path / "model.py", "nnviz")
    assert script.read_text().count("import nnviz.engine as keras") == 1
    assert (tmp_path / "model_data.csv").exists()
    npz = window.export_menu.write_code(tmp_path / "w.npz", "npz")
    with np.load(npz) as data:
        np.testing.assert_array_equal(data["hidden_1/kernel"], snap.weights[0])
