"""How every instrument writes a number for reading: 4 significant digits and a real minus sign.

Plain decimals wherever they fit (``0.0001234``, ``12340``); powers of ten only for the very small
or very large (``1.234×10⁻⁹``), never ``e-05``. Infinities and NaN are written so that a student
sees them for what they are.
"""
from __future__ import annotations

import math

MINUS = "\u2212"
_SUPERSCRIPT = str.maketrans("-0123456789", "\u207b\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076"
                                            "\u2077\u2078\u2079")
#: Below this magnitude (or at or above ``LARGE``) a number is written with a power of ten.
SMALL = 1e-4
LARGE = 1e6


def format_number(value, digits: int = 4) -> str:
    """``value`` with ``digits`` significant digits, e.g. ``-0.25`` -> ``"−0.25"``.

    Trailing zeros are dropped (``0.35``, not ``0.3500``); integers stay integers (``−30``).
    """
    x = float(value)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "\u221e" if x > 0 else MINUS + "\u221e"
    if x == 0:
        return "0"
    sign = MINUS if x < 0 else ""
    ax = abs(x)
    mantissa_text = f"{ax:.{digits - 1}e}"
    mantissa, exp_text = mantissa_text.split("e")
    exponent = int(exp_text)  # after rounding (9.9996 -> 1.000e+01)
    if SMALL <= ax < LARGE or exponent == 0:
        decimals = max(digits - 1 - exponent, 0)
        text = f"{float(mantissa_text):.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return sign + text
    mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{sign}{mantissa}\u00d710{str(exponent).translate(_SUPERSCRIPT)}"


def format_vector(values, digits: int = 4) -> str:
    """``[0.3, −0.4]``: a short vector in brackets."""
    return "[" + ", ".join(format_number(v, digits) for v in values) + "]"
