"""Who does what in an event: roles for the names of the trigger's sentence.

Roles come from the names' types and positions (the exchange of a listing, the acquirer before
"收购"/"acquired" and the target after it, the company that raises a round and the investors
that a verb of investing follows or a "led by"/"投资方包括" precedes).  An organization cited as
the source of the sentence ("据新华网报道", "according to Reuters") takes no part.
"""
from __future__ import annotations

import re

from ..records import Mention, Participant
from .event_triggers import SIGNS_AGREEMENT_ZH, SIGNS_ZH

# Who reports a fact is not a party to it: "据新华网报道", "中新网报道，…", "according to Reuters".
_SOURCE_BEFORE = re.compile(r"(?i)(?:据|根据|援引|来自|来源[：:]|according to|reported by|cited by|citing)\W{0,3}$")
# ... also with its date or a noun between: "财联社2月6日报道", "欧盟委员会的初步调查披露"
_SOURCE_AFTER = re.compile(
    r"(?i)^\W{0,3}(?:(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|今日)(?:报道|讯|消息)"  # "财联社2月6日报道"
    r"|的[\u4e00-\u9fff]{0,6}?(?:报道|披露|消息)"  # "欧盟委员会的初步调查披露" (not "X的产品被称为")
    r"|[：:]\s?[《“\"](?=[^》”\"]{4,}[》”\"]\s?[，,.]?\s?(?:\d{4}|[A-Z][a-z]{2,8}\.? \d))"  # "36氪：《…》，2026年1月20日" (a reference)
    r"|\.\s?《(?!关于)"  # "[1] Reuters.《Nebius signs … deal with Microsoft》." (not a company's own: "三七互娱.《关于收购…的公告》")
    r"|报道|消息|确认|援引|获悉|称|讯|记者|said in a report|(?:reported|reports)"
    r"(?! (?!that\b)(?:[\w%$.-]+ ){0,5}?(?:revenue|sales|profit|"
    r"loss|earnings|results|net|income|rise|fall|jump|drop|increase|decline|growth)))")  # a company that reports its revenue acts ("fourth-quarter earnings")

_APPROVES = re.compile(r"(?:批准|同意|核准|授权|审批|审议)")

# ... unless what it published is its own report: "据百度2026年2月26日发布的财报，…总营收为327亿元"
_OWN_REPORT_AFTER = re.compile(r"^\W{0,3}(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|近日|日前|此前)?(?:发布|公布|披露)的"
                               r"[^，。；\x01]{0,8}?(?:财报|年报|季报|半年报|业绩|业绩公告)")


def is_source(m: Mention, doc_text: str) -> bool:
    """The organization is cited as the source of the sentence, not acting in it, or approves what it tells ("经河南省委
    同意，由河南省纪委…")."""
    if _OWN_REPORT_AFTER.match(doc_text[m.end:m.end + 40]):
        return False
    if doc_text[m.start - 1:m.start] == "经" and _APPROVES.match(doc_text, m.end):
        return True
    if (own := re.match(r"\.\s?《([^》\n]{1,120})》", doc_text[m.end:m.end + 130])) and m.text in own.group(1):
        return False  # "[1] Oura.《Oura Raises Over $900 Million in Series E Funding》": its own news
    return bool(_SOURCE_BEFORE.search(doc_text[max(0, m.start - 16):m.start])
                or _SOURCE_AFTER.match(doc_text[m.end:m.end + 120]))


# A list of names: "丰田、梅赛德斯-奔驰", "Alibaba, Tencent and HongShan"
LIST_GAP = re.compile(r"(?i)^(?:\s?[、，,和及与]\s?|\s?以及\s?|,? and |,? as well as | & |,\s)$")
# What follows an investor, with a list between: "上汽集团领投，丰田、奔驰跟投", "老股东淡马锡追加投资",
# "ASML led the round", "Nvidia also invested"
_INVESTOR_AFTER = re.compile(
    r"(?i)^\s?(?:等(?:\d+家)?(?:机构|投资方|老股东|现有股东|原股东|股东)?)?(?:共同|联合|继续|持续|再次|独家|也|亦|均)?(?:领投|超额跟投|跟投|参投|追投|加注|加码|超额认购|"
    r"(?:追加|参与|联合|共同)?(?:了)?(?:本轮)?投资|参与(?:了)?(?:其中|本轮|此轮|认购))|"
    r"^的(?:(?:天使|种子|战略|Pre-?[A-K]|[A-K]\d?)\+{0,2}轮|新一轮|数?[\d.]*[亿万]?(?:元|美元|港元)?)?(?:战略)?(?:投资|注资)(?![人方者机组回收])|"
    r"^(?:, (?:the|a|an) [^,;.]{1,60},)?,?\s(?:also |each |both |as well )?(?:led|co-led|joined|participated|participating|"
    r"taking part|took part|invested|investing|backed|co-investing|chipping in|as (?:co-)?(?:leads?|investors))\b")
# What precedes investors: "本轮由上汽集团领投" is read by the verb after; "投资方包括A、B",
# "led by A and B", "with participation from A", "from investors including A"
_INVESTOR_BEFORE = re.compile(
    r"(?i)(?:投资方(?:包括|为|有)|投资者(?:包括|为)|投资人(?:包括|为)|(?:获得?|获)(?=\s?$)|(?:本轮|该轮|此轮|[，,])\s?由)\s?$|"
    r"\b(?:led by|co-led by|backed by|participation (?:from|of|by)|investors?(?: such as| including| like)?|"
    r"including|alongside|joined by|from|with|(?:existing|new|returning) (?:backers|investors|shareholders))\s$")


_FOUNDED_BY = re.compile(r"(?i)\b(?:founded|co-founded|owned|run|headed|chaired|created|started)(?: in \d{4})? by\s$")


# ... or a name and its alias in brackets: "淡马锡（Temasek）和博裕资本"
_ALIAS_GAP = re.compile(r"^\s?[（(]$|^(?:\s?[（(][^（）()]{1,30})?[）)]\s?(?:[、，,和及与]|以及|,? and )\s?$")


_ALIAS_OPEN = re.compile(r"\s?[（(](?:以下简称|以下称|下称|简称)?[“\"「『]?$")
_ALIAS_CLOSE = re.compile(r"[ A-Za-z0-9.&'’-]{0,40}?[”\"」』]?[）)]")  # (a part of it: "索尼互动娱乐（Sony Interactive Entertainment）")


def bracketed_alias(x: Mention, ends: set, doc_text: str) -> bool:
    """"软银集团（SoftBank Group）", "Advanced Micro Devices (AMD)", "中国科学院上海生命科学研究院（以下简称
    “上海生科院”）": the name in brackets right after another names the same party."""
    lo = max(0, x.start - 8)
    opened = _ALIAS_OPEN.search(doc_text, lo, x.start)
    return bool(opened) and opened.start() in ends and bool(_ALIAS_CLOSE.match(doc_text, x.end))


def list_run(x: Mention, names: list[Mention], text: str) -> tuple[int, int]:
    """Where the list of names that holds ``x`` starts and ends in ``text``."""
    ordered = sorted(names, key=lambda m: m.start)
    i = ordered.index(x)
    lo, hi = i, i

    def joined(a, b):
        gap = text[a.end:b.start]
        return bool(LIST_GAP.match(gap) or _ALIAS_GAP.match(gap))
    while lo > 0 and joined(ordered[lo - 1], ordered[lo]):
        lo -= 1
    while hi + 1 < len(ordered) and joined(ordered[hi], ordered[hi + 1]):
        hi += 1
    return ordered[lo].start, ordered[hi].end


def investor_spans(doc_text: str, mentions: list[Mention]) -> frozenset:
    """The names a verb of investing follows or an investor phrase precedes, with the rest of
    their list: "本轮由上汽集团领投，丰田、梅赛德斯-奔驰跟投" marks all three."""
    names = [m for m in mentions if m.type in ("ORG", "PERSON") and m.kind != "exchange"]
    out = set()
    for x in names:
        start, end = list_run(x, names, doc_text)
        if _FOUNDED_BY.search(doc_text[max(0, x.start - 30):x.start]):
            continue  # "Sinovation Ventures, the venture firm founded by Kai-Fu Lee, also participating"
        if _INVESTOR_AFTER.match(doc_text[end:end + 100]) or _INVESTOR_BEFORE.search(
                doc_text[max(0, start - 40):start]):
            out.add(x.span)
    return frozenset(out)


def roles(etype: str, trigger_start: int, mentions: list[Mention],
          investing: bool = False, sources: frozenset = frozenset(),
          object_marked: bool = False, investors: frozenset = frozenset(),
          parents: frozenset = frozenset(), opening: frozenset = frozenset()) -> list[Participant]:
    out = []
    # (an exchange is no party, except to its own earnings: "Hong Kong Exchanges and Clearing said its net profit rose")
    orgs = [m for m in mentions if m.type == "ORG" and (m.kind != "exchange" or etype == "Earnings") and m.span not in sources]
    companies = [m for m in orgs if m.kind == "company" and m.span not in parents]  # (not a parent: "X是Y集团旗下的…企业，…上市")
    if etype in ("Recall", "Earnings", "Listing", "ProductLaunch") and companies:
        # regulators and newspapers report these; companies do them, and so do the companies
        # rules name by their context or legal form ("Runway去年12月发布Gen-4.5", with 英伟达
        # named later), not the model's organizations ("…大会暨中国通信学会学术年会上，发布了")
        # ... and so does the organization a sentence opens with ("Klarna, which listed …, launched X on Stripe's
        # Tempo blockchain"), when no company is named before the trigger
        keep = opening if not any(m.end <= trigger_start for m in companies) else frozenset()
        # ... and so does a unit named after its parent ("英格卡集团旗下的宜家中国…召回")
        keep |= {m.span for m in orgs if any(p.span in parents and p.end < m.start <= p.end + 24 for p in orgs)}
        # ... and so does a name right before a listing's verb ("ODM厂商华声智联登陆深交所创业板")
        keep |= {m.span for m in orgs if etype == "Listing" and 0 <= trigger_start - m.end <= 1}
        orgs = [m for m in orgs if m.kind == "company" or (m.kind is None and m.source in ("context", "orgrule"))
                or m.span in keep]
    before = [m for m in orgs if m.end <= trigger_start]
    after = [m for m in orgs if m.start >= trigger_start]
    units_after = [m for m in after if m.span not in parents] or after  # "收购X旗下的Y": Y, not X
    def add(role, m):
        if m and all(p.mention is not m or p.role != role for p in out):
            out.append(Participant(role, m))
    if etype == "Listing":  # not a parent named with the company ("X是Y的控股子公司，于…上市"), nor a regulator
        listed = [m for m in before if m.span not in parents and m.kind != "government"]
        add("company", (listed[-1:] or [m for m in after if m.kind != "government"][:1] or [None])[0])
        for m in mentions:
            if m.kind == "exchange":
                add("exchange", m)
    elif etype == "Acquisition":
        if len(before) >= 2 and object_marked:  # "X完成了对Y的收购", "X对Y进行并购" (what follows
            add("acquirer", before[-2])         # is another clause: "此前该交易已获监管总局批准")
            add("target", before[-1])
        else:
            if before:
                add("acquirer", before[-1])
            if units_after and not (before and units_after[0].text == before[-1].text):
                add("target", units_after[0])
    elif etype == "Funding" and investors:  # the names a verb of investing marks invest; the
        # company that raises is the nearest other name before the trigger, or the first after it
        # (the fund, not its parent named before it: "由上汽集团旗下的尚颀资本领投")
        backers = [m for m in mentions if m.span in investors and m.span not in sources and m.span not in parents]
        others = [m for m in orgs if m.span not in investors and m.span not in parents]
        raiser = ([m for m in others if m.end <= trigger_start][-1:]
                  or [m for m in others if m.start >= trigger_start][:1] or [None])[0]
        add("investee", raiser)
        for m in backers:
            if raiser is None or m.text != raiser.text:
                add("investor", m)
    elif etype == "Funding":
        if investing and len(before) >= 2 and object_marked:  # "X完成了对Y的战略投资"
            add("investor", before[-2])
            add("investee", before[-1])
        elif investing:  # "X领投", "X led the round in Y": the investor comes first (and the unit
            if before:   # invested in, not its parent: "入股育碧新成立的子公司Vantage Studios")
                add("investor", before[-1])
            if units_after and not (before and units_after[0].text == before[-1].text):
                add("investee", units_after[0])
        else:  # "X完成B轮融资，由Y领投", "X raised $5m led by Y" (not X's parent: "Y是X旗下的公司，完成融资")
            raising = [m for m in before if m.span not in parents]
            raiser = (raising[-1:] or after[:1] or [None])[0]
            add("investee", raiser)
            for m in after:  # (the fund, not its parent: "由上汽集团旗下的尚颀资本领投")
                if m is not raiser and m.text != getattr(raiser, "text", None) and m.span not in parents:
                    add("investor", m)
    elif etype in ("Partnership", "Merger"):  # not a unit's parent: "Volkswagen's software unit Cariad partnered with …"
        for m in [m for m in orgs if m.span not in parents][:4]:
            add("partner", m)
    elif etype == "ProductLaunch":
        # "千问App于当日上线…": a product named before the trigger is its subject, and a company
        # named after it is not its maker (the document's develops relations may name that)
        product_first = any(m.type == "PRODUCT" and m.end <= trigger_start for m in mentions)
        add("company", (before[-1:] or ([] if product_first else orgs[:1]) or [None])[0])
        for m in mentions:
            if m.type == "PRODUCT" and m.span not in sources:
                add("product", m)
    elif etype == "Lawsuit":  # who sues or investigates, and whom: "市场监管总局约谈美团"
        add("organization", (before[-1:] or orgs[:1] or [None])[0])
        if before and after and after[0].text != before[-1].text:
            add("organization", units_after[0])  # (the unit, not its parent: "起诉华东医药全资子公司中美华东")
        elif len(before) >= 2 and not after and before[-2].text != before[-1].text:
            add("organization", before[-2])  # "宁德时代被美国国防部列入清单", "X对Y罚款"
    else:  # (a unit, not its parent before it: "英格卡集团旗下的宜家中国宣布召回")
        add("organization", ([m for m in before if m.span not in parents][-1:] or before[-1:] or orgs[:1] or [None])[0])
    if etype == "Recall":  # what is recalled: "召回其…生产的部分SU7", "recalling 115,783 of its Tang"
        for m in mentions:
            if m.type == "PRODUCT" and m.start >= trigger_start and m.span not in sources:
                add("product", m)
    if etype in ("Resignation", "Appointment"):
        for m in mentions:
            if m.type == "PERSON":
                add("person", m)
    elif etype == "Lawsuit":  # the person who sues: "特朗普对BBC提起诉讼", "Musk sued OpenAI"
        for m in mentions:
            if m.type == "PERSON" and m.end <= trigger_start:
                add("person", m)
    return [p for p in out if p.mention is not None]


# A joint launch: "DeepSeek与北京大学联合发布了《Engram》", "Huawei and Seres jointly unveiled …"
# (not a joint report: "共青团中央与CNNIC联合发布的数据显示")
_JOINT_LAUNCH = re.compile(r"(?:联合|共同|一起|合作)(?:发布|推出|展示|亮相|开源|首发)(?![^，。；]{0,30}?(?:报告|白皮书|数据|声明|"
                           r"公告|倡议|榜单|指数|通知|意见|标准|指南|名单))|"
                           r"(?i:\b(?:jointly|together) (?:launched|unveiled|released|introduced|debuted|open-sourced)\b)")


_JOINT_WORK_DESCRIBED = re.compile(r"(?<=开发|研发|打造|推出|发布)的")


_SIGNED_AGREEMENT = re.compile(SIGNS_AGREEMENT_ZH + r"|(?i:\b(?:signed|inked|struck) (?:a|an)\b)")


def joint_launches(events: list, doc_text: str, relabel) -> list:
    """A sentence's events with each joint launch as one launch by every partner: its partnership
    event becomes the sentence's launch, or joins it as companies (the partners stay partners in
    the relations).  ``relabel(event, participants)`` gives the event with new participants."""
    launches = [e for e in events if e.type == "ProductLaunch"]
    # what two partners made, described ("A与B联合开发的眼镜累计销量…"): no new deal; the makers of
    # the sentence's launch, if any ("上汽集团与华为联合打造的尚界H5正式上市")
    described = [e for e in events if e.type == "Partnership" and _JOINT_WORK_DESCRIBED.match(doc_text, e.evidence.end)]
    joint = [e for e in events if e.type == "Partnership" and e not in described and _JOINT_LAUNCH.search(
        doc_text, e.evidence.start, min(e.evidence.sent_end, e.evidence.end + 8))]
    if not launches:
        events = [e for e in events if e not in described]
    else:
        joint += described
    if not joint:
        return events
    partners = [p.mention for e in joint for p in e.participants]
    # ... but an agreement signed before the joint launch is a partnership of its own ("汉王科技与科大讯飞签署战略合作协议，
    # 并联合发布…手写电纸本"): the partners sign, then launch together
    signed = [e for e in joint if _SIGNED_AGREEMENT.search(doc_text, e.evidence.start, e.evidence.end)]
    out = [e for e in events if e not in joint or e in signed]
    target = launches[0] if launches else joint[0]
    participants = list(target.participants) if launches else []
    for m in partners:
        if all(p.mention.span != m.span for p in participants):
            participants.append(Participant("company", m))
    participants.sort(key=lambda p: p.role != "company")  # the launchers first: "小米、徕卡发布"
    launch = relabel(target, participants)
    return [launch if e is target else e for e in out] if launches else out + [launch]


_LISTED_AFTER_WITH = re.compile(r"(?:\s?\([^()]{1,40}\))?(?:,? and |, | & )(?:[\w.’'-]+ ){0,2}?$")


def with_partners(m, participants: list, doc_text: str) -> list:
    """"X signed an agreement with Y (and Z) to …": the partners after "with" are the names listed right
    after it, not names later in the sentence ("… while relying on ByteDance's Doubao")."""
    if not m.group(0).lower().endswith(" with"):
        return participants
    kept, last = [], None
    for p in sorted(participants, key=lambda p: p.mention.start):
        x = p.mention
        if x.start < m.end():
            kept.append(p)
        elif last is None and len(doc_text[m.end():x.start]) <= 30 and not re.search(r"[,;.:]| to | that | which ", doc_text[m.end():x.start]):
            kept.append(p)  # "with Vietnam's MoMo", "with Chinese electric vehicle maker Leapmotor"
            last = x
        elif last is not None and x.type == "ORG" and _LISTED_AFTER_WITH.fullmatch(doc_text[last.end:x.start]):
            kept.append(p)
            last = x
        elif last is not None:
            break
    return kept if last is not None else participants


_SIGNED = re.compile(SIGNS_ZH)
_SETS_UP = re.compile(r"(?:联合|共同)(?:成立|设立|组建|共建)")
_LISTED_BEFORE = re.compile(r"(?:\s?[（(][^（）()]{1,30}[）)])?\s?[、和及]\s?")


def joined_partners(m, participants: list[Participant], doc_text: str) -> list[Participant]:
    """"X与Y合作", "X通过与Y深度合作": the partners are the names just before 与 (a bracketed
    alias may follow them) and inside the trigger before its verb of signing, not a speaker earlier
    in the sentence nor a name in what the deal is about ("与Wolfspeed签订…碳化硅晶圆供应协议")."""
    conj = m.start() - 1
    verb = _SIGNED.search(m.group(0)) or _SETS_UP.search(m.group(0))  # (what they set up is no party: "联合成立…实验室")
    inside_end = m.start() + verb.start() if verb else m.end()

    def before(p):
        gap = re.sub(r" ?[（(][^（）()]{1,30}[）)]", "", doc_text[p.mention.end:conj]) if p.mention.end <= conj else "-"
        return len(gap) <= 6 and not re.search(r"[，。；,;：:\-]", gap)
    kept = [p for p in participants if before(p) or m.start() <= p.mention.start < inside_end]
    first = min((p.mention.start for p in kept if p.mention.end <= conj), default=None)
    for p in sorted(participants, key=lambda p: -p.mention.start):  # "A、B与C": a list before 与
        if first is not None and p.mention.end <= first and p not in kept and _LISTED_BEFORE.fullmatch(doc_text[p.mention.end:first]):
            kept.append(p)
            first = p.mention.start
    if not any(p.mention.end <= conj and p.mention.type == "ORG" for p in kept):
        # "科伦博泰1月27日公告，就其…SKB571与默沙东达成独家许可协议": the sentence's subject, if no party stands before 与
        subject = next((p for p in sorted(participants, key=lambda p: -p.mention.start)
                        if p.mention.type == "ORG" and p.mention.end <= conj), None)  # the nearest: not a dateline's paper
        kept = ([subject] if subject else []) + kept
    return kept


# "宾利…，虽然被劳斯莱斯收购", "被腾讯以12亿美元收购": the name after 被 buys
_AGENT_GAP_ZH = re.compile(r"(?:以[^，。；,\x01]{1,14}?)?(?:全资|正式)?")


def passive_zh(participants: list[Participant], orgs_before: list[Mention], opening: frozenset,
               doc_text: str, trigger_start: int, trigger_end: int) -> list[Participant]:
    """A Chinese passive acquisition ("X被Y收购"): Y, the name after 被, is the acquirer, and X the target: the name
    after 的 ("已被新思科技收购的Ansys"), else the name 被 follows in its clause, or, where the clause names none (it
    leaves out its subject, the sentence's topic: "宾利始创于1919年，…，后被大众集团收购"), the organization the
    sentence opens with."""
    if not orgs_before:
        return participants
    agent = orgs_before[-1]
    if doc_text[agent.start - 1:agent.start] != "被" or not _AGENT_GAP_ZH.fullmatch(doc_text, agent.end, trigger_start):
        return participants
    if doc_text[trigger_end:trigger_end + 1] == "的":
        target = next((p.mention for p in participants if p.role == "target"), None)
    else:
        target = next((x for x in reversed(orgs_before[:-1]) if x.text != agent.text), None)
        if target is not None and re.search(r"[，,：:]", doc_text[target.end:agent.start]) and not (
                target.span in opening or all(x.text == target.text for x in orgs_before[:-1])
                and orgs_before[0].span in opening):
            target = None  # another clause's name, not the topic: "A与C合作，后被B收购"
    return [Participant("acquirer", agent)] + ([Participant("target", target)] if target is not None else [])
