"""Chinese job titles, and people named right after one: "董事长兼CEO王立恒受邀…".

The title regexes are shared by the relation patterns (:mod:`kg.extract.relations`)
and by the mention rule :func:`titled_people`, which finds a name the statistical
NER missed when it follows a title and starts with a common Chinese surname.

Surnames: the most common single-character surnames of mainland China and the
common two-character ones, from the classical *Baijiaxing* and national surname
statistics (public facts, no copyrighted list copied).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..segment import is_han

ROLE_ZH = r"(?:联席)?(?:首席执行官|CEO|行政总裁)"  # a co-CEO (联席CEO) is a CEO
CHAIR_ZH = r"(?:董事长|董事会主席|董事局主席|执行主席|(?<![副])主席(?!团|台))"  # "美联储主席鲍威尔"; a vice-chair works there
FOUNDER_ZH = r"(?:联合创始人|创始人|创办人|发起人)"
WORK_ZH = (r"(?:副总裁|总裁|总经理|副总经理|董事会秘书|董秘|首席技术官|CTO|首席财务官|CFO|首席运营官|COO|首席科学家|"
           r"首席(?!执行官)\w{1,4}?(?:官|家|师)|经济学家|策略师|科学家|院士|司令员|司令|合伙人|高管|副董事长|副主席|执行董事|董事|监事|理事长|理事|监事长|学部委员|(?:副?主任)?委员(?!会)|分析师|研究员|工程师|发言人|负责人|"
           r"经理|主管|记者|律师|会计师|副教授|教授|(?:副?主任)?医师|社长|员工|雇员|职员|党委书记|秘书长|主任|院长|所长|校长|行长|部长|局长|司长|处长|厅长|署长|总监|会长|顾问)")
# What may stand before a job title and still name a post at the organization: "常务副会长",
# "高级研究员", "客户经理", "首席分析师", "技术总监"
WORK_MODIFIER_ZH = (r"(?:常务|高级|资深|执行|特约|助理|首席|客户|产品|销售|区域|技术|项目|研发|市场|运营|投资|战略|品牌|"
                    r"全球|亚太区?|中国区|大中华区|科技|研究|行业|政策|公关|财务|法务|数据|AI|人工智能|创意|设计|内容|商务|营销|第一|企业){0,3}副?")  # "科技研究全球主管"
ANY_TITLE_ZH = rf"(?:{ROLE_ZH}|{CHAIR_ZH}|{FOUNDER_ZH}|{WORK_ZH})"
# a person's present post, after their organization and before their name: "新东方在线副总裁潘欣"
PRESENT_POST_ZH = rf"(?:集团|公司)?{WORK_MODIFIER_ZH}{ANY_TITLE_ZH}(?:兼{ANY_TITLE_ZH})?"
# A post's Latin abbreviation, which names no company after a kind of company: "中国电信集团CTO李学龙"
LATIN_POST = r"(?:C[A-Z]{1,2}O|E?S?VP|GM)(?![A-Za-z0-9])"
# Verbs of taking, holding or leaving a post: what follows a person ("李健接任荣耀CEO") and what
# stands before a post that changes hands ("沈国栋卸任董事长"), never a part of a name
POST_VERBS_ZH = frozenset({"接任", "出任", "担任", "兼任", "升任", "就任", "继任", "离任", "卸任", "转任", "改任",
                           "现任", "曾任", "获任", "上任", "辞去", "辞任"})

SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
    "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
    "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
    "明佘池查麻苑迟邝封钟")
COMPOUND_SURNAMES = {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "长孙", "宇文",
                     "司徒", "夏侯", "公孙", "端木", "西门", "南宫", "独孤", "轩辕", "呼延"}
# Japanese family names, as Chinese text writes them: the most common ones of Japan's surname statistics and
# the families of well-known business people and politicians (public facts); not those that are everyday
# Chinese words or places (中山, 和田, 山下, 平野, 福田)
JAPANESE_SURNAMES = frozenset("""
佐藤 铃木 高桥 田中 伊藤 渡边 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 清水 山崎 池田 桥本 阿部 石川
中岛 石井 小川 前田 冈田 长谷川 藤田 后藤 近藤 村上 远藤 青木 坂本 斋藤 太田 西村 藤井 冈本 藤原 中野 三浦 原田
松田 竹内 小野 田村 石田 森田 上田 柴田 酒井 工藤 横山 宫崎 宫本 内田 高木 安藤 岛田 谷口 大野 丸山 今井 高田 藤本
武田 村田 上野 杉山 增田 小山 大冢 菅原 久保 松井 千叶 岩崎 樱井 木下 野口 松尾 菊地 野村 新井 渡部 植田 丰田
本田 松下 稻盛 岸田 安倍 石破 高市 黑田 盛田 柳井 河野 茂木 麻生 小泉 野田 鸠山 细川 宫泽 上川 岩屋 小渊 菅野
大谷 羽生 东野 北野 是枝 坂口 新海 久石 似鸟 永守 出井 井深 中西 十仓 植木 赤泽 林田 片山 加藤 岩田 古川 宫内
""".split())
# ... and what ends a Japanese given name: 和男, 章男, 早苗, 晋三, 文雄, 幸之助
_JA_GIVEN = re.compile(r"[\u4e00-\u9fff]{0,1}[男郎夫雄彦也树介司之三二一太治弘博信茂浩隆诚哉吾次助典志幸辉宏久朗彰章纪昭晃敏胜实"
                       r"子美香惠江代奈苗里沙绘乃织菜穗枝]|[\u4e00-\u9fff]{2}[助郎介]")


def japanese_name_at(text: str, i: int, end: int) -> int:
    """End of a Japanese name at ``i`` (a family name of :data:`JAPANESE_SURNAMES` and a given name with the
    end of one) that the rest of a sentence follows, or -1: 植田和男, 高市早苗, 丰田章男 (not 丰田汽车)."""
    for size in (2, 3):
        if text[i:i + size] not in JAPANESE_SURNAMES:
            continue
        for j in range(i + size + 1, min(end, i + size + 3) + 1):  # the shortest given name first
            if _JA_GIVEN.fullmatch(text, i + size, j) and (j == end or _AFTER_NAME.match(text, j, end) or common_verb(text[j:j + 2])):
                return j
    return -1


_JA_SURNAME = re.compile("|".join(sorted(JAPANESE_SURNAMES, key=len, reverse=True)))
# what may stand before a Japanese name outside a title: punctuation, or a post without an organization ("日本首相")
_JA_BEFORE = re.compile(r"(?:[\s，,。；;：:、（(“\"”》*]|首相|大臣|知事|社长|议员|长官|演员|作家|导演|选手)$")


def japanese_people(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of Japanese names (:func:`japanese_name_at`) at a clause's start or after a post: "稻盛和夫创办了京瓷",
    "日本首相高市早苗与…"."""
    for m in _JA_SURNAME.finditer(text, start, end):
        if (m.start() == start or _JA_BEFORE.search(text, max(start, m.start() - 2), m.start())) and (
                j := japanese_name_at(text, m.start(), end)) > 0:
            yield m.start(), j


# What may follow a name: punctuation, honorifics and the verbs and particles that start
# the rest of the sentence ("王立恒受邀", "王玉普先生参加", "张三表示", "李四在…").
_AFTER_NAME = re.compile(r"[\s，,。；;：:、）)（(”\"'！？!?]|先生|女士|博士|教授|受邀|表示|指出|认为|说|称|透露|介绍|"
                         r"强调|坦言|回应|告诉|在|于|是|也|曾|已|将|对|向|与|和|及|等|的|为|出席|参加|致辞|"
                         r"发表|签署|带领|率领|亲自|本人|兼|任|担任|出任|报道|则|便|却|还|就|"
                         r"本月|本周|今年|今天|今日|日前|近日|此前|昨天|昨日|上周|上月|周[一二三四五六日]|$")
_TITLE_THEN = re.compile(rf"{ANY_TITLE_ZH}(?:[兼、及和]{ANY_TITLE_ZH})*")


_NOT_GIVEN = set("dpcurmqf")  # adverbs, prepositions, conjunctions, particles, pronouns, numerals ...
# Surnames that are also common words ("向媒体", "于今年"): their given name must be no word
WORDLIKE_SURNAMES = set("向于和曾应连从")


@lru_cache(maxsize=1)
def common_words() -> dict:
    """jieba's dictionary words and their POS tags ("表示": v); jieba's default tokenizer is
    loaded here, quietly (``--quiet`` means no log lines either)."""
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.posseg.dt.tokenizer.initialize()
    return jieba.posseg.dt.word_tag_tab


def word_freq(s: str) -> int:
    """How often jieba's dictionary counts the word (0 for a word it does not know).  The
    dictionary is loaded first: jieba fills ``FREQ`` lazily, and read before that every word
    would look rare (``jieba.posseg``'s tokenizer is jieba's default one)."""
    import jieba

    common_words()
    return jieba.dt.FREQ.get(s, 0)


def jieba_words(text: str) -> list[str]:
    """jieba's words of ``text``, with its default dictionary loaded quietly."""
    return list(quiet_posseg().dt.tokenizer.cut(text))


def common_verb(s: str, least: int = 1000) -> bool:
    """A verb of everyday news, frequent in jieba's dictionary (成立, 融资: ``least`` uses), not a rare word
    jieba happens to tag as one (彪马, 启衡)."""
    return common_words().get(s) in ("v", "vn") and word_freq(s) >= least


def quiet_posseg():
    """``jieba.posseg`` with jieba's default dictionary loaded quietly (:func:`common_words`)."""
    import jieba.posseg

    common_words()
    return jieba.posseg


def surname_at(text: str, i: int) -> bool:
    return text[i:i + 1] in SURNAMES or text[i:i + 2] in COMPOUND_SURNAMES


def _name_at(text: str, i: int, end: int) -> int:
    """End of a 2-3 character name starting with a surname at ``i``, or -1.  The given name
    may not be a function word ("曾经") or start like the rest of a sentence ("曾表示")."""
    surname = 2 if text[i:i + 2] in COMPOUND_SURNAMES else 1
    words = common_words()
    for j in (i + surname + 1, i + surname + 2):  # the shorter name first: "李斌说" -> 李斌
        given = text[i + surname:j]
        if j > end or not all(is_han(c) for c in text[i:j]) or _AFTER_NAME.match(given):
            continue
        tag, whole = words.get(given, "nr"), words.get(text[i:j], "nr")
        head = words.get(text[i:i + surname + 1], "nr") if len(given) == 2 else "nr"  # "时间紧"
        if not whole.startswith("nr") or not head.startswith("nr") or (len(given) == 2 and tag[:1] in _NOT_GIVEN) or (
                text[i] in WORDLIKE_SURNAMES and not tag.startswith("nr")
                and not words.get(text[i:j], "").startswith("nr")) or not (  # 连平 is a known name
                j == end or _AFTER_NAME.match(text, j, end)):
            continue
        return j
    return -1


# What may stand before a name that a title follows: punctuation, the end of an organization
# name ("北京罗麦科技有限公司汪静董事长"), or a word that introduces a person.
_BEFORE_NAME = re.compile(r"(?:[\s，,。；;：:、（(“\"]|公司|集团|银行|大学|学院|研究院|中心|协会|"
                          r"委员会|局|厅|部|社|台|报|由|和|与|及|是|为|称|据|对)$")


_LATIN_NAME = re.compile(r" ?(?:\*{1,2} ?)?([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})(?![A-Za-z0-9])")  # "发起人**Geoff Keighley**"


# "董事会聘任李华为总裁": the name between a verb of appointing and 为 + a title (a lexicon name
# across its end, 华为, is no company there)
APPOINT_ZH = r"(?:任命|聘任|委任|提名|推选|选举|聘请)"  # verbs of appointing
_APPOINTED = re.compile(rf"{APPOINT_ZH}(?:(?:前|原)[^，。；为]{{1,20}}?{ANY_TITLE_ZH})?([\u4e00-\u9fff]{{2,3}}?)为(?:公司|集团|其|该公司|[\u4e00-\u9fffA-Za-z0-9]{{2,12}}?)?"
                        rf"(?:新任|新一任|首任|新)?{ANY_TITLE_ZH}")


def appointed_people(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the names :data:`_APPOINTED` reads."""
    for m in _APPOINTED.finditer(text, start, end):
        if surname_at(text, m.start(1)):
            yield m.span(1)


def titled_people(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of names right after a title (董事长王玉普先生 -> 王玉普) or right before one,
    after punctuation or an organization (罗麦科技有限公司汪静董事长 -> 汪静), in
    ``text[start:end]``."""
    for m in _TITLE_THEN.finditer(text, start, end):
        i = m.end()
        if i < end and (j := japanese_name_at(text, i, end)) > 0:  # "日本央行行长植田和男"
            yield i, j
        elif i < end and surname_at(text, i):
            j = _name_at(text, i, end)
            if j > 0:
                yield i, j
        latin = _LATIN_NAME.match(text, i, end)  # "高管Fidji Simo", "首席执行官Sam Altman"
        if latin:
            yield latin.start(1), latin.end(1)
        for size in (2, 3):
            i = m.start() - size
            if i < start or not surname_at(text, i):
                continue
            if (i == start or _BEFORE_NAME.search(text, max(start, i - 3), i)) and \
                    _name_at(text, i, m.start()) == m.start():
                yield i, m.start()
                break
