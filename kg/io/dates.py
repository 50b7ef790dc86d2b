"""Normalize the date forms found in news text and metadata to ISO 8601.

``normalize_date`` returns ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (as precise as
the input) or ``None`` when nothing it recognizes is there.  It never raises, so
loaders and the event extractor can call it on anything.

Recognized (searched for anywhere in the string, most precise form first)::

    2026-01-08  2026-1-8  2026-01-08T09:30:00+08:00  20260108 (whole string)
    2026/1/8  2026.1.8  2026年1月8日  2026年1月  2026年  ２０２６年１月８日
    January 8, 2026  Jan. 8th 2026  8 Jan 2026  8 January, 2026
    Thu, 08 Jan 2026 09:30:00 GMT  January 2026  Jan 2026  2026-01  2026

Ambiguous numeric forms (``1/8/2026``, ``08/01/26``) and relative dates
(``昨天``, ``last week``) give ``None``: a wrong date is worse than none.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Optional

__all__ = ["normalize_date", "MONTHS"]

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<y>[12]\d{3})"
_NB = r"(?<![\d])"  # no digit before
_NA = r"(?![\d])"  # no digit after
_DAY_SUFFIX = r"(?:st|nd|rd|th)?"

# (pattern, precision) tried in order; the first that yields a valid date wins.
_PATTERNS: list[tuple[re.Pattern, str]] = [
    # ISO and its slash/dot variants: 2026-01-08, 2026/1/8, 2026.1.8 (+ time)
    (re.compile(_NB + _YEAR + r"(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})" + _NA), "day"),
    # Chinese: 2026年1月8日 / 2026年1月8号
    (re.compile(_NB + _YEAR + r"\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"), "day"),
    # January 8, 2026 / Jan. 8th 2026
    (re.compile(r"\b" + _MONTH + r"\s+(?P<d>\d{1,2})" + _DAY_SUFFIX + r",?\s+" + _YEAR + _NA,
                re.IGNORECASE), "day"),
    # 8 Jan 2026 / 08 January, 2026 / Thu, 08 Jan 2026
    (re.compile(_NB + r"(?P<d>\d{1,2})" + _DAY_SUFFIX + r"\s+" + _MONTH + r",?\s+" + _YEAR + _NA,
                re.IGNORECASE), "day"),
    # Chinese month: 2026年1月
    (re.compile(_NB + _YEAR + r"\s*年\s*(?P<m>\d{1,2})\s*月"), "month"),
    # January 2026 / Jan. 2026
    (re.compile(r"\b" + _MONTH + r",?\s+" + _YEAR + _NA, re.IGNORECASE), "month"),
    # 2026-01 / 2026/01 (not followed by another separator and digits)
    (re.compile(_NB + _YEAR + r"[-/.](?P<m>\d{1,2})" + r"(?![\d])(?![-/.]\d)"), "month"),
    # 2026年
    (re.compile(_NB + _YEAR + r"\s*年"), "year"),
]
_COMPACT = re.compile(r"(?P<y>[12]\d{3})(?P<m>\d{2})(?P<d>\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_BARE_YEAR = re.compile(r"[12]\d{3}")
_CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_CN_DATE = re.compile(r"[〇零一二三四五六七八九十]+(?=[年月日号])")


def _cn_numbers(text: str) -> str:
    """二〇二六年一月八日 -> 2026年1月8日 (only digits directly before 年/月/日/号)."""

    def convert(m: re.Match) -> str:
        s = m.group(0)
        if "十" not in s:
            return s.translate(_CN_DIGITS)
        tens, _, ones = s.partition("十")
        value = (int(tens.translate(_CN_DIGITS)) if tens else 1) * 10
        value += int(ones.translate(_CN_DIGITS)) if ones else 0
        return str(value)

    try:
        return _CN_DATE.sub(convert, text)
    except ValueError:  # e.g. "十十": leave it alone
        return text


def _valid(y: int, m: int = 1, d: int = 1) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _format(match: re.Match, precision: str) -> Optional[str]:
    groups = match.groupdict()
    y = int(groups["y"])
    if precision == "year":
        return f"{y:04d}"
    if groups.get("mon"):
        m = MONTHS[groups["mon"].lower().rstrip(".")]
    else:
        m = int(groups["m"])
    if precision == "month":
        return f"{y:04d}-{m:02d}" if _valid(y, m) else None
    d = int(groups["d"])
    return f"{y:04d}-{m:02d}-{d:02d}" if _valid(y, m, d) else None


def normalize_date(text: object) -> Optional[str]:
    """Return the ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) in ``text``, or None."""
    if text is None or isinstance(text, bool):
        return None
    if isinstance(text, int):
        text = str(text)
    if not isinstance(text, str):
        return None
    s = unicodedata.normalize("NFKC", text).strip()
    if not s or len(s) > 500:
        return None
    s = _cn_numbers(s)
    full = _COMPACT.fullmatch(s)
    if full and _valid(int(full["y"]), int(full["m"]), int(full["d"])):
        return f"{full['y']}-{full['m']}-{full['d']}"
    for pattern, precision in _PATTERNS:
        for match in pattern.finditer(s):
            result = _format(match, precision)
            if result:
                return result
    if _BARE_YEAR.fullmatch(s):
        return s
    return None
