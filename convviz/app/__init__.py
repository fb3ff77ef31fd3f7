"""The Qt half: main window, compute worker, views and widgets."""
