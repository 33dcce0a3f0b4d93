"""Grid search in the app: the window's dialog (Qt) and the headless ``nnviz grid`` command.

Nothing is imported here: ``command`` must load without Qt.
"""
