"""Time expressions resolved against the publication date.

News dates incidents relative to the day of the report ("Monday",
"overnight", "in March"), so every expression becomes a ``When`` interval
anchored on ``published``. dateparser was measured and left out: with a
Monday base it puts "Monday" a week back, gives "in March" the base's day of
month and nothing for "the past 24 hours"; the rules below are what it lacks
and run in microseconds. Words live in ``data/slot_time.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import accumulate, chain

from harmledger.data import table
from harmledger.model import When
from harmledger.extract.classify import tells_of_incident
from harmledger.extract.cues import CueIndex, lowered
from harmledger.text.regex import choice
from harmledger.text import split_sentences

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_INSIDE_NUMBER = frozenset("0123456789./-")
_CONTEXT_CHARS = 48  # the longest context ("on a televised address on ", "on or about Wednesday, the ") fits


@dataclass(frozen=True)
class WhenMention:
    """One time expression: offsets into the text it was found in, and its interval.

    ``of_statement`` marks the day something was said ("police said Tuesday") or a dateline's day,
    which dates the report, not the incident; ``of_incident`` the day an incident is named by
    ("Monday's strike") or told in the clause of the harm ("hit by a drone on Tuesday night"), which
    dates it whatever other day the sentence tells of ("bodies were recovered on Friday"); ``of_period``
    a span opened by "since" ("since May 10"), which dates a toll over it, not an attack;
    ``of_mourning`` a day of funerals or burials (also ``of_statement``): the attack came up to
    some days before it.
    """

    start: int
    end: int
    text: str
    when: When
    of_statement: bool = False
    of_incident: bool = False
    of_period: bool = False
    of_mourning: bool = False


def capitalised(words) -> str:
    """A choice of ``words`` capitalised ("May|March|..."): months and weekdays are matched so, as "may" and "march"
    are also words."""
    return choice(w.capitalize() for w in words)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """Each shape starts on a digit or a capitalised name, so a sentence without one is scanned fast."""
    words = table("slot_time")
    year = _YEAR
    month = rf"(?P<month>{capitalised(words['months'])})\b\.?"
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    weekday, part_of_day = capitalised(words["weekdays"]), choice(words["part_of_day"])
    months, range_to, span_to = capitalised(words["months"]), _RANGE_TO, _SPAN_TO
    return {
        "iso": re.compile(rf"(?P<year>{year})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<day>\d{{1,2}})(?!\d)"),
        "numeric": re.compile(rf"(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<year>{year}|\d\d)(?![\d/])"),
        # "on 4/6", "12.06: shelling of Antonivka": a day and month with no year (bulletins, translations);
        # a dot only before a month of two digits ("on 3.5 hectares" is a figure)
        "numeric_short": re.compile(r"(?P<a>\d{1,2})(?:(?P<slash>/)(?P<b>\d{1,2})|\.(?P<b2>\d\d))(?![\d/]|[.,]\d|\s*(?i:[ap]\.?m\b|%|h\b|hrs?\b|hours?\b|[mb]n?\b|million|billion|per|km|mm|kg))"),
        "day_month": re.compile(rf"{day}(?:\s+of)?\s+{month}(?:,?\s+(?P<year>{year})\b)?"),
        "day_range": re.compile(
            rf"(?P<first>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:{range_to}|/)\s*{day}(?:\s+of)?\s+{month}(?:,?\s+(?P<year>{year})\b)?"
        ),
        "month_range": re.compile(
            rf"{month}\s+(?P<first>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:{range_to})\s*{day}\b(?:,?\s+(?P<year>{year})\b)?"
        ),
        # "30 May to 2 June 2018", "between 28 February and 3 March 2015", "from November 28 to December 2",
        # "March 30-April 1, 2018": a span over a month's end, each day with its month (the first may have its year);
        # "and" joins a span only after "between" ("on 12 May and 20 June" are two days)
        "span_day_month": re.compile(
            rf"(?P<first>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<first_month>{months})\b\.?"
            rf"(?:,?\s+(?P<first_year>{year}))?"
            rf"\s*{span_to}\s*{day}(?:\s+of)?\s+{month}(?:,?\s+(?P<year>{year})\b)?"
        ),
        "span_month_day": re.compile(
            rf"(?P<first_month>{months})\.?\s+(?P<first>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<first_year>{year}))?"
            rf"\s*{span_to}\s*{month}\s+{day}\b(?![.,]?\d)(?:,?\s+(?P<year>{year})\b)?"
        ),
        # "between 18:00 on 26 November and 06:00 on 27 November", "from 6 p.m. on 14 March to 6 a.m. on 15 March",
        # "between 6 PM on Nov. 26 and 6 AM on Nov. 27": an air force's or an administration's span told by the hours
        # that open and close it
        "timed_span": _timed_span(day_first=True),
        "timed_span_month_first": _timed_span(day_first=False),
        "month": re.compile(
            rf"{month}(?:\s+(?:the\s+)?{day}\b(?![.,]?\d))?(?:,?\s+(?P<year>{year})\b)?"
        ),
        "year": re.compile(rf"(?P<year>{year})\b(?!\s*[-/.]\d)"),
        # "on the 30th", "on the morning of the 14th", "on the 14th of this month": a day of this month or
        # the last ("on the 25th of last month", "the 3rd of the previous month": the last); without its month only
        # before a clause's end or a word that goes on telling when ("the 47th brigade" is no day)
        "ordinal_day": re.compile(
            r"(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?:(?P<month>\s+of\s+(?:this|the\s+current|(?P<last>last|the\s+previous|the\s+past))\s+month\b)"
            r"|(?=\s*(?:[,;:)]|\.(?:\s|$)|$)|\s+(?:at|when|in|and|as|after|before|during)\b))"),
        # "Saturday night into Sunday", "(from) Saturday to Sunday", "on Saturday and Sunday",
        # "Saturday night and early Sunday", "from Friday evening until Saturday", "Saturday through Sunday",
        # "Sunday-Monday night" (Ukrinform's, from "в ніч на"), "late Thursday or early Friday": the night or the days
        # told as one
        "weekday": re.compile(
            rf"(?P<weekday>{weekday})\b(?:\s+(?P<part>{part_of_day})\b)?"
            rf"(?:(?:\s+(?:into|to|and|or|until|till|through|thru)\s+|\s*[-–/]\s*)(?:(?:early|late)\s+)?(?P<until>{weekday})\b(?:\s+(?:{part_of_day})\b)?)?"
        ),
    }


_YEAR = r"(?:19|20)\d\d"
_RANGE_TO = r"-|–|to|into|and"  # "13-14 March", "26 to 27 June"
_SPAN_TO = rf"(?P<to>{_RANGE_TO}|until|till|through)"  # "from 28 November until 2 December"
# "18:00", "18.00 hrs", "6 p.m.", "6PM", "06:00 (Kyiv time)"
_CLOCK = r"\d{1,2}(?:[:.]\d\d(?:\s*(?i:[ap]\.?m)\b\.?)?|\s*(?i:[ap]\.?m)\b\.?)(?:\s*(?i:hrs|hours)\b\.?)?(?:\s*\([^()]{1,30}\))?"


def _timed_span(day_first: bool) -> re.Pattern[str]:
    """A span told by the hours that open and close it, each with its day and month in the order given (the first
    day's in groups 'first', 'first_month', 'first_year'), as ``_span`` reads it."""
    months = capitalised(table("slot_time")["months"])

    def at(day: str, month: str, year: str) -> str:
        told_day, told_month = rf"(?P<{day}>\d{{1,2}})(?:st|nd|rd|th)?", rf"(?P<{month}>{months})\b\.?"
        pair = rf"{told_day}(?:\s+of)?\s+{told_month}" if day_first else rf"{told_month}\s+{told_day}\b"
        return rf"{_CLOCK}\s+(?:on\s+)?{pair}(?:,?\s+(?P<{year}>{_YEAR})\b)?"

    return re.compile(rf"{at('first', 'first_month', 'first_year')}\s*{_SPAN_TO}\s*{at('day', 'month', 'year')}")


@cache
def _context() -> dict[str, re.Pattern[str]]:
    """What may come before or after a match and changes its reading (searched only on hits)."""
    words = table("slot_time")
    approx = words["approximate"]
    weekday, part_of_day = capitalised(words["weekdays"]), choice(words["part_of_day"])
    return {
        "before_day": re.compile(
            rf"(?:\b(?P<around>(?i:{choice(approx['prefix'])}))\s+)?(?:\b(?:{weekday})(?:\s+(?P<part>{part_of_day}))?,?\s+)?"
            r"(?:the\s+)?$"
        ),
        "after_day": re.compile(rf"\s*\((?P<suffix>(?i:{choice(approx['suffix'])}))\)"),
        "before_month": re.compile(rf"\b(?i:{choice(words['month_prepositions'])})[\s-]+$"),
        # "during the week of 7 May 2017", "the week of March 12": the week that day opens
        "before_week_of": re.compile(r"\b(?i:the\s+)?week\s+of\s+$"),
        # "the first week of June", "in the last week of May 2014", "the second half of March": that part of the month
        "before_part_of_month": re.compile(
            rf"\b(?i:(?:in|during|over|by)\s+)?(?i:the\s+)?(?P<ordinal>(?i:{choice(words['month_part_ordinals'])}))\s+"
            r"(?P<unit>(?i:week|half))\s+of\s+$"),
        "before_between": re.compile(r"\b(?i:between)\s+$"),
        "before_year": re.compile(rf"\b(?i:{choice(words['year_prepositions'])})\s+(?:the\s+year\s+)?$"),
        # "police said Tuesday", "wrote on Telegram on Sunday", "said in a statement on 12 June", "told Reuters on Thursday"
        "before_statement": re.compile(
            rf"\b(?:(?:{choice(words['statement_verbs'])})|(?:on|in|via)\s+(?i:{choice(words['statement_channels'])})"
            rf"|{words['statement_told']})\s+(?:on\s+)?$"),
        "before_weekday": re.compile(
            rf"\b(?:(?P<night>(?i:{words['weekday_night_before']}))|(?P<night_of>(?i:{choice(words['night_of'])}))"
            rf"|(?P<mod>(?i:{choice(words['weekday_modifiers'])})))\s+$"),
        # "the police on Tuesday confirmed", "Governor Syniehubov on Sunday said"
        "after_statement": re.compile(
            rf"\s+(?:(?:again|also|later|then|had)\s+)?(?:{choice(v for v in words['statement_verbs'] if not v.endswith(' on'))})\b"),
        "before_short_numeric": re.compile(r"\b(?i:on|since|of|from|by)\s+$"),
        "before_ordinal_day": re.compile(rf"\b(?:(?i:on)|(?i:{part_of_day})\s+of)\s+the\s+$"),
        # "the night of 14 July" runs into the next day; "overnight into July 15", "the night to 15 July" ends on it
        "before_night": re.compile(
            rf"\b(?:(?P<night_of>(?i:{choice(words['night_of'])}))|(?P<night_to>(?i:{words['weekday_night_before']})))\s+$"),
    }


@cache
def _toll_update() -> re.Pattern[str]:
    """A toll's update right before a date: the day the toll rose, not the incident's."""
    return re.compile(table("slot_time")["toll_update"], re.IGNORECASE)


@cache
def _mourning() -> re.Pattern[str]:
    """Funerals or burials right before a date: a day after the attack, told as a source's day is."""
    return re.compile(table("slot_time")["mourning"], re.IGNORECASE)


@cache
def _mourned_right_after() -> re.Pattern[str]:
    """The dead buried or mourned right after a date ("Palestinians on Wednesday buried the 19 people killed", "Kyiv on
    Sunday mourned"): the aftermath's day, as a source's is."""
    return re.compile(table("slot_time")["mourning_after"])


@cache
def _death_and_wounds() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A death right before a date and its wounds right after it ("died on Wednesday of wounds he suffered when gunmen
    opened fire on Sunday", "succumbed Monday to her injuries"): the day of death, days after the attack; the wounded
    or hospitalized "on Tuesday from shrapnel wounds" were hurt that day."""
    words = table("slot_time")
    return re.compile(words["death_before"], re.IGNORECASE), re.compile(words["wounds_after"], re.IGNORECASE)


@cache
def _mourners_struck() -> re.Pattern[str]:
    """An attack on a funeral or its mourners before a date: the funeral is the attack's scene, its day the attack's."""
    return re.compile(table("slot_time")["mourning_struck"], re.IGNORECASE)


def _before(name: str, text: str, start: int) -> re.Match[str] | None:
    """The context ``name`` right before ``start``; every one ends in a space or hyphen."""
    if not start or text[start - 1] not in " \t\n-":
        return None
    return _context()[name].search(text, max(0, start - _CONTEXT_CHARS), start)


@cache
def _relative_phrases(key: str = "relative") -> CueIndex:
    return CueIndex(("relative", 0, kind, phrase) for phrase, kind in _counted(table("slot_time")[key]))


def _counted(phrases: dict[str, str]):
    """Each phrase and its kind, one told with a '{count}' ("two days of shelling": 'days_of:2') once for each of
    slot_time.json's 'relative_counts', that number in words or digits, so the phrase is written once."""
    words = {value: word for word, value in table("numbers")["units"].items()}
    for phrase, kind in phrases.items():
        if "{count}" not in phrase:
            yield phrase, kind
            continue
        for count in table("slot_time")["relative_counts"]:
            yield phrase.replace("{count}", f"(?:{words[count]}|{count})"), kind.replace("{count}", str(count))


def _month_number(name: str) -> int:
    return table("slot_time")["months"][name.rstrip(".").lower()]


def _weekday_number(name: str) -> int:
    return table("slot_time")["weekdays"][name.lower()]


def _month_range(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def _window(start: date, end: date, precision: str, published: date | None) -> When:
    """An interval that never runs past publication: nothing reported happens after its report."""
    if published is not None and start <= published < end:
        end = published
    return When(start, end, precision)


def _latest_not_after(month: int, day: int, published: date) -> date | None:
    for year in (published.year, published.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= published:
            return candidate
    return None


def _stated_day(year: int | None, month: int, day: int, published: date | None) -> date | None:
    """A day with no year is the latest such day not after publication."""
    try:
        if year is not None:
            return date(year, month, day)
    except ValueError:
        return None
    return _latest_not_after(month, day, published) if published else None


def _numeric_day(a: int, b: int, year: int, published: date | None) -> date | None:
    """Day-first unless impossible; where both read, the reading nearest before publication."""
    year += 2000 if year < 100 else 0
    readings = []
    for day, month in ((a, b), (b, a)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            pass
    if not readings:
        return None
    if published is not None:
        before = [d for d in readings if d <= published]
        return max(before) if before else min(readings)
    return readings[0]


RECENT_DAYS = 62  # a day and month with no year ("on 4/6") is news of the last two months


def _recent_day(a: int, b: int, published: date) -> date | None:
    """A day and month with no year, either order: the reading nearest before publication, within
    ``RECENT_DAYS`` of it (further back, "4.06" is more likely a figure than a date)."""
    readings = []
    for day, month in ((a, b), (b, a)):
        found = _latest_not_after(month, day, published) if 0 < month <= 12 and 0 < day <= 31 else None
        if found is not None and (published - found).days <= RECENT_DAYS:
            readings.append(found)
    return max(readings, default=None)


def _day_of_month(day: int, published: date) -> date | None:
    """"On the 30th": the latest such day not after publication, this month or the one before."""
    month_start = published.replace(day=1)
    for first in (month_start, (month_start - timedelta(days=1)).replace(day=1)):
        try:
            candidate = first.replace(day=day)
        except ValueError:
            continue
        if candidate <= published:
            return candidate
    return None


def _ordinal_day(text: str, match: re.Match[str], published: date) -> _Found | None:
    """"On the 30th": the latest such day, this month or the last. "The 30th of last month", "the 25th of this
    month": a day of the month named alone; one that month lacks or has yet to reach is no day, so the mention
    tells the month ("the 31st of last month" in December is November, not October 31)."""
    day = int(match.group("day"))
    if not match.group("month"):
        return _explicit(text, match, _day_of_month(day, published), published)
    month = _relative("last_month" if match.group("last") else "this_month", published)
    if not month.start.day <= day <= month.end.day:
        return match.start(), match.end(), month
    return _explicit(text, match, month.start.replace(day=day), published)


def _approximate(day: date, suffix: str | None, published: date | None) -> When:
    """ACLED-style rough dates: '(month of)' is the month, 'around'/'(week of)' the week about the day."""
    precision = table("slot_time")["approximate"]["suffix"].get((suffix or "").lower(), "week")
    if precision == "month":
        return _window(*_month_range(day.year, day.month), "month", published)
    if precision == "reported":
        return _window(day - timedelta(days=6), day, "week", published)
    return _window(day - timedelta(days=3), day + timedelta(days=3), "week", published)


_Found = tuple[int, int, When]


def _explicit(text: str, match: re.Match[str], day: date | None, published: date | None) -> _Found | None:
    """A stated day, with any weekday or 'around' before it and ACLED's '(week of)' after it."""
    if day is None:
        return None
    start, end = match.start(), match.end()
    before = _before("before_day", text, start)
    around = before.group("around") if before else None
    start = before.start() if before else start
    after = _context()["after_day"].match(text, end)
    suffix = after.group("suffix") if after else None
    end = after.end() if after else end
    if around or suffix:
        return start, end, _approximate(day, suffix, published)
    if week_of := _before("before_week_of", text, start):
        return week_of.start(), end, _window(day, day + timedelta(days=6), "week", published)
    if before and before.group("part") in _NIGHTS:  # "Sunday night, November 22" runs into the 23rd
        return start, end, _window(day, day + timedelta(days=1), "day", published)
    # "overnight into July 15" takes its "overnight" in (read alone, the night before publication); "the night
    # of" stays out, so a verb before it ("was reported the night of Oct. 19") makes no statement's day
    if night := _before("before_night", text, start):
        if night.group("night_of"):
            return start, end, _window(day, day + timedelta(days=1), "day", published)
        return night.start(), end, _window(day - timedelta(days=1), day, "day", published)
    return start, end, When(day, day, "day")


def _day_range(match: re.Match[str], published: date | None) -> _Found | None:
    """'13-14 March 2022', 'the night of 26 to 27 June', 'June 3-4': the days from the first to the last."""
    last = _numbered_day("day_month", match, published)
    first = int(match.group("first"))
    if last is None or not 0 < first < last.day:
        return None
    return match.start(), match.end(), When(last.replace(day=first), last, "day")


SPAN_DAYS = 62  # "30 May to 2 June": a span over a month's end; a longer one tells no incident's days


def _span(match: re.Match[str], published: date | None) -> _Found | None:
    """'30 May to 2 June 2018', 'December 30, 2015 - January 2, 2016', 'between 28 February and 3 March': from the
    first day to the last. The year written once is the last day's; a first day after it in that year fell the year
    before."""
    last = _numbered_day("day_month", match, published)
    if last is None or match.group("to") == "and" and not _before("before_between", match.string, match.start()):
        return None
    month, day = _month_number(match.group("first_month")), int(match.group("first"))
    year = int(match.group("first_year")) if match.group("first_year") else last.year
    first = _stated_day(year, month, day, None)
    if first is not None and first > last and not match.group("first_year"):
        first = _stated_day(year - 1, month, day, None)
    if first is None or not 0 < (last - first).days <= SPAN_DAYS:
        return None
    return match.start(), match.end(), When(first, last, "day")


def _month(text: str, match: re.Match[str], published: date | None) -> _Found | None:
    """'March 25', 'March 2022', a month alone after a preposition ('in March', 'mid-March'), or a part of it ('the
    first week of June', 'the second half of March')."""
    month = _month_number(match.group("month"))
    year = int(match.group("year")) if match.group("year") else None
    if match.group("day"):
        return _explicit(text, match, _stated_day(year, month, int(match.group("day")), published), published)
    part = _before("before_part_of_month", text, match.start())
    before = part or _before("before_month", text, match.start())
    start = before.start() if before else match.start()
    if year is None and (before is None or published is None):
        return None
    if year is None:
        year = published.year if month <= published.month else published.year - 1
    first, last = _month_range(year, month)
    if part is not None:
        ordinal, unit = part.group("ordinal").lower(), part.group("unit").lower()
        return start, match.end(), _part_of_month(first, last, ordinal, unit, published)
    if match.group("year"):
        return start, match.end(), When(first, last, "month")
    return start, match.end(), _window(first, last, "month", published)


def _part_of_month(first: date, last: date, ordinal: str, unit: str, published: date | None) -> When:
    """"The first week of June" is its 1st to 7th, "the last week of May" its last seven days, "the second half of
    March" the 16th to its end."""
    if unit == "half":
        middle = first + timedelta(days=14)
        start, end = (first, middle) if ordinal == "first" else (middle + timedelta(days=1), last)
        return _window(start, end, "month", published)
    if (week := table("slot_time")["month_part_ordinals"][ordinal]) > 0:
        start = first + timedelta(days=7 * (week - 1))
        return _window(start, start + timedelta(days=6), "week", published)
    return _window(last - timedelta(days=6), last, "week", published)


def _year(text: str, match: re.Match[str], published: date | None) -> _Found | None:
    before = _before("before_year", text, match.start())
    if before is None:
        return None
    year = int(match.group("year"))
    return before.start(), match.end(), _window(date(year, 1, 1), date(year, 12, 31), "year", published)


def _weekday(text: str, match: re.Match[str], published: date | None) -> _Found | None:
    """'Monday' in a Monday report is that day; otherwise, and for 'last Monday', the latest before.

    A night told over two days is both: "overnight into Monday" and "overnight Sunday" end on the
    day named, "the night of Saturday" and "Saturday night" run into the next; "Saturday night into
    Sunday", "from Saturday to Sunday", "between Saturday and Sunday", "on Saturday and Sunday", "from
    Friday evening until Saturday", "Saturday through Sunday", "late Thursday or early Friday" and "Sunday-Monday
    night" run from the first to the second, as does "overnight Sunday into Monday". "Thursday last week" is the
    Thursday of the calendar week before the report's ("Thursday or Friday last week" its two days), "Thursday before
    last" the one a week before the last.
    """
    before = _before("before_weekday", text, match.start())
    modifier = (before.group("mod") or "").lower() if before else ""
    if published is None or modifier == "next" or not before and _first_name_of(text, match.start(), match.end()):
        return None
    if not match.group("until") and _date_after_weekday().match(text, match.end()):
        return None  # "on Sunday (night), November 22" told weeks on is the 22nd: the date's reading takes the weekday in
    back = (published.weekday() - _weekday_number(match.group("weekday"))) % 7
    if back == 0 and modifier == "last":
        back = 7
    elif back == 6 and _LOCAL_TIME.match(text, match.end()):
        back = -1  # "early Monday local time" in a paper dated Sunday in the Americas: the day after its date
    day = published - timedelta(days=back)
    finish = match.end()
    if last_week := _LAST_WEEK.match(text, finish):
        day = published - timedelta(days=published.weekday() + 7 - _weekday_number(match.group("weekday")))
        finish = last_week.end()
    elif not match.group("until") and (before_last := _before_last().match(text, finish)):
        day, finish = day - timedelta(days=7 if back else 14), before_last.end()
    start = day - timedelta(days=1) if before and before.group("night") and not match.group("until") else day
    # "Monday night", like "the night of Monday", runs into Tuesday: a shooting after midnight is told so too
    end = day + timedelta(days=1) if before and before.group("night_of") or match.group("part") in _NIGHTS and not start < day else day
    if match.group("until"):
        end = day + timedelta(days=(_weekday_number(match.group("until")) - day.weekday()) % 7)
    # "the night of" is no part of the day's words: "the night of Thursday, January 8" is the date's
    opens = before.start() if before and not before.group("night_of") else match.start()
    return opens, finish, _window(start, end, "day", published)


@cache
def _date_after_weekday() -> re.Pattern[str]:
    """A day and month right after a weekday ("Sunday, November 22", "Sunday 22 November", "Sunday, Nov. 22")."""
    month = capitalised(table("slot_time")["months"])
    return re.compile(rf",?\s+(?:\d{{1,2}}\s+(?:{month})\b|(?:{month})\.?\s+\d{{1,2}}\b)")


@cache
def _surname() -> re.Pattern[str]:
    """A capitalised word after a day that neither tells when nor starts a title-case headline's next phrase
    ("Monday Night In Jos", "Killed Sunday As ...")."""
    words = table("slot_time")
    telling = choice([*words["part_of_day"], *words["months"], *words["weekdays"], *_HEADLINE_WORDS])
    return re.compile(rf"\s+(?!(?i:{telling})\b)[A-Z][a-z]+\b")


_HEADLINE_WORDS = "in at on as after before near and or the to from of amid during while when but with by for".split()


def _first_name_of(text: str, start: int, end: int) -> bool:
    """Whether the day from ``start`` to ``end``, opening a sentence or after a comma or bracket (not "on" or
    "last"), is a first name: "the council chairman, Monday Kassah, said", "Sunday Abu was shot"."""
    opening = text[:start].rstrip()
    return (not opening or opening[-1] in ",(") and _surname().match(text, end) is not None


_NIGHTS = ("night", "overnight")
# "early Monday local time", "early on Saturday, local time", "Friday (local time)": the day where it happened
_LOCAL_TIME = re.compile(r",?\s*\(?(?i:local\s+time)\b")
_LAST_WEEK = re.compile(r",?\s+(?:of\s+)?last\s+week\b")  # "on Thursday last week", "on Monday of last week"


@cache
def _before_last() -> re.Pattern[str]:
    """"On Thursday before last", "the Sunday before last"; not where "last" tells of another time ("on Sunday before
    last night's shooting", "before last year's offensive", "before last weekend's raid")."""
    other_times = choice(table("slot_time")["last_other_times"])
    return re.compile(rf"\s+before\s+last\b(?!\s+(?:{other_times})\b|\s+[\w-]+['’]s\b)")


def _relative(kind: str, published: date) -> When:
    one_day = timedelta(days=1)
    if kind.startswith("days_ago:"):  # "two days ago", "the day before yesterday"
        day = published - int(kind.partition(":")[2]) * one_day
        return When(day, day, "day")
    if kind.startswith(("on_date:", "on_night:")):  # "on Christmas Day", "on New Year's Eve": the latest such day
        month, day = kind.partition(":")[2].split("-")
        found = _latest_not_after(int(month), int(day), published)
        return _window(found, found + one_day if kind.startswith("on_night:") else found, "day", published)
    if kind.startswith("nights_ago:"):  # "the night before last": the night that ended N days before
        day = published - int(kind.partition(":")[2]) * one_day
        return When(day - one_day, day, "day")
    if kind.startswith("weeks_ago:"):  # "a week ago": about that day, a few days either way
        day = published - 7 * int(kind.partition(":")[2]) * one_day
        return When(day - 3 * one_day, day + 3 * one_day, "week")
    if kind == "weekend":  # "over the weekend", "this past weekend": the last Saturday and Sunday
        saturday = published - ((published.weekday() - 5) % 7) * one_day
        return When(saturday, min(saturday + one_day, published), "week")
    monday = published - timedelta(days=published.weekday())
    if kind == "night_before":
        return When(published - one_day, published, "day")
    if kind == "yesterday":
        return When(published - one_day, published - one_day, "day")
    if kind == "today":
        return When(published, published, "day")
    if kind == "past_day":
        return When(published - one_day, published, "day")
    if kind.startswith("days_of:"):  # "two days of Russian shelling killed nine": those days up to the day told
        return When(published - int(kind.partition(":")[2]) * one_day, published, "day")
    if kind == "past_two_days":
        return When(published - 2 * one_day, published, "day")
    if kind == "recent_days":
        return When(published - 7 * one_day, published, "week")
    if kind == "this_week":
        return When(monday, published, "week")
    if kind == "last_week":
        return When(monday - 7 * one_day, monday - one_day, "week")
    if kind == "this_month":
        return When(published.replace(day=1), published, "month")
    if kind == "last_month":
        previous = published.replace(day=1) - one_day
        return When(*_month_range(previous.year, previous.month), "month")
    if kind == "this_year":
        return When(date(published.year, 1, 1), published, "year")
    if kind == "last_year":
        return When(date(published.year - 1, 1, 1), date(published.year - 1, 12, 31), "year")
    raise ValueError(f"slot_time.json names an unknown relative kind {kind!r}")


_DIGIT = re.compile(r"\d")
_NEED_A_MONTH = frozenset(("day_month", "day_range", "month_range", "span_day_month", "span_month_day", "timed_span",
                           "timed_span_month_first"))  # each holds the 'month' shape's "(?P<month>May|...)\b"


def _shapes_to_scan(text: str) -> Collection[str]:
    """The shapes that can match ``text``: every shape but 'month' and 'weekday' needs a digit, and the spans and
    days of a month need a month's name, so most clauses (1,318 of 2,303 over 400 GVA dev articles tell no digit)
    skip most of the fourteen scans, which were most of ``_found``."""
    if _DIGIT.search(text) is None:
        return ("month", "weekday")
    patterns = _patterns()
    return patterns.keys() if patterns["month"].search(text) else patterns.keys() - _NEED_A_MONTH


def _found(text: str, published: date | None):
    """Every reading of every shape, overlapping ones included."""
    patterns, scanned = _patterns(), _shapes_to_scan(text)

    def matches(shape: str) -> Iterable[re.Match[str]]:
        return patterns[shape].finditer(text) if shape in scanned else ()

    for shape in ("iso", "numeric", "day_month"):
        for match in matches(shape):
            if match.start() and text[match.start() - 1] in _INSIDE_NUMBER:
                continue
            yield _explicit(text, match, _numbered_day(shape, match, published), published)
    if published is not None:
        for match in matches("numeric_short"):
            if (match.start() and text[match.start() - 1] in _INSIDE_NUMBER
                    or _before("before_short_numeric", text, match.start()) is None and not text.startswith(":", match.end())):
                continue
            month = int(match.group("b") or match.group("b2"))
            yield _explicit(text, match, _recent_day(int(match.group("a")), month, published), published)
    if published is not None:
        for match in matches("ordinal_day"):
            if _before("before_ordinal_day", text, match.start()):
                yield _ordinal_day(text, match, published)
    for shape in ("day_range", "month_range"):
        for match in matches(shape):
            yield _day_range(match, published)
    for shape in ("span_day_month", "span_month_day", "timed_span", "timed_span_month_first"):
        for match in matches(shape):
            yield _span(match, published)
    for match in matches("month"):
        yield _month(text, match, published)
    for match in matches("year"):
        yield _year(text, match, published)
    for match in matches("weekday"):
        yield _weekday(text, match, published)
    if published is not None:
        low = lowered(text)
        for hit in _relative_phrases().scan(low):
            if hit.cue.value == "night_before" and _night_of_a_day().match(text, hit.end):
                continue  # "during the night of 18 to 19 July", "overnight on 18-19 July": the day's night
            if hit.cue.value == "weekend" and low.startswith("weekend", hit.start) and _holiday_before().search(
                    low, max(0, hit.start - _CONTEXT_CHARS), hit.start):
                continue  # "the Memorial Day weekend shooting": that holiday's weekend, which the text does not date
            yield hit.start, hit.end, _relative(hit.cue.value, published)
        if text[:1].isupper():  # "A week after the attack, survivors ...": from the report's day
            for hit in _relative_phrases("relative_opening").scan(lowered(text[:24])):
                if hit.start == 0:
                    yield hit.start, hit.end, _relative(hit.cue.value, published)


@cache
def _holiday_before() -> re.Pattern[str]:
    """A holiday's name right before "weekend" ("Memorial Day weekend", "Easter weekend", "holiday weekend")."""
    return re.compile(rf"\b(?:{choice(table('slot_time')['holiday_weekend'])})\s+$")


@cache
def _night_of_a_day() -> re.Pattern[str]:
    """What follows a night that a stated day or weekday names ("the night of 18 to 19 July",
    "overnight on Saturday"): that day's reading dates the night, not the night before the report."""
    words = table("slot_time")
    return re.compile(rf"\s+(?:of|on|into|to|from)\s+(?:the\s+)?(?:\d|(?:{capitalised(words['weekdays'])}|{capitalised(words['months'])})\b)")


@cache
def _day_named() -> re.Pattern[str]:
    """A day told by its weekday or its date ("on Monday", "on 26 November"), not by a word ("this morning")."""
    words = table("slot_time")
    return re.compile(rf"\d|\b(?:{capitalised(words['weekdays'])}|{capitalised(words['months'])})\b")


_TOLD_WORDS = ("previous", "earlier", "before")  # a word every 'relative_told' phrase of slot_time.json holds


def _counted_back(text: str, found: list[_Found], published: date | None) -> list[_Found]:
    """"The previous day", "a day earlier", "the previous night": days before the latest single day
    the text told before the phrase ("officials said on Wednesday that gunmen had killed 17 people
    the previous day"), else the first it tells after it ("killed in a strike a day earlier, Lebanese
    media said on Friday"), else before publication."""
    if not any(word in text for word in _TOLD_WORDS):  # most sentences tell no such phrase: no scan
        return []
    days = sorted((end, when.end) for _, end, when in found if when.precision == "day" and when.start == when.end)
    ends = [end for end, _ in days]
    readings = []
    for hit in _relative_phrases("relative_told").scan(lowered(text)):
        before = bisect_right(ends, hit.start)  # by bisection: a run-on text of many days and phrases stays linear
        anchor = days[before - 1][1] if before else days[0][1] if days else published
        if anchor is None:
            continue
        day = anchor - timedelta(days=hit.cue.value or 1)
        readings.append((hit.start, hit.end, When(day, day if hit.cue.value else anchor, "day")))
    return readings


def _numbered_day(shape: str, match: re.Match[str], published: date | None) -> date | None:
    year = int(match.group("year")) if match.group("year") else None
    if shape == "iso":
        return _stated_day(year, int(match.group("m")), int(match.group("day")), None)
    if shape == "numeric":
        return _numeric_day(int(match.group("a")), int(match.group("b")), year, published)
    return _stated_day(year, _month_number(match.group("month")), int(match.group("day")), published)


def resolve_when(text: str, published: date | None, told_before: date | None = None) -> list[WhenMention]:
    """Every time expression in ``text`` with its interval, in text order.

    Where readings overlap the longest wins ("Monday, June 27" is one date).
    Relative expressions need ``published``; without it they are skipped. A
    dateline's day, like the day a source spoke or a toll rose, dates the report
    (``of_statement``), and so does a page's stamp of the day it was published.
    Each line of a chronology counts its relative words from the day it opens with (``_line_s_day_told``).
    ``told_before`` is the day the sentence before told, which an opening "A day later" counts from.
    """
    lines = _chronology_lines(text, published)
    if not lines:
        return _resolved(text, published, told_before)
    mentions, at = [], 0
    for line in lines:
        mentions += _shifted(_resolved(text[at : line.start], published, told_before), at) if at < line.start else []
        told = _line_s_day_told(line.day, _resolved(text[line.start : line.end], line.day.when.end, told_before))
        mentions += _shifted(told, line.start)
        at = line.end
    return mentions + _shifted(_resolved(text[at:], published, told_before), at)


def _shifted(mentions: list[WhenMention], by: int) -> list[WhenMention]:
    """``mentions`` of a part of a text that starts ``by`` characters into it, with offsets into the text."""
    return [replace(m, start=m.start + by, end=m.end + by) for m in mentions] if by else mentions


@dataclass(frozen=True)
class _ChronologyLine:
    """Where a chronology's line starts and ends in a text, and the day it opens with (offsets into the line)."""

    start: int
    end: int
    day: WhenMention


def _chronology_lines(text: str, published: date | None) -> list[_ChronologyLine]:
    """Each line of ``text`` that opens with a chronology's day ("Nov. 27 — ...", "27/11 — ...", "November 25, 2026
    — ..."), not after publication: a sentence may run over several ("... three workers.\nNov. 28 — Army ..."). A line
    ends at its line break: the next line, whose dash a clause's end may have cut off, is not counted from its day.
    A chronology's day holds a digit, as every ``_dateline_day`` does: a text without one (most clauses) is not tried."""
    if _DIGIT.search(text) is None:
        return []
    lines = []
    start = 0
    while start != -1:
        end = text.find("\n", start)
        if day := _chronology_day(text, start, published):
            lines.append(_ChronologyLine(start, len(text) if end == -1 else end, day))
        start = end + 1 if end != -1 else -1
    return lines


def _chronology_day(text: str, start: int, published: date | None) -> WhenMention | None:
    """The day of a chronology's line that starts at ``start``, with offsets from there."""
    match = _dateline_day().match(text, start, start + DATELINE_REACH)
    if match is None or not match.group("chronology"):
        return None
    day, _ = _day_of_the_line(match, published)
    if day is None or published is not None and day > published:
        return None
    told = text[start : match.start("chronology")].rstrip(" \t,")
    opens = len(told) - len(told.lstrip())
    return WhenMention(opens, len(told), told[opens:], When(day, day, "day"))


def _line_s_day_told(line: WhenMention, mentions: list[WhenMention]) -> list[WhenMention]:
    """"Nov. 27 — Russian drones attacked Kherson overnight", "Nov 27 — Gunmen killed 12 worshippers ... on Wednesday":
    the line's day is the one its other times count from (``mentions`` were read against it) and, like a statement's
    day, dates nothing where the line tells another day or week; where it tells none, the day dates the line's news."""
    others = [m for m in mentions if m.end <= line.start or m.start >= line.end]
    told = any(not (m.of_statement or m.of_period) and m.when.precision in ("day", "week") for m in others)
    return [replace(line, of_statement=told), *others]


def _resolved(text: str, published: date | None, told_before: date | None) -> list[WhenMention]:
    """``resolve_when`` of a text that opens with no chronology's day."""
    found = sorted((f for f in _found(text, published) if f), key=lambda f: (f[0], f[0] - f[1]))
    if counted_back := _counted_back(text, found, published):
        found = sorted(found + counted_back, key=lambda f: (f[0], f[0] - f[1]))
    dateline = _report_day(text) if found else None  # read only for a time found: most clauses tell none
    mentions: list[WhenMention] = []
    for start, end, when in found:
        if mentions and start < mentions[-1].end:
            continue
        of_period = published is not None and _after_since(text, start)
        if of_period:
            when = _since(when, published)
        named = _names_incident(text, start, end)  # "condemned the July 8 strike": the strike's day, not the statement's
        of_mourning = not named and (_aftermath_before(text, start) or _mourned_after(text, start, end)
                                     or _died_of_wounds_on(text, start, end)
                                     and _another_day_told(found, start, told_before))
        of_incident = named or not of_mourning and _INCIDENT_BEFORE.search(text, max(0, start - 60), start) is not None
        of_statement = not named and (_before("before_statement", text, start) is not None or _context()["after_statement"].match(text, end) is not None or bool(dateline and dateline.start() <= start and end <= dateline.end())
                        or _toll_update().search(text, max(0, start - TOLL_REACH), start) is not None
                        or of_mourning or _heading_stamp(text, start, end))
        mentions.append(WhenMention(start, end, text[start:end], when, of_statement, of_incident, of_period, of_mourning))
    if any(m.of_statement for m in mentions):
        mentions = _after_the_day_told(text, _relative_to_the_day_told(text, mentions, published))
    mentions = _offset_from_a_day_named(text, _opening_from_the_main_clause(text, mentions), published)
    return _nights_of_the_day_named(_later_than_the_day_told(text, mentions, told_before, published))


_LATER_WORDS = ("later", "next", "following")  # a word every 'relative_later' phrase of slot_time.json holds
# where a 'relative_later' phrase opens its sentence or clause ("A day later, ...", "on Sunday, and a day later ..."),
# not "died the next day", a wound's aftermath
_OPENS_CLAUSE = re.compile(r"(?:\A|[,;:\u2014\u2013]|\b(?:and|but|then))\s*(?:on\s+)?\Z", re.IGNORECASE)
_OPENS_SENTENCE = re.compile(r"\s*(?:on\s+)?", re.IGNORECASE)  # "The next day, ...", "On the following day, ..."
# words after which a harm told is no harm done that day: an arrest for it ("police arrested a 19-year-old man suspected
# of killing him"), or a source's word on an earlier one ("police said nine people had been killed in the blast")
_NOT_DONE_THEN = re.compile(r"\b(?:arrest(?:ed|s)?|detained|charged|suspected|accused|in connection with|said|says|"
                            r"reported|confirmed|announced|had been)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _HarmAhead:
    """Where a sentence first tells a new harm, and where the last word before it starts that makes it no harm done
    then: an arrest for it ("police arrested a 19-year-old man suspected of killing him") or a source's word on an
    earlier one ("police said nine people had been killed in the blast"). Found once a sentence, so each phrase
    counting forward in a run-on text is judged without searching the text again."""

    harm: tuple[int, int] | None  # the first harm's start and end
    last_word_against: int  # where the last such word before it starts; -1 where none

    @classmethod
    def of(cls, text: str) -> _HarmAhead:
        harm = _new_harm().search(text)
        against = [word.start() for word in _NOT_DONE_THEN.finditer(text, 0, harm.start() if harm else len(text))]
        return cls(harm.span() if harm else None, against[-1] if against else -1)

    def before(self, position: int) -> bool:
        """Whether a harm is told before ``position``."""
        return self.harm is not None and self.harm[1] <= position

    def done_after(self, position: int) -> bool:
        """Whether the words from ``position`` go on to tell a new harm done then ("A day later, RSF fighters shelled
        El Fasher"), not an arrest for one or a source's word on one."""
        return self.harm is not None and self.harm[0] >= position and self.last_word_against < position


class _LatestDayTold:
    """The latest single day of news told before a position, for positions taken in text order: the mentions come by
    start and may nest, so their ends are not in order; each is taken in once, when the positions pass its end."""

    def __init__(self, mentions: list[WhenMention]):
        self._mentions = mentions
        self._by_end = sorted((m.end, index) for index, m in enumerate(mentions) if _single_day_told(m))
        self._taken, self._latest = 0, -1

    def before(self, position: int) -> WhenMention | None:
        while self._taken < len(self._by_end) and self._by_end[self._taken][0] <= position:
            self._latest = max(self._latest, self._by_end[self._taken][1])
            self._taken += 1
        return self._mentions[self._latest] if self._latest >= 0 else None


def _overlaps_a_mention(mentions: list[WhenMention]) -> Callable[[int, int], bool]:
    """A test of whether a stretch overlaps one of ``mentions`` (by start), by bisection over their starts and the
    furthest end reached up to each."""
    starts, reach = [m.start for m in mentions], list(accumulate((m.end for m in mentions), max))

    def overlaps(start: int, end: int) -> bool:
        before = bisect_left(starts, end)
        return bool(before) and reach[before - 1] > start

    return overlaps


def _later_than_the_day_told(text: str, mentions: list[WhenMention], told_before: date | None,
                             published: date | None) -> list[WhenMention]:
    """"Israel and Hamas agreed a truce on 20 November. The next morning, a drone struck a car in Rafah", "rockets hit
    Israel on Sunday, and a day later strikes killed six": a phrase that opens a clause counting forward ("a day
    later", "two days later", "hours later") is that many days after the latest single day told before it in the
    sentence, else ``told_before``; where the words after it tell a new harm, it dates that harm, not the day it
    counts from. Each phrase is judged in logarithmic time, so a run-on text of thousands of them stays linear."""
    low = lowered(text)
    if not any(word in low for word in _LATER_WORDS):  # most sentences tell no such phrase: no scan
        return mentions
    harm_ahead, latest, overlaps = _HarmAhead.of(text), _LatestDayTold(mentions), _overlaps_a_mention(mentions)
    demoted, added = set(), []
    for hit in _relative_phrases("relative_later").scan(low):
        if harm_ahead.before(hit.start):  # "Gunmen killed 12 people in Kuru on Sunday, and the next day they
            break  # attacked Jol": the harm told first is the day told's, with its figures, and so for every later hit
        if not _OPENS_CLAUSE.search(text, max(0, hit.start - 12), hit.start) or overlaps(hit.start, hit.end):
            continue
        told = latest.before(hit.start)
        day = told.when.end if told else told_before
        kind = str(hit.cue.value)  # days after it, or 'night:N', the night that begins N days after it
        if day is None:
            continue
        day += timedelta(days=int(kind.rpartition(":")[2]))
        if published is not None and day > published:
            continue
        harm = harm_ahead.done_after(hit.end)
        if harm and told:
            demoted.add(told.start)
        night = _window(day, day + timedelta(days=1), "day", published) if kind.startswith("night:") else When(day, day, "day")
        added.append(WhenMention(hit.start, hit.end, text[hit.start : hit.end], night, of_incident=harm))
    if not added:
        return mentions
    kept = [replace(m, of_incident=False) if m.start in demoted else m for m in mentions]
    return sorted(kept + added, key=lambda m: m.start)


LAST_DAYS_KEPT = 4096  # sentences whose last day told is kept: bounded, so memory stays flat over a long ingest


def opens_counting_on(text: str) -> bool:
    """Whether a sentence opens with a phrase that counts forward from the day the sentence before told and goes on
    to tell a new harm ("A day later, RSF fighters shelled El Fasher", "The next morning, a drone struck a car")."""
    low = lowered(text[:40])
    return any(word in low for word in _LATER_WORDS) and any(
        _OPENS_SENTENCE.fullmatch(text, 0, hit.start) and _HarmAhead.of(text).done_after(hit.end)
        for hit in _relative_phrases("relative_later").scan(low))


@lru_cache(maxsize=LAST_DAYS_KEPT)
def last_day_told(text: str, published: date | None, told_before: date | None = None) -> date | None:
    """The latest single day ``text`` tells of news, not the day a source spoke: the day an opening "A day later" in
    the sentence after it counts from. ``told_before`` is the day the sentence before ``text`` told, for a chain of
    them ("The next morning, ... The following day, ..."). Kept for the last few thousand sentences asked of: a feed
    that repeats a sentence counting on ("The next day, gunmen killed two people.") asks it of the same one again."""
    days = [m.when.end for m in resolve_when(text, published, told_before) if _single_day_told(m)]
    return days[-1] if days else None


def _single_day_told(mention: WhenMention) -> bool:
    """A single day of news, not the day a source spoke ("collapsed on Monday, mediators said on Thursday")."""
    return mention.when.precision == "day" and mention.when.start == mention.when.end and not mention.of_statement


def _aftermath_before(text: str, start: int) -> bool:
    """Funerals, burials or a death from wounds right before a date, with no attack told between them and it: the
    aftermath's day, though the harm was told just before ("a soldier wounded in a drone attack near Kupiansk died of
    his wounds on Thursday", "nine people killed in the strike were buried on Sunday"); an attack on the mourners
    ("opened fire on mourners at a funeral in Bago on Tuesday") makes it the attack's."""
    mourning = _mourning().search(text, max(0, start - MOURNING_REACH), start)
    return (mourning is not None and _INCIDENT_BEFORE.search(text, mourning.start(), start) is None
            and _mourners_struck().search(text, max(0, start - STRUCK_REACH), start) is None)


def _mourned_after(text: str, start: int, end: int) -> bool:
    """A day the dead were buried or mourned on ("Palestinians on Wednesday buried ..."), not the day of an incident
    named right before it ("A Russian missile strike on Wednesday buried dozens of residents under the rubble")."""
    return (_mourned_right_after().match(text, end) is not None
            and _INCIDENT_NOUN_RIGHT_BEFORE.search(text, max(0, start - 30), start) is None)


DEATH_REACH = 30  # "died late on Wednesday of wounds", "succumbed on Monday to her injuries"


def _died_of_wounds_on(text: str, start: int, end: int) -> bool:
    """A day one died on of wounds ("died Friday from gunshot wounds he received when bandits invaded the community on
    Tuesday night"): the aftermath's, as a burial's is, where another day dates the attack (``_another_day_told``);
    alone it dates the report ("A 24-year-old man died Friday from gunshot wounds after a shooting in north Memphis")."""
    death, wounds = _death_and_wounds()
    return wounds.match(text, end) is not None and death.search(text, max(0, start - DEATH_REACH), start) is not None


def _another_day_told(found: list[tuple[int, int, When]], start: int, told_before: date | None) -> bool:
    """Whether a day other than the one at ``start`` is told in the text, or the incident told before has one."""
    return told_before is not None or any(at != start and when.precision == "day" for at, _, when in found)


def _nights_of_the_day_named(mentions: list[WhenMention]) -> list[WhenMention]:
    """"ADF rebels killed 22 civilians in an overnight attack on the village of Ntoyo ... on Monday", "an
    overnight drone attack on Odesa on Tuesday": a night told before the day the sentence gives the news is
    that day's night, not the night before the report; the day dates it. Only a day named by its weekday or
    date: "separate shootings overnight and this morning" span both, and a day a source spoke dates nothing."""
    days = [m for m in mentions if not m.of_statement and m.when.precision == "day" and m.when.start == m.when.end
            and _day_named().search(m.text)]
    return [m for m in mentions if m.text.lower() != "overnight" or not any(day.start > m.end for day in days)]


# the relative days a source counts from the day it spoke: "overnight", "yesterday", "over the weekend", "two days ago",
# "over the past day" (an administration's tally "as of 08:00 on 15 May")
_TOLD_RELATIVE = ("night_before", "yesterday", "today", "weekend", "days_ago:", "nights_ago:", "days_of:", "past_day",
                  "past_two_days")


def _relative_to_the_day_told(text: str, mentions: list[WhenMention], published: date | None) -> list[WhenMention]:
    """"Russia attacked Kyiv overnight, the mayor said on Thursday" in Saturday's paper: the night
    before the day the source spoke, not before publication; so "clashes over the weekend, a doctor
    said on Monday" are the weekend before that Monday."""
    told = next((m.when.end for m in mentions if m.of_statement and m.when.precision == "day" and m.when.start == m.when.end), None)
    if told is None or published is None or told >= published:
        return mentions
    relative = {(hit.start, hit.end): hit.cue.value for hit in _relative_phrases().scan(lowered(text))
                if hit.cue.value.startswith(_TOLD_RELATIVE)}
    return [replace(m, when=_relative(relative[m.start, m.end], told)) if (m.start, m.end) in relative else m for m in mentions]


def _opening_from_the_main_clause(text: str, mentions: list[WhenMention]) -> list[WhenMention]:
    """"Two days after Russian glide bombs hit Kostiantynivka, the police said on Friday ...", "A day after a
    missile hit Sumy, rescuers on Friday pulled two more bodies ...": a sentence that opens with "N days after"
    counts back from the day its main clause (after the opening clause's comma) tells, not from publication."""
    if not mentions or mentions[0].start or not (hits := _relative_phrases("relative_opening").scan(lowered(text[:24]))):
        return mentions
    comma = text.find(",", mentions[0].end)
    told = next((m for m in mentions if m.start > comma and m.when.precision == "day" and m.when.start == m.when.end),
                None) if comma >= 0 else None
    if told is None:
        return mentions
    kind = next(hit.cue.value for hit in hits if hit.start == 0)
    return [replace(mentions[0], when=_relative(kind, told.when.end)), *mentions[1:]]


def _after_the_day_told(text: str, mentions: list[WhenMention]) -> list[WhenMention]:
    """"Kyiv mourned on Wednesday, a day after a missile hit ...", "officials said on Tuesday, two
    days after the raid": the attack as many days before the day of the statement or mourning as
    the phrase says. After a day of news ("killed 12 on Sunday, a week after a similar attack")
    the phrase recalls another incident and dates nothing."""
    ends = [m.end for m in mentions]  # the mentions do not overlap: their ends come in order
    added = []
    for hit in _relative_phrases("relative_opening").scan(lowered(text)):
        before = bisect_right(ends, hit.start)
        told = mentions[before - 1] if before else None
        if told is not None and told.of_statement and told.when.precision == "day":
            added.append(WhenMention(hit.start, hit.end, text[hit.start : hit.end], _relative(hit.cue.value, told.when.end)))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


@cache
def _new_harm() -> re.Pattern[str]:
    return re.compile(table("slot_time")["new_harm"], re.IGNORECASE)


_RIGHT_BEFORE_THE_DAY = re.compile(r"\s*(?:the\s+)?")
# the phrase's clause ends at a comma, past a clause that goes on telling the named event (", which killed 11 people,")
_CLAUSE_END = re.compile(r"(?:,\s+(?:(?:in|during|by)\s+)?(?:which|who|whom|where)\b[^,;]*)?(?:[,;]|$)")


# the event a phrase counts from, told with its day closing it: "after a truce was announced on Monday", "on the eve of
# the governorship election on 21 November", "before the talks in Jeddah on 28 November"
_EVENT_NAMED = re.compile(r"[^,;:.()]{1,80}\s")


def _day_named_after(text: str, mentions: list[WhenMention], starts: list[int], end: int) -> WhenMention | None:
    """The day a mention names after ``end``: right after it, past a "the" ("after the Wednesday attack", "before
    Sunday's vote"), or closing the event the phrase names, in its clause ("a day after the ceasefire took effect on
    Sunday", "two days after Moscow announced a truce on Monday")."""
    index = bisect_left(starts, end)
    if index == len(mentions) or (day := mentions[index]).when.precision != "day":
        return None
    if day.start <= _RIGHT_BEFORE_THE_DAY.match(text, end).end():
        return day
    return day if _EVENT_NAMED.fullmatch(text, end, day.start) else None


_A_YEAR = re.compile(r"\b\d{4}\b")
FORWARD_DAYS = 6  # a weekday this many days or more before publication is read as the one ahead


def _read_forward(named: WhenMention, published: date) -> When:
    """The day of an event a harm came before ("on the eve of the governorship election on 21 November", "hours
    before Zelensky was due to meet Trump on Friday"): a day named without its year that was read into the year
    before publication's, or a weekday read back six days or more, is the one ahead (the vote, the meeting to come)."""
    when = named.when
    if _A_YEAR.search(named.text):
        return when
    if re.search(r"\d", named.text):
        if when.start.year >= published.year:
            return when
        leap_day = (when.start.month, when.start.day) == (2, 29)
        ahead = date(when.start.year + 1, when.start.month, 28 if leap_day else when.start.day)
    elif _day_named().search(named.text) and (published - when.start).days >= FORWARD_DAYS:
        ahead = when.start + timedelta(days=7)
    else:
        return when
    return When(ahead, ahead, "day")


def _offset_from_a_day_named(text: str, mentions: list[WhenMention], published: date | None) -> list[WhenMention]:
    """"Two days after the Wednesday suicide attack on a mosque, a car bomb killed four people", "gunmen killed 12
    villagers, a day after Sunday's raid", "on the eve of Monday's talks, missiles hit Zaporizhzhia, killing three",
    "a day after the ceasefire took effect on 12 March, shelling killed two":
    a harm told outside the phrase is a new incident, as many days from the day named as the phrase says, and the
    day named is the other event's; with a day of its own ("on Wednesday, two days after the Monday attack") that
    day dates it. A sentence that tells no new harm ("Two days after the Wednesday attack, the toll rose to 40")
    is the named attack's news: its day dates it, not the phrase counted from publication."""
    low = lowered(text)
    if published is None or " after " not in low and " before " not in low and " eve of " not in low:
        return mentions
    starts = [m.start for m in mentions]
    for hit in _relative_phrases("offset_from_a_day").scan(low):
        if (named := _day_named_after(text, mentions, starts, hit.end)) is None:
            continue
        clause_end = _CLAUSE_END.search(text, named.end).end()
        rest = text[: hit.start] + text[clause_end:]
        others = [m for m in mentions if (m.end <= hit.start or m.start >= clause_end) and not m.of_statement]
        kept = [m for m in mentions if not hit.start <= m.start < hit.end]  # the phrase counted from publication
        if not (_new_harm().search(rest) and tells_of_incident(rest)):
            mentions = kept
        else:
            shift = timedelta(days=hit.cue.value)
            ahead = _read_forward(named, published) if hit.cue.value <= 0 else named.when
            moved = [replace(m, when=ahead, of_incident=False) if m is named else m for m in kept]
            if ahead is not named.when:  # the event lies ahead: the harm before it, at the latest on publication
                day = min(ahead.start + shift, published)
                moved.append(WhenMention(hit.start, hit.end, text[hit.start : hit.end], When(day, day, "day"),
                                         of_incident=not others))
            elif not others and named.when.start + shift <= published:
                day = _window(named.when.start + shift, named.when.end + shift, "day", published)
                moved.append(WhenMention(hit.start, hit.end, text[hit.start : hit.end], day, of_incident=True))
            mentions = sorted(moved, key=lambda m: m.start)
        starts = [m.start for m in mentions]
    return mentions


MOURNING_REACH = 40  # "Funerals were held on Sunday", "were buried in Kharkiv on Monday"
STRUCK_REACH = 100  # "opened fire on mourners at a funeral in the town of Bago on Tuesday"
TOLL_REACH = 200  # "the death toll from a Russian missile attack on a railway station in ... rose to eight on Monday"
# "since May 10", "since Russia launched a new offensive in the region on May 10"
_SINCE = re.compile(r"\bsince\b[^,.;:()]{0,80}$", re.IGNORECASE)
_LINE_END = re.compile(r"[ \t]*[)\]]?[ \t]*:?[ \t]*\n")


def _after_since(text: str, start: int) -> bool:
    """Whether the time expression at ``start`` opens with "since" or ends the clause it opens."""
    return text[start : start + 6].lower() == "since " or _SINCE.search(text, max(0, start - 90), start) is not None


def _since(when: When, published: date) -> When:
    """"Since May 10", "since 7 October": from that day to the report, a span, not an incident's day."""
    end = max(when.end, published)
    days = (end - when.start).days
    precision = "day" if days <= 1 else "week" if days <= 7 else "month" if days <= 62 else "year"
    return When(when.start, end, precision)


def _heading_stamp(text: str, start: int, end: int) -> bool:
    """A date closing a heading line that tells of no incident ("Situation Report, 12 June 2024",
    "Flash Update No. 5 (10 June 2024)") dates the report, like a dateline."""
    if not _LINE_END.match(text, end):
        return False
    line = text[text.rfind("\n", 0, start) + 1 : end]
    return not tells_of_incident(line)


# "hit by a Russian drone on Tuesday night", "killed by gunmen ... earlier this week": the day told
# in the clause of the harm, not of the funeral or the recovery the sentence leads with
_INCIDENT_BEFORE = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|hit|struck|shelled|bombed|attacked|strikes?|airstrikes?"
    r"|attacks?|shelling|bombing|raids?|explosions?|blasts?|shootings?)\b[^,.;:]{0,50}$", re.IGNORECASE)
_ATTACK_NOUNS = (r"(?:strikes?|attacks?|airstrikes?|shelling|bombing|bombardment|raids?|explosions?|blasts?"
                 r"|shootings?|massacre|assault|ambush)\b")
_INCIDENT_AFTER = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,4}}?{_ATTACK_NOUNS}", re.IGNORECASE)
# "a missile strike on Wednesday", "the landslide early on Sunday": the day is that incident's
_INCIDENT_NOUN_RIGHT_BEFORE = re.compile(
    rf"\b(?:{_ATTACK_NOUNS}|landslides?|mudslides?|earthquakes?|floods?)\s+(?:(?:late|early)\s+)?(?:on|overnight)?\s*$",
    re.IGNORECASE)
# after "the July 8", "the Wednesday": its modifiers, never a word that opens another phrase ("the Wednesday before the
# attack", "the Wednesday vote on airstrikes" name no attack's day)
_INCIDENT_NAMED = re.compile(
    rf"\s+(?:(?!(?:before|after|of|the|and|or|when|since|until|during|following|prior|on|in|at|by|for|to|with|over"
    rf"|against|from|about|into)\b)[\w-]+\s+){{0,2}}?"
    rf"{_ATTACK_NOUNS}",
    re.IGNORECASE)


_THE_BEFORE = re.compile(r"(?<!\w)the $", re.IGNORECASE)  # "the Wednesday attack", not "bathe Wednesday"


def _names_incident(text: str, start: int, end: int) -> bool:
    """"Monday's strike", "the July 8 Russian missile strike", "the Wednesday suicide attack": the day names the
    attack."""
    the = text[start : start + 4].lower() == "the " or _THE_BEFORE.search(text[max(0, start - 5) : start]) is not None
    return bool(_INCIDENT_AFTER.match(text, end) or the and _INCIDENT_NAMED.match(text, end))


DATELINE_REACH = 400  # a dateline stands within a headline and a byline of the text's start


@cache
def _dateline_day() -> re.Pattern[str]:
    """A dateline's day at the start of a report or of a line near it (after a headline or a
    byline), after its place words and before its agency and dash: "June 2 (Reuters) -",
    "KYIV, July 9 —", "GAZA CITY, Gaza Strip, 9 March 2024 (AP) -"; an agency in brackets may
    end it without a dash ("ABUJA, July 15 (NAN) Bandits ...", as NAN and Xinhua write), or in
    slashes with a stop (Ukrinform's "KYIV, July 9, 2024 /Ukrinform/.", TASS's "DONETSK, November 25. /TASS/."); an agency and its dash
    may come before the day ("ABUJA, Nigeria (AP) — July 9, 2024 —"). The day may be numeric, either way
    round ("WASHINGTON, 3/10 (AP) -"), or dotted day first with its year as Ukrainian, Russian and Syrian
    outlets write it ("DAMASCUS, 03.11.2026 -", "ZAPORIZHZHIA, 27.11.2026 -"), and a live blog's entry stamps its
    day with a weekday and a time but no year ("Friday 27 November, 09:12 -", "Wed 25 Nov 10:05 GMT -"). A place
    may join two with a slash ("TEL AVIV/GAZA, Oct 17 (Reuters) -") or name its country in brackets ("Goma (DR
    Congo), 12 June (AFP) —"), and EFE stops its agency before the dash ("Port-au-Prince, Nov 27 (EFE).-"). A colon
    ends a day only after a place ("SRINAGAR, Nov 27: Militants ..."): a line that opens "Nov. 24: RSF drones hit ..."
    or "26/11: Israeli strike kills 8" is a digest's or a headline's, dated by its day as any sentence is; and a dash
    ends one only after a place, an agency, a weekday or a time. A line that opens with a bare day, with or without its
    year, and a dash before its words ("November 25 — Gunmen killed 12 worshippers ...", "Nov. 27, 2026 — Russian
    drones ...") is a chronology's (group ``chronology``): no dateline, but the day its line tells of
    (``_chronology_day``); one with a time after its dash ("28 Nov 2026 - 09:15 GMT") is a live blog's stamp."""
    words = table("slot_time")
    month, weekday = capitalised(words["months"]), capitalised(chain(words["weekdays"], (w[:3] for w in words["weekdays"])))
    dashes = r"(?:—|–|--|-)"
    agency, dash = r"\([A-Za-z .&-]{1,30}\)\.?", rf"(?:{dashes}|:)"
    place = r"[A-Z][\w.'’ /-]{0,40}?(?:\s*\([A-Z][\w.'’ -]{1,30}\))?"
    return re.compile(
        rf"(?:\A|(?<=\n))[ \t]*(?P<placed>(?:{place},\s*){{1,2}})?(?P<agency_first>{place}\s*{agency}\s*{dash}\s+)?"
        rf"(?P<told_weekday>(?:{weekday})\b\.?,?\s+)?"
        rf"(?:(?P<month>{month})\.?\s+(?P<day>\d{{1,2}})|(?P<day_first>\d{{1,2}})\s+(?P<month_after>{month})\.?"
        rf"|(?P<numeric_a>\d{{1,2}})/(?P<numeric_b>\d{{1,2}})"
        rf"|(?P<dotted_day>\d{{1,2}})\.(?P<dotted_month>\d{{1,2}})\.(?P<dotted_year>(?:19|20)\d\d))"
        rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?(?P<clock>,?\s+\d{{1,2}}[:.]\d\d(?:\s+[A-Z]{{3,4}})?)?"
        rf"\s*(?:{agency}\s*(?:{dash}\s|(?=[A-Z]))|\.?\s*/[A-Za-z .&-]{{1,30}}/\.?\s|{_dash_after_the_day(dashes)}\s)"
    )


DATELINE_MARKS = ("agency_first", "told_weekday", "clock")
"""The groups of ``_dateline_day`` that, with no place, make a dash end a dateline's day (a year does not)."""


def _dash_after_the_day(dashes: str) -> str:
    """The dash after a dateline's day: "(?(placed)(?:—|:)|(?(agency_first)—|(?(told_weekday)—|...)))", a
    conditional for each of ``DATELINE_MARKS`` nested in the one before; failing all, a chronology's dash before its
    line's words (no time)."""
    dash = rf"(?P<chronology>{dashes})(?!\s*\d)"
    for group in reversed(DATELINE_MARKS):
        dash = rf"(?({group}){dashes}|{dash})"
    return rf"(?(placed)(?:{dashes}|:)|{dash})"


@cache
def _page_stamp() -> re.Pattern[str]:
    """A line near the top of a saved page that opens with the day it was published, with its
    year, after a label, a place and a bullet, or a weekday, and before a time: "June 3, 2024
    4:31 PM GMT+3", "Published On 12 Jun 2024", "Wed 12 Jun 2024 14.30 BST", "Kyiv • 15 July
    2024", "BAMAKO, Mali | Published 3 July 2024", "Updated: 03.06.2024 17:05", "15/07/2024 09:15",
    a year that copying off the page glued to its time ("July 9, 202410:31 AM GMT+3"),
    "Last updated: 2024-07-15 09:15", OCHA's "Issued: 10 July 2024", a live blog's entry ("LIVE: 27 Nov 2024,
    08:15 GMT", "UPDATE 9 July 2024 10:31"), an administration's tally ("As of 08:00 on 14 May 2025:")."""
    words = table("slot_time")
    month = capitalised(words["months"])
    weekday = choice(w[:3] for w in words["weekdays"])
    year = r"(?P<year>(?:19|20)\d\d)"
    return re.compile(
        r"(?:\A|(?<=\n))[ \t]*(?:[A-Z][\w'’ -]{1,30}?(?:,\s*[A-Z][\w'’ -]{1,30}?)?\s*[•·|]\s*)?"
        r"(?:(?i:(?:first |last )?(?:published|updated|posted|issued|released)|date|live|update"
        r"|as of(?:\s+\d{1,2}[:.]\d\d)?)(?:\s+(?i:on))?\s*:?\s*)?"
        rf"(?:(?i:{weekday})[a-z]*\.?,?\s+)?"
        rf"(?:(?:(?P<month>{month})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
        rf"|(?P<day_first>\d{{1,2}})\s+(?P<month_after>{month})\.?,?\s+"
        rf"|(?P<numeric_day>\d{{1,2}})(?P<sep>[./-])(?P<numeric_month>\d{{1,2}})(?P=sep)){year}(?:(?=\d{{1,2}}:\d\d)|(?![.,]?\d\d))"
        r"|(?P<iso_year>(?:19|20)\d\d)-(?P<iso_month>\d\d)-(?P<iso_day>\d\d)(?=[T\s]|$))")


def _report_day(text: str) -> re.Match[str] | None:
    """The first line near the top that opens with a dateline's day, else with a page's stamp.
    Both patterns begin a line, so they are tried only where lines begin (a sentence has one), and both hold a
    digit, so a text with none in reach has neither."""
    if _DIGIT.search(text, 0, DATELINE_REACH) is None:
        return None
    starts, end = [0], text.find("\n", 0, DATELINE_REACH)
    while end != -1:
        starts.append(end + 1)
        end = text.find("\n", end + 1, DATELINE_REACH)
    datelines = [_dateline_day().match(text, start, DATELINE_REACH) for start in starts]
    for match in datelines:
        if match and not match.group("chronology"):
            return match
    for start, chronology in zip(starts, datelines):  # a chronology's line ("November 25, 2026 — Gunmen ...") is no stamp
        if chronology is None and (match := _page_stamp().match(text, start, DATELINE_REACH)):
            return match
    return None


def dateline_day(text: str, today: date) -> tuple[date | None, bool]:
    """The day a report's dateline gives, or failing one a page's stamp of the day it was
    published, and whether its year was assumed.

    A dateline with no year ("June 2 (Reuters) -") is read as the latest such day
    not after ``today``: news is extracted as it comes, and a report never dates
    itself in the future.
    """
    match = _report_day(text)
    return _day_of_the_line(match, today) if match else (None, False)


def _day_of_the_line(match: re.Match[str], today: date | None) -> tuple[date | None, bool]:
    """The day a line opens with, a dateline's, a chronology's (``_dateline_day``) or a page's stamp, and whether its
    year was assumed (the latest such day not after ``today``; none without ``today``)."""
    stamp = match.re is _page_stamp()
    if stamp and match.group("iso_year"):
        return _stated_day(*(int(match.group(f"iso_{part}")) for part in ("year", "month", "day")), None), False
    year = int(match.group("year")) if match.group("year") else None
    if stamp and match.group("numeric_day"):  # "15/07/2024" day first, "07/15/2024" as it must read
        return _numeric_day(int(match.group("numeric_day")), int(match.group("numeric_month")), year, None), False
    if not stamp and match.group("dotted_day"):  # "27.11.2026": day first, as dotted dates are written
        return _stated_day(*(int(match.group(f"dotted_{part}")) for part in ("year", "month", "day")), None), False
    if not stamp and match.group("numeric_a"):  # "3/10": with its year as US datelines read it, month first; with
        first, second = int(match.group("numeric_a")), int(match.group("numeric_b"))  # none, either way round
        if year is not None:
            return _numeric_day(second, first, year, None), False
        day = _recent_day(first, second, today) if today else None
        return day, day is not None
    month = _month_number(match.group("month") or match.group("month_after"))
    day = int(match.group("day") or match.group("day_first"))
    return _stated_day(year, month, day, today), year is None


UNDATED = "undated: no publication date, dateline or stated date dates this incident"
YEAR_ASSUMED = "dated by a dateline without a year: the latest such day not after extraction"


# a wire copy posted or crawled up to this many days after its dateline ("BEIRUT, July 9 (Reuters) -" on a
# page dated July 20) is still dated by its dateline: its "on Tuesday" is the dateline's Tuesday
DATELINE_LAG_DAYS = 14


def anchor_day(text: str, published: date | None, today: date) -> tuple[date | None, list[str]]:
    """The day relative dates resolve against: a dateline's day up to ``DATELINE_LAG_DAYS`` before the
    publication date, else the publication date, else the dateline's, with the warnings a reader of the
    figures should see."""
    day, assumed = dateline_day(text, published or today)
    if published is not None:
        return (day if day is not None and 0 < (published - day).days <= DATELINE_LAG_DAYS else published), []
    return day, [YEAR_ASSUMED] if assumed else []


def document_when(text: str, published: date | None) -> When | None:
    """The incident date of a short report.

    The most specific expression of the first sentence that tells of an
    incident and dates it; failing that, the first dated sentence; failing
    that, the day of publication. The day of a statement dates nothing.
    """
    dated = []
    for sentence in split_sentences(text):
        mentions = [m for m in resolve_when(sentence.text, published) if not m.of_statement]
        if mentions:
            dated.append((tells_of_incident(sentence.text), mentions))
    chosen = next((m for incident, m in dated if incident), dated[0][1] if dated else None)
    if chosen:
        return min(chosen, key=lambda m: _PRECISION_RANK[m.when.precision]).when
    return When(published, published, "day") if published else None
