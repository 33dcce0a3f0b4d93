"""Classroom mode: presentation mode, interface zoom, a high-contrast theme, hiding controls."""
