"""The words about each loss: English name, label convention and where it is used.

Translated through ``QCoreApplication.translate("CatalogTexts", ...)`` when asked, so a live
language switch shows the new language. The Chinese names are the chapter's own (``LOSSES``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def name(key: str) -> str:
    """The loss's name in the current language."""
    names = {
        "zero_one": QCoreApplication.translate("CatalogTexts", "0-1 loss"),
        "absolute": QCoreApplication.translate("CatalogTexts", "Absolute loss"),
        "hinge": QCoreApplication.translate("CatalogTexts", "Hinge loss"),
        "log": QCoreApplication.translate("CatalogTexts", "Log loss"),
        "squared": QCoreApplication.translate("CatalogTexts", "Squared loss"),
        "exponential": QCoreApplication.translate("CatalogTexts", "Exponential loss"),
    }
    return names[key]


def convention(key: str) -> str:
    """The loss's label convention, one line."""
    conventions = {
        "zero_one": QCoreApplication.translate(
            "CatalogTexts", "Labels y = ±1; plotted for the predicted class sign(a)."
        ),
        "absolute": QCoreApplication.translate(
            "CatalogTexts", "Any real label y and prediction a."
        ),
        "hinge": QCoreApplication.translate("CatalogTexts", "Labels y = ±1, any real score a."),
        "log": QCoreApplication.translate(
            "CatalogTexts", "Labels y ∈ {0, 1}, prediction a a probability in [0, 1]."
        ),
        "squared": QCoreApplication.translate("CatalogTexts", "Any real label y and prediction a."),
        "exponential": QCoreApplication.translate(
            "CatalogTexts", "Labels y = ±1, any real score a."
        ),
    }
    return conventions[key]


def usage(key: str) -> str:
    """One sentence on where the loss is used."""
    usages = {
        "zero_one": QCoreApplication.translate(
            "CatalogTexts",
            "The gold standard: it counts mistakes, but its derivative is 0 almost everywhere, "
            "so it measures classifiers (error rate) rather than training them.",
        ),
        "absolute": QCoreApplication.translate(
            "CatalogTexts",
            "Regression that should not be pulled far by a few outliers (L1 loss, median "
            "regression).",
        ),
        "hinge": QCoreApplication.translate(
            "CatalogTexts",
            "Support vector machines: it asks for a margin y·a ≥ 1, not just the right sign.",
        ),
        "log": QCoreApplication.translate(
            "CatalogTexts",
            "Logistic regression and neural-network binary classifiers (binary cross-entropy).",
        ),
        "squared": QCoreApplication.translate(
            "CatalogTexts",
            "Regression: least squares and the mean squared error of section 3.2.",
        ),
        "exponential": QCoreApplication.translate(
            "CatalogTexts",
            "AdaBoost: boosting weights each sample by e^(−y·a), so misses count heavily.",
        ),
    }
    return usages[key]
