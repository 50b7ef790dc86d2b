"""One event per party where a sentence names several at once: launches of several products one after
another, a launch of products by different makers, a listing of several companies on one exchange, results
several companies report.
``label(type, lang, participants, date)`` gives an event's label (:func:`kg.extract.event_build.event_label`)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Event, Participant

_LISTED_WITH = re.compile(r"(?:\s?[（(][^（）()]{1,30}[）)])?\s?(?:、|和|及|与|以及|,|，|, and| and| &)\s?")


# launches one after another: "相继发布A和B", "launched X and Y respectively" (a year's launches too: "在2025年推出了A和B")
_ONE_AFTER_ANOTHER = re.compile(r"(?i)相继|先后|分别|陆续|接连|依次|\b(?:successively|respectively|separately)\b")
_IN_BRACKETS_AFTER = re.compile(r"\s?[（(][^（）()]{0,8}")


def by_product(ev: Event, label) -> list[Event]:
    """Launches of several products one after another, or over a year, are one launch of each, by the same
    makers: "OpenAI在2025年推出了Sora 2和SearchGPT", "相继发布A和B" (each has its own launch to date and to
    trace).  Products announced together stay one launch ("星河发布了Orbit-2和Orbit-3")."""
    products = [p for p in ev.participants if p.role == "product"]
    if ev.type != "ProductLaunch" or len(products) < 2:
        return [ev]
    if not (_ONE_AFTER_ANOTHER.search(ev.evidence.sentence) or (ev.date and len(ev.date) == 4)):
        return [ev]  # "星河发布了Orbit-2和Orbit-3": one announcement
    groups: list[list[Participant]] = []
    text, base = ev.evidence.sentence, ev.evidence.sent_start
    for p in sorted(products, key=lambda p: p.mention.start):
        prev = groups[-1][-1].mention if groups else None
        if prev is not None and _IN_BRACKETS_AFTER.fullmatch(text[prev.end - base:p.mention.start - base]):
            groups[-1].append(p)  # "Orbit（原名Astra）": one product, its other name in brackets
        else:
            groups.append([p])
    if len(groups) < 2:
        return [ev]
    others = [p for p in ev.participants if p.role != "product"]
    return _each(ev, [others + g for g in groups], label)


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


def by_reporter(ev: Event, mentions, label) -> list[Event]:
    """Results several companies report at once are each company's own: "博通和甲骨文公司发布的业绩指引"
    (the companies listed right before the one the event names, in its sentence)."""
    orgs = [p.mention for p in ev.participants if p.role == "organization"]
    if ev.type != "Earnings" or len(orgs) != 1:
        return [ev]
    text, base = ev.evidence.sentence, ev.evidence.sent_start
    gap = text[orgs[0].end - base:ev.evidence.start - base]
    if len(gap) > 20 or any(c in gap for c in ",，;；:："):
        return [ev]  # the list is the subject of the report, right before it (not "created through the merger of A and B, said")
    listed = _listed_before(orgs[0], mentions, text, base)
    if len(listed) < 2:
        return [ev]
    others = [p for p in ev.participants if p.role != "organization"]
    return _each(ev, [[Participant("organization", m)] + others for m in listed], label)


_EACH_BEFORE = re.compile(r"(?:均|都|也都|各自|分别|先后|相继)(?:已经?|已|于)?[^，。；,;]{0,12}$")


def by_launcher(ev: Event, mentions, label) -> list[Event]:
    """Launches several companies each made: "联影智能与百度灵医智惠在2025年均推出了…复合模型" (the companies
    listed right before the one the event names, with 均/都/分别 before the trigger)."""
    companies = [p.mention for p in ev.participants if p.role == "company"]
    if ev.type != "ProductLaunch" or len(companies) != 1:
        return [ev]
    text, base = ev.evidence.sentence, ev.evidence.sent_start
    if not _EACH_BEFORE.search(text, 0, ev.evidence.start - base) or companies[0].end > ev.evidence.start:
        return [ev]
    listed = _listed_before(companies[0], mentions, text, base)
    if len(listed) < 2:
        return [ev]
    products = sorted((p for p in ev.participants if p.role == "product"), key=lambda p: p.mention.start)
    if len(products) == len(listed):  # "vivo、OPPO和荣耀相继发布X300、Find X9和Magic8系列": respectively
        return _each(ev, [[Participant("company", m), p] for m, p in zip(listed, products)], label)
    if len(products) > 1:
        return [ev]  # whose is which is not said
    others = [p for p in ev.participants if p.role != "company"]
    return _each(ev, [[Participant("company", m)] + others for m in listed], label)


def _listed_before(first, mentions, text: str, base: int) -> list:
    """``first`` and the organizations listed right before it in its sentence ("A、B和C")."""
    listed = [first]
    for m in sorted((m for m in mentions if m.type == "ORG" and m.kind != "exchange"), key=lambda m: -m.start):
        if m.end <= listed[0].start and m.start >= base and m.text not in {x.text for x in listed} and (
                _LISTED_WITH.fullmatch(text[m.end - base:listed[0].start - base])):
            listed.insert(0, m)
    return listed


def _each(ev: Event, parties: list[list[Participant]], label) -> list[Event]:
    """``ev`` once for each list of participants, labelled for them."""
    return [replace(ev, participants=tuple(ps), label=label(ev.type, ev.lang, ps, ev.date)) for ps in parties]
