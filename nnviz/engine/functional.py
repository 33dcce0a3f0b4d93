"""``keras.Model(inputs, outputs)`` for layers chained functionally:

    inp = Input(shape=(2,))
    x = Dense(4, activation="relu")(inp)
    out = Dense(1, activation="sigmoid")(x)
    model = Model(inp, out)

Only chains are supported (each layer takes one input and feeds one layer); a graph that
branches or merges gets an error naming where it does.
"""
from __future__ import annotations

from .layer_base import KerasTensor
from .models import Sequential


def _one(value, argument):
    if isinstance(value, (list, tuple)):
        if len(value) != 1:
            raise ValueError(f"nnviz models have one {argument[:-1]}; got {argument}= a list of "
                             f"{len(value)} tensors (multi-input/-output models are not supported)")
        value = value[0]
    if isinstance(value, dict):
        raise ValueError(f"{argument} must be a tensor from Input(...) or a layer call, "
                         "not a dict (named multi-input/-output models are not supported)")
    if not isinstance(value, KerasTensor):
        raise TypeError(f"{argument} must be a tensor from Input(...) or from calling a layer "
                        f"on one, got {type(value).__name__}")
    return value


class Model(Sequential):
    """A model built from ``Input(...)`` and layer calls; it behaves exactly as a
    :class:`Sequential` of the same layers (``compile``, ``fit``, ``save``, ...)."""

    def __init__(self, inputs=None, outputs=None, name=None, **unused):
        if inputs is None or outputs is None:
            raise TypeError("Model needs inputs and outputs: Model(inputs=inp, outputs=out) with"
                            " inp = Input(shape=(n,)). Subclassing Model with a call() method is "
                            "not supported; use Sequential([...]) for a stack of layers")
        first, last = _one(inputs, "inputs"), _one(outputs, "outputs")
        chain, tensor = [], last
        while tensor.layer is not None:
            chain.append(tensor.layer)
            tensor = tensor.parent
        if tensor is not first:
            raise ValueError("outputs are not computed from inputs: follow the layer calls back"
                             f" from outputs and they start at {tensor!r}, not at {first!r}")
        chain.reverse()
        tensor = first
        for layer in chain:
            if len(tensor.consumers) > 1:
                names = ", ".join(repr(l.name) for l in tensor.consumers)
                source = tensor.layer.name if tensor.layer else "the input"
                raise ValueError(f"the graph branches: the output of {source} feeds "
                                 f"{len(tensor.consumers)} layers ({names}); nnviz models are "
                                 "chains where each layer feeds the next one only")
            tensor = layer._output
        super().__init__(name=name)
        self.inputs, self.outputs = [first], [last]
        self.add(first.input_layer)
        for layer in chain:
            self.add(layer)


__all__ = ["Model"]
