"""Typed-slot patterns over a sentence whose mentions are replaced by placeholders.

A sentence "智谱董事长刘德兵" becomes "\x01ORG:0\x02董事长\x01PERSON:1\x02"; a pattern
written as ``{ORG:s}董事长{PERSON:o}`` is compiled into a regex whose groups
capture mention indexes.  Patterns thus work over entity types from the NER
stage plus the words between them, in either language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Mention

# Subject and object types each predicate allows (kind "exchange" for listedOn objects).
SIGNATURES = {
    "ceoOf": ("PERSON", "ORG"), "chairOf": ("PERSON", "ORG"), "founderOf": ("PERSON", "ORG"),
    "worksFor": ("PERSON", "ORG"), "subsidiaryOf": ("ORG", "ORG"), "develops": ("ORG", "PRODUCT"),
    "investsIn": ("ORG|PERSON", "ORG"), "acquires": ("ORG", "ORG"), "partnerOf": ("ORG", "ORG"),
    "competesWith": ("ORG", "ORG"), "listedOn": ("ORG", "ORG"),
}


def typed(m: Mention, allowed: str, predicate: str, role: str) -> bool:
    """``m`` has a type ``allowed`` ("ORG|PERSON") as the subject (``role`` "s") or object ("o") of
    ``predicate``: an exchange is the object of listedOn, or the employer of its officers
    ("Bonnie Chan, chief executive of HKEX"), and never anything else; a government body is no one's
    rival."""
    if m.type not in allowed.split("|"):
        return False
    if predicate == "competesWith" and m.kind == "government":
        return False
    if predicate == "listedOn":  # (a regulator lists no shares: "获中国证监会注册批复，…在北交所上市")
        return (m.kind == "exchange") == (role == "o") and m.kind != "government"
    return m.kind != "exchange" or (role == "o" and predicate in ("ceoOf", "chairOf", "worksFor"))


# A parent named with its unit: "华为旗下哈勃", "科伦博泰是科伦药业的控股子公司", "育碧新成立的子公司"
# (the event roles pass over the parent, and a deal's pattern goes on to the unit named after it)
PARENT_AFTER_ZH = r"旗下的?|(?:的|新?成立的|新设立?的?)?(?:控股|全资)?子公司"


# A listed name that makes a deal of its own ends the list: "腾讯入股鸣鸣很忙、顺为资本认购石头科技", "Stellantis入股零跑汽车、
# 大众汽车集团入股小鹏汽车" (the relation patterns and the event roles both stop there)
OWN_DEAL_AFTER_ZH = re.compile(r"(?:则|也|还|已|又)?(?:入股|认购|收购|投资|并购|领投|控股|持有|增持)")


# Names set against each other are rivals ("A vs B"), but not figures set side by side:
# "A vs B market cap comparison", "A vs B股价"
VS_FIGURES = r"(?!\x01ORG:\d+\x02(?:[\s的]{0,2}(?:市值|股价|估值|营收|收入|利润|market cap|share price|stock|valuation|revenue)))"


_SLOT = re.compile(r"\{(ORG|PERSON|PRODUCT|EXCHANGE|ANY):(\w+)\}")


@dataclass(frozen=True)
class Templated:
    text: str  # the sentence with placeholders
    mentions: tuple[Mention, ...]
    offsets: tuple[int, ...]  # templated position -> document offset (len(text)+1 entries)


_SPACED_EMPHASIS = re.compile(r"\* [\u4e00-\u9fff]|[\u4e00-\u9fff] \*")


def _gap(doc_text: str, a: int, b: int, parts: list, offsets: list) -> None:
    """The text between mentions, without Markdown emphasis: "快手旗下的**可灵AI**" reads as
    "快手旗下的可灵AI" to the patterns; offsets still point into the document."""
    gap = doc_text[a:b]
    if "*" not in gap:
        parts.append(gap)
        offsets.extend(range(a, b))
        return
    # (and a space between the emphasis and a Chinese word: "**中国科学院** 与**国家航天局**")
    keep = [i for i in range(a, b) if doc_text[i] != "*" and not (doc_text[i] == " " and _SPACED_EMPHASIS.fullmatch(
        doc_text[max(0, i - 1):i + 2]))]
    parts.append("".join(doc_text[i] for i in keep))
    offsets.extend(keep)


def templatize(doc_text: str, start: int, end: int, mentions: list[Mention]) -> Templated:
    parts, offsets, ms = [], [], []
    pos = start
    for m in sorted((m for m in mentions if start <= m.start and m.end <= end),
                    key=lambda m: m.start):
        if m.start < pos:
            continue
        _gap(doc_text, pos, m.start, parts, offsets)
        type_ = "EXCHANGE" if m.kind == "exchange" else m.type
        token = f"\x01{type_}:{len(ms)}\x02"
        parts.append(token)
        offsets.extend([m.start] * (len(token) - 1) + [m.end - 1])
        ms.append(m)
        pos = m.end
    _gap(doc_text, pos, end, parts, offsets)
    offsets.append(end)
    return Templated("".join(parts), tuple(ms), tuple(offsets))


def compile_pattern(pattern: str) -> re.Pattern:
    """``{ORG:s}`` -> a named group capturing the mention index of an ORG slot."""
    def slot(m: re.Match) -> str:
        type_, name = m.group(1), m.group(2)
        types = {"ANY": "[A-Z]+", "ORG": "(?:ORG|EXCHANGE)"}.get(type_, type_)
        return f"\x01{types}:(?P<{name}>\\d+)\x02"
    return re.compile(_SLOT.sub(slot, pattern))


def doc_span(t: Templated, a: int, b: int) -> tuple[int, int]:
    """Document offsets of the templated stretch [a, b)."""
    return t.offsets[a], t.offsets[b - 1] + 1 if b > a else t.offsets[a]


# "拼多多旗下跨境电商平台Temu与SHEIN的竞争": the name after 与 is Temu's rival, not a second member
_PAIRED = re.compile(r"的?(?:竞争|较量|对决|之争|博弈|差距|对比|比较)")
_CLAUSE_SUBJECT = re.compile(r" (?:both|each|all|also|together) ")


def slot_end(t: Templated, index: int) -> int:
    """Where the slot ``index`` ends in the templated text."""
    return t.text.index(f":{index}\x02") + len(f":{index}\x02")


def list_members(t: Templated, index: int, joiners: str, skip: str = "", paired: bool = True) -> list[int]:
    """The slot ``index`` and the same-typed slots listed after it ("A、B和C", "A, B and C");
    ``skip`` matches what may follow a member before the joiner (a product after its maker);
    ``paired``: a name before 的竞争 is the one before's rival, not a member (unless the list is
    what competition comes from: "面临来自A和B的竞争")."""
    found = [index]
    token_re = re.compile(rf"(?:{skip})?(?:{joiners})\x01([A-Z]+):(\d+)\x02")
    pos = slot_end(t, index)
    first_type = t.mentions[index].type
    while True:
        m = token_re.match(t.text, pos)
        if not m or t.mentions[int(m.group(2))].type != first_type or (paired and _PAIRED.match(t.text, m.end())) or (
                _CLAUSE_SUBJECT.match(t.text, m.end())):
            return found  # (not "…, and WeRide both listed": a subject of the clause after an aside)
        found.append(int(m.group(2)))
        pos = m.end()


_ALIAS_BEFORE = re.compile(r"\x01([A-Z]+):(\d+)\x02\s?[（(]$")


_OBJECT_OF = re.compile(r"(?i)\b(?:by|of|with|from|to|for) $")


def list_before(t: Templated, index: int, joiners: str) -> list[int]:
    """The same-typed slots listed before the slot ``index`` ("A、B" before "B和C"), in order;
    a name's alias in brackets is passed over ("小马智行（Pony.ai）和文远知行": 小马智行)."""
    found = []
    token_re = re.compile(rf"\x01([A-Z]+):(\d+)\x02(\s?[）)])?(?:{joiners})$")
    end = t.text.index(f":{index}\x02")
    end = t.text.rindex("\x01", 0, end)
    first_type = t.mentions[index].type
    while True:
        m = token_re.search(t.text, 0, end)
        if m and m.group(3):  # a closing bracket: the slot is an alias, the name stands before it
            m = _ALIAS_BEFORE.search(t.text, 0, m.start()) or m
        if not m or t.mentions[int(m.group(2))].type != first_type or _OBJECT_OF.search(t.text, 0, m.start()):
            return found[::-1]  # (not the object of a preposition: "Pony.ai, which is backed by Toyota, and WeRide")
        found.append(int(m.group(2)))
        end = m.start()
