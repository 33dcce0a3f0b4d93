"""DatasetGrid: Playground-style dataset thumbnails, one checked, reflowing to the width."""
from __future__ import annotations

import math
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import (QAbstractButton, QSizePolicy, QStyle,
                               QStyleOptionFocusRect, QWidget)

from nnviz.app.panels import thumbnails
from nnviz.app.panels.panel_base import registry_text, set_tip
from nnviz.app.views import palette

THUMB = 44          # thumbnail image side in device-independent pixels (Playground: 40)
SPACING = 4
TEXT_LINES = 2
# Drawn at twice the size: sharp on HiDPI screens too, whatever screen the window moves to.
RENDER_RATIO = 2.0


def tile_text(name: str, display: str) -> str:
    """The name under a thumbnail: short enough for its tile (the tooltip has the full name).

    "Exclusive or" would wrap and shrink to an unreadable size in a 3-column grid.
    """
    short = {"xor": QCoreApplication.translate("DatasetGrid", "XOR")}
    return short.get(name, display)


def cell_size() -> QSize:
    """Smallest size of one thumbnail with its name under it (cells widen to fill a row)."""
    line = QFontMetrics(palette.font(palette.FONT_SMALL)).height()
    return QSize(THUMB + 12, THUMB + 7 + TEXT_LINES * line)


def fitted_font(font: QFont, text: str, width: int) -> QFont:
    """``font``, shrunk (down to 7 pt) until every word of ``text`` fits in ``width``."""
    f = QFont(font)
    while f.pointSizeF() > 7 and max(
            QFontMetrics(f).horizontalAdvance(w) for w in text.split() or [""]) > width:
        f.setPointSizeF(f.pointSizeF() - 0.5)
    return f


class DatasetButton(QAbstractButton):
    """One checkable thumbnail: the dataset's points over its name; a thick frame when chosen."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self._image = QImage()
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setFont(palette.font(palette.FONT_SMALL))

    def set_image(self, image: QImage) -> None:
        self._image = image
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return cell_size()

    def paintEvent(self, event):  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        pal = self.palette()
        img = QRectF((self.width() - THUMB) / 2, 3, THUMB, THUMB)
        p.drawImage(img, self._image)
        if self.isChecked():
            pen = QPen(pal.highlight().color(), 3)
        else:
            pen = QPen(pal.dark().color() if self.underMouse() else pal.mid().color(),
                       2 if self.underMouse() else 1)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(img.adjusted(-2, -2, 2, 2), 4, 4)
        font = QFont(self.font())
        font.setBold(self.isChecked())
        p.setFont(fitted_font(font, self.text(), self.width() - 2))
        p.setPen(pal.windowText().color())
        text_rect = QRectF(0, img.bottom() + 2, self.width(), self.height() - img.bottom() - 2)
        p.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                   | Qt.TextFlag.TextWordWrap, self.text())
        if self.hasFocus():
            opt = QStyleOptionFocusRect()
            opt.initFrom(self)
            opt.rect = self.rect().adjusted(0, 0, -1, -1)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, opt, p, self)
        p.end()


class DatasetGrid(QWidget):
    """Thumbnails of the given datasets in as many columns as fit; arrow keys move the choice.

    Signals
    -------
    chosen(str)
        The user clicked (or moved with the arrow keys to) the dataset of this name.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from nnviz.data import DATASETS
        self._shown: list[str] = []
        self._buttons: dict[str, DatasetButton] = {}
        # Created up front, in registry order, so the focus chain runs through them in place.
        for entry in DATASETS:
            self._add_button(entry)
        self._add_own_button()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _add_button(self, entry) -> DatasetButton:
        button = DatasetButton(entry.name, self)
        button.setText(tile_text(entry.name, registry_text(entry.display)))
        set_tip(button, f"{registry_text(entry.display)}: {registry_text(entry.doc)}")
        button.setAccessibleName(registry_text(entry.display))
        # Like radio buttons: one Tab stop (the chosen one), arrow keys move the choice.
        button.setAutoExclusive(True)
        button.toggled.connect(lambda on, b=button: b.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus if on else Qt.FocusPolicy.ClickFocus))
        button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        button.clicked.connect(lambda _=False, n=entry.name: self.chosen.emit(n))
        button.hide()
        self._buttons[entry.name] = button
        return button

    def _add_own_button(self) -> None:
        """The tile of one's own points ("My data"): drawn or imported, not generated."""
        from nnviz.data.custom_points import CUSTOM
        entry = SimpleNamespace(
            name=CUSTOM, display=QCoreApplication.translate("DatasetGrid", "My data"),
            doc=QCoreApplication.translate(
                "DatasetGrid", "Your own points: draw them on the output view (D) or import "
                "a CSV file (File → Import CSV…)."))
        self._add_button(entry)

    # -- public ------------------------------------------------------------------------------
    def show_datasets(self, names: list[str], n_classes: int, own=((), ())) -> None:
        """Show thumbnails of ``names`` (in this order); blobs-like ones with ``n_classes``;
        ``own`` is ``(points, labels)`` for the "My data" tile (``"custom"``)."""
        from nnviz.data import DATASETS
        from nnviz.data.custom_points import CUSTOM
        for name in names:
            if name == CUSTOM:
                self._buttons[name].set_image(
                    thumbnails.own_thumbnail(*own, THUMB, RENDER_RATIO))
                continue
            if name not in self._buttons:  # registered after start-up (an imported CSV file)
                self._add_button(DATASETS.entry(name))
            spec = DATASETS.get(name)
            options = {"k": n_classes} if "k" in spec.defaults else {}
            self._buttons[name].set_image(
                thumbnails.dataset_thumbnail(name, THUMB, RENDER_RATIO, **options))
        if names != self._shown:
            self._shown = list(names)
            for button in self._buttons.values():
                button.setVisible(button.name in self._shown)
            self.updateGeometry()
            self._place()

    def set_current(self, name: str) -> None:
        """Check the thumbnail of ``name`` (none when it is not shown)."""
        button = self._buttons.get(name)
        if button is not None and name in self._shown:
            button.setChecked(True)
            return
        for b in self._buttons.values():
            if b.isChecked():
                b.setAutoExclusive(False)
                b.setChecked(False)
                b.setAutoExclusive(True)

    def current(self) -> str | None:
        return next((n for n, b in self._buttons.items() if b.isChecked()), None)

    def shown(self) -> list[str]:
        return list(self._shown)

    def button(self, name: str) -> DatasetButton:
        return self._buttons[name]

    # -- geometry ----------------------------------------------------------------------------
    def _cell(self) -> QSize:
        return cell_size()

    def _columns(self, width: int) -> int:
        return max(2, (width + SPACING) // (self._cell().width() + SPACING))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        rows = max(1, math.ceil(len(self._shown) / self._columns(width)))
        return rows * self._cell().height() + (rows - 1) * SPACING

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = 4 * self._cell().width() + 3 * SPACING
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(2 * self._cell().width() + SPACING, self._cell().height())

    def resizeEvent(self, event):  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        cell = self._cell()
        columns = self._columns(self.width())
        # Spread the row over the whole width: wider cells leave more room for the names.
        width = max(cell.width(), (self.width() - (columns - 1) * SPACING) // columns)
        for i, name in enumerate(self._shown):
            row, col = divmod(i, columns)
            self._buttons[name].setGeometry(col * (width + SPACING),
                                            row * (cell.height() + SPACING),
                                            width, cell.height())
        # Layouts ask for the minimum height before heightForWidth; keep every row visible.
        self.setMinimumHeight(self.heightForWidth(self.width()))
