"""Products named as a company's own in Chinese text: "Google的Project Astra", "荣耀的“YOYO智能体”",
"北海康成的国产创新药“戈芮宁”", "莉莉丝游戏的《万国觉醒》（Rise of Kingdoms）", and a Latin name the model calls an
organization right after a company's 的 ("欧特克的AutoCAD").  They are read after the other names are chosen,
since the company before 的 must be known (:func:`kg.extract.entities.extract_mentions`).
"""
from __future__ import annotations

import re

from ..lexicon import known_names
from ..records import Mention
from ..segment import span_mask
from .aliases import MODELS as _MODELS
from .products import COINED_END, DOCUMENT_TITLE, FUNCTION_WORDS, GENERIC_ACRONYMS, NOT_MAKERS, NOT_PRODUCT
from .titles import surname_at, word_freq
from .zh_orgs import NOT_BRAND_CHARS, no_common_word

# A Latin name an organization owns, in Chinese text: "Google的Project Astra", "字节的Seedance",
# "OpenAI旗下的Sora" (a person would be speaking or titled: "微软的Satya Nadella表示")
_SPEAKER_AFTER = r"表示|说|称|指出|认为|先生|女士|博士|团队|教授"  # what follows a person, not a product
_OWNED_LATIN = re.compile(r"(?:的|旗下的?|自家的?|自研的?)[“\"「《]?((?:[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*|[A-Z]{2,}[0-9][A-Za-z0-9]*)"
                          rf"(?:[ \-.][A-Z0-9][A-Za-z0-9.]*){{0,3}})(?![A-Za-z0-9\-]|[ \-.][A-Z0-9])(?!\s?(?:{_SPEAKER_AFTER}))")

# ... and a quoted name there: "荣耀的“YOYO智能体”", "字节跳动开发的“豆包手机助手”" (not a slogan, plan
# or feature: "腾讯的“赛马机制”", "阿里的“AI拜年”功能")
_OWNED_QUOTED = re.compile(r"(?:的|旗下的?|自研的?|开发的|推出的)[“\"「]([^“”\"「」\n，。；！？、]{2,12})[”\"」]"
                           r"(?!\s?(?:功能|计划|战略|模式|理念|概念|项目|时刻|口号|政策|活动|红包|机制|路线|标准|行动|工程))")
# (a quoted name is a product only when its words say so: most quotes after a company are phrases
# the writer coins, "算力朋友圈", "多品牌帝国", "量产元年")
_PRODUCT_WORD = re.compile(r"[A-Za-z]|(?:智能体|助手|App|APP|大模型|模型|平台|眼镜|手机|芯片|汽车|浏览器|云|系统|机器人|耳机|手表)$")
# ... or when a product kind stands before it: "北海康成的国产创新药“戈芮宁”", "星河汽车的首款新车“远航”"
_OWNED_KIND_QUOTED = re.compile(r"(?:的|旗下的?|自研的?|开发的|推出的)[\u4e00-\u9fff]{0,4}?"
                                r"(?:创新药|新药|药物|药品|疫苗|新车|车型|手机|芯片|大模型|模型|游戏|应用|机器人|智能体|操作系统|"
                                r"单品|爆品|新品|产品|插件|工具|助手|无人机|飞行汽车|汽车)"
                                r"[“\"「]([^“”\"「」\n，。；！？、]{2,12})[”\"」]")


# ... or a rare Chinese name there, listed or said to be something: "君实生物的君适达是…降脂新药", "百济神州的百泽安、
# 荣昌生物的泰爱等重磅产品" (not a person: no common surname; not a common word: "腾讯的优势是")
_OWNED_RARE = re.compile(r"的([\u4e00-\u9fff]{2,3})(?=[、，,。；]|等|是|为|也|则|和|与|都|获|进入|纳入|已|作为)")
_NOT_IN_RARE_NAME = ("v", "m", "p", "c", "u", "r", "d", "f", "t", "q", "y", "e", "o")


def _rare_name(name: str) -> bool:
    """A name no dictionary holds ("君适达", not "罚单"), of no common word ("新逻辑"), no person's ("王宁")."""
    return word_freq(name) == 0 and not surname_at(name, 0) and name[0] not in NOT_BRAND_CHARS and no_common_word(
        name, 1000, _NOT_IN_RARE_NAME)


# ... or a title with its English name after it: "莉莉丝游戏的《万国觉醒》（Rise of Kingdoms）"
_OWNED_TITLE = re.compile(r"(?:的|旗下的?)《([^《》\n]{2,24})》(?=[（(][A-Z][A-Za-z0-9 :'’&\-]{1,30}[）)])")


# ... or a name a company owns that ends in the kind of service it is: "京东旗下的言犀数字人", "字节跳动旗下的红果短剧",
# "中国电信的星辰大模型", "旗下拥有QQ音乐、酷狗音乐和酷我音乐" (not a kind of service: "旗下的数字音乐")
_SERVICE_TAIL = r"(?:短剧|音乐|视频|数字人|支付|地图|外卖|浏览器|输入法|网盘|云盘|大模型)"
_OWNED_SERVICE = re.compile(rf"(?:的|旗下的?|旗下拥有)([\u4e00-\u9fffA-Za-z]{{2,4}}?{_SERVICE_TAIL})(?![\u4e00-\u9fff]{{0,2}}(?:业务|行业|市场|领域|赛道)|"
                            r"应用|平台|App|APP|app|产品)")  # (a kind before the name: "旗下海外短视频应用Kwai")
_NEXT_SERVICE = re.compile(rf"(?:、|和|及|与)([\u4e00-\u9fffA-Za-z]{{2,4}}?{_SERVICE_TAIL})")
_KIND_STEM = {"数字", "在线", "网络", "移动", "智能", "海外", "国内", "免费", "付费", "音频", "长", "短", "通用", "自研", "开源", "本地"}


def owned_products(mentions: list[Mention], text: str) -> list[Mention]:
    """Latin or quoted names right after "<organization>的" in Chinese text that no mention
    covers: products."""
    taken = span_mask(len(text), (m.span for m in mentions))
    out = []
    for m in mentions:
        if m.type != "ORG" or m.kind in NOT_MAKERS:  # a university's "Zhang Wei团队" is no product
            continue
        if (o := _OWNED_SERVICE.match(text, m.end)):
            spans = [o.span(1)]
            while (nxt := _NEXT_SERVICE.match(text, spans[-1][1])):
                spans.append(nxt.span(1))
            for a, b in spans:
                name, stem = text[a:b], re.sub(_SERVICE_TAIL + "$", "", text[a:b])
                if word_freq(name) == 0 and stem not in _KIND_STEM and stem[0] not in NOT_BRAND_CHARS and not any(taken[a:b]) \
                        and not stem.isascii() and not re.search(r"包括|包含|涵盖|产品|业务", stem):  # (not "旗下产品包括视频…")
                    out.append(Mention(m.doc_id, a, b, name, "PRODUCT", "zh", "rule", "owned"))
        for rx, lang in ((_OWNED_LATIN, "en"), (_OWNED_QUOTED, "zh"), (_OWNED_KIND_QUOTED, "kind"), (_OWNED_TITLE, "title"),
                         (_OWNED_RARE, "rare")):
            o = rx.match(text, m.end)
            if lang == "rare":  # (the models' organization of exactly the name is it)
                if o and _rare_name(o.group(1)) and all(x.type == "ORG" and x.source in _MODELS and x.span == o.span(1)
                                                       for x in mentions if x.start < o.end(1) and o.start(1) < x.end):
                    out.append(Mention(m.doc_id, o.start(1), o.end(1), o.group(1), "PRODUCT", "zh", "rule", "owned"))
                continue
            # a product inside the quote is part of it; after a product kind, the model's person or
            # organization of exactly the quoted name is the product
            if not o or (any(taken[o.start(1):o.end(1)]) and not (lang != "en" and all(
                    (x.type == "PRODUCT" and o.start(1) <= x.start and x.end <= o.end(1)) or (
                        lang == "kind" and x.span == (o.start(1), o.end(1)) and x.source in _MODELS)
                    for x in mentions if x.start < o.end(1) and o.start(1) < x.end))):
                continue
            name = o.group(1)
            if name.upper() in GENERIC_ACRONYMS or name in FUNCTION_WORDS or NOT_PRODUCT.match(name) or (
                    lang != "en" and (DOCUMENT_TITLE.search(name) or COINED_END.search(name))) or (
                    lang == "zh" and not _PRODUCT_WORD.search(name)):
                continue
            lang = "zh" if lang in ("kind", "title") else lang
            out.append(Mention(m.doc_id, o.start(1), o.end(1), name, "PRODUCT", lang, "rule", "owned"))
    return out

# A Latin name the model calls an organization, right after a company's "的", is the company's product:
# "欧特克的AutoCAD", "华天软件的CrownCAD", "西门子的NX" (not a person speaking, nor a company the lexicon knows)
_OWNED_AFTER = re.compile(rf"\s?(?:{_SPEAKER_AFTER}|公司|集团|旗下|创始人|首席|CEO|总裁|董事长)")


# (the model's person may be such a name too when no person is written so: "AutoDraft", "X9000")
_NO_PERSON_SHAPE = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z0-9]*|[A-Z][A-Za-z]*\d[A-Za-z0-9]*")


def owned_models(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with such organizations retyped as products."""
    ends = {m.end for m in mentions if m.type == "ORG" and m.kind not in NOT_MAKERS}
    out = []
    for m in mentions:
        if ((m.type == "ORG" or (m.type == "PERSON" and _NO_PERSON_SHAPE.fullmatch(m.text)))
                and m.source in _MODELS and m.text.isascii() and m.start - 1 in ends
                and text[m.start - 1] == "的" and re.fullmatch(r"[A-Z][A-Za-z0-9+\-]*(?: [A-Z0-9][A-Za-z0-9+\-]*)*", m.text)
                and m.text.upper() not in GENERIC_ACRONYMS and m.text not in known_names("ORG", ambiguous=True)
                and not _OWNED_AFTER.match(text, m.end)):
            m = Mention(m.doc_id, m.start, m.end, m.text, "PRODUCT", m.lang, "rule", "owned")
        out.append(m)
    return out
