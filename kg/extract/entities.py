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
from ..segment import URL, is_han, script_of
from .aliases import MODELS as _MODELS, aligned_types, consistent_types, relink, repeated_names, stated_aliases
from .titles import surname_at, titled_people
from .zh_names import (ENGLISH_WORD_OR_SLUG, common_word, generic_org, lac_name,
                       retyped_by_context)
from .zh_orgs import org_spans

PRIORITY = {"ruler": 0, "alias": 1, "ner": 2, "context": 2, "orgrule": 2, "titlerule": 2, "rule": 3, "lac": 3.5,
            "jieba": 4}

# Model codes and versions: GLM-4.5, SU7, L60, Qwen2.5-72B, GPT-5, H100, ERNIE 4.0, Mate 80 Pro,
# iPhone 17 Pro.
_EDITION = r"(?: (?:Pro|Max|Ultra|Plus|Mini|mini|Air|SE|Turbo|Lite))*"
_PRODUCT = re.compile(
    r"(?<![A-Za-z0-9_\-.])(?:[A-Z][A-Za-z]{1,14}-?\d+(?:\.\d+)?(?:-?[A-Za-z0-9]+)*" + _EDITION +
    r"|[A-Z]\d{1,4}(?:\.\d)?[A-Za-z]?" + _EDITION + r"|[A-Z]{3,10} \d+(?:\.\d+)?" +
    r"|[ie]?[A-Z][a-z]{2,10} (?:\d{1,3}|[A-Z]{1,2}\d{1,4})(?:\.\d)?[a-z]?(?![\d%]|\.\d| ?percent)" + _EDITION +
    # a name and a hyphenated code: DeepSeek-V4, DeepSeek-OCR 2, Qwen-VL, Hunyuan-T1
    r"|[A-Z][A-Za-z]{1,14}(?:-(?:[A-Z]{1,5}\d{0,3}(?:\.\d+)?[A-Za-z]?))+(?: \d+(?:\.\d+)?)?" + _EDITION +
    r")(?![A-Za-z0-9_\-])(?!\s*[:：])")
# Codes that are not products: quarters and halves, pandemic names, standards, dates, counts.
_NOT_PRODUCT = re.compile(
    r"^(?:Q[1-4]|H[12]|FY\d+|COVID-?\d+|ISO ?\d+|Wi-Fi.*|[A-Z][a-z]+-(?:US|UK|EU|CN|HK|UN|AI|IT|EV|IP)|[A-Z]{3} \d+(?:\.\d+)?|[A-Z]+ 20\d\d|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* \d+|"
    r".+ (?:Q[1-4]|H[12]|FY\d+)|"
    r"(?:Top|Day|Days|Week|Phase|Level|Stage|Round|Chapter|Section|Article|Page|Vol|No|Number|"
    r"Figure|Table|Step|Part|Season|Episode|Class|Grade|Group|Room|Floor|Line|Route|Gate|Team|"
    r"Under|Over|About|Around|Nearly|Only|Just|All|The|And|With|For|From|Since|Until|Top) [A-Z]?\d+)$")
_DATE_LIKE = re.compile(
    r"^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? ?\d{1,4}(?:, ?\d{4})?|"
    r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日)\S*$")
_NUMBER_LIKE = re.compile(r"^[$¥€£]?\d[\d.,]*\s?[KMBTkmbt%]?$")
_CURRENCY_LIKE = {"USD", "HKD", "CNY", "RMB", "EUR", "JPY", "GBP"}
# Acronyms that spaCy's small English model often tags ORG but that name no organization.
_GENERIC_ACRONYMS = {
    "AI", "AGI", "API", "APP", "CEO", "CFO", "COO", "CTO", "EV", "EVS", "GDP", "GPU", "CPU",
    "IPO", "LLM", "LLMS", "PR", "R&D", "SaaS", "USD", "HKD", "CNY", "RMB", "IT", "ESG", "B2B",
    "OS", "UI", "AR", "VR", "IOT", "5G", "PC", "SUV", "FSD", "ETF", "M&A", "VC", "PE",
    # business metrics and common technical abbreviations ("DAU破亿", "CAC远低于")
    "DAU", "MAU", "WAU", "CAC", "ARPU", "GMV", "LTV", "ROI", "KPI", "CPI", "PPI", "PMI", "EPS", "CAGR",
    "SKU", "B2C", "C2C", "SDK", "AIGC", "RAG", "NLP", "OCR", "TTS", "ASR", "CLI", "GUI", "UX",
}
_ABBREVIATION = re.compile(r"(?:\b(?:Inc|Co|Corp|Ltd|Bros|Jr|Sr|Cie|Assn|Dept)|\b[A-Z]\.[A-Z])\.$")
# Capitalized sentence starters that are no names: "The model uses ...", "Each platform ...".
_FUNCTION_WORDS = {"The", "This", "That", "These", "Those", "Its", "Our", "Their", "His", "Her",
                   "Your", "Each", "Every", "Any", "Some", "New", "Next", "First", "Last", "One",
                   "Both", "Such", "Other", "Another", "Which", "What", "Whose", "My"}
_COMPANY_SUFFIX = re.compile(
    r"(?:\b(?:Inc|Corp|Corporation|Co|Ltd|LLC|PLC|Plc|Group|Holdings?|AG|SA|SE|GmbH|Technologies|"
    r"Motors?|Capital|Bank|Securities)\.?|公司|集团|科技|汽车|银行|证券|资本|控股)$")
_EXCHANGE = re.compile(r"(?i)(?:stock exchange|\bexchange$|交易所|^(?:nasdaq|nyse)$|科创板$|创业板$|\bSTAR Market$)")
_UNIVERSITY = re.compile(r"(?:University|College|Institute of Technology|大学|学院)$")

_LEGAL_BRACKET = re.compile(r"[（(](?:中国|香港|北京|上海|深圳|亚太|亚洲|集团|控股|中国区|国际)[）)]$")
_BREAK_ZH = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|[“”「」『』\"]")


def _trim(m: Mention, text: str) -> Mention | None:
    """Strip determiners, possessives and punctuation from a mention's edges."""
    start, end = m.start, m.end
    s = text[start:end]
    for prefix in ("the ", "The "):
        if s.startswith(prefix) and m.lang == "en":
            start += len(prefix)
    for suffix in ("'s", "’s", "'", "’"):
        if text[start:end].endswith(suffix):
            end -= len(suffix)
    if m.source in _MODELS and m.lang == "zh":
        # a Chinese name has no space or quote inside: "发展自治区政协常委 广西扬翔股份有限公司"
        # keeps its last part (names end where the model's span ends more often than they start)
        cut = max((i for i in range(start, end - 1) if _BREAK_ZH.match(text, i)), default=-1)
        if cut >= 0:
            start = cut + 1
    while start < end and not text[start].isalnum() and not is_han(text[start]):
        start += 1
    if m.source != "ruler" and end - start >= 3 and text[start] == "原" and text[start + 1].isascii() \
            and text[start + 1].isalpha():
        start += 1  # "原Cici": "formerly" is not part of the name
    while end > start and text[end - 1] in " ,.;:!?，。；：、-—\"'“”‘’《》「」()（）*_#`":
        if text[end - 1] == "." and _ABBREVIATION.search(text, start, end):
            break  # "Drexel Burnham Lambert Inc.", "U.S.": the period is part of the name
        if _LEGAL_BRACKET.search(text, start, end):
            break  # "花旗银行（中国）": a region or legal form in brackets is part of the name
        end -= 1
    for open_, close in (("（", "）"), ("(", ")")):  # "英国广播公司（BBC": cut an unclosed bracket
        i = text.find(open_, start, end)
        if i > start and text.find(close, i, end) < 0:
            end = i
    while end > start and text[end - 1] in " ":
        end -= 1
    if end - start < 1:
        return None
    if m.type == "PERSON" and m.lang == "zh" and end - start >= 4 and text[end - 1] in _NAME_STOP_END:
        end -= 1  # "刘晓光任集团公司董事长": the verb after a name is not part of it
    elif m.type == "ORG" and m.source == "ner" and end - start >= 4 and text[end - 1] in "与及等":
        end -= 1  # "深圳市龙岗区与无锡…": the conjunction after a name is not part of it
    if m.source in _MODELS and m.type == "ORG" and end - start >= 5 and text[end - 3:end] in ("董事局", "董事会") \
            and re.match(r"(?:常务)?副?主席|秘书", text[end:end + 5]):
        end -= 3  # "凤凰卫视董事局主席": the company, then its chair's title
    if m.source in _MODELS and m.lang == "zh" and end - start >= 4 and text[end - 2:end] == "系列":
        end -= 2  # "美素佳儿系列所有产品": the brand, not its range
    if m.type == "PERSON" and end - start > 1 and text[end - 1] in "·•":
        # a transliterated name cut at its dot: "萨米尔·" -> "萨米尔·沙阿" (up to 4 characters,
        # never over a common function character)
        k = end
        while k < len(text) and k - end < 4 and is_han(text[k]) and text[k] not in _NAME_STOP:
            k += 1
        end = k if k > end else end - 1
    return Mention(m.doc_id, start, end, text[start:end], m.type, m.lang, m.source, m.kind)


def _keep(m: Mention, confirmed: set[tuple[int, int]], text: str, segments) -> bool:
    s = m.text
    if m.lang == "zh" and len(s) < 2 and not s.isascii():
        return False
    if m.source == "ruler" and m.kind and "~" in m.kind:
        return (m.start, m.end) in confirmed
    if m.source != "ruler" and s.upper().replace("\\", "") in _GENERIC_ACRONYMS:
        return False  # also as Markdown escapes them: M\&A
    if m.source != "ruler" and m.type == "ORG" and s.isupper() and len(s) <= 2 and not (
            m.source == "ner" and m.lang == "zh"):
        return False  # English NER calls stray capitals ORG; the Chinese model rarely does ("EA")
    if _NUMBER_LIKE.match(s) or s.upper() in _CURRENCY_LIKE:
        return False
    if m.source != "ruler" and m.type in ("ORG", "PERSON") and s.casefold() in place_names():
        return False  # a country or city the NER called an organization or a person
    tail = re.search(r"[A-Za-z]+$", s) if m.source == "ner" and m.type == "ORG" else None
    if tail and tail.group().upper() in _GENERIC_ACRONYMS and s[:tail.start()].casefold() in place_names():
        return False  # "美国GDP", "中国AI": a place and a common acronym
    if m.type == "PRODUCT" and m.source != "ruler" and _DATA_AFTER.match(text, m.end):
        return False  # "IMF发布的COFER数据": a data set or report
    if m.type == "PRODUCT" and m.source != "ruler" and (
            (m.lang == "zh" and m.source == "ner" and _DOCUMENT_TITLE.search(s)) or _in_document_title(m, text)):
        return False  # 《…指南》, 《AI Vendor Race》研究报告: a document, not a product
    if m.source != "ruler" and _DATE_LIKE.match(s):
        return False  # "June 2026" is no person
    if m.source != "ruler" and s.isascii() and (
            "_" in s or "*" in s or (s == s.lower() and not (
                m.lang == "zh" and m.source == "ner" and len(s) >= 3 and (
                    any(c.isdigit() for c in s) or not _uses_capitals(m, text, segments))))):
        # markup and common words ("subtitle", "bottlenecks"), not names; in Chinese text the
        # NER's "war3" is one, and so is "dota" where the sentence writes no Latin capitals
        return False
    if m.source in _MODELS and m.lang == "zh" and s.isascii() and ENGLISH_WORD_OR_SLUG.search(s) and (
            s not in known_names()):
        return False  # a Chinese model's English words: "Distillation", "authoritative-quotes" (a heading anchor)
    if m.source == "ner" and m.lang == "en" and _is_heading(m, text, segments):
        return False
    if m.source == "lac" and not lac_name(m):
        return False
    if m.source == "ner" and m.lang == "zh" and m.type == "PERSON" and common_word(s) and not surname_at(s, 0):
        return False  # the model's common nouns: 税目, 火龙果, 实时 (not 周峰, 林黛玉)
    if m.source == "ner" and m.lang == "zh" and m.type == "ORG" and generic_org(s):
        return False  # the model's common nouns: 汽车行业, 监管部门, 金融机构, 国有企业
    return True


def _uses_capitals(m: Mention, text: str, segments) -> bool:
    """The sentence of ``m`` writes Latin capitals somewhere (so its lowercase words are words)."""
    seg = next((g for g in segments if g.start <= m.start and m.end <= g.end), None)
    lo, hi = (seg.start, seg.end) if seg is not None else (max(0, m.start - 200), m.end + 200)
    return any("A" <= c <= "Z" for c in text[lo:hi])


_NAME_STOP = set("已在于的是和与及说称表等也将对向被把曾为就则都又还并")
_NAME_STOP_END = _NAME_STOP | set("任")
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
    return bool(_DOCUMENT_TITLE.search(title) or _DOCUMENT_AFTER.match(text, right + 1)
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


# A Latin name right before a product noun is a product: "BALTO框架", "the Seal sedan".
_NAMED_PRODUCT = re.compile(
    r"(?<![A-Za-z0-9_\-.])([A-Z][A-Za-z0-9\-.+]{1,24}[A-Za-z0-9+])(?=\s?(?:框架|大模型|模型|平台|芯片|系统|手机|汽车|车型|应用)"
    r"|(?:\s\([^()]{1,40}\))?\s(?:model|models|series|architecture|chip|chips|framework|platform|app|smartphone|phone|"
    r"sedan|SUV|car|processor|GPU)\b)"
    r"|(?<=框架|模型|平台|芯片|系统|车型|应用|架构|产品)([A-Z][A-Za-z0-9\-.+]{1,24}[A-Za-z0-9+])(?![A-Za-z0-9])")


# What Chinese text launches is a product: "发布Kimi K2", "开源了新模型Wan", "推出Manus",
# "推出了Sora 2和SearchGPT", "发布《黑神话：悟空》", "上线“元宝”".
_LAUNCH_VERB = r"(?:推出|发布|上线|开源|亮相|首发|量产|交付|上市)了?"
_LATIN_NAME = r"(?:[A-Z]|[a-z]{1,2}[A-Z])[A-Za-z0-9\-.+]*[A-Za-z0-9+](?: [A-Z0-9][A-Za-z0-9\-.+]*)?"
# "的开源Wrapper": after 的 the verb is an adjective; markup may wrap the name ("发布了 **X**")
_LAUNCHED = re.compile(r"(?<!的)" + _LAUNCH_VERB + r"[\u4e00-\u9fff]{0,8}?[ *]{0,3}(" + _LATIN_NAME +
                       r")(?![A-Za-z0-9])")
_LAUNCHED_NEXT = re.compile(r"\s?(?:、|和|及|与|以及|,|，)\s?(" + _LATIN_NAME + r")(?![A-Za-z0-9])")
_LAUNCHED_QUOTED = re.compile(r"(?<!的)" + _LAUNCH_VERB + r"(?:[\u4e00-\u9fff]{0,6}?(?:游戏|应用|产品|App|APP|模型|大模型|手机|平台|系统))?"
                              r"[《“\"]([^《》“”\"\n，、；。！？,;]{2,20})[》”\"]")
# Quoted titles that name documents, not products: rules, reports, lists, plans.
_DOCUMENT_TITLE = re.compile(
    r"(?:指南|规定|办法|意见|报告|规则|目录|通知|条例|法|纲要|规划|方案|白皮书|公报|标准|名单|清单|稿|决定|计划|"
    r"政策|措施|文件|细则|准则|指引|声明|公告|倡议|宣言|研究|分析|蓝皮书|年鉴|榜单|排行榜|指数|通告|说明|"
    r"备忘录|纪要|原则|方法|法案|公约|守则|章程|[）)])$|^关于")
# A brand followed by a bare model code is one product name: "小米17", "问界M9", "理想L6".
_MODEL_CODE = re.compile(
    r"(?:[A-Z]{1,3}\d{1,4}[A-Za-z]?\+?|[a-z]\d{1,3}\+?|\d{1,3}[A-Za-z]?\+?)" + _EDITION +
    r"(?![A-Za-z0-9.%．·])(?![年月日号时分秒万亿千百元倍个家款台辆名位只次天周人岁度期届项条座所架套集季篇章楼层栋路线频折成胜平负场球轮])")


_NOT_MAKERS = {"government", "organization", "university", "exchange"}
_NETWORK_GENERATION = re.compile(r"^\d[Gg]$")  # "中国移动6G": a technology, not a model


def brand_models(candidates: Iterable[Mention], text: str) -> list[Mention]:
    """Products named by a brand (an ORG or PRODUCT candidate of Chinese text) and the
    model code right after it; they win over the brand alone in :func:`select`."""
    out = []
    for c in candidates:
        if c.lang != "zh" or c.type not in ("ORG", "PRODUCT") or not is_han(c.text[-1:]):
            continue
        if c.type == "ORG" and _kind(_ruler_marks(c)) in _NOT_MAKERS:
            continue  # "央视3" is a channel, "教育部2" no product
        m = _MODEL_CODE.match(text, c.end)
        if m and not _NETWORK_GENERATION.match(m.group(0)) and not _NAME_AND_YEAR.match(m.group(0)):
            out.append(Mention(c.doc_id, c.start, m.end(), text[c.start:m.end()], "PRODUCT", "zh",
                               "rule", "model"))
    return out


# A Latin name an organization owns, in Chinese text: "Google的Project Astra", "字节的Seedance",
# "OpenAI旗下的Sora" (a person would be speaking or titled: "微软的Satya Nadella表示")
_OWNED_LATIN = re.compile(r"(?:的|旗下的?|自家的?|自研的?)[“\"「《]?((?:[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*|[A-Z]{2,}[0-9][A-Za-z0-9]*)"
                          r"(?:[ \-.][A-Z0-9][A-Za-z0-9.]*){0,3})(?![A-Za-z0-9\-]|[ \-.][A-Z0-9])(?!\s?(?:表示|说|称|指出|认为|先生|女士|博士|团队|教授))")


def owned_products(mentions: list[Mention], text: str) -> list[Mention]:
    """Latin names right after "<organization>的" in Chinese text that no mention covers: products."""
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    out = []
    for m in mentions:
        if m.type != "ORG" or m.kind in _NOT_MAKERS:  # a university's "Zhang Wei团队" is no product
            continue
        o = _OWNED_LATIN.match(text, m.end)
        if not o or any(taken[o.start(1):o.end(1)]):
            continue
        name = o.group(1)
        if name.upper() in _GENERIC_ACRONYMS or name in _FUNCTION_WORDS or _NOT_PRODUCT.match(name):
            continue
        out.append(Mention(m.doc_id, o.start(1), o.end(1), name, "PRODUCT", "en", "rule", "owned"))
    return out


_DATA_AFTER = re.compile(r"\s?(?:数据|报告|研报|白皮书|指数|榜单|论文|统计)")


# A Latin organization name in Chinese text, by its head noun: "创办了Eureka Labs", "Figure Robotics"
_LATIN_ORG = re.compile(
    r"(?<![A-Za-z0-9&.-])(?:[A-Z][A-Za-z0-9&.-]*[A-Za-z0-9] ){1,3}(?:Labs?|Inc\.?|Corp\.?|Corporation|Technologies|"
    r"Capital|Ventures|Holdings|Robotics|Networks|Studios|Motors|Partners|Research|Group)(?![A-Za-z])")


def _noun_follows(text: str, end: int) -> bool:
    """A Chinese word other than a particle follows the closing quote at ``end``, or 的 and
    a word ("推出“厂家补税”的限时营销策略": the quote describes the strategy)."""
    if end < len(text) and text[end] == "的":
        end += 1
    return end < len(text) and is_han(text[end]) and text[end] not in "的了和与及等也"


def rule_mentions(doc: Document, seg) -> list[Mention]:
    out = []
    text = doc.text[seg.start:seg.end]
    if seg.lang == "zh":
        for a, b in org_spans(doc.text, seg.start, seg.end):
            out.append(Mention(doc.id, a, b, doc.text[a:b], "ORG", "zh", "orgrule"))
        for m in _LATIN_ORG.finditer(doc.text, seg.start, seg.end):
            out.append(Mention(doc.id, m.start(), m.end(), m.group(0), "ORG", "en", "orgrule"))
        for a, b in titled_people(doc.text, seg.start, seg.end):
            out.append(Mention(doc.id, a, b, doc.text[a:b], "PERSON", "zh", "titlerule"))
        for m in _LAUNCHED.finditer(doc.text, seg.start, seg.end):
            spans, pos = [m.span(1)], m.end(1)
            while (nxt := _LAUNCHED_NEXT.match(doc.text, pos, seg.end)):
                spans.append(nxt.span(1))
                pos = nxt.end(1)
            for a, b in spans:
                name = doc.text[a:b]
                if _DATA_AFTER.match(doc.text, b):
                    continue  # "发布的COFER数据": a data set or report, not a product
                if len(name) >= 3 and name.upper() not in _GENERIC_ACRONYMS and not _NOT_PRODUCT.match(name):
                    out.append(Mention(doc.id, a, b, name, "PRODUCT", "zh", "rule"))
        for m in _LAUNCHED_QUOTED.finditer(doc.text, seg.start, seg.end):
            name = m.group(1).strip()
            modifier = _noun_follows(doc.text, m.end())  # "发布“拉眼角”照片": the quote describes a noun
            if name and not _DOCUMENT_TITLE.search(name) and not _NUMBER_LIKE.match(name) and not (
                    m.group(0)[-1] in "”\"" and modifier):
                a = doc.text.index(name, m.start(1))
                out.append(Mention(doc.id, a, a + len(name), name, "PRODUCT", "zh", "rule"))
    for m in _NAMED_PRODUCT.finditer(text):
        group = 1 if m.group(1) else 2
        name = m.group(group)
        if (name.upper() in _GENERIC_ACRONYMS or _NOT_PRODUCT.match(name) or name in _FUNCTION_WORDS
                or re.search(r"-[a-z]+$", name)):  # "Open-source models", "Large-scale model"
            continue
        s = seg.start + m.start(group)
        out.append(Mention(doc.id, s, s + len(name), name, "PRODUCT", seg.lang, "rule"))
    for m in _PRODUCT.finditer(text):
        code, s = m.group(0), seg.start + m.start()
        brand, _, rest = code.partition(" ")
        if rest and brand in known_names("ORG") and _PRODUCT.fullmatch(rest):
            code, s = rest, s + len(brand) + 1  # "Xiaomi SU7", "Apple M4": the company and its product
        if _NOT_PRODUCT.match(code) or code.upper() in _GENERIC_ACRONYMS or _plain_word_code(code) or (
                _NAME_AND_YEAR.match(code)):
            continue
        family = _FAMILY_BEFORE.search(doc.text, max(seg.start, s - 24), s)
        if family and family.group(1) in known_names("PRODUCT", ambiguous=True):
            s -= len(family.group(0))  # "Claude Opus 4.5", "Gemini Ultra 2": the family name and the model
            code = doc.text[s:s + len(family.group(0)) + len(code)]
        out.append(Mention(doc.id, s, s + len(code), code, "PRODUCT", seg.lang, "rule"))
    return out


_NAME_AND_YEAR = re.compile(r"^[A-Za-z]+[- ]?(?:19|20)\d\d$")  # "WCG2011", "Expo 2020": an event and its year
# A lexicon product name, ambiguous ones too ("Claude"), before a model name ("Claude Opus 4.5")
# is the product family
_FAMILY_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z]{2,15}) $")


def _plain_word_code(code: str) -> bool:
    """"High-NA", "Top-K": a common word and letters, no model name; "DeepSeek-OCR" (a known
    or CamelCase brand) and "Hunyuan-T1" (a digit) are."""
    brand, dash, rest = code.partition("-")
    return bool(dash) and not re.search(r"\d", rest) and not re.search(r"[a-z][A-Z]", brand) and \
        brand not in known_names()


_POSSESSIVE = re.compile(r"(?:'s|’s|的) ?$")
# Nouns that confirm an ambiguous lexicon name of the type: "元宝App", "荣耀手机", "理想汽车".
_TYPE_NOUN = {
    "PRODUCT": re.compile(r"\s?(?:App|APP|app|应用|大模型|模型|助手|智能体|平台|系统|手机|芯片|汽车|"
                          r"(?:app|assistant|model|chatbot|platform)\b)"),
    "ORG": re.compile(r"\s?(?:公司|集团|旗下|创始人|董事长|CEO|首席执行官|总裁|股价|市值|(?:Inc|Corp|Group)\b)"),
}
# A capitalized English name doing business is the company: "Meta launched", "Apple has acquired"
# ... or the object of a business verb ("The FTC sued Amazon"), or a company with its officers
# ("Meta's chief AI scientist")
_PATIENT_VERB_EN = re.compile(r"\b(?:sued|sues|suing|acquired|acquires|bought|fined|fines|investigating|probe into|"
                              r"lawsuit against|invested in|invests in|partnered with|stake in|rivals?|competitors?)"
                              r" (?:rival |tech giant |e-commerce giant )?$")
_OFFICER_AFTER_EN = re.compile(r"(?:'s|’s) (?:former |new |then )?(?:CEO|CFO|CTO|COO|chief|founder|co-founder|chairman|"
                               r"president|head|shares|stock)\b")
_COORD_AFTER = re.compile(r",? (?:and|&) |, ")
_COORD_BEFORE = re.compile(r"(?:,? (?:and|&)|,) $")


def _coordinated(c: Mention, text: str, starts: set, ends: set) -> bool:
    """An ambiguous English company name coordinated with a sure one: "Apple and Google",
    "Apple, Google Confirm …", "Google and Apple"."""
    after = _COORD_AFTER.match(text, c.end)
    if after and after.end() in starts:
        return True
    before = _COORD_BEFORE.search(text, max(0, c.start - 6), c.start)
    return bool(before) and before.start() in ends


_AGENT_VERB_EN = re.compile(
    r" (?:has |have |had |is |was )?(?:launched|launches|released|releases|unveiled|unveils|announced|announces|"
    r"acquired|acquires|invested|invests|agreed|partnered|hired|reported|posted|shipped|sued|said|says|plans|"
    r"raised|laid off|introduced|open-sourced|rolled out|debuted)\b")


# ... or preceded by one: "AI应用“豆包”", "旗下大模型豆包"
_PRODUCT_NOUN_BEFORE = re.compile(r"(?:App|APP|应用|大模型|模型|助手|智能体|产品|品牌)[“\"「《]?$")


_OPEN_BRACKET = re.compile(r" ?[（(]")
_BRANCH_ZH = re.compile(r"(?:分行|支行|分公司|子公司|分部|分院|分会|办事处|营业部|中心|研究院|实验室|事业部|"
                        r"[（(]中国[）)](?:有限公司)?|有限公司|集团)$")


def _inside_longer(m: Mention, others: Iterable[Mention]) -> bool:
    """``m`` lies within a longer span of ``others``."""
    return any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start for o in others)


def select(candidates: Iterable[Mention], text: str, segments=()) -> list[Mention]:
    """Trim, filter and de-overlap candidates; the best by priority, then length."""
    trimmed = [t for t in (_trim(_ruler_marks(c), text) for c in candidates) if t]
    in_url = bytearray(len(text) + 1)  # a link's address is no text: "…/Gemini_Generated_Image_….png", "%E7%94"
    for u in URL.finditer(text):
        in_url[u.start():u.end()] = b"\x01" * (u.end() - u.start())
    trimmed = [c for c in trimmed if not any(in_url[c.start:c.end])]
    # a model code that extends a known product name is the more specific name: "ERNIE 4.0"
    versions = [c for c in trimmed if c.source == "rule" and c.type == "PRODUCT"]
    trimmed = [c for c in trimmed if not (c.source in ("ruler", *_MODELS) and _inside_longer(c, versions))]
    # a NER name that is mostly a product code is no organization: "Mate 80系列"
    trimmed = [c for c in trimmed if not (c.source in _MODELS and c.type in ("ORG", "PERSON") and any(
        c.start <= v.start and v.end <= c.end and 2 * (v.end - v.start) >= c.end - c.start
        for v in versions))]
    # a legal name that contains lexicon names is the more specific name: 长安福特汽车有限公司
    # ... and so is a branch or arm the model reads after one: 招商银行武汉分行, 花旗银行（中国）有限公司
    legal = [c for c in trimmed if c.source == "orgrule" or (
        c.source in _MODELS and c.type == "ORG" and c.lang == "zh" and _BRANCH_ZH.search(c.text))]
    trimmed = [c for c in trimmed if not (c.source == "ruler" and c.type == "ORG" and _inside_longer(c, legal))]
    # a lexicon person name inside a longer NER person name is another person: 王兴 / 王兴兴
    people = [c for c in trimmed if c.source in (*_MODELS, "titlerule") and c.type == "PERSON" and c.lang == "zh"]
    trimmed = [c for c in trimmed if not (c.source == "ruler" and c.type == "PERSON" and _inside_longer(c, people))]
    confirmed = {(c.start, c.end) for c in trimmed if c.source in ("ner", "alias")}
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
    # ... and so is one next to a noun of its type ("元宝App", "豆包大模型", "Kimi app", "应用“豆包”")
    # or one in parentheses right after an organization ("腾讯（元宝）") or before one in
    # parentheses ("豆包 (火山引擎)"), or a product an
    # organization owns ("Meta's Llama", "谷歌的Gemini")
    org_ends = {c.end for c in trimmed if c.type == "ORG"}
    org_starts = {c.start for c in trimmed if c.type == "ORG"}
    sure_orgs = [c for c in trimmed if c.type == "ORG" and not (c.source == "ruler" and c.kind and "~" in c.kind)]
    sure_starts, sure_ends = {c.start for c in sure_orgs}, {c.end for c in sure_orgs}
    for c in trimmed:
        if c.source == "ruler" and c.kind and "~" in c.kind:
            after = _TYPE_NOUN.get(c.type)
            owner = _POSSESSIVE.search(text, max(0, c.start - 4), c.start)
            maker = _OPEN_BRACKET.match(text, c.end)  # "豆包 (火山引擎)": a product and its maker
            agent = c.type == "ORG" and c.text[:1].isupper() and (
                _AGENT_VERB_EN.match(text, c.end) or _coordinated(c, text, sure_starts, sure_ends)
                or _PATIENT_VERB_EN.search(text, max(0, c.start - 24), c.start) or _OFFICER_AFTER_EN.match(text, c.end))
            if (after and after.match(text, c.end)) or agent or (
                    c.type == "PRODUCT" and maker and maker.end() in org_starts) or (
                    c.type == "PRODUCT" and _PRODUCT_NOUN_BEFORE.search(text, max(0, c.start - 6), c.start)) or (
                    c.type == "PRODUCT" and owner and owner.start() in org_ends) or (
                    text[c.start - 1:c.start] in "（(" and c.start >= 1
                    and text[c.end:c.end + 1] in ("）", ")") and (
                        (c.start - 1) in org_ends or (text[c.start - 2:c.start - 1] == " " and (c.start - 2) in org_ends))):
                confirmed.add((c.start, c.end))
    # a product rule wins over a NER label for exactly the same span ("L60" is no ORG)
    products = {(c.start, c.end) for c in trimmed if c.source == "rule" and c.type == "PRODUCT"}
    trimmed = [c for c in trimmed if not (c.source in _MODELS and (c.start, c.end) in products)]
    # judged as the model labelled it, then retyped where the text says otherwise
    ranked = sorted((retyped_by_context(c, text, segments) for c in trimmed if _keep(c, confirmed, text, segments)),
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
    candidates.extend(brand_models(candidates, doc.text))
    segments = [ps.segment for ps in parsed]
    mentions = select(candidates, doc.text, segments)
    extra, links = stated_aliases(doc, parsed, mentions)
    extra += owned_products(mentions, doc.text)
    if extra:
        mentions = select(list(mentions) + extra, doc.text, segments)
        keep = {(m.start, m.end) for m in mentions}
        links = [l for l in links if (l.b.start, l.b.end) in keep and (l.a.start, l.a.end) in keep]
    mentions, links = aligned_types(mentions, links)
    mentions = consistent_types(mentions)
    words = {x for ps in parsed for t in ps.tokens for x in (t.start, t.end)}
    mentions = sorted(mentions + repeated_names(mentions, doc.text, segments, words), key=lambda m: (m.start, m.end))
    return mentions, relink(links, {m.span: m for m in mentions})
