"""The Descent tab: gradient descent animated on the contour map of J(w, b)."""

from .tab import DescentTab

__all__ = ["DescentTab"]
