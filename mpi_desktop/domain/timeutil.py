"""Time: stored in UTC (ISO 8601, ``Z``), reasoned about in Mexico City's zone.

Periods in reports ("from 1 March to 30 April") are calendar dates in Mexico
City, so their boundaries are computed in that zone, not in UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

MEXICO_CITY = ZoneInfo("America/Mexico_City")


def now_utc() -> datetime:
    return datetime.now(UTC)


def iso_utc(moment: datetime | None = None) -> str:
    moment = moment or now_utc()
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    m = moment.astimezone(UTC)
    # Formatted by hand: strftime is measurably slow in bulk writes.
    return (f"{m.year:04d}-{m.month:02d}-{m.day:02d}T{m.hour:02d}:{m.minute:02d}:"
            f"{m.second:02d}.{m.microsecond:06d}Z")


def parse_iso_utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def today_local() -> date:
    return now_utc().astimezone(MEXICO_CITY).date()


def local_date_of(moment_iso: str) -> date:
    return parse_iso_utc(moment_iso).astimezone(MEXICO_CITY).date()


def day_bounds_utc(first: date, last: date) -> tuple[str, str]:
    """UTC instants [start, end) covering the local calendar days first..last inclusive."""
    start = datetime.combine(first, time.min, MEXICO_CITY)
    end = datetime.combine(last + timedelta(days=1), time.min, MEXICO_CITY)
    return iso_utc(start), iso_utc(end)
