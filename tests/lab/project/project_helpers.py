"""Configs and a trained session shared by the project tests."""
import json

from nnviz.lab.config import ExperimentConfig, LayerConfig
from nnviz.lab.project import ProjectDocument, project_text
from nnviz.lab.session import Session

SMALL = ExperimentConfig().with_data(n_points=120)
DROPOUT_ADAM = SMALL.with_network(
    hidden=(LayerConfig(5, dropout=0.3), LayerConfig(3, dropout=0.1))).with_training(
    optimizer="adam")


def trained_document(config=DROPOUT_ADAM, steps=23) -> ProjectDocument:
    """The project of a session of ``config`` after ``steps`` mini-batches."""
    session = Session(config)
    session.step(steps)
    return ProjectDocument.from_session(session)


def document_dict(config=DROPOUT_ADAM, steps=23) -> dict:
    """A valid project file's JSON object, to spoil in tests."""
    return json.loads(project_text(trained_document(config, steps)))
