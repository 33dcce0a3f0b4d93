"""File → Import CSV… and drop: the dialog previews, offers the columns, refuses bad files."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QRadioButton

from window_helpers import config, wait_snapshot, window  # noqa: F401 - window is a fixture

GOOD = ("name,height,weight,kind\n"
        "a,150,50,cat\nb,170,70,dog\nc,160,65,cat\nd,180,80,dog\ne,155,52,cat\nf,175,77,dog\n")


def open_dialog(qtbot, w, path):
    from nnviz.app.csv_import_dialog import import_csv
    dialog = import_csv(w, path)
    qtbot.waitExposed(dialog)
    return dialog


def combo(dialog, name) -> QComboBox:
    return dialog.findChild(QComboBox, name)


def test_a_good_file_is_previewed_and_imported_as_my_data(qtbot, window, tmp_path):
    path = tmp_path / "pets.csv"
    path.write_text(GOOD, encoding="utf-8")
    w = window(config("circle"))
    dialog = open_dialog(qtbot, w, str(path))
    preview = dialog.preview
    assert preview.rowCount() == 6 and preview.columnCount() == 4
    assert preview.horizontalHeaderItem(0).text() == "name"
    assert preview.item(1, 3).text() == "dog"
    # the text column is not offered first: x1, x2 are the first numeric columns
    assert combo(dialog, "x1_column").currentText() == "height"
    assert combo(dialog, "x2_column").currentText() == "weight"
    assert combo(dialog, "label_column").currentText() == "kind"
    assert dialog.findChild(QRadioButton, "as_classes").isChecked()
    assert "6 points in 2 classes: cat, dog" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    data = w.config.data
    assert data.dataset == "custom" and len(data.points) == 6
    assert data.labels == (0, 1, 0, 1, 0, 1)
    x = np.array(data.points)
    np.testing.assert_allclose(x.mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(x.std(axis=0), 2.0)  # standardized: fills the plane
    snap = wait_snapshot(qtbot, w, lambda s: s.config.data.dataset == "custom")
    assert snap.extent == 6.0
    assert snap.data.class_names == ("cat", "dog")  # the legend says what the file said
    qtbot.waitUntil(lambda: "cat" in w.boundary_view._classes.text() or
                    w.boundary_view._bar.isVisible())
    w.undo_action.trigger()
    assert w.config.data.dataset == "circle"


def test_keeping_the_values_fits_the_view_to_them(qtbot, window, tmp_path):
    path = tmp_path / "pets.csv"
    path.write_text(GOOD, encoding="utf-8")
    w = window(config("circle"))
    dialog = open_dialog(qtbot, w, str(path))
    qtbot.mouseClick(dialog.findChild(QRadioButton, "keep_values"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert w.config.data.points[0] == (150.0, 50.0)
    snap = wait_snapshot(qtbot, w, lambda s: s.config.data.dataset == "custom")
    low, high = snap.centre - snap.extent, snap.centre + snap.extent
    assert low <= 50.0 and high >= 180.0  # every coordinate in view
    item = w.boundary_view.plot_item()
    qtbot.waitUntil(lambda: item.getViewBox().viewRange()[0][1] >= 180.0)


def test_other_columns_and_regression_can_be_chosen(qtbot, window, tmp_path):
    path = tmp_path / "pets.csv"
    path.write_text(GOOD, encoding="utf-8")
    w = window(config("circle"))
    dialog = open_dialog(qtbot, w, str(path))
    combo(dialog, "label_column").setCurrentIndex(2)  # weight as the label
    combo(dialog, "x2_column").setCurrentIndex(0)     # name: not numeric
    assert dialog.error.isVisible() and "line 2, column 1 ('name')" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    combo(dialog, "x1_column").setCurrentIndex(1)
    combo(dialog, "x2_column").setCurrentIndex(1)
    assert "two different columns" in dialog.error.text()
    combo(dialog, "x1_column").setCurrentIndex(0)
    combo(dialog, "x1_column").setCurrentIndex(1)
    combo(dialog, "x2_column").setCurrentIndex(0)
    combo(dialog, "x2_column").setCurrentIndex(1)
    assert dialog.error.isVisible()  # still the same column twice
    combo(dialog, "x2_column").setCurrentIndex(3)  # kind: text
    assert "not a number" in dialog.error.text()


def test_values_to_predict(qtbot, window, tmp_path):
    path = tmp_path / "v.csv"
    path.write_text("a,b,v\n0,0,1\n1,0,2\n0,1,1\n1,1,2\n", encoding="utf-8")
    w = window(config("circle"))
    dialog = open_dialog(qtbot, w, str(path))
    assert dialog.findChild(QRadioButton, "as_classes").isChecked()
    qtbot.mouseClick(dialog.findChild(QRadioButton, "as_values"), Qt.MouseButton.LeftButton)
    assert "4 points, each with a value" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert w.config.data.labels == (1.0, 2.0, 1.0, 2.0)
    assert w.config.training.problem == "regression"


@pytest.mark.parametrize("text, where", [
    ("x,y,c\n1,2,0\n3,4\n5,6,1\n", "line 3, column 3"),
    ("x,y,c\n", "line 2"),
    ("x,y,c\n1,2,0\n3,oops,1\n5,6,1\n2,2,0\n", "line 3, column 2 ('y')"),
])
def test_a_broken_file_names_line_and_column_and_leaves_the_data_alone(qtbot, window, tmp_path,
                                                                      text, where):
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    w = window(config("circle"))
    before = w.config
    dialog = open_dialog(qtbot, w, str(path))
    assert dialog.error.isVisible() and where in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.reject()
    assert w.config is before


def test_a_csv_dropped_on_the_window_opens_the_dialog(qtbot, window, tmp_path):
    path = tmp_path / "pets.csv"
    path.write_text(GOOD, encoding="utf-8")
    w = window(config("circle"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w, enter)
    assert enter.isAccepted()  # the window says it takes the file
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w, drop)
    dialog = w.csv_dialog
    qtbot.waitExposed(dialog)
    assert combo(dialog, "label_column").currentText() == "kind"
    dialog.reject()
    assert w.config.data.dataset == "circle"


def test_a_drag_of_another_kind_of_file_is_not_taken(qtbot, window, tmp_path):
    w = window(config("circle"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "picture.png"))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(w, enter)
    assert not enter.isAccepted()


def test_file_import_csv_asks_for_a_file_then_opens_the_dialog(qtbot, window, tmp_path,
                                                                 monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    path = tmp_path / "pets.csv"
    path.write_text(GOOD, encoding="utf-8")
    w = window(config("circle"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    w.import_csv_action.trigger()
    dialog = w.csv_dialog
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert w.config.data.dataset == "custom" and len(w.config.data.points) == 6
