"""Relations that an event states.

An event's trigger often reads more wordings than the relation patterns do: "Momenta完成5亿美元
C+轮融资，本轮由上汽集团领投，丰田跟投" is a Funding event with three participants, and it says
that 上汽集团 and 丰田 invest in Momenta; "Anta completed its $290 million acquisition of Jack
Wolfskin" says that Anta acquires Jack Wolfskin.  Each such pair becomes a relation when both
participants are named in the event's own sentence (a participant taken from a neighbouring
sentence states nothing here) and have the types the predicate needs.  The evidence is the
event's, with the extractor ``event.<Type>``.

Events are hedge-checked where they are found, so a rumoured or planned deal gives neither an
event nor a relation.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from ..records import Event, Mention, Relation
from .event_context import FORMER_EMPLOYER, minority_stake
from .event_roles import LIST_GAP
from .patterns_en import CHAIR_EN, ROLE_EN, WORK_EN
from .hedges import DELISTED, ENDED_AFTER
from .relations import SYMMETRIC
from .templates import SIGNATURES, typed
from .titles import CHAIR_ZH, PRESENT_POST_ZH, ROLE_ZH, WORK_MODIFIER_ZH, WORK_ZH

# event type -> (subject role, object role, predicate)
EVENT_RELATIONS = {
    "Funding": ("investor", "investee", "investsIn"),
    "Acquisition": ("acquirer", "target", "acquires"),
    "Listing": ("company", "exchange", "listedOn"),
    "Partnership": ("partner", "partner", "partnerOf"),
    "Recall": ("organization", "product", "develops"),  # a carmaker recalls its own models
    "ProductLaunch": ("company", "product", "develops"),
}
# A launch's product that is a part or a venue of it: "推出基于昇腾芯片的…", "在FORCE原动力大会上发布",
# "powered by its Kirin processor"
_PART_BEFORE = re.compile(r"(?:基于|搭载|采用|接入|支持|配备|(?i:powered by|based on|built on|running|with) (?:its |the )?)$")
_VENUE_AFTER = re.compile(r"[\u4e00-\u9fffA-Za-z ]{0,6}?(?:大会|峰会|发布会|论坛|展会|博览会|(?i:conference|summit|expo|event)\b)")

_ALIAS_AFTER = re.compile(r"\s?[（(]([^（()）]{1,30})[）)]")


def _launched(ev: Event, subjects: list[Mention], objects: list[Mention], doc_text: str) -> tuple[list, list]:
    """The maker and the products of a launch that state who develops what: one company (a
    joint launch's second maker is the patterns'), and products that are no part or venue."""
    if len({s.text for s in subjects}) != 1 or not doc_text:
        return [], []
    alias = _ALIAS_AFTER.match(doc_text, subjects[0].end)  # "印度标准局(BIS)": the maker's own short name
    return subjects, [o for o in objects if not _PART_BEFORE.search(doc_text, max(0, o.start - 12), o.start)
                      and not _VENUE_AFTER.match(doc_text, o.end) and not (alias and alias.group(1) == o.text)]


# The post an appointment gives, named after the person: "任命曾学忠为集团高级副总裁",
# "聘任赵国庆为新任总经理", "被任命为联席首席执行官", "named X as its new chief executive"
_POST_AFTER = re.compile(
    r"(?i)^[^，。；,;]{0,6}?(?:为|担任|出任|接任|兼任|升任|\bas\b|\bto be\b|\bto\b)\s?(?:该|本|其|its |the |a |an )?"
    r"(?:集团公司|集团|公司|new |interim |next |新任|新一任|联席|co-)?\s?"
    rf"(?:(?P<ceo>{ROLE_ZH}|{ROLE_EN})|(?P<chair>{CHAIR_ZH}|{CHAIR_EN})|"
    rf"(?P<work>{WORK_MODIFIER_ZH}{WORK_ZH}|{WORK_EN}))")


_OWN_POST = re.compile(PRESENT_POST_ZH)
_SUCCEEDED = re.compile(r"(?:接替|接任|取代|替代|接棒|(?i:replac(?:es|ed|ing)|succeed(?:s|ed|ing)))\s?$")


def _appointed(ev: Event, doc_text: str) -> list[Relation]:
    """The post of an appointment, for each person named with it and the organization."""
    # ... not a former employer: "任命前辉瑞中国研发负责人周琳为首席医学官"
    orgs = [p.mention for p in ev.participants if p.role == "organization" and _in_sentence(p.mention, ev)
            and p.mention.type == "ORG" and not FORMER_EMPLOYER.search(doc_text, max(0, p.mention.start - 8),
                                                                         p.mention.start)]
    out = []
    for p in ev.participants:
        m = p.mention
        if p.role != "person" or not orgs or not _in_sentence(m, ev) or _SUCCEEDED.search(doc_text, max(0, m.start - 12), m.start):
            continue  # (not whom the appointed one succeeds: "卢伟冰接替雷军出任集团CEO")
        window = doc_text[m.end:min(m.end + 40, ev.evidence.sent_end)]
        at = window.find(orgs[0].text)
        if 0 < at < 16:  # "张三接替李四出任星河科技董事长": the organization named between the verb and the post
            window = window[:at] + re.sub(r"^的", "", window[at + len(orgs[0].text):])
        post = _POST_AFTER.match(window)
        if post and "该" in post.group(0) and _OWN_POST.fullmatch(doc_text, orgs[0].end, m.start):
            continue  # "新东方在线副总裁潘欣出任该公司CEO": 该公司 is another company than the person's own
        if post:
            predicate = "ceoOf" if post.group("ceo") else "chairOf" if post.group("chair") else "worksFor"
            out.append(Relation(m, predicate, orgs[0], replace(ev.evidence, extractor="event.Appointment")))
    return out


# "萝卜快跑先后与Uber和Lyft达成合作", "signed deals with Uber and Lyft": two partners listed after
# 与/with are partners of the subject, not of each other
_WITH_BEFORE = re.compile(r"(?:与|同|跟|(?<![A-Za-z])with\s)$")


# ... and so are those further on in the list ("与广汽丰田、东风日产和宝马等…达成合作")
_LONG_GAP = re.compile(r"^(?:\s?(?:、|，|,|和|及|与|以及|and)\s?[^、，,。；;和及与\n]{1,20}?)*?\s?(?:、|，|,|和|及|与|以及|,? and)\s?$")
_WITH_LIST_BEFORE = re.compile(r"(?:与|同|跟|(?<![A-Za-z])with\s)(?:[^、，,。；;和及与\n]{1,20}?\s?(?:、|，|,|和|及|,? and)\s?)*$")


def _listed_together(a: Mention, b: Mention, doc_text: str) -> bool:
    if not doc_text:
        return False
    a, b = sorted((a, b), key=lambda m: m.start)
    return bool(LIST_GAP.match(doc_text[a.end:b.start]) or _LONG_GAP.match(doc_text[a.end:b.start])) and bool(
        _WITH_LIST_BEFORE.search(doc_text[max(0, a.start - 60):a.start]))


def _in_sentence(m: Mention, ev: Event) -> bool:
    return ev.evidence.sent_start <= m.start and m.end <= ev.evidence.sent_end


def _key(subject: Mention, predicate: str, obj: Mention, sent_start: int) -> tuple:
    a, b = subject.text.casefold(), obj.text.casefold()
    if predicate in SYMMETRIC:
        a, b = min(a, b), max(a, b)
    return a, predicate, b, sent_start


def relations_from_events(events: Iterable[Event], relations: Iterable[Relation],
                          doc_text: str = "") -> list[Relation]:
    """The relations the events state that ``relations`` (the patterns' own) do not hold yet."""
    seen = {_key(r.subject, r.predicate, r.object, r.evidence.sent_start) for r in relations}
    out = []

    def add(r: Relation) -> None:
        key = _key(r.subject, r.predicate, r.object, r.evidence.sent_start)
        if key not in seen and key[0] != key[2] and not (r.predicate == "partnerOf" and (
                r.subject.text in r.object.text or r.object.text in r.subject.text)):  # 联想集团 / 联想
            seen.add(key)
            out.append(r)

    for ev in events:
        if ev.type == "Appointment" and doc_text:
            for r in _appointed(ev, doc_text):
                add(r)
        if ev.type not in EVENT_RELATIONS or (doc_text and ENDED_AFTER.match(doc_text, ev.evidence.end,
                                                                              ev.evidence.sent_end)):
            continue  # "…签署的合作协议已于2025年底宣告结束": an event, and no standing relation
        if ev.type == "Listing" and doc_text and DELISTED.search(doc_text, ev.evidence.end, ev.evidence.sent_end):
            continue  # "…在纳斯达克上市，…2020年被勒令退市": a listing that ended
        s_role, o_role, predicate = EVENT_RELATIONS[ev.type]
        if ev.type == "Acquisition" and minority_stake(ev):
            predicate = "investsIn"
        s_types, o_types = SIGNATURES[predicate]
        subjects = [p.mention for p in ev.participants if p.role == s_role and _in_sentence(p.mention, ev)
                    and typed(p.mention, s_types, predicate, "s")
                    and not (ev.type in ("Recall", "ProductLaunch") and p.mention.kind in ("government", "organization", "university"))]
        objects = [p.mention for p in ev.participants if p.role == o_role and _in_sentence(p.mention, ev)
                   and typed(p.mention, o_types, predicate, "o")]
        if ev.type == "ProductLaunch":
            subjects, objects = _launched(ev, subjects, objects, doc_text)
        for s in subjects:
            for o in objects:
                if s.span != o.span and not (ev.type == "Partnership" and _listed_together(s, o, doc_text)):
                    add(Relation(s, predicate, o, replace(ev.evidence, extractor=f"event.{ev.type}")))
    return out
