"""An event record from its trigger: the money it moved, its date, evidence and label.

Shared by the trigger-based events (:mod:`kg.extract.events`), the events relations state
(:mod:`kg.extract.event_stated`), round follow-ups, tables and the splits by maker and listing,
so that every event is labelled the same way in the document's language.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..records import Event, Evidence, Participant
from .event_dates import date_for, period
from .temporal import find_amounts

LABELS_EN = {"Listing": "listing", "Funding": "funding", "Acquisition": "acquisition",
             "Merger": "merger", "Resignation": "resignation", "Appointment": "appointment",
             "Recall": "recall", "ProductLaunch": "launch", "Partnership": "partnership",
             "Earnings": "earnings", "Lawsuit": "lawsuit or investigation"}
LABELS_ZH = {"Listing": "上市", "Funding": "融资", "Acquisition": "收购", "Merger": "合并",
             "Resignation": "辞职", "Appointment": "任命", "Recall": "召回", "ProductLaunch": "发布",
             "Partnership": "合作", "Earnings": "业绩", "Lawsuit": "诉讼/调查"}


# A value named is no money moved: "估值达43亿美元", "valued at $4 billion", "市值", "股价", a share's price ("发行价12港元")
_NOT_MOVED = re.compile(r"(?i)(?:估值|市值|股价|发行价|招股价|每股|收盘价|开盘价|price of|priced at|valuation of|(?<!deal )(?<!transaction )(?<!takeover )(?<!offer )valued at|"
                        r"market (?:cap|capitalization|value) of|"
                        r"(?:share|stock) price of)[^，。；,;\d$]{0,6}$")


def moved_amounts(doc_text: str, seg) -> tuple:
    return tuple(a for start, _, a in find_amounts(doc_text, seg.start, seg.end)
                 if not _NOT_MOVED.search(doc_text, max(seg.start, start - 14), start))


def make_event(etype, doc_text, seg, start, end, dates, participants, amounts, extractor, confidence) -> Event:
    """The event stated by ``doc_text[start:end]`` (its trigger) in the sentence ``seg``."""
    if etype == "Earnings":  # "For the quarter ended Dec. 28, Lam reported …": the day a period ends is no date of the report
        dates = [d for d in dates if not (period(doc_text, d) and d.iso and len(d.iso) == 10)]
    date = date_for(doc_text, seg, start, dates)
    iso = date.iso if date else None
    ev = Evidence.in_segment(doc_text, seg, start, end, extractor, confidence)
    return Event(etype, doc_text[start:end], event_label(etype, seg.lang, participants, iso), seg.lang, ev,
                 tuple(participants), iso, date.text if date else None, amounts)


def relabel_launch(ev: Event, participants: list[Participant]) -> Event:
    """``ev`` as a launch by ``participants`` (a joint launch)."""
    return replace(ev, type="ProductLaunch", participants=tuple(participants),
                   label=event_label("ProductLaunch", ev.lang, participants, ev.date))


def event_label(etype: str, lang: str, participants: list[Participant], date: Optional[str]) -> str:
    names = []
    for p in participants:
        if p.role != "exchange" and p.mention.text not in names:
            names.append(p.mention.text)
    if lang == "zh":
        label = "、".join(names[:3]) + LABELS_ZH[etype]
    else:
        label = f"{', '.join(names[:3])} {LABELS_EN[etype]}".strip()
    return f"{label} ({date})" if date else label
