"""The packaged app's inputs: icons in sync with their SVG, the desktop entry, the spec, and the
screenshot check the bundle smoke test relies on (letters pass, boxes fail)."""
from __future__ import annotations

import configparser
import importlib.util
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


@pytest.fixture(autouse=True)
def _qt(qapp):
    """Fonts, painting and image plugins need a QApplication."""
    yield


def load_script(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    h, w = image.height(), image.width()
    raw = np.frombuffer(image.constBits(), np.uint8, count=h * image.bytesPerLine())
    return raw.reshape(h, image.bytesPerLine())[:, : w * 4].reshape(h, w, 4).astype(int)


@pytest.mark.parametrize("size", [16, 32, 256])
def test_pngs_were_regenerated_from_the_svg(size):
    make_icons = load_script("make_icons")
    fresh = QImage.fromData(make_icons.render_png(make_icons.SVG, size))
    stored = QImage(str(ICONS / make_icons.png_name(size)))
    assert stored.width() == size
    # A tolerance, not equality: another Qt version may antialias a little differently.
    assert np.abs(pixels(fresh) - pixels(stored)).mean() < 2.0, \
        "resources/icons is stale: run python packaging/make_icons.py"


@pytest.mark.parametrize("name, sizes", [
    ("nnviz.ico", [16, 24, 32, 48, 64, 128, 256]),
    ("nnviz.icns", [16, 32, 64, 128, 256, 512, 1024, 32, 64, 256, 512]),
])
def test_ico_and_icns_hold_every_size(name, sizes):
    reader = QImageReader(str(ICONS / name))
    found = []
    for i in range(reader.imageCount()):
        reader.jumpToImage(i)
        found.append(reader.read().width())
    assert found == sizes


def test_desktop_entry_has_what_menus_need():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "resources" / "nnviz.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "nnviz %f" and section["Icon"] == "nnviz"
    assert section["MimeType"] == "application/x-nnviz;"
    assert section["GenericName"] == "Neural network playground"
    assert {"Education", "Science"} <= set(section["Categories"].strip(";").split(";"))
    for key in ("Name[ko]", "Comment[ko]", "Keywords", "Comment"):
        assert section[key]


def test_spec_and_build_script_compile():
    for path in (ROOT / "packaging" / "nnviz.spec", ROOT / "packaging" / "build.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")


def fake_window(draw_letters: bool) -> QImage:
    """A 600x400 'window': orange and blue areas, and a menu and status bar of text or boxes."""
    image = QImage(600, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#F6F7F9"))
    p = QPainter(image)
    for i in range(200):  # a gradient gives the colour variety of a real boundary view
        p.fillRect(QRect(100 + i, 100, 1, 150), QColor(232, 131 - i // 4, 12 + i))
    p.fillRect(QRect(320, 100, 120, 150), QColor("#E8830C"))
    p.fillRect(QRect(450, 100, 120, 150), QColor("#0A6EBD"))
    p.setPen(QColor("#1F2328"))
    font = QFont()
    font.setPixelSize(13)
    p.setFont(font)
    for y in (3, 400 - 19):
        if draw_letters:
            p.drawText(8, y + 12, "File  Training  View  Press Space to train, Ctrl+R to reset")
        else:
            for x in range(8, 400, 10):
                p.drawRect(x, y + 2, 6, 11)
    p.end()
    return image


def test_screenshot_check_tells_letters_from_boxes(tmp_path):
    check = load_script("check_screenshot")
    good, boxes = tmp_path / "good.png", tmp_path / "boxes.png"
    fake_window(True).save(str(good))
    fake_window(False).save(str(boxes))
    assert check.main([str(good)]) == 0
    assert check.main([str(boxes)]) == 1
    blank = tmp_path / "blank.png"
    QImage(600, 400, QImage.Format.Format_RGB32).save(str(blank))
    assert check.main([str(blank)]) == 1


def test_mime_type_definition_names_the_nnviz_glob():
    import xml.etree.ElementTree as ET
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(ROOT / "resources" / "mime" / "nnviz.xml").getroot()
    mime = root.find("m:mime-type", ns)
    assert mime.get("type") == "application/x-nnviz"
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.nnviz"]
    assert "nnviz-project" in mime.find("m:magic/m:match", ns).get("value")


def test_desktop_entry_tryexec_is_a_bare_program_name():
    # TryExec names a program to look for on PATH; "nnviz %f" would hide the menu entry.
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(ROOT / "resources" / "nnviz.desktop")
    assert entry["Desktop Entry"]["TryExec"] == "nnviz"
