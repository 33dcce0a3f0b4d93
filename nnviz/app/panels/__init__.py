"""Control panels: data, training, transport (play/step/reset) and the divergence banner."""
from nnviz.app.panels.data_panel import DataPanel
from nnviz.app.panels.divergence_banner import DivergenceBanner
from nnviz.app.panels.training_panel import TrainingPanel
from nnviz.app.panels.transport_bar import TransportBar

__all__ = ["DataPanel", "TrainingPanel", "TransportBar", "DivergenceBanner"]
