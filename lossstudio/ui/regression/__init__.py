"""The Regression tab: the line fit of section 3.2 made touchable."""

from lossstudio.ui.regression.tab import RegressionTab

__all__ = ["RegressionTab"]
