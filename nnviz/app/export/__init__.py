"""Exports from the window: pictures (PNG), animations (GIF/MP4), and the File → Export menu."""
