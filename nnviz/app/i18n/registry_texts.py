"""The English texts that Qt-free packages hand to the app for display, gathered in one place.

``nnviz/engine``, ``nnviz/data`` and ``nnviz/lab`` import no Qt, so their display names, one-line
explanations, advice templates and error message templates are plain English strings that
lupdate cannot see. The app translates them when it shows them (``nnviz.registry``,
``nnviz.advice`` and ``nnviz.errors`` contexts; errors in :mod:`.lab_messages`); this module
lists them so :mod:`nnviz.app.i18n.catalog` (which lupdate reads) can be generated and checked.
"""
from __future__ import annotations

from nnviz.app.panels.panel_base import REGISTRY_CONTEXT


def registries() -> list:
    """Every registry whose display names and docs the app shows."""
    from nnviz.data import DATASETS
    from nnviz.data.features import FEATURES
    from nnviz.engine.activations import ACTIVATIONS
    from nnviz.engine.initializers import INITIALIZERS
    from nnviz.engine.losses import LOSSES
    from nnviz.engine.metrics import METRICS
    from nnviz.engine.optimizers import OPTIMIZERS
    return [DATASETS, FEATURES, ACTIVATIONS, INITIALIZERS, LOSSES, METRICS, OPTIMIZERS]


def advice_texts() -> list[str]:
    """The lab's advice templates (``{name}`` placeholders, formatted after translating)."""
    from nnviz.lab import training_advice
    return [value for name, value in vars(training_advice).items()
            if name.isupper() and isinstance(value, str) and name != "ADVICE_CONTEXT"]


def qt_free_texts() -> list[tuple[str, str]]:
    """``(context, English text)`` for every Qt-free text the app translates, without repeats."""
    from nnviz.lab.training_advice import ADVICE_CONTEXT
    seen: dict[tuple[str, str], None] = {}
    for registry in registries():
        for entry in registry:
            for text in (entry.display, entry.doc):
                if text:
                    seen[(REGISTRY_CONTEXT, text)] = None
    for text in advice_texts():
        seen[(ADVICE_CONTEXT, text)] = None
    from nnviz.app.i18n.lab_messages import ERROR_CONTEXT, error_templates
    for text in error_templates():
        seen[(ERROR_CONTEXT, text)] = None
    return list(seen)
