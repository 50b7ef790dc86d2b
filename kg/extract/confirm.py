"""Context that confirms an ambiguous lexicon name ("~" in the lexicon: 苹果, Apple, 元宝, Claude).

A name that is also a common word counts only where the text treats it as a name of its type:
a noun of the type after it ("元宝App", "理想汽车"), a verb of business around an English company
("Apple has acquired", "sued Amazon", "Meta's chief AI scientist"), coordination with a sure
company ("Apple and Google", "荣耀与阿里云"), a model code after it ("Apple M5"), its maker in
brackets after a product ("豆包 (火山引擎)"), an owner or a verb of launching before a product
("Meta's Llama", "launched its new Claude model"). :func:`kg.extract.entities.select` adds what
the document says elsewhere (one sense per document) and what the models agree on.
"""
from __future__ import annotations

import re

from ..records import Mention
from ..segment import is_han
from .titles import ANY_TITLE_ZH, WORK_MODIFIER_ZH

_POSSESSIVE = re.compile(r"(?:'s|’s|旗下的?|的) ?$")  # "Meta's Llama", "谷歌的Gemini", "阿里巴巴旗下的夸克"
# Nouns that confirm an ambiguous lexicon name of the type: "元宝App", "荣耀手机", "理想汽车".
_TYPE_NOUN = {
    "PRODUCT": re.compile(r"\s?(?:App|APP|app|应用|大模型|模型|助手|智能体|平台|系统|手机|芯片|汽车|母公司|开发商|"
                          r"(?:app|assistant|model|chatbot|platform)\b)"),
    "ORG": re.compile(rf"\s?(?:公司|集团|旗下|股价|市值|主板|上市|挂牌|手机(?!壳|膜)|(?:Inc|Corp|Group)\b|"
                      rf"{WORK_MODIFIER_ZH}{ANY_TITLE_ZH})"),  # "苹果AI主管", "苹果分析师" (who follows the company)
}
# A capitalized English name doing business is the company: "Meta launched", "Apple has acquired"
# ... or the object of a business verb ("The FTC sued Amazon"), or a company with its officers
# ("Meta's chief AI scientist")
_PATIENT_VERB_EN = re.compile(r"\b(?:sued|sues|suing|acquired|acquires|bought|fined|fines|investigating|probe into|"
                              r"lawsuit against|invested in|invests in|partnered with|stake in|rivals?|competitors?|(?:compet\w+|vying) (?:with|against)|"
                              r"(?:rival|competitor|challenger)s? (?:to|of)|competition from|share to|"
                              r"taking on|takes on|took on|overtook|surpassed|"  # (a legal challenge is no rivalry)
                              # the other party of a deal: "signed a $38 billion cloud deal with Amazon"
                              r"(?:deal|agreement|contract|partnership|collaboration|alliance|pact) (?:with|between)|"
                              r"(?:contract|order|orders|capacity|services) from|supplier to|(?:the )?helm of|(?:has |had )?(?:left|quit)|"
                              r"(?:acquired|bought|owned|backed|led|funded) by|(?:unit|subsidiary|affiliate|arm|parent) of)"
                              r" (?:rival |tech giant |e-commerce giant )?$")
_OFFICER_AFTER_EN = re.compile(r"(?:(?:'s|’s) (?:former |new |then )?(?:[a-z]+ )?(?:CEO|CFO|CTO|COO|chief|founder|co-founder|chairman|"
                               r"president|head|shares|stock|revenue|sales|profit|earnings|(?:\$[\d.]+ (?:billion|million) )?(?:[a-z-]+ ){0,2}(?:deal|agreement|contract) with)|(?:,? whose(?: new| former)?)?(?: (?:CEO|CFO|CTO|COO|[Cc]hief [Ee]xecutive|spokesman|"
                               r"spokeswoman|spokesperson|executives?|officials?|employees|engineers|shareholders|"
                               r"investors|board|chairman|president|co-founder|founder)))\b")
# "Alphabet's Waymo", "Meta's new Llama 5": a company before a known name or a model code it owns
_OWNS_AFTER = re.compile(r"(?:'s|’s) (?:(?:new|latest|upcoming|flagship|next-generation|own) )?")
_COORD_AFTER = re.compile(r",? (?:and|&) |, ")
_COORD_BEFORE = re.compile(r"(?:,? (?:and|&)|,) $")
# "荣耀与阿里云", "苹果将与谷歌…": a name coordinated with a sure organization
_COORD_ZH = re.compile(r"(?:(?:将|已经?|正式|宣布|也|还|此前|曾)(?=[与和携联牵]))?(?:[与和、]|携手|联手|牵手)")  # "荣耀携手阿里云"


def _coordinated(c: Mention, text: str, starts: set, ends: set) -> bool:
    """An ambiguous English company name coordinated with a sure one: "Apple and Google",
    "Apple, Google Confirm …", "Google and Apple"."""
    after = _COORD_AFTER.match(text, c.end)
    if after and after.end() in starts:
        return True
    before = _COORD_BEFORE.search(text, max(0, c.start - 6), c.start)
    return bool(before) and before.start() in ends


_AGENT_VERB_EN = re.compile(
    r"(?:, which)? (?:has |have |had |is |was )?(?:launched|launches|released|releases|unveiled|unveils|announced|announces|"
    r"acquired|acquires|invested|invests|agreed|partnered|hired|reported|posted|shipped|sued|said|says|plans|"
    r"raised|laid off|introduced|open-sourced|rolled out|debuted|completed|closed|signed|inked|struck|paid|filed|"
    r"(?:increased|boosted|doubled) (?:its|their) (?:investment|stake)|poured|appointed|named|promoted|"
    r"recalled|recalls|owns|bought|buys|cut|cuts|took|takes|developing|(?:began|begins|started|starts) (?:selling|shipping)|"
    r"awarded|licensed|won|committed|will (?:provide|supply|pay|host|invest|buy|build|deploy|acquire|launch|release)|"
    r"competes|competing|racing|going head-to-head|poached|recruited|tapped|promoted|"
    r"partnering|partners with|teamed up|joined forces|(?:collaborat|cooperat)\w+ with|chose|selected|integrated|incorporated|"
    r"brought in|rehired|confirmed)\b")


# ... or launched: "Google released Gemini", "launched its new Claude model" (capitalized, as names are)
_LAUNCHED_BEFORE_EN = re.compile(r"\b(?:released|launched|unveiled|introduced|debuted|open-sourced|rolled out|"
                                 r"updated|upgraded)(?: (?:its|their|the|a|an))?(?: new| latest)? $")
# ... or preceded by one: "AI应用“豆包”", "旗下大模型豆包"
_PRODUCT_NOUN_BEFORE = re.compile(r"(?:App|APP|应用|大模型|模型|助手|智能体|产品|品牌)[“\"「《]?$")
# ... and an organization's unit after its parent's 旗下: "蔚来旗下子品牌乐道"
_UNIT_BEFORE = re.compile(r"旗下的?(?:子品牌|品牌|子公司|公司)$")
# ... or an organization's verb of making: "腾讯推出的元宝"
_MADE_BY_BEFORE = re.compile(r"(?:推出|发布|上线|开发|研发|打造)的[“\"「《]?$")


_OPEN_BRACKET = re.compile(r" ?[（(]")
# ... or its maker named after it in English: "Gemini, developed by Google", "Kimi, the chatbot from
# Moonshot AI", "the Claude maker Anthropic", "Copilot is Microsoft's AI assistant"
_MAKER_AFTER_EN = re.compile(r"(?:,? (?:(?:which|that) (?:was|is|has been) )?(?:developed|made|built|created|released|launched|"
                             r"designed|trained|unveiled) by |, (?:the|a|an) (?:[\w-]+ ){0,2}?(?:chatbot|assistant|model|app|"
                             r"platform|browser|robot|glasses|phone|chip)s? (?:from|by) |[ -](?:maker|developer|creator|owner) |"
                             r" (?:is|was|remains) (?=\S+(?:'s|’s) ))")
# ... or in Chinese: "元宝是腾讯推出的AI助手", "Seedance 2.0出自字节跳动之手" (the maker, then its verb)
_MAKER_AFTER_ZH = re.compile(r"(?:是|为|由|出自)")
_MADE_AFTER_MAKER_ZH = re.compile(r"[^，。；]{1,12}?(?:推出|开发|研发|打造|发布)的|[^，。；]{1,12}?之手")
# ... or made by a company named before it: "Nvidia-designed Blackwell GPUs", "Xiaomi-made SU7"
_MADE_BEFORE_EN = re.compile(r"-(?:made|designed|built|developed) $")


_ANNOUNCES_AFTER = re.compile(r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|今日|周[一二三四五六日])?(?:正式)?(?:(?:宣布|公告|官宣|表示|回应|透露|证实|声明)称?[，,：:]|"
                             r"(?:宣布|官宣)(?:与|和|接入|集成|引入|收购|投资|推出|发布|完成|达成|签署|任命|起诉|裁员|停止|关闭|暂停|上线))")
_JOINED_BEFORE = re.compile(r"(?:加入|入职|任职于|就职于|供职于|效力于|离开)$")
_POST_AFTER = re.compile(r"\s?(?:[，,。；]|后|并|出任|担任|任职|工作)")
# (with the occasion between: "苹果在秋季发布会上推出了iPhone 17")
_LAUNCH_ZH = re.compile(r"(?:今日|今天|近日|正式|(?:去年|今年|前年|\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:初|中旬|下旬|底)?)?(?:在[^\x01，。；,\s]{1,12}?(?:上|中|期间)[，,]?)?(?:正式)?(?:发布|推出|上线|开源|带来|官宣)(?:了|的)?"
                        r"(?:新款|全新|新一代|最新)?(?:[\u4e00-\u9fff]{0,4}?(?:手机|平板|电脑|笔记本|耳机|眼镜|手表|芯片|汽车|机器人))?")


# ... or a rival or a customer: "直接对标苹果", "叫板谷歌", "为苹果代工" (and words that open a clause before a
# launcher: "而苹果去年9月发布…", "此外苹果推出的…")
_RIVALLED_BEFORE = re.compile(r"(?:对标|叫板|剑指|挑战|超越|反超|赶超)$")
_MADE_FOR_AFTER = re.compile(r"(?:代工|供应|供货|生产|组装)")
_CLAUSE_OPENERS = ("此外", "同时", "随后", "其中", "另外", "不过", "但是", "然而", "而且")


# an apposition that says what kind of business the name is: "Honor, the former Huawei budget brand,"
_KIND_APPOSITION_EN = re.compile(r"(?: \([^)]{1,30}\))?, (?:the|a|an) (?:[\w.&'’-]+ ){0,5}?(?:brand|maker|company|firm|startup|"
                                 r"carmaker|automaker|chipmaker|chip designer|subsidiary|developer|giant|manufacturer|"
                                 r"retailer|e-commerce group|conglomerate|group|operator|supplier)(?: of [^,]{1,40})?,")


def _agent_zh(c: Mention, text: str, sure_starts: set, sure_ends: set, code_starts: set,
              product_starts: frozenset = frozenset()) -> bool:
    """A Chinese company name the text shows doing business: coordinated with a sure organization
    ("荣耀与阿里云", "苹果将与谷歌"), joined with a post ("加入苹果，出任AI副总裁"), and, not inside a
    longer word ("王者荣耀S30"), before its model code or launching it ("荣耀Magic8", "荣耀发布了Magic8")
    or announcing, speaking or choosing a partner at a sentence's start ("苹果12月1日宣布，", "苹果回应称：",
    "苹果选择百度")."""
    coord = _COORD_ZH.match(text, c.end)
    if (coord and coord.end() in sure_starts) or any(
            text[e:c.start] in ("与", "和", "、", "携手", "联手", "牵手") for e in sure_ends if c.start - 2 <= e <= c.start):
        return True
    if _JOINED_BEFORE.search(text, max(0, c.start - 4), c.start) and _POST_AFTER.match(text, c.end):
        return True
    before = text[c.start - 1:c.start] or " "
    if (not is_han(before) or before in "而但和与及或") and (
            (text.startswith("的", c.end) and c.end + 1 in product_starts | code_starts) or c.end in product_starts):
        return True  # "苹果的Siri", "苹果Siri", "而苹果的iPhone 17": the company before a product the lexicon knows
    if _RIVALLED_BEFORE.search(text, max(0, c.start - 4), c.start) or (
            before == "为" and _MADE_FOR_AFTER.match(text, c.end)):
        return True  # "直接对标苹果", "为苹果代工MacBook": a rival or a customer is a company
    launch = _LAUNCH_ZH.match(text, c.end)
    if is_han(before) and not (launch and launch.end() in code_starts and text[c.start - 2:c.start] in _CLAUSE_OPENERS):
        return False
    return c.end in code_starts or bool(launch and launch.end() in code_starts) or bool(_ANNOUNCES_AFTER.match(text, c.end)) or (
        text.startswith("选择", c.end) and c.end + 2 in sure_starts)  # "苹果选择百度作为其在中国的AI合作伙伴"


def confirmed_by_context(trimmed: list[Mention], text: str) -> set[tuple[int, int]]:
    """The spans of the ambiguous lexicon candidates in ``trimmed`` that their context confirms."""
    confirmed: set[tuple[int, int]] = set()
    # a name next to a noun of its type ("元宝App", "豆包大模型", "Kimi app", "应用“豆包”")
    # or one in parentheses right after an organization ("腾讯（元宝）") or before one in
    # parentheses ("豆包 (火山引擎)"), or a product an
    # organization owns ("Meta's Llama", "谷歌的Gemini")
    org_ends = {c.end for c in trimmed if c.type == "ORG"}
    org_starts = {c.start for c in trimmed if c.type == "ORG"}
    sure_orgs = [c for c in trimmed if c.type == "ORG" and not (c.source == "ruler" and c.kind and "~" in c.kind)]
    sure_starts, sure_ends = {c.start for c in sure_orgs}, {c.end for c in sure_orgs}
    # sure lexicon names: "Alphabet's Waymo", "Amazon's Alexa" (not "Ford's Theatre")
    lexicon_starts = {c.start for c in trimmed if c.source == "ruler" and c.type in ("ORG", "PRODUCT")
                      and not (c.kind and "~" in c.kind)}
    code_starts = {c.start for c in trimmed if c.source == "rule" and c.type == "PRODUCT"}  # "Apple M5"
    product_starts = frozenset(c.start for c in trimmed if c.source == "ruler" and c.type == "PRODUCT"
                               and not (c.kind and "~" in c.kind))
    for c in trimmed:
        if c.source == "ruler" and c.kind and "~" in c.kind:
            after = _TYPE_NOUN.get(c.type)
            owner = _POSSESSIVE.search(text, max(0, c.start - 4), c.start)
            maker = _OPEN_BRACKET.match(text, c.end)  # "豆包 (火山引擎)": a product and its maker
            agent_en = c.type == "ORG" and c.text[:1].isupper() and (
                _AGENT_VERB_EN.match(text, c.end) or _coordinated(c, text, sure_starts, sure_ends)
                or _PATIENT_VERB_EN.search(text, max(0, c.start - 24), c.start) or _OFFICER_AFTER_EN.match(text, c.end)
                or _KIND_APPOSITION_EN.match(text, c.end)
                or ((owned := _OWNS_AFTER.match(text, c.end)) and owned.end() in lexicon_starts | code_starts)
                or (text[c.end:c.end + 1] == " " and c.end + 1 in code_starts))
            agent = bool(agent_en) or (c.type == "ORG" and c.lang == "zh" and _agent_zh(c, text, sure_starts, sure_ends, code_starts,
                                                                                       product_starts))
            if (after and after.match(text, c.end)) or agent or (
                    c.type == "PRODUCT" and maker and maker.end() in org_starts) or (
                    c.type == "PRODUCT" and (by := _MAKER_AFTER_EN.match(text, c.end)) and by.end() in org_starts) or (
                    c.type == "PRODUCT" and (by_zh := _MAKER_AFTER_ZH.match(text, c.end)) and by_zh.end() in org_starts
                    and _MADE_AFTER_MAKER_ZH.match(text, by_zh.end(), by_zh.end() + 20)) or (
                    c.type == "PRODUCT" and (made_en := _MADE_BEFORE_EN.search(text, max(0, c.start - 12), c.start))
                    and made_en.start() in org_ends) or (
                    c.type == "PRODUCT" and _PRODUCT_NOUN_BEFORE.search(text, max(0, c.start - 6), c.start)) or (
                    c.type == "ORG" and (unit := _UNIT_BEFORE.search(text, max(0, c.start - 6), c.start))
                    and unit.start() in org_ends) or (
                    c.type == "PRODUCT" and (made := _MADE_BY_BEFORE.search(text, max(0, c.start - 4), c.start))
                    and made.start() in org_ends) or (
                    c.type == "PRODUCT" and _LAUNCHED_BEFORE_EN.search(text, max(0, c.start - 30), c.start)) or (
                    c.type == "PRODUCT" and owner and owner.start() in org_ends) or (
                    # right after its maker, in Chinese: "腾讯元宝接入了DeepSeek", "字节豆包"
                    c.type == "PRODUCT" and c.lang == "zh" and c.start in sure_ends) or (
                    text[c.start - 1:c.start] in "（(" and c.start >= 1
                    and text[c.end:c.end + 1] in ("）", ")") and (
                        (c.start - 1) in org_ends or (text[c.start - 2:c.start - 1] == " " and (c.start - 2) in org_ends))):
                confirmed.add((c.start, c.end))
    return confirmed
