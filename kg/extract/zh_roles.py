"""Chinese company names in the slots of a role word: rivals, shareholders, suppliers and customers.

Analysis articles name the parties of a tie around a noun for it: "华虹半导体的主要竞争对手是世界先进与力积电",
"卫蓝新能源的股东包括哈勃投资、小米集团", "作为瑞幸咖啡的控股股东，大钲资本…", "在纳斯达克和多伦多证券交易所两地上市
的巴拉德动力", and an analyst's firm ("比达分析师李锦清").  Names such as 世界先进 are made of common words, so neither jieba nor the model reads them as one, but
the words around say what stands there: the run of Han characters before "的(主要)竞争对手是", each member of the
list after "竞争对手是/包括", the holder after "作为X的控股股东，" and the company after "上市的".  Each run must be a
string jieba's dictionary barely knows (fewer than 50 uses, so "市场" or "行业龙头" are none), hold no common verb,
adverb or time word, open and end like a name, and be no kind of company ("国内厂商", "生物技术公司").
"""
from __future__ import annotations

import re

from .titles import quiet_posseg, surname_at, word_freq
from .zh_names import FIRM_AND_RANK_ZH, NAME_SPEAKS_ZH
from .zh_orgs import DESCRIPTION_END, GENERIC_END, NOT_BRAND_CHARS, rare_run

# the nouns of a tie between companies
ROLE_NOUN = r"(?:竞争对手|对手|控股股东|大股东|股东|供应商|供货商|代工厂|代工商|客户|合作伙伴|母公司|子公司)"
_DEGREE = r"(?:主要|最大|最直接|直接|核心|重要|第一大|头号|潜在)?的?"
# a name before "的主要竞争对手", after what opens a clause or a role
_BEFORE_ROLE = re.compile(r"(?:^|(?<=[，。；：、\s（(“\"*]))([\u4e00-\u9fff]{2,6}?)的" + _DEGREE + ROLE_NOUN
                          + r"(?:之一)?(?:是|为|包括|有|还有|主要是|主要有|则是)")
# ... and the names listed after it: "竞争对手是世界先进与力积电", "股东包括A、B和C"
_ROLE_THEN = re.compile(ROLE_NOUN + r"(?:之一)?(?:是|为|包括|有|还有|主要是|主要有|则是)[：:]?")
_MEMBER = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?=[、，。；,;）)]|和|与|及|以及|等|$)")
_JOINER = re.compile(r"、|和|与|及|以及")
# (a market's scope opens no name: "国内厂商", "海外市场")
_PLACE_OPEN = re.compile(r"国内|国外|海外|境内|境外|全球|本土|本地|行业|其他|其它|多家|部分")
# A name after the role it plays, in an opening clause: "作为瑞幸咖啡的控股股东，大钲资本近年来…"
_AFTER_ROLE = re.compile(r"作为[^，。；,;]{1,20}?的" + _DEGREE + ROLE_NOUN + r"[，,]\s?"
                         r"([\u4e00-\u9fff]{2,4}?(?:资本|集团|控股|基金|投资|创投|科技|股份))(?=[\u4e00-\u9fff])")


# ... and a listed company after its exchange: "在纳斯达克和多伦多证券交易所两地上市的巴拉德动力，"
_LISTED_THEN = re.compile(r"(?:上市|挂牌)的([\u4e00-\u9fff]{2,6}?)(?=[，,。；]|(?:近年|今年|去年|此前|目前|已|也|则|于|在|将|正|同样|仍)|$)")


# ... and an analyst's firm, opening a clause before the analyst's name: "…表现，比达分析师李锦清告诉记者"
# (zh_names reads the firm the model calls a person: "易观分析师李明")
_BEFORE_STAFF = re.compile(r"(?:^|(?<=[，。；：、\s（(“\"*据]))([\u4e00-\u9fff]{2,4}?)" + FIRM_AND_RANK_ZH
                           + r"(?:分析师|研究员)" + NAME_SPEAKS_ZH)


# jieba tags of common words no name is made of: verbs, adverbs, prepositions, pronouns, numerals, times
# ("结构不会改变"; a rare verb or a single character may be a name's part: 中科飞测, 海博思创)
_NOT_NAME_WORD = ("v", "d", "p", "c", "u", "r", "m", "t", "f", "ad", "vd", "ul", "uj", "y")


def _name_like(name: str) -> bool:
    if any(p.flag in _NOT_NAME_WORD and len(p.word) > 1 and word_freq(p.word) >= 1000 for p in quiet_posseg().cut(name)):
        return False
    return (rare_run(name) and not name.endswith(("中", "里", "内", "间"))
            and not set(name[:2]) & NOT_BRAND_CHARS and not GENERIC_END.search(name)
            and not DESCRIPTION_END.search(name) and not _PLACE_OPEN.match(name) and not re.search(ROLE_NOUN, name))


# A byline: an outlet, its reporter's post and a name on a line of their own ("北京商报记者 魏蔚")
_BYLINE = re.compile(r"(?:^|(?<=\n))[ \t]*([\u4e00-\u9fff]{2,10}?)(?:实习|特约|首席)?(?:记者|编辑)[ \t]+(?=[\u4e00-\u9fff]{2,3}(?:[ \t]|$|\n))")


def role_orgs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of company names before a role noun ("X的主要竞争对手是") and in the list after it."""
    end = len(text) if end is None else end
    spans = []
    for m in [*_BEFORE_ROLE.finditer(text, start, end), *_AFTER_ROLE.finditer(text, start, end),
              *_LISTED_THEN.finditer(text, start, end)]:
        if _name_like(m.group(1)):
            spans.append(m.span(1))
    for m in _BYLINE.finditer(text, start, end):  # "通信世界网记者 张丽娜": the byline's outlet (its name may be common words)
        if surname_at(text, m.end()) and not m.group(1).startswith(("本报", "本刊", "本台", "本网", "该", "其", "新华社")):
            spans.append(m.span(1))
    for m in _BEFORE_STAFF.finditer(text, start, end):
        if surname_at(text, m.end()) and _name_like(m.group(1)):
            spans.append((m.start(1), m.end(2) if m.group(2) else m.end(1)))
    for m in _ROLE_THEN.finditer(text, start, end):
        pos = m.end()
        while pos < end:
            member = _MEMBER.match(text, pos, end)
            if not member:
                break  # a Latin name, a mention the model found, or a longer phrase: the list is read elsewhere
            if _name_like(member.group(1)):
                spans.append(member.span(1))
            joiner = _JOINER.match(text, member.end(), end)
            if not joiner:
                break
            pos = joiner.end()
    return spans
