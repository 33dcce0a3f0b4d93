"""Where nnviz's files are: the shipped ones (installed, editable or bundled) and the user's."""
from __future__ import annotations

import os
from pathlib import Path

#: Set to a folder to keep every file nnviz writes for the user there (tests, portable use).
USER_DIR_ENV = "NNVIZ_USER_DIR"


def resources_dir() -> Path:
    """The ``resources/`` folder: ``nnviz/resources`` when installed or bundled, else the repo's."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    try:  # an editable install maps nnviz.resources onto the repository's resources/
        from importlib.resources import files
        return Path(str(files("nnviz.resources")))
    except Exception as exc:  # pragma: no cover - a broken installation
        raise FileNotFoundError("nnviz's resources folder is missing from this installation") from exc


def resource(*parts: str) -> Path:
    """Path of one shipped file, e.g. ``resource("icons", "nnviz.svg")``."""
    return resources_dir().joinpath(*parts)


#: Tests (and screenshots) point the app's QSettings at a folder of their own with this variable.
SETTINGS_DIR_VARIABLE = "NNVIZ_SETTINGS_DIR"


def settings_dir_override() -> Path | None:
    """The folder ``NNVIZ_SETTINGS_DIR`` names, or None to use the platform's settings store."""
    import os
    value = os.environ.get(SETTINGS_DIR_VARIABLE, "").strip()
    return Path(value) if value else None


def user_data_dir() -> Path:
    """The folder for the user's nnviz files (log, later autosave and settings); not created.

    ``$NNVIZ_USER_DIR`` when set, else the platform's user data folder
    (e.g. ``~/.local/share/nnviz`` on Linux, ``%LOCALAPPDATA%\\nnviz`` on Windows).
    """
    override = os.environ.get(USER_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir as platform_user_data_dir
    return Path(platform_user_data_dir("nnviz", appauthor=False))


def log_path() -> Path:
    """The log file that unexpected errors are written to."""
    return user_data_dir() / "nnviz.log"
