"""Pronouns that stand for an organization: Chinese 其, 该公司, a clause's bare 公司 and a filing's 公司; English "The
company" (or startup, firm, carmaker…) opening a sentence, and "it" opening it or its main clause
before what only a company does ("It also launched …", "On Tuesday, it raised …").

"小米集团发布财报，其创始人雷军表示…" names 小米集团's founder; "礼来提交了申请。同日，其竞争对手诺和诺德…"
names 礼来's rival. The relation patterns read such a pronoun as a slot of its antecedent's type
(:func:`anaphors` gives a stand-in mention at the pronoun's offsets), and a relation found through
it is stated of the antecedent itself (:func:`resolve`).

The antecedent is the topic the sentence starts with: the first name of the sentence when it is
an organization and no other organization comes between it and the pronoun, or, where the
sentence names none before the pronoun, the first name of the sentence before it in the same
paragraph. Anything less sure (two organizations before the pronoun) is left alone. An English
sentence that opens with "The company" stands for the first name of the sentence before it, in the
same paragraph, when that is an organization ("Xiaomi held an event on Thursday. The company
unveiled the Xiaomi 17 Ultra.").
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..records import Mention, Segment

# 其 as "its" before a noun, not in 其中/其他/其实/其余/尤其/极其/与其/及其/其次/其间
# ... and a bare 公司 opening a clause: "汉朔科技宣布，公司与沃尔玛续签了全球供货协议"
PRONOUN = re.compile(r"(?<![尤极与及])其(?![中他它实余次间])|该(?:公司|集团|企业|品牌)|"
                     r"(?<=[，,：:。！？\n])\s?公司(?=与|和|同|将|已|正式|宣布|近日|于|在|还|也|并|此前|目前|曾)")


_BRAND_BEFORE = re.compile(r"(?:旗下|品牌|产品|商标)[“「\"]?$")


# What only a company does right after "it"
_COMPANY_VERB_EN = (r"(?= (?:also |has |had |then |later |now |recently |officially )*(?:launched|unveiled|released|"
                    r"introduced|raised|acquired|bought|signed|partnered|reported|posted|hired|named|appointed|debuted|"
                    r"invested|open-sourced|rolled out|agreed)\b)")
# "The company unveiled …", "The startup's chief executive, …": an English sentence's subject
PRONOUN_EN = re.compile(r"\s*[\"“]?(?P<p>(?:The|the) (?:company|startup|start-up|firm|group|carmaker|automaker|chipmaker|"
                        r"lab|retailer|developer|maker|lender|insurer|conglomerate)(?=\b)|"
                        # "It also launched …", "At the event, it unveiled …": "it" doing what a company does
                        r"It" + _COMPANY_VERB_EN + r")|\s*(?:At|On|During|In|Later|Last|This|Earlier)\b[^,.;\x01]{0,40}, (?P<q>it)"
                        + _COMPANY_VERB_EN)


# ... and the company a stake is in: "Amazon.com and Alphabet's Google have invested billions of dollars in the startup"
_INVESTED_IN_EN = re.compile(r"\b(?:invested|invests|investing|has invested|have invested|stakes?)\b[^.;\x01]{0,50}? in (?P<p>the "
                             r"(?:company|startup|start-up|firm|group|lab))\b")
# ... a sentence whose subject is a noun no name stands for, an aside after it
_UNNAMED_SUBJECT_EN = re.compile(r"\s*[\"“]?(?:The|A|An|Its|This|That)\b[^,.;]{0,60}, ")


def _first_name(mentions: list[Mention], seg: Segment) -> Optional[Mention]:
    return min((m for m in mentions if seg.start <= m.start and m.end <= seg.end),
               key=lambda m: m.start, default=None)


def _same_paragraph(doc_text: str, prev: Segment, seg: Segment) -> bool:
    between = doc_text[prev.end:seg.start]
    last = doc_text[prev.start:prev.end].rstrip()[-1:]
    return "\n" not in between and prev.lang == seg.lang and last != "" and last in "。！？!?."


# A filing names its filer "公司" once ("浙江天禾精密机械股份有限公司（以下简称“公司”或“天禾精机”）"); from then
# on a bare 公司 or 本公司 is the filer: "聘任王磊先生为公司总经理", "公司董事会", "持有的公司股份"
_FILER = re.compile(r"[（(](?:以下|下文)?(?:简称|下称)[“\"「]公司[”\"」]")
_FILER_WORD = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[为任在与和及由向对将被从的本]))(?<!该)公司(?!法|章程|债券)")


def filer(doc_text: str, mentions: list[Mention]) -> tuple[Optional[Mention], int]:
    """The organization a filing calls 公司, and where it does so (once per document: pass it to
    :func:`anaphors`)."""
    m = _FILER.search(doc_text)
    if m is None:
        return None, -1
    head = next((x for x in mentions if x.end == m.start() and x.type == "ORG"), None)
    return head, m.end()


def anaphors(doc_text: str, seg: Segment, prev: Optional[Segment],
             mentions: list[Mention], filed_by: tuple[Optional[Mention], int] = (None, -1)) -> dict[Mention, Mention]:
    """Stand-in mentions for the organization pronouns of the Chinese sentence ``seg``, each
    mapped to its antecedent (a mention of ``seg`` or of ``prev``, the sentence before it);
    ``filed_by`` is the document's :func:`filer`."""
    if seg.lang == "en":
        return _english(doc_text, seg, prev, mentions)
    if seg.lang != "zh":
        return {}
    out = {}
    head, since = filed_by
    if head is not None:
        for p in _FILER_WORD.finditer(doc_text, max(seg.start, since), seg.end):
            if not any(m.start <= p.start() < m.end for m in mentions):
                out[replace(head, start=p.start(), end=p.end(), source="anaphor")] = head
        if out:
            return out
    for p in PRONOUN.finditer(doc_text, seg.start, seg.end):
        if any(m.start <= p.start() < m.end for m in mentions):
            continue  # inside a name
        before = [m for m in mentions if seg.start <= m.start and m.end <= p.start()]
        orgs = [m for m in before if m.type == "ORG"]
        parties = [m for m in orgs if m.kind not in ("exchange", "government")]
        # (not a brand named as one: "旗下品牌“六个核桃”也成为…，公司于2018年…上市")
        firms = [m for m in parties if not _BRAND_BEFORE.search(doc_text, max(seg.start, m.start - 6), m.start)]
        if p.group(0).strip() == "公司" and firms:  # the company that announced: "登陆创业板的汉朔科技宣布，公司…"
            parties = firms
            antecedent = parties[-1]
            if len(parties) > 1 and doc_text[antecedent.start - 1:antecedent.start] in "（(" and \
                    parties[-2].end == antecedent.start - 1:
                antecedent = parties[-2]  # the name, not its alias in brackets: "汉朔科技（Hanshow）"
        elif before:
            first = min(before, key=lambda m: m.start)
            if first.type != "ORG" or len({m.text for m in orgs}) > 1:
                continue
            antecedent = first
        elif prev is not None and _same_paragraph(doc_text, prev, seg):
            antecedent = _first_name(mentions, prev)
            if antecedent is None or antecedent.type != "ORG":
                continue
        else:
            continue
        if antecedent.kind in ("exchange", "government"):
            continue
        stand_in = replace(antecedent, start=p.start(), end=p.end(), source="anaphor")
        out[stand_in] = antecedent
    return out


def _english(doc_text: str, seg: Segment, prev: Optional[Segment], mentions: list[Mention]) -> dict[Mention, Mention]:
    p = PRONOUN_EN.match(doc_text, seg.start, seg.end) or _INVESTED_IN_EN.search(doc_text, seg.start, seg.end)
    if not p or prev is None or not _same_paragraph(doc_text, prev, seg):
        return {}
    antecedent = _first_name(mentions, prev)
    if antecedent is None or antecedent.type != "ORG" or antecedent.kind in ("exchange", "government"):
        return {}
    if _UNNAMED_SUBJECT_EN.match(doc_text[prev.start:antecedent.start]):
        return {}  # "The Beijing-based company, spun out of Tsinghua University, …": the first name is in an aside
    a, b = next(p.span(g) for g in ("p", "q") if p.groupdict().get(g))
    return {replace(antecedent, start=a, end=b, source="anaphor"): antecedent}


def resolve(m: Mention, stand_ins: dict[Mention, Mention]) -> Mention:
    """The antecedent of a stand-in, or ``m`` itself."""
    return stand_ins.get(m, m)
