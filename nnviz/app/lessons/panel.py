"""LessonPanel: one lesson's title, explanation and "try this" tasks, with Previous / Next."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QStyle, QVBoxLayout, QWidget)

from nnviz.app.views import palette


class LessonPanel(QWidget):
    """Shows a lesson in one language; the browser ticks the tasks.

    Signals
    -------
    previous_requested(), next_requested(), restart_requested()
    """

    previous_requested = Signal()
    next_requested = Signal()
    restart_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.position = QLabel()
        self.position.setObjectName("lesson-position")
        muted = self.position.palette()  # a palette, not a style sheet: the zoom still applies
        muted.setColor(muted.ColorRole.WindowText, palette.qcolor(palette.TEXT_MUTED))
        self.position.setPalette(muted)
        self.title = QLabel()
        self.title.setObjectName("lesson-title")
        self.title.setWordWrap(True)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.text = QLabel()
        self.text.setObjectName("lesson-text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tasks_heading = QLabel()
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        self.tasks_heading.setFont(heading_font)
        self._tasks_box = QVBoxLayout()
        self._tasks_box.setSpacing(6)
        self.task_boxes: list[QCheckBox] = []
        self._task_rows: list[tuple[QWidget, QLabel]] = []

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(8)
        column.addWidget(self.position)
        column.addWidget(self.title)
        column.addWidget(self.text)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet(f"color: {palette.BORDER};")
        column.addWidget(line)
        column.addWidget(self.tasks_heading)
        column.addLayout(self._tasks_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        style = self.style()
        self.previous_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), "")
        self.previous_button.setObjectName("lesson-previous")
        self.previous_button.clicked.connect(self.previous_requested.emit)
        self.restart_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload), "")
        self.restart_button.setObjectName("lesson-restart")
        self.restart_button.clicked.connect(self.restart_requested.emit)
        self.next_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), "")
        self.next_button.setObjectName("lesson-next")
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # icon after text
        self.next_button.clicked.connect(self.next_requested.emit)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(10, 4, 10, 8)
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.tasks_heading.setText(self.tr("Try this"))
        self.previous_button.setText(self.tr("&Previous"))
        self.next_button.setText(self.tr("&Next"))
        self.restart_button.setText(self.tr("Start &again"))
        self.previous_button.setToolTip(self.tr("The lesson before this one."))
        self.next_button.setToolTip(self.tr("The next lesson."))
        self.restart_button.setToolTip(self.tr(
            "Open this lesson again from its start: its settings, weights and tasks."))

    def show_lesson(self, lesson, language: str, index: int, count: int, done) -> None:
        """Show ``lesson`` in ``language``; ``done[i]`` ticks task ``i``."""
        self.position.setText(self.tr("Lesson %1 of %2").replace("%1", str(index + 1))
                              .replace("%2", str(count)))
        self.title.setText(lesson.title_in(language))
        self.text.setText(lesson.text_in(language))
        for row, _ in self._task_rows:
            self._tasks_box.removeWidget(row)
            row.deleteLater()
        self._task_rows.clear()
        self.task_boxes.clear()
        for i, task in enumerate(lesson.tasks):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(8)
            box = QCheckBox()
            box.setObjectName(f"lesson-task-{i}")
            # Ticked by the check, not by hand.
            box.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            words = QLabel(task.words(language))
            words.setWordWrap(True)
            words.setObjectName(f"lesson-task-text-{i}")
            box.setAccessibleName(words.text())
            line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(words, 1)
            self._tasks_box.addWidget(row)
            self.task_boxes.append(box)
            self._task_rows.append((row, words))
            self.set_done(i, bool(done[i]))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)

    def set_done(self, index: int, done: bool) -> None:
        box, (_, words) = self.task_boxes[index], self._task_rows[index]
        box.setChecked(done)
        tip = self.tr("Done!") if done else self.tr("Not yet: it ticks by itself when it is done.")
        box.setToolTip(tip)
        words.setToolTip(tip)
        words.setStyleSheet(f"color: {palette.POSITIVE}; font-weight: bold;" if done else "")
