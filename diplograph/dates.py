"""Event dates: resolving date expressions against an article's publication date, and
comparing the resulting dates.

A date is written as "YYYY-MM-DD" (day), "YYYY-MM" (month), "YYYY" (year) or
"START/END" (range), as in ../shared/eval/FORMAT.md.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["interval", "compatible", "contains", "precision_of", "DateValue", "TENSES",
           "resolve_date", "day_of", "MONTH_WORDS", "WEEKDAY_WORDS"]

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


# ------------------------------------------------------------------ resolving expressions

@dataclass(frozen=True)
class DateValue:
    """A resolved date: `value` in the FORMAT.md notation and its precision."""

    value: str  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY" | "START/END"
    precision: str  # "day" | "month" | "year" | "range"


TENSES = ("past", "present", "future")

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "a couple of": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
# month and day names as written, lower case, for recognisers outside this module
MONTH_WORDS = frozenset(_MONTHS)
WEEKDAY_WORDS = frozenset(_WEEKDAYS)
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(_WEEKDAYS)
_NUMBER_RE = "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r"|\d{1,3}"

# How far a past-tense date without a year may lie after the publication date and still be
# read as this year: datelines and publication timestamps disagree by a day across time
# zones, and "met on June 19" in an article stamped June 18 means this June, not last year's.
_SLACK = dt.timedelta(days=2)
_MAX_LEN = 120  # longer strings are sentences, not date expressions

def resolve_date(expression: str, published: str | dt.date | None,
                 tense: str = "past") -> DateValue | None:
    """Resolve a date expression from a sentence against the article's publication date.

    `tense` ("past", "present", "future") is the tense of the clause: it decides which June
    "in June" means and which Sunday "on Sunday" means. Durations, vague words and anything
    unreadable give None; so does a relative expression without a publication date (the
    machine's clock is never used). Never raises.
    """
    try:
        if not isinstance(expression, str) or len(expression) > _MAX_LEN:
            return None
        return _resolve(expression, day_of(published), tense if tense in TENSES else "past")
    except Exception:  # noqa: BLE001 - a date is a detail; a strange string must not stop extraction
        return None


def day_of(value: str | dt.date | None) -> dt.date | None:
    """A full calendar day from a date, datetime or date/datetime string, else None.

    Strings missing a day, month or year give None rather than being completed from today.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 100:
        return None
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])", text)  # ISO, maybe with a time after it
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return _dateutil_day(text)


def _dateutil_day(text: str) -> dt.date | None:
    import warnings

    from dateutil import parser as dparser

    # Parsing twice with two different defaults shows whether the string itself gave the
    # year, month and day: a part it lacked is filled from the default and so differs.
    defaults = (dt.datetime(2000, 1, 1), dt.datetime(2001, 2, 2))
    for fuzzy in (False, True):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # unknown time zone names such as "IST"
                a, b = (dparser.parse(text, default=d, fuzzy=fuzzy) for d in defaults)
        except (ValueError, OverflowError, TypeError, ArithmeticError):
            continue
        if a.date() == b.date():
            return a.date()
        return None
    return None


# ---- normalising the expression

_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
_TIME = re.compile(
    r"\b(at |around |about |by |from )?(\d{1,2}([:.]\d{2})?\s*([ap]\.?\s?m\b\.?)|\d{1,2}:\d{2}|"
    r"noon|midday|midnight)(\s*(local time|[a-z]{2,4} time|gmt|utc|[ecmp][sd]t|ist|cet|cest|bst|jst|kst))?",
)
_PARTS_OF_DAY = r"(early |late )?(morning|afternoon|evening|night|overnight)"


def _normalise(expression: str) -> str:
    s = unicodedata.normalize("NFKC", expression).casefold().translate(_DASHES)
    s = s.replace("\u2019", "'")
    s = _TIME.sub(" ", s)
    s = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", s)  # 18th -> 18
    s = re.sub(r"\b(\d{1,2}) of (?=[a-z])", r"\1 ", s)  # 18 of june -> 18 june
    s = re.sub(rf"\b({_MONTH_RE}) the (?=\d)", r"\1 ", s)  # march the 14 -> march 14
    # "the early hours of Wednesday", "the evening of June 5": the day
    s = re.sub(rf"\b(the )?((early|small|wee|late|first) hours|{_PARTS_OF_DAY}) of (?=[a-z\d])", "", s)
    s = re.sub(r"\bmid-(?=[a-z\d])", "mid ", s)
    s = re.sub(r"(?<=[a-z])\.", " ", s)  # jun. 18 -> jun 18
    s = re.sub(r"'s\b|[,;\"'`]", " ", s)
    s = re.sub(r"\s+", " ", s).strip(" .:!?")
    return s


_LEAD = re.compile(
    r"^(?:(?:on|in|at|during|over|around|about|sometime|some time|as of|as early as|"
    r"the|early|late|mid|the middle of|the end of|end of|the start of|start of|"
    r"the beginning of|beginning of|the first half of|the second half of)\s+)+")


def _strip_lead(s: str) -> str:
    return _LEAD.sub("", s).strip()


# ---- the resolver

def _resolve(expression: str, pub: dt.date | None, tense: str) -> DateValue | None:
    lines = [line for line in expression.splitlines() if line.strip()]
    if len(lines) > 1:  # an entity that ran across a line break: "June 18, 2023\nQin"
        return next((v for v in (_resolve(line, pub, tense) for line in lines) if v), None)
    s = _normalise(expression)
    if not s:
        return None
    # "Sunday (Jun. 18)": the absolute date in brackets is the better reading
    inner = re.findall(r"\(([^()]*)\)", s)
    for part in inner:
        found = _resolve(part, pub, tense)
        if found is not None:
            return found
    s = re.sub(r"\s+", " ", re.sub(r"\([^()]*\)|[()\[\]]", " ", s)).strip()
    # "only last month", "as recently as March", "earlier on Monday": the date itself
    s = re.sub(r"^(?:(?:only|just|barely|even|as recently as|as late as) )+", "", s)
    s = re.sub(r"^(?:earlier|later) (?=on )", "", s)
    if not s:
        return None
    half = re.fullmatch(r"(?:in |during )?the (first|second) half of (\d{4}|(?:last|this|next) year)", s)
    if half and (half.group(2)[0].isdigit() or pub is not None):
        y = int(half.group(2)) if half.group(2)[0].isdigit() else pub.year + _YEAR_SHIFT[half.group(2).split()[0]]
        a, b = ((1, 6) if half.group(1) == "first" else (7, 12))
        return _range_value(dt.date(y, a, 1), _month_end(y, b))
    war = _WORLD_WARS.fullmatch(s)
    if war:  # general knowledge: the periods the world wars name
        first = war.group(1) in ("one", "i", "1") or war.group(2) == "first"
        return _range_value(*((dt.date(1914, 7, 28), dt.date(1918, 11, 11)) if first
                              else (dt.date(1939, 9, 1), dt.date(1945, 9, 2))))
    since = re.fullmatch(r"(?:ever )?since (.+)", s)
    if since:
        return _since(since.group(1), pub)
    week = _week_of(s, pub, tense)
    if week is not None:
        return week
    within = re.fullmatch(r"(earlier|later) (?:in|during) (.+)", s)
    if within:  # "earlier in March", "later in 2019": that month or year
        found = _resolve(within.group(2), pub, tense)
        if found is not None and found.precision in ("month", "year"):
            return found
    for step in (_relative, _point_value, _range, _either_order, _holiday):
        found = step(s, pub, tense)
        if found is not None:
            return found
    return None


_NTH_WEEK = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": None, "final": None}


def _week_of(s: str, pub: dt.date | None, tense: str) -> DateValue | None:
    """'the first week of March', 'the last week of last month': those seven days of the
    month (the last: its final seven); 'the week of March 4': the seven days from it."""
    m = re.fullmatch(r"(?:in |during |over )?(?:the )?(first|second|third|fourth|last|final) week of (.+)", s)
    if m:
        month = _resolve(m.group(2), pub, tense)
        if month is None or month.precision != "month":
            return None
        a, b = interval(month.value)
        n = _NTH_WEEK[m.group(1)]
        first = a + dt.timedelta(weeks=n) if n is not None else b - dt.timedelta(days=6)
        return _range_value(first, min(first + dt.timedelta(days=6), b))
    m = re.fullmatch(r"(?:in |during |over )?(?:the )?(first|second) half of (.+)", s)
    if m and not re.fullmatch(r"\d{4}|(?:last|this|next) year", m.group(2)):
        # "the second half of February": its days from the 16th on (a year's halves: above)
        month = _resolve(m.group(2), pub, tense)
        if month is None or month.precision != "month":
            return None
        a, b = interval(month.value)
        mid = a + dt.timedelta(days=14)
        return _range_value(a, mid) if m.group(1) == "first" else _range_value(mid + dt.timedelta(days=1), b)
    m = re.fullmatch(r"(?:in |during |over )?the week of (.+)", s)
    if m:
        day = _resolve(m.group(1), pub, tense)
        if day is not None and day.precision == "day":
            start = dt.date.fromisoformat(day.value)
            return _range_value(start, start + dt.timedelta(days=6))
    return None


_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}  # "last year", "this year", "next year"
# Holidays a news story dates by (general knowledge: their days in the calendar)
_HOLIDAY = re.compile(
    r"(?:(last|this|next|past|coming) )?"
    r"(easter(?: sunday| monday| weekend)?|good friday|holy week|christmas(?: eve| day)?|boxing day|"
    r"new years? (?:day|eve)|thanksgiving(?: day)?)"
    r"(?: (?:holidays?|weekend|break|celebrations?))?(?: (\d{4}|last year|this year|next year))?")
_FIXED_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
                   "boxing day": (12, 26), "new year day": (1, 1), "new years day": (1, 1),
                   "new year eve": (12, 31), "new years eve": (12, 31)}


def _holiday_days(name: str, year: int) -> tuple[dt.date, dt.date]:
    from dateutil.easter import easter

    if name in _FIXED_HOLIDAYS:
        day = dt.date(year, *_FIXED_HOLIDAYS[name])
        return day, day
    if name.startswith("thanksgiving"):  # the American one: the fourth Thursday of November
        first = dt.date(year, 11, 1)
        day = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
        return day, day
    sunday = easter(year)
    shift = {"easter": (0, 0), "easter sunday": (0, 0), "easter monday": (1, 1), "good friday": (-2, -2),
             "easter weekend": (-1, 0), "holy week": (-7, -1)}[name]
    return sunday + dt.timedelta(days=shift[0]), sunday + dt.timedelta(days=shift[1])


def _holiday(s: str, pub: dt.date | None, tense: str) -> DateValue | None:
    """'over the Easter weekend', 'at Christmas', 'on New Year's Eve', 'Christmas 2022':
    the holiday of the year the tense (or the words) point to."""
    m = _HOLIDAY.fullmatch(_strip_lead(s))
    if m is None:
        return None
    relation, name, year_words = m.groups()
    if year_words and year_words[0].isdigit():
        years = [int(year_words)]
    elif pub is None:
        return None
    elif year_words:
        years = [pub.year + _YEAR_SHIFT[year_words.split()[0]]]
    else:
        years = [pub.year - 1, pub.year, pub.year + 1]
    spans = [_holiday_days(name, y) for y in years]
    if len(spans) > 1:
        ahead = relation in ("next", "coming") or relation is None and tense == "future"
        if ahead:
            spans = [x for x in spans if x[0] > pub] or spans
            spans = spans[:1]
        elif relation is None and tense == "present":
            spans = [min(spans, key=lambda x: abs((x[0] - pub).days))]
        else:
            spans = [x for x in spans if x[0] <= pub][-1:] or spans[:1]
    first, last = spans[0]
    return _day_value(first) if first == last else _range_value(first, last)


def _either_order(s: str, pub: dt.date | None, tense: str) -> DateValue | None:
    """'12/05/2023' read both ways (12 May, 5 December): the reading on the side of the
    publication date the tense points to, nearest to it; None when that does not decide."""
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", _strip_lead(s))
    if m is None or pub is None:
        return None
    a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    days = []
    for month, day in ((b, a), (a, b)):
        try:
            days.append(dt.date(y, month, day))
        except ValueError:
            continue
    side = sorted((d for d in days if (d > pub if tense == "future" else d <= pub)), key=lambda d: abs((d - pub).days))
    if not side or len(side) == 2 and not abs((side[0] - pub).days) <= 45 < abs((side[1] - pub).days):
        return None  # (news of the last weeks is the reading; two readings long past are a guess)
    return _day_value(side[0])


_WORLD_WARS = re.compile(r"(?:during |in )?(?:the )?(?:world war (one|two|i|ii|1|2)|(first|second) world war)")


def _since(s: str, pub: dt.date | None) -> DateValue | None:
    if pub is None:
        return None
    start = _point_value(s, pub, "past") or _relative(s, pub, "past")
    first = interval(start.value) if start is not None else None
    if first is None or first[0] >= pub:
        return None
    return _range_value(first[0], pub)


def _relative(s: str, pub: dt.date | None, tense: str) -> DateValue | None:
    """Expressions measured from the publication day: today, last week, two days ago..."""
    s = re.sub(r"^(?:on|in|during|over|at|from|by) ", "", s)
    if pub is None:
        return None
    # "early next year", "the end of the month": the period itself, coarsely
    bare = re.sub(r"^(?:early|late|mid|(?:the )?(?:end|start|beginning|middle) of) ", "", s)
    if bare != s:
        s = re.sub(r"^the (week|month|year)$", r"this \1", bare)
    s = re.sub(r"^this past (week|weekend)$", r"the past \1", s)
    s = re.sub(r"^(?:the (?:past|last) |last )fortnight$", "the past two weeks", s)
    s = re.sub(r"^a fortnight ago$", "two weeks ago", s)
    s = re.sub(r"^(earlier|later) in the (week|month|year)$", r"\1 this \2", s)  # "earlier in the week"
    if s == "the previous weekend":
        s = "the past weekend"  # (of the day of writing: the one just gone)
    if s in ("the weekend", "the past weekend"):
        return _weekend("this", pub, tense if s == "the weekend" else "past")
    day = dt.timedelta(days=1)
    pod = _PARTS_OF_DAY
    if re.fullmatch(rf"(today|tonight|this {pod}|(earlier|later) today|today {pod}|overnight)", s):
        return _day_value(pub)
    if re.fullmatch(rf"(yesterday( {pod})?|last night)", s):
        return _day_value(pub - day)
    if re.fullmatch(r"the day before yesterday", s):
        return _day_value(pub - 2 * day)
    if re.fullmatch(rf"tomorrow( {pod})?", s):
        return _day_value(pub + day)
    if re.fullmatch(r"the day after tomorrow", s):
        return _day_value(pub + 2 * day)

    m = re.fullmatch(r"(?:(earlier|later) )?(this|last|next|previous|coming|the past|the last|"
                     r"the previous|the coming|the next|past) (week|weekend|month|year)", s)
    if m:
        which = _WHICH.get(m.group(2), m.group(2))
        return _period(m.group(1), which, m.group(3), pub, tense)
    m = re.fullmatch(r"(?:at |by )?the (?:start|beginning|end) of (this|last|next) (week|month|year)",
                     s)
    if m:
        return _period(None, m.group(1), m.group(2), pub, tense)
    m = re.fullmatch(rf"(?:the )?(past|last|previous) ({_NUMBER_RE}) (day|week|month|year)s?", s)
    if m:
        n = _number(m.group(2))
        return None if not n or n > 100 else _range_value(_shift(pub, m.group(3), -n), pub)
    # "in recent weeks", "over the past few days": the backstory leading up to the day's news,
    # so the span ends the day before publication (the day's own news gets its weekday)
    m = re.fullmatch(r"(?:the )?(?:recent|(?:past|last) (?:few|several|couple of)) (day|week|month)s", s)
    if m:
        back = {"day": 5, "week": 28}.get(m.group(1))
        start = pub - dt.timedelta(days=back) if back else _add_months(pub, -3)
        return _range_value(start, pub - day)
    season = _season(s, pub, tense)
    if season is not None:
        return season
    m = re.fullmatch(r"the (\d{1,2})", s)  # "on the 12th": a day of the month of writing
    if m and 1 <= int(m.group(1)) <= 31:
        return _day_of_month(int(m.group(1)), pub, tense)
    # "two days ago" counts from publication; "two days earlier" from some other event: None
    m = re.fullmatch(rf"({_NUMBER_RE}) (day|week|month|year)s? ago", s)
    if m:
        n = _number(m.group(1))
        if not n or n > 200:
            return None
        when = _shift(pub, m.group(2), -n)
        return {"day": _day_value, "week": _week_value, "month": _month_value,
                "year": _year_value}[m.group(2)](when)
    # "a few weeks ago", "days ago": some time back, not the day of writing
    m = re.fullmatch(r"(?:(?:just|only|barely) )?(?:(?:a few|several|some) )?(day|week|month)s ago", s)
    if m:
        unit = m.group(1)
        start = pub - dt.timedelta(days=5) if unit == "day" else _shift(pub, unit, -6)
        return _range_value(start, pub - day if unit == "day" else _shift(pub, unit, -1))
    m = re.fullmatch(rf"(last|this|next) ({_MONTH_RE})", s)
    if m:
        month = _MONTHS[m.group(2)]
        year = pub.year
        if m.group(1) == "last":
            year = pub.year if month < pub.month else pub.year - 1
        elif m.group(1) == "next":
            year = pub.year if month > pub.month else pub.year + 1
        return DateValue(f"{year:04d}-{month:02d}", "month")
    return None


_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first month
_SEASON_RE = re.compile(r"(?:(earlier|later) )?(?:(this|last|next|the|past|coming) )?(?:(early|mid|late) )?"
                        r"(spring|summer|autumn|fall|winter)(?: (?:of )?(\d{4}))?")


def _season(s: str, pub: dt.date | None, tense: str) -> DateValue | None:
    """'this summer', 'last winter', 'in the spring', 'early autumn 2019': the months of that
    season as the northern hemisphere counts them (spring March-May, winter December-February),
    the one the clause's tense points to; early, mid and late take its first, middle and last
    month."""
    m = _SEASON_RE.fullmatch(s)
    if not m or m.group(5) is None and pub is None:
        return None
    edge, which, part, name, year = m.groups()
    first = _SEASONS[name]

    def span(y: int) -> tuple[dt.date, dt.date]:
        start = dt.date(y, first, 1)
        last = _add_months(start, 2)  # a season is three months
        return start, _month_end(last.year, last.month)

    if year:
        start, end = span(int(year))
    else:
        spans = [span(y) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]
        current = [(a, b) for a, b in spans if a <= pub <= b]
        if which == "this" and current:
            start, end = current[0]
        elif which in ("last", "past") or which == "this" and tense != "future":
            start, end = [(a, b) for a, b in spans if b < pub][-1]
        elif which in ("next", "coming") or tense == "future":
            start, end = next((a, b) for a, b in spans if (a > pub if which else b >= pub))
        else:  # "in the spring" told in the past: the latest that had begun
            start, end = [(a, b) for a, b in spans if a <= pub][-1]
    if part:
        month = _add_months(start, {"early": 0, "mid": 1, "late": 2}[part])
        start, end = month, _month_end(month.year, month.month)
    if pub is not None and not year:
        if edge == "earlier" or tense == "past" and start <= pub <= end:
            end = min(end, pub)  # told as done by the day of writing
        elif edge == "later":
            start = max(start, pub)
    if start > end:
        return None
    if start.day == 1 and end == _month_end(end.year, end.month) and (start.year, start.month) == (end.year, end.month):
        return _month_value(start)
    return _range_value(start, end)


def _day_of_month(n: int, pub: dt.date | None, tense: str) -> DateValue | None:
    """'on the 12th': that day of the month of writing, or of the one before (past) or after
    (future) when the month of writing has not reached it or has passed it."""
    if pub is None:
        return None
    month = pub.replace(day=1)
    if tense == "future" and n < pub.day:
        month = _add_months(month, 1)
    elif tense != "future" and n > pub.day + _SLACK.days:
        month = _add_months(month, -1)
    try:
        return _day_value(month.replace(day=n))
    except ValueError:
        return None


# "last week" is the previous calendar week; "the last week" is the seven days up to now
_WHICH = {"previous": "last", "coming": "next", "the coming": "next", "the next": "next",
          "the past": "past", "the last": "past", "the previous": "past"}


def _period(edge: str | None, which: str, unit: str, pub: dt.date, tense: str) -> DateValue | None:
    """this/last/next/past week, weekend, month or year; `edge` ("earlier"/"later") clips the
    period at the publication day."""
    if which == "past":  # the past week = the seven days up to publication
        if unit == "weekend":
            return None
        return _range_value(_shift(pub, unit, -1) + dt.timedelta(days=1), pub)
    if edge and which != "this":
        return None  # "earlier last week": rare and unclear
    if unit == "weekend":
        return _weekend(which, pub, tense)
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday())
        if which == "this" and tense == "future" and edge is None and pub.weekday() == 6:
            which = "next"  # on a Sunday, "will ... this week" means the week ahead
        monday += dt.timedelta(weeks={"this": 0, "last": -1, "next": 1}[which])
        start, end = monday, monday + dt.timedelta(days=6)
        if which == "this" and edge is None and monday <= pub <= end:
            # what was done this week was done by the day of writing; what will be, from it on
            if tense == "past":
                end = pub
            elif tense == "future":
                start = pub
    elif unit == "month":
        first = _add_months(pub.replace(day=1), {"this": 0, "last": -1, "next": 1}[which])
        if edge is None:
            return _month_value(first)
        start, end = first, _month_end(first.year, first.month)
    else:
        year = pub.year + {"this": 0, "last": -1, "next": 1}[which]
        if edge is None:
            return DateValue(f"{year:04d}", "year")
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if edge == "earlier":  # before the day of writing: that day would be "earlier today"
        end = min(end, max(start, pub - dt.timedelta(days=1)))
    elif edge == "later":
        start = max(start, pub)
    return _range_value(start, end)


def _weekend(which: str, pub: dt.date, tense: str) -> DateValue:
    saturday = pub + dt.timedelta(days=5 - pub.weekday())  # Saturday of pub's week
    if which == "this":
        # mid-week, "this weekend" is the coming one in a future clause, the last in a past one
        if tense != "future" and pub.weekday() < 5:
            saturday -= dt.timedelta(weeks=1)
    else:
        saturday += dt.timedelta(weeks=1 if which == "next" else -1)
    return _range_value(saturday, saturday + dt.timedelta(days=1))


# ---- points: a day, month, year or weekday, possibly without its year

@dataclass(frozen=True)
class _Point:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # given alongside, or alone ("on Sunday")
    relation: str | None = None  # "last"/"this"/"next" before a weekday
    decade: bool = False
    decade_part: str | None = None  # "early", "mid" or "late" 1990s


# the years of a decade each part covers, generously: they overlap, as usage does
_DECADE_PARTS = {None: (0, 9), "early": (0, 4), "mid": (3, 7), "late": (6, 9)}


_POINT_PATTERNS = [
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"(\d{4})-(0[1-9]|1[0-2])"), ("y", "m")),
    (re.compile(rf"(?:(?:{_WEEKDAY_RE}) )?({_MONTH_RE}) (\d{{1,2}})(?: (\d{{4}}))?"), ("mn", "d", "y")),
    (re.compile(rf"(?:(?:{_WEEKDAY_RE}) )?(\d{{1,2}}) ({_MONTH_RE})(?: (\d{{4}}))?"), ("d", "mn", "y")),
    (re.compile(rf"({_MONTH_RE})(?: of)? (\d{{4}})"), ("mn", "y")),
    (re.compile(rf"({_MONTH_RE})"), ("mn",)),
    (re.compile(r"(?:the )?(?:year )?(\d{4})"), ("y",)),
    (re.compile(r"(?:the )?(?:(early|mid|late)(?: |-))?(\d{3}0)s"), ("part", "decade")),
]


def _parse_point(s: str) -> _Point | None:
    part = re.match(r"(?:(?:in|during|the|since|from|by) )*(early|mid|late)[ -](?:the )?\d{3}0s$", s)
    s = _strip_lead(s)
    weekday = None
    m = re.match(rf"({_WEEKDAY_RE})\b ?", s)
    if m:
        weekday = _WEEKDAYS[m.group(1)]
    m = re.fullmatch(rf"(?:(last|this|next|coming|past) )?({_WEEKDAY_RE})(?: {_PARTS_OF_DAY})?", s)
    if m:
        relation = {"coming": "next", "past": "last"}.get(m.group(1), m.group(1))
        return _Point(weekday=_WEEKDAYS[m.group(2)], relation=relation)
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", s)
    if m:  # "12.05.2023": with full stops, day first, as Europe and Russia write it
        return _checked(_Point(int(m.group(3)), int(m.group(2)), int(m.group(1))))
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:  # numeric dates only when the order is unambiguous (else `_either_order`)
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a > 12 >= b:
            return _checked(_Point(y, b, a))
        if b > 12 >= a or a == b:
            return _checked(_Point(y, a, b))
        return None
    s = re.sub(rf" {_PARTS_OF_DAY}$", "", s)
    for pattern, names in _POINT_PATTERNS:
        m = pattern.fullmatch(s)
        if not m:
            continue
        got = dict(zip(names, m.groups()))
        if "decade" in got:
            return _checked(_Point(year=int(got["decade"]), decade=True,
                                   decade_part=got["part"] or (part.group(1) if part else None)))
        year = int(got["y"]) if got.get("y") else None
        month = _MONTHS[got["mn"]] if got.get("mn") else (int(got["m"]) if got.get("m") else None)
        day = int(got["d"]) if got.get("d") else None
        return _checked(_Point(year, month, day, weekday))
    return None


def _checked(p: _Point) -> _Point | None:
    if p.year is not None and not 1000 <= p.year <= (2990 if p.decade else 2999):
        return None
    if p.month is not None and not 1 <= p.month <= 12:
        return None
    if p.day is not None:
        try:  # Feb 29 without a year is checked against a leap year
            dt.date(p.year or 2000, p.month or 1, p.day)
        except ValueError:
            return None
    return p


def _point_value(s: str, pub: dt.date | None, tense: str) -> DateValue | None:
    p = _parse_point(s)
    if p is None:
        return None
    span = _place(p, pub, tense)
    if span is None:
        return None
    if p.decade:
        return DateValue(f"{span[0].year:04d}/{span[1].year:04d}", "range")
    return _value_of(p, span)


def _value_of(p: _Point, span: tuple[dt.date, dt.date]) -> DateValue:
    if p.day is not None or (p.weekday is not None and p.month is None):
        return _day_value(span[0])
    if p.month is not None:
        return _month_value(span[0])
    return _year_value(span[0])


def _place(p: _Point, pub: dt.date | None, tense: str,
           after: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a point stands for, choosing a missing year or the week of a
    lone weekday by the tense. With `after`, choose the first such day after that date
    (the second end of a range)."""
    if p.decade:
        first, last = _DECADE_PARTS[p.decade_part]
        return dt.date(p.year + first, 1, 1), dt.date(p.year + last, 12, 31)
    if p.month is None and p.day is None and p.weekday is not None:
        base = after + dt.timedelta(days=1) if after else pub
        if base is None:
            return None
        if after is not None:
            day = base + dt.timedelta(days=(p.weekday - base.weekday()) % 7)
        else:
            day = _weekday_day(p.weekday, p.relation, pub, tense)
        return day, day
    if p.month is None:
        return dt.date(p.year, 1, 1), dt.date(p.year, 12, 31)
    if p.year is not None:
        return _span(p.year, p.month, p.day)
    if after is not None:
        year = after.year if (p.month, p.day or 1) >= (after.month, after.day if p.day else 1) \
            else after.year + 1
        return _span(year, p.month, p.day)
    if pub is None:
        return None
    return _span(_choose_year(p, pub, tense), p.month, p.day)


def _choose_year(p: _Point, pub: dt.date, tense: str) -> int:
    candidates = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        span = _span(year, p.month, p.day)
        if span is not None:
            candidates.append((year, span))
    if p.weekday is not None and p.day is not None:
        # "Sunday, June 18": the year in which that day is a Sunday, if one is near
        fitting = [(y, s) for y, s in candidates if s[0].weekday() == p.weekday]
        if len(fitting) == 1:
            return fitting[0][0]
    if tense == "future":
        later = [y for y, s in candidates if s[1] >= pub - _SLACK]
        return min(later) if later else pub.year
    if tense == "present":
        return min(candidates, key=lambda c: abs((c[1][0] - pub).days))[0]
    earlier = [y for y, s in candidates if s[0] <= pub + (_SLACK if p.day else dt.timedelta(0))]
    return max(earlier) if earlier else pub.year


def _weekday_day(weekday: int, relation: str | None, pub: dt.date, tense: str) -> dt.date:
    back = (pub.weekday() - weekday) % 7  # days since the latest such weekday (0 = today)
    ahead = (weekday - pub.weekday()) % 7  # days until the next one (0 = today)
    if relation == "last":
        return pub - dt.timedelta(days=back or 7)
    if relation == "next":
        return pub + dt.timedelta(days=ahead or 7)
    if tense == "future":
        return pub + dt.timedelta(days=ahead)
    return pub - dt.timedelta(days=back)


# ---- ranges: "May 10-11", "Jun. 18 and 19", "between 2019 and 2021", "May 30 to June 2"

_RANGE_SEP = re.compile(r" ?[-/] ?| to | and | through | thru | until | till | or ")


def _range(s: str, pub: dt.date | None, tense: str) -> DateValue | None:
    s = re.sub(r"^(?:between|from|on|in|during) ", "", s)
    for sep in _RANGE_SEP.finditer(s):
        left, right = s[:sep.start()].strip(), s[sep.end():].strip()
        if not left or not right:
            continue
        found = _range_of(left, right, pub, tense)
        if found is not None:
            return found
    return None


def _range_of(left: str, right: str, pub: dt.date | None, tense: str) -> DateValue | None:
    a, b = _parse_point(left), _parse_point(right)
    if a is None and re.fullmatch(r"\d{1,2}", left) and b is not None and b.month and b.day:
        a = _checked(_Point(b.year, b.month, int(left)))  # "10-11 May"
    m = re.fullmatch(r"(\d{1,2}) (\d{4})", right)
    if b is None and a is not None and a.month and a.day and a.year is None and m:
        b = _checked(_Point(int(m.group(2)), a.month, int(m.group(1))))  # "June 18-19, 2023"
    if b is None and a is not None and re.fullmatch(r"\d{1,2}", right):
        if a.month and a.day:  # "May 10-11", "Jun. 18 and 19"
            b = _checked(_Point(a.year, a.month, int(right)))
        elif a.year and a.month is None and not a.decade:  # "2019-21"
            y = a.year // 100 * 100 + int(right)
            b = _Point(year=y) if y > a.year else None
    if a is None or b is None or a.decade or b.decade:
        return None
    if (a.weekday is None) != (b.weekday is None) and (a.month is None or b.month is None):
        return None  # a weekday with a month: not one range
    # a missing year comes from the other end
    if a.year is None and b.year is not None and a.month is not None:
        a = _Point(b.year if (a.month, a.day or 0) <= (b.month or 12, b.day or 31) else b.year - 1,
                   a.month, a.day, a.weekday)
    first = _place(a, pub, tense)
    if first is None:
        return None
    last = _place(b, pub, tense, after=first[0] if b.year is None else None)
    if last is None or last[1] < first[0]:
        return None
    if (last[0] - first[0]).days > 366 * 50:
        return None
    return DateValue(f"{_value_of(a, first).value}/{_value_of(b, last).value}", "range")


# ---- small helpers

def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word)


def _span(year: int, month: int, day: int | None) -> tuple[dt.date, dt.date] | None:
    try:
        if day is not None:
            d = dt.date(year, month, day)
            return d, d
        return dt.date(year, month, 1), _month_end(year, month)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: dt.date, n: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + n
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _shift(day: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit == "week":
        return day + dt.timedelta(weeks=n)
    if unit == "month":
        return _add_months(day, n)
    return _add_months(day, 12 * n)


def _day_value(day: dt.date) -> DateValue:
    return DateValue(day.isoformat(), "day")


def _week_value(day: dt.date) -> DateValue:
    monday = day - dt.timedelta(days=day.weekday())
    return _range_value(monday, monday + dt.timedelta(days=6))


def _month_value(day: dt.date) -> DateValue:
    return DateValue(f"{day.year:04d}-{day.month:02d}", "month")


def _year_value(day: dt.date) -> DateValue:
    return DateValue(f"{day.year:04d}", "year")


def _range_value(start: dt.date, end: dt.date) -> DateValue:
    if start == end:
        return _day_value(start)
    return DateValue(f"{start.isoformat()}/{end.isoformat()}", "range")
