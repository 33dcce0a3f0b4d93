"""Reading and writing ``.nnviz`` files: atomic writes, strict reads."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .document import ProjectDocument
from .errors import ProjectError

SUFFIX = ".nnviz"
#: Largest project file read: far above any real project (a 16x16x8 model's run is < 1 MB).
MAX_FILE_BYTES = 64 * 1024 * 1024


def project_text(document: ProjectDocument) -> str:
    """The JSON text of ``document`` (strict JSON: no NaN literals)."""
    return json.dumps(document.to_dict(), indent=1, ensure_ascii=False, allow_nan=False) + "\n"


def save_project(path, document: ProjectDocument) -> Path:
    """Write ``document`` to ``path`` atomically; returns the path.

    The text goes to a temporary file in the same folder, is flushed and synced to disk, then
    renamed over ``path`` in one step: whatever happens midway, ``path`` holds either the old
    project or the new one, and no temporary file is left behind.

    Raises
    ------
    OSError
        The folder cannot be written (the old file is untouched).
    """
    path = Path(path)
    data = project_text(document).encode("utf-8")
    folder = path.parent if str(path.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
    _sync_folder(folder)
    return path


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def load_project(path) -> ProjectDocument:
    """The project in ``path``, fully checked.

    Raises
    ------
    ProjectError
        The file is missing, too large, not UTF-8, not valid JSON (line and column named), of a
        newer version, or any field is unknown, of the wrong type, shape or dtype, over a limit,
        or holds non-finite weights; the message names the field.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectError(f"the file is {size} bytes, over the limit of {MAX_FILE_BYTES}")
        raw = path.read_bytes()
    except OSError as exc:
        raise ProjectError(f"cannot read {path}: {exc.strerror or exc}") from None
    return parse_project(raw)


def parse_project(raw: bytes | str) -> ProjectDocument:
    """The project in ``raw`` (the bytes of a ``.nnviz`` file); see :func:`load_project`."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_FILE_BYTES:
            raise ProjectError(f"the file is {len(raw)} bytes, over the limit of "
                               f"{MAX_FILE_BYTES}")
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ProjectError(f"the file is not UTF-8 text (byte {exc.start})") from None
    if not raw.strip():
        raise ProjectError("the file is empty")
    try:
        d = json.loads(raw, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        # A cut inside a string is reported where the string starts, not at the end.
        end = exc.pos >= len(raw.rstrip()) or exc.msg.startswith("Unterminated string")
        what = "the file ends early (truncated?)" if end else f"invalid JSON: {exc.msg}"
        raise ProjectError(f"{what} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise ProjectError("the JSON is nested too deeply") from None
    return ProjectDocument.from_dict(d)


def _no_constant(name: str):
    raise ProjectError(f"{name} is not allowed in a project file (JSON has no such number)")
