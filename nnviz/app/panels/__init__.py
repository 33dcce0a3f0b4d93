"""Control panels."""
