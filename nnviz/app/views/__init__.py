"""Views: independent widgets that draw snapshots."""
