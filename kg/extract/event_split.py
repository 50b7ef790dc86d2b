"""One event per party where a sentence names several at once: a launch of products by different
makers, a listing of several companies on one exchange. ``label(type, lang, participants, date)``
gives an event's label (:func:`kg.extract.event_build.event_label`)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Event, Participant

_LISTED_WITH = re.compile(r"(?:\s?[（(][^（）()]{1,30}[）)])?\s?(?:、|和|及|与|以及|,|，|, and| and| &)\s?")


def by_listed(ev: Event, relations, label) -> list[Event]:
    """A listing of several companies on one exchange is one listing each: "小马智行和文远知行同日在
    港交所挂牌上市" (the sentence's listedOn relations name them)."""
    exchanges = {p.mention.text for p in ev.participants if p.role == "exchange"}
    companies = [p.mention for p in ev.participants if p.role == "company"]
    if len(exchanges) != 1 or len(companies) != 1:
        return [ev]
    doc_text = ev.evidence.sentence
    base = ev.evidence.sent_start
    for r in relations:  # names listed with the company ("A（a）和B"), not its aliases
        x = r.subject
        if r.predicate == "listedOn" and r.object.text in exchanges and all(c.text != x.text for c in companies) and any(
                _LISTED_WITH.fullmatch(doc_text[min(c.end, x.end) - base:max(c.start, x.start) - base]) for c in companies):
            companies.append(x)
    if len(companies) < 2:
        return [ev]
    others = [p for p in ev.participants if p.role != "company"]
    return _each(ev, [[Participant("company", c)] + others for c in sorted(companies, key=lambda m: m.start)], label)


def by_maker(ev: Event, relations, label) -> list[Event]:
    """A launch of products by different makers is one launch per maker: "紧随阿里Qwen3-Max和
    月之暗面Kimi K2.5之后" (the sentence's develops relations say whose product is whose)."""
    makers = {r.object.span: r.subject for r in relations if r.predicate == "develops"}
    products = [p for p in ev.participants if p.role == "product"]
    groups: dict = {}
    for p in products:
        maker = makers.get(p.mention.span)
        groups.setdefault(maker.text if maker else None, (maker, []))[1].append(p)
    if len(groups) < 2 or None in groups:
        return [ev]
    return _each(ev, [[Participant("company", maker)] + prods for maker, prods in groups.values()], label)


def _each(ev: Event, parties: list[list[Participant]], label) -> list[Event]:
    """``ev`` once for each list of participants, labelled for them."""
    return [replace(ev, participants=tuple(ps), label=label(ev.type, ev.lang, ps, ev.date)) for ps in parties]
