"""The app's lunar calendar (borax) checked against a second, independent one (lunar_python).

borax converts dates with a compressed table of month lengths and leap months; lunar_python
works each month out astronomically from the times of the new moons and solar terms. A wrong
bit in the table, or a borax release that shifts a month, shows up as a disagreement between
the two. They agree on every day of 1900-2100 except two far-future months, 2089 month 7/8 and
2097 month 6/7, whose new moons fall within minutes of midnight Beijing time and which the
sources themselves dispute; these tests stop at 2050.

lunar_python is slow (about 0.6 ms a date in calendar order, 3 ms in random order, as it keeps
only one lunar year cached), so the direct date-by-date comparison covers every day of
2023-2027, the years the shop uses most, plus 2,000 seeded random days of 1930-2050 visited in
date order. Every other day of 1930-2050 is checked against lunar_python's months (first day
and length), which is cheap. The whole file runs in about five seconds.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from lunar_python import LunarYear, Solar

from app.services import lunar

FIRST_YEAR = 1930
LAST_YEAR = 2050
YEARS = range(FIRST_YEAR, LAST_YEAR + 1)
SAMPLE_SIZE = 2000
SEED = 20261122

Lunar = tuple[int, int, int, bool]


def _reference(day: date) -> Lunar:
    """lunar_python's reading of a solar date, in the app's (year, month, day, leap) form."""
    reading = Solar.fromYmd(day.year, day.month, day.day).getLunar()
    month = reading.getMonth()  # negative for the leap month
    return reading.getYear(), abs(month), reading.getDay(), month < 0


def _every_day(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _sample_days() -> list[date]:
    rng = random.Random(SEED)
    low = date(FIRST_YEAR, 1, 1).toordinal()
    high = date(LAST_YEAR, 12, 31).toordinal()
    # In date order, so lunar_python's one-year cache is hit (3 ms a date otherwise).
    return sorted(date.fromordinal(rng.randint(low, high)) for _ in range(SAMPLE_SIZE))


def _report(mismatches: list[str]) -> str:
    shown = "\n".join(mismatches[:20])
    more = f"\n… and {len(mismatches) - 20} more" if len(mismatches) > 20 else ""
    return f"{len(mismatches)} disagreement(s) with lunar_python:\n{shown}{more}"


@pytest.fixture(scope="module")
def reference_readings() -> dict[date, Lunar]:
    """lunar_python's reading of every day of 2023-2027 and of the seeded sample of 1930-2050."""
    days = sorted(set(_every_day(date(2023, 1, 1), date(2027, 12, 31))) | set(_sample_days()))
    return {day: _reference(day) for day in days}


@pytest.fixture(scope="module")
def reference_years() -> dict[int, LunarYear]:
    """lunar_python's lunar years 1930-2050, worked out once (it caches only the last one)."""
    return {year: LunarYear.fromYear(year) for year in YEARS}


def test_reference_covers_the_busy_years_and_the_sample(reference_readings):
    """A cross-check that silently checked fewer days would hide a wrong birthday."""
    sample = set(_sample_days())
    assert len(sample) > SAMPLE_SIZE * 0.95
    assert sample <= reference_readings.keys()
    assert set(_every_day(date(2023, 1, 1), date(2027, 12, 31))) <= reference_readings.keys()
    assert min(sample) < date(1935, 1, 1) and max(sample) > date(2045, 12, 31)


def test_from_solar_matches_lunar_python(reference_readings):
    """A customer's solar birthday would be shown, and greeted, as the wrong lunar date."""
    mismatches = [
        f"{day}: app {lunar.from_solar(day)}, lunar_python {expected}"
        for day, expected in reference_readings.items()
        if lunar.from_solar(day) != expected
    ]
    assert not mismatches, _report(mismatches)


def test_to_solar_round_trips_and_matches_lunar_python(reference_readings):
    """A lunar birthday would be greeted on the wrong solar day, or the day before or after."""
    mismatches = []
    for day, expected in reference_readings.items():
        back = lunar.to_solar(*lunar.from_solar(day))
        if back != day:
            mismatches.append(f"{day}: from_solar then to_solar gives {back}")
        from_reference = lunar.to_solar(*expected)
        if from_reference != day:
            mismatches.append(f"{day}: to_solar{expected} gives {from_reference}")
    assert not mismatches, _report(mismatches)


def test_leap_months_match_lunar_python(reference_years):
    """A birthday in a leap month (闰月) could not be entered, or would land a month off."""
    mismatches = [
        f"{year}: app leap month {lunar.leap_month_of(year)}, "
        f"lunar_python {reference.getLeapMonth()}"
        for year, reference in reference_years.items()
        if lunar.leap_month_of(year) != reference.getLeapMonth()
    ]
    assert not mismatches, _report(mismatches)


def test_month_lengths_match_lunar_python(reference_years):
    """A birthday on 三十 would be refused in a long month, or accepted in a short one."""
    mismatches = []
    for year, reference in reference_years.items():
        # lunar_python numbers a leap month negative and lists it right after its namesake.
        expected = [
            (abs(m.getMonth()), m.getMonth() < 0, m.getDayCount())
            for m in reference.getMonthsInYear()
        ]
        leap = lunar.leap_month_of(year)
        months = [(m, False) for m in range(1, 13)]
        if leap:
            months.insert(leap, (leap, True))
        actual = [(m, is_leap, lunar.days_in_month(year, m, is_leap)) for m, is_leap in months]
        if actual != expected:
            mismatches.append(f"{year}: app {actual}\n      lunar_python {expected}")
    assert not mismatches, _report(mismatches)


def test_is_valid_follows_lunar_python_months(reference_years):
    """The customer form would accept a lunar birthday that never comes, or refuse a real one."""
    mismatches = []
    for year, reference in reference_years.items():
        lengths = {
            (abs(m.getMonth()), m.getMonth() < 0): m.getDayCount()
            for m in reference.getMonthsInYear()
        }
        for month in range(1, 13):
            for is_leap in (False, True):
                days = lengths.get((month, is_leap), 0)
                for day in (1, 29, 30):
                    if lunar.is_valid(year, month, day, is_leap) != (day <= days):
                        mismatches.append(
                            f"{year}-{month}-{day} leap={is_leap}: app is_valid "
                            f"{lunar.is_valid(year, month, day, is_leap)}, lunar_python has "
                            f"{days or 'no such'} days"
                        )
    assert not mismatches, _report(mismatches)


def test_every_day_1930_to_2050_falls_in_the_same_lunar_month(reference_years):
    """Any solar day of a customer's life would read as the wrong lunar date."""
    mismatches = []
    for year, reference in reference_years.items():
        for month in reference.getMonthsInYear():
            start = Solar.fromJulianDay(month.getFirstJulianDay())
            first = date(start.getYear(), start.getMonth(), start.getDay())
            number, is_leap = abs(month.getMonth()), month.getMonth() < 0
            for n in range(month.getDayCount()):
                day = first + timedelta(days=n)
                expected = (year, number, n + 1, is_leap)
                actual = lunar.from_solar(day)
                if actual != expected:
                    mismatches.append(f"{day}: app {actual}, lunar_python {expected}")
                elif lunar.to_solar(*actual) != day:
                    mismatches.append(f"{day}: to_solar{actual} gives {lunar.to_solar(*actual)}")
    assert not mismatches, _report(mismatches)
