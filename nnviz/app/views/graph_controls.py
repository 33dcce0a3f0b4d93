"""Widgets that sit on the network graph: the row of layer headers and titles above it, and the
inline value editor. One layer's header is :mod:`nnviz.app.views.layer_header`."""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from nnviz.app.views import palette
from nnviz.app.views.graph_layout import header_width

MAX_EDIT_VALUE = 1000.0


class HeaderStrip(QWidget):
    """The row above the network graph: a :class:`LayerHeader` over each hidden column and the
    "Features" and "Output" titles over the first and the last column.

    A sibling of the canvas rather than its child: the canvas repaints every frame while
    training, and children would repaint with it (six headers' buttons, combo boxes and spin
    boxes cost ~2 ms a frame). The strip repaints only when the columns move.

    Attributes
    ----------
    headers : list of LayerHeader
        Owned by the graph view, which creates them with this strip as their parent.
    """

    MARGIN = 4          # above the headers and between them and the nodes

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = []
        self._columns = None   # (column_x, node_size)
        self._title_font = self.title_font()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    @staticmethod
    def title_font():
        return palette.font(palette.FONT_SMALL, bold=True)

    @classmethod
    def output_title(cls) -> str:
        return QCoreApplication.translate("HeaderStrip", "Output")

    @classmethod
    def output_title_width(cls) -> int:
        """Room the "Output" title needs right of the last header (the canvas keeps it free)."""
        return QFontMetrics(cls.title_font()).horizontalAdvance(cls.output_title()) + 4

    def set_columns(self, column_x, node_size: float) -> None:
        """Centre header ``i`` on ``column_x[i + 1]`` (canvas x = strip x)."""
        self._columns = (list(column_x), float(node_size))
        self.relayout()

    def header_width(self) -> int:
        return header_width(self._columns[0] if self._columns else [])

    def relayout(self) -> None:
        fm = QFontMetrics(self._title_font)
        w = self.header_width()
        xs = self._columns[0] if self._columns else []
        tallest = fm.height()
        for i, h in enumerate(self.headers):
            h.fit_width(w)
            hh = h.sizeHint().height()
            tallest = max(tallest, hh)
            if i + 1 < len(xs):
                h.setGeometry(round(xs[i + 1] - w / 2), self.MARGIN, w, hh)
        height = tallest + 2 * self.MARGIN
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)
        self.update()

    def title_rects(self) -> tuple[QRectF, QRectF]:
        """Where "Features" and "Output" go: on the headers' last row, clear of the headers."""
        fm = QFontMetrics(self._title_font)
        xs, node = self._columns
        h = fm.height()
        y = self.height() - self.MARGIN - h
        features = QRectF(0, y, xs[0] + node / 2, h)
        text_w = self.output_title_width()
        left = xs[-1] - text_w / 2
        rights = [x.geometry().right() for x in self.headers if not x.isHidden()]
        if rights:
            left = max(left, max(rights) + 4)
        left = max(0.0, min(left, self.width() - text_w))
        return features, QRectF(left, y, text_w, h)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._columns:
            return
        p = QPainter(self)
        p.setPen(QColor(palette.TEXT_MUTED))
        p.setFont(self._title_font)
        features, output = self.title_rects()
        p.drawText(features, Qt.AlignmentFlag.AlignRight, self.tr("Features"))
        p.drawText(output, Qt.AlignmentFlag.AlignHCenter, self.output_title())
        p.end()


def parse_value(text: str) -> float:
    """A typed weight: accepts '−' and ',' as students type them; ValueError if not a number."""
    cleaned = text.strip().replace("−", "-").replace(",", ".").replace(" ", "")
    value = float(cleaned)  # ValueError for '', 'abc', ...
    if not math.isfinite(value) or abs(value) > MAX_EDIT_VALUE:
        raise ValueError(text)
    return value


class ValueEditor(QFrame):
    """A small popup on the graph: a title, a line edit and an inline error message.

    Enter applies (``accepted`` is emitted with the target and value and the editor closes);
    Escape or clicking elsewhere closes it; text that is not a number in ±1000 shows an error
    and emits nothing.
    """

    accepted = Signal(object, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.target = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"ValueEditor {{ background: {palette.BACKGROUND}; "
                           f"border: 1px solid {palette.TEXT_MUTED}; border-radius: 4px; }}")
        self.title = QLabel()
        self.title.setFont(palette.font(palette.FONT_SMALL, bold=True))
        self.edit = QLineEdit()
        self.edit.setFont(palette.font(palette.FONT_LARGE))
        self.edit.setMinimumWidth(110)
        self.edit.setToolTip(self.tr("Type a number and press Enter (Esc cancels)"))
        self.error = QLabel()
        self.error.setFont(palette.font(palette.FONT_SMALL))
        self.error.setStyleSheet(f"color: {palette.ERROR};")
        self.error.setWordWrap(True)
        self.error.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.setSpacing(2)
        lay.addWidget(self.title)
        lay.addWidget(self.edit)
        lay.addWidget(self.error)
        self.edit.returnPressed.connect(self._apply)
        self.edit.textEdited.connect(lambda _: self.error.hide())
        self.edit.installEventFilter(self)
        self.hide()

    def open_at(self, pos: QPoint, title: str, value: float, target) -> None:
        """Show at ``pos`` (parent coordinates, kept inside the parent) for ``target``."""
        self.target = target
        self.title.setText(title)
        self.edit.setText(f"{value:.4g}")
        self.error.hide()
        self.adjustSize()
        parent = self.parentWidget()
        x = min(max(0, pos.x() + 8), max(0, parent.width() - self.width()))
        y = min(max(0, pos.y() + 8), max(0, parent.height() - self.height() - 40))
        self.move(x, y)
        self.show()
        self.raise_()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.edit.selectAll()

    def close_editor(self) -> None:
        self.target = None
        self.hide()

    def _apply(self) -> None:
        try:
            value = parse_value(self.edit.text())
        except ValueError:
            self.error.setText(self.tr("Not a number between −1000 and 1000: nothing changed"))
            self.error.show()
            self.adjustSize()
            return
        target = self.target
        self.close_editor()
        self.accepted.emit(target, value)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is self.edit:
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.close_editor()
                return True
            if event.type() == QEvent.Type.FocusOut and \
                    event.reason() not in (Qt.FocusReason.PopupFocusReason,
                                           Qt.FocusReason.ActiveWindowFocusReason):
                self.close_editor()
        return super().eventFilter(obj, event)
