"""Error messages of the Qt-free packages (lab, data), shown translated in the window.

The lab and the data package raise errors in English, each message one of the templates of
:mod:`nnviz.lab.error_texts` and :mod:`nnviz.data.error_texts` filled with values. The window
gets such a message as text (the worker's ``error`` signal carries a string, also from a
training process), so :func:`translate_error` finds the template the text was made from, reads
the values back out of it, translates the template (context ``nnviz.errors``, which
``catalog.py`` lists for lupdate) and fills in the values — themselves translated when they are
a known phrase or message, as the CSV file's location around its problem is. A text made from
no known template is returned unchanged.
"""
from __future__ import annotations

import functools
import re

from PySide6.QtCore import QCoreApplication

from nnviz.data.error_texts import ERROR_CONTEXT

_FIELD = re.compile(r"\{(\w+)\}")


def error_templates() -> list[str]:
    """Every template and phrase of the lab's and the data package's error messages."""
    from nnviz.data import error_texts as data_texts
    from nnviz.lab import error_texts as lab_texts
    seen: dict[str, None] = {}
    for module in (data_texts, lab_texts):
        for name, value in vars(module).items():
            if name.isupper() and name != "ERROR_CONTEXT" and isinstance(value, str):
                seen[value] = None
    return list(seen)


def _pattern(template: str) -> re.Pattern:
    """A regex that matches what ``template.format(...)`` makes, one group per field."""
    parts, seen = [], set()
    pos = 0
    for m in _FIELD.finditer(template):
        parts.append(re.escape(template[pos:m.start()]))
        name = m.group(1)
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.*?)")
        seen.add(name)
        pos = m.end()
    parts.append(re.escape(template[pos:]))
    return re.compile("".join(parts), re.S)


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """(template, regex) in the order to try them. Templates that start with text come before
    those that start with a value: "line 3, column 2: 1 cells but …" is a location around a
    message, not a message whose first value is "line 3, column 2: 1". Then the most literal
    text first: "… numeric (use a point …)" must win over "… numeric"."""
    def order(template: str) -> tuple[bool, int]:
        return template.startswith("{"), -len(_FIELD.sub("", template))
    templates = sorted(error_templates(), key=order)
    return tuple((t, _pattern(t)) for t in templates if _FIELD.sub("", t).strip())


def translate_error(text: str, _depth: int = 0) -> str:
    """``text`` (an English error message of the lab or the data package) in the interface's
    language; unchanged when it was made from no known template."""
    if not text or _depth > 4:
        return text
    for template, pattern in _patterns():
        m = pattern.fullmatch(text)
        if m is None:
            continue
        values = {name: translate_error(value, _depth + 1)
                  for name, value in m.groupdict().items()}
        translated = QCoreApplication.translate(ERROR_CONTEXT, template)
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return template.format(**values)
    return text


def exception_text(exc: BaseException) -> str:
    """What the window says for ``exc``: its message translated, or the type's name."""
    return translate_error(str(exc)) or type(exc).__name__
