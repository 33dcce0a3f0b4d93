"""Exports without a visible window, for ``nnviz export FILE --png | --gif | --keras``.

Each function takes a :class:`~nnviz.lab.session.Session` (a project file's loader gives one,
with its weights and counters) and needs a ``QApplication`` (offscreen is fine) except
:func:`export_keras`.
"""
from __future__ import annotations

from pathlib import Path

from nnviz.lab.export import write_keras_script

from . import pictures

VIEWS = ("window", "graph", "output", "curves")


def _window_showing(session, size=(1280, 800)):
    from nnviz.app.main_window import MainWindow
    window = MainWindow(session.config, start=False)
    window.resize(*size)
    window.show()  # offscreen platform: laid out, never on a screen
    window.resize(*size)  # after show: the first show picks its own size
    _settle()
    window._on_snapshot(session.snapshot())
    _settle()
    return window


def _settle() -> None:
    """Let Qt lay the window out and paint (layouts happen in posted events)."""
    from PySide6.QtWidgets import QApplication
    for _ in range(3):
        QApplication.processEvents()


def _widget(window, view: str):
    if view not in VIEWS:
        raise ValueError(f"view must be one of {', '.join(VIEWS)}, got {view!r}")
    return {key: widget for key, _, widget in pictures.export_targets(window)}[view]


def export_png(session, path, view: str = "window", scale: float = 1.0,
               width: int | None = None) -> Path:
    """Write ``view`` of ``session``'s current state as a PNG."""
    window = _window_showing(session)
    try:
        return pictures.save_png(_widget(window, view), path, None if width else scale, width)
    finally:
        window.close()


def export_gif(session, path, epochs: int, view: str = "output", fps: float = 10.0,
               epochs_per_frame: int = 1, width: int | None = None) -> Path:
    """Train ``session`` ``epochs`` more epochs, one frame (of ``view``) per
    ``epochs_per_frame``, and write them as a GIF (``.gif``) or MP4 (``.mp4``)."""
    from .animation import FrameWriter, even_size, image_to_rgb, missing_modules
    path = Path(path)
    fmt = "mp4" if path.suffix.lower() == ".mp4" else "gif"
    if missing_modules(fmt):
        raise RuntimeError(f"recording {fmt.upper()} needs {', '.join(missing_modules(fmt))}:"
                           f" pip install \"nnviz[export]\"")
    window = _window_showing(session)
    writer = FrameWriter(path, fmt, fps)
    try:
        widget, size = _widget(window, view), None
        for i in range(0, max(0, int(epochs)) + 1, max(1, int(epochs_per_frame))):
            if i:
                session.step_epochs(epochs_per_frame)
                window._on_snapshot(session.snapshot())
                _settle()
            image = pictures.render_image(widget, width=width)
            size = size or even_size(image.size())
            writer.add(image_to_rgb(image, size))
    finally:
        writer.close()
        window.close()
    return path


def export_keras(session, path, flavour: str = "keras") -> tuple[Path, Path]:
    """Write the Keras script for ``session``'s current weights and its data CSV."""
    return write_keras_script(path, session.config, session.model.get_weights(),
                              flavour=flavour, step=session.step_count,
                              title=session.config.data.dataset)
