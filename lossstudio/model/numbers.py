"""Parsing what people type into number fields, for every field in the app.

One helper for every spin box, line edit and table cell: full-width digits (０.６),
comma decimals (0,6), surrounding spaces and the Unicode minus are accepted; anything
else is refused with a reason the view turns into a translated message. The model
knows no Qt, so a refusal carries a *kind* and the numbers involved, not a sentence.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

#: Longer input than this is refused before it is looked at (nobody types 10,000 digits).
MAX_INPUT_LENGTH = 64

#: A sign typed apart from its number (``- 3``) still belongs to it.
_SIGN_SPACE = re.compile(r"^([+-])\s+")

#: Thousands commas that really group digits: ``1,000``, ``-12,345,678.5``.
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?(?:e[+-]?\d+)?")

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?")


class NumberError(ValueError):
    """Input that is not an acceptable number.

    Attributes
    ----------
    kind : str
        ``"empty"``, ``"too_long"``, ``"not_a_number"``, ``"not_finite"``, ``"too_small"``,
        ``"too_large"`` or ``"not_integer"`` (from :func:`parse_integer`).
    text : str
        What was typed (cut to 40 characters).
    limit : float or None
        The bound that was crossed, for ``too_small`` and ``too_large``.
    """

    def __init__(self, kind: str, text: str, limit: float | None = None):
        self.kind = kind
        self.text = text[:40]
        self.limit = limit
        super().__init__(f"{kind}: {self.text!r}" + ("" if limit is None else f" (limit {limit})"))


def normalise(text: str) -> str:
    """Fold full-width characters and the Unicode minus, drop surrounding spaces, make ``,``
    a decimal point.

    A comma is read as a decimal point only when the text has no ``.`` and exactly one comma
    (``0,6`` -> ``0.6``); ``1,000.5`` keeps its meaning by dropping the thousands commas, which
    must group three digits. Anything else keeps its commas and inner spaces, so that
    :func:`parse_number` refuses it: ``2 3`` is not 23, nor ``0,6,7`` 67.
    """
    folded = unicodedata.normalize("NFKC", text)
    folded = folded.replace("\u2212", "-").replace("\u2013", "-").replace("。", ".")
    folded = _SIGN_SPACE.sub(r"\1", folded.strip().lower())
    if "," in folded:
        if "." not in folded and folded.count(",") == 1:
            folded = folded.replace(",", ".")
        elif _THOUSANDS.fullmatch(folded):
            folded = folded.replace(",", "")
    return folded


def parse_number(
    text: str,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
) -> float:
    """Read one finite number from ``text`` within ``[minimum, maximum]``.

    ``-0`` is read as ``0.0``. Raises :class:`NumberError` for anything else; never returns
    nan or inf.
    """
    if len(text) > MAX_INPUT_LENGTH:
        raise NumberError("too_long", text)
    cleaned = normalise(text)
    if not cleaned:
        raise NumberError("empty", text)
    if cleaned in {
        "nan",
        "+nan",
        "-nan",
        "inf",
        "+inf",
        "-inf",
        "infinity",
        "+infinity",
        "-infinity",
    }:
        raise NumberError("not_finite", text)
    if not _NUMBER.fullmatch(cleaned):
        raise NumberError("not_a_number", text)
    value = float(cleaned)
    if not math.isfinite(value):
        raise NumberError("not_finite", text)
    value += 0.0  # -0.0 -> 0.0
    if minimum is not None and value < minimum:
        raise NumberError("too_small", text, minimum)
    if maximum is not None and value > maximum:
        raise NumberError("too_large", text, maximum)
    return value


def parse_integer(
    text: str,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
) -> int:
    """Read one whole number from ``text`` within ``[minimum, maximum]`` (``4``, ``４``, ``4.0``);
    the same rules as :func:`parse_number`, and ``not_integer`` for a fraction."""
    value = parse_number(text, minimum=minimum, maximum=maximum)
    if value != math.floor(value):
        raise NumberError("not_integer", text)
    return int(value)


@dataclass(frozen=True)
class Range:
    """The accepted interval of a field, used by views and by state validation."""

    minimum: float
    maximum: float

    def parse(self, text: str) -> float:
        return parse_number(text, minimum=self.minimum, maximum=self.maximum)

    def contains(self, value: float) -> bool:
        return math.isfinite(value) and self.minimum <= value <= self.maximum
