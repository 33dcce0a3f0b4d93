"""Record training as an animated GIF or MP4: frames grabbed as snapshots arrive, encoded in a
worker thread so the window never waits for the encoder.

``imageio`` (and ``imageio-ffmpeg`` for MP4) are optional: ``pip install "nnviz[export]"``.
"""
from __future__ import annotations

import importlib.util
import queue
import threading
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage

from .pictures import render_image

FORMATS = ("gif", "mp4")


def missing_modules(fmt: str) -> list[str]:
    """The Python packages ``fmt`` needs that are not installed (empty: ready)."""
    needed = ["imageio"] + (["imageio_ffmpeg"] if fmt == "mp4" else [])
    return [m for m in needed if importlib.util.find_spec(m) is None]


def install_hint(fmt: str) -> str:
    missing = missing_modules(fmt)
    if not missing:
        return ""
    return QCoreApplication.translate(
        "Export", "Recording %1 needs the Python package(s) %2. Install them with:\n"
                  "pip install \"nnviz[export]\"").replace("%1", fmt.upper()).replace(
        "%2", ", ".join(m.replace("_", "-") for m in missing))


def even_size(size: QSize) -> QSize:
    """``size`` rounded down to even sides (H.264's 4:2:0 frames need them), at least 2×2."""
    return QSize(max(2, size.width() // 2 * 2), max(2, size.height() // 2 * 2))


def image_to_rgb(image: QImage, size: QSize) -> np.ndarray:
    """An (h, w, 3) uint8 copy of ``image`` scaled to ``size`` (frames must all match)."""
    if image.size() != size:
        image = image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    buffer = np.frombuffer(image.constBits(), np.uint8, count=stride * h)
    return buffer.reshape(h, stride)[:, :w * 3].reshape(h, w, 3).copy()


class FrameWriter:
    """Encode frames to ``path`` on a thread of its own; ``add`` never blocks for long."""

    def __init__(self, path, fmt: str, fps: float):
        import imageio.v2 as imageio  # optional dependency: imported only when recording
        self.path = Path(path)
        if fmt == "gif":
            self._writer = imageio.get_writer(str(self.path), mode="I",
                                              duration=1000.0 / fps, loop=0)
        else:
            self._writer = imageio.get_writer(str(self.path), fps=fps, codec="libx264",
                                              macro_block_size=2, pixelformat="yuv420p")
        self._queue: queue.Queue = queue.Queue(maxsize=64)
        self.error: BaseException | None = None
        self.written = 0
        self._thread = threading.Thread(target=self._run, name="nnviz-encoder", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            frame = self._queue.get()
            if frame is None:
                break
            if self.error is None:
                try:
                    self._writer.append_data(frame)
                    self.written += 1
                except Exception as exc:  # reported by close()
                    self.error = exc
        try:
            self._writer.close()
        except Exception as exc:
            self.error = self.error or exc

    def add(self, frame: np.ndarray) -> None:
        self._queue.put(frame)

    def close(self) -> None:
        """Finish the file; raises what the encoder raised."""
        self._queue.put(None)
        self._thread.join()
        if self.error is not None:
            raise OSError(str(self.error)) from self.error


class AnimationRecorder(QObject):
    """Grab ``widget`` on each of the controller's snapshots until ``n_frames`` are taken.

    Signals: ``progress(done, total)``, ``finished(path)``, ``failed(message)``.
    """

    progress = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, widget, path, fmt: str = "gif", fps: float = 10.0,
                 duration_s: float = 5.0, width: int | None = None, parent=None):
        super().__init__(parent)
        if fmt not in FORMATS:
            raise ValueError(f"fmt must be one of {', '.join(FORMATS)}, got {fmt!r}")
        self.widget, self.path, self.fmt, self.fps = widget, Path(path), fmt, float(fps)
        self.total = max(1, round(fps * duration_s))
        self.frames = 0
        self._width = width
        self._size = None
        self._writer = None
        self._source = None

    def start(self, snapshot_signal) -> None:
        """Open the file and record a frame each time ``snapshot_signal`` fires."""
        self._writer = FrameWriter(self.path, self.fmt, self.fps)
        self._source = snapshot_signal
        snapshot_signal.connect(self.grab)
        self.grab()  # the first frame: how it looks now

    @Slot()
    @Slot(object)
    def grab(self, _snapshot=None) -> None:
        if self._writer is None or self.frames >= self.total:
            return
        image = render_image(self.widget, width=self._width)
        if self._size is None:
            self._size = even_size(image.size())
        self._writer.add(image_to_rgb(image, self._size))
        self.frames += 1
        self.progress.emit(self.frames, self.total)
        if self.frames >= self.total:
            self.stop()

    def stop(self) -> None:
        """Finish the file with the frames so far (also what Cancel does, keeping them)."""
        if self._writer is None:
            return
        if self._source is not None:
            self._source.disconnect(self.grab)
            self._source = None
        writer, self._writer = self._writer, None
        try:
            writer.close()
        except OSError as exc:
            self.failed.emit(str(exc))
            return
        self.finished.emit(str(self.path))

    def cancel(self) -> None:
        """Stop and delete the unfinished file (no ``finished`` signal)."""
        if self._writer is None:
            return
        if self._source is not None:
            self._source.disconnect(self.grab)
            self._source = None
        writer, self._writer = self._writer, None
        try:
            writer.close()
        except OSError:
            pass  # the file goes anyway
        self.path.unlink(missing_ok=True)
