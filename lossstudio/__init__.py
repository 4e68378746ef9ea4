"""Loss Studio: touch a loss function and watch it respond."""

__version__ = "0.1.0"
