"""Chinese organization names by their legal or institutional suffix.

"北京职信鼎程信息技术有限公司", "中国金币总公司", "海通证券", "湖南省沙坪湘绣博物馆": the
suffix is certain, the start is not.  The name is grown leftwards from the suffix over
jieba words that can be part of a name (place names, nouns, proper nouns, Latin words,
brackets such as "（中国）") and stops at a verb, preposition, pronoun, number or
punctuation, so "记者与重庆小康工业集团股份有限公司" gives 重庆小康工业集团股份有限公司.
"""
from __future__ import annotations

import re

from ..lexicon import known_names
from ..segment import is_han
from .titles import ANY_TITLE_ZH, LATIN_POST, POST_VERBS_ZH, common_words, quiet_posseg, surname_at, word_freq

SUFFIX = re.compile(
    r"(?:股份有限公司|有限责任公司|有限公司|集团公司|总公司|集团|(?<!子)公司|银行|证券|控股|研究院|研究所|创投|"
    r"大学|学院|博物馆|协会|委员会|俱乐部|事务所|基金会|医院|商会|联合会|交易所|智库|研究中心|创新中心|实验室|工作室|产投|金融(?![业科机市]|分析|研究|专家|学)|药业|制药|影业|(?:(?<!投)资本(?!轮)|基金)(?![\u4e00-\u9fff]{0,8}?(?:公司|集团)))"
    r"(?![卡业生法化网])")  # 银行卡, 证券业, 大学生, 公司法, 证券网: another word
# jieba POS flags that may stand inside a name
NAME_FLAGS = {"ns", "nz", "n", "nr", "nt", "nrt", "nrfg", "nw", "j", "eng", "x", "an", "vn", "b", "l", "s", "ng",
              # jieba tags some name parts as adjectives, classifiers or adverbs: 四川|古|名|天下, 北京|首都
              "a", "q", "d"}
# a name needs one proper part: a place, a name, a brand, a Latin word ("技术公司" is no name)
PROPER_FLAGS = {"ns", "nz", "nr", "nt", "nrt", "nrfg", "j", "eng"}
STOP_WORDS = {"该", "本", "这", "那", "其", "各", "多家", "一家", "旗下", "上市", "公司", "记者", "我", "他", "她",
              # role nouns before a name: "承办方富龙集团", "竞争对手小鹏汽车", "大股东腾讯控股"
              "承办方", "主办方", "协办方", "合作方", "投资方", "收购方", "买方", "卖方", "对手", "竞争对手",
              "母公司", "子公司", "股东", "大股东", "控股股东", "客户", "供应商", "合作伙伴", "甲方", "乙方",
              # kinds of makers before a studio's name: "杭州小团队雾屿工作室", "独立开发商…"
              "团队", "小团队", "开发商", "发行商", "厂商", "运营商",
              # kinds of units before a fund's name: "旗下平台溥泉资本", "投资机构高瓴资本"
              "平台", "品牌", "机构", "投资机构",
              # career words before an employer: "现任南京星河国有资产经营集团有限公司董事长"
              "现任", "历任", "时任", "曾任", "原任", "前任", "原", "兼任", "出任", "担任", "就职于", "任职于",
              # words between a subject and its organization: "杜风所在银行", "银联都主营…"
              "所在", "附有", "主营", "都", "均", "也", "还", "即", "所",
              # kinds of tie before 公司 (jieba tags 关联 a place): "阿里巴巴的关联公司"
              "关联", "附属", "联营", "下属"}
# verbs of working somewhere before 于 ("任职于", "效力于")
AT_WORK = ("任职", "就职", "供职", "效力", "工作", "出身", "毕业")
WINDOW = 24  # characters looked at before a suffix
MIN_STEM = 2


LEGAL = {"股份有限公司", "有限责任公司", "有限公司", "集团公司", "总公司", "控股", "创投"}


# verbs that name a line of business in a registered company name (地名 + 字号 + 行业 + 组织形式)
_LINE_OF_BUSINESS = {"制造", "研发", "生产", "发展", "投资", "管理", "建设", "开发", "运营", "咨询", "设计", "贸易", "销售",
                     "物流", "租赁", "服务", "控股"}
_TITLE_WORD = re.compile(ANY_TITLE_ZH)
_PHASE = re.compile(r"[一二三四五六七八九十]期")
_ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")
# a place in brackets between a name and its legal form: "全通教育集团（广东）股份有限公司"
_BRACKETED_PLACE = re.compile(r"[（(][\u4e00-\u9fff]{2,4}[）)]")


def _stem_start(text: str, end: int, floor: int, legal: bool = False, common: bool = False) -> int:
    """Leftmost start of a name stem ending at ``end`` (the suffix start); ``end`` itself when
    the stem has no proper part. ``legal``: the suffix is a legal form; ``common``: two or more
    common nouns may make the name ("游戏科学" before "CEO冯骥")."""
    lo = max(floor, end - WINDOW)
    words = list(quiet_posseg().cut(text[lo:end]))
    start = end
    pos = end
    proper = False
    taken = []
    for piece in reversed(words):
        word, flag = piece.word, piece.flag
        pos -= len(word)
        if word in "（）()" or (word.startswith(("（", "(")) and word.endswith(("）", ")"))):
            start = pos
            continue
        if len(word) >= 3 and (word[0] in "和与及由被向从对把" or (word[0] == "于" and text[pos - 2:pos] in AT_WORK)) and flag in PROPER_FLAGS:
            start, proper = pos + 1, True  # jieba's "和博裕" in "淡马锡和博裕资本", "于微软" in "任职于微软亚洲研究院":
            break                          # the conjunction or preposition ends the name
        # a lexicon organization is a name part ("联想|控股": jieba calls 联想 a verb); before a
        # legal suffix an ambiguous one too ("联想控股" is Lenovo's, "理想公司" may be "an ideal company")
        if word in known_names("ORG", ambiguous=legal) and word not in STOP_WORDS:
            flag = "nt"
        elif flag in ("m", "t") and (_PHASE.fullmatch(word) or _ORDINAL.fullmatch(word)):
            flag = "n"  # a fund's or a plant's phase: "长存三期（武汉）集成电路有限责任公司"; an institute's number:
            # "自然资源部第四海洋研究所"
        elif flag == "v" and legal and word in _LINE_OF_BUSINESS:
            flag = "vn"  # a registered name's line of business: "华芯集成电路制造（绍兴）有限公司"
        if word in STOP_WORDS or flag not in NAME_FLAGS or not any(c.isalnum() for c in word) \
                or _TITLE_WORD.fullmatch(word) or (flag == "d" and any(f in PROPER_FLAGS for _, f in taken)):
            break  # "创始人兼CEO|孟|凡是|北京|航空航天大学": a title, or an adverb before a proper part, ends it
        start = pos
        taken.append((pos, flag))
        proper = proper or flag in PROPER_FLAGS or word.isascii()
    # a verbal noun, an adjective or an adverb opens no name: "剖析|云南省|国有资本|运营|有限公司"
    # -> 云南省…, "人为|华泰|证券" -> 华泰证券
    while len(taken) > 1 and taken[-1][1] in ("vn", "a", "d", "ad", "an"):
        taken.pop()
        start = taken[-1][0]
    if not proper and common and len(taken) >= 2 and end - start >= 4 and not GENERIC_END.search(text, start, end):
        proper = all(flag in ("n", "nz", "vn", "eng", "j") for _, flag in taken)
    if text.count("）", start, end) + text.count(")", start, end) > text.count("（", start, end) + text.count("(", start, end):
        return end  # the stem would open inside brackets: "…（|绍兴）有限公司" is no name
    return start if proper else end


_AFFILIATED = re.compile(r"(?:[\u4e00-\u9fff]{1,4}?(?:学院|医学部))?附属(?:第[一二三四五六七八九十]{1,3})?[\u4e00-\u9fff]{0,8}")


def org_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of suffix-anchored organization names in ``text[start:end]``."""
    end = len(text) if end is None else end
    spans = []
    last = start
    prev = None  # the previous suffix and its floor
    for m in SUFFIX.finditer(text, start, end):
        stem = _stem_start(text, m.start(), last, m.group(0) in LEGAL)
        if prev and m.group(0) in LEGAL and _BRACKETED_PLACE.fullmatch(text, prev[0].end(), m.start()) and \
                not (spans and spans[-1][1] == prev[0].end()):
            # "全通教育集团（广东）股份有限公司": the stem before the first suffix, read as a legal name's
            stem = _stem_start(text, prev[0].start(), prev[1], True)
            stem = stem if stem < prev[0].start() else m.start()
        prev = (m, last)
        # a suffix glued to a longer one ("集团" + "股份有限公司", "(集团)股份有限公司") extends
        # the previous name
        between = text[spans[-1][1]:m.start()] if spans else "-"
        if spans and (between in ("", ")", "）") or (_BRACKETED_PLACE.fullmatch(between) and m.group(0) in LEGAL) or (  # ... and so does a university's hospital or school:
                _AFFILIATED.fullmatch(between) and text[spans[-1][1] - 2:spans[-1][1]] in ("大学", "学院"))):
            spans[-1] = (spans[-1][0], m.end())  # "复旦大学附属华山医院"
        elif m.group(0) in _INSTITUTE and (pair := _two_fields_start(text, m.start(), last, spans)) is not None:
            if spans and pair == spans[-1][1]:  # "中国科学院|脑科学与智能技术卓越创新中心"
                spans[-1] = (spans[-1][0], m.end())
            else:
                spans.append((pair, m.end()))  # "上海市卫生和健康发展研究中心"
        elif m.start() - stem >= MIN_STEM and not (m.group(0) == "创新中心" and text[stem - 1:stem] in ("与", "和")):
            spans.append((stem, m.end()))  # (not a part of "中国科学院脑科学与智能技术卓越创新中心")
        elif (unit := _UNIT_AFTER_PARENT.search(text, max(last, m.start() - 8), m.start())) is not None and _unit_name(unit.group(1)):
            spans.append((unit.start(1), m.end()))  # "上汽集团旗下尚颀资本", "光线传媒旗下彩条屋影业": a unit's name needs no proper part
        last = m.end()
    return spans


_UNIT_AFTER_PARENT = re.compile(r"旗下(?:的|全资子公司|子公司)?([\u4e00-\u9fff]{2,4})$")
def no_common_word(run: str, word_limit: int, tags: tuple[str, ...]) -> bool:
    """No jieba word of ``run`` is a common one (two characters or more, seen ``word_limit`` times or more) or
    has a POS tag that starts with one of ``tags`` (verbs, numbers, function words…)."""
    return all((len(p.word) < 2 or word_freq(p.word) < word_limit) and not p.flag.startswith(tags)
               for p in quiet_posseg().cut(run))


def _unit_name(run: str) -> bool:
    """A run after 旗下 that may name a unit: no verb, number, pronoun or function word, and no common word
    ("旗下的投资公司", "旗下有多家基金", "旗下的医药上市公司")."""
    return word_freq(run) < 1000 and no_common_word(run, 3000, ("v", "m", "p", "c", "u", "r", "f", "t"))


_INSTITUTE = {"研究院", "研究所", "委员会", "研究中心", "创新中心", "实验室", "学院", "协会", "联合会"}
_FIELD_FLAGS = NAME_FLAGS - {"ns", "nt", "nrt", "nrfg", "eng", "j", "x", "q", "s"}


def _field_run(text: str, end: int, floor: int) -> int:
    """Start of the run of field words (common nouns, no place or name) that ends at ``end``."""
    start = end
    pos = end
    for piece in reversed(list(quiet_posseg().cut(text[max(floor, end - 12):end]))):
        pos -= len(piece.word)
        if piece.flag not in _FIELD_FLAGS or piece.word in STOP_WORDS or not all(is_han(c) for c in piece.word) \
                or piece.word in known_names("ORG", ambiguous=True):  # "腾讯与阿里|研究院"
            break
        start = pos
    return start


def _two_fields_start(text: str, suffix: int, floor: int, spans: list) -> int | None:
    """Start of an institution named for two fields joined by 与/和 ("上海微系统与信息技术研究所",
    "国防与安全委员会", "卫生和健康发展研究中心"): the field after the conjunction has no place or name in it
    (else it is a name of its own: "腾讯与阿里研究院"), and before it stands a place ("上海|微系统") or the
    organization it belongs to ("俄罗斯联邦委员会|国防"); else None."""
    right = _field_run(text, suffix, floor)
    if suffix - right < 2 or text[right - 1:right] not in ("与", "和") or right - 1 <= floor:
        return None
    conj = right - 1
    left = _stem_start(text, conj, floor)
    if left < conj and any(p.flag == "ns" for p in quiet_posseg().cut(text[left:conj])):
        return left  # a place's institution (not a company and another body: "明牌珠宝与国际铂金协会")
    left = _field_run(text, conj, floor)
    if conj - left >= 2 and spans and spans[-1][1] == left:
        return left
    return None


# The head of a company before the person: "游戏科学CEO冯骥", "字节跳动创始人张一鸣", or in brackets
# after the person: "王小明（星河科技创始人兼CEO）"
_LEADER_THEN = re.compile(r"(?<![副代前原])(?:联合创始人|创始人|首席执行官|CEO|董事长|行政总裁|(?<!行政)总裁)(?=[\u4e00-\u9fff]{2}|[A-Z][a-z]+ [A-Z]|(?:兼\w{1,6})?[）)])")
_POST_VERB_BEFORE = re.compile(f"(?:{'|'.join(sorted(POST_VERBS_ZH))})$")
_TITLE_CHAIN = re.compile(rf"(?:{ANY_TITLE_ZH}(?:兼|、|及|和))+$")
GENERIC_END = re.compile(r"(?:行业|领域|市场|企业|部门|机构|公司|团队|平台|方面|业务|项目|产品)$")


def titled_orgs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the organization a leader's title follows, when no suffix marks it: the name is
    grown leftwards over name-like words as for a suffix (:func:`org_spans`)."""
    end = len(text) if end is None else end
    spans = []
    for m in _LEADER_THEN.finditer(text, start, end):
        bracketed = re.match(r"(?:兼\w{1,6})?[）)]", text[m.end():m.end() + 8])
        if not (surname_at(text, m.end()) or text[m.end()].isascii() or bracketed):
            continue  # a person follows the title
        # in brackets after the person, the name starts after the bracket
        floor = max(start, text.rfind("（", start, m.start()) + 1, text.rfind("(", start, m.start()) + 1) if bracketed else start
        if _POST_VERB_BEFORE.search(text, max(floor, m.start() - 3), m.start()):
            continue  # "沈国栋卸任董事长": a post changing hands, no organization before it
        stem = _stem_start(text, m.start(), floor, common=True)
        chain = _TITLE_CHAIN.search(text, stem, m.start())  # "高通总裁兼CEO安蒙": the name ends before its first post
        last = chain.start() if chain else m.start()
        if last - stem >= MIN_STEM:
            spans.append((stem, last))
        elif (run := _run_before_title(text, floor, m.start())) and rare_run(run.group(1)) \
                and not GENERIC_END.search(run.group(1)) and not set(run.group(1)) & NOT_BRAND_CHARS:
            if run.span(1) not in spans:  # "如祺出行CEO蒋华", "上市公司优刻得董事长兼CEO季昕华": a name jieba cannot parse
                spans.append(run.span(1))
    return spans


# A name alone before a leader's title, after the start of a clause or a description ("公司", "品牌")
_RUN_BEFORE_TITLE = re.compile(r"(?:^|(?<=[，。；：、\s（(“\"*])|(?<=公司|企业|品牌|平台|集团))([\u4e00-\u9fff]{2,6})$")


# ... that opens or ends with a function word, or is a post's modifier: "根据月之暗面创始人", "百济神州由联合创始人",
# "联席CEO赵佳臻"
NOT_RUN = re.compile(r"^(?:根据|据|由|在|与|和|对|向|从|为|被|把|将|于|经|自|随着|其|该|这|那|此|及|或|是)|"
                      r"(?:由|的|了|在|与|和|及|是|为|被|将|也|都|则|对|向)$|联席|首席|常务|代理|执行|现任|新任|候任|前任|原任")


def rare_run(name: str) -> bool:
    """A run of Han characters that may be a name jieba cannot parse: its dictionary barely knows it (fewer than 50
    uses), tags it as no word of time, number or function, and it neither opens nor ends with a function word."""
    return word_freq(name) < 50 and common_words().get(name) not in NOT_NAME_TAGS and not NOT_RUN.search(name)


def _run_before_title(text: str, floor: int, pos: int):
    """The run of Han characters before the chain of titles that ends at ``pos`` ("优刻得" before "董事长兼CEO")."""
    chain = _TITLE_CHAIN.search(text, max(floor, pos - 16), pos)
    end = chain.start() if chain else pos
    return _RUN_BEFORE_TITLE.search(text, max(floor, end - 7), end)


# A description before a name: "芯片设计公司Ampere Computing", "AI初创公司Sakana AI",
# "智能驾驶公司Momenta"; the description ends in a noun for a kind of organization.
DESCRIPTION_END = re.compile(r"(?:公司|集团|企业|初创公司|独角兽|厂商|巨头|制造商|开发商|运营商|服务商|供应商|机构|实验室|工作室)$")
_LATIN_AFTER_DESCRIPTION = re.compile(
    r"(?:(?<=公司|集团|企业|厂商|巨头|机构)|(?<=独角兽|制造商|开发商|运营商|服务商|供应商|实验室|工作室))\s?"
    rf"(?!{LATIN_POST})"  # not a title: "中国电信集团CTO李学龙"
    r"([A-Z][A-Za-z0-9&.\-]*[A-Za-z0-9](?: [A-Z0-9][A-Za-z0-9&.\-]*[A-Za-z0-9]){0,3})(?![A-Za-z0-9])")


# ... or a Chinese name there with its Latin name in brackets: "德国户外品牌狼爪（Jack Wolfskin）",
# "出行平台萝卜快跑（Apollo Go）"
_HAN_AFTER_DESCRIPTION = re.compile(
    r"(?:(?<=公司|企业|品牌|平台|厂商|巨头|机构)|(?<=独角兽|制造商|开发商|运营商|服务商|供应商|实验室))"
    r"([\u4e00-\u9fff]{2,6})(?=\s?[（(][A-Z][A-Za-z0-9&.\- ]{1,30}[）)])")


# ... or one that announces or raises right after it: "机器人灵巧手公司灵心巧手上周三宣布完成…融资"
_HAN_ACTS_AFTER_DESCRIPTION = re.compile(
    r"(?:(?<=[\u4e00-\u9fffA-Za-z]{2})(?:公司|企业|初创公司|独角兽|厂商|制造商|开发商|供应商|服务商|运营商|品牌)|母公司)([\u4e00-\u9fff]{2,6}?)"
    r"(?=(?:已经?)?(?:(?:上|本)?周[一二三四五六日]|(?:上|本)月|近日|日前|今日|昨日|当日|当天|于?(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)?(?:正式)?"
    r"(?:宣布|完成|获得|官宣|(?:在|于)[^，。；\x01]{1,12}?(?:上市|挂牌)|登陆|发布|推出|签署))")  # "供应商北斗交控今日在深交所创业板上市"
# ... or a quoted name there (not a slogan: 公司“高端化+数字化”战略), or a name in corner brackets
# that acts: "健康零食品牌「薯小狸」",
# "储能系统集成商“聚能云储”", "「固锂新能」宣布完成5亿元C轮融资" (36氪's way of marking a company)
_QUOTED_AFTER_DESCRIPTION = re.compile(
    r"(?:(?<=[\u4e00-\u9fffA-Za-z]{2})(?:公司|企业|品牌|厂商|集团|机构|独角兽|制造商|开发商|运营商|服务商|供应商|集成商|解决方案商|实验室|工作室)"
    r"[「“\"]([^「」“”\"\n，。；、：:+＋/]{2,12})[」”\"](?![\u4e00-\u9fff]{0,2}?(?:战略|计划|模式|理念|概念|项目|系列|功能|业务|产品|平台|系统|"
    r"活动|机制|路线|标准|行动|工程|政策)))|"
    r"「([^「」“”\"\n，。；、：:]{2,12})」(?=(?:已经?)?(?:(?:上|本)?周[一二三四五六日]|(?:上|本)月|近日|日前|今日|昨日|于?(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)?"
    r"(?:正式)?(?:宣布|完成|获得|获|官宣|登陆|挂牌|在))")
# jieba tags of words that name nothing: times, numerals, pronouns, particles, verbs, adjectives…
NOT_NAME_TAGS = {"t", "m", "f", "r", "d", "p", "c", "u", "v", "vn", "a", "ad", "q"}


def described_orgs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of names right after a description of an organization ("数据标注公司Scale AI",
    "德国户外品牌狼爪（Jack Wolfskin）", "机器人灵巧手公司灵心巧手宣布")."""
    end = len(text) if end is None else end
    spans = [m.span(1) for rx in (_LATIN_AFTER_DESCRIPTION, _HAN_AFTER_DESCRIPTION) for m in rx.finditer(text, start, end)]
    spans += [m.span(1) if m.group(1) else m.span(2) for m in _QUOTED_AFTER_DESCRIPTION.finditer(text, start, end)]
    for m in _HAN_ACTS_AFTER_DESCRIPTION.finditer(text, start, end):
        name = m.group(1)  # a name jieba barely knows, no word of time or kind ("公司近日宣布", "公司正式宣布")
        if rare_run(name) and not set(name) & NOT_BRAND_CHARS and name[-1] not in "于已" \
                and not any(name[:n] in known_names("ORG") for n in range(2, len(name))):  # (the lexicon's 沐曦 of 沐曦股份)
            spans.append(m.span(1))
    return spans


def is_description(name: str, text: str, end: int, starts: set) -> bool:
    """``name`` (ending at ``end``) describes the name that starts right after it: "美国芯片设计公司"
    before "Ampere Computing" is no name of its own."""
    return bool(DESCRIPTION_END.search(name)) and (end in starts or (text[end:end + 1] == " " and end + 1 in starts))


# Short company names: a brand of two rare characters and an industry word ("三花智控", "燧人游戏",
# "上纬新材", "砺算科技", "雷鸟创新"), after what ends a phrase or describes a company.
_INDUSTRY = re.compile(r"(?=(智控|新材|智能(?!体)|创新|互动|游戏|科技|网络|医药|生物|制药|药业|电子|半导体|微电子|光电|汽车|"
                       r"机器人|新能源|能源|储能|动力|传媒|影业|娱乐|物流|软件|智造|精密|电气|通信|视觉|数科)(?![\u4e00-\u9fff]{0,1}(?:公司|集团)))")
_BEFORE_BRAND = re.compile(r"(?:[^\u4e00-\u9fff]|公司|企业|品牌|厂商|巨头|龙头|独角兽|与|和|及|、|是|由|对|向|被|从|在|称|为|"
                           r"包括|旗下|旗下的|收购|投资|入股)$")
NOT_BRAND_CHARS = set("两几多每各该本其这那此某的了在是和与及或对为被把将从向")  # not 三花, 九号


def brand_orgs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of short company names: two characters jieba barely knows (fewer than 50 uses in its
    dictionary: no word of its own, "人工智能科技" is none) before an industry word."""
    end = len(text) if end is None else end
    spans = []
    for m in _INDUSTRY.finditer(text, start + 2, end):
        i, j = m.start(), m.start() + len(m.group(1))
        brand = text[i - 2:i]
        if not all("\u4e00" <= c <= "\u9fff" for c in brand) or brand[0] in NOT_BRAND_CHARS or brand[1] in "的了":
            continue
        if word_freq(brand) >= 50 or not (i - 2 == start or _BEFORE_BRAND.search(text, max(start, i - 6), i - 2)):
            continue
        spans.append((i - 2, j))
    return spans


# A unit named after its parent that acts on its own ("阿里巴巴旗下的平头哥于2026年1月29日正式发布…",
# "蔚来的子品牌乐道发布首款车型"):
# a name jieba does not know between 旗下 and a verb only an organization does.
_UNIT_ACTS = re.compile(r"(?:旗下的?(?:子?品牌|子公司|公司|企业|团队)?|的(?:子品牌|(?:全资|控股)?子公司))([\u4e00-\u9fff]{2,4}?(?:半导体|科技|汽车|智能|电子|软件)?)(?=(?:已|也|则|近日|日前|随后)?(?:于|在)?(?:\d{4}年|去年|今年|前年)?(?:\d{1,2}月)?"
                        r"(?:\d{1,2}日)?(?:初|中旬|下旬|底)?(?:正式|宣布|已)?(?:联合|共同)?(?:发布|推出|开源|宣布|完成|获得|签署|成立|入股|投资|领投|跟投|收购|(?:在|于)[^，。；]{1,10}?(?:上市|挂牌)|登陆|叫板|对标|剑指|正以)(?!会))")
# ... and a unit named after "全资子公司" before a pause: "起诉华东医药全资子公司中美华东，要求其…"
_UNIT_NAMED = re.compile(r"(?:全资|控股)子公司([\u4e00-\u9fff]{2,6}?)(?=[，。；、,;（(]|$)|"
                         # ... or before the partner it signs with: "旗下子公司中石化新星与沙特阿美签署…"
                         r"旗下的?(?:全资|控股)?子公司((?:(?!今年|去年|近日|日前|联合|共同)[\u4e00-\u9fff]){2,6}?)(?=与[^，。；]{1,20}?签署)")
_KIND_END = ("产品", "业务", "部门", "品牌", "公司", "平台", "团队", "子公司", "应用", "模型", "芯片", "游戏")


def unit_orgs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of units named after 旗下 that launch, announce or raise on their own: each a name
    jieba's dictionary barely knows (fewer than 50 uses), not a kind of unit ("旗下的子公司")."""
    spans = []
    end = len(text) if end is None else end
    for m in [*_UNIT_ACTS.finditer(text, start, end), *_UNIT_NAMED.finditer(text, start, end)]:
        g = m.lastindex or 1
        name = m.group(g)
        if word_freq(name) < 50 and not name.endswith(_KIND_END) and not set(re.sub("(?:资本|基金|创投)$", "", name)) & NOT_BRAND_CHARS:
            spans.append(m.span(g))  # (本 of 资本 is no function word: "美团旗下龙珠资本已入股")
    return spans


# A listed company before its stock code: "特步国际（01368.HK）", "弘晖新能（603886.SH）", "顺丰控股（002352）",
# "中国人寿（601628.SH，02628.HK）", "小鹏汽车（XPEV.US）", "（股票代码：09866）"
_ONE_CODE = r"(?:\d{6}(?:\.(?:SH|SZ|BJ|SS))?|\d{4,5}\.HK|[A-Z]{1,5}\.(?:US|N|O))"
STOCK_CODE = re.compile(rf"[（(](?:(?:股票|证券|港股|A股)?代码[:：]\s?)?{_ONE_CODE}(?:[，,、/]\s?{_ONE_CODE})*[）)]")
_CODE_NAME_AFTER = re.compile(r"[，。；：、\s“\"*》」讯电]$|(?:公司|企业|品牌|集团|厂商|平台|巨头|龙头|机构|称|为|与|和|及|是)$")


def han_run_before(text: str, lo: int, end: int, longest: int, opener: re.Pattern):
    """``(a, end)``: the run of 2 to ``longest`` Han characters that ends at ``end`` and starts at
    ``lo``, after a character that is no Han one, or where ``opener`` matches the text before it
    (the shortest such run); None when a character that is no Han one comes first."""
    for a in range(end - 2, max(lo, end - longest) - 1, -1):
        if not all(is_han(c) for c in text[a:end]):
            return None
        if a == lo or not is_han(text[a - 1]) or opener.search(text, max(lo, a - 2), a):
            return (a, end)
    return None


def coded_orgs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the names right before a stock code: a lexicon name, else the Han run after the
    nearest clause start, description or verb ("组件企业弘晖新能（603886.SH）"), or the name jieba
    grows leftwards, whichever is shorter ("（记者 何昕怡）华西重工": anything but a Han character ends the run)."""
    end = len(text) if end is None else end
    spans = []
    orgs = known_names("ORG")
    for m in STOCK_CODE.finditer(text, start, end):
        pos = m.start()
        a = next((pos - n for n in range(2, 9) if text[pos - n:pos] in orgs), None)
        if a is None:
            run = han_run_before(text, start, pos, 8, _CODE_NAME_AFTER)
            stem = _stem_start(text, pos, start, common=True)
            a = max([x for x in (run and run[0], stem if stem < pos else None) if x is not None], default=pos)
        if pos - a >= MIN_STEM and not NOT_RUN.search(text, a, pos) and not GENERIC_END.search(text, a, pos):
            spans.append((a, pos))
    return spans
