"""Names written in Latin letters inside Chinese text, typed by the Chinese words around them.

Chinese tech news names many companies and people in Latin letters: "Runway去年12月发布
Gen-4.5", "由General Atlantic领投", "Neuralink联合创始人、总裁DJ Seo表示", "艾伯维旗下的
Pharmacyclics起诉百济神州", "名创优品旗下潮玩品牌TOP TOY".  The Chinese model learned from
CLUENER, where such names are rare: it misses them or types them at random (a fund as a person).
The words next to a name say what it is:

- an organization is followed by what only organizations do or have (公司, 旗下, 创始人, CEO,
  完成…融资, 领投, 起诉, 发布 + a product), or preceded by a kind of organization (初创公司,
  潮玩品牌, 投资机构), or has an organization's head word ("B Capital", "Figure AI");
- a person follows a title or an employee word (总裁DJ Seo, 员工Imran Chaudhri), or has a
  person's shape ("Bethany Bongiorno") and does what people do (表示, 创立).

A name with no such cue is left to the model.  Lexicon names (the EntityRuler) rank above these.
"""
from __future__ import annotations

import re
from typing import Iterator

from .event_triggers import SIGNS_AGREEMENT_ZH
from .products import GENERIC_ACRONYMS
from .titles import ANY_TITLE_ZH

_TOKEN = r"(?:[A-Z][A-Za-z0-9'’.+]*|[a-z]+[A-Z][A-Za-z0-9]*|\d+[A-Za-z][A-Za-z0-9]*)"
# a run of up to four words: "General Atlantic", "T. Rowe Price", "TOP TOY", "99Food", "Gen-4.5"
RUN = re.compile(rf"(?<![A-Za-z0-9.&'’-]){_TOKEN}(?:(?: | & |&|-){_TOKEN}){{0,3}}(?![A-Za-z0-9])")
# Latin words of Chinese tech writing that are no names ("AI公司", "GPU初创公司"), beside the
# acronyms the product rules already know (products.GENERIC_ACRONYMS)
_GENERIC = {"NPU", "TPU", "DPU", "SOC", "ADC", "LLM", "KOL", "MCN", "ARR", "MOE", "WEB3", "ADAS",
            "OTA", "MPV", "BEV", "PHEV", "HBM", "DRAM", "NAND", "EDA", "GPT", "CV", "PPT", "PDF", "TOB", "TOC",
            "DEMO", "BETA", "PRO", "MAX", "PLUS", "ULTRA", "MINI", "LITE", "AIR", "SERIES", "SEED", "PRE-IPO",
            "AGENTIC", "TRANSFORMER", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "GW", "MW"}
# An organization's head word: "B Capital", "ARK Invest", "Figure AI", "Eureka Labs"
_ORG_HEAD = re.compile(r" (?:Labs?|Inc\.?|Corp\.?|Corporation|Technologies|Technology|Capital|Ventures|Holdings|"
                       r"Robotics|Networks|Studios|Motors|Partners|Research|Group|Securities|Management|Investments?|"
                       r"Invest|Advisors|Bank|Insurance|Consulting|AI|Bio|Biotech|Therapeutics|Pharma|Games|"
                       r"Semiconductor|Systems|Fund|Asset Management)$")
_TIME = (r"(?:(?:此前|日前|近日|随后)?(?:于|在|已于|已在|曾于|又于)?(?:去年|今年|前年|上月|本月|当月|近日|日前|此前|随后|同期|"
         r"\d{2,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:初|中旬|下旬|底|末)?)")
# what follows an organization ("Runway去年12月完成D轮融资", "Neuralink联合创始人", "General Atlantic领投",
# "Humane由两位前苹果员工…创立", "Neuralink（马斯克创立）")
_ORG_AFTER = re.compile(
    rf"\s?(?:公司|集团|旗下|母公司|子公司|创始人|联合创始人|创办人|(?:高级|资深|首席|执行|常务|助理)?{ANY_TITLE_ZH}|股东|董事会|股价|市值|估值|官网|官方|"
    rf"的?(?:直接|主要|最大|头号|最强)?竞争对手|"
    rf"{_TIME}(?:正式|再次|又|也|还|先后)?(?:完成|获得|宣布完成|宣布获得|领投|跟投|参投|联合领投|共同领投|起诉|"
    rf"(?:发布|推出|上线|开源)(?:了)?(?:新一代|新款|最新|首款)?(?:的)?\s?[A-Z《“\"])|"
    rf"由[^，。；]{{1,50}}?(?:联合)?(?:创立|创办|创建|成立)|联合(?:开发|研发|发布|推出|打造)|"
    rf"等[\u4e00-\u9fff]{{0,4}}?(?:品牌|公司|企业|机构)|[（(][^（）()]{{1,20}}?(?:创立|创办|旗下|控股)[）)])")
# what precedes one ("GPU初创公司", "潮玩品牌", "投资机构")
# (a business's 平台 is one too, "外卖平台iFood", a developer's is a product, "开发平台Coze Studio")
_ORG_BEFORE = re.compile(r"(?:公司|企业|初创公司|创业公司|独角兽|品牌|厂商|开发商|运营商|投资机构|投资方|基金|资本|"
                         r"机构|子公司|工作室|实验室|交易所|银行|券商|集团|财团|巨头|车企|药企|零售商|供应商|制造商|代工厂|"
                         r"电视台|电视网|通讯社|媒体|报社|出版社|竞争对手(?:是|为|包括|有|如)?|(?:合资|出资|共同|联合)(?:设立|成立|组建)了?|"
                         r"(?<!开发)(?<!开放)(?<!技术)(?<!软件)(?<!服务)(?<!计算)(?<!算力)(?<!模型)(?<!智能体)(?<!云)平台)\s?$")
# "iFood是荷兰投资集团Prosus旗下的外卖平台": a run described as a company
_ORG_IS = re.compile(r"\s?(?:现已|已经|已|也|则|仍)?(?:是|为|作为|成为)[^，。；：！？\n]{0,24}?(?:公司|企业|平台|品牌|机构|"
                     r"初创公司|独角兽|厂商|开发商|运营商|基金|银行)(?=[，。；、）)\s]|$)")
# what precedes a person ("总裁DJ Seo", "前苹果员工Imran Chaudhri")
_PERSON_BEFORE = re.compile(rf"(?:{ANY_TITLE_ZH}|员工|雇员|工程师|设计师|研究员|教授|博士|作者|投资人|创业者|"
                            rf"(?:首席)?分析师|议员|部长|总统|大使)[、，,]?\s?(?:\*{{1,2}}\s?)?$")
_PERSON_SHAPE = re.compile(r"(?:[A-Z][a-z]+|[A-Z]{1,2}|[A-Z]\.(?:[A-Z]\.)?)(?:[ -][A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}")
_PERSON_AFTER = re.compile(r"\s?(?:表示|指出|认为|透露|坦言|强调|称|说|团队|课题组|(?:于\d{4}年)?(?:联合)?(?:创立|创办)|先生|女士|博士|"
                           r"(?:正式|将|已)?(?:接任|接替|出任|担任|执掌|辞职|离职|卸任|退休|获任|获委任))")  # a post taken or left
_AND = re.compile(r"\s?[和与及、]\s?$")
# a party that signs an agreement with another ("米哈游与T-Systems签署协议"): a company, unless it is a person's
# first and last name
_PARTY_BEFORE = re.compile(r"(?:与|同|旗下的?)$")  # ... or a unit of one that does ("与德国电信旗下的T-Systems签署")
_SIGNS_DEAL = re.compile(r"\s?" + SIGNS_AGREEMENT_ZH)


def latin_runs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for m in RUN.finditer(text, start, end):
        name = m.group(0)
        if name.upper() not in GENERIC_ACRONYMS and name.upper() not in _GENERIC and not name.isdigit() and len(name) > 1:
            yield m.start(), m.end()


_VERSION_AFTER = re.compile(r" \d{1,2}\.\d{1,2}(?![\d%])")


def _type(name: str, text: str, a: int, b: int, lo: int, hi: int) -> str | None:
    """The type the words before ``a`` and after ``b`` give ``name``."""
    before = text[max(lo, a - 12):a]
    if _VERSION_AFTER.match(text, b, hi):
        return None  # "发布WPS AI 3.0": a name with its version is a product's, whatever word it ends in
    if _PERSON_SHAPE.fullmatch(name) and (_PERSON_BEFORE.search(before) or _PERSON_AFTER.match(text, b, hi)):
        return "PERSON"
    if _ORG_HEAD.search(name) or _ORG_AFTER.match(text, b, hi) or _ORG_BEFORE.search(before) or \
            _ORG_IS.match(text, b, hi) or (_PARTY_BEFORE.search(before) and not (" " in name and _PERSON_SHAPE.fullmatch(name))
                                           and _SIGNS_DEAL.match(text, b, hi)):
        return "ORG"
    return None


# What ends the text before a Chinese name that a Latin alias in brackets follows
_BEFORE_HAN_NAME = re.compile(r"(?:旗下|子品牌|品牌|公司|平台|厂商|的|与|和|及|是|为|在|从|对|向|由|将|把|被|拥有|包括|"
                              r"例如|如|以及|推出|发布|收购|投资|入股|联合|通过|其|该|称|即|[^\u4e00-\u9fff])$")


def _han_name_before(text: str, end: int, lo: int) -> int:
    """Start of the Chinese name (2 to 8 characters) that ends at ``end``, after the nearest
    word that ends what comes before a name ("中兴通讯旗下品牌|努比亚", "、|可隆体育"), or -1."""
    for start in range(end - 2, max(lo, end - 10) - 1, -1):
        if not ("\u4e00" <= text[start] <= "\u9fff" or (text[start] in "·•" and start < end - 2)):  # "尼克·伍德曼"
            return -1
        if start == lo or (text[start - 1] not in "·•" and _BEFORE_HAN_NAME.search(text, max(lo, start - 3), start)):
            return start
    return -1


def typed_latin_names(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, type) of the Latin names in the Chinese ``text[start:end]`` whose context
    says what they are.  A name joined by 和/与/、 to a typed name of a person's shape takes its
    type ("员工Imran Chaudhri和Bethany Bongiorno创立").  A Latin alias in brackets is typed by the
    words around the Chinese name it follows, and an organization's Chinese name is given too
    ("中兴通讯旗下品牌努比亚（nubia）": 努比亚 and nubia)."""
    runs = list(latin_runs(text, start, end))
    types, named = [], []
    for a, b in runs:
        han = -1
        if text[a - 1:a] in "（(" and text[b:b + 1] in "）)" and a > start:  # "品牌努比亚（nubia）联合发布"
            han = _han_name_before(text, a - 1, start)
        types.append(_type(text[a:b], text, han if han >= 0 else a, b + 1 if han >= 0 else b, start, end))
        if han >= 0 and types[-1] == "ORG" and not _ORG_BEFORE.search(text, han, a - 1):
            named.append((han, a - 1, "ORG"))  # ... and the Chinese name it is the alias of
    for _ in range(2):  # the type passes along a list both ways
        for i in range(len(runs) - 1):
            (a1, b1), (a2, b2) = runs[i], runs[i + 1]
            if not _AND.match(text[b1:a2]) or (types[i] is None) == (types[i + 1] is None):
                continue
            t = types[i] or types[i + 1]
            if t == "PERSON" and not (_PERSON_SHAPE.fullmatch(text[a1:b1]) and _PERSON_SHAPE.fullmatch(text[a2:b2])):
                continue
            types[i] = types[i + 1] = t
    return [(a, b, t) for (a, b), t in zip(runs, types) if t] + named
