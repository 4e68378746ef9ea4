"""Recording animations from states: the renderer, the file writers, the dialogs."""
