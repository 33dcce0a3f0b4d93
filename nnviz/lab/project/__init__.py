"""nnviz projects: one ``.nnviz`` JSON file holding an experiment and where its training stood.

``save_project(path, ProjectDocument.from_session(session))`` writes one;
``load_project(path).session()`` continues it exactly. Qt-free.
"""
from __future__ import annotations

from .document import FORMAT, VERSION, CustomData, ProjectDocument
from .errors import ProjectError
from .storage import SUFFIX, load_project, parse_project, project_text, save_project
from .window_state import WindowState

__all__ = ["FORMAT", "VERSION", "CustomData", "ProjectDocument", "ProjectError", "SUFFIX",
           "WindowState", "load_project", "parse_project", "project_text", "save_project"]
