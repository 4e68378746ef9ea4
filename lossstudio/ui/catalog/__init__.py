"""The Loss Catalog tab (issue 3): the six sample losses of chapter 3.1, live."""

from .tab import CatalogTab

__all__ = ["CatalogTab"]
