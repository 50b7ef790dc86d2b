"""Events that relations state.

A relation pattern often reads a deal the event triggers miss: "获腾讯投资", "成立合资公司",
"announced a new partnership".  Each investsIn, acquires or partnerOf relation of a sentence
gives its roles to the sentence's event of that type, or becomes an event itself unless it
states a standing relation ("X是Y的合作伙伴", "X-backed Y", a stake held) or a plan.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Event, Participant
from .event_build import event_label, make_event, moved_amounts
from .event_context import AGREED, FUTURE, minority_stake

# A relation that is an event too: predicate -> (event type, subject role, object role)
RELATION_EVENTS = {"investsIn": ("Funding", "investor", "investee"),
                   "acquires": ("Acquisition", "acquirer", "target"),
                   "partnerOf": ("Partnership", "partner", "partner")}
# ... except where the pattern states a standing relation, not something that happened
# ("X是Y的合作伙伴", "X is working with Y")
_STANDING = {"pattern.zh.partner.gov", "pattern.zh.partner.gov2", "pattern.zh.partner.2", "pattern.zh.partner.7", "pattern.zh.partner.11", "pattern.en.partner.12",
             "pattern.en.partner.12b", "pattern.en.partner.12c", "pattern.en.partner.14", "pattern.en.partner.5", "pattern.en.partner.10",
             "pattern.zh.invest.5", "pattern.en.invest.4", "pattern.en.invest.5", "pattern.en.invest.7",  # "腾讯投资的X", "X-backed Y"
             "pattern.en.invest.13",  # "X, the lab founded by A and backed by his hedge fund Y"
             "pattern.en.partner.incl", "pattern.en.partner.jvof",  # "partners including A and B", "X's joint venture with Y"
             "pattern.en.invest.11", "pattern.en.invest.14", "pattern.en.invest.15",  # "the Nvidia- and SoftBank-backed startup"
             "pattern.zh.invest.10", "pattern.zh.invest.12",  # "A和B均为X的股东", "都曾参与X的融资"
             "pattern.zh.invest.13", "pattern.zh.invest.18", "pattern.zh.invest.19", "pattern.en.invest.18", "pattern.en.invest.19",
             "pattern.zh.invest.15", "pattern.zh.invest.16", "pattern.en.invest.21", "pattern.en.invest.22", "pattern.en.invest.23",  # "X的股东包括", "an early backer of"
             "pattern.en.invest.backed",  # "X, which is backed by Y"
             "pattern.en.invest.backersof", "pattern.en.invest.disclosed",  # "early backers of X include Y", "disclosed a stake in"
             "pattern.en.partner.workson", "pattern.en.partner.runjv", "pattern.zh.invest.jv",  # "works with Y on", "has run a joint venture with Y"
             "pattern.zh.invest.venture", "pattern.zh.invest.as",  # a joint venture's parents (its founding is a partnership), "作为X的控股股东"
             "pattern.en.partner.supplier", "pattern.en.partner.makes",  # "X, which builds servers for Y", "X makes Y's chips"
             "pattern.en.partner.jointly",  # "X jointly released P with Y": the launch is the event
             "pattern.zh.partner.list", "pattern.zh.partner.clients"}  # "进入X的供应商名单", "其前两大客户为X和Y"
# ... or a stake held or raised on the market: "微软持有OpenAI约27%的股份", "摩根大通增持比亚迪H股", "Microsoft, which holds a stake of about 27% in OpenAI"
_HOLDS = re.compile(r"(?i)持有|持股|获得过|增持|买入|举牌|\bhold(?:s|ing)?\b|\bowns?\b")


def stated_by_relations(found: list[Event], doc_text: str, seg, dates, relations) -> list[Event]:
    """The sentence's events, with the roles its relations state ("智谱完成由阿里巴巴领投的融资":
    阿里巴巴 invests, 智谱 raises), and an event for a relation no trigger found ("获腾讯投资",
    "成立合资公司", "announced a new partnership")."""
    out = list(found)
    for etype, whole in _by_event_type(relations).items():
        for k, group in enumerate(_deals(whole)):  # (deals that share no party are two: "A入股B、C入股D")
            _, s_role, o_role = RELATION_EVENTS[group[0].predicate]
            participants = []
            for r in group:
                for role, m in ((s_role, r.subject), (o_role, r.object)):
                    if all(p.mention.span != m.span and (p.role, p.mention.text) != (role, m.text) for p in participants):
                        participants.append(Participant(role, m))
            names = {p.mention.text for p in participants}
            same = [i for i, ev in enumerate(out) if ev.type == etype and i < len(found) and (
                k == 0 or names & {p.mention.text for p in ev.participants})]
            if same:
                ev = out[same[0]]
                # the trigger's own investors and partners stay beside the relations' ("老股东淡马锡追加投资")
                # (each party once: the relation may read another mention of the same name, "安靠则…与台积电展开合作：…台积电与安靠签署")
                others = [p for p in ev.participants if p.role not in (s_role, o_role) or (
                    p.role == s_role and etype in ("Funding", "Partnership")
                    and all(q.mention.span != p.mention.span and (q.role, q.mention.text) != (p.role, p.mention.text)
                            for q in participants))]
                out[same[0]] = replace(ev, participants=tuple(participants + others),
                                       label=event_label(etype, ev.lang, participants + others, ev.date))
                continue
            r = next((r for r in group if r.evidence.extractor not in _STANDING
                      and not _HOLDS.search(doc_text, r.evidence.start, r.evidence.end)), None)
            if etype == "Partnership" and r is not None and not dates and not AGREED.search(
                    doc_text, r.evidence.start, min(r.evidence.sent_end, r.evidence.end + 4)):  # "合作推出"
                continue  # "通富微电与AMD的合作已延续多年": a standing partnership
            if r is None or FUTURE.search(doc_text, max(seg.start, r.evidence.start - 10), r.evidence.end):
                continue
            # (a relation told through a pronoun in a later sentence has none of this sentence's dates)
            own = dates if r.evidence.sent_end <= seg.end else []
            out.append(make_event(etype, doc_text, seg, r.evidence.start, r.evidence.end, own, participants,
                              moved_amounts(doc_text, seg), f"relation.{r.predicate}", r.evidence.confidence))
    return out


def _deals(group: list) -> list[list]:
    """The relations of one event type in a sentence, in groups that share a party, the first first."""
    comps: list[tuple[set, list]] = []
    for r in group:
        names = {r.subject.text, r.object.text}
        hit = [c for c in comps if c[0] & names]
        comps = [c for c in comps if c not in hit] + [(names.union(*(c[0] for c in hit)), [x for c in hit for x in c[1]] + [r])]
    return [c[1] for c in sorted(comps, key=lambda c: min(x.evidence.start for x in c[1]))]


_AS_FUNDING = {"acquirer": "investor", "target": "investee"}


def stakes_bought(events: list[Event]) -> list[Event]:
    """In English news a minority stake bought ("acquired a 2.5% stake in") is a Funding, not an
    Acquisition: the sentence's Funding stands for it, or the acquisition becomes one.  (Chinese
    news calls 收购…29%股份 an acquisition, and so does the development gold.)"""
    stakes = {id(e) for e in events if e.type == "Acquisition" and e.lang == "en" and minority_stake(e)}
    if not stakes:
        return events
    funded = any(e.type == "Funding" for e in events)
    out = []
    for e in events:
        if id(e) in stakes:
            if funded:
                continue
            participants = [replace(p, role=_AS_FUNDING.get(p.role, p.role)) for p in e.participants]
            e = replace(e, type="Funding", participants=tuple(participants),
                        label=event_label("Funding", e.lang, participants, e.date))
        out.append(e)
    return out


def _by_event_type(relations) -> dict:
    groups: dict = {}
    for r in relations:
        if r.predicate in RELATION_EVENTS:
            groups.setdefault(RELATION_EVENTS[r.predicate][0], []).append(r)
    return groups
