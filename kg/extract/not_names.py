"""What a candidate name is not: the filters :func:`kg.extract.entities.select` applies to every candidate.

A model or a rule proposes a span; :func:`keep_name` drops the spans that are numbers, currencies,
dates, tickers, funding rounds, shows with their year, documents' titles, headings, markup, places
an NER typed as organizations, and the common words and verbs the Chinese and English models call
names. An ambiguous lexicon name stays only where its context confirms it
(:mod:`kg.extract.confirm`).
"""
from __future__ import annotations

import re

from ..lexicon import known_names, place_names
from ..records import Mention
from ..segment import is_han
from .aliases import MODELS as _MODELS
from .en_names import DEMONYM, EN_STOP_WORDS
from .markets import is_market
from .products import DATA_AFTER, DOCUMENT_TITLE, GENERIC_ACRONYMS, NUMBER_LIKE
from .temporal import SHOW_AFTER_ZH
from .titles import common_verb, surname_at
from .zh_names import ENGLISH_WORD_OR_SLUG, common_word, generic_org, kind_of_company, lac_name, latin_fragment

_CURRENCY_ZH = re.compile(r"(?:港|美|欧|日|韩|澳|加|新)元|人民币|港币|英镑|卢布|瑞郎|新台币")
_TICKER_BEFORE = re.compile(r"[(（,]\s?(?:NYSE|NASDAQ|Nasdaq|SIX|HKEX|TSE|TSX|LSE|ASX|SGX|KRX|Euronext|Xetra|OTC|OTCQX|NYSE American)\s?:\s?$")
_TIME_ZONE = re.compile(r"GMT|UTC|EDT|CET|CEST|BST|JST|KST|SGT|PST|PDT")  # (not HKT, a company too)

_DATE_LIKE = re.compile(
    r"^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? ?\d{1,4}(?:, ?\d{4})?|"
    r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日)\S*$")
_CURRENCY_LIKE = {"USD", "HKD", "CNY", "RMB", "EUR", "JPY", "GBP"}

_SOME_BEFORE = re.compile(r"(?:一家|两家|某家?|这家|那家|多家|几家|数家)$")  # "一家上海游戏公司": no name
_MONEY_LIKE = re.compile(r"^(?:HK|US|A|C|S|NT|NZ|RMB|Rs)?[$¥€£]\s?\d")  # "HK$14.08bn" is no name


_ROUND_NAME = re.compile(r"(?i)^(?:pre-)?series [a-k]\d?\+?(?: (?:round|funding|extension))?$|^(?:pre-)?[A-K]\d?\+{0,2}轮$|^(?:天使|种子|战略|Pre-?[A-K]|新一|首|下一)\+?轮$")


_SHOW_YEAR_AFTER = re.compile(r" ?20\d\d(?![\d年.%-])(?:\s?(?:" + SHOW_AFTER_ZH + r"|主题演讲|演讲)|"
                              r" (?:keynote|show|conference|expo|trade show|event)\b)")


# A public office alone: "国务卿", "财政部长", "美国总统" (a country and the office)
_POST_ONLY = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?(?:部|国|州|省|市))?(?:国务卿|总统|副总统|首相|总理|副总理|部长|副部长|州长|省长|市长|"
                        r"议长|大使|参议员|众议员|发言人|大臣|外长|防长|财长|司法部长|检察长)")
# a minister's portfolio, named before or after the office
_PORTFOLIO_EN = re.compile(r"Interior|Finance|Defen[cs]e|Justice|Health|Trade|Foreign Affairs|Home Affairs|Agriculture|Commerce|"
                           r"Labou?r|Education|Energy|Transport|Economy|Industry|Environment|State")
_OFFICE_AFTER_EN = re.compile(r" (?:[Mm]inister|[Ss]ecretary)\b")
_OFFICE_BEFORE_EN = re.compile(r"(?:[Mm]inister|[Ss]ecretary|[Mm]inistry) (?:of|for) (?:the )?$")
# languages and school subjects (common words)
_LANGUAGE_OR_SUBJECT = re.compile(r"(?:英|汉|日|韩|法|德|俄|意大利|西班牙|葡萄牙|阿拉伯|越南|泰|蒙古|藏|粤)(?:语|文)|中文|"
                                  r"语文|数学|物理|化学|生物|历史|地理|政治|美术|音乐|体育")
_ORDINAL_RANK = re.compile(r"第[一二三四五六七八九十\d]+(?:梯队|阵营|名|位|大|季度|批|期|轮|代)")


def keep_name(m: Mention, confirmed: set[tuple[int, int]], text: str, segments) -> bool:
    """Whether the candidate ``m`` is a name: not a number, a currency, a date, a ticker, a round, a show and its
    year, a document's title, a heading, markup or a common word one of the models calls a name, and (for an
    ambiguous lexicon name) confirmed by its context (``confirmed``: the spans that are)."""
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
    if m.type == "PRODUCT" and m.source != "ruler" and m.kind != "paper" and (
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
    if m.source in _MODELS and m.lang == "zh" and m.type == "ORG" and ((len(s) >= 3 and s[:-1] in place_names() and is_han(s[-1]))
                                                                      or any(text[m.start:m.end + k] in place_names() for k in (1, 2))):
        return False  # "收购以色列车联网芯片企业": a place and the first character of the next word (以色列车), or a place cut (以色)
    if m.source in _MODELS and m.lang == "zh" and m.type == "ORG" and re.match(r"担任|出任|兼任|任职|就职|辞去|不再", s):
        return False  # "辞职后不再担任公司任何职务": a post's verb, no name
    if m.source in _MODELS and m.lang == "zh" and m.type == "ORG" and re.search(r"(?:国有|国营|民营|私营|公立|私立)$", s):
        return False  # "与巴西国有电信公司Telebras签署": a place and an ownership describe what follows, no name
    if m.source in _MODELS and m.lang == "zh" and m.type in ("ORG", "PERSON") and _POST_ONLY.fullmatch(s):
        return False  # "司法部长、国务卿、财政部长": a post, no one named
    if m.source in _MODELS and m.lang == "en" and m.type == "ORG" and _PORTFOLIO_EN.fullmatch(s) and (
            _OFFICE_AFTER_EN.match(text, m.end) or _OFFICE_BEFORE_EN.search(text, max(0, m.start - 16), m.start)):
        return False  # "Interior Minister X", "Minister of Finance X": a minister's portfolio, no organization
    if m.source in _MODELS and m.lang == "zh" and m.type in ("ORG", "PERSON") and _LANGUAGE_OR_SUBJECT.fullmatch(s):
        return False  # "语文、数学、英语": a language or a school subject
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
            len(s) == 2 and common_verb(s, 50) and s not in known_names("ORG", ambiguous=True))):
        return False  # the model's common nouns and verbs: 汽车行业, 监管部门, 金融机构, 国有企业, 成立, 招股(书)
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
