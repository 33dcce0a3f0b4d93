"""nnviz: a desktop neural-network playground."""

__version__ = "0.1.0"
