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

from ..lexicon import entries_by_id, known_names, place_names
from ..records import Document, Mention, ParsedSegment
from ..segment import is_han, script_of, url_mask
from .brands import after_han_brand, after_latin_brand, family_models, listed_orgs, listed_products, latin_tails, numbered_models, unit_compounds
from .aliases import MODELS as _MODELS, aligned_types, consistent_types, grown_names, relink, repeated_names, stated_aliases
from .products import (DATA_AFTER, DOCUMENT_TITLE, GENERIC_ACRONYMS, MODEL_CODE, NAME_AND_YEAR, NETWORK_GENERATION,
                       NOT_MAKERS, NUMBER_LIKE, maker_products, prefixed_models, product_mentions,
                       split_maker_prefix)
from .titles import (ANY_TITLE_ZH, WORDLIKE_SURNAMES, appointed_people, common_verb, quiet_posseg, surname_at, titled_people,
                     word_freq)
from .zh_names import (ENGLISH_WORD_OR_SLUG, common_word, generic_org, kind_of_company, lac_name, latin_fragment,
                       overruns_rule_name, retyped_by_context)
from .confirm import confirmed_by_context
from .en_names import DEMONYM, EN_STOP_WORDS, described_companies_en, employer_mentions, retyped_en, titled_people_en
from .latin_zh import typed_latin_names
from .markets import is_market, market_mentions
from .drugs import drug_mentions
from .en_products import product_mentions_en
from .owned_products import owned_models, owned_products
from .tables import table_cell_mentions
from .temporal import SHOW_AFTER_ZH
from .trims import trim
from .zh_orgs import (brand_orgs, coded_orgs, deal_targets, described_orgs, investor_orgs, is_description, org_spans, titled_orgs,
                      unit_orgs)
from .zh_roles import role_orgs

PRIORITY = {"ruler": 0, "alias": 1, "ner": 2, "context": 2, "orgrule": 2, "titlerule": 2, "rule": 3, "lac": 3.5,
            "jieba": 4}

_DATE_LIKE = re.compile(
    r"^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? ?\d{1,4}(?:, ?\d{4})?|"
    r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日)\S*$")
_CURRENCY_LIKE = {"USD", "HKD", "CNY", "RMB", "EUR", "JPY", "GBP"}
_COMPANY_SUFFIX = re.compile(
    r"(?:\b(?:Inc|Corp|Corporation|Co|Ltd|LLC|PLC|Plc|Group|Holdings?|AG|SA|SE|GmbH|Technologies|"
    r"Motors?|Capital|Bank|Securities)\.?|公司|集团|科技|汽车|银行|证券|资本|控股)$")
_EXCHANGE = re.compile(r"(?i)(?:stock exchange|\bexchange$|交易所|^(?:nasdaq|nyse)$|科创板$|创业板$|\bSTAR Market$)")
_UNIVERSITY = re.compile(r"(?:University|College|Institute of Technology|大学|学院)$")

_SOME_BEFORE = re.compile(r"(?:一家|两家|某家?|这家|那家|多家|几家|数家)$")  # "一家上海游戏公司": no name
_MONEY_LIKE = re.compile(r"^(?:HK|US|A|C|S|NT|NZ|RMB|Rs)?[$¥€£]\s?\d")  # "HK$14.08bn" is no name


_ROUND_NAME = re.compile(r"(?i)^(?:pre-)?series [a-k]\d?\+?(?: (?:round|funding|extension))?$|^(?:pre-)?[A-K]\d?\+?轮$")


_SHOW_YEAR_AFTER = re.compile(r" ?20\d\d(?![\d年.%-])(?:\s?(?:" + SHOW_AFTER_ZH + r"|主题演讲|演讲)|"
                              r" (?:keynote|show|conference|expo|trade show|event)\b)")


_ORDINAL_RANK = re.compile(r"第[一二三四五六七八九十\d]+(?:梯队|阵营|名|位|大|季度|批|期|轮|代)")


def _keep(m: Mention, confirmed: set[tuple[int, int]], text: str, segments) -> bool:
    s = m.text
    if m.lang == "zh" and len(s) < 2 and not s.isascii():
        return False
    if m.source == "ruler" and m.kind and "~" in m.kind:
        return (m.start, m.end) in confirmed
    if m.source != "ruler" and s.upper().replace("\\", "") in GENERIC_ACRONYMS:
        return False  # also as Markdown escapes them: M\&A
    if m.source != "ruler" and m.type == "ORG" and s.isupper() and len(s) <= 2 and not (
            m.source == "ner" and m.lang == "zh"):
        return False  # English NER calls stray capitals ORG; the Chinese model rarely does ("EA")
    if NUMBER_LIKE.match(s) or s.upper() in _CURRENCY_LIKE or _MONEY_LIKE.match(s):
        return False
    if m.source != "ruler" and m.type in ("ORG", "PERSON") and s.casefold() in place_names() and not is_market(m):
        return False  # a country or city the NER called an organization or a person (not the market one lists in)
    tail = re.search(r"[A-Za-z]+$", s) if m.source == "ner" and m.type == "ORG" else None
    if tail and tail.group().upper() in GENERIC_ACRONYMS and s[:tail.start()].casefold() in place_names():
        return False  # "美国GDP", "中国AI": a place and a common acronym
    if m.type == "PRODUCT" and m.source != "ruler" and DATA_AFTER.match(text, m.end):
        return False  # "IMF发布的COFER数据": a data set or report
    if m.type == "PRODUCT" and m.source != "ruler" and (
            (m.lang == "zh" and m.source == "ner" and DOCUMENT_TITLE.search(s)) or _in_document_title(m, text)):
        return False  # 《…指南》, 《AI Vendor Race》研究报告: a document, not a product
    if m.source != "ruler" and _DATE_LIKE.match(s):
        return False  # "June 2026" is no person
    if m.source != "ruler" and m.lang == "zh" and _CURRENCY_ZH.fullmatch(s):
        return False  # "以3.6亿港元收购…": a currency
    if m.source != "ruler" and m.lang == "en" and _TICKER_BEFORE.search(text, max(0, m.start - 16), m.start) \
            and re.fullmatch(r"[A-Z0-9.]{1,6}", s):
        return False  # "(NYSE: KSS)", "(SIX: NOVN, NYSE: NVS)": a ticker, no name
    if m.source == "ner" and _TIME_ZONE.fullmatch(s):
        return False  # "rose 4.2% by 1020 GMT": a time zone
    if m.source == "ner" and m.lang == "en" and " " not in s and s.lower() in EN_STOP_WORDS:
        return False  # "Under chief executive Satya Nadella, …": a capitalized function word, no name
    if m.source == "ner" and m.lang == "en" and m.type in ("ORG", "PRODUCT") and DEMONYM.fullmatch(s) and \
            re.match(r" [a-z]", text[m.end:m.end + 2]):
        return False  # "the Chinese smartphone maker": a nationality before a noun, no name
    if m.source != "ruler" and m.type in ("ORG", "PERSON") and _SHOW_YEAR_AFTER.match(text, m.end):
        return False  # "在CES 2026主题演讲中", "at MWC 2026": a show and its year, no organization
    if m.source != "ruler" and _ROUND_NAME.match(s):
        return False  # "raised $500 million in a Series C round": a round, no investor
    if m.source != "ruler" and s.isascii() and (
            "_" in s or "*" in s or (s == s.lower() and not (
                m.lang == "zh" and m.source == "ner" and len(s) >= 3 and (
                    any(c.isdigit() for c in s) or not _uses_capitals(m, text, segments))) and not (
                m.source == "rule" and m.type == "PRODUCT" and any(c.isdigit() for c in s)))):
        # markup and common words ("subtitle", "bottlenecks"), not names; in Chinese text the
        # NER's "war3" is one, and so is "dota" where the sentence writes no Latin capitals, and a
        # launched model with a number ("发布开源权重模型gpt-oss-120b")
        return False
    if m.source in _MODELS and m.lang == "zh" and s.isascii() and ENGLISH_WORD_OR_SLUG.search(s) and (
            s not in known_names()):
        return False  # a Chinese model's English words: "Distillation", "authoritative-quotes" (a heading anchor)
    if m.source == "ner" and m.lang == "en" and _is_heading(m, text, segments):
        return False
    if m.source in _MODELS and m.lang == "zh" and latin_fragment(m, text):
        return False  # "Financial" of "据Financial Times报道"
    if m.source == "lac" and not lac_name(m):
        return False
    if m.source == "ner" and m.lang == "zh" and m.type == "PERSON" and common_word(s) and not surname_at(s, 0):
        return False  # the model's common nouns: 税目, 火龙果, 实时 (not 周峰, 林黛玉)
    if m.source == "ner" and m.lang == "zh" and m.type == "ORG" and (generic_org(s) or (
            len(s) == 2 and common_verb(s) and s not in known_names("ORG", ambiguous=True))):
        return False  # the model's common nouns and verbs: 汽车行业, 监管部门, 金融机构, 国有企业, 成立
    if m.source != "ruler" and m.type == "ORG" and s.endswith("控股") and text[m.end:m.end + 1] == "的" and (
            text[m.start - 1:m.start] in ("由", "被")):
        return False  # "曾由网易控股的Worlds Untold": the verb of control, no holding company
    if m.source in _MODELS and m.lang == "zh" and (_ORDINAL_RANK.match(s) or (
            m.type == "ORG" and all(x.casefold() in place_names() for x in re.split("与|和|及|、", s)))):
        return False  # "第二梯队": a rank; "北美与欧洲": places joined, no organization
    if m.source != "ruler" and m.type == "ORG" and (kind_of_company(s) or (
            m.lang == "zh" and _SOME_BEFORE.search(text, max(0, m.start - 2), m.start))):
        return False  # "三家硬科技公司", "国产GPU公司", "一家上海游戏公司" (the suffix rule reads these too)
    return True


def _uses_capitals(m: Mention, text: str, segments) -> bool:
    """The sentence of ``m`` writes Latin capitals somewhere (so its lowercase words are words)."""
    seg = next((g for g in segments if g.start <= m.start and m.end <= g.end), None)
    lo, hi = (seg.start, seg.end) if seg is not None else (max(0, m.start - 200), m.end + 200)
    return any("A" <= c <= "Z" for c in text[lo:hi])


_DOCUMENT_AFTER = re.compile(r"\s?(?:研究|年度|调查)?(?:报告|白皮书|蓝皮书|榜单|指南|指数|公报|report|survey|index)")
_DOCUMENT_BEFORE = {"论文", "文章", "报告", "著作", "专著", "书籍", "新书", "白皮"}
# "Engram: Conditional Memory via Scalable Lookup": a title and a subtitle of several words
_PAPER_TITLE = re.compile(r"^[^:：]{1,40}[:：] ?\S+(?: \S+){2,}$")


def _in_document_title(m: Mention, text: str) -> bool:
    """The name stands in a quoted title 《…》 that names a document (a report, a guide)."""
    left = text.rfind("《", max(0, m.start - 30), m.start + 1)
    if left < 0 or "》" in text[left:m.start]:
        return False
    right = text.find("》", m.end - 1, m.end + 60)
    if right < 0:
        return False
    title = text[left + 1:right]
    return bool(DOCUMENT_TITLE.search(title) or _DOCUMENT_AFTER.match(text, right + 1)
                or text[max(0, left - 2):left] in _DOCUMENT_BEFORE or _PAPER_TITLE.search(title))


def _is_heading(m: Mention, text: str, segments) -> bool:
    """A NER span that is (nearly) a whole title-cased line: a heading, not a name."""
    for seg in segments:
        if seg.start <= m.start and m.end <= seg.end:
            words = text[seg.start:seg.end].split()
            return len(words) >= 2 and (m.end - m.start) >= 0.6 * (seg.end - seg.start)
    return False


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


_VERSION_ZH = re.compile(r"(?:大模型|模型)?\s?\d+\.\d+(?:\.\d+)?(?![\d%.倍亿万元个])")


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
                     + role_orgs(doc.text, seg.start, seg.end)):  # 华虹半导体的主要竞争对手是世界先进与力积电
            out.append(Mention(doc.id, a, b, doc.text[a:b], "ORG", "zh", "orgrule"))
        for a, b, label in typed_latin_names(doc.text, seg.start, seg.end):  # "由General Atlantic领投"
            out.append(Mention(doc.id, a, b, doc.text[a:b], label, "en", "context"))
        for a, b in titled_people(doc.text, seg.start, seg.end):
            out.append(Mention(doc.id, a, b, doc.text[a:b], "PERSON", "zh", "titlerule"))
        for a, b in appointed_people(doc.text, seg.start, seg.end):  # "聘任李华为总裁"
            out.append(Mention(doc.id, a, b, doc.text[a:b], "PERSON", "zh", "titlerule", "appointed"))
    elif seg.lang == "en":
        out.extend(employer_mentions(doc.id, doc.text, seg.start, seg.end))  # "an analyst at Morningstar"
        out.extend(described_companies_en(doc.id, doc.text, seg.start, seg.end))  # "Brazilian fintech Nuvora"
        out.extend(titled_people_en(doc.id, doc.text, seg.start, seg.end))  # "dismissed Chief Executive Laurent Freixe"
    out.extend(product_mentions(doc, seg) + drug_mentions(doc, seg) + product_mentions_en(doc, seg) + market_mentions(doc, seg))
    return out


# An English company name the model reads with its corporate word: "Geely Automobile Holdings"
_CORPORATE_EN = re.compile(r" (?:Holdings?|Group|Inc\.?|Corp\.?|Corporation|Co\.|Ltd\.?|Limited|Technology|"
                           r"Technologies|Motors?|Automobile|Automotive|International|Industries|Electronics|"
                           r"Pharmaceuticals?|Therapeutics|Securities|Robotics|Semiconductor|Systems)$")
_BRANCH_ZH = re.compile(r"(?:分行|支行|分公司|子公司|分部|分院|分会|办事处|营业部|中心|研究院|实验室|事业部|"
                        r"地产|置业|证券|银行|保险|基金|信托|资本|创投|控股|科技|汽车|医药|传媒|影业|"
                        r"[（(]中国[）)](?:有限公司)?|有限公司|集团)$")


_CURRENCY_ZH = re.compile(r"(?:港|美|欧|日|韩|澳|加|新)元|人民币|港币|英镑|卢布|瑞郎|新台币")
_TICKER_BEFORE = re.compile(r"[(（,]\s?(?:NYSE|NASDAQ|Nasdaq|SIX|HKEX|TSE|TSX|LSE|ASX|SGX|KRX|Euronext|Xetra|OTC|OTCQX|NYSE American)\s?:\s?$")
_TIME_ZONE = re.compile(r"GMT|UTC|EDT|CET|CEST|BST|JST|KST|SGT|PST|PDT")  # (not HKT, a company too)
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
        c.source == "ner" and c.type == "ORG" and c.lang == "zh" and _named_after_company(c, ruler_orgs, product_spans, text))]
    trimmed = [c for c in trimmed if not (c.source == "ruler" and (c.type == "ORG" or any(
        u.kind == "company" and u.source == "orgrule" and u.start == c.start for u in legal)) and _inside_longer(c, legal))]
    # a lexicon name across the end of a person appointed ("聘任李华为总裁": 华为) is none there
    appointed = [c for c in trimmed if c.kind == "appointed"]
    # ... and so is the model's person read on into "为" ("选举范力为公司董事长": 范力)
    trimmed = [c for c in trimmed if not (c.source in _MODELS and c.type == "PERSON" and text[c.end - 1:c.end] == "为" and any(
        p.start == c.start and p.end == c.end - 1 for p in appointed))]
    trimmed = [c for c in trimmed if not (c.source == "ruler" and any(
        p.start < c.start < p.end < c.end for p in appointed))]
    # a transliterated name the model cuts short that LAC reads whole: 查鲁·查纳 / 查鲁·查纳纳
    lac_people = {(c.start, c.end) for c in trimmed if c.source == "lac" and c.type == "PERSON" and "·" in c.text}
    trimmed = [c for c in trimmed if not (c.source == "ner" and c.type == "PERSON" and "·" in c.text and any(
        a == c.start and c.end < b <= c.end + 2 for a, b in lac_people))]
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
        c, [p for p in people if p.end - p.start <= 4 and surname_at(p.text, 0)]))]  # not "寒武纪正与华为竞争"
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
    kept = retyped_en([retyped_by_context(c, text, segments) for c in trimmed if _keep(c, confirmed, text, segments)], text)
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
