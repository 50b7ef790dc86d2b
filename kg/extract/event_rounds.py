"""A funding round's investors named in the sentence after it.

News names a round and its backers in two sentences: "Moonshot AI raised $500 million in a Series C
round. The round was led by IDG Capital, with participation from Tencent and Alibaba."; "月之暗面完成
5亿美元C轮融资。本轮融资由IDG资本领投，腾讯、阿里巴巴跟投。" The second sentence speaks of the round
before (the round, 本轮, investors include …) and names no company that raises; its investors are
the first round's. The event keeps the first sentence as its evidence (each participant keeps its own
offsets), so no relation is read across the two sentences: a relation is what one sentence states.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Event, Participant
from .event_roles import list_run

# The sentence speaks of the round before ...
ROUND_BACK = re.compile(r"(?i)\b(?:the|this|that) (?:round|funding round|financing round|financing|funding|raise|"
                        r"investment round)\b|\bparticipation from\b|^\W*(?:other |existing |new )?"
                        r"(?:investors|backers|participants)\b|本轮|该轮|此轮|本次融资|这轮融资|"
                        r"^\W*(?:其他|其余|老股东|新)?(?:投资方|投资人|投资机构|参投方|投资者)")
# ... and says who invested in it
INVESTED = re.compile(r"(?i)\b(?:led|co-led|participat\w*|joined|invested|backers?|investors (?:include|included|were|are))\b|"
                      r"领投|跟投|参投|参与|投资方|投资人|投资机构|出资")
# Where no trigger of its own names them, a list of investors: "Investors include A, B and C",
# "with participation from A and B", "投资方包括A、B和C"
INVESTOR_LIST = re.compile(r"(?i)\b(?:investors|backers|participants)(?: in the round)? (?:include|included|were|are)\b:?|"
                           r"\bparticipation from\b|\b(?:co-)?led (?:jointly )?by\b|(?:投资方|投资人|投资机构|参投方|投资者)(?:包括|为|有|还有)[：:]?")


def _investee(ev: Event):
    return next((p.mention for p in ev.participants if p.role == "investee"), None)


def round_followups(events: list[Event], doc_text: str, parsed, mentions, label) -> list[Event]:
    """``events`` with the investors a round's next sentence names joined to that round, and the
    investor-only event of that sentence dropped; ``label(etype, lang, participants, date)``."""
    out = list(events)
    for prev, ps in zip(parsed, parsed[1:]):
        s1, s2 = prev.segment, ps.segment
        sentence = doc_text[s2.start:s2.end]
        if doc_text.count("\n", s1.end, s2.start) > 1 or not (ROUND_BACK.search(sentence) and INVESTED.search(sentence)):
            continue  # another paragraph, or no word of the round before and its investors
        first = next((i for i in reversed(range(len(out))) if out[i].type == "Funding"
                      and out[i].evidence.sent_start == s1.start and _investee(out[i]) is not None), None)
        own = [i for i, ev in enumerate(out) if ev.type == "Funding" and ev.evidence.sent_start == s2.start]
        if first is None or any(_investee(out[i]) is not None for i in own):
            continue
        ev = out[first]
        investee = _investee(ev)
        if own:
            named = [p.mention for i in own for p in out[i].participants if p.role == "investor"]
        else:
            named = _listed_investors(doc_text, sentence, s2, mentions)
        have = {p.mention.text for p in ev.participants}
        added = []
        for m in named:
            if m.text != investee.text and m.text not in have:
                have.add(m.text)
                added.append(Participant("investor", m))
        if not added:
            continue
        later = [out[i] for i in own]
        participants = list(ev.participants) + added
        date = ev.date or next((x.date for x in later if x.date), None)
        amounts = ev.amounts or next((x.amounts for x in later if x.amounts), ())
        out[first] = replace(ev, participants=tuple(participants), date=date, amounts=amounts,
                             label=label("Funding", ev.lang, participants, date))
        out = [x for i, x in enumerate(out) if i not in own]
    return out


def _listed_investors(doc_text: str, sentence: str, seg, mentions) -> list:
    """The organizations listed right after "investors include", "led by" and the like in ``seg``."""
    found = []
    for m in INVESTOR_LIST.finditer(sentence):
        orgs = [x for x in mentions if x.type == "ORG" and seg.start + m.end() <= x.start and x.end <= seg.end]
        if not orgs or doc_text[seg.start + m.end():orgs[0].start].strip():
            continue
        end = list_run(orgs[0], orgs, doc_text)[1]  # the list it opens (an alias in brackets is no other investor)
        listed = [x for x in orgs if x.end <= end and doc_text[x.start - 1:x.start] not in ("（", "(")]
        found += [x for x in listed if x.kind not in ("exchange", "government") and x not in found]
    return found
