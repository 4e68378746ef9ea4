"""The Classification tab (chapter 3.3): students' predictions, cross-entropy, why not MSE."""

from lossstudio.ui.classification.tab import ClassificationTab

__all__ = ["ClassificationTab"]
