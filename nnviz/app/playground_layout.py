"""PlaygroundLayout: the window's body — transport bar on top, then three resizable columns."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from nnviz.app.views.confusion_view import ConfusionView
from nnviz.app.views.gradient_note import GradientNote
from nnviz.app.views.lr_plot import LearningRatePlot

#: The loss curves never get less height than this when the boundary view is sized.
CURVES_MIN_HEIGHT = 160


class PlaygroundLayout(QWidget):
    """Transport and banner on top; data/training tabs | network | curves over the boundary.

    Under the curves, shown only when they have something to say: the note on activations
    that cannot learn by gradient descent and the learning-rate schedule's plot.

    Until the user drags a splitter, the columns keep proportions that suit the window
    (Playground's: narrow controls, the network in the middle, a large output) and the
    boundary view gets as large a square as its column allows, the curves the height left.

    Attributes
    ----------
    tabs : QTabWidget
        The "Data" and "Training" panels, each in a scroll area.
    columns, output : QSplitter
        The three columns; the curves (with the note and the rate plot) over the boundary view.
    gradient_note : GradientNote
        Feed it the config (``show_config``).
    lr_plot : LearningRatePlot
        Feed it the snapshots (``show_snapshot``).
    confusion_view : ConfusionView
        A tab next to the loss curves, for classifiers; feed it the snapshots.
    curves_tabs : QTabWidget
        "Loss" (the curves) and "Confusion matrix".
    """

    def __init__(self, transport: QWidget, banner: QWidget, data_panel: QWidget,
                 training_panel: QWidget, graph_view: QWidget, curves_view: QWidget,
                 boundary_view: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(_scrolled(data_panel), self.tr("&Data"))
        self.tabs.addTab(_scrolled(training_panel), self.tr("&Training"))
        self.tabs.setMinimumWidth(240)

        self.gradient_note = GradientNote()
        self.lr_plot = LearningRatePlot()
        self.confusion_view = ConfusionView()
        self.curves_tabs = QTabWidget()
        self.curves_tabs.setDocumentMode(True)
        self.curves_tabs.addTab(curves_view, self.tr("Loss"))
        self.curves_tabs.addTab(self.confusion_view, self.tr("Confusion matrix"))
        ghosts = getattr(curves_view, "ghost_curves", None)
        if ghosts is not None:  # "Earlier runs ▾" at the right of the tab bar
            self.curves_tabs.setCornerWidget(ghosts.button, Qt.Corner.TopRightCorner)
        self.confusion_view.availability_changed.connect(
            lambda on: self.curves_tabs.setTabVisible(1, on))
        self._curves_column = QWidget()
        column = QVBoxLayout(self._curves_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.curves_tabs, 1)
        column.addWidget(self.gradient_note)
        column.addWidget(self.lr_plot)
        for extra in (self.gradient_note, self.lr_plot):
            extra.installEventFilter(self)

        self.output = QSplitter(Qt.Orientation.Vertical)
        self.output.setChildrenCollapsible(False)
        self.output.addWidget(self._curves_column)
        self.output.addWidget(boundary_view)
        self.output.setStretchFactor(0, 1)
        self.output.setStretchFactor(1, 3)
        self.output.setMinimumWidth(300)

        self.columns = QSplitter(Qt.Orientation.Horizontal)
        self.columns.setChildrenCollapsible(False)
        self.columns.addWidget(self.tabs)
        self.columns.addWidget(graph_view)
        self.columns.addWidget(self.output)
        self.columns.setStretchFactor(1, 1)

        # Clicking empty space takes the focus from a slider or box, so the arrow keys step
        # training again (text boxes keep their arrow keys while they have the focus).
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(4)
        layout.addWidget(transport)
        layout.addWidget(banner)
        layout.addWidget(self.columns, 1)

        self._user_sized = {"columns": False, "output": False}
        self.columns.splitterMoved.connect(self._on_columns_dragged)
        self.output.splitterMoved.connect(self._on_output_dragged)
        # Splitters lay out their children only once shown: balance after each resize settles.
        self._balance_timer = QTimer(self)
        self._balance_timer.setSingleShot(True)
        self._balance_timer.setInterval(0)
        self._balance_timer.timeout.connect(self.balance)

    @Slot()
    def balance(self) -> None:
        """Columns and output split in proportion to the size, except what the user dragged."""
        w = self.columns.width()
        if not self._user_sized["columns"]:
            left = min(max(int(w * 0.2), 240), 320)
            right = min(max(int(w * 0.33), 380), 600)
            self.columns.setSizes([left, max(320, w - left - right), right])
        if not self._user_sized["output"]:
            right = self.columns.sizes()[2]
            total = self.output.height()
            curves = CURVES_MIN_HEIGHT + sum(
                w.sizeHint().height() + 2 for w in (self.gradient_note, self.lr_plot)
                if not w.isHidden())
            boundary = min(max(total - curves, 200), right + 10)
            self.output.setSizes([total - boundary, boundary])

    @Slot()
    def _on_columns_dragged(self) -> None:
        self._user_sized["columns"] = True

    @Slot()
    def _on_output_dragged(self) -> None:
        self._user_sized["output"] = True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # The note or the rate plot came or went: give the curves column its height again.
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._balance_timer.start()
        return False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._balance_timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._balance_timer.start()


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area
