"""Event triggers + arguments -> events with dates, amounts and participants.

A sentence holds an event when it contains a trigger word of an event type
and at least one organization or person.  Participants get roles by type and
position (the exchange of a listing, the acquirer before "收购"/"acquired" and
the target after it, ...).  Hedged or negated sentences yield no event.
"""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import chain
from typing import Optional

from ..lexicon import place_names_zh
from ..records import Event, Mention, ParsedSegment, Participant
from .event_build import event_label, make_event, moved_amounts, relabel_launch
from .event_context import (BUYER_GAP, CALLED_OFF_AFTER, CALLED_OFF_BEFORE, DEALS, DENIED, EARNINGS_CHANGE,
                            FORMER_EMPLOYER, FUTURE,
                            FUTURE_AFTER, MARKET_WORDS, NEW_ITEM, PARENT_AFTER, QUOTED_SPEECH, counterparty, in_clause,
                            outside_asides, standing, coordinated, unnamed_product, unnamed_repeats)
from .event_dates import (CLAUSE, board_dates, cited_dates, clause_start, date_line, dateline, dateline_date,
                          headline_end, off_dateline, period, row_dates, share_dates)
from .event_rounds import round_followups
from .event_roles import (bracketed_alias, investor_spans, is_source, joined_partners, joint_launches, passive_zh, roles,
                          with_partners)
from .event_split import by_launcher, by_listed, by_maker, by_product, by_reporter
from .event_stated import stakes_bought, stated_by_relations
from .event_triggers import COMPILED as _COMPILED
from .hedges import HEDGES, RUMOUR_AFTER
from .table_events import table_events
from .tables import acts_in_cell, row_cells, row_company, tells_act
from .temporal import find_dates

WINDOW = {"zh": 10, "en": 40}

_ANNIVERSARY = re.compile(r"(?:已经?|满)?\s?(?:[一二两三四五六七八九十]|\d{1,2})\s?(?:周年|年之际)")
_PROCEEDS = re.compile(r"(?i)募资|募集资金|raised")
_OFFERING_BEFORE = re.compile(r"(?:发售|IPO|上市|招股|发行)(?:[^，。；]{0,6}|[，,]\s?)$")
_INVESTING = re.compile(r"(?i)领投|跟投|入股|注资|增资|战略投资|认购|led|invest")
# "通过官方微信公众号发布": the product is the channel, not what is launched
_CHANNEL = re.compile(r"(?:通过|借助|利用|经由|via|through|on)\W{0,2}(?:官方|其|the|its)?\W{0,2}$")
# "借助OpenAI的GPT模型推出了…": what a launch is built with, and whose it is, take no part in it
_INSTRUMENT = re.compile(r"(?:借助|利用|依托|凭借)了?(?:[^，。；,;\s]{0,12}?的)?$")  # (not "推出基于昇腾芯片的X", "搭载豆包的X")
_WHERE_IN = re.compile(r"(?:中|上|里|内)")  # "腾讯在微信中上线元宝": 微信 is where, not what


# an exchange where a company is listed: "在纳斯达克上市", "a Nasdaq-listed"
_LISTED_AT = re.compile(r"\s?(?:主板|创业板|科创板)?(?:上市|挂牌)|-listed\b")

# "对Y的收购", "对芯片设计公司Y的收购", "对奥地利钻石飞机的收购": 对 marks the object, a description or a country may stand between
_KIND_OF_PARTY = r"(?:公司|企业|厂商|品牌|平台|机构|集团|银行|基金|医院|零售商|运营商|开发商|制造商|供应商|服务商|工作室|实验室)"
_OBJECT_MARK = re.compile(r"对(?:(?:[^，。；、\s]{0,12}?" + _KIND_OF_PARTY + r")?\s?|(?:"
                          + "|".join(n for n in place_names_zh() if 2 <= len(n) <= 3) + r"))$")
# ... and the other party to a deal to buy it: "京东集团…已与德国电子产品零售商Ceconomy达成收购协议"
_WITH_MARK = re.compile(r"与(?:[^，。；、\s]{0,12}?" + _KIND_OF_PARTY + r")?\s?$")
_SIGNED_BEFORE = re.compile(r"(?:\s?[（(][^（）()]{1,30}[）)])?\s?(?:签署|达成|签订)了?(?:一项|一份)?")


_FILED = re.compile(r"(?i)(?:递交|提交|申报|冲刺|筹备|启动|辅导|with a view to|in preparation for)[^，。；]{0,20}$|"
                    r"\b(?:filed|files|filing|applied|applies|applying|prepares|preparing|seeks|seeking|mulls|"
                    r"mulling|eyes|eyeing|confidentially)\b[^.;]{0,25}$")


_APPROVED_BEFORE = re.compile(r"(?:批准|审议通过|审批|否决|(?i:\b(?:approved|ratified|rejected|blocked)\b))[^，。；,;]{0,20}$")
_HIRES_EN = re.compile(r"(?i)appointed|appoints|hired|hires|named|poached|poaches|lured|recruited|recruits|tapped|taps|"
                       r"promoted|promotes|elevated|succeeded|succeeds|replaced|replaces")


# "The company open-sourced GLM-130B", "该公司完成B轮融资": the last company named before.
_ANAPHOR = re.compile(r"(?i)\b(?:the|this) (?:company|firm|group|startup)\b|该公司|这家公司|该集团|公司方面")


# What a product launches that is no product of its own: a campaign or an offer ("推出红包活动"; a new feature
# is the product's launch: "千问App上线“任务助理”功能")
_NOT_A_PRODUCT_LAUNCHED = re.compile(r"了?[^，。；！？,;\x01]{0,10}?(?:活动|计划|政策|补贴|红包|优惠|促销|福利)"
                                     r"(?=[，。；！？,;\s]|$)")


_DATED_PARTICIPLE = re.compile(r" (?:on|in|at|last|earlier|this)\b")


_ANOTHER_VERB = re.compile(r" and (?:[A-Z][a-z]+s|signs|signed|announces|announced|launches|launched|names|named|appoints|appointed) ")
_PASSIVE_BY = re.compile(r"(?: (?:in \d{4}|last year|earlier this year))?(?: and [a-z]+ed)? by\b")  # "acquired and published by"
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)(?: (?:later|then|subsequently|eventually|finally))? $")


def _event_at(etype, m, doc_text, seg, local, dates, antecedent=None, makers=None, row_subject=None) -> Optional[Event]:
    lo = clause_start(doc_text, seg, m.start())
    if seg.lang == "en" and etype == "ProductLaunch" and lo > seg.start and not doc_text[lo:m.start()].strip() and \
            _DATED_PARTICIPLE.match(doc_text, m.end()):
        lo = clause_start(doc_text, seg, lo - 2)  # "Google's Gemini 3 Pro, unveiled on Tuesday,": the clause before
    if seg.lang == "en":
        local, dates = outside_asides(doc_text, seg, m.start(), local, dates)
    near = max(lo, m.start() - WINDOW[seg.lang])
    if DENIED.search(doc_text, seg.start, m.start()) or QUOTED_SPEECH.search(doc_text, seg.start, m.start()):
        return None  # ... or someone's words: 陈晓婷指出："上市只是起点。"
    if seg.lang == "zh" and RUMOUR_AFTER.match(doc_text, m.end(), seg.end):
        return None  # "京东物流与中通快递的合并传闻": a rumour
    if HEDGES.search(doc_text, near, m.end()) or FUTURE.search(doc_text, max(lo, near - 20), m.start()) \
            or FUTURE_AFTER.match(doc_text[m.end():m.end() + 24]) or (etype in DEALS and (
                CALLED_OFF_AFTER.match(doc_text, m.end(), seg.end)
                or CALLED_OFF_BEFORE.search(doc_text, max(seg.start, m.start() - 40), m.start()))):
        return None  # "将于 2026 年 2 月中旬发布": a future reaches further back than a hedge
    if not any(x.type == "ORG" and x.kind != "exchange" and x.end <= m.start() for x in local):  # no one named acts: "该公司…", "| 发布可灵2.6 |"
        if antecedent is not None and _ANAPHOR.search(doc_text, lo, m.start()):
            local = [antecedent] + list(local)
        elif row_subject is not None and acts_in_cell(doc_text, seg.start, m.start(), local):
            local = [row_subject] + list(local)  # "| 快手 | 发布可灵2.6 |": the row's company does what its cell says
    named = [x for x in local if lo <= x.start and x.end <= m.start()]
    product_before = bool(named) and named[-1].type == "PRODUCT"  # the clause's last name is a product
    if etype == "Funding" and m.group(0) in ("募资", "募集资金") and _OFFERING_BEFORE.search(doc_text, max(seg.start, lo - 12), m.start()):
        return None  # "全球发售募资约67亿港元": an IPO's proceeds, no funding round
    if _ANNIVERSARY.match(doc_text, m.end()):
        return None  # "DeepSeek R1发布一周年": the launch was years before the date named
    if etype == "Partnership" and _APPROVED_BEFORE.search(doc_text, lo, m.start()):
        return None  # "俄联邦委员会批准俄印海军合作协议": who approves an agreement is no party to it
    if etype == "Listing" and product_before:
        return None  # "SU7正式上市" is a launch
    if etype == "Listing" and _FILED.search(doc_text, max(lo, m.start() - 30), m.start()):
        return None  # "filed for an IPO in Hong Kong": an application, no listing yet
    if etype == "Listing" and seg.lang == "zh" and not any(x.kind in ("exchange", "company") for x in local) and not (
            named and named[-1].type == "ORG" and m.start() - named[-1].end <= 12):
        return None  # "这些药品的上市": an IPO names its exchange, a company, or has an organization right before it
    if etype == "ProductLaunch" and m.group(0) == "上市" and not product_before:
        return None  # "上市" launches a product only right after it
    hi = next((c.start() for c in CLAUSE.finditer(doc_text, m.end(), seg.end)), seg.end)  # the clause's end
    if etype == "ProductLaunch" and seg.lang == "en" and _KIND_THEN_NAME.fullmatch(doc_text, m.end(), hi):
        # "unveiled its first sport-utility vehicle, the YU7, on Thursday": the name in apposition to the kind
        after = next((c.start() for c in CLAUSE.finditer(doc_text, hi + 1, seg.end)), seg.end)
        hi = after if any(x.type == "PRODUCT" and hi < x.start < after for x in local) else hi
    if etype == "ProductLaunch":  # the product is named in the trigger's clause
        local = [x for x in local if x.type != "PRODUCT" or lo <= x.start < hi]
        if _NOT_A_PRODUCT_LAUNCHED.match(doc_text, m.end(), hi) and not any(
                x.type == "PRODUCT" and x.start >= m.end() for x in local):
            # "腾讯元宝推出红包活动": the product before launches a campaign or an offer; it is not launched
            local = [x for x in local if x.type != "PRODUCT"]
    if standing(etype, m, doc_text, seg, lo, hi, dates):
        return None
    ends = {x.end for x in local}
    local = [x for x in local if not bracketed_alias(x, ends, doc_text)]
    local = in_clause(etype, m, doc_text, lo, hi, local)
    sources = frozenset(x.span for x in local if (x.type == "ORG" and (
        is_source(x, doc_text) or FORMER_EMPLOYER.search(doc_text, max(0, x.start - 8), x.start)
        or (etype == "ProductLaunch" and _INSTRUMENT.search(doc_text, max(0, x.start - 4), x.start)))) or (
        x.type == "PRODUCT" and (_CHANNEL.search(doc_text, max(0, x.start - 8), x.start)
                                 or (etype == "ProductLaunch" and _INSTRUMENT.search(doc_text, max(0, x.start - 16), x.start))
                                 or _WHERE_IN.match(doc_text, x.end) and doc_text[x.start - 1:x.start] == "在")))
    if etype in ("Acquisition", "Funding"):  # "长安汽车与华为旗下引望智能签署协议，以115亿元收购引望10%股权"
        sources |= frozenset(x.span for x in local if counterparty(x, local, doc_text, m.start()))
    if etype == "Earnings":  # "X在纳斯达克上市，公司公布了财报": where a company is listed reports nothing
        sources |= frozenset(x.span for x in local if x.kind == "exchange" and _LISTED_AT.match(doc_text, x.end))
    if etype == "ProductLaunch":  # "Trae、CodeBuddy与通义灵码均已推出国际版": names listed with the company launch too
        sources |= coordinated(local, doc_text, m.start())  # ... and a party after the launch is no launcher:
        sources |= frozenset(x.span for x in local if x.type == "ORG" and x.start >= m.end() and _PARTY_BEFORE.search(
            doc_text, max(0, x.start - 8), x.start))  # "It released GLM-4.7 and signed a partnership with Huawei"
    orgs_before = [x for x in local if x.type == "ORG" and x.end <= m.start()]
    marked = bool(orgs_before) and bool(_OBJECT_MARK.search(doc_text, max(0, orgs_before[-1].start - 16),
                                                            orgs_before[-1].start))
    marked = marked or (etype == "Acquisition" and bool(orgs_before) and bool(_WITH_MARK.search(
        doc_text, max(0, orgs_before[-1].start - 16), orgs_before[-1].start)) and bool(
        _SIGNED_BEFORE.fullmatch(doc_text, orgs_before[-1].end, m.start())))
    # "华为旗下哈勃投资入股X": the parent of an investor is not the company that raises
    parents = frozenset(x.span for x in local if PARENT_AFTER.match(doc_text, x.end))
    opening = frozenset(x.span for x in local if x.type == "ORG" and not doc_text[seg.start:x.start].strip(" *_#>-\"“"))
    participants = roles(etype, m.start(), local, bool(_INVESTING.search(m.group(0))), sources, marked,
                         investor_spans(doc_text, local) if etype == "Funding" else frozenset(), parents, opening)
    if etype == "Acquisition" and doc_text[m.end():m.end() + 1] == "的" and not any(
            x.type == "ORG" and BUYER_GAP.fullmatch(doc_text, x.end, m.start()) for x in local):  # "原因是收购的宋河酒业欠款": the one
        participants = [p for p in participants if p.role != "acquirer"]  # bought, its buyer unnamed
    if etype == "Acquisition" and seg.lang == "zh":
        participants = passive_zh(participants, orgs_before, opening, doc_text, m.start(), m.end())
    if etype == "Acquisition" and seg.lang == "en":  # "Acquisition of X and Signs … with Y": Y is another verb's
        participants = [p for p in participants if not (p.role == "target" and _ANOTHER_VERB.search(doc_text, m.end(), p.mention.start))]
    if etype == "Acquisition" and seg.lang == "en" and _PASSIVE_BY.match(doc_text, m.end()) and \
            _PASSIVE_BEFORE.search(doc_text, max(lo, m.start() - 12), m.start()):
        # "Tropicala, which was bought by private equity firm PAI Partners": the buyer comes after "by"
        participants = [replace(p, role={"acquirer": "target", "target": "acquirer"}.get(p.role, p.role)) for p in participants]
    if etype == "Partnership" and doc_text[m.start() - 1:m.start()] in ("与", "和", "同"):
        participants = joined_partners(m, participants, doc_text)
    if etype == "Partnership" and seg.lang == "en":
        participants = with_partners(m, participants, doc_text)
    if etype in ("Partnership", "Merger"):  # each party once ("Baidu … Lyft … Baidu's robotaxis … the Lyft app")
        participants = [p for i, p in enumerate(participants) if all(q.mention.text != p.mention.text for q in participants[:i])]
    if etype == "Lawsuit" and m.group(0) in ("诉至", "告上法庭"):  # "腾讯以…为由将字节跳动诉至…法院": who sues, before 将/把
        marker = max(doc_text.rfind("将", lo, m.start()), doc_text.rfind("把", lo, m.start()))
        plaintiff = next((x for x in reversed(local) if x.type == "ORG" and lo <= x.start and x.end <= marker), None)
        if marker > 0 and plaintiff is not None and all(p.mention.text != plaintiff.text for p in participants):
            participants = [Participant("organization", plaintiff)] + list(participants)
    if etype == "Appointment" and m.group(0).lower().startswith(("join", "to join", "加入", "加盟")):  # "left … to join Huawei Cloud as"
        joined = next((x for x in local if x.type == "ORG" and x.start >= m.end()), None)
        if joined is not None:
            participants = [Participant("organization", joined)] + [p for p in participants if p.role != "organization"]
    if etype == "Resignation" and re.search(r"(?i)\b(?:left|quit)$", m.group(0)) and not any(
            x.type == "ORG" and x.start == m.end() + 1 for x in local):
        return None  # "Yann LeCun left Meta to start …" (not "left Paris")
    if etype == "Appointment" and _HIRES_EN.fullmatch(m.group(0)):
        # "Mark Zuckerberg recruited Alexandr Wang", "Satya Nadella succeeded Steve Ballmer as CEO": who is
        # hired is named after the verb, who succeeds before it
        after = [p for p in participants if p.role == "person" and p.mention.start >= m.end()]
        if m.group(0).lower() in ("succeeded", "succeeds", "replaced", "replaces"):
            participants = [p for p in participants if p.role != "person" or p.mention.start < m.start()] or participants
        elif after:
            participants = [p for p in participants if p.role != "person" or p.mention.start >= m.end()]
    if etype == "Appointment" and m.group(0) in ("接替", "接棒", "取代"):  # "…，接替原董事长井贤栋": whom one succeeds
        participants = [p for p in participants if p.role != "person" or not 0 <= p.mention.start - m.end() <= 8]
    if etype in ("Resignation", "Appointment"):  # "许嘉获任首席执行官，原CEO陈立恒辞任": each clause its person
        own = [p for p in participants if p.role == "person" and lo <= p.mention.start < hi]
        if own:
            participants = [p for p in participants if p.role != "person" or p in own]
    if not any(p.mention.type in ("ORG", "PERSON") for p in participants):
        if etype != "ProductLaunch":
            return None
        participants = _product_only(m, participants, makers or {})
        if not participants:
            return None
    amounts = moved_amounts(doc_text, seg)
    reported = etype == "Earnings" and (m.group(0).lower() in ("财报", "年报", "季报", "半年报", "业务更新", "earnings", "quarterly results")
                                        or m.group(0).endswith(" results") or (
        m.group(0) == "业绩" and (_PERIOD_BEFORE.search(doc_text, max(lo, m.start() - 9), m.start())
                                  or _GUIDANCE_AFTER.match(doc_text, m.end())))) and bool(
        _REPORTED.search(doc_text, max(lo, m.start() - 30), m.start()) or _CALL_AFTER.match(doc_text, m.end()))
    # ... or a result's change from a period before: "净利润同比增长19%", "a 30% rise in third-quarter revenue"
    reported = reported or (etype == "Earnings" and bool(EARNINGS_CHANGE.search(doc_text, max(lo, m.start() - 30), min(hi, m.end() + 30))))
    # ... and a launch of a product described, not named: its company launched something
    reported = reported or (etype == "ProductLaunch" and not any(lo <= x.start < hi and (x.type == "PRODUCT" or x.start >= m.end())
                                                                 for x in local)
                            and unnamed_product(doc_text, m, lo, hi, seg.lang))
    if etype == "Listing" and m.group(0) in ("挂牌", "listed on") and not any(p.role == "exchange" for p in participants) \
            and not MARKET_WORDS.search(doc_text, seg.start, seg.end):  # a plaque hung, a register entered: no shares
        return None  # listed ("研究中心在湖北省社科院挂牌", "listed on the National Register of Historic Places")
    if not _complete(etype, participants, amounts, reported, seg.lang):
        return None
    return make_event(etype, doc_text, seg, m.start(), m.end(), dates, participants, amounts,
                  f"trigger.{seg.lang}.{etype}", 0.7)


_KIND_THEN_NAME = re.compile(r"(?i) (?:an?|its|their|the|a new) (?:[\w-]+ ){0,4}?(?:model|version|vehicle|car|suv|sedan|phone|smartphone|"
                             r"chip|processor|product|app|game|drug|device|tool|service|platform|system|feature|glasses|"
                             r"headset|robot|camera|laptop|tablet|watch|series)s?")
_WHEN_BETWEEN = re.compile(r"^\s?(?:已经?)?(?:于|在)?\s?(?:(?:\d{4}\s?年)?\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?[日号])?|今日|近日|日前|"
                           r"\d{4}\s?年)?(?:初|中旬|上旬|下旬|底)?\s?(?:正式|首次|全面|率先|同步)?$")
_BRACKETED = re.compile(r"\s?[（(][^（）()]{1,30}[）)]")


def _product_only(m, participants: list[Participant], makers: dict) -> list[Participant]:
    """A launch that names only its product ("DeepSeek-OCR 2 的发布", "发布了 Orbit 2"): the
    product must stand right by the trigger; its company is the one the document says develops
    it, if any."""
    def gap(a, b):  # "OpenClaw（原名Clawdbot）发布": an alias in brackets may stand between, and so
        # may a date and an adverb: "Seedance 2.0于2月12日正式上线"
        return len(_WHEN_BETWEEN.sub("", _BRACKETED.sub("", m.string[a:b]))) if a <= b else 99
    near = [p for p in participants if p.role == "product"
            and (gap(p.mention.end, m.start()) <= 3 or gap(m.end(), p.mention.start) <= 3)]
    if not near:
        return []
    maker = makers.get(near[0].mention.text)
    return ([Participant("company", maker)] if maker else []) + near


# A report published: "小米集团发布2025年第三季度财报", "Alphabet reported fourth-quarter earnings",
# "Q4 2025 Earnings Conference Call" (an earnings report without amounts is still one).
_REPORTED = re.compile(r"(?:发布|公布|披露|交出|递交)了?[^，。；：:\x01]{0,14}?$|"
                       r"(?i:\b(?:reported|reports|posted|posts|released|releases)\b[^.;,:]{0,30}?$)")
_CALL_AFTER = re.compile(r"(?i) (?:conference )?call\b")
# ... and results of a period ("公布第三季度业绩", "发布2025年全年业绩"; not "发布业绩")
# ... or a company's outlook or preliminary figures it publishes ("发布的业绩指引", "披露业绩预告")
_GUIDANCE_AFTER = re.compile(r"(?:指引|预告|快报|展望)")
_PERIOD_BEFORE = re.compile(r"(?:季度|年度|全年|中期|半年|财年|季)(?:初步|未经审计的?|经审计的?)?$")  # "第四季度初步业绩"


_PARTY_BEFORE = re.compile(r"(?:\b(?:with|against)|与|同|跟)\s?(?:the\s)?$")


def _complete(etype: str, participants: list[Participant], amounts, reported: bool = False, lang: str = "") -> bool:
    """The arguments an event type cannot do without: an earnings report its amounts, unless
    the sentence says a report was published; a partnership, and a merger told in Chinese, two parties."""
    roles = {p.role for p in participants}
    if etype == "Earnings":
        return bool(amounts) or (reported and any(p.mention.type == "ORG" for p in participants))
    if etype == "ProductLaunch":  # (reported: an unnamed product's launch, by its company)
        return "product" in roles or (reported and "company" in roles)
    if etype == "Listing":
        return "company" in roles
    if etype in ("Resignation", "Appointment"):
        return "person" in roles
    if etype in ("Acquisition",):
        return {"acquirer", "target"} <= roles
    if etype == "Partnership" or (etype == "Merger" and lang == "zh"):  # (each party once: _event_at keeps one mention
        return len(participants) >= 2  # of a name; towns merge too: "经X批准…由A与B合并而成")
    return True


_LATIN_AROUND = re.compile(r"[A-Za-z0-9][A-Za-z0-9,.'’&-]*(?: [A-Za-z0-9][A-Za-z0-9,.'’&-]*){1,}\s$")
_LATIN_AFTER = re.compile(r"[ ,.]|\s?[》\"”]")
# a company reporting its results: "Kraft Heinz reported fourth-quarter net sales of …", "昨日公布三季报"
_RESULTS_TOLD = re.compile(r"(?i)\b(?:reported|reports|posted|posts|announced|unveiled)\b|公布|发布|披露")


# A sentence that opens at the occasion the sentence before named: "会上，", "发布会上，", "At the event,"
_AT_OCCASION = re.compile(r"\s*(?:在|于)?(?:此次|本次|该|这场|当天的?|当日的?)?(?:发布会|大会|峰会|活动|会|展会|仪式)(?:上|中|现场|期间)[，,]?|"
                          r"\s*(?:At|During) (?:the|that) (?:event|launch|conference|ceremony|show|keynote|presentation)\b")
# ... or follows the sentence that holds it on its date: "On January 8, Xiaomi held a launch event. The
# company unveiled …"
_HELD_OCCASION = re.compile(r"(?:召开|举办|举行)[^。；，,]{0,12}?(?:发布会|大会|峰会|活动|开发者大会)|"
                            r"\b(?:held|hosted|staged)\b[^.;]{0,30}?\b(?:event|conference|keynote|showcase)\b")
# ... or names it as "the" occasion later: "小米在发布会上推出了…" (not "在新品发布会上", a new one described)
_AT_THE_OCCASION = re.compile(r"在(?:此次|本次|该|这场|当天的?|当日的?)?(?:发布会|大会|峰会|活动|展会)(?:上|中|现场)|"
                              r"\b(?:at|during) (?:the|that) (?:event|launch event|conference|ceremony|keynote)\b")


def extract_events(doc_text: str, parsed: list[ParsedSegment], mentions: list[Mention],
                   doc_date: Optional[str] = None, relations=()) -> list[Event]:
    """Events of a document; ``relations`` (of the same document) name the company that
    develops a product whose launch sentence does not name it."""
    events = []
    makers = {r.object.text: r.subject for r in relations if r.predicate == "develops"}
    line = dateline(doc_text)
    doc_date = dateline_date(line, doc_date) or doc_date  # "HONG KONG, Jan 15 (Reuters) - … on Thursday"
    anchor = recent = doc_date  # the last full date seen, and the last date of any precision
    companies = [m for m in mentions if m.type == "ORG" and m.kind == "company"]
    before: list = []  # the dates of the sentence before
    held = False  # ... and whether it holds an occasion on them ("1月8日晚，小米召开新品发布会。")
    for k, ps in enumerate(parsed):
        seg = ps.segment
        local = [m for m in mentions if seg.start <= m.start and m.end <= seg.end]
        if NEW_ITEM.match(doc_text, seg.start, seg.end):  # "证券时报网讯，…今日": a digest's item dates from the issue
            anchor = recent = doc_date
        dates = off_dateline(find_dates(doc_text, seg.start, seg.end, doc_date, anchor, recent), line)
        if not dates and (_AT_OCCASION.match(doc_text, seg.start, seg.end) or _AT_THE_OCCASION.search(doc_text, seg.start, seg.end)
                          or held):
            dates = before  # "1月8日晚，小米召开新品发布会。会上，小米发布了…": the occasion's date
        cells = row_cells(doc_text, seg.start)  # [] outside a table row
        if not dates:  # "| 2025年12月3日 | 快手 | 发布可灵2.6 |": the row's date
            dates = row_dates(doc_text, cells, seg, doc_date, anchor)
        if not dates and k > 0:  # "**2025年12月1日**\nDeepSeek正式发布了…": a date line above
            dates = date_line(doc_text, parsed[k - 1].segment, doc_date, anchor)
        before = dates
        held = bool(dates) and bool(_HELD_OCCASION.search(doc_text, seg.start, seg.end))
        recent = next((d.iso for d in reversed(dates) if d.iso and not period(doc_text, d)), recent)
        if k + 1 < len(parsed) and all(period(doc_text, d) for d in dates):  # none, or a period reported
            dates = dates + date_line(doc_text, parsed[k + 1].segment, doc_date, anchor)
        # (a day written out: "财联社11月4日电" anchors "今日", "昨日晚间" does not)
        full = [d for d in dates if d.iso and len(d.iso) == 10 and any(c.isdigit() for c in d.text)]
        antecedent = next((c for c in reversed(companies) if c.end <= seg.start), None)
        row_subject = row_company(cells, seg.start, companies)
        if not local and not (antecedent and _ANAPHOR.search(doc_text, seg.start, seg.end)) and not (
                row_subject is not None and tells_act(doc_text, seg.start, seg.end)):  # "| 智谱 | 完成5亿元融资 |" (not "| B轮 |")
            if full:
                anchor = full[-1].iso
            continue
        found = []
        for etype, (zh_rx, en_rx) in _COMPILED.items():
            triggers = en_rx.finditer(doc_text, seg.start, seg.end)
            if seg.lang == "zh":  # ... and English ones in an English title: "《Q4 2025 Earnings Call》"
                triggers = chain(zh_rx.finditer(doc_text, seg.start, seg.end),
                                 (m for m in triggers if _LATIN_AROUND.search(doc_text, max(0, m.start() - 12), m.start())
                                  and _LATIN_AFTER.match(doc_text, m.end())))
            launched: set = set()
            for m in triggers:  # the first trigger that holds; for launches, each clause's own products
                event = _event_at(etype, m, doc_text, seg, local, dates, antecedent, makers, row_subject)
                if not event:
                    continue
                if etype == "Listing":  # the first, and a second on another exchange and its own date:
                    before = [e for e in found if e.type == etype]  # "于2016年3月在港交所上市，2019年11月登陆上交所主板"
                    listed = {p.mention.text for e in before for p in e.participants if p.role == "exchange"}
                    if not before or ({p.mention.text for p in event.participants if p.role == "exchange"} - listed
                                      and event.date and all(e.date != event.date for e in before)):
                        found.append(event)
                    continue
                if etype != "ProductLaunch":
                    found.append(event)
                    break
                products = {p.mention.span for p in event.participants if p.role == "product"}
                if not products <= launched or not (products or any(e.type == etype for e in found)):
                    found.append(event)  # "1月20日发布R1，8月推出V3.1，12月发布V3.2" (and one unnamed product)
                    launched |= products
        if any(e.type == "Listing" for e in found):  # "上市，募资43亿港元": the IPO's proceeds, no round
            found = [e for e in found if not (e.type == "Funding" and _PROCEEDS.fullmatch(e.trigger))]
        local_rels = [r for r in relations if r.evidence.sent_start == seg.start]
        stated = joint_launches(stated_by_relations(found, doc_text, seg, dates, local_rels), doc_text, relabel_launch)
        stated = stakes_bought(stated)
        # results told with no date of their own are the report's news: "Kraft Heinz reported fourth-quarter net sales of …"
        stated = [replace(ev, date=doc_date, label=event_label(ev.type, ev.lang, list(ev.participants), doc_date))
                  if ev.type == "Earnings" and not ev.date and doc_date and _RESULTS_TOLD.search(doc_text, seg.start, seg.end) else ev
                  for ev in stated]
        for ev in stated:
            events.extend([x for e in by_launcher(ev, local, event_label) for y in by_maker(e, local_rels, event_label)
                           for x in by_product(y, event_label)]
                          if ev.type == "ProductLaunch"
                          else by_listed(ev, local_rels, event_label) if ev.type == "Listing"
                          else by_reporter(ev, local, event_label) if ev.type == "Earnings" else [ev])
        if full:
            anchor = full[-1].iso
    events = round_followups(events, doc_text, parsed, mentions, event_label)  # "…融资。本轮融资由X领投"
    events = board_dates(events, doc_text, doc_date, event_label)  # "董事会同意聘任…" on the meeting's day
    events = cited_dates(events, doc_text, event_label)  # "…联合起诉MiniMax[3]。" on the day of note 3's entry
    return unnamed_repeats(share_dates(events + table_events(doc_text, mentions, doc_date, event_label), event_label,
                                       headline_end(doc_text), doc_date))
