"""A product named right after its maker, in Chinese text.

Chinese writing puts a company and its product's Latin name side by side, with no word between
them: "特斯拉Model Y", "华为Pura X", "理想MEGA" (a company of the lexicon in Han characters), and
"Google SynthID", "Tesla Optimus：" (a company written in Latin letters, a space, the product, and
the Chinese text going on).  The annotation guidelines count such a pair as the company's product
(``eval/gold/README.md``, relations rule 4).  Used by :func:`kg.extract.entities.brand_models`.
"""
from __future__ import annotations

import re

from ..lexicon import entries_by_id, known_names
from ..records import Mention
from ..segment import is_han
from .products import DATA_AFTER, EDITION_WORD, FUNCTION_WORDS, GENERIC_ACRONYMS, NOT_MAKERS

# A Latin name right after a lexicon company in Chinese text: "特斯拉Model Y", "华为Pura X",
# "特斯拉Cybercab" (one word, CamelCase allowed, then letters, codes or editions; not a unit, team or
# person: "谷歌DeepMind" is a lexicon organization, "字节Seed团队", "微软Satya Nadella表示")
_NOT_AFTER = (r"(?!\s?(?:团队|实验室|部门|事业部|研究院|研究所|公司|集团|分公司|子公司|业务|表示|说|称|指出|认为|透露|坦言|"
              r"先生|女士|博士|教授|创始人|联合创始人|首席|总裁|董事长|负责人|高管|员工|CEO|CTO|CFO|[（(]))")
LATIN_AFTER_BRAND = re.compile(
    r"[A-Z][a-z]{2,}(?:[A-Z][a-z]+)*(?: (?:[A-Z]|[A-Z]{0,3}\d[A-Za-z0-9.]*|" + EDITION_WORD + r")(?![A-Za-z0-9]))*"
    r"(?![A-Za-z0-9\-.'’&]| [A-Z][a-z])" + _NOT_AFTER)
# ... or a name in capitals ("理想MEGA共…辆", "奔驰GLE等", "荣耀YOYO智能体") that ends there, or before a kind of
# product: not a line of business, a class of shares or an event ("招银国际TMT行业", "火山引擎FORCE原动力大会")
_CAPITALS_AFTER_BRAND = re.compile(r"[A-Z]{3,6}(?![A-Za-z0-9\-.'’&])(?=[^\u4e00-\u9fff]|$|[的等和与及在将已是共也于]|"
                                   r"智能体|手机|汽车|系统|平台|芯片|助手|眼镜|车型|大模型|模型)" + _NOT_AFTER)
# After a Latin company, the product's name is followed by Chinese ("调用Google Gemini提供的",
# "如Google SynthID的", "**Tesla Optimus：**"): a name going on in English is a title or a unit
# ("Apple Newsroom", "Geely Automobile", "Sony Interactive Entertainment")
_LATIN_PRODUCT_AFTER_SPACE = re.compile(
    r" ((?:[A-Z][a-z]{2,}[A-Za-z0-9]*|[A-Z]{3,6})(?: (?:[A-Z][a-z]+[A-Za-z0-9]*|[A-Z]{0,3}\d[A-Za-z0-9.]*|" + EDITION_WORD
    + r")(?![A-Za-z0-9])){0,2})(?![A-Za-z0-9\-.'’&])" + _NOT_AFTER + r"(?=\*{0,2}(?:[\u4e00-\u9fff：，。、；！？）》”]))")
NOT_LATIN_PRODUCT = {"App", "Web", "Cloud", "Store", "Series", "Beta", "Demo", "Team", "Group", "Inc", "Labs", "Lab",
                     "Research", "Capital", "Ventures", "Official", "Global", "China", "International",
                     # what a company publishes, and the words of a company's own name ("Geely Automobile")
                     "Newsroom", "News", "Blog", "Trending", "Trends", "Report", "Reports", "Technical", "Developer",
                     "Developers", "Automobile", "Automotive", "Motors", "Motor", "Entertainment", "Interactive",
                     "Technology", "Technologies", "Health", "Bank", "Securities", "Holdings", "Corporation", "Corp",
                     "Company", "Foundation", "Institute", "University", "Studios", "Games", "Music", "Pictures"}


def _no_product_word(word: str) -> bool:
    """A company's word, a function word, a generic acronym or an organization's name: no product's name."""
    return (word in NOT_LATIN_PRODUCT or word in FUNCTION_WORDS or word.upper() in GENERIC_ACRONYMS
            or word in known_names("ORG", ambiguous=True))


def latin_product(name: str, brand: Mention, kind: str | None) -> bool:
    """``name``, right after the company ``brand`` (its organization ``kind``), names a product."""
    word = name.split(" ")[0]
    return not ((brand.kind or "").endswith("~") or kind in NOT_MAKERS or _no_product_word(word)
                or re.fullmatch(EDITION_WORD, word) or name in known_names("ORG", ambiguous=True))


def after_han_brand(text: str, brand: Mention, kind: str | None):
    """The Latin product name right after a Han lexicon company ``brand``, or None."""
    m = LATIN_AFTER_BRAND.match(text, brand.end) or _CAPITALS_AFTER_BRAND.match(text, brand.end)
    return m if m and latin_product(m.group(0), brand, kind) and not DATA_AFTER.match(text, m.end()) else None


def after_latin_brand(text: str, brand: Mention, kind: str | None) -> Mention | None:
    """The product a Latin company ``brand`` names after a space, in Chinese text, or None."""
    if not brand.text[-1:].isalnum() or not brand.text.isascii():
        return None
    before = text[max(0, brand.start - 3):brand.start].lstrip(" *")
    if before and not (is_han(before[-1]) or before[-1] in "：，。、；“\n"):
        return None  # inside an English sentence or title, or a name's alias in brackets ("萝卜快跑（Apollo Go）")
    m = _LATIN_PRODUCT_AFTER_SPACE.match(text, brand.end)
    if not m or not latin_product(m.group(1), brand, kind) or DATA_AFTER.match(text, m.end()):
        return None
    return Mention(brand.doc_id, m.start(1), m.end(1), m.group(1), "PRODUCT", "en", "rule", "model")


# A company's or a brand's name and a line of business glued to it name a business unit: "美团闪购", "大疆农业",
# "抖音电商", "美团无人机", "京东秒送"; two companies glued name their joint venture: "广汽丰田"
_LINE_OF_BUSINESS = re.compile(r"(?:闪购|秒送|电商|农业|物流|无人机|支付|金融|出行|健康|医疗|国际|数科|文娱|影业|音乐|买菜|优选|"
                               r"到家|超市|便利店|汽车|智驾)(?=[^\u4e00-\u9fff]|$|[的与和及在将已于是也还都则正旗首总董副主联创等])")


def kind_of(m: Mention) -> str | None:
    entry = entries_by_id().get((m.kind or "").rstrip("~"))
    return entry.kind if entry else None


def unit_compounds(candidates: list[Mention], text: str) -> list[Mention]:
    """Organizations made of a lexicon name (company or product, in Chinese) and a line of business or a
    second company right after it; source "orgrule", kind "company" (the lexicon name inside gives way)."""
    lexicon = [c for c in candidates if c.source == "ruler" and c.type in ("ORG", "PRODUCT") and c.lang == "zh"
               and is_han(c.text[-1:]) and not (c.kind or "").endswith("~")]
    ends = {c.start: c for c in lexicon if c.type == "ORG" and kind_of(c) == "company"}  # (not "港股", an exchange)
    out = []
    for c in lexicon:
        line = _LINE_OF_BUSINESS.match(text, c.end)
        second = ends.get(c.end) if c.type == "ORG" and kind_of(c) == "company" else None
        end = line.end() if line else second.end if second else None
        if end is not None:
            out.append(Mention(c.doc_id, c.start, end, text[c.start:end], "ORG", "zh", "orgrule", "company"))
    return out


_LISTED = re.compile(r"\s?(?:、|和|与|及|以及|,|，)\s?$")


def listed_products(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` (in text order), with a model's one-word Latin person or organization listed between two
    products made a product: "文远知行的Robotaxi GXR、Robobus与Robovan W5"."""
    out = list(mentions)
    for i in range(1, len(out) - 1):
        a, m, b = out[i - 1], out[i], out[i + 1]
        if m.source in ("ner", "lac") and m.type in ("PERSON", "ORG") and m.text.isascii() and " " not in m.text \
                and a.type == b.type == "PRODUCT" and _LISTED.search(text, a.end, m.start) and _LISTED.search(text, m.end, b.start) \
                and text[a.end:m.start].strip() and text[m.end:b.start].strip():
            out[i] = Mention(m.doc_id, m.start, m.end, m.text, "PRODUCT", m.lang, "context", None)
    return out


# A lexicon product family and a capitalized word after it, in Chinese text, are one model: "ERNIE Speed", "Qwen Code"
_FAMILY_WORD = re.compile(r" ([A-Z][a-z]{2,}[A-Za-z0-9]*)(?![A-Za-z0-9\-.'’&]| [A-Z])(?=\*{0,2}[\u4e00-\u9fff、，。：；（）“”])")


def family_models(candidates: list[Mention], text: str) -> list[Mention]:
    out = []
    for c in candidates:
        if c.source != "ruler" or c.type != "PRODUCT" or not c.text.isascii():
            continue
        m = _FAMILY_WORD.match(text, c.end)
        if m and not _no_product_word(m.group(1)):
            out.append(Mention(c.doc_id, c.start, m.end(), text[c.start:m.end()], "PRODUCT", "en", "rule", "model"))
    return out
