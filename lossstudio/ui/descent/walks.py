"""Moved to :mod:`lossstudio.model.walks` (Qt-free, with the other derived numbers)."""

from lossstudio.model.walks import Walk, last_iteration, surface_of, walks_of

__all__ = ["Walk", "last_iteration", "surface_of", "walks_of"]
