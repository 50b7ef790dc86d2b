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
from ..segment import is_han, span_mask
from .en_names import CORPORATE_WORD
from .products import DATA_AFTER, EDITION_WORD, FUNCTION_WORDS, GENERIC_ACRONYMS, NOT_MAKERS
from .titles import quiet_posseg, word_freq
from .zh_orgs import NOT_BRAND_CHARS, han_run_before

# A Latin name right after a lexicon company in Chinese text: "特斯拉Model Y", "华为Pura X",
# "特斯拉Cybercab" (one word, CamelCase allowed, then letters, codes or editions; not a unit, team or
# person: "谷歌DeepMind" is a lexicon organization, "字节Seed团队", "微软Satya Nadella表示")
_NOT_AFTER = (r"(?!\s?(?:团队|实验室|部门|事业部|研究院|研究所|公司|集团|分公司|子公司|业务|表示|说|称|指出|认为|透露|坦言|"
              r"先生|女士|博士|教授|创始人|联合创始人|首席|总裁|董事长|负责人|高管|员工|CEO|CTO|CFO|[（(](?![\u4e00-\u9fff])))")
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
                               r"到家|超市|便利店|汽车|智驾|储能|半导体|微电子|电子|光电|能源|新能源|电池|终端|软件|游戏|互娱|商用车|乘用车)(?!首席|分析师|行业|研究)(?=[^\u4e00-\u9fff]|$|[的与和及在将已于是也还都则正旗首总董副主联创等])")


def kind_of(m: Mention) -> str | None:
    entry = entries_by_id().get((m.kind or "").rstrip("~"))
    return entry.kind if entry else None


def unit_compounds(candidates: list[Mention], text: str) -> list[Mention]:
    """Organizations made of a lexicon name (company or product, in Chinese) and a line of business or a
    second company right after it; source "orgrule", kind "company" (the lexicon name inside gives way)."""
    lexicon = [c for c in candidates if c.source == "ruler" and c.type in ("ORG", "PRODUCT") and c.lang == "zh"
               and (is_han(c.text[-1:]) or (c.type == "ORG" and c.text.isupper())) and not (c.kind or "").endswith("~")]  # (and "TCL电子")
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


# ... and any model's name and the Latin words after it in Chinese text, up to a Chinese character or a
# pause: "Galaxy Z TriFold", "Tomahawk 6 Davisson", "Mate XTs" (not a kind of product, "H200 GPU", nor an
# edition before 版: "ThinkPad X1 Carbon Gen 14 Aura版")
_COUNT_AFTER = re.compile(r"[小年月日天周个家款台辆万亿千百元岁分秒倍层次名位%]")
_LATIN_TAIL = re.compile(r"(?: (?:[A-Z][A-Za-z0-9+\-]*|[a-z]{1,2}[A-Z][A-Za-z0-9]*|\d+(?:\.\d+)?[A-Za-z]{0,2}))+"
                         r"(?=[\u4e00-\u9fff，。、；：！？（）()“”*]|$)")


def latin_tails(candidates: list[Mention], text: str) -> list[Mention]:
    """Products grown over the Latin words after a product's name in Chinese text; source "rule", kind "model"."""
    out = []
    for c in candidates:
        if c.type != "PRODUCT" or not c.text.isascii() or not c.text[-1:].isalnum() or not (
                c.start == 0 or not text[c.start - 1].isascii()) or c.text in known_names("ORG", ambiguous=True):
            continue  # (a company's name before its product's: "Google Gemini 3")
        m = _LATIN_TAIL.match(text, c.end)
        if not m:
            continue
        words = m.group(0).split()
        if text.startswith("版", m.end()) or (words[-1][0].isdigit() and _COUNT_AFTER.match(text, m.end())):
            words.pop()  # an edition, "Aura版"; a count, "OpenClaw 24小时"
        while words and (words[-1].upper() in GENERIC_ACRONYMS or words[-1] in FUNCTION_WORDS):
            words.pop()  # a kind of product: "H200 GPU"
        if words and not any(re.fullmatch(CORPORATE_WORD + "|Venture|Inc|Corp|Ltd|LLC", w) for w in words):  # (not a company: "… Joint Venture")
            end = c.end + len(" " + " ".join(words))  # (the tail's words stand one space apart)
            out.append(Mention(c.doc_id, c.start, end, text[c.start:end], "PRODUCT", "en", "rule", "model"))
    return out


# ... and a model's name and the number of its generation after a space, in Chinese text: "发布运动相机Ace Pro 3，",
# "对标大疆Osmo Action 6。" (the models stop at the space)
_GENERATION = re.compile(r" (\d{1,2})(?![\d.,%A-Za-z])(?![小年月日天周个家款台辆万亿元岁分秒倍层次名位])"  # (not "24小时")
                         r"(?=[\u4e00-\u9fff，。、；：！？）)】」”]|$)")


def numbered_models(candidates: list[Mention], text: str) -> list[Mention]:
    out = []
    for c in candidates:
        if c.type == "PRODUCT" and c.text.isascii() and c.text[-1:].isalpha() and (m := _GENERATION.match(text, c.end)):
            out.append(Mention(c.doc_id, c.start, m.end(1), text[c.start:m.end(1)], "PRODUCT", c.lang, "rule", "model"))
    return out


# Chinese lists of organizations: "创新奇智、阿丘科技等公司", "竞争对手还包括康诺亚和信达生物"
_ZH_SEP = r"(?:、|和|与|及|以及)"
_ROUND_VERB = r"(?:联合|共同|继续|持续)?(?:领投|跟投|参投|追投)"  # what a round's investors do: "深创投、元禾原点跟投"
_ORG_LIST_END = re.compile(r"等(?:多家|几家|数家)?(?:国内外|国内|海外|头部|主要)?(?:公司|企业|厂商|车企|药企|品牌|机构|巨头|平台|对手|竞争对手|玩家)|"
                           rf"(?:等(?:机构|投资方))?{_ROUND_VERB}")
_ORG_LIST_LEAD = re.compile(r"(?:竞争对手|对手|竞品)(?:还|也|则|主要)?(?:包括|有|如|是)$")
_RUN = re.compile(rf"([\u4e00-\u9fff]{{2,6}}?)(?={_ZH_SEP}|等|[，。；：,;:]|$|{_ROUND_VERB})")  # (the last member ends the clause)
# a member's stock code or alias in brackets before the next: "钧达股份（002865.SZ）和英发睿能"
_CODE_THEN_SEP = re.compile(rf"(?:[（(][^（）()]{{1,20}}[）)])?{_ZH_SEP}")
# ... and the rest of the last member's name, which a model may cut short: "和英发睿能。" (英发)
_NAME_REST = re.compile(r"[\u4e00-\u9fff]{1,4}(?=[，。；：,;:]|$)")


# what may come right before a list's first member: "面临|创新奇智", "包括|康诺亚"
_OPENS_LIST = re.compile(r"[临括如有将把与和对是为及、]$")


def listed_orgs(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` (in text order), with the unnamed members of a Chinese list of organizations
    made organizations: a run jieba does not know, or a model's person, listed beside an
    organization, in a list that ends "等公司" or follows "竞争对手包括" ("创新奇智、阿丘科技等公司的竞争")."""
    out = list(mentions)
    starts = {m.start: m for m in out}
    ends = {m.end: m for m in out}
    taken = span_mask(len(text), (m.span for m in out))
    added, seen = [], set()
    for m in mentions:
        if m.type != "ORG" or m.lang != "zh" or m.start in seen:
            continue
        lo = max(text.rfind(c, 0, m.start) for c in "，。；：,;:\n") + 1
        hi = min((i for i in (text.find(c, m.end) for c in "，。；：,;:\n") if i >= 0), default=len(text))
        members, pos, cut = [m], m.start, {}
        while True:  # leftwards
            sep = re.search(_ZH_SEP + "$", text[lo:pos])
            if not sep:
                break
            end = pos - len(sep.group(0))
            x = ends.get(end) or han_run_before(text, lo, end, 6, _OPENS_LIST)
            if not x or (isinstance(x, tuple) and any(taken[x[0]:x[1]])):
                break
            members.insert(0, x)
            pos = x.start if isinstance(x, Mention) else x[0]
        first, pos = pos, m.end
        while pos < hi:  # rightwards
            sep = _CODE_THEN_SEP.match(text, pos, hi)
            if not sep:
                break
            pos = sep.end()
            x = starts.get(pos)
            if isinstance(x, Mention) and x.type == "ORG" and x.source in ("ner", "lac") and (rest := _NAME_REST.match(text, x.end, hi)):
                cut[(x.start, rest.end())] = x
                x = (x.start, rest.end())
            if not x:
                run = _RUN.match(text, pos, hi)
                x = run.span(1) if run and not any(taken[run.start(1):run.end(1)]) else None
            if not x:
                break
            members.append(x)
            pos = x.end if isinstance(x, Mention) else x[1]
        seen.update(x.start for x in members if isinstance(x, Mention))
        if len(members) < 2 or not (_ORG_LIST_LEAD.search(text, max(lo, first - 12), first) or _ORG_LIST_END.match(text, pos)):
            continue
        for x in members:
            if isinstance(x, tuple):
                name = text[x[0]:x[1]]
                words = [w.word for w in quiet_posseg().cut(name)]
                if word_freq(name) >= 50 or all(len(w) >= 2 and word_freq(w) >= 1000 for w in words) or set(name) & NOT_BRAND_CHARS:
                    continue  # (a phrase of common words: "国内市场")
                taken[x[0]:x[1]] = b"\x01" * (x[1] - x[0])
                if x in cut:  # the whole name replaces the model's part of it
                    out.remove(cut[x])
                added.append(Mention(m.doc_id, x[0], x[1], name, "ORG", "zh", "orgrule", "company"))
            elif x.type == "PERSON" and x.source in ("ner", "lac"):
                out[out.index(x)] = Mention(x.doc_id, x.start, x.end, x.text, "ORG", "zh", "context", "company")
    return sorted(out + added, key=lambda x: (x.start, x.end))
