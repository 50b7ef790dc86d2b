"""Aliases the text states, and one type per name.

"Onvo (乐道)", "X（下称“Y”）": the two sides of a stated alias are linked (``AliasLink``)
and share the surer type; a NER label yields to a lexicon or rule label of the same name
elsewhere in the document; organization head nouns and suffixes beat a NER PERSON label.
The links are rebuilt (:func:`relink`) whenever the mentions they point at are replaced.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from ..records import AliasLink, Document, Evidence, Mention, ParsedSegment
from ..segment import is_han, script_of, span_mask, url_mask
from .markets import is_market
from .en_names import short_form
from .titles import ANY_TITLE_ZH

MODELS = ("ner", "lac")  # statistical labels: the spaCy NER, and Baidu LAC beside it (kg.nlp.lac)
_PAREN = re.compile(r"\s?[(（]([^()（）\n]{1,40})[)）]")
# A former name: "Dola（原Cici）", "X（原名Y）", "X (formerly Y)"; a bare 原 only before a Latin
# name (原定于, 原因 are words)
_FORMERLY_ZH = r"(?:原名|曾用名|原(?=[A-Za-z]))"
_FORMERLY = re.compile(rf"^(?:{_FORMERLY_ZH}|formerly (?:known as )?)(?=[A-Za-z\u4e00-\u9fff])")
_NAMED_AS = re.compile(r"[(（]?(?:以下|下文)?(?:简称|下称|简称为)[“\"「]([^”\"」]{1,20})[”\"」]")
# ... each of several: "（以下简称“公司”或“蓉新电力”）", where a filing's generic words are no names
_NAMED_AS_MORE = re.compile(r"(?:或|、|和|及)[“\"「]([^”\"」]{1,20})[”\"」]")
_GENERIC_ALIAS_ZH = {"公司", "本公司", "该公司", "上市公司", "标的公司", "目标公司", "发行人", "甲方", "乙方", "丙方", "本行", "本集团",
                     "集团", "合资公司", "交易对方", "转让方", "受让方", "出让方", "控股股东", "本企业", "企业"}


def stated_aliases(doc: Document, parsed: list[ParsedSegment], mentions: list[Mention]):
    """Aliases the text states: "Onvo (乐道)", "乐道（Onvo）", "X（下称“Y”）".

    Returns new mentions for the alias side and the links between both sides.
    """
    text = doc.text
    by_end = {m.end: m for m in mentions}
    starts = {m.start: m for m in mentions}
    new, links = [], []
    for ps in parsed:
        seg = ps.segment
        for rx in (_PAREN, _NAMED_AS):
            for match in rx.finditer(text, seg.start, seg.end):
                head = by_end.get(match.start())
                if head is None or head.type not in ("ORG", "PERSON", "PRODUCT"):
                    continue
                spans, more = [match.span(1)], match
                while rx is _NAMED_AS and (more := _NAMED_AS_MORE.match(text, more.end(), seg.end)):
                    spans.append(more.span(1))
                for a, b in spans:
                    if text[a:b].strip() not in _GENERIC_ALIAS_ZH:
                        _add_alias(doc, seg, text, rx, head, a, b, starts, new, links)
    return new, links


def _add_alias(doc, seg, text, rx, head, a, b, starts, new, links) -> None:
    """Link ``head`` with the alias at ``text[a:b]`` (a new mention unless one starts there)."""
    alias = text[a:b].strip()
    # "Dola（原Cici）": a former name is an alias too (a person's "原CEO" is a post)
    formerly = _FORMERLY.match(alias) if head.type != "PERSON" else None
    if formerly:
        alias = alias[formerly.end():]
    a = text.index(alias, a)
    b = a + len(alias)
    if (not alias or any(ch in alias for ch in ":：,，;；")
            or not (alias[0].isalpha() or is_han(alias[0]))
            or re.search(r"\d{4}|^[A-Z]\d$", alias)):
        return
    if formerly and len(alias) < 2:
        return
    if rx is _PAREN and script_of(alias) == script_of(head.text) and not (alias.isupper() or formerly):
        return  # same-script parentheses are usually remarks, not names
    if rx is _PAREN and re.search(rf"(?:{ANY_TITLE_ZH})$", alias):
        return  # "王小明（星河科技创始人兼CEO）": a post, not a name
    other = starts.get(a)
    if other is None:
        other = Mention(doc.id, a, b, alias, head.type, script_of(alias), "alias", head.kind)
        new.append(other)
    ev = Evidence.in_segment(text, seg, head.start, b,
                             "alias.parenthetical" if rx is _PAREN else "alias.named_as", 0.9)
    links.append(AliasLink(head, other, ev))


# Head nouns of English organization names: "Grand View Research", "McKinsey & Company".
_ORG_HEAD = re.compile(
    r"(?:^|\s)(?:Research|Economics|Company|Group|Capital|Partners|Labs?|Institute|University|Foundation|"
    r"Bank|Securities|Holdings|Inc\.?|Corp\.?|Ltd\.?|Media|News|Network|Studios?|Games|Motors|"
    r"Technologies|Systems|Software|Ventures|Consulting|Agency|Association|Council|Commission)$")


# ... and of Chinese ones: "克丽缇娜集团" is no person
_ORG_SUFFIX_ZH = re.compile(r"(?:集团|公司|银行|大学|学院|协会|委员会|研究院|研究所|医院|基金会|交易所|智库|研究中心|"
                            r"实验室|商会|联合会|俱乐部|事务所|出版社|电视台|报社)$")


def _retype(m: Mention, type_: str) -> Mention:
    return replace(m, type=type_, kind=None)


def relink(links: Iterable[AliasLink], by_span: dict) -> list[AliasLink]:
    """Alias links pointing at the mentions of ``by_span`` (span -> mention) that replaced theirs."""
    return [replace(l, a=by_span.get(l.a.span, l.a), b=by_span.get(l.b.span, l.b)) for l in links]


def aligned_types(mentions: list[Mention], links: list[AliasLink]):
    """One type for both sides of a stated alias, and organization head nouns over a NER
    PERSON label: "卡巴斯基（Kaspersky）" gets the type of the side that is surer (a lexicon,
    rule or head-noun type over a NER label; the Chinese model's label of a Chinese name over
    its label of a Latin one), "Grand View Research" and "克丽缇娜集团" are organizations (the
    Chinese one even where the NER called it a product)."""
    by_span = {}
    for m in mentions:
        if m.source in (*MODELS, "alias") and (
                (m.type == "PERSON" and m.text.isascii() and _ORG_HEAD.search(m.text)) or (
                    m.type in ("PERSON", "PRODUCT") and _ORG_SUFFIX_ZH.search(m.text))):
            m = _retype(m, "ORG")
        by_span[m.span] = m

    def sure(m: Mention) -> int:
        return 2 if m.source not in (*MODELS, "alias") or (m.type == "ORG" and _ORG_HEAD.search(m.text)) else (
            1 if not m.text.isascii() else 0)

    for link in links:
        a, b = by_span.get(link.a.span), by_span.get(link.b.span)
        if a is None or b is None or a.type == b.type:
            continue
        win, lose = (a, b) if sure(a) >= sure(b) else (b, a)
        if lose.source in (*MODELS, "alias") and sure(win) > sure(lose):
            by_span[lose.span] = _retype(lose, win.type)
    return [by_span[m.span] for m in mentions], relink(links, by_span)


def consistent_types(mentions: list[Mention]) -> list[Mention]:
    """One type per name within a document: a NER label yields to a lexicon or rule label of
    the same name elsewhere in the text ("its GLM (General Language Model) architecture" ...
    "GLM employs")."""
    trusted: dict[str, str] = {}
    for m in mentions:
        if m.source in ("ruler", "rule", "orgrule", "titlerule", "alias", "context"):
            trusted.setdefault(m.text.casefold(), m.type)
    companies = set()
    for m in mentions:  # ... and a company its officers or deals show over the app named after it
        # ("a partnership with Lyft … the Lyft app … Lyft chief executive David Risher")
        if m.source == "context" and m.type == "ORG" and trusted.get(m.text.casefold()) == "PRODUCT":
            trusted[m.text.casefold()] = "ORG"
            companies.add(m.text.casefold())
    out = []
    for m in mentions:
        t = trusted.get(m.text.casefold())
        if (m.source in MODELS or (m.source == "rule" and m.text.casefold() in companies)) and t and t != m.type:
            m = Mention(m.doc_id, m.start, m.end, m.text, t, m.lang, m.source, None)
        out.append(m)
    return out


def repeated_names(mentions: list[Mention], text: str, segments, boundaries=None) -> list[Mention]:
    """One sense per document: a name found once is a mention wherever else the document
    writes it and no mention covers it ("Seedance模型很强。…字节的Seedance激战").

    Only names that cannot be read as parts of other words: Latin names of three or more
    characters between non-alphanumerics and not next to another capitalized word, Chinese
    names of three or more characters that start and end where words do (``boundaries``: the
    word offsets of the Chinese tokenizer, so 星河科技 is not found in 星河科技园区), and names
    given one type only. Nothing inside a URL. A repeat keeps the first mention's source. An
    English company named in full is also found by its short form (:func:`kg.extract.en_names.short_form`).
    """
    types: dict[str, set] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.type in ("ORG", "PERSON", "PRODUCT") and not is_market(m):
            # (a city named as a market is that only where a listing is the topic: kg/extract/markets.py)
            types.setdefault(m.text, set()).add(m.type)
            first.setdefault(m.text, m)
    for m in mentions:  # ... and an English company's short form: "Kirana" where "Kirana Motors" was named
        head = short_form(m.text) if m.type == "ORG" and m.lang == "en" else None
        if head and head not in types:
            types[head] = {"ORG"}
            first[head] = replace(m, text=head)
    taken = span_mask(len(text), (m.span for m in mentions))
    inside = span_mask(len(text), ((seg.start, seg.end) for seg in segments))
    in_url = url_mask(text)
    out = []
    for name, m in first.items():
        latin = name.isascii()
        if len(types[name]) > 1 or len(name) < 3 or not (latin or all(is_han(c) for c in name)):
            continue
        # a Latin name next to another capitalized word is part of a longer name ("United States")
        pattern = (r"(?<![A-Za-z0-9_\-./@#])" + re.escape(name) +
                   r"(?![A-Za-z0-9_\-]|\s?(?:%|percent)|\s[A-Z])") if latin else re.escape(name)
        for hit in re.finditer(pattern, text):
            a, b = hit.span()
            if any(taken[a:b]) or not all(inside[a:b]) or in_url[a] or (
                    latin and _CAPITALIZED_BEFORE.search(text, max(0, a - 30), a)) or (
                    not latin and boundaries is not None and (a not in boundaries or b not in boundaries)):
                continue
            taken[a:b] = b"\x01" * (b - a)
            out.append(Mention(m.doc_id, a, b, name, m.type, m.lang, m.source, m.kind))
    return out


_CAPITALIZED_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z0-9.&'’-]*\s$")


def grown_names(mentions: list[Mention], text: str) -> list[Mention]:
    """A model's Chinese organization that the document names in full elsewhere by a rule or the
    lexicon, cut short here, is that full name: "弘晖" before 新能 where "弘晖新能（603886.SH）" was found,
    "心脉医疗" after 睿 where "睿心脉医疗" was."""
    full = {m.text for m in mentions if m.type == "ORG" and m.source not in MODELS and len(m.text) >= 4
            and all(is_han(c) for c in m.text)}
    if not full:
        return mentions
    taken = span_mask(len(text), (m.span for m in mentions))
    out = []
    for m in mentions:
        if m.source in MODELS and m.type == "ORG" and m.lang == "zh":
            name = max((n for n in full if len(n) > len(m.text) and text.startswith(n, m.start)
                        and not any(taken[m.end:m.start + len(n)])), key=len, default=None)
            if name:
                taken[m.end:m.start + len(name)] = b"\x01" * (len(name) - len(m.text))
                m = replace(m, end=m.start + len(name), text=name)
            # ... or its head cut off: "心脉医疗" in "加盟睿心脉医疗" where "睿心脉医疗" was found
            name = max((n for n in full if len(n) > len(m.text) and m.end - len(n) >= 0 and text.startswith(n, m.end - len(n))
                        and not any(taken[m.end - len(n):m.start])), key=len, default=None)
            if name:
                taken[m.end - len(name):m.start] = b"\x01" * (len(name) - len(m.text))
                m = replace(m, start=m.end - len(name), text=name)
        out.append(m)
    return out
