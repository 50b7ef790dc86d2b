"""Normalized keys for matching names, and ASCII slugs for minting IRIs.

Keys: NFKC (full-width -> half-width), traditional -> simplified Chinese
(OpenCC, for keys only: labels keep what the text wrote), case-folding,
corporate suffixes (Inc, Corp, Co., Ltd, PLC, Group, 公司, 集团, 有限公司 ...), a product's
range or app word (系列, App, series) and punctuation removed.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from ..segment import is_han, simplify

_EN_SUFFIX = re.compile(
    r"(?:[\s,]+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|group|"
    r"holdings?|sa|ag|se|gmbh|nv|bv))+\.?$", re.I)
_ZH_SUFFIX = re.compile(r"(?:(?:股份)?有限(?:责任)?公司|控股集团|集团公司|控股|集团|公司)$")
# ... and a product's range or app: "小米17系列" is 小米17, "千问App" is 千问, "Galaxy S26 series" is Galaxy S26
_RANGE_SUFFIX = re.compile(r"(?:系列|(?<=[\u4e00-\u9fff])\s?app|\s(?:app|series|range|lineup))$")
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


@lru_cache(maxsize=200_000)
def norm_key(text: str, strip_suffix: bool = True) -> str:
    """The matching key of a name: "Xiaomi Corp." -> "xiaomi", "小米集团" -> "小米"."""
    s = unicodedata.normalize("NFKC", text).strip()
    s = simplify(s).casefold()
    if strip_suffix:
        stripped = _ZH_SUFFIX.sub("", _EN_SUFFIX.sub("", _RANGE_SUFFIX.sub("", s)))
        if len(stripped) >= 2:
            s = stripped
    s = s.replace("·", " ").replace("•", " ")
    return _PUNCT.sub("", s)


def slug(text: str, limit: int = 48) -> str:
    """An ASCII slug of a name: Latin as is, Han as pinyin ("智谱" -> "zhi-pu")."""
    from pypinyin import lazy_pinyin

    s = unicodedata.normalize("NFKC", text)
    words = []
    for chunk in re.findall(r"[\u3400-\u9fff\uf900-\ufaff]+|[A-Za-z0-9]+", simplify(s)):
        if any(is_han(c) for c in chunk):
            words.extend(lazy_pinyin(chunk))
        else:
            words.append(chunk.lower())
    out = "-".join(w for w in words if w)[:limit].strip("-")
    return out or hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


# --------------------------------------------------------------------------- core names
# Registered Chinese company names put a place first and the trade after the brand:
# 北京智谱华章科技有限公司 -> 智谱华章.  Place names: provinces and large cities.
_ZH_PLACE = re.compile(
    r"^(?:中国|北京|上海|天津|重庆|深圳|广州|杭州|南京|武汉|成都|西安|苏州|厦门|青岛|宁波|合肥|长沙|郑州|"
    r"济南|福州|大连|沈阳|无锡|东莞|佛山|珠海|香港|澳门|台湾|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|"
    r"福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)"
    r"(?:市|省|自治区)?")
_ZH_TRADE = re.compile(
    r"(?:ai|人工智能|信息技术|网络技术|基础技术|研究|科技|技术|信息|网络|电子|软件|数据|智能|矿业|能源|汽车|"
    r"电气|电器|医药|生物|制药|金融|投资|资本|证券|银行|保险|传媒|文化|实业|股份|控股|集团|有限|责任|公司)+$")
_EN_GENERIC = frozenset(
    "ai technology technologies tech group holdings holding inc incorporated corp corporation co "
    "company ltd limited llc plc sa ag se gmbh nv bv mining motors motor auto automotive "
    "automobile energy electronics pharmaceutical pharmaceuticals capital securities bank "
    "insurance media network networks software intelligence robotics international".split())
_EN_STOP = frozenset("the and of for de la & in on at".split())


def en_tokens(text: str) -> list[str]:
    """Case-folded word tokens of a Latin name (width and accents normalized)."""
    s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return [t for t in re.split(r"[^\w&]+|_", s) if t]


def en_core(text: str) -> list[str]:
    """Tokens of an organization name without generic words: "Zhipu AI" -> ["zhipu"]."""
    tokens = en_tokens(text)
    core = [t for t in tokens if t not in _EN_GENERIC and t not in _EN_STOP]
    return core or tokens


def zh_core(text: str) -> str:
    """The brand of a Chinese organization name: 北京智谱华章科技有限公司 -> 智谱华章.

    A name that is all place and trade words (中国银行) keeps the trade part (中国).
    """
    return zh_brand(text) or _zh_trade_core(text)


def zh_brand(text: str) -> str:
    """The brand alone, "" when the name is only place and trade words (中国AI, 北京科技)."""
    brand = _ZH_TRADE.sub("", _ZH_PLACE.sub("", norm_key(text, strip_suffix=False)))
    return brand if len(brand) >= 2 else ""


def _zh_trade_core(text: str) -> str:
    s = norm_key(text, strip_suffix=False)
    trade_only = _ZH_TRADE.sub("", s)
    return trade_only if len(trade_only) >= 2 else s


def acronym(text: str) -> str:
    """Initials of the content words: "Industrial and Commercial Bank of China" -> "icbc"."""
    tokens = [t for t in en_tokens(text) if t not in _EN_STOP]
    return "".join(t[0] for t in tokens) if len(tokens) >= 2 else ""
