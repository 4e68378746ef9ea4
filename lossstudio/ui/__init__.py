"""Qt views: the main window, one module (or folder) per tab, and shared widgets."""
