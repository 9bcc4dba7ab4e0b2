"""Date expressions resolved against the publication date and the tense of the clause."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from diplograph.dates import (DateValue, day_of, interval, precision_of, resolve_date)

SUN = "2023-06-18"  # a Sunday
MON = "2023-06-19"

ABSOLUTE = [
    ("June 18, 2023", None, "2023-06-18"),
    ("on June the 18th", SUN, "2023-06-18"),
    ("earlier in May", SUN, "2023-05"),
    ("later in 2019", None, "2019"),
    ("Jun. 18", SUN, "2023-06-18"),
    ("18 June", SUN, "2023-06-18"),
    ("the 18th of June 2023", None, "2023-06-18"),
    ("2023-06-18", None, "2023-06-18"),
    ("February 2023", None, "2023-02"),
    ("November 2022", SUN, "2022-11"),
    ("in 2018", None, "2018"),
    ("March 14, 2021", None, "2021-03-14"),
    ("Feb. 3", SUN, "2023-02-03"),
    ("Sunday, June 18", SUN, "2023-06-18"),
    ("Sunday (Jun. 18)", MON, "2023-06-18"),
    ("18/06/2023", None, "2023-06-18"),
    ("mid-June", SUN, "2023-06"),
    ("late 2022", None, "2022"),
    ("the 1990s", None, "1990/1999"),
]

RANGES = [
    # a week of a month: its seven days (the last week: the month's final seven)
    ("the first week of June", SUN, "2023-06-01/2023-06-07"),
    ("in the second week of March 2021", None, "2021-03-08/2021-03-14"),
    ("the last week of February 2024", None, "2024-02-23/2024-02-29"),
    ("the final week of last month", SUN, "2023-05-25/2023-05-31"),
    ("the week of June 5", SUN, "2023-06-05/2023-06-11"),
    # a month's halves: to the 15th, and from the 16th
    ("in the second half of February 2024", None, "2024-02-16/2024-02-29"),
    ("the first half of May", SUN, "2023-05-01/2023-05-15"),
    ("May 10-11", SUN, "2023-05-10/2023-05-11"),
    ("May 10 to 11", SUN, "2023-05-10/2023-05-11"),
    ("Jun. 18 and 19", SUN, "2023-06-18/2023-06-19"),
    ("10\u201311 May 2023", None, "2023-05-10/2023-05-11"),
    ("May 30 to June 2", SUN, "2023-05-30/2023-06-02"),
    ("December 30 to January 2", SUN, "2022-12-30/2023-01-02"),
    ("between 2019 and 2021", None, "2019/2021"),
    ("2019-21", None, "2019/2021"),
    ("since 2021", SUN, "2021-01-01/2023-06-18"),
    ("since February", SUN, "2023-02-01/2023-06-18"),
    ("the first half of 2023", None, "2023-01-01/2023-06-30"),
    ("2023-06-18/2023-06-19", None, "2023-06-18/2023-06-19"),
    ("June 18-19, 2023", None, "2023-06-18/2023-06-19"),
    ("June 18, 2023\nQin", None, "2023-06-18"),  # an entity that ran over a line break
    ("the early 1990s", None, "1990/1994"),  # a part of a decade is only that part
    ("the mid-1990s", None, "1993/1997"),
    ("in the late 1970s", None, "1976/1979"),
    ("mid-2022", None, "2022"),
]

RELATIVE = [
    ("the previous weekend", MON, "past", "2023-06-17/2023-06-18"),
    ("today", SUN, "past", "2023-06-18"),
    ("this morning", SUN, "past", "2023-06-18"),
    ("tonight", SUN, "future", "2023-06-18"),
    ("yesterday", SUN, "past", "2023-06-17"),
    ("last night", SUN, "past", "2023-06-17"),
    ("tomorrow", SUN, "future", "2023-06-19"),
    ("the day before yesterday", SUN, "past", "2023-06-16"),
    ("last week", SUN, "past", "2023-06-05/2023-06-11"),
    ("earlier in the week", SUN, "past", "2023-06-12/2023-06-17"),
    ("next week", SUN, "future", "2023-06-19/2023-06-25"),
    ("this week", "2023-06-14", "past", "2023-06-12/2023-06-14"),  # done by the day of writing
    ("this week", "2023-06-14", "future", "2023-06-14/2023-06-18"),  # still to come
    ("this week", "2023-06-14", "present", "2023-06-12/2023-06-18"),
    ("earlier this week", "2023-06-14", "past", "2023-06-12/2023-06-13"),
    ("this month", SUN, "past", "2023-06"),
    ("last month", SUN, "past", "2023-05"),
    ("next month", "2023-12-05", "future", "2024-01"),
    ("earlier this month", SUN, "past", "2023-06-01/2023-06-17"),
    ("earlier this year", SUN, "past", "2023-01-01/2023-06-17"),
    ("later this year", SUN, "future", "2023-06-18/2023-12-31"),
    ("this year", SUN, "past", "2023"),
    ("last year", SUN, "past", "2022"),
    ("next year", SUN, "future", "2024"),
    ("a year ago", SUN, "past", "2022"),
    ("two days ago", SUN, "past", "2023-06-16"),
    ("three weeks ago", SUN, "past", "2023-05-22/2023-05-28"),
    ("in the past year", SUN, "past", "2022-06-19/2023-06-18"),
    ("the past two weeks", SUN, "past", "2023-06-04/2023-06-18"),
    # vague spans of backstory end the day before the day's news
    ("in recent days", SUN, "past", "2023-06-13/2023-06-17"),
    ("recent weeks", SUN, "past", "2023-05-21/2023-06-17"),
    ("in recent months", SUN, "past", "2023-03-18/2023-06-17"),
    ("over the past few days", SUN, "past", "2023-06-13/2023-06-17"),
    ("the last several weeks", SUN, "past", "2023-05-21/2023-06-17"),
    ("the past couple of days", SUN, "past", "2023-06-13/2023-06-17"),
    # seasons as the northern hemisphere counts them; the tense picks which
    ("this summer", "2014-12-17", "past", "2014-06-01/2014-08-31"),
    ("last summer", SUN, "past", "2022-06-01/2022-08-31"),
    ("this summer", SUN, "past", "2023-06-01/2023-06-18"),  # under way: up to the day of writing
    ("next spring", SUN, "future", "2024-03-01/2024-05-31"),
    ("last winter", SUN, "past", "2022-12-01/2023-02-28"),
    ("this winter", "2024-01-10", "past", "2023-12-01/2024-01-10"),
    ("in the autumn", SUN, "future", "2023-09-01/2023-11-30"),
    ("the summer of 2019", SUN, "past", "2019-06-01/2019-08-31"),
    ("a fortnight ago", SUN, "past", "2023-05-29/2023-06-04"),
    ("the past fortnight", SUN, "past", "2023-06-04/2023-06-18"),
    ("a few weeks ago", SUN, "past", "2023-05-07/2023-06-11"),
    ("days ago", SUN, "past", "2023-06-13/2023-06-17"),
    ("on the 12th", SUN, "past", "2023-06-12"),
    ("on the 25th", SUN, "past", "2023-05-25"),  # not yet this month: last month's
    ("the second half of last year", SUN, "past", "2022-07-01/2022-12-31"),
    # a focus word before the date changes nothing
    ("only last month", SUN, "past", "2023-05"),
    ("as recently as March", SUN, "past", "2023-03"),
    ("just two days ago", SUN, "past", "2023-06-16"),
    ("earlier on Friday", SUN, "past", "2023-06-16"),
    ("last weekend", SUN, "past", "2023-06-10/2023-06-11"),
    ("last June", SUN, "past", "2022-06"),
    ("over the weekend", MON, "past", "2023-06-17/2023-06-18"),
    ("the weekend", "2023-06-14", "future", "2023-06-17/2023-06-18"),
    ("this past weekend", MON, "past", "2023-06-17/2023-06-18"),
    ("early next year", SUN, "future", "2024"),
    ("the end of the month", SUN, "future", "2023-06"),
    ("since last year", SUN, "past", "2022-01-01/2023-06-18"),
    ("Sunday's", MON, "past", "2023-06-18"),
]

# A missing year or week is chosen by the tense of the clause.
TENSED = [
    ("in February", SUN, "past", "2023-02"),
    ("in November", SUN, "past", "2022-11"),
    ("in November", SUN, "future", "2023-11"),
    ("in June", SUN, "past", "2023-06"),
    ("in June", SUN, "future", "2023-06"),
    ("June 25", SUN, "past", "2022-06-25"),
    ("June 25", SUN, "future", "2023-06-25"),
    ("January 10", SUN, "present", "2023-01-10"),
    # a day or two after the publication stamp is still this year (time zones)
    ("June 19", SUN, "past", "2023-06-19"),
    ("on Sunday", MON, "past", "2023-06-18"),
    ("on Sunday", SUN, "past", "2023-06-18"),
    ("on Sunday", SUN, "present", "2023-06-18"),
    ("on Sunday", SUN, "future", "2023-06-18"),
    ("Monday", SUN, "future", "2023-06-19"),
    ("Monday", SUN, "past", "2023-06-12"),
    ("on Friday", SUN, "past", "2023-06-16"),
    ("on Friday", SUN, "future", "2023-06-23"),
    ("Sunday morning", MON, "past", "2023-06-18"),
    ("late on Sunday", MON, "past", "2023-06-18"),
    # the part of a day told before the day
    ("the early hours of Sunday", MON, "past", "2023-06-18"),
    ("the small hours of Friday", SUN, "past", "2023-06-16"),
    ("the evening of June 5", SUN, "past", "2023-06-05"),
    ("the night of 14 June 2021", SUN, "past", "2021-06-14"),
    ("10:30 a.m. on Monday", SUN, "future", "2023-06-19"),
    ("last Friday", SUN, "past", "2023-06-16"),
    ("last Friday", "2023-06-16", "past", "2023-06-09"),
    ("next Monday", SUN, "future", "2023-06-19"),
    ("Sunday and Monday", "2023-06-20", "past", "2023-06-18/2023-06-19"),
]

NOTHING = [
    ("five years", SUN), ("three hours", SUN), ("two-day", SUN), ("recently", SUN),
    ("the coming weeks", SUN), ("weeks", SUN),
    ("the previous day", SUN), ("two days earlier", SUN), ("February 30", SUN),
    ("06/07/2023", None), ("", SUN), ("   ", SUN), ("the summit", SUN),
    # relative expressions without a publication date: never guessed from the clock
    ("today", None), ("on Sunday", None), ("last week", None), ("June 18", None),
    ("in February", None), ("since 2021", None),
]


@pytest.mark.parametrize("expression,published,expected", ABSOLUTE + RANGES)
def test_absolute_and_ranges(expression, published, expected):
    got = resolve_date(expression, published)
    assert got is not None and got.value == expected, got
    assert got.precision == precision_of(expected)


@pytest.mark.parametrize("expression,published,tense,expected", RELATIVE + TENSED)
def test_relative_and_tensed(expression, published, tense, expected):
    got = resolve_date(expression, published, tense)
    assert got == DateValue(expected, precision_of(expected)), got


@pytest.mark.parametrize("expression,published", NOTHING)
def test_unresolvable_gives_none(expression, published):
    assert resolve_date(expression, published) is None


def test_published_may_be_a_date_or_datetime_or_iso_string():
    for published in (dt.date(2023, 6, 19), dt.datetime(2023, 6, 19, 23, 59),
                      "2023-06-19T07:28:00+05:30"):
        assert resolve_date("yesterday", published).value == "2023-06-18"
    assert resolve_date("yesterday", "not a date") is None


def test_unknown_tense_is_read_as_past():
    assert resolve_date("in November", SUN, "pluperfect").value == "2022-11"


@pytest.mark.parametrize("value,expected", [
    ("2023-06-18", dt.date(2023, 6, 18)),
    ("2023-06-18T23:30:00-04:00", dt.date(2023, 6, 18)),
    ("18 Jun 2023, 07:28 AM IST", dt.date(2023, 6, 18)),
    ("Sunday, June 18th, 2023", dt.date(2023, 6, 18)),
    ("June 2023", None),  # no day: not completed from today
    ("18 June", None),  # no year
    ("yesterday", None),
    ("2023-02-30", None),
    ("", None),
    (None, None),
])
def test_day_of(value, expected):
    assert day_of(value) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.one_of(st.none(), st.dates(), st.text(max_size=20)),
       st.sampled_from(["past", "present", "future"]))
def test_never_raises_and_always_well_formed(expression, published, tense):
    got = resolve_date(expression, published, tense)
    if got is not None:
        assert interval(got.value) is not None
        assert precision_of(got.value) == got.precision


_WORDS = ["on", "in", "June", "Jun.", "18", "2023", "-", "to", "and", "since", "between",
          "Sunday", "last", "next", "this", "week", "month", "year", "ago", "two", "the",
          "earlier", "(", ")", "29", "Feb", "1990s", "weekend", "past", "of", "mid-", "12"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=7).map(" ".join),
       st.dates(min_value=dt.date(1001, 1, 1), max_value=dt.date(2998, 12, 31)),
       st.sampled_from(["past", "present", "future"]))
def test_date_like_phrases_are_well_formed(expression, published, tense):
    # phrases made of date words reach deep into the grammar, unlike random text
    got = resolve_date(expression, published, tense)
    if got is not None:
        assert interval(got.value) is not None, (expression, got)
        assert precision_of(got.value) == got.precision


@pytest.mark.parametrize("expression, published, expected", [
    ("12.05.2023", "2023-05-14", "2023-05-12"),  # full stops: day first
    ("on 12/05/2023", "2023-05-14", "2023-05-12"),  # 5 December is after the writing
    ("05/12/2023", "2023-12-07", "2023-12-05"),  # 12 May is long past, 5 December two days back
    ("05/12/2023", "2023-05-14", "2023-05-12"),
])
def test_a_numeric_date_is_read_in_the_order_that_fits_the_writing(expression, published, expected):
    assert resolve_date(expression, published) == DateValue(expected, "day")


@pytest.mark.parametrize("expression, published", [
    ("03/04/2023", "2023-12-07"),  # 3 April or 4 March: both long past, a guess
    ("31.02.2023", "2023-05-14"),
])
def test_a_numeric_date_no_order_decides_gives_none(expression, published):
    assert resolve_date(expression, published) is None


@pytest.mark.parametrize("expression, published, tense, expected", [
    ("over the Easter weekend", "2018-04-27", "past", "2018-03-31/2018-04-01"),  # Easter was 1 April
    ("around Easter", "2018-04-27", "past", "2018-04-01"),
    ("Good Friday", "2023-05-14", "past", "2023-04-07"),
    ("at Christmas", "2023-05-14", "past", "2022-12-25"),
    ("at Christmas", "2023-05-14", "future", "2023-12-25"),
    ("on New Year's Eve", "2024-01-03", "past", "2023-12-31"),
    ("Christmas Day last year", "2023-05-14", "past", "2022-12-25"),
    ("Christmas 2019", "2023-05-14", "past", "2019-12-25"),
    ("on Thanksgiving Day", "2023-12-01", "past", "2023-11-23"),  # the fourth Thursday of November
])
def test_a_holiday_is_its_day_in_the_year_the_tense_points_to(expression, published, tense, expected):
    assert resolve_date(expression, published, tense) == DateValue(expected, precision_of(expected))
