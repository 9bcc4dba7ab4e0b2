"""Event dates: resolving date expressions against an article's publication date, and
comparing the resulting dates.

A date is written as "YYYY-MM-DD" (day), "YYYY-MM" (month), "YYYY" (year) or
"START/END" (range), as in ../shared/eval/FORMAT.md.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

__all__ = ["interval", "compatible", "contains", "precision_of"]

_DATE_RE = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def interval(date: str | None) -> tuple[dt.date, dt.date] | None:
    """'2023-06-18', '2023-06', '2023' or 'A/B' -> (first day, last day); None if unreadable."""
    if not date:
        return None
    date = str(date).strip()
    if "/" in date:
        a, b = date.split("/", 1)
        ia, ib = interval(a), interval(b)
        if ia is None or ib is None or ib[1] < ia[0]:
            return None
        return ia[0], ib[1]
    m = _DATE_RE.fullmatch(date)
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            day = dt.date(y, int(mo), int(d))
            return day, day
        if mo:
            last = calendar.monthrange(y, int(mo))[1]
            return dt.date(y, int(mo), 1), dt.date(y, int(mo), last)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None


def precision_of(date: str | None) -> str | None:
    """'day', 'month', 'year' or 'range' for a valid date string, else None."""
    if interval(date) is None:
        return None
    if "/" in date:
        return "range"
    return {1: "year", 2: "month", 3: "day"}[len(date.split("-"))]


def contains(outer: str | None, inner: str | None) -> bool:
    """True when every day of `inner` lies inside `outer`."""
    o, i = interval(outer), interval(inner)
    return o is not None and i is not None and o[0] <= i[0] and i[1] <= o[1]


def compatible(a: str | None, b: str | None, slack_days: int = 0) -> bool:
    """Could two reports' dates describe the same event? Overlapping intervals (widened by
    `slack_days` on each side, for reports a day apart) are compatible; a missing date is
    compatible with anything."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return True
    slack = dt.timedelta(days=slack_days)
    return ia[0] - slack <= ib[1] and ib[0] - slack <= ia[1]
