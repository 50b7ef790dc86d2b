"""Trimming a candidate name: what a model's span or a rule's match takes in that is no part
of the name.
Determiners, possessives and punctuation at the edges; in Chinese, a former employer's 原/前, a
kind of unit or a preposition before a company (旗下品牌乐道, 根据艾媒咨询, 任职于微软), a post,
a verb, a quarter or "newly" after it (澜舟科技创始人, 沐曦股份登陆, 英伟达第三财季, 育碧新成立); a
verb after a person's name (李健接任); and the missing half of a transliterated name (萨提亚·纳德拉).
Used by :func:`kg.extract.entities.select`.
"""
from __future__ import annotations
import re
from ..lexicon import known_names, place_names
from ..records import Mention
from ..segment import is_han
from .aliases import MODELS as _MODELS
from .en_names import BUSINESS_KIND_EN
from .titles import ANY_TITLE_ZH, APPOINT_ZH, LATIN_POST, POST_VERBS_ZH, jieba_words, surname_at
from .zh_orgs import AT_WORK, SUFFIX
# a post after 原/前 ("former"): "中国华融原党委书记", "小米前副总裁"
_POST_AFTER_FORMER = re.compile(r"(?:党委|党组|董事|监事|常务|执行|首席|总|副|行长|主任|书记|院长|局长|厅长|部长|主席|CEO|CTO|CFO|COO|高管|员工|负责人)")
_ABBREVIATION = re.compile(r"(?:\b(?:Inc|Co|Corp|Ltd|Bros|Jr|Sr|Cie|Assn|Dept)|\b[A-Z]\.[A-Z])\.$")
_LEGAL_END = re.compile(r"(?:集团|公司|控股|银行|证券)$")
_KIND_LEAD = re.compile(r"(?:旗下|子品牌|品牌|子公司|(?:[A-Z美港]股|科创板|创业板|北交所|纳斯达克|纽交所)?上市公司)(?=[\u4e00-\u9fffA-Za-z])")
# a post at the end of a model's organization: "澜舟科技创始人"
_TITLE_END = re.compile(r"(?:联合创始人|创始人|董事长|首席执行官|总裁|总经理|CEO)(?:兼|及|、)?$")
_ORG_END = re.compile(r"(?:公司|集团|科技|银行|智能|汽车|网络|资本|研究院|大学|实验室|工作室|控股|股份|制药|药业|医药|生物)$")
_PREPOSITION_LEAD = re.compile(r"(?:根据|依据|据|对于|对|向|从|被|由|连同|随同)(?=[\u4e00-\u9fffA-Za-z])")
# a post named inside a model's organization ("集团新任公关部"): the span runs over a title, no name
_DESCRIBED_LEAD_EN = re.compile(r"(?:[A-Z][a-z]+(?:an|ese|ish|ian)|French|Dutch|Swiss|Greek|Thai|Israeli|Saudi|Emirati) "
                                r"(?:[a-z][\w-]* ){1,3}(?=[A-Z])")
_PLACE_POSS_LEAD = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:'s|’s) (?=[A-Z])")
_CORPORATE_END_EN = re.compile(r"\b(?:Group|Inc|Corp|Corporation|Ltd|Limited|Holdings|Bank|Capital|Ventures|Labs?|Technolog(?:y|ies)|"
                               r"Studios?|Motors|Partners|Securities|Fund|Unit|Division|Cloud|Research|Foundation|Institute)\.?$")
_BUSINESS_KIND_AFTER = re.compile(" " + BUSINESS_KIND_EN)
_HEADLINE_VERB = re.compile(r" (?:Completes|Announces|Signs|Acquires|Launches|Names|Appoints|Reports|Raises|Enters|Prices|Closes|"
                            r"Receives|Expands|Unveils|Introduces|Agrees|Files|Wins|Secures|Hires|Sells|Buys|Debuts|"
                            r"Posts|Delivers|Recalls|Licenses|Invests|Joins|Celebrates|Opens|Retires|Resigns|Steps|Departs|Exits|Returns|Dies)\b")
_ORG_POSS_LEAD = re.compile(r"([A-Z][\w.&-]*(?: [A-Z][\w.&-]*)?)(?:'s|’s|(?<=s)['’]) (?=[A-Z])")
# what a model reads on into after a Chinese name: 所(持), 处(以), a share ("25%")
_ORG_GLUED_TAIL = re.compile(r"(?:所|处|\s?\d+(?:\.\d+)?)$")
_GLUED_NEXT = re.compile(r"持|以|(?:\.\d+)?\s?%")
_SHARE_INSIDE = re.compile(r"\s?\d+(?:\.\d+)?\s?%的?(?:股权|股份|权益)?$")
_KIND_THEN_LATIN = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:企业|公司|集团|品牌|平台|机构|银行|厂商|工作室|开发商)(?=[A-Z])"
                              rf"(?!{LATIN_POST})")  # not a post: "中国电信集团CTO"
_MORE_LATIN = re.compile(r" [A-Z][A-Za-z0-9&.-]*")
_UNIT_END = re.compile(r"(?:的|旗下的?)?(?:全资|控股)?子公司$")
_POST_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])(?:新任|现任|时任|前任)")
_POST_END = re.compile(rf"(?:首席|高级|资深)?(?:{ANY_TITLE_ZH}|记者|编辑)[兼、及和]?$")  # "GoPro创始人兼" before "首席执行官"
_LEGAL_BRACKET = re.compile(r"[（(](?:中国|香港|北京|上海|深圳|亚太|亚洲|集团|控股|中国区|国际)[）)]$")
_BREAK_ZH = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|[“”「」『』\"]")
# Verbs a model may take into the company before them: "沐曦股份登陆科创板", "壁仞科技宣布…"
_VERB_AFTER_ORG = {"登陆", "登录", "宣布", "发布", "推出", "完成", "获得", "表示", "挂牌", "已于", "今日", "昨日", "近日", "日前"} | POST_VERBS_ZH
# a model's name and the kind after it: "麒麟9030芯片", "Blackwell Ultra芯片"
_CHIP_KIND_END = re.compile(r"(?:芯片|处理器|手机|显卡|平板)(?:$|(?=[^\u4e00-\u9fff]|[，。；、的]))")
_MODEL_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}\d{2,5}[A-Za-z]?|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z0-9]*)*"
                         r" (?:Ultra|Pro|Max|Plus|Mini|Lite)")
_NAME_STOP = set("已在于的是和与及说称表等也将对向被把曾为就则都又还并")
_NAME_STOP_END = _NAME_STOP | set("任")
# ... and what follows a person's name: a verb of speech, of a post, a date's 于 (a character before it that is no
# word of its own completes a name cut short)
_SAYS_OR_ACTS = re.compile(r"直言|表示|说|称|认为|指出|透露|坦言|强调|介绍|主导|负责|牵头|带队|领衔|于\d|现任|担任|出任|曾任|等人|[、，,。：:]")
_BEFORE_POST = set("曾现出兼担继新原前升接连留转调")
_GIVEN_STOP = _NAME_STOP_END | set("今昨明再而但却亦仍早刚正均皆所之其这那此该总董经理长主副首先女生博教院士记者")


_APPOINTED_BEFORE = re.compile(rf"{APPOINT_ZH}[^，。；,;]{{0,8}}$")
_CODE_MARKET = re.compile(r"HK|SH|SZ|BJ|SS|US|N|O|T")
_FIELD_END = re.compile(r"(?:赛道|领域|板块)$")
_COUNT = re.compile(r"[一二两三四五六七八九十几数多\d]家")


_VERB_GLUED = re.compile(r"(?:宣布|表示|透露|指出|认为|强调|坦言|介绍|回应|离职|辞职|加入|出任|担任|接任)$")
_INVESTED_AFTER = re.compile(r"了|过|入股|参股|控股|\x01|[A-Za-z]")
_INVESTMENT_GOT = re.compile(r"(?:获得?|得到|接受|引入|引进)$")


def trim(m: Mention, text: str) -> Mention | None:
    """Strip determiners, possessives and punctuation from a mention's edges."""
    start, end = m.start, m.end
    s = text[start:end]
    if m.source in _MODELS and _CODE_MARKET.fullmatch(s) and re.search(r"\w\.$", text[max(0, start - 2):start]):
        return None  # the market of a stock code: "01368.HK", "XPEV.US"
    if m.source in _MODELS and m.type == "ORG" and m.lang == "zh":
        if _FIELD_END.search(s):
            return None  # "ADC赛道": a field, no organization
        count = _COUNT.search(s)
        if count and count.start() >= 2:
            end = start + count.start()  # "红杉中国三家基石投资者": the name, then a count
    if m.source in _MODELS and m.type == "PERSON" and m.lang == "zh" and len(s) >= 4 and _VERB_GLUED.search(s):
        end -= 2  # "马克·陈宣布离职": the name, then its verb
    if m.source == "ruler" and s.endswith("投资") and s[:-2] in known_names("ORG") and (
            _INVESTED_AFTER.match(text, end) or _INVESTMENT_GOT.search(text, max(0, start - 3), start)):
        end -= 2  # "腾讯投资了月之暗面", "获得腾讯投资": the company and its act, not its investment arm
    for prefix in ("the ", "The "):
        if s.startswith(prefix) and m.lang == "en":
            start += len(prefix)
    for suffix in ("'s", "’s", "'", "’"):
        if text[start:end].endswith(suffix):
            end -= len(suffix)
    if m.source in _MODELS and m.lang == "en" and m.type == "ORG":
        lead = _DESCRIBED_LEAD_EN.match(text, start, end)
        if lead and end - lead.end() >= 2:
            start = lead.end()  # "Danish biotech Orbion Therapeutics": a nationality and a kind, then the name
        place = _PLACE_POSS_LEAD.match(text, start, end)
        if place and end - place.end() >= 2 and place.group(1).casefold() in place_names():
            start = place.end()  # "Japan's Nipro Corporation": a country's company
        owner = _ORG_POSS_LEAD.match(text, start, end)
        if owner and owner.group(1) in known_names("ORG", ambiguous=True) and owner.group(1).casefold() not in place_names() \
                and not _CORPORATE_END_EN.search(text, owner.end(), end):  # (not "Alibaba Group's Cloud Intelligence Group")
            end = start + len(owner.group(1))  # "CATL's Shenxing": a known company, then its product
    if m.source in _MODELS and m.lang == "en" and m.type in ("ORG", "PERSON"):
        verb = _HEADLINE_VERB.search(text, start, end)
        if verb and verb.start() - start >= 2:
            end = verb.start()  # "Hengrun Environmental Completes Acquisition of …", "… as Haines Retires": a headline's verb ends the name
    if m.source in _MODELS and m.lang == "en" and m.type in ("ORG", "PRODUCT") and _BUSINESS_KIND_AFTER.match(text, end):
        owner = _ORG_POSS_LEAD.match(text, start, end)
        if owner and end - owner.end() >= 2:
            start = owner.end()  # "sold under Harlow's Nestwell brand": the owner, then its business
    if m.type == "ORG" and m.source != "ruler":
        tail = _ORG_GLUED_TAIL.search(text, start, end)
        if tail and tail.start() - start >= 2 and _GLUED_NEXT.match(text, end):
            end = tail.start()  # "收购嘉华国际所持…", "对鲁西化工处以罚款", "获得Vantage Studios 25%的股权"
        share = _SHARE_INSIDE.search(text, start, end)
        if share and share.start() - start >= 2:
            end = share.start()  # "收购山东鲁北风电100%股权": the company, then the share of it
        latin = _KIND_THEN_LATIN.match(text, start, end)
        if latin and m.lang == "zh":
            start = latin.end()  # "收购加拿大金矿企业Lumina Gold": the kind of company, then its name
            while (more := _MORE_LATIN.match(text, end)):
                end = more.end()
    if m.source in _MODELS and m.lang == "zh":
        # a Chinese name has no space or quote inside: "发展自治区政协常委 广西星河股份有限公司"
        # keeps its last part (names end where the model's span ends more often than they start)
        cut = max((i for i in range(start, end - 1) if _BREAK_ZH.match(text, i)), default=-1)
        if cut >= 0:
            start = cut + 1
    bar = max((i for i in range(start, end) if text[i] in "丨｜|"), default=-1)
    if m.lang == "zh" and bar >= 0 and end - bar > 2:
        start = bar + 1  # "格隆汇10月17日丨汤臣倍健": a source's dateline, a bar, then the name
    elif m.lang == "zh" and text.startswith("日电", start) and text[start - 1:start].isdigit() and end - start > 4:
        start += 2  # "中新网4月13日电渣打银行集团…": a dateline, then the name
    while start < end and not text[start].isalnum() and not is_han(text[start]):
        start += 1
    if m.source != "ruler" and end - start >= 3 and text[start] == "原" and text[start + 1].isascii() \
            and text[start + 1].isalpha():
        start += 1  # "原Cici": "formerly" is not part of the name
    elif m.source != "ruler" and m.type == "ORG" and end - start >= 4 and text[start] in "原前" and (
            text[start + 1:end] in known_names("ORG", ambiguous=True) or _LEGAL_END.search(text, start, end)):
        start += 1  # "原阿里巴巴集团财务副总裁": the former employer, named without "former"
    if m.type == "ORG" and m.lang == "zh" and end - start >= 4 and text[end - 1] in "原前" and _POST_AFTER_FORMER.match(text, end):
        end -= 1  # "中国华融原党委书记": the employer, then a former post
    if m.source in _MODELS and m.type in ("ORG", "PRODUCT") and m.lang == "zh" and (post := _POST_END.search(text, start, end)) \
            and post.start() - start >= 2:
        # "21世纪经济报道记者", "国信证券纺织服装行业分析师": the organization, then a post (and a sector before
        # it, after a legal or institutional suffix)
        end = post.start()
        unit = SUFFIX.search(text, start, end)
        if unit and unit.start() - start >= 2 and unit.end() < end and not SUFFIX.search(text, unit.end(), end):
            end = unit.end()
    if m.source in _MODELS and m.type == "ORG" and m.lang == "zh":
        kind, prep = _KIND_LEAD.match(text, start, end), _PREPOSITION_LEAD.match(text, start, end)
        if kind and end - kind.end() >= 2:
            start = kind.end()  # "旗下品牌乐道推出…": the kind of unit is no part of its name
        elif prep and end - prep.end() >= 3 and jieba_words(text[start:end])[:1] == [prep.group(0)]:
            start = prep.end()  # "根据艾媒咨询" (not 对外经济贸易大学, 向日葵): a preposition is no part of a name
        elif end - start >= 4 and text[start] == "于" and text[start - 2:start] in AT_WORK:
            start += 1  # "曾任职于微软亚洲研究院": the employer, not the preposition
        post = _TITLE_END.search(text, start, end)
        if post and post.start() - start >= 2 and (text[start:post.start()] in known_names("ORG", ambiguous=True)
                                                   or _ORG_END.search(text, start, post.start())):
            end = post.start()  # "现为澜舟科技创始人": the company, then the post
        unit = _UNIT_END.search(text, start, end)
        if unit and unit.start() - start >= 2 and (text[start:unit.start()] in known_names("ORG", ambiguous=True)
                                                  or _ORG_END.search(text, start, unit.start())):
            end = unit.start()  # "诺和诺德起诉华东医药全资子公司中美华东": the parent, then what the unit is
        if end - start >= 6 and text.startswith("学部", end - 2) and text.startswith("委员", end):
            end -= 2  # "中国社会科学院学部委员": an academy, then its members' title
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
    if m.source in _MODELS and m.type == "ORG" and m.lang == "zh" and (
            _POST_INSIDE.search(text, start, end) or text[start:start + 2] in POST_VERBS_ZH):
        return None  # "集团新任公关部", "担任任何职务": a post, no organization
    if m.type == "PERSON" and m.lang == "zh" and end - start == 2 and text[end - 1] == "氏":
        return None  # "王氏兄弟": a family, no one person
    if m.type == "PERSON" and m.lang == "zh" and end - start >= 4 and text[end - 1] in _NAME_STOP_END:
        end -= 1  # "王建国任集团公司董事长": the verb after a name is not part of it
    elif m.type == "PERSON" and m.lang == "zh" and end - start == 3 and (
            text[end - 1:end + 1] in POST_VERBS_ZH or (text[end - 1] in "均都也" and text[end:end + 1] in "出为是已在将曾")
            or (text[end - 1] in "将在于对把被向从" and (text[end:end + 1].isdigit() or text[end:end + 1] in "其该这此公自本今去明"))
            or (text[end - 1] == "为" and _APPOINTED_BEFORE.search(text, max(0, start - 12), start))):  # "聘任副总经理陈默为…"
        # ... nor a preposition's: "周剑将2025年定义为…"
        end -= 1  # "李健接任荣耀CEO", "首席执行官张鹏均出身于…": a verb's first character is no part of the name
    elif m.type == "ORG" and m.source in _MODELS and end - start >= 4 and text[end - 2] == "第" and \
            text[end - 1] in "一二三四" and text[end:end + 1] in ("财", "季"):
        end -= 2  # "英伟达第三财季营收": the company, then its quarter
    elif m.type == "ORG" and m.source in _MODELS and m.lang == "zh" and end - start >= 5 and \
            text[end - 2:end] in _VERB_AFTER_ORG:
        end -= 2  # "沐曦股份登陆科创板": the company, then what it did
    elif m.type == "ORG" and m.source == "ner" and end - start >= 4 and text[end - 1] in "与及等":
        end -= 1  # "深圳市龙岗区与无锡…": the conjunction after a name is not part of it
    elif m.type == "ORG" and m.source in _MODELS and end - start >= 3 and text[end - 1] == "新" and (
            text[end:end + 2] in ("成立", "设立", "组建", "推出", "上市", "发布") or text[end:end + 3] == "子公司"):
        end -= 1  # "育碧新成立的子公司": "newly" is no part of the name
    if m.source in _MODELS and m.type == "ORG" and end - start >= 5 and text[end - 3:end] in ("董事局", "董事会") \
            and re.match(rf"(?:常务)?副?主席|秘书|(?:近日|日前|今日|已|正式)?{APPOINT_ZH}", text[end:end + 7]):
        end -= 3  # "凤凰卫视董事局主席", "星河科技董事会聘任…": the company, then its chair's title or its hire
    if m.source in _MODELS and m.type == "ORG" and m.lang == "zh":
        kind = _CHIP_KIND_END.search(text, start, end)
        core = text[start:kind.start()] if kind else text[start:end]
        if _MODEL_NAME.fullmatch(core) and (kind or _CHIP_KIND_END.match(text, end)):
            # "麒麟9030芯片", "Blackwell Ultra芯片": a chip or a phone the model took for its maker
            return Mention(m.doc_id, start, start + len(core), core, "PRODUCT", m.lang, "rule", None)  # (a version:
            # the lexicon's "麒麟" inside it gives way)
    if m.source in _MODELS and m.lang == "zh" and end - start >= 4 and text[end - 2:end] == "系列":
        end -= 2  # "美素佳儿系列所有产品": the brand, not its range
    if m.type == "PERSON" and m.lang == "zh" and start >= 2 and text[start - 1] in "·•" and is_han(text[start - 2]):
        # the other half of a transliterated name: "萨提亚·纳德拉" from "纳德拉" (up to 4 characters)
        k = start - 1
        while k > 0 and start - 1 - k < 4 and is_han(text[k - 1]) and text[k - 1] not in _NAME_STOP:
            k -= 1
        start = k if k < start - 1 else start
    if m.type == "PERSON" and end - start > 1 and text[end - 1] in "·•":
        # a transliterated name cut at its dot: "萨米尔·" -> "萨米尔·沙阿" (up to 4 characters,
        # never over a common function character)
        k = end
        while k < len(text) and k - end < 4 and is_han(text[k]) and text[k] not in _NAME_STOP:
            k += 1
        end = k if k > end else end - 1
    if m.source in _MODELS and m.type == "PERSON" and m.lang == "zh" and text[start:start + 1] == "任" and \
            text[start - 1:start] in _BEFORE_POST:
        return None  # "曾任玛氏中国…总监": the verb of a post and an employer, no person
    if m.source in _MODELS and m.type == "PERSON" and m.lang == "zh" and end - start == 2 and surname_at(text, start) \
            and end < len(text) and is_han(text[end]) and text[end] not in _GIVEN_STOP and _SAYS_OR_ACTS.match(text, end + 1):
        end += 1  # "刘靖康直言", "张红超于1997年": the model's name cut before its last character
    elif m.source in _MODELS and m.type == "PERSON" and m.lang == "zh" and end - start == 3 and text[end - 1] in "说称" \
            and re.match(r"[。，,：:！？!?]", text[end:end + 1]):
        end -= 1  # "分析师李智说。": the name, then the verb of speech
    return Mention(m.doc_id, start, end, text[start:end], m.type, m.lang, m.source, m.kind)
