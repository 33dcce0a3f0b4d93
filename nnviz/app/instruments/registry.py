"""Every teaching instrument, in one table: name -> title, one-line help, view.

Adding an instrument is one ``Instrument`` line here. The table imports no Qt (the command line
lists its names before Qt starts): titles are marked for translation with a local
``QT_TRANSLATE_NOOP`` that lupdate recognises by name, and views are named as
``"module:Class"``, imported only when opened. A view class takes ``(controller, parent)``.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass

CONTEXT = "Instruments"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` (translated where it is shown)."""
    return text


@dataclass(frozen=True)
class Instrument:
    """One instrument: its name (for ``--open``), words for the menu, and where its view is."""

    name: str
    title: str       # untranslated; show QCoreApplication.translate(CONTEXT, title)
    help: str        # one line, untranslated likewise
    view: str        # "package.module:Class"
    #: Follows the live network: it draws on the graph and takes clicks on the output view, so
    #: it docks below the playground (both stay wide) rather than beside it.
    live: bool = False

    def view_class(self):
        module, _, attr = self.view.partition(":")
        return getattr(importlib.import_module(module), attr)


_VIEWS = "nnviz.app.instruments."
INSTRUMENTS: dict[str, Instrument] = {i.name: i for i in (
    Instrument("forward", QT_TRANSLATE_NOOP("Instruments", "Forward pass"),
               QT_TRANSLATE_NOOP("Instruments", "One point through the live network: every "
                                 "neuron's z = Σ w·x + b and a = f(z), layer by layer."),
               _VIEWS + "forward_view:ForwardView", live=True),
    Instrument("backprop", QT_TRANSLATE_NOOP("Instruments", "Backprop"),
               QT_TRANSLATE_NOOP("Instruments", "dE/dz on every neuron and dE/dw on every link "
                                 "of the live network, with the chain rule written out."),
               _VIEWS + "backprop_view:BackpropView", live=True),
    Instrument("gradients", QT_TRANSLATE_NOOP("Instruments", "Gradient flow"),
               QT_TRANSLATE_NOOP("Instruments", "Each layer's gradient size over time and its "
                                 "activations: see gradients vanish or explode."),
               _VIEWS + "gradient_flow_view:GradientFlowView", live=True),
    Instrument("perceptron", QT_TRANSLATE_NOOP("Instruments", "Perceptron lab"),
               QT_TRANSLATE_NOOP("Instruments", "Rosenblatt's rule sample by sample: AND and OR "
                                 "are learned, XOR never is."),
               _VIEWS + "perceptron_view:PerceptronView"),
    Instrument("descent", QT_TRANSLATE_NOOP("Instruments", "Gradient descent"),
               QT_TRANSLATE_NOOP("Instruments", "A ball rolls down a loss curve: too small a "
                                 "learning rate crawls, too large diverges."),
               _VIEWS + "descent_view:DescentView"),
    Instrument("optimizers", QT_TRANSLATE_NOOP("Instruments", "Optimizer race"),
               QT_TRANSLATE_NOOP("Instruments", "SGD, momentum, NAG, Adagrad, RMSprop and Adam "
                                 "race down a loss surface."),
               _VIEWS + "optimizer_race_view:OptimizerRaceView"),
    Instrument("activations", QT_TRANSLATE_NOOP("Instruments", "Activations"),
               QT_TRANSLATE_NOOP("Instruments", "Each activation and its derivative; softmax "
                                 "with and without subtracting the maximum."),
               _VIEWS + "activations_view:ActivationsView"),
    Instrument("losses", QT_TRANSLATE_NOOP("Instruments", "Losses"),
               QT_TRANSLATE_NOOP("Instruments", "Squared error against cross-entropy, and the "
                                 "mean loss of a batch."),
               _VIEWS + "losses_view:LossesView"),
)}


def names() -> list[str]:
    return list(INSTRUMENTS)
