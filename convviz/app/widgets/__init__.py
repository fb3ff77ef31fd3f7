"""Reusable Qt widgets shared by the views."""
