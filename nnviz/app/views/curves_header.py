"""The loss curves' header row: the current values in big type, and the "Log scale" box."""
from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from nnviz.app.views import palette
from nnviz.lab.instruments.number_format import format_number

#: Point sizes the big numbers may take, largest first, as the view's width allows.
NUMBER_SIZES = (palette.FONT_NUMBER, 16, palette.FONT_LARGE + 1, palette.FONT_LARGE)
#: Space between the numbers: generous, else tight; and before the "Log scale" box.
VALUE_SPACING = (14, 8)
HEADER_GAP = 8


def format_loss(value: float) -> str:
    """A loss as students read it: 0.123, 1.25×10⁻⁴, NaN, ∞; '—' for no value yet."""
    if value is None:
        return "—"
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if value != 0 and abs(value) < 0.001:
        return format_number(value, 3)  # the instruments' own reading form, never "e-05"
    if abs(value) >= 1000:
        return f"{value:.4g}"
    return f"{value:.3f}"


def format_accuracy(value: float) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    return f"{100.0 * value:.1f}%"


def format_r2(value: float) -> str:
    """R² with 4 significant digits and a real minus sign; '—' when unknown."""
    if value is None or not math.isfinite(value):
        return "—"
    return f"{value:.4g}".replace("-", "\u2212")


class BigNumber(QWidget):
    """A small caption over a big number, with a colour swatch naming its curve."""

    def __init__(self, caption: str, colour: str, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self._colour = colour
        self.caption = QLabel()
        self.set_caption(caption)
        self.caption.setFont(palette.font(palette.FONT_SMALL))
        self.caption.setStyleSheet(f"color: {palette.TEXT_MUTED};")
        self.value = QLabel("—")
        self.value.setFont(palette.font(palette.FONT_NUMBER, bold=True))
        # The header picks the font size to fit the view's width (CurvesHeader.fit): the label
        # must not hold the view at the width its current font needs.
        self.value.setMinimumWidth(8)
        self.value.setStyleSheet(f"color: {palette.TEXT};")
        lay.addWidget(self.caption)
        lay.addWidget(self.value)
        self._bad = False

    def set_caption(self, caption: str) -> None:
        """The words over the number (after the colour swatch)."""
        self.caption.setText(f"<span style='color:{self._colour}'>■</span> {caption}")

    def show_value(self, text: str, bad: bool = False) -> None:
        """Show ``text`` (in the error colour if ``bad``); nothing happens when unchanged."""
        if self.value.text() != text:
            self.value.setText(text)
        if bad != self._bad:
            self._bad = bad
            self.value.setStyleSheet(f"color: {palette.ERROR if bad else palette.TEXT};")


class CurvesHeader(QGridLayout):
    """The header row's layout: the big numbers, then the "Log scale" box right of them.

    Parameters
    ----------
    numbers : list of BigNumber
        Every number the row may show, left to right.
    log_box : QCheckBox
        The "Log scale" box.
    log_texts : (str, str)
        The box's text, long and short ("Log scale", "Log"), as the caller translated them.
    """

    def __init__(self, numbers, log_box: QCheckBox, log_texts):
        super().__init__()
        self.setContentsMargins(4, 2, 4, 0)
        self.setHorizontalSpacing(HEADER_GAP)
        self.setVerticalSpacing(0)
        self.setColumnStretch(1, 1)
        self._numbers = list(numbers)
        self._log = log_box
        self._log_texts = tuple(log_texts)
        self._log_wrapped = None
        self._fitted_lengths = None  # the numbers' text lengths when the row was last fitted
        grid = QGridLayout()
        grid.setHorizontalSpacing(VALUE_SPACING[0])
        self._values_grid = grid
        for i, w in enumerate(self._numbers):
            grid.addWidget(w, 0, i)
        self.addLayout(grid, 0, 0)
        self._place_log(False)

    def needs_fit(self, shown) -> bool:
        """Whether the ``shown`` numbers' texts changed length since :meth:`fit` last ran."""
        return tuple(len(v.value.text()) for v in shown) != self._fitted_lengths

    def set_log_texts(self, log_texts) -> None:
        """The log box's long and short captions (after a language change); fitted next time."""
        self._log_texts = tuple(log_texts)

    def fit(self, shown, width: int, compact: bool) -> None:
        """Big numbers as large as ``width`` allows (down to :data:`palette.FONT_LARGE`, still
        readable from the back of a classroom), then tighter, then "Log scale" shortened to
        "Log": the row fits without cutting anything off. ``shown`` are the numbers on view;
        ``compact`` (a short view) leaves out the largest sizes."""
        sizes = [s for s in NUMBER_SIZES if not compact or s <= palette.FONT_LARGE + 1]
        margins = self.contentsMargins()
        # the empty middle column takes the spacing on both sides
        room = width - margins.left() - margins.right() - 2 * HEADER_GAP
        log_fm = self._log.fontMetrics()
        box = self._log.sizeHint().width() - log_fm.horizontalAdvance(self._log.text())
        captions = [v.caption.sizeHint().width() for v in shown]
        choice = None
        # Big numbers first; then tighter spacing; then "Log" for "Log scale".
        for size in sizes:
            fm = QFontMetrics(palette.font(size, bold=True))
            widths = [max(c, fm.horizontalAdvance(v.value.text()) + 2)
                      for c, v in zip(captions, shown)]
            for spacing in VALUE_SPACING:
                for label in self._log_texts:
                    need = sum(widths) + spacing * (len(shown) - 1) + box + \
                        log_fm.horizontalAdvance(label)
                    if need <= room:
                        choice = (size, spacing, label)
                        break
                if choice:
                    break
            if choice:
                break
        if choice is None:
            # A very narrow column: the check box goes to a line of its own, under the numbers.
            room += 2 * HEADER_GAP
            for size in sizes:
                fm = QFontMetrics(palette.font(size, bold=True))
                need = sum(max(c, fm.horizontalAdvance(v.value.text()) + 2)
                           for c, v in zip(captions, shown)) + VALUE_SPACING[-1] * 2
                if need <= room or size == sizes[-1]:
                    choice = (size, VALUE_SPACING[-1], self._log_texts[0])
                    break
            self._place_log(True)
        else:
            self._place_log(False)
        size, spacing, label = choice
        self._fitted_lengths = tuple(len(v.value.text()) for v in shown)
        font = palette.font(size, bold=True)
        for v in self._numbers:
            if v.value.font() != font:
                v.value.setFont(font)
        self._values_grid.setHorizontalSpacing(spacing)
        if self._log.text() != label:
            self._log.setText(label)

    def _place_log(self, wrapped: bool) -> None:
        """The "Log scale" box right of the numbers, or under them at the right."""
        if wrapped == self._log_wrapped:
            return
        self._log_wrapped = wrapped
        self.removeWidget(self._log)
        if wrapped:
            self.addWidget(self._log, 1, 0, Qt.AlignmentFlag.AlignRight)
        else:
            self.addWidget(self._log, 0, 2, Qt.AlignmentFlag.AlignTop)
