"""Which names a Chinese NER model (or Baidu LAC) finds are names, and of which type.

The statistical models of :mod:`kg.nlp` read news well but label some common words as names
(急切, 现代化产业体系建设, 税目), call Latin product names in Chinese text people (Clawdbot) and
read derived English words as names (Distillation). These tests, used by
:func:`kg.extract.entities.select`, judge one candidate at a time from its text and the words
right after it, with jieba's dictionary as the list of common words.
"""
from __future__ import annotations

import re

from ..lexicon import known_names, place_names
from ..records import Mention
from ..segment import is_han
from .event_triggers import SIGNS_AGREEMENT_ZH, SIGNS_ZH
from .titles import ANY_TITLE_ZH, common_words, quiet_posseg, surname_at, word_freq
from .zh_orgs import SUFFIX

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
# What the text says a one-word Latin name in Chinese is when the model calls it a person:
# "Clawdbot这类智能体", "Talkie主打…角色扮演（Character AI赛道）" is not enough, "Coze平台" is
_PRODUCT_AFTER = re.compile(r"\s?(?:大模型|模型|App|APP|app|应用|平台|芯片|系统|工具|智能体|框架|架构|插件|机器人|"
                            r"手机|汽车|眼镜|耳机|游戏|浏览器|助手|产品|功能|版本|等(?:本地)?(?:Agent|智能体|应用|产品|工具))")
# ... or its maker in brackets: "Talkie (MiniMax)" (a table of products and their companies)
_MAKER_AFTER = re.compile(r"\s?[（(]([^（）()]{2,20})[）)]")
_ORG_AFTER = re.compile(r"\s?(?:公司|集团|报道|援引|数据显示|的数据|的报告|发布的|研究显示|调查显示|分析师|首席|创始人|CEO)")


_COMPANY_BEFORE = re.compile(r"(?:上市公司|公司|企业|集团|品牌|厂商|平台|独角兽|(?<=[\u4e00-\u9fff])旗下的?)$")  # (and a unit: "中兴通讯旗下的努比亚")
# ... and a name before what only a company has, with its industry word: "亚玛芬体育旗下", "星河股价"
_OWNER_AFTER = re.compile(r"(体育|科技|集团|控股|汽车|医药|生物|电子|传媒|娱乐|游戏|网络|食品|乳业|酒业|服饰|能源|智能|股份|国际)?"
                          r"(?:旗下|的?母公司|股价|市值|董事会)")
# ... and a name right after a kind of product is the product: "首款上市药物海纳安", "新车型星舰" (no
# person is named so)
_PRODUCT_BEFORE = re.compile(r"(?:药物|新药|创新药|药品|疫苗|新车|车型|机型|手游|新游戏)$")


# A staff title between two "people": the first is the second's employer, with the kind of firm its name
# may end in ("易观分析师李明", "艾媒咨询分析师张毅", "比达首席分析师李锦清"); no person is titled so before another
# (shared with zh_roles: the kind of firm a name may end in, captured, with a rank before the title; and the
# person's name after the title, before what they say)
_FIRM_KIND = r"(?:咨询|研究院|研究所|证券|智库)"
FIRM_AND_RANK_ZH = rf"({_FIRM_KIND})?(?:首席|高级|资深)?"
NAME_SPEAKS_ZH = r"(?=[\u4e00-\u9fff]{2,3}(?:[^\u4e00-\u9fff]|表示|认为|指出|称|说|告诉|介绍|透露|对记者|对媒体))"
# (a Latin name may carry its Chinese name before the title: "TrendForce集邦咨询分析师龚明德"; a consultancy's partner
# in a region is staff too: "罗兰贝格合伙人周锦", "弗若斯特沙利文大中华区合伙人黄浩")
_STAFF_TITLE = r"(?:大中华区|中国区|亚太区|全球)?(?:分析师|研究员|研究总监|经济学家|策略师|合伙人)" + NAME_SPEAKS_ZH
_STAFF_AFTER = re.compile(FIRM_AND_RANK_ZH + _STAFF_TITLE)
_LATIN_STAFF_AFTER = re.compile(rf"([\u4e00-\u9fff]{{0,4}}?{_FIRM_KIND})(?:首席|高级|资深)?" + _STAFF_TITLE)
# A party that signs a company's kind of agreement with someone ("与马斯达尔（Masdar）签署储能电池供应协议",
# "与安靠签署谅解备忘录") is an organization, whatever the model's "person" (not a sponsorship or a contract of
# employment, which people sign)
_SIGNS_COMPANY_DEAL = re.compile(r"(?:\s?[（(][^（）()]{1,30}[）)])?[^。；，、\x01]{0,12}?(?:" + SIGNS_ZH + r")了?"
                                 r"[^。；，]{0,16}?(?:(?:战略|技术|商业化|联合研发|联合开发|框架)?合作|供应|供货|采购|授权|许可|框架|合资|"
                                 r"谅解)[^。；，]{0,6}?(?:协议|合同|备忘录)")
_PARTY_TO_DEAL = re.compile(r"(?:\s?[（(][^（）()]{1,30}[）)])?\s?(?:" + SIGNS_AGREEMENT_ZH + r"|"
                            r"(?:达成|建立|开展|展开)了?(?:全面|深度|深入|长期)?的?(?:战略)?合作)")
_LABEL_IS_COMPANY = re.compile(r"\s?(?:[（(][^（）()]{1,30}[）)])?\*{0,2}[：:]\*{0,2}\s?(?:这家|该|一家|作为)[^。；，]{0,16}?(?:公司|企业|厂商|品牌)")
_SIGNS_WITH_AFTER = re.compile(r"(?:(?:上|本)月|近日|日前|今日|昨日|(?:今|去)年\d{1,2}月|\d{1,2}月\d{0,2}日?)?(?:还|也|已|则|正式)?"
                               r"(?:与|同)[^。；，、]{2,20}?" + SIGNS_AGREEMENT_ZH)
_OFFICER_AFTER = re.compile(r"\s?(?:(?:首席执行官|CEO|总裁|董事长|联合创始人|创始人)(?!的|[A-Za-z])|"
                            r"(?:CEO|chief executive|president|chairman|co-founder|founder) [A-Z])")


def _with_before(text: str, start: int) -> bool:
    """与 (or 同) right before ``start``, or before a country or city there ("与阿联酋马斯达尔")."""
    if text[start - 1:start] in ("与", "同"):
        return True
    return any(text[start - k - 1:start - k] in ("与", "同") and text[start - k:start].casefold() in place_names()
               for k in range(2, 5))


def retyped_by_context(c: Mention, text: str, segments) -> Mention:
    """The Chinese model's one-word Latin "person" that the text calls a product or an
    organization ("Coze平台", "TrendForce数据显示"); other persons stay (CLUENER's gamer IDs).
    The new type (source "context") holds for the name's other mentions too (consistent_types)."""
    if (c.source == "ner" and c.type == "PERSON" and c.lang == "zh" and _COMPANY_BEFORE.search(text, max(0, c.start - 6), c.start)
            and not surname_at(c.text, 0) and not (c.text.isascii() and text[c.start - 3:c.start].endswith(("旗下", "旗下的")))):
        # "北交所上市公司贝特瑞": a name right after a kind of company is the company
        return Mention(c.doc_id, c.start, c.end, c.text, "ORG", c.lang, "context", None)
    if c.source in ("ner", "lac") and c.type == "PERSON" and c.lang == "zh" and _LABEL_IS_COMPANY.match(text, c.end):
        # "- **容联云：** 这家纽交所上市公司在年初发布了…": a label the text calls a company
        return Mention(c.doc_id, c.start, c.end, c.text, "ORG", c.lang, "context", None)
    if c.source in ("ner", "lac") and c.type == "PERSON" and c.lang == "zh" and (owner := _OWNER_AFTER.match(text, c.end)) and (
            owner.group(1) or not surname_at(c.text, 0)):  # (not "李嘉诚旗下的长和")
        # "亚玛芬体育旗下的始祖鸟": who has units, a share price or a board is a company (with its industry word)
        end = c.end + len(owner.group(1) or "")
        return Mention(c.doc_id, c.start, end, text[c.start:end], "ORG", c.lang, "context", None)
    if c.source in ("ner", "lac") and c.type == "PERSON" and c.lang == "zh" and _PRODUCT_BEFORE.search(text, max(0, c.start - 3), c.start):
        return Mention(c.doc_id, c.start, c.end, c.text, "PRODUCT", c.lang, "context", None)
    if c.source in ("ner", "lac", "titlerule") and c.type == "PERSON" and c.lang == "zh" and (
            staff := _STAFF_AFTER.match(text, c.end)) and surname_at(text, staff.end()):
        end = c.end + len(staff.group(1) or "")
        return Mention(c.doc_id, c.start, end, text[c.start:end], "ORG", c.lang, "context", None)
    if c.source in ("ner", "lac") and c.type == "PERSON" and c.lang == "zh" and _with_before(text, c.start) and (
            _SIGNS_COMPANY_DEAL.match(text, c.end)):
        return Mention(c.doc_id, c.start, c.end, c.text, "ORG", c.lang, "context", None)
    if c.type == "PRODUCT" and c.lang == "zh" and _with_before(text, c.start) and _PARTY_TO_DEAL.match(text, c.end):
        # "金牧乳业已与盒马签署独家首发协议", "与盒马达成战略合作": a party to a deal is the business behind the brand
        return Mention(c.doc_id, c.start, c.end, c.text, "ORG", c.lang, "context", None)
    if c.type == "PRODUCT" and c.lang == "zh" and not c.text.isascii() and _SIGNS_WITH_AFTER.match(text, c.end) and (
            c.start == 0 or re.search(r"(?:旗下的?|[，,。；：:\s*])$", text[max(0, c.start - 3):c.start])):
        # "阿里巴巴旗下飞猪上月与中国东方航空签署战略合作协议": a brand that signs an agreement is the business behind it
        return Mention(c.doc_id, c.start, c.end, c.text, "ORG", c.lang, "context", None)
    if c.type == "PRODUCT" and _OFFICER_AFTER.match(text, c.end):
        # "TikTok首席执行官周受资", "TikTok CEO Shou Chew": a product with a chief executive is its company
        return Mention(c.doc_id, c.start, c.end, c.text, "ORG", c.lang, "context", None)
    if not (c.source == "ner" and c.type == "PERSON" and _LATIN_WORD.fullmatch(c.text)
            and any(seg.start <= c.start < seg.end and seg.lang == "zh" for seg in segments)):
        return c
    maker = _MAKER_AFTER.match(text, c.end)
    if _PRODUCT_AFTER.match(text, c.end) or (maker and maker.group(1) in known_names("ORG", ambiguous=True)):
        return Mention(c.doc_id, c.start, c.end, c.text, "PRODUCT", c.lang, "context", None)
    if _ORG_AFTER.match(text, c.end):
        return Mention(c.doc_id, c.start, c.end, c.text, "ORG", c.lang, "context", None)
    if (staff := _LATIN_STAFF_AFTER.match(text, c.end)) and surname_at(text, staff.end()):
        end = c.end + len(staff.group(1))  # "TrendForce集邦咨询分析师龚明德": the firm with its Chinese name
        return Mention(c.doc_id, c.start, end, text[c.start:end], "ORG", c.lang, "context", None)
    return c


# Common nouns for kinds and groups of organizations, not names: "金融机构", "国内制造业",
# "新能源汽车行业" (government departments stay: news conventions count 审计部门 and 市政府,
# and so do 监管部门 and 资产 managers: 信达资产)
_GENERIC_GROUP = re.compile(r"^(?:各[级地类]?|有关|相关|地方|国有|国内|海外|外资|民营|中国|全国|全球|多家|多地)?"
                            r"[\u4e00-\u9fff]{0,6}?(?:机构|企业|行业|产业|领域|市场)$|"
                            r"^(?:全资|控股|附属|合资|新设|下属)?(?:子公司|母公司|合资公司|分公司)$|"  # "成为软银的全资子公司"
                            # ... of a line of business or a kind of tie: "阿里巴巴集团的云计算子公司", "关联公司"
                            r"^[\u4e00-\u9fff]{0,6}?(?:子公司|母公司|关联公司|附属公司|联营公司)$|"
                            r"^(?:A股|港股|美股|H股|中概股|上市|科创板|创业板|北交所)(?:公司|企业)$")  # "来自A股公司的…"
_NOT_NOUN_TAGS = {"a", "an", "ad", "d", "i", "c", "p", "r", "u"}  # adjectives, adverbs, idioms, …


# A kind of company, counted or described: "三家硬科技公司", "首家…公司", "国产GPU公司", "AI制药公司"
_KIND_OF_COMPANY = re.compile(r"^(?:(?:[一二三四五六七八九十两几多数]*家|首家|这家|该)[\u4e00-\u9fffA-Za-z]{0,8}|"
                              r"(?:国产|国内|海外|本土|头部|龙头|新兴|传统|中国|美国|欧洲|日本|韩国)?(?:AI|GPU|CPU|NPU|SaaS|EV|AR|VR|XR|IoT)"
                              r"[\u4e00-\u9fff]{0,4}|(?:国产|国内|海外|本土|头部|龙头|新兴|传统)[\u4e00-\u9fffA-Za-z]{1,6})"
                              r"(?:公司|企业|厂商)$")


# ... or a line of business in common words before 公司: "生物技术公司", "芯片设计公司", "汽车企业" (not "小米公司":
# a word jieba uses less, or a name the lexicon knows)
_LINE_THEN_COMPANY = re.compile(r"([\u4e00-\u9fff]{2,8})(?:公司|企业|厂商)")


def kind_of_company(s: str) -> bool:
    if _KIND_OF_COMPANY.match(s):
        return True
    m = _LINE_THEN_COMPANY.fullmatch(s)
    return bool(m) and all(w.flag in ("n", "vn", "v") and word_freq(w.word) >= 300 and w.word not in known_names("ORG", ambiguous=True)
                           for w in quiet_posseg().cut(m.group(1)))


def generic_org(s: str) -> bool:
    """A word jieba tags as an adjective, adverb or idiom (急切, 深恶痛绝), or a kind of organization
    (金融机构, 新能源汽车行业, 国产GPU公司) with no organization suffix."""
    if common_words().get(s) in _NOT_NOUN_TAGS or kind_of_company(s):
        return True
    if _GENERIC_GROUP.match(s) and not any(c in s for c in "局委院署办厅"):
        return True
    return common_compound(s) or kind_of_product(s)


# What a kind of product is called, kind words before a product noun: 人形机器人, 智能眼镜, 国产大模型 (not
# 擎天机器人, 优必选机器人: a company's name)
_KIND_OF_PRODUCT = re.compile(r"^(?:人形|双足|四足|轮式|智能|工业|服务|家用|家庭|协作|扫地|陪伴|教育|医疗|手术|物流|配送|巡检|"
                              r"折叠屏|旗舰|高端|中端|入门级|国产|通用|人工智能|多模态|开源|推理|基础|垂直|行业|端侧|云端|"
                              r"AI|AR|VR|XR|5G)+(?:机器人|手机|眼镜|芯片|无人机|大模型|模型|平板|耳机|手表)$")


def kind_of_product(s: str) -> bool:
    return bool(_KIND_OF_PRODUCT.match(s))


# Heads that make a compound of common words an organization's name: 三亚酒店, 中国汽车工业协会
_ORG_HEAD_WORD = re.compile(r"(?:中心|协会|学会|委员会|研究院|研究所|集团|公司|银行|医院|大学|学院|学校|小学|中学|政府|"
                            r"酒店|书局|出版社|基金|证券|信托|保险|投资|金融|制药|药业|医药|科技|生物|咨询|传媒|资本|控股|"
                            r"实验室|联盟|商会|俱乐部|工作室|办公室|娱乐|电影|影业|影视|矿业|能源|文化|地产|置业|物流|航空|"
                            r"通信|电子|电气|电力|石油|天然气|化工|钢铁|食品|汽车|材料|彩票|联赛|组织|机关|部门|"
                            r"海运|航运|港务|铁路|电网|电信|移动|联通|技术|资产|"
                            r"[党军队局院部委会所社台站报网厅署处行团校馆司])$")
_COMMON_COMPOUND_TAGS = {"n", "vn", "v", "a", "an", "l", "i", "d", "s", "m", "ns"}


def common_compound(s: str, min_words: int = 3) -> bool:
    """A name of three (``min_words``) or more common words, each of two or more characters, and no
    organization head: 现代化产业体系建设, 中国新能源汽车出口量 (two words may be a company's
    name: 完美时空, 字节跳动)."""
    if len(s) < 4 or not all(is_han(c) for c in s) or _ORG_HEAD_WORD.search(s):
        return False
    words = list(quiet_posseg().dt.cut(s, HMM=False))
    return len(words) >= min_words and all(len(w.word) >= 2 and w.flag in _COMMON_COMPOUND_TAGS for w in words) and (
        words[-1].flag != "ns")


# English in Chinese text that a Chinese model takes for a name: derived words and heading anchors
ENGLISH_WORD_OR_SLUG = re.compile(
    r"^[a-z]+(?:-[a-z]+)+$|^[A-Za-z]+(?:tion|sion|ing|ive|ity|ism|ness|ment|ible|able|ous|ally|ence|ance|ics)$|"
    r"[/{}\[\]]")
# A Latin word the Chinese models found inside a longer Latin run: "据Financial Times报道",
# "Video-Gen", "Kill Time" (the run is one name or none; the lexicon and rules read whole runs)
_RUN_BEFORE = re.compile(r"(?:[A-Za-z0-9]-|[A-Za-z] )$")
_RUN_AFTER = re.compile(r"-[A-Za-z0-9]| [A-Za-z]")  # a year after a space is no part: "Gartner 2026年"


def latin_fragment(m: Mention, text: str) -> bool:
    return m.text.isascii() and bool(_RUN_BEFORE.search(text, max(0, m.start - 2), m.start)
                                     or _RUN_AFTER.match(text, m.end))


_KINSHIP = re.compile(r".(?:先生|女士|小姐|太太|某+|总|老|哥|姐|妹|弟|叔|伯|姨|婶|爷|奶奶|爷爷|妈|嫂|师傅|同学|老师)$")
# Baijiaxing surnames rarer than those of kg.extract.titles.SURNAMES (which rules use to
# find names on their own); here they only confirm a name LAC already found.
_RARER_SURNAMES = set("洪赖习阎朴井闻阚狄宣庾那云燕官盘逯骈晋冀郁荆雍訾谈权")
_LATIN_ORG_NAME = re.compile(r"[A-Z][A-Za-z0-9&.\- ]*[A-Za-z0-9]")


_COMMON_TAGS = {"n", "v", "vn", "a", "an", "ad", "d", "q", "m", "s", "f", "l", "i", "t", "b", "c", "p", "r", "u"}
_ORG_END_ZH = set("部局院委署会办厅社所行党台校馆团司")
_GENERIC_HEAD = re.compile(r"^(?:中国|全国|国内|全球)?(.+?)(?:汽车|行业|产业|科技|技术|医疗|教育|领域)$")


def common_word(s: str) -> bool:
    return common_words().get(s) in _COMMON_TAGS


def lac_name(m: Mention) -> bool:
    """LAC's people are surname-led Chinese names (王先生, 杨某 and 周中 are not), or
    transliterations with a middle dot; its organizations are Latin names or Han names that
    end in no conjunction.  Neither is a common word of jieba's dictionary (汽车行业, 电信,
    加大), and no organization is a common word and an industry (新能源汽车, 生物科技)."""
    s = m.text
    if common_word(s) and not (m.type == "ORG" and s[-1] in _ORG_END_ZH):
        return False
    generic = _GENERIC_HEAD.match(s) if m.type == "ORG" else None
    if generic and common_word(generic.group(1)):
        return False
    if m.type == "PERSON":
        if "·" in s or "•" in s:
            return all(is_han(c) or c in "·•" for c in s)
        return 2 <= len(s) <= 6 and all(is_han(c) for c in s) and not _KINSHIP.match(s) and (
            len(s) > 2 or surname_at(s, 0) or s[0] in _RARER_SURNAMES)
    if s.isascii():
        return bool(_LATIN_ORG_NAME.fullmatch(s))
    return len(s) >= 2 and s[-1] not in "与及和、的"


_TITLE_END = re.compile(rf"(?:{ANY_TITLE_ZH})\s?$")


def overruns_rule_name(c: Mention, rule_names: list[Mention], text: str) -> bool:
    """A Chinese model name that runs past a name the rules found: over a title into the
    titled person ("全球主管Dan Ives": Dan Ives), or from a Latin organization into the words
    after it ("Wedbush Securities科技研究": Wedbush Securities); or that calls a titled person
    something else ("发起人Geoff Keighley" is no organization)."""
    for r in rule_names:
        if r.type == "PERSON" and r.end == c.end and (
                (c.start < r.start and _TITLE_END.search(text, c.start, r.start))
                or (c.start == r.start and c.type != "PERSON")):
            return True
        if r.type == "ORG" and c.type == "PERSON" and r.start == c.start and r.end < c.end and re.match(
                ANY_TITLE_ZH, text[r.end:c.end]):
            return True  # "（星河科技创始人兼CEO）": an organization and its titles, no person
        if (r.type == "ORG" and c.type == "ORG" and r.start == c.start and r.end < c.end and r.lang == "en"
                and is_han(text[r.end]) and not SUFFIX.search(text, r.end, c.end)):
            return True
    return False
