"""Calendar arithmetic the anchor step needs: which year a month means, which Friday, n units away."""

from __future__ import annotations

from datetime import date, timedelta

from reader.nlp.time.timex import FUTURE, PAST, PRESENT
from reader.nlp.time.timex import SEASON_MONTH


def add_months(d: date, n: int) -> tuple[int, int]:
    m = d.year * 12 + d.month - 1 + n
    return m // 12, m % 12 + 1


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def safe_date(y: int, m: int, d: int) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        return date(y, m, 28)


def nearest_year(anchor: date, month: int, day: int | None, tense: str | None, weekday: int | None = None) -> int:
    """The year of a month (and day) written without one. The nearest occurrence, unless the
    verb's tense puts it clearly on the other side of the publication date (a past event two
    months "ahead" is last year's); a weekday given with it ("Saturday, April 25") decides."""
    y = anchor.year
    if tense == PRESENT:
        tense = FUTURE  # "the summit opens March 8", "talks resume in June": news present looks ahead
    if day is None:
        diff = month - anchor.month
        if tense == PAST:
            return y - 1 if diff > 3 else y
        if tense == FUTURE:
            return y + 1 if diff < 0 else y
        return y - 1 if diff >= 6 else y + 1 if diff < -6 else y  # half a year either way: news looks back
    cands = [safe_date(yy, month, day) for yy in (y - 1, y, y + 1)]
    if weekday is not None:
        fits = [c for c in cands if c.weekday() == weekday and c.day == day]
        if fits:
            return min(fits, key=lambda c: abs((c - anchor).days)).year
    window = 60
    if tense == PAST:
        return max(c for c in cands if (c - anchor).days <= window).year
    if tense == FUTURE:
        return min(c for c in cands if (anchor - c).days <= window).year
    return min(cands, key=lambda c: abs((c - anchor).days)).year


def weekday_near(anchor: date, wd: int, tense: str | None, which: str | None) -> date:
    """The day named by a weekday: "last"/"next" step over the anchor's week, tense picks a side."""
    back = (anchor.weekday() - wd) % 7
    fwd = (wd - anchor.weekday()) % 7
    if which == "last":
        return anchor - timedelta(days=back or 7)
    if which == "next":
        return anchor + timedelta(days=fwd or 7)
    if which == "this":
        if tense == PAST:
            return anchor - timedelta(days=back)
        return anchor + timedelta(days=fwd)
    if tense == FUTURE:
        return anchor + timedelta(days=fwd)
    if tense == PAST:
        return anchor - timedelta(days=back)
    return anchor - timedelta(days=back) if back <= fwd or back <= 1 else anchor + timedelta(days=fwd)


def season_year(anchor: date, season: str, tense: str | None, which: str | None) -> int:
    y, m = anchor.year, anchor.month
    start = SEASON_MONTH[season]
    current = (m - 3) // 3 % 4 == ["SP", "SU", "FA", "WI"].index(season)
    if season == "WI" and m <= 2:
        y -= 1  # January and February belong to the winter that started in December
    if which == "last":
        if current:
            return y - 1
        return y - 1 if start > m else y
    if which == "next":
        return y + 1 if start <= m else y
    if which == "this" or current:
        return y
    if tense == PAST:
        return y - 1 if start > m else y
    if tense == FUTURE:
        return y + 1 if start < m else y
    return y


def century_of(anchor: date | None, two: int) -> int:
    """Years written '98 or the '90s: the latest century that does not put them in the future."""
    if anchor is None:
        return (1900 if two > 30 else 2000) + two
    base = anchor.year // 100 * 100
    full = base + two
    if anchor and full > anchor.year + 10:
        full -= 100
    return full


def shift(anchor: date, unit: str, n: int) -> str:
    """The value `n` units away from the anchor at that unit's granularity."""
    if unit == "Y":
        return f"{anchor.year + n:04d}"
    if unit == "DE":
        return f"{anchor.year + 10 * n:04d}"
    if unit == "M":
        y, m = add_months(anchor, n)
        return f"{y:04d}-{m:02d}"
    if unit == "W":
        return iso_week(anchor + timedelta(weeks=n))
    if unit == "FN":
        return iso_week(anchor + timedelta(weeks=2 * n))
    if unit == "Q":
        y, m = add_months(anchor, 3 * n)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if unit == "CE":
        return f"{anchor.year + 100 * n:04d}"  # "a century ago": the year, as with "a decade ago"
    return (anchor + timedelta(days=n)).isoformat()
