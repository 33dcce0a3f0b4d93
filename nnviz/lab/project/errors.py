"""ProjectError: why a ``.nnviz`` file was refused, naming the field at fault."""
from __future__ import annotations


class ProjectError(ValueError):
    """A project file that cannot be opened (or written); ``field`` names where the problem is.

    Parameters
    ----------
    message : str
        What is wrong, in plain words.
    field : str, optional
        The dotted path of the offending field (``"session.weights[2]"``); empty for the file
        as a whole.
    """

    def __init__(self, message: str, field: str = ""):
        self.field = field
        self.reason = message
        super().__init__(f"{field}: {message}" if field else message)
