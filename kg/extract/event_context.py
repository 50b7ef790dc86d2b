"""What around a trigger says whether it states an event, and who may take part in it.

Used by :mod:`kg.extract.events`: hedges, denials and futures near a trigger, deals called off or
only planned, words quoted from someone, English asides whose names do not act,
standing facts written like events when no date is near ("在纳斯达克上市的X", "X与Y的合作已延续多年"),
and the names of a sentence that a deal's roles may go to (its clause; no seller as buyer; a listing's
nearest exchange).
"""
from __future__ import annotations

import re

from ..records import Mention
from .event_roles import investor_spans
from .hedges import CALLED_OFF_ZH
from .templates import OWN_DEAL_AFTER_ZH, PARENT_AFTER_ZH

# Hedges, negations and futures only count near the trigger: "可能存在污染…召回范围扩大" is a recall.
FUTURE = re.compile(r"(?i)\b(?:will|to be|is set to|are set to|plans to|planning to|expected to|aims to|usually|typically|tends to)\b|"
                    r"\bexpects? [^.;,:]{1,40}? to\b|"  # "brokers expect Zhipu to sign a large deployment agreement"
                    r"向来|一向|往往|习惯于?在?|喜欢在|通常(?:会|在|于)|预定|欲$|"  # ... and habits: "苹果向来喜欢在周三发布新产品"
                    r"将于|将在|将会|即将|拟|计划|有望|预计|可能会|可能将|可能在|或会|将(?:就|对|向|要|面临|与|和|同|携手|联手|接替|接任|出任|担任|加入|成为|作为)|将(?:分别|陆续|相继|逐步)(?:在|于)|将\s?$|" + CALLED_OFF_ZH)
# ... and after it: "针对BBC的诉讼即将启动"
FUTURE_AFTER = re.compile(r"^\s?将(?!近)|^[^，。；,;]{0,14}?(?:进行接洽|进行磋商|进行谈判|展开谈判|的谈判|洽谈中|谈判中)|^[^，。；,;]{0,3}?(?:即将|将于|将在|将会|有望|预计|或将|箭在弦上|(?:仍|尚|正)(?:在|处于)[^，。；,;]{0,4}?(?:审核|审议|排队|辅导)|"
                          r"will\b|is expected\b|"
                          r"(?:may|might|could) (?:finally |eventually |still )?(?:come|price|happen|go|take place|be)\b)")
# Whole-sentence hedges before the trigger: "网传“监管总局已对X立案调查”一事", "X on Thursday denied … IPO"
DENIED = re.compile(r"(?i)\b(?:denied|denies|rumou?rs?|rumou?red|speculation|is weighing|are weighing|weighing|"
                    r"(?:plans|planned|planning|intends|aims) to)\b|"
                    r"否认|辟谣|网传|传闻|传言|谣言|据传|市场普遍预计|市场预计|分析师预计|极有可能|极可能|正在评估|正评估")

# A trigger inside an open quote after a verb of speaking is an opinion, not a report
QUOTED_SPEECH = re.compile(r"(?i)(?:表示|指出|称|说|认为|强调|坦言|直言|\bsaid|\bsays|\btold)\W{0,3}[“\"「][^”\"」]*$")
# ... a parent named before its unit: "阿里巴巴旗下的阿里云", "Volkswagen's software unit Cariad"
# (past its name in brackets: "英格卡集团（Ingka Group）旗下的宜家中国")
PARENT_AFTER = re.compile(r"(?:\s?[（(][^（）()]{1,40}[）)])?(?:" + PARENT_AFTER_ZH +
                          r"|(?:'s|’s) (?:[\w-]+ ){0,2}(?:unit|subsidiary|division|arm|brand|sub-brand|affiliate)\b"
                          r"| (?:unit|subsidiary|division|affiliate)\b)")  # "Porsche, a Volkswagen subsidiary listed on"
DEALS = {"Merger", "Acquisition", "Partnership", "Funding", "Listing"}
# A deal the sentence calls off after naming it: "海光信息与中科曙光的换股吸收合并…于2025年12月宣告终止",
# "Hygon and Sugon terminate merger plan"
# (an agreement that ran its term was made: "签订《战略合作框架协议》，该协议已于2025年12月到期终止")
CALLED_OFF_AFTER = re.compile(r"(?i)[^。；;.]{0,40}?(?:宣告终止|宣布终止|(?<!到期)(?<!期满)终止(?!上市)|叫停|告吹|取消)| plans?\b|"
                              r"[^.;]{0,40}?\b(?:was|were|has been|had been) (?:called off|terminated|scrapped|abandoned)")
CALLED_OFF_BEFORE = re.compile(r"(?i)\b(?:terminate[sd]?|scrap(?:s|ped)?|call(?:s|ed)? off|abandon(?:s|ed)?|exploring|explores|"
                               r"planned|proposed|potential|possible)\s(?:\S+\s){0,3}$")


# Who sells is no party that buys: "从皮诺家族控股公司Artémis手中收购", "卖方为X", "bought from X"
# ... nor is one whose holding a buyer takes: "收购嘉华国际所持上海嘉前置业100%股权"
_HELD_BY_AFTER = re.compile(r"\s?(?:[（(][^（）()]{1,30}[）)])?(?:所持有?的?|持有的|手中的?)")
_SELLER_BEFORE = re.compile(r"(?i)(?:从|自|向|卖方为|卖方是|出售方为|\bfrom|\bsold by)\s?(?:[^，。；,;\x01]{0,12}?(?:公司|集团|家族))?\s?$")


# A former employer named with a person is no party: "由前百度高管景鲲创立的Genspark获得融资"
FORMER_EMPLOYER = re.compile(r"(?i)(?:(?<![目此之提当以事])[前原]|\bformer |\bex-)$")
# What states a standing fact rather than an event when no date is near: a listed company
# described ("在纳斯达克上市的爱奇艺", "已上市的公司"), a product described ("壁仞科技推出的BR166芯片"),
# a partnership that goes on ("通富微电与AMD的合作已延续多年"), a company listed somewhere
# ("PDD Holdings在纳斯达克上市，并于3月19日公布业绩")
_DESCRIBED = {"Listing", "ProductLaunch"}
AGREED = re.compile(r"(?i)达成|签署|签订|签下|签约|续签|宣布|官宣|成立|组建|推出|发布|联合|联手|牵手|携手|展开|启动|建立|合作(?:开发|研发|打造)|"
                     r"\b(?:signed|inked|sealed|announced|formed|struck|agreed|launched|teamed up|partnered|reached|entered(?: into)?|"
                     r"extended|expanded|renewed|deepened|renegotiated|established|set up)\b")
_LOOSE_PARTNER = re.compile(r"^[^达签协战联牵结推研开打]*(?:合作|携手)$")
_LISTED_WHERE = re.compile(r"在[^，。；]{1,16}$|(?:交所|板|港股|美股|纳斯达克|纽交所)(?:主板)?$")  # "北交所上市的并行科技"
_LISTING_DONE = re.compile(r"正式|成功|完成|首日|挂牌|敲锣|登陆|登录|IPO|上市首|今日|当日|当天|同日")


def standing(etype: str, m, doc_text: str, seg, lo: int, hi: int, dates) -> bool:
    described = etype in _DESCRIBED and doc_text.startswith("的", m.end())
    if described and etype == "Listing" and _LISTED_WHERE.search(doc_text, lo, m.start()) and not any(
            lo <= d.start < m.start() for d in dates):
        return True  # "在港交所上市的快手于…公布财报": where it is listed, whatever the clause dates after (not "1月9日在港交所挂牌的X")
    dated = any(lo <= d.start < hi or d.end <= m.start() for d in dates)
    if dated:
        return False
    if described:
        return True
    if etype == "Partnership" and _LOOSE_PARTNER.match(m.group(0)) and not dates:
        return True
    if etype == "Listing" and seg.lang == "zh" and m.group(0) == "上市" and not _LISTING_DONE.search(
            doc_text, max(lo, m.start() - 12), min(hi, m.end() + 4)):
        return True
    return False


def in_clause(etype: str, m, doc_text: str, lo: int, hi: int, local: list) -> list:
    """The names an event's roles may go to: an acquisition's or a funding round's parties
    named after the trigger are in its clause ("从Meta收购Manus的开发商，到字节跳动…": no target
    after the comma), investors marked by their verbs aside; a seller is no acquirer; a listing's
    exchange is the one of the trigger's clause when it names one. The clause is ``[lo, hi)``."""
    if etype in ("Acquisition", "Funding"):  # (a listed name that makes a deal of its own ends it: "Stellantis入股零跑汽车、
        # 大众汽车集团入股小鹏汽车")
        hi = next((x.start for x in local if x.type == "ORG" and m.end() < x.start < hi and doc_text[x.start - 1:x.start] == "、"
                   and OWN_DEAL_AFTER_ZH.match(doc_text, x.end)), hi)
        marked = investor_spans(doc_text, local) if etype == "Funding" else frozenset()
        local = [x for x in local if x.type != "ORG" or x.start < hi or x.span in marked]
    if etype == "Acquisition":
        local = [x for x in local if not (x.end <= m.start() and _SELLER_BEFORE.search(doc_text, max(lo, x.start - 20), x.start))
                 and not (x.start >= m.end() and _HELD_BY_AFTER.match(doc_text, x.end))]  # "收购嘉华国际所持X的股权"
    if etype == "Listing":  # the exchange just before the trigger, else the first after it
        near = [x for x in local if x.kind == "exchange" and lo <= x.start < hi]
        near = [x for x in near if x.end <= m.start()][-1:] or [x for x in near if x.start >= m.start()][:1]
        if near:
            local = [x for x in local if x.kind != "exchange" or x in near]
    return local


# An aside between a company and its verb: "Zhipu AI, which is backed by Tencent, filed for an IPO"
ASIDE_EN = re.compile(r", (?:(?:which|who|whose|the|a|an|founded|based|backed|owned|led|run|known)\b|"
                      r"[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*(?:'s|’s) )[^,;:]{1,100}?,")  # ", Google's AI lab,"


def outside_asides(doc_text: str, seg, trigger: int, local: list, dates: list) -> tuple[list, list]:
    """The names and dates of the sentence, less those inside an aside that follows a name and
    ends before the trigger: the aside's names do not act, and its dates are not the event's
    ("Anthropic, founded in 2021 by …, has raised billions")."""
    drop = set()
    for a in ASIDE_EN.finditer(doc_text, seg.start, trigger):
        if any(x.end <= a.start() for x in local):
            drop.update(x.span for x in local if a.start() <= x.start and x.end <= a.end())
            drop.update((d.start, d.end) for d in dates if a.start() <= d.start and d.end <= a.end())
    if not drop:
        return local, dates
    return [x for x in local if x.span not in drop], [d for d in dates if (d.start, d.end) not in drop]


# A stake bought is an investment, not a takeover: "收购清陶能源部分股权", "acquired a 2.5% stake in"
# (a majority, 50% or more, is control)
_STAKE = re.compile(r"(?i)(?:(\d+(?:\.\d+)?)\s?%\s?(?:的)?(?:股权|股份|权益|stake)|部分股权|部分股份|少数股权|"
                    r"minority stake|(?<!controlling )(?<!majority )stake)")


def minority_stake(ev) -> bool:
    """The event's words buy a stake under half: an investment, not a takeover."""
    at = ev.evidence.start - ev.evidence.sent_start
    m = _STAKE.search(ev.evidence.sentence, max(0, at - 30), at + 60)
    return bool(m) and (m.group(1) is None or float(m.group(1)) < 50)


_WITH_BEFORE = re.compile(r"(?:与|同|跟)(?:[^，。；,;]{0,12}?旗下的?)?$")
_SIGNED_AFTER = re.compile(r"[^，。；,;]{0,12}?(?:签署|签订|签下|达成)[^，。；,;]{0,12}?(?:协议|合同)[，,]")


def counterparty(x, local, doc_text: str, trigger: int) -> bool:
    """``x`` signed the deal with the sentence's subject, in a clause before the deal's verb: it is
    no buyer or investor ("A与B签署股权转让协议，以…收购C").  (The spans before it may hold a parent
    named before its unit, "与华为旗下引望智能".)"""
    return x.type == "ORG" and x.end <= trigger and any(o.type == "ORG" and o.end <= x.start - 1 for o in local) and bool(
        _WITH_BEFORE.search(doc_text, max(0, x.start - 16), x.start)) and bool(
        _SIGNED_AFTER.match(doc_text, x.end, trigger))


# A launch whose product the sentence describes but does not name: "联影智能与百度灵医智惠在2025年均推出了
# 能同时解读报告与影像的复合模型", "Alibaba released a new reasoning model on Tuesday" (a company is then its one
# participant); not a report, a plan or a service ("发布业绩指引", "推出补贴政策"), nor a trend many follow (纷纷推出)
_UNNAMED_ZH = re.compile(r"了?(?:[^，。；！？,;\x01“”\"《》A-Za-z0-9]|AI|AR|VR|5G){0,16}?(?:大模型|模型|芯片|处理器|手机|平板|眼镜|耳机|"
                         r"手表|汽车|新车|车型|机器人|智能体|App|APP|应用|操作系统|新品|新产品)(?=[，。；！？,;）)\s]|$)")
_UNNAMED_EN = re.compile(r"(?i)\s(?:a|an|its|their) (?:new |first |latest |next-generation |own )?(?:[a-z-]+ ){0,3}?"
                         r"(?:model|chip|processor|smartphone|phone|glasses|headset|car|vehicle|robot|app|agent|operating system|"
                         r"device|laptop|tablet|watch|drug|vaccine)s?\b(?! (?:of|for|to)\b)")
_NAMED_NEXT_EN = re.compile(r",\s(?:the |dubbed |called |named )?[A-Z0-9]")  # "unveiled its first SUV, the YU7,"
_TREND = re.compile(r"(?:纷纷|陆续|都在|争相|竞相|也都|密集|等(?:企业|公司|厂商|品牌|玩家|巨头|大厂)?)")
_UNNAMED_VERBS = ("发布", "推出", "上线", "开源", "首发", "亮相", "带来", "launched", "launches", "unveiled", "unveils",
                  "released", "releases", "introduced", "introduces", "rolled out", "debuted")


def unnamed_product(doc_text: str, m, lo: int, hi: int, lang: str) -> bool:
    """The trigger ``m`` launches a product its clause (``lo`` to ``hi``) describes without a name."""
    verb = m.group(0).rstrip("了")
    if not any(verb.lower().endswith(v) for v in _UNNAMED_VERBS):
        return False
    if lang == "zh":
        return bool(_UNNAMED_ZH.match(doc_text, m.end(), hi)) and not _TREND.search(doc_text, lo, m.start())
    return bool(_UNNAMED_EN.match(doc_text, m.end(), hi)) and not _NAMED_NEXT_EN.match(doc_text, hi)


def unnamed_repeats(events: list) -> list:
    """Launches of a product the document names elsewhere: an unnamed launch ("小米发布首款AI眼镜") by a
    company with a named launch on a date that agrees with its own is that launch told again."""
    def agree(a, b):
        return not a or not b or a.startswith(b) or b.startswith(a)

    named = [(p.mention.text, e.date) for e in events if e.type == "ProductLaunch"
             and any(p.role == "product" for p in e.participants) for p in e.participants if p.role == "company"]
    return [e for e in events if not (e.type == "ProductLaunch" and not any(p.role == "product" for p in e.participants)
                                      and any(p.role == "company" and any(t == p.mention.text and agree(d, e.date) for t, d in named)
                                              for p in e.participants))]


_JOINER = re.compile(r"\s?(?:、|和|与|及|以及|,|，|and)\s?")


def coordinated(local: list[Mention], doc_text: str, trigger: int) -> frozenset:
    """Products listed beside an organization before the trigger: its peers, not its products."""
    out, run, prev = set(), set(), None
    for x in sorted((x for x in local if x.end <= trigger), key=lambda x: x.start):
        if prev is not None and prev.span in run and _JOINER.fullmatch(doc_text, prev.end, x.start):
            run.add(x.span)  # the list goes on
            if x.type == "PRODUCT":
                out.add(x.span)
        elif x.type == "ORG":
            run = {x.span}  # a list may start here
        prev = x
    return frozenset(out)


# A digest's item opens with its source: "证券时报网讯，…今日" dates from the issue, not the item before
NEW_ITEM = re.compile(r"\s*(?:【[^】\n]{2,60}】)?[\u4e00-\u9fffA-Za-z]{2,12}(?:网讯|讯)[，,]")
# ... a listing is of shares: a plaque hung or a register entered is none without these words
MARKET_WORDS = re.compile(r"上市|股票|股份|股权|证券|交易|新三板|代码|港股|美股|A股|市场|(?i:shares?|stock|exchange|IPO|market)")
# ... and what may stand between a buyer and "收购的": "腾讯(于2016年)收购的Supercell" (not "原因是")
BUYER_GAP = re.compile(r"(?:(?![是为因])[^，。；,;\x01]){0,12}")


# A result's change from a period before: "净利润同比增长19%", "a 30% rise in third-quarter revenue", "net profit fell
# six percent", and a headline's or a period's change without a figure: "Q2 net profit falls", "its second-quarter
# net profit fell"
_NUMBER_EN = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
_MOVES_EN = (r"(?:rose|fell|jumped|dropped|grew|declined|climbed|surged|slumped|slid|plunged|soared|tumbled|doubled|halved|"
             r"rises|falls|jumps|drops|grows|declines|climbs|surges|slumps|slides|plunges|soars|tumbles|doubles|halves)")
EARNINGS_CHANGE = re.compile(
    r"(?:同比|环比)?(?:增长|下降|下滑|减少|上涨|下跌|增加|提升|暴增|大增|骤降)了?(?:约|近|超过?)?\d+(?:\.\d+)?\s?(?:%|倍)|"
    r"(?:同比|环比)(?:翻番|翻倍|翻了一番|腰斩)|"
    rf"(?i:\b{_NUMBER_EN}(?:%| percent| pct) (?:rise|fall|drop|jump|increase|decrease|decline|gain)\b|"
    rf"\b{_MOVES_EN}(?: by)? {_NUMBER_EN}(?:%| percent| pct)|"
    r"\b(?:Q[1-4]|H[12]|(?:first|second|third|fourth)[- ]quarter|quarterly|(?:first|second)[- ]half|half-year|full-year|"
    r"annual|nine-month|six-month|fiscal(?: \d{4})?|(?:19|20)\d\d) (?:net |operating |pre-tax |pretax )?"
    rf"(?:profits?|income|loss|earnings|revenues?|sales) {_MOVES_EN}\b)")

