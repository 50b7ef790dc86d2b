"""Entity candidates -> the mentions of a document.

Candidates come from the language pipelines (lexicon ruler, NER, Baidu LAC) and from
rules in this module (product model codes, corporate suffixes, names after titles) and in
:mod:`kg.extract.aliases` (aliases stated in parentheses).  Overlaps are settled by priority
(lexicon, stated alias, NER, rules, LAC) and then by length, and every mention gets an ORG
``kind`` where one is known (company, exchange, university, government ...).
"""
from __future__ import annotations

import re
from typing import Iterable

from ..lexicon import entries_by_id
from ..records import Document, Mention, ParsedSegment
from ..segment import is_han, script_of, url_mask
from .brands import after_han_brand, after_latin_brand, family_models, listed_orgs, listed_products, latin_tails, numbered_models, unit_compounds
from .aliases import MODELS as _MODELS, aligned_types, consistent_types, grown_names, relink, repeated_names, stated_aliases
from .products import (MODEL_CODE, NAME_AND_YEAR, NETWORK_GENERATION, NOT_MAKERS, maker_products, prefixed_models,
                       product_mentions, split_maker_prefix)
from .titles import ANY_TITLE_ZH, WORDLIKE_SURNAMES, appointed_people, japanese_name_at, japanese_people, quiet_posseg, surname_at, titled_people, word_freq
from .zh_names import overruns_rule_name, retyped_by_context
from .confirm import confirmed_by_context
from .en_names import described_companies_en, employer_mentions, retyped_en
from .en_people import titled_people_en
from .latin_zh import typed_latin_names
from .markets import is_market, market_mentions
from .not_names import keep_name
from .drugs import drug_mentions
from .en_products import product_mentions_en
from .owned_products import owned_models, owned_products
from .papers import paper_mentions
from .tables import table_cell_mentions
from .trims import trim
from .zh_deal_orgs import deal_targets, exchange_listed_orgs, investor_orgs, party_orgs
from .zh_orgs import brand_orgs, coded_orgs, described_orgs, is_description, org_spans, titled_orgs, unit_orgs
from .zh_roles import role_orgs

PRIORITY = {"ruler": 0, "alias": 1, "ner": 2, "context": 2, "orgrule": 2, "titlerule": 2, "rule": 3, "lac": 3.5,
            "jieba": 4}

_COMPANY_SUFFIX = re.compile(
    r"(?:\b(?:Inc|Corp|Corporation|Co|Ltd|LLC|PLC|Plc|Group|Holdings?|AG|SA|SE|GmbH|Technologies|"
    r"Motors?|Capital|Bank|Securities)\.?|公司|集团|科技|汽车|银行|证券|资本|控股)$")
_EXCHANGE = re.compile(r"(?i)(?:stock exchange|\bexchange$|交易所|^(?:nasdaq|nyse)$|科创板$|创业板$|\bSTAR Market$)")
_UNIVERSITY = re.compile(r"(?:University|College|Institute of Technology|大学|学院)$")


def _kind(m: Mention) -> str | None:
    """Resolve the ORG kind: the lexicon entry's, else from the name's shape."""
    if m.kind and ":" in m.kind:  # a lexicon entry id from the ruler
        entry = entries_by_id().get(m.kind.rstrip("~"))
        if entry:
            return entry.kind
    elif m.kind:
        return m.kind
    if m.type != "ORG":
        return None
    if _EXCHANGE.search(m.text):
        return "exchange"
    if _UNIVERSITY.search(m.text):
        return "university"
    if _COMPANY_SUFFIX.search(m.text):
        return "company"
    return None


def _ruler_marks(m: Mention) -> Mention:
    """Tag lexicon matches of ambiguous names ("~") so they need confirmation."""
    if m.source == "ruler" and m.kind:
        entry = entries_by_id().get(m.kind)
        if entry and m.text in entry.ambiguous:
            return Mention(m.doc_id, m.start, m.end, m.text, m.type, m.lang, m.source, m.kind + "~")
    return m


_VERSION_ZH = re.compile(r"(?:大模型|模型)?\s?\d+\.\d+(?:\.\d+)?(?![\d%.倍亿万元个])|"
                         r"(?:PPU|NPU|DCU|TPU|DPU|XPU|IPU|GPU)(?![A-Za-z0-9])")  # ... or its kind of chip: "真武PPU", "海光DCU"


def brand_models(candidates: Iterable[Mention], text: str) -> list[Mention]:
    """Products named by a brand (an ORG or PRODUCT candidate of Chinese text) and the
    model code right after it ("小米17"); they win over the brand alone in :func:`select`.
    After a company, a code that starts with a letter is the product on its own (英伟达H200), and so is
    a Latin name (:mod:`kg.extract.brands`: "特斯拉Model Y", "Google SynthID的")."""
    out = []
    for c in candidates:
        if c.type == "ORG" and c.text[-1:].isascii():  # "Google SynthID的"
            product = after_latin_brand(text, c, _kind(_ruler_marks(c)))
            out += [product] if product else []
            continue
        if c.lang != "zh" or c.type not in ("ORG", "PRODUCT") or not is_han(c.text[-1:]):
            continue
        marked = _ruler_marks(c)
        if c.type == "ORG" and _kind(marked) in NOT_MAKERS:
            continue  # "央视3" is a channel, "教育部2" no product
        version = _VERSION_ZH.match(text, c.end) if c.type == "PRODUCT" else None
        if version:  # "豆包大模型1.8": the product and its version are one name
            out.append(Mention(c.doc_id, c.start, version.end(), text[c.start:version.end()], "PRODUCT", "zh",
                               "rule", "model"))
            continue
        m = MODEL_CODE.match(text, c.end)
        latin = after_han_brand(text, marked, _kind(marked)) if not m and c.type == "ORG" and c.source == "ruler" else None
        if latin:
            out.append(Mention(c.doc_id, c.end, latin.end(), latin.group(0), "PRODUCT", "en", "rule", "model"))
            continue
        if m and not NETWORK_GENERATION.match(m.group(0)) and not NAME_AND_YEAR.match(m.group(0)):
            # a company before a lettered code names its product, as in English ("英伟达H200" is
            # Nvidia's H200); a bare number is no name alone ("小米17")
            sure = c.type == "ORG" and not (marked.kind or "").endswith("~")  # not 理想L6
            start = c.end if sure and m.group(0)[:1].isupper() else c.start
            out.append(Mention(c.doc_id, start, m.end(), text[start:m.end()], "PRODUCT", "zh",
                               "rule", "model"))
    return out


def rule_mentions(doc: Document, seg) -> list[Mention]:
    """Names rules find in a segment: Chinese legal names, Latin names in Chinese text typed by
    their context (:mod:`kg.extract.latin_zh`), people after a title, and products (:func:`kg.extract.products.product_mentions`)."""
    out = []
    if seg.lang == "zh":
        for a, b in (org_spans(doc.text, seg.start, seg.end) + titled_orgs(doc.text, seg.start, seg.end)
                     + described_orgs(doc.text, seg.start, seg.end) + brand_orgs(doc.text, seg.start, seg.end)
                     + unit_orgs(doc.text, seg.start, seg.end)  # 阿里巴巴旗下的平头哥于…发布
                     + coded_orgs(doc.text, seg.start, seg.end)  # 弘晖新能（603886.SH）
                     + deal_targets(doc.text, seg.start, seg.end)  # 完成对光年之外的收购
                     + investor_orgs(doc.text, seg.start, seg.end)  # 由黑蚁资本领投
                     + exchange_listed_orgs(doc.text, seg.start, seg.end)  # 深交所上市公司遥望科技
                     + party_orgs(doc.text, seg.start, seg.end)  # 快手与蓝色光标签署战略合作协议
                     + role_orgs(doc.text, seg.start, seg.end)):  # 华虹半导体的主要竞争对手是世界先进与力积电
            out.append(Mention(doc.id, a, b, doc.text[a:b], "ORG", "zh", "orgrule"))
        for a, b, label in typed_latin_names(doc.text, seg.start, seg.end):  # "由General Atlantic领投"
            out.append(Mention(doc.id, a, b, doc.text[a:b], label, "en", "context"))
        for a, b in [*titled_people(doc.text, seg.start, seg.end), *japanese_people(doc.text, seg.start, seg.end)]:
            out.append(Mention(doc.id, a, b, doc.text[a:b], "PERSON", "zh", "titlerule"))
        for a, b in appointed_people(doc.text, seg.start, seg.end):  # "聘任李华为总裁"
            out.append(Mention(doc.id, a, b, doc.text[a:b], "PERSON", "zh", "titlerule", "appointed"))
    elif seg.lang == "en":
        out.extend(employer_mentions(doc.id, doc.text, seg.start, seg.end))  # "an analyst at Morningstar"
        out.extend(described_companies_en(doc.id, doc.text, seg.start, seg.end))  # "Brazilian fintech Nuvora"
        out.extend(titled_people_en(doc.id, doc.text, seg.start, seg.end))  # "dismissed Chief Executive Laurent Freixe"
    out.extend(product_mentions(doc, seg) + drug_mentions(doc, seg) + paper_mentions(doc, seg) + product_mentions_en(doc, seg) + market_mentions(doc, seg))
    return out


# An English company name the model reads with its corporate word: "Geely Automobile Holdings"
_CORPORATE_EN = re.compile(r" (?:Holdings?|Group|Inc\.?|Corp\.?|Corporation|Co\.|Ltd\.?|Limited|Technology|"
                           r"Technologies|Motors?|Automobile|Automotive|International|Industries|Electronics|"
                           r"Pharmaceuticals?|Therapeutics|Securities|Robotics|Semiconductor|Systems)$")
_BRANCH_ZH = re.compile(r"(?:分行|支行|分公司|子公司|分部|分院|分会|办事处|营业部|中心|研究院|实验室|事业部|"
                        r"地产|置业|证券|银行|保险|基金|信托|资本|创投|控股|科技|汽车|医药|传媒|影业|"
                        r"[（(]中国[）)](?:有限公司)?|有限公司|集团)$")


_LOCAL_BODY = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|市|区|县|州)(?:人民政府)?[\u4e00-\u9fff]{1,6}(?:局|委|委员会|厅|办|署)$")
_NOT_OWN_NAME = re.compile(r"(?:旗下|公司|集团|官方|官网|总部|股价|市值|财报|董事会|高管|员工|团队|用户|中国|大中华区|"
                           r"研究院|实验室|事业部|业务|平台|系统|手机|生态|系列)$")


def _named_after_company(c: Mention, ruler_orgs: set[tuple[int, int]], products: list[Mention], text: str) -> bool:
    """The model's ``c`` is a lexicon company's name and two to four more characters that are
    none of what a company has or makes (旗下, 股价, 手机, a title, a product, a sector before an
    analyst, a verb: "MiniMax登陆港股"): 华润三九, 沐曦股份, not 华为手机, 腾讯旗下, 摩尔线程创始人, 百度文心(一言)."""
    ext = next((c.end - e for s, e in ruler_orgs if s == c.start and e < c.end), 0)
    tail = text[c.end - ext:c.end]
    return 2 <= ext <= 4 and all(is_han(ch) for ch in tail) and not _NOT_OWN_NAME.search(text, c.start, c.end) \
        and not re.search(ANY_TITLE_ZH, tail) and (word_freq(tail) < 5000 or tail in ("股份", "控股")) \
        and next(iter(quiet_posseg().cut(tail))).flag not in ("v", "p", "c", "u") \
        and not any(p.start < c.end and c.end - ext < p.end for p in products) \
        and not re.match(r"行业|分析师|研究员|首席|[与和及]", text[c.end:c.end + 3])


def _inside_longer(m: Mention, others: Iterable[Mention]) -> bool:
    """``m`` lies within a longer span of ``others``."""
    return any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start for o in others)


def select(candidates: Iterable[Mention], text: str, segments=()) -> list[Mention]:
    """Trim, filter and de-overlap candidates; the best by priority, then length."""
    trimmed = [t for t in (trim(_ruler_marks(c), text) for c in candidates) if t]
    in_url = url_mask(text)  # a link's address is no text: "…/Gemini_Generated_Image_….png", "%E7%94"
    trimmed = [c for c in trimmed if not any(in_url[c.start:c.end])]
    # a model code that extends a known product name is the more specific name: "ERNIE 4.0"
    versions = [c for c in trimmed if c.source == "rule" and c.type == "PRODUCT"]
    trimmed = [c for c in trimmed if not (c.source in ("ruler", *_MODELS) and _inside_longer(c, versions))]
    # a NER name that is mostly a product code is no organization: "Mate 80系列"
    trimmed = [c for c in trimmed if not (c.source in _MODELS and c.type in ("ORG", "PERSON") and any(
        c.start <= v.start and v.end <= c.end and 2 * (v.end - v.start) >= c.end - c.start
        for v in versions))]
    starts = {c.start for c in trimmed if c.type == "ORG"}
    trimmed = [c for c in trimmed if not (c.type == "ORG" and c.lang == "zh" and c.source != "ruler"
                                          and is_description(c.text, text, c.end, starts))]
    # a legal name that contains lexicon names is the more specific name: 长安福特汽车有限公司
    # ... and so is a branch or arm the model reads after one: 招商银行武汉分行, 花旗银行（中国）有限公司
    # ... and so is a company the model names after a lexicon company's name: 华润三九, 腾讯音乐
    ruler_orgs = {(c.start, c.end) for c in trimmed if c.source == "ruler" and c.type == "ORG"}
    product_spans = [c for c in trimmed if c.type == "PRODUCT"]
    legal = [c for c in trimmed if c.source == "orgrule" or (c.source == "context" and c.type == "ORG" and c.text.isascii()) or (c.source in _MODELS and c.type == "ORG" and (
        _BRANCH_ZH.search(c.text) if c.lang == "zh" else _CORPORATE_EN.search(c.text))) or (
        c.source == "ner" and c.type == "ORG" and c.lang == "zh" and _named_after_company(c, ruler_orgs, product_spans, text)) or (
        c.source == "ner" and c.type == "ORG" and _LOCAL_BODY.match(c.text))]  # a local body: 亳州市国资委, not 国资委
    trimmed = [c for c in trimmed if not (c.source == "ruler" and (c.type == "ORG" or any(
        u.kind == "company" and u.source == "orgrule" and u.start == c.start for u in legal)) and _inside_longer(c, legal))]
    # a lexicon name across the end of a person appointed ("聘任李华为总裁": 华为) is none there
    appointed = [c for c in trimmed if c.kind == "appointed"]
    # ... and so is the model's person read on into "为" ("选举范力为公司董事长": 范力)
    trimmed = [c for c in trimmed if not (c.source in _MODELS and c.type == "PERSON" and text[c.end - 1:c.end] == "为" and any(
        p.start == c.start and p.end == c.end - 1 for p in appointed))]
    trimmed = [c for c in trimmed if not (c.source == "ruler" and any(
        p.start < c.start < p.end < c.end for p in appointed))]
    # ... and so is the model's organization read from the person over 为 ("任命庄建华为集团副总裁": 庄建华为集团)
    trimmed = [c for c in trimmed if not (c.source in _MODELS and c.type in ("ORG", "PERSON") and any(
        p.start == c.start and p.end < c.end and text[p.end:p.end + 1] == "为" for p in appointed))]
    # a transliterated name the model cuts short that LAC reads whole: 查鲁·查纳 / 查鲁·查纳纳
    lac_people = {(c.start, c.end) for c in trimmed if c.source == "lac" and c.type == "PERSON" and "·" in c.text}
    trimmed = [c for c in trimmed if not (c.source == "ner" and c.type == "PERSON" and "·" in c.text and any(
        a == c.start and c.end < b <= c.end + 2 for a, b in lac_people))]
    # ... and an English person the model cuts short before a hyphenated given name ("Chung Shin-a")
    titled_en = [c for c in trimmed if c.source == "titlerule" and c.lang == "en" and c.type == "PERSON"]
    trimmed = [c for c in trimmed if not (c.source in _MODELS and c.type == "PERSON" and c.lang == "en" and any(
        t.start == c.start and c.end < t.end for t in titled_en))]
    # an organization a rule finds before a leader's title or a legal form is no person ("林清轩创始人孙来春")
    org_ruled = {c.span for c in trimmed if c.source == "orgrule"}
    trimmed = [c for c in trimmed if not (c.source in _MODELS and c.type == "PERSON" and c.span in org_ruled)]
    ruled = [c for c in trimmed if c.source in ("titlerule", "orgrule", "context")]
    trimmed = [c for c in trimmed if not (c.source in _MODELS and c.lang == "zh" and overruns_rule_name(c, ruled, text))]
    # a lexicon person name inside a longer NER person name is another person: 王兴 / 王兴兴
    # ... and so is a lexicon company inside one: 永辉 in 冯永辉, 雷诺 in 雷诺阿
    # (not a preposition the model read as a surname before a lexicon name: 于特斯拉, 向苹果)
    ruler_starts = {c.start for c in trimmed if c.source == "ruler"}
    people = [c for c in trimmed if c.source in (*_MODELS, "titlerule") and c.type == "PERSON" and c.lang == "zh"
              and not (c.text[0] in WORDLIKE_SURNAMES and c.start + 1 in ruler_starts)]
    trimmed = [c for c in trimmed if not (c.source == "ruler" and c.lang == "zh" and _inside_longer(
        c, [p for p in people if p.end - p.start <= 4 and (surname_at(p.text, 0) or (  # not "寒武纪正与华为竞争"
            p.source == "titlerule" and japanese_name_at(p.text, 0, len(p.text)) == len(p.text)))]))]  # 丰田 in 丰田章男
    # a name the model finds with the lexicon entry's type confirms it ("苏宁" the model calls a
    # person, in "央行副行长苏宁", is no company)
    typed = {(c.start, c.end, c.type == "PERSON") for c in trimmed if c.source in ("ner", "alias")}
    confirmed = {(c.start, c.end) for c in trimmed
                 if c.source == "ruler" and (c.start, c.end, c.type == "PERSON") in typed}
    # a NER span of the same type covering the ambiguous name also confirms it ("荣耀" in a
    # product "王者荣耀" is no company)
    ner_spans = [c for c in trimmed if c.source == "ner"]
    confirmed.update((c.start, c.end) for c in trimmed if c.source == "ruler" and c.kind and "~" in c.kind and any(
        n.type == c.type and n.start <= c.start and c.end <= n.end for n in ner_spans))
    # one sense per document: an ambiguous lexicon name ("苹果") is confirmed when the same
    # entry is named unambiguously ("苹果公司", "Apple Inc") or confirmed elsewhere in the text
    sure = {c.kind.rstrip("~") for c in trimmed if c.source == "ruler" and c.kind and (
        "~" not in c.kind or (c.start, c.end) in confirmed)}
    confirmed.update((c.start, c.end) for c in trimmed
                     if c.source == "ruler" and c.kind and c.kind.rstrip("~") in sure)
    confirmed |= confirmed_by_context(trimmed, text)
    # a product rule (or a table column's type) wins over a NER label for exactly the same span ("L60" is no ORG)
    # ... and so does a Latin name's type in Chinese text that its context states ("General Atlantic领投")
    products = {(c.start, c.end) for c in trimmed if (c.source == "rule" and (
        c.type == "PRODUCT" or c.kind == "table" or is_market(c))) or c.source == "context"
        or (c.source == "titlerule" and c.lang == "en")}  # ... and an English person after a top title ("CFO Claire-Marie Coste-Lepoutre")
    trimmed = [c for c in trimmed if not (c.source in _MODELS and (c.start, c.end) in products)]
    # judged as the model labelled it, then retyped where the text says otherwise
    kept = retyped_en([retyped_by_context(c, text, segments) for c in trimmed if keep_name(c, confirmed, text, segments)], text)
    ranked = sorted(kept,
                    key=lambda c: (PRIORITY.get(c.source, 9), -(c.end - c.start), c.start))
    taken: list[Mention] = []
    occupied = bytearray(len(text) + 1)
    for c in ranked:
        if any(occupied[c.start:c.end]):
            continue
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
        taken.append(Mention(c.doc_id, c.start, c.end, c.text, c.type, script_of(c.text), c.source,
                             _kind(c)))
    return sorted(taken, key=lambda m: (m.start, m.end))


def extract_mentions(doc: Document, parsed: list[ParsedSegment]):
    """Final mentions (sorted) and stated alias links of one document."""
    candidates = []
    for ps in parsed:
        candidates.extend(ps.mentions)
        candidates.extend(rule_mentions(doc, ps.segment))
    candidates.extend(table_cell_mentions(doc.id, doc.text))  # "| 寒武纪 | 思元590 |"
    candidates = split_maker_prefix(candidates)  # 华为昇腾910C: 华为 + 昇腾910C
    candidates.extend(brand_models(candidates, doc.text) + maker_products(candidates, doc.text)
                      + prefixed_models(candidates, doc.text) + unit_compounds(candidates, doc.text)  # 玄戒O1, 美团闪购
                      + family_models(candidates, doc.text)  # "ERNIE Speed"
                      + numbered_models(candidates, doc.text)  # "Ace Pro 3"
                      + latin_tails(candidates, doc.text))  # "Galaxy Z TriFold"
    segments = [ps.segment for ps in parsed]
    mentions = select(candidates, doc.text, segments)
    extra, links = stated_aliases(doc, parsed, mentions)
    extra += owned_products(mentions, doc.text)
    if extra:
        mentions = select(list(mentions) + extra, doc.text, segments)
        keep = {(m.start, m.end) for m in mentions}
        links = [l for l in links if (l.b.start, l.b.end) in keep and (l.a.start, l.a.end) in keep]
    mentions = owned_models(mentions, doc.text)  # 欧特克的AutoCAD
    mentions, links = aligned_types(mentions, links)
    mentions = consistent_types(listed_products(mentions, doc.text))  # "Robotaxi GXR、Robobus与Robovan W5"
    mentions = grown_names(mentions, doc.text)  # "弘晖" where "弘晖新能（603886.SH）" was named
    mentions = listed_orgs(mentions, doc.text)  # "创新奇智、阿丘科技等公司"
    words = {x for ps in parsed for t in ps.tokens for x in (t.start, t.end)}
    mentions = sorted(mentions + repeated_names(mentions, doc.text, segments, words), key=lambda m: (m.start, m.end))
    return mentions, relink(links, {m.span: m for m in mentions})
