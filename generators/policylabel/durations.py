"""ISO 8601 durations as claims state them (``P30D``, ``P1Y6M``, ``PT24H``): one parser for every stage."""

from __future__ import annotations

import re

# The JSON Schema pattern (ECMA-262): at least one component, and a time part only with a number in it.
SCHEMA_PATTERN = r"^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+S)?)?$"
_DURATION = re.compile(SCHEMA_PATTERN)
UNITS = ("year", "month", "week", "day", "hour", "minute", "second")
# Approximate days per unit, for comparing a duration with a period stated in words.
_DAYS = (365, 30, 7, 1, 1 / 24, 1 / 1440, 1 / 86400)


def components(value: str) -> tuple[int, ...] | None:
    """(years, months, weeks, days, hours, minutes, seconds), or None when ``value`` is not a duration."""
    m = _DURATION.match(value)
    if not m:
        return None
    g = m.groups()
    # Groups: Y, M, W, D, the whole time part, H, M, S.
    numbers = (g[0], g[1], g[2], g[3], g[5], g[6], g[7])
    return tuple(int(x[:-1]) if x else 0 for x in numbers)


def days(value: str) -> float | None:
    """The duration in (approximate) days, rounded to 3 places."""
    parts = components(value)
    return None if parts is None else round(sum(n * d for n, d in zip(parts, _DAYS, strict=True)), 3)


def text(value: str) -> str:
    """``P30D`` -> ``30 days``; a value that is not a duration is shown as written."""
    parts = components(value)
    if parts is None:
        return value
    return ", ".join(f"{n} {unit}{'s' if n != 1 else ''}" for n, unit in zip(parts, UNITS, strict=True) if n) or value
