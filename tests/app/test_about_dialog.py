"""Help → About and the application icon."""
from __future__ import annotations

from PySide6.QtCore import QSize

import nnviz
from nnviz.app.about_dialog import AboutDialog, license_text, third_party_licenses
from nnviz.app.app_icon import app_icon, icon_files


def test_app_icon_has_every_size_from_16_to_512(qapp):
    assert list(icon_files()) == [16, 24, 32, 48, 64, 128, 256, 512]
    icon = app_icon()
    assert not icon.isNull()
    assert QSize(16, 16) in icon.availableSizes()
    assert icon.pixmap(QSize(512, 512)).width() == 512


def test_license_text_is_nnvizs_mit_license():
    text = license_text()
    assert "MIT License" in text and "nnviz developers" in text


def test_about_shows_name_version_and_credits(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert nnviz.__version__ in dialog.version_label.text()
    assert "MIT" in dialog.license_label.text()
    credits = dialog.credits_label.text()
    for name in ("PySide6", "pyqtgraph", "NumPy", "TensorFlow Playground", "LGPL"):
        assert name in credits
    assert dialog.icon_label.pixmap() is not None and not dialog.icon_label.pixmap().isNull()


def test_licences_unfold_and_include_qts_lgpl(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.license_view.isVisible()
    dialog.license_button.click()
    assert dialog.license_view.isVisible()
    assert "Permission is hereby granted" in dialog.license_shown()
    assert any("LGPL" in title for title in third_party_licenses())
    dialog.license_choice.setCurrentIndex(1)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.license_shown()
    dialog.license_button.click()
    assert not dialog.license_view.isVisible()
