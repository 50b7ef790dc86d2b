"""Organizations a deal names in Chinese text: the investors of a round ("本轮由黑蚁资本领投"), the target
of a deal ("美团完成对光年之外的收购"), a company described by its listing ("深交所上市公司遥望科技") and the parties
to a signed agreement ("快手与蓝色光标签署战略合作协议"), whose names jieba reads as common words, so that the suffix rule of
:mod:`kg.extract.zh_orgs` finds no proper part in them."""
from __future__ import annotations

import re

from ..lexicon import known_names, place_names
from .event_triggers import SIGNS_AGREEMENT_ZH
from .titles import common_words, word_freq
from .zh_orgs import NOT_BRAND_CHARS

# An investor named in a round: "本轮由黑蚁资本领投", "老股东天图投资超额认购", "嘉御资本、源码资本跟投"
# (jieba reads 黑蚁 and 源码 as common nouns, so the suffix rule above finds no proper part)
_INVESTS = r"领投|跟投|参投|追投|投资|认购|加注|加码"  # the verb of a round
_INVESTOR = re.compile(r"(?:(?<=[由，,、和及与：:\s])|(?<=老股东|投资方|领投方|旗下的)|(?<=以及|股东))(?![由和及与以在从对向被把将为])([\u4e00-\u9fff]{2,4}?(?:资本|创投|投资|基金|资管))"
                       rf"(?=(?:联合|共同|继续|持续|再次|独家|超额|追加)?(?:{_INVESTS})|[、和及]|以及|等)")
_INVESTS_AFTER = re.compile(_INVESTS)
_INVESTORS_LISTED = re.compile(r"(?:投资方|投资人|投资机构|股东|出资方)(?:还|则|主要|均)?(?:包括|有|为)")
# kinds of money and investors, not names: "社会资本", "天使投资", "私募基金", "产业基金"
_MONEY_KIND = {"天使", "私募", "境外", "境内", "专项", "并购", "跨境", "老牌", "硬科技", "新能源", "美元", "人民币", "创业",
               "风险", "知名", "头部", "国资", "国有", "政府", "产业", "战略", "股权", "财务", "早期", "多家", "该", "其"}


def investor_orgs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of investors named before the verb of a round: a name of two to four characters
    jieba does not count as a common word, then 资本, 创投, 投资, 基金 or 资管."""
    end = len(text) if end is None else end
    spans = []
    for m in _INVESTOR.finditer(text, start, end):
        stem = m.group(1)[:-2]
        stop = min((i for i in (text.find(c, m.end(), end) for c in "，。；,;") if i >= 0), default=end)
        opens = max([text.rfind(c, start, m.start()) for c in "，。；,;"] + [start])
        if stem in _MONEY_KIND or word_freq(stem) >= 1000 or set(stem) & NOT_BRAND_CHARS or not (
                _INVESTS_AFTER.search(text, m.end(), stop) or _INVESTORS_LISTED.search(text, opens, m.start())):
            continue  # (a verb of a round after it, or a list of investors before: "投资方包括经纬创投、清流资本等")
        spans.append(m.span(1))
    return spans


# What a deal is made for: "美团完成对光年之外的收购", "宣布终止对星河科技的并购" (not a business, assets,
# shares or a unit of the other: "对该业务的收购", "对其股份的收购")
_DEAL_TARGET = re.compile(r"(?:完成|宣布|启动|终止|推进|批准|审查|暂停)了?对([\u4e00-\u9fffA-Za-z0-9]{2,10}?)(?:[（(][^（）()]{1,30}[）)])?的"
                          r"(?:全资|全面|控股)?(?:收购|并购|控股|战略投资|投资|增资|注资)")
_NOT_TARGET = re.compile(r"^(?:该|其|这|此|相关|部分|上述|多家|一家|旗下)|(?:业务|资产|股份|股权|部门|项目|团队|工厂|产线|门店|"
                         r"品牌|平台|公司|企业|产品|技术|专利|资源|土地|物业)$")


# ... and the company a stake is bought in: "以4.6亿元收购了快接头厂商苏州酷冷精密80%的股权"
_STAKE_TARGET = re.compile(r"(?:收购|购买|受让)了?(?:[^\x01，。；]{0,10}?(?:厂商|公司|企业|供应商|制造商))?([\u4e00-\u9fff]{2,8}?)"
                           r"(?:剩余|其余|所持|持有的)?(?:\d+(?:\.\d+)?%|全部|控股|多数)的?(?:股权|股份)")


def deal_targets(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the organizations a deal is made for, after 完成对…的收购 and the like (a country
    before the name is no part of it: "对奥地利钻石飞机（Diamond Aircraft）的收购")."""
    spans = []
    end = len(text) if end is None else end
    for m in [*_DEAL_TARGET.finditer(text, start, end), *_STAKE_TARGET.finditer(text, start, end)]:
        a, b = m.span(1)
        country = next((k for k in (3, 2) if b - a - k >= 2 and text[a:a + k] in place_names()), 0)
        name = text[a + country:b]
        if not _NOT_TARGET.search(name) and name[0] not in NOT_BRAND_CHARS:
            spans.append((a + country, b))
    return spans


# A company named after its listing: "深交所上市公司遥望科技近日与…签署", "创业板上市公司润泽科技今年新增", "北交所上市的并行科技11月任命"
_AFTER_LISTING = re.compile(r"(?:交所|板|港股|美股|A股|纳斯达克|纽交所)(?:主板)?上市(?:公司|企业|的)"
                            r"((?:(?!今年|去年|近日|日前|本月|上月|已经)[\u4e00-\u9fff]){2,6}?)"
                            r"(?=近日|日前|今年|去年|本月|上月|本周|上周|\d{1,2}月|已|也|则|还|与|和|在|于|将|正|宣布|完成|发布|推出|任命|新增|"
                            r"获得|签署|披露|公告|[，。；、（(])")


_KIND_INSIDE = re.compile(r"企业|公司|厂商|机构|品牌|[中上里内外等]$")  # "在港股上市的电池企业中": a kind, not a name


def exchange_listed_orgs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of companies named right after the exchange they list on ("科创板上市公司恒玄科技")."""
    spans = []
    for m in _AFTER_LISTING.finditer(text, start, len(text) if end is None else end):
        name = m.group(1)
        if name[0] not in NOT_BRAND_CHARS and not _NOT_TARGET.search(name) and not _KIND_INSIDE.search(name) \
                and word_freq(name) < 1000:
            spans.append(m.span(1))
    return spans


# The parties to an agreement signed: "快手与蓝色光标签署战略合作协议" (after 与, before the signing), "云鲸上月还与京东签署…"
# (at a clause's start, before 与 and a company the lexicon knows); not a kind of partner ("与多家车企签署")
_SIGNS = re.compile(SIGNS_AGREEMENT_ZH)
_PARTY_AFTER_WITH = re.compile(r"(?<=[与同])([\u4e00-\u9fff]{2,6}?)(?=(?:宣布|正式|共同|今日|近日|日前|再次|已经|已)*" + SIGNS_AGREEMENT_ZH + ")")  # (not "谷歌宣布")
_PARTY_BEFORE_WITH = re.compile(r"(?:^|(?<=[，,。；：:\s*]))([\u4e00-\u9fff]{2,4}?)(?:(?:上|本)月|近日|日前|(?:今|去)年\d{1,2}月|\d{1,2}月\d{0,2}日?)?"
                                r"(?:还|也|已|则|正式|宣布|曾|曾经|早已|此前|已经)?与")
_PARTNER_KIND = re.compile(r"(?:公司|企业|机构|厂商|车企|药企|银行|伙伴|客户|方|双方|各方|多家|政府|部门)$")


_NOT_PARTY = re.compile(r"^(?:公司|集团|本|该|其|双方|对方)|[未不没并均都曾也还已将]$")  # "公司未与高瓴资本签署任何投资协议"


def _party_name(name: str) -> bool:
    return name[0] not in NOT_BRAND_CHARS and not _PARTNER_KIND.search(name) and word_freq(name) < 1000 \
        and common_words().get(name) is None and not _NOT_PARTY.search(name)


def party_orgs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the parties to an agreement whose names no dictionary or lexicon holds."""
    end = len(text) if end is None else end
    spans = [m.span(1) for m in _PARTY_AFTER_WITH.finditer(text, start, end) if _party_name(m.group(1))]
    for m in _PARTY_BEFORE_WITH.finditer(text, start, end):
        other = next((k for k in range(min(8, end - m.end()), 1, -1) if text[m.end():m.end() + k] in known_names("ORG", ambiguous=True)), 0)
        name = m.group(1)
        if other and _SIGNS.match(text, m.end() + other) and _party_name(name) and not any(
                name[:k] in known_names("ORG", ambiguous=True) for k in range(2, len(name) + 1)):
            spans.append(m.span(1))
    return spans
