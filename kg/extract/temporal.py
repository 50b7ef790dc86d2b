"""Dates and money amounts found in a sentence, normalized.

Dates: absolute in both languages ("2026年1月8日", "January 8, 2026",
"1月8日" with the year of the document date), and relative ones resolved
against the document date ("周二", "次日", "上月", "上周", "on Tuesday", "last month",
"the next day").  Without a document date a relative date stays unresolved.
ISO output is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.

Amounts: "116.2港元" -> 116.2 HKD, "5亿美元" -> 500000000 USD,
"$1.75 trillion" -> 1.75e12 USD, "1.1 trillion HKD", "¥200,000".
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from ..records import Amount

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
WEEKDAYS_EN = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
WEEKDAYS_ZH = {c: i for i, c in enumerate("一二三四五六日")}
WEEKDAYS_ZH["天"] = 6
_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"

# what follows a show or conference named with its year: "CES 2026展会上", "在GTC 2026大会上"
SHOW_AFTER_ZH = r"展会|大会|展|上(?![线市映])|期间|现场|开幕|博览会|峰会|年会"
DATE_PATTERNS = [
    # "今年1月8日", "去年12月": a month of a year named relative to the document date
    ("rel_ymd", re.compile(r"(?P<ry>今年|去年|明年)\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号]")),
    ("rel_ym", re.compile(r"(?P<ry>今年|去年|明年)\s*(?P<m>1[0-2]|0?[1-9])\s*月(?!\s*\d)")),
    ("ymd", re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号]")),
    ("ymd", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/.](?P<m>1[0-2]|0?[1-9])[-/.](?P<d>3[01]|[12]\d|0?[1-9])(?!\d)")),
    ("ymd", re.compile(_MON + r"\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)")),
    ("ymd", re.compile(r"(?P<d>3[01]|[12]\d|0?[1-9])\s+" + _MON + r",?\s+(?P<y>(?:19|20)\d\d)")),
    ("ym", re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月(?!\s*\d)")),
    ("ym", re.compile(_MON + r",?\s+(?P<y>(?:19|20)\d\d)")),
    # "2025.12", "2026-01" (a table's date column): a two-digit month, no number or amount after
    ("ym", re.compile(r"(?<![\d.\-/])(?P<y>(?:19|20)\d\d)[./-](?P<m>1[0-2]|0[1-9])(?![\d.\-/]|\s?[%亿万元年点])")),
    ("md", re.compile(r"(?<![\d年])(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号]")),
    ("md", re.compile(r"(?<![\w.])" + _MON + r"\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?!,?\s*\d{4})(?![.:]\d)")),
    # a month alone takes the year nearest the document date: "1月，…", "1月中旬", "in December"
    ("m", re.compile(r"(?<![\d年个.\-–—~至到前近第])(?P<m>1[0-2]|0?[1-9])\s*月(?:份)?(?![\d日号])")),  # not "1-11月", "前3月"
    ("m", re.compile(r"(?:(?<=\bin )|(?<=\bIn )|(?<=since )|(?<=Since )|(?<=during )|(?<=\bearly )|(?<=\blate )"
                     r"|(?<=\bmid-)|(?<=\blast )|(?<=\bLast ))" + _MON + r"(?![\w.]|\s*\d)")),
    ("y", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*年(?!\s*\d{1,2}\s*月)(?!度)")),
    # "in 2022", "since 2019": a year after a preposition (not "2022-23", "the 1990s")
    ("y", re.compile(r"(?:(?<=\bin )|(?<=\bIn )|(?<=since )|(?<=Since )|(?<=during )|(?<=\bearly )|(?<=\blate )"
                     r"|(?<=\bend of )|(?<=\bstart of )|(?<=beginning of )|(?<=\bmiddle of ))"
                     r"(?P<y>(?:19|20)\d\d)\b(?![-/.–]\d|s\b)")),
    # a quarter or half of a year gives the year: "Q3 2025", "the fourth quarter of 2025", "2025 Q4"
    ("y", re.compile(r"(?i)\b(?:Q[1-4]|H[12]|(?:first|second|third|fourth) quarter(?: of)?|(?:first|second) half(?: of)?)"
                     r",? (?P<y>(?:19|20)\d\d)\b|\b(?P<y2>(?:19|20)\d\d) ?(?:Q[1-4]|H[12])\b")),
    # a show or conference named with its year: "CES 2026展会上", "在GTC 2026大会上", "at CES 2026"
    ("y", re.compile(r"(?:(?<=\bat )|(?<=\bduring )|(?<![A-Za-z0-9 ]))(?:[A-Z]{2,6}|[A-Z][a-z]{2,11})(?: [A-Z][A-Za-z/]{1,8})? "
                     r"(?P<y>20\d\d)(?!\d|[.\-]\d)(?=\s?(?:" + SHOW_AFTER_ZH + r")|(?<=\d)\b(?! ?[A-Za-z]))")),
    # the year of a citation: "[Bloomberg. 《Apple, Google Confirm Deal》. 2026.](https://…)"
    ("y", re.compile(r"(?<=[》\]]\. )(?P<y>(?:19|20)\d\d)(?=\.?\]?\(|\.\s*$|\.?$|\. )", re.M)),
    # a holiday on its day (not a holiday period, its eve or the days after it): "元旦当天", "on Christmas Day"
    ("holiday", re.compile(r"(?P<h>元旦|情人节|劳动节|国庆节|圣诞节|双十一|双11|双十二|双12|春节|除夕|大年初一)(?:当天|当日)?"
                           r"(?!期间|前|后|假期|长假|档|以来|至|到|节|晚会|联欢)|"
                           r"(?i:\bon (?P<he>New Year's Day|Christmas Day|Christmas Eve|Valentine's Day)\b)")),
    ("weekday_zh", re.compile(r"(?:(?P<last>上个?)|本|这)?(?:周|星期|礼拜)(?P<w>[一二三四五六日天])")),
    ("weekday_en", re.compile(r"(?i)\b(?:on|last|this past)\s+(?P<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")),
    # news style without "on": "the agency said Thursday", "said in a statement late Monday", "Tuesday evening"
    ("weekday_en", re.compile(r"(?:(?<=\bsaid )|(?<=\bsays )|(?<=\bannounced )|(?<=\breported )|(?<=\bconfirmed )"
                              r"|(?<=\blate )|(?<=\bearly )|(?<=\bLate )|(?<=\bEarly ))"
                              r"(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,? (?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))")),
    ("weekday_en", re.compile(r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?= (?:morning|afternoon|evening|night)\b)")),
    ("next_day", re.compile(r"(?i)次日|翌日|第二天|\bthe (?:next|following) day\b|\ba day later\b")),
    # the date named last in the text: "同日", "同月17日", "同月", "同年", "the same day", "that month"
    ("same_month_day", re.compile(r"同月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号]")),
    ("same_day", re.compile(r"(?i)同日|同一天|\b(?:the same|that) day\b")),
    # "月之暗面同时发布了Kimi Code": launched with what the text dated last, at that date's precision
    ("same_time", re.compile(r"(?:同时|同步|一并)(?=(?:正式)?(?:发布|推出|上线|开源))")),
    ("same_month", re.compile(r"(?i)同月|当月|\b(?:the same|that) month\b")),
    # a month (and day) of the year named last, or of the year after it: "同年8月", "次年3月5日"
    ("same_year_month", re.compile(r"(?P<rel>同年|当年|次年|翌年|第二年)\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号])?")),
    ("same_year", re.compile(r"(?i)同年|\b(?:the same|that) year\b")),
    ("yesterday", re.compile(r"(?i)昨日|昨天|昨晚|昨夜|\byesterday\b")),
    ("today", re.compile(r"(?i)今日|今天|今晨|今早|\btoday\b")),
    # "1月8日晚间公告称，公司董事会当日收到…": the day the text named last, else the document's
    ("that_day", re.compile(r"当天|当日")),
    # a day of a month the text or the document date gives: "中新网12月9日电 …9日在港交所挂牌",
    # "本月18日", "上月28日" (not "30日内", "交易日", "5日均线")
    ("this_month_day", re.compile(r"本月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号]")),
    ("last_month_day", re.compile(r"上个?月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号]")),
    ("day", re.compile(r"(?<![\d月个数第.\-/~至到])(?P<d>3[01]|[12]\d|0?[1-9])\s*日"
                       r"(?=晚间|早间|晚|上午|下午|凌晨|在|于|起|正式|宣布|发布|公告|召开|举行|披露|签署|与|，)")),
    ("last_month", re.compile(r"(?i)上月|上个月|\blast month\b")),
    # a week gives its month: "上周", "last week" (the month of the day a week before)
    ("last_week", re.compile(r"(?i)上周(?![一二三四五六日天])|上个?星期(?![一二三四五六日天])|\blast week\b")),
    ("this_week", re.compile(r"(?i)本周(?![一二三四五六日天])|这周(?![一二三四五六日天])|\bthis week\b")),
    ("this_month", re.compile(r"(?i)本月|这个月|\bthis month\b")),
    # "recently" gives the document's month: "近日，X完成融资", "X日前宣布" (not 接近日本, 节日前, 交易日前)
    ("this_month", re.compile(r"(?<![接靠邻附将逼])近日(?![本元圆子])|(?<![节生作易末期假周])日前(?![往来])")),
    ("last_year", re.compile(r"(?i)去年|\blast year\b")),
    ("this_year", re.compile(r"(?i)今年|\bthis year\b|\bthe (?:start|beginning|end|middle) of the year\b|(?<![\d去今明前当同年每])年(?:初|底|中|末)(?!\d)")),  # "年初，…"
]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    iso: Optional[str]  # None: relative, and no reference date to resolve it


def _parse_ref(ref: Optional[str]) -> Optional[dt.date]:
    if not ref:
        return None
    try:
        return dt.date.fromisoformat(ref[:10]) if len(ref) >= 10 else None
    except ValueError:
        return None


def _month(g: dict) -> int:
    return int(g["m"]) if g.get("m") else MONTHS[g["mon"].lower()[:3]]


def _valid(y: int, m: int, d: int) -> Optional[str]:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


AHEAD_DAYS = 31  # a day or month without a year is at most this far after the document date
# holidays on a fixed day of the Gregorian calendar: name -> (month, day)
HOLIDAYS = {"元旦": (1, 1), "情人节": (2, 14), "劳动节": (5, 1), "国庆节": (10, 1), "圣诞节": (12, 25),
            "双十一": (11, 11), "双11": (11, 11), "双十二": (12, 12), "双12": (12, 12),
            "new year's day": (1, 1), "christmas day": (12, 25), "christmas eve": (12, 24), "valentine's day": (2, 14)}
# ... and the Spring Festival (the first day of the lunar year), from the published Chinese calendar
SPRING_FESTIVAL = {2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29),
                   2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3)}


def _holiday(g: dict, doc_date: Optional[str]) -> Optional[str]:
    """The date of a holiday named without a year, in the year that puts it nearest before the
    document date (up to a month after it), like a day without a year."""
    name = (g.get("h") or g.get("he") or "").lower()
    if name in HOLIDAYS:
        m, d = HOLIDAYS[name]
        return resolve("md", {"m": str(m), "d": str(d)}, doc_date, None)
    if not doc_date or not doc_date[:4].isdigit():
        return None
    ref = dt.date.fromisoformat(doc_date[:10]) if len(doc_date) >= 10 else dt.date(int(doc_date[:4]), 12, 31)
    for y in (ref.year + 1, ref.year, ref.year - 1):  # the nearest festival not over a month ahead
        if y in SPRING_FESTIVAL:
            day = dt.date(y, *SPRING_FESTIVAL[y]) + dt.timedelta(days={"除夕": -1}.get(name, 0))
            if (day - ref).days <= AHEAD_DAYS:
                return day.isoformat()
    return None


def resolve(kind: str, g: dict, doc_date: Optional[str], anchor: Optional[str],
            recent: Optional[str] = None) -> Optional[str]:
    """The ISO date of a date mention of ``kind``; ``anchor`` is the last full date seen before it
    and ``recent`` the last date of any precision (for "同月", "the same year")."""
    if kind == "holiday":
        return _holiday(g, doc_date)
    if kind.startswith("same_"):
        if kind == "same_day":  # the day named last, past a month or a year named later that is before it (background:
            if recent and len(recent) == 10:  # "1月20日晚间…。去年9月…。同日，"), not one after it ("2026年1月…。同日")
                return recent
            return anchor if anchor and len(anchor) == 10 and (not recent or recent < anchor[:len(recent)]) else None
        recent = recent or anchor
        if kind == "same_time":
            return recent
        if kind == "same_year":
            return recent[:4] if recent else None
        if kind == "same_year_month":
            if not recent or not recent[:4].isdigit():
                return None
            year = int(recent[:4]) + (g["rel"] in ("次年", "翌年", "第二年"))
            return _valid(year, int(g["m"]), int(g["d"])) if g.get("d") else f"{year:04d}-{int(g['m']):02d}"
        if not recent or len(recent) < 7:
            return None
        return recent[:7] if kind == "same_month" else _valid(int(recent[:4]), int(recent[5:7]), int(g["d"]))
    ref = _parse_ref(doc_date)
    year_ref = int(doc_date[:4]) if doc_date and doc_date[:4].isdigit() else None
    if year_ref is None and anchor and anchor[:4].isdigit():
        year_ref = int(anchor[:4])  # "1月8日" after "2026年1月7日" in an undated document
    if kind == "ymd":
        return _valid(int(g["y"]), _month(g), int(g["d"]))
    if kind == "ym":
        return f"{int(g['y']):04d}-{_month(g):02d}"
    if kind == "y":
        return f"{int(g.get('y') or g['y2']):04d}"
    if kind == "md":
        if not year_ref:
            return None
        iso = _valid(year_ref, _month(g), int(g["d"]))
        if iso and ref is not None and doc_date and len(doc_date) == 10:
            # the year that puts the day in the year up to the document date (news tells what
            # happened; plans are no events): "12月15日" in an article of 2026-01-05 is
            # 2025-12-15, "March 3" in one of 2026-01-20 is 2025-03-03 (a month ahead at most: "2月10日" is 2026-02-10)
            days = (dt.date.fromisoformat(iso) - ref).days
            if days > AHEAD_DAYS or days < AHEAD_DAYS - 365:
                iso = _valid(year_ref - 1 if days > 0 else year_ref + 1, _month(g), int(g["d"])) or iso
        return iso
    if kind == "m":
        if not year_ref:
            return None
        y, m = year_ref, _month(g)
        if ref is not None and doc_date and len(doc_date) >= 7:
            months = (y * 12 + m) - (ref.year * 12 + ref.month)  # the same, by months
            y += -1 if months > AHEAD_DAYS // 30 else (1 if months < AHEAD_DAYS // 30 - 12 else 0)
        return f"{y:04d}-{m:02d}"
    if kind in ("rel_ymd", "rel_ym"):
        if not year_ref:
            return None
        y = year_ref + {"今年": 0, "去年": -1, "明年": 1}[g["ry"]]
        return _valid(y, _month(g), int(g["d"])) if kind == "rel_ymd" else f"{y:04d}-{_month(g):02d}"
    if kind == "last_year":
        return f"{year_ref - 1:04d}" if year_ref else None
    if kind == "this_year":
        return f"{year_ref:04d}" if year_ref else None
    if ref is None:
        return None
    if kind in ("weekday_zh", "weekday_en"):
        w = g["w"]
        target = WEEKDAYS_ZH[w] if kind == "weekday_zh" else WEEKDAYS_EN[w.lower()]
        if g.get("last"):  # "上周五": that day of the week before the document's week
            return (ref - dt.timedelta(days=ref.weekday() + 7 - target)).isoformat()
        delta = (ref.weekday() - target) % 7  # the most recent such day, news-style
        return (ref - dt.timedelta(days=delta)).isoformat()
    if kind == "next_day":
        base = _parse_ref(anchor) or None
        return (base + dt.timedelta(days=1)).isoformat() if base else None
    if kind == "yesterday":
        return (ref - dt.timedelta(days=1)).isoformat()
    if kind == "today":
        return (_parse_ref(anchor) or ref).isoformat()
    if kind == "that_day":
        return recent if recent and len(recent) == 10 else (_parse_ref(anchor) or ref).isoformat()
    if kind in ("day", "this_month_day", "last_month_day"):
        base = ref
        if kind == "day" and recent and len(recent) >= 7:
            base = dt.date(int(recent[:4]), int(recent[5:7]), 1)  # "12月9日电 …9日": the month named last
        elif kind == "day" and int(g["d"]) > ref.day:
            base = ref.replace(day=1) - dt.timedelta(days=1)  # a day after the document's is last month's
        elif kind == "last_month_day":
            base = ref.replace(day=1) - dt.timedelta(days=1)
        return _valid(base.year, base.month, int(g["d"]))
    if kind == "last_month":
        y, m = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
        return f"{y:04d}-{m:02d}"
    if kind == "last_week":
        return (ref - dt.timedelta(days=7)).isoformat()[:7]
    if kind == "this_week":  # the month of the document's week
        return (ref - dt.timedelta(days=ref.weekday())).isoformat()[:7]
    if kind == "this_month":
        return f"{ref.year:04d}-{ref.month:02d}"
    return None


def find_dates(text: str, start: int, end: int, doc_date: Optional[str] = None,
               anchor: Optional[str] = None, recent: Optional[str] = None) -> list[DateMention]:
    """Dates in ``text[start:end]``; ``anchor`` is the last full date seen before (for 次日) and
    ``recent`` the last date of any precision (for 同月); a date of the segment itself before a
    "same" date is its antecedent ("2025年12月5日上市，同月17日…")."""
    found: list[DateMention] = []
    taken = set()
    for kind, rx in DATE_PATTERNS:
        for m in rx.finditer(text, start, end):
            if any(i in taken for i in range(m.start(), m.end())):
                continue
            taken.update(range(m.start(), m.end()))
            found.append((kind, m))
    out = []
    for kind, m in sorted(found, key=lambda km: km[1].start()):
        iso = resolve(kind, m.groupdict(), doc_date, anchor, recent)
        out.append(DateMention(m.start(), m.end(), m.group(0), iso))
        if iso and not kind.startswith("same_"):
            recent = iso
    return out


# --- amounts -----------------------------------------------------------------
_SCALE_ZH = {"万": 1e4, "亿": 1e8, "万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "千万": 1e7, "百万": 1e6}
_SCALE_EN = {"trillion": 1e12, "tn": 1e12, "t": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9,
             "million": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3}
_CUR_ZH = {"港元": "HKD", "港币": "HKD", "美元": "USD", "人民币": "CNY", "元": "CNY", "欧元": "EUR",
           "日元": "JPY", "英镑": "GBP", "韩元": "KRW", "新台币": "TWD", "台币": "TWD", "新加坡元": "SGD"}
_CUR_CODE = {"HKD": "HKD", "USD": "USD", "CNY": "CNY", "RMB": "CNY", "EUR": "EUR", "JPY": "JPY",
             "GBP": "GBP", "YUAN": "CNY", "DOLLARS": "USD", "EUROS": "EUR", "YEN": "JPY", "HK$": "HKD", "US$": "USD",
             "$": "USD", "¥": "CNY", "￥": "CNY", "€": "EUR", "£": "GBP", "NT$": "TWD", "S$": "SGD", "KRW": "KRW",
             "TWD": "TWD", "SGD": "SGD", "WON": "KRW"}
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
AMOUNT_PATTERNS = [
    re.compile(_NUM + r"\s*(?P<zscale>万亿|千亿|百亿|十亿|千万|百万|亿|万)?\s*(?P<zcur>港元|港币|美元|人民币|欧元|日元|英镑|韩元|新台币|台币|新加坡元|元)"),
    re.compile(r"(?P<sym>HK\$|US\$|NT\$|S\$|(?<![A-Za-z])\$|¥|￥|€|£|\b(?:RMB|HKD|USD|CNY|EUR|JPY|GBP|KRW|TWD|SGD)(?=\s?\d))\s?" + _NUM + r"(?:\s*(?P<escale>trillion|billion|million|thousand|tn|bn|mn)\b|(?P<escale2>[TBMK])\b)?"),
    re.compile(_NUM + r"\s*(?P<escale>trillion|billion|million|thousand|tn|bn|mn)?\s*(?P<code>HKD|USD|CNY|RMB|EUR|JPY|GBP|KRW|TWD|SGD|yuan|dollars|euros|yen)\b"),
    # the Korean won only with a scale ("3.2 trillion won"; "won 5 games" is no amount)
    re.compile(_NUM + r"\s*(?P<escale>trillion|billion|million)\s+(?:Korean\s+)?(?P<code>won)\b"),
]


def find_amounts(text: str, start: int, end: int) -> list[tuple[int, int, Amount]]:
    out, taken = [], set()
    for rx in AMOUNT_PATTERNS:
        for m in rx.finditer(text, start, end):
            if any(i in taken for i in range(m.start(), m.end())):
                continue
            g = m.groupdict()
            value = float(g["num"].replace(",", ""))
            if g.get("zcur"):
                value *= _SCALE_ZH.get(g.get("zscale") or "", 1)
                cur = _CUR_ZH[g["zcur"]]
            else:
                scale = (g.get("escale") or g.get("escale2") or "").lower()
                value *= _SCALE_EN.get(scale, 1)
                cur = _CUR_CODE[(g.get("sym") or g.get("code") or "").strip().upper()]
            taken.update(range(m.start(), m.end()))
            value = round(value, 2)
            out.append((m.start(), m.end(), Amount(int(value) if value.is_integer() else value,
                                                    cur, m.group(0).strip())))
    return sorted(out, key=lambda x: x[0])
