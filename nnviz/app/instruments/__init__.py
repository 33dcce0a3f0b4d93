"""Teaching instruments' views, opened as docks of the main window (see ``registry``)."""
