"""When an event happened: the date of its clause or sentence, of a date line under a citation,
or of the same event told elsewhere in the document with a more specific date.

Used by :mod:`kg.extract.events`; the dates themselves are found by :mod:`kg.extract.temporal`.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Optional

from ..lexicon import ids_by_name
from ..records import Event
from ..resolve.normalize import norm_key
from .tables import row_cells
from .temporal import _MON, find_dates, resolve

CLAUSE = re.compile(r"[，；;：]|[,:](?!\d)|"  # not the comma of "97,000" or the colon of "10:30"
                    # ... and a headline's second news: "Meridian Names Elena Vasquez CEO as Haines Retires"
                    r" as (?=(?:[A-Z][\w.'-]+ ){1,3}(?i:retires|steps down|resigns|exits|quits|departs|leaves)\b)")


def clause_start(text: str, seg, pos: int) -> int:
    cuts = [c.end() for c in CLAUSE.finditer(text, seg.start, seg.end) if c.end() <= pos]  # (a cut may look past pos)
    return cuts[-1] if cuts else seg.start


_SINCE = re.compile(r"(?:自从|自)[^，。；,;]{1,30}$")
_SINCE_END = re.compile(r"[^，。；,;]{1,4}?以来")


_SAID = re.compile(r"(?i)\b(?:said|says|announced|confirmed|reported)\b|宣布|表示|公告|披露|确认")


_PERIOD_AFTER = re.compile(r"\s?(?:第?[一二三四1-4]季度|[一二三四1-4]季度|Q[1-4]|财年|财季|年度|上半年|下半年|全年|半年|前三季度|年报|中报|业绩|财报|"
                           r"fiscal year|full year|first half|second half|"
                          # "携程2025年净营收612亿元"; what a recalled product was made in: "召回2024年生产的输液泵"
                          r"(?:实现|的|全年)?(?:净营收|营收|营业收入|总收入|收入|归母净利润|净利润|净利|净亏损|利润|销售额|营业额)|"
                          r"(?:\d{1,2}月)?(?:生产|制造|出厂|销售|售出|进口)的|"
                          # "a 14% rise in 2025 net profit", "its 2025 revenue"
                          r"(?i:(?:net |operating |pre-tax |full-year )?(?:profits?|income|loss|earnings|revenues?|sales|results)\b))")


_ANOTHER_SUBJECT = re.compile(r"\s*(?:其中(?![\d今去前上本同次])|其余|此外|另外|而|但)")  # (not "其中2024年9月完成的B轮")


def _most_exact(dates: list) -> list:
    """``dates`` less those another of them refines ("2026" beside "2026-03-16")."""
    return [d for d in dates if not any(o.iso and d.iso and len(o.iso) > len(d.iso) and o.iso.startswith(d.iso)
                                        for o in dates)]


def date_for(text: str, seg, trigger: int, dates):
    """The date in the trigger's clause, else the nearest one before the trigger, else None."""
    if not dates:
        return None
    cuts = [seg.start] + [c.end() for c in CLAUSE.finditer(text, seg.start, seg.end)] + [seg.end]
    lo = max(c for c in cuts if c <= trigger)
    hi = min((c for c in cuts if c > trigger), default=seg.end)
    since = _SINCE.search(text, lo, trigger)
    if since and _SINCE_END.match(text, trigger, min(hi, trigger + 8)):
        # "2026年开年，…迎来了自ChatGPT发布以来…": the sentence's date is not the launch's
        return min((d for d in dates if since.start() <= d.start < trigger), key=lambda d: trigger - d.start,
                   default=None)
    # "1月15日公布2025年第四季度财报", "《Q4 2025 Earnings Call》. 2026.": the period reported is no
    # date of the report, when the sentence gives another
    dates = [d for d in dates if not period(text, d)] or dates
    # "英伟达3月16日在GTC 2026大会上发布": a year the clause names more exactly is the less exact date, and so is
    # one before the clause: "今年3月初的MWC 2026上，华为发布了…"
    same = _most_exact([d for d in dates if lo <= d.start < hi])
    before = _most_exact([d for d in dates if d.end <= trigger])
    if seg.lang == "zh" and any(d.end <= trigger for d in same):
        same = [d for d in same if d.end <= trigger]  # Chinese names the time before the verb: "1月9日在港交所挂牌的X于上月…"
    if same:
        return min(same, key=lambda d: abs(d.start - trigger))
    if before:
        return before[-1]
    # "Midea bought Toshiba Lifestyle, the Japanese group's appliance unit, in 2016": a date after the object's apposition
    after = next((d for d in dates if hi <= d.start < seg.end), None)
    if seg.lang == "en" and after is not None and _AFTER_APPOSITION.fullmatch(text, hi, after.start):
        return after
    # "X raised $1bn in its IPO, the company said on Thursday": the announcement's date
    said = [d for d in dates if hi <= d.start < seg.end and _SAID.search(text, max(hi, d.start - 30), d.start)]
    if said:
        return said[0]
    later = [d for d in dates if hi <= d.start < seg.end]
    if len(later) == 1 and len(dates) == 1 and not _ANOTHER_SUBJECT.match(  # the sentence's one date, after the event's
            text, max(c for c in cuts if c <= later[0].start)):  # clause (not one of "其中C于去年12月发布")
        return later[0]
    if later and _CITATION.search(text, seg.start, seg.end):  # a reference's date after its title
        return later[0]
    below = [d for d in dates if d.start >= seg.end]  # a date line under a citation title
    return below[0] if below else None


_AFTER_APPOSITION = re.compile(r"\s?(?:the|a|an|its|their) [^,;.\d]{1,60},\s?(?:in|on|during|last|earlier)?\s?")
_PERIOD_BEFORE = re.compile(r"(?i)(?:\bQ[1-4]|\bH[12]|\bFY|fiscal|full-year|第[一二三四1-4]季度|截至|截止|\bas of|"
                            r"(?:quarter|year|period|months) (?:ended|ending|to))\s?$")  # "公布截至9月30日的季度业绩"
_CITATION = re.compile(r"》|\]\(https?://|[（(](?:来源|信息来源|资料来源|据)[：:]?")  # "《…》. 2026-01-12.", "[…](https://…)", "（来源：中国新闻网，2025年10月15日）"


def period(text: str, d) -> bool:
    """The date names a period reported ("2025年第三季度", "Q4 2025", "FY2025"), not when something happened."""
    return bool(re.match(r"(?i)Q[1-4]|H[12]\b|FY", d.text) or _PERIOD_AFTER.match(text, d.end)
                or _PERIOD_BEFORE.search(text, max(0, d.start - 16), d.start))


_DATE_LINE = re.compile(r"\W*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|(?:19|20)\d\d)\W*"
                        r"(?:\]\(\S+\)\W*)?")  # "2026-02-12.", "2026.](https://…)" (a citation's year and link)


# ... and a table's date cell, to the month: "| 2025年12月 | 谷歌 | 发布Gemini 3 Flash |"
_DATE_CELL = re.compile(_DATE_LINE.pattern + r"|\W*(?:\d{4}年\d{1,2}月(?:初|上旬|中旬|下旬|底)?|\d{4}[-/.]\d{1,2}|(?:19|20)\d\d年)\W*")


def date_line(doc_text: str, seg, doc_date, anchor) -> list:
    """The date of a line that holds nothing else, as a reference list writes it under a
    title: "[《Seedance2.0上线内测》](https://…).\n    2026-02-12." or after it: "《…》. 2026.](https://…)"
    (an undated sentence takes it). A table's date cell is no such line: it dates its own row."""
    if not _DATE_LINE.fullmatch(doc_text, seg.start, seg.end) or row_cells(doc_text, seg.start):
        return []
    return [d for d in find_dates(doc_text, seg.start, seg.end, doc_date, anchor) if d.iso]


def row_dates(doc_text: str, cells: list, seg, doc_date, anchor) -> list:
    """The dates of the date cells of the table row that holds ``seg`` (its ``cells``, from
    :func:`kg.extract.tables.row_cells`; "| 2025年12月3日 | 快手 | 发布可灵2.6 |"): an event stated in
    another cell of the row happened then, as an event in a sentence's other clause."""
    cells = [c for c in cells if not (c[0] <= seg.start < c[1] or seg.start <= c[0] < seg.end)]
    return [d for a, b in cells if _DATE_CELL.fullmatch(doc_text, a, b)
            for d in find_dates(doc_text, a, b, doc_date, anchor) if d.iso]


# Events that happen once for the same participants (earnings, funding rounds and lawsuits recur).
_ONCE = {"Listing", "Acquisition", "Merger", "ProductLaunch", "Resignation", "Appointment", "Partnership"}


_ABOUT = {"Listing": ("company",), "Appointment": ("person",), "Resignation": ("person",),
          "Funding": ("investee",), "Acquisition": ("target",)}


def share_dates(events: list[Event], label, headline_end: int = 0, doc_date: Optional[str] = None) -> list[Event]:
    """An undated event takes the most specific date the document gives for the same event:
    an event of the same type, once-only, whose participants include all of its own
    ("1月8日，甲公司在港交所上市。" … "甲公司上市首日大涨。"); so does one dated less
    specifically by a date the other's refines ("2026年" … "2026年2月11日").

    An undated event of the headline (the document's text before ``headline_end``) is the news the
    body tells: it takes the date of the first event of its type below that names one of its parties
    ("Meridian Names Elena Vasquez CEO as Haines Retires" … "Meridian Microsystems Inc. on Monday
    named Elena Vasquez chief executive")."""
    ids = ids_by_name()

    def key(p):  # "Seedance 2.0" and "Seedance2.0" are one name, so are 苹果 and Apple (the lexicon), and so are
        # "Meridian Microsystems Inc." and "Meridian Microsystems"
        return ids.get(p.mention.text.casefold()) or norm_key(p.mention.text)

    def product_key(p, ev):  # "DeepSeek-V3.2" and "V3.2" launched by DeepSeek are one product
        k = key(p)
        for c in ev.participants:
            maker = norm_key(c.mention.text)
            if c.role == "company" and k.startswith(maker) and len(k) > len(maker):
                return k[len(maker):]
        return k

    def names(ev):  # a launch is its products'
        if ev.type == "ProductLaunch":
            return {product_key(p, ev) for p in ev.participants if p.role == "product"}
        return {key(p) for p in ev.participants}

    def parties(ev):  # who the event is about: a listing's company (not its exchange), a post's person
        roles = _ABOUT.get(ev.type)
        return {key(p) for p in ev.participants if p.role != "exchange" and (roles is None or p.role in roles)}

    keys = [names(ev) if ev.type in _ONCE else set() for ev in events]
    cores = [parties(ev) for ev in events]
    out = []
    for ev, own, core in zip(events, keys, cores):
        if own:
            # ... or a more specific one: "2026年" here, "2026年2月11日" there
            # (a date refined needs one party in common: "Airwallex closed a round in December 2025 led by
            # …" here, "Airwallex raised $330 million on Dec. 9" there)
            dated = [o for o, theirs, their_core in zip(events, keys, cores) if o.type == ev.type and o.date and (
                (ev.date is None and own <= theirs)
                or (ev.date and core & their_core and len(o.date) > len(ev.date) and o.date.startswith(ev.date)))]
            if dated:
                best = max(dated, key=lambda o: (len(o.date), -abs(o.evidence.start - ev.evidence.start)))
                ev = replace(ev, label=label(ev.type, ev.lang, list(ev.participants), best.date),
                             date=best.date, date_text=best.date_text)
        if ev.date is None and ev.evidence.start < headline_end:
            told = next((o for o, their_core in zip(events, cores) if o.type == ev.type and o.date
                         and o.evidence.start >= headline_end and core & their_core), None)
            if told is not None:
                ev = replace(ev, label=label(ev.type, ev.lang, list(ev.participants), told.date),
                             date=told.date, date_text=told.date_text)
            elif doc_date:  # ... or, told nowhere else with a date, the day of the news
                ev = replace(ev, label=label(ev.type, ev.lang, list(ev.participants), doc_date), date=doc_date)
        out.append(ev)
    return out


_HEADLINE = re.compile(r"[^\n]{4,160}(?<![。.!?！？；;:：])(?=\n)")


def headline_end(text: str) -> int:
    """Where the document's headline ends: a first line without a sentence's end ("Kuaishou Names Yu Fei
    President in Management Shake-Up"), 0 if it has none."""
    m = _HEADLINE.match(text)
    return m.end() if m else 0


# A filing's board meeting: "公司于2026年3月10日召开第三届董事会第十二次会议，审议通过了…"
_MEETING = re.compile(r"(\d{4}年\d{1,2}月\d{1,2}日)(?:以[^。；，,]{1,10}方式)?召开(?:了)?[^。；\n]{0,20}?董事会")


def board_dates(events: list[Event], doc_text: str, doc_date, label) -> list[Event]:
    """An undated appointment or resignation a board decides ("董事会同意聘任王磊先生为公司总经理") takes
    the date of the board meeting the same paragraph held before it."""
    out = []
    for ev in events:
        if ev.type in ("Appointment", "Resignation") and ev.lang == "zh" and not ev.date and "董事会" in ev.evidence.sentence:
            para = doc_text.rfind("\n", 0, ev.evidence.start) + 1
            meetings = list(_MEETING.finditer(doc_text, para, ev.evidence.start))  # the last one before the event
            found = find_dates(doc_text, meetings[-1].start(1), meetings[-1].end(1), doc_date) if meetings else []
            if found and found[0].iso:
                ev = replace(ev, date=found[0].iso, date_text=found[0].text,
                             label=label(ev.type, ev.lang, list(ev.participants), found[0].iso))
        out.append(ev)
    return out


# A note's number in the text ("…联合起诉MiniMax[3]。") and the dated entry of the reference list it points to
# ("[3] Reuters. 《Disney, Universal sue MiniMax》. 2025-09-16.")
_NOTE_MARK = re.compile(r"(?<!^)(?<!\n)\[(\d{1,2})\]")
_NOTE_ENTRY = re.compile(r"(?m)^[ \t]*(?:[-*][ \t]*)?\[(\d{1,2})\][^\n]*")
_FULL_DATE = re.compile(r"((?:19|20)\d\d)\s?[-./年]\s?(1[0-2]|0?[1-9])\s?[-./月]\s?(3[01]|[12]\d|0?[1-9])(?!\d)")


def cited_dates(events: list[Event], doc_text: str, label) -> list[Event]:
    """An event dated to its month or year (or not at all) whose sentence cites a dated entry of the
    reference list takes the entry's day, when it falls in that month or year: the gold guideline's "a dated
    citation reporting the event gives the date when the body gives none more specific"."""
    entries = {}
    for m in _NOTE_ENTRY.finditer(doc_text):
        day = _FULL_DATE.search(m.group(0))
        if day:
            entries.setdefault(m.group(1), f"{day.group(1)}-{int(day.group(2)):02d}-{int(day.group(3)):02d}")
    if not entries:
        return events
    out = []
    for ev in events:
        cited = [entries[n.group(1)] for n in _NOTE_MARK.finditer(doc_text, ev.evidence.sent_start, ev.evidence.sent_end)
                 if n.group(1) in entries]
        if len(set(cited)) == 1 and (not ev.date or (len(ev.date) < 10 and cited[0].startswith(ev.date))):
            ev = replace(ev, date=cited[0], label=label(ev.type, ev.lang, list(ev.participants), cited[0]))
        out.append(ev)
    return out


# A dateline, the day a report was filed, in the first lines of a document: "HONG KONG, Jan 15 (Reuters) -",
# "BEIJING/SHANGHAI, Jan 15 -",
# "财联社1月20日电", "新华社北京1月20日电"
_DATELINE = re.compile(r"(?m)^[\W_]{0,4}(?:【[^】\n]{1,60}】)?(?:[A-Z][A-Z ./'-]{1,30}(?:, [A-Z][\w .]{1,25})?, " + _MON + r" (?P<d>\d{1,2})(?:, \d{4})?"
                       r" ?(?:\([^)\n]{1,30}\) ?)?[-—–]|[\u4e00-\u9fff]{2,12}?(?P<m>\d{1,2})月(?P<d2>\d{1,2})日(?:电|讯))")


def dateline(doc_text: str) -> Optional[re.Match]:
    """The dateline in the first 400 characters of a document, if it has one (found once per document)."""
    return _DATELINE.search(doc_text, 0, 400)


def off_dateline(dates: list, line: Optional[re.Match]) -> list:
    """The dates of a sentence but the day its dateline ``line`` was filed, when it names another ("BEIJING, Jan 15 - X
    has opened an investigation …, the regulator said on Wednesday": Wednesday; "财联社1月20日电，X宣布…": the 20th)."""
    return [d for d in dates if not line.start() <= d.start < line.end()] or dates if line and dates else dates


def dateline_date(m: Optional[re.Match], doc_date: str | None) -> str | None:
    """The day of a dateline ``m`` (:func:`dateline`), in the year that puts it at most 30 days before the
    document's date (relative dates in the report count from it: "on Thursday", "今日"); None without one, or
    without a document date to give its year."""
    if not m or not doc_date or len(doc_date) != 10:
        return None
    g = {"mon": m.group("mon"), "m": m.group("m"), "d": m.group("d") or m.group("d2")}
    iso = resolve("md", g, doc_date, None)
    return iso if iso and 0 <= (dt.date.fromisoformat(doc_date) - dt.date.fromisoformat(iso)).days <= 31 else None
