"""Mentions + sentences -> typed relations, each with its evidence.

Two extractors, both bilingual in what they cover:

* ``pattern``: typed-slot patterns (:mod:`kg.extract.templates`) for the
  common wordings of each predicate, in both directions, in Chinese and
  English ("X's CEO Y", "Y, chief executive of X", "X董事长Y", "Y担任X董事长").
* ``dep`` (English): subject-verb-object over the dependency parse for verbs
  such as acquire, found, launch and invest.

A relation needs a subject and an object of the right types; hedged or
negated sentences ("was rumoured to", "否认") yield nothing.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Evidence, Mention, ParsedSegment, Relation
from .anaphora import anaphors, filer, resolve
from .en_names import CORPORATE_WORD
from .former_posts import ENDED_POSTS, former
from .hedges import hedged, undone
from .tables import table_relations
from .patterns_en import FOUNDER_ASIDE_EN, FOUNDERS_JOIN_EN, KIND_WORD_EN, PATTERNS_EN, SUBJECT_PATTERNS_EN
from .patterns_en_deals import DEAL_PATTERNS_EN
from .patterns_zh import FOUNDERS_JOIN_ZH, PATTERNS_ZH, QUALITY_ZH
from .patterns_zh_deals import DEAL_PATTERNS_ZH
from .zh_orgs import STOCK_CODE
from .templates import (OWN_DEAL_AFTER_ZH, PARENT_AFTER_ZH, SIGNATURES, compile_pattern, doc_span, list_before, list_members, slot_end,
                        templatize, typed)

# (pattern id, regex with {TYPE:s}/{TYPE:o} slots, predicate, confidence)
PATTERNS = PATTERNS_ZH + DEAL_PATTERNS_ZH + PATTERNS_EN + DEAL_PATTERNS_EN + SUBJECT_PATTERNS_EN
COMPILED = [(pid, compile_pattern(rx), pred, conf) for pid, rx, pred, conf in PATTERNS]

SYMMETRIC = {"partnerOf", "competesWith"}
LISTABLE = {"develops", "investsIn", "partnerOf", "competesWith"}
# ... and an officer of the organizations listed after "of": "Sundar Pichai, CEO of Google and Alphabet"
OFFICER_OF_LIST = {"en.ceo.2", "en.chair.2"}
# Patterns of a list whose members are all parties: "阿里、腾讯、字节三足鼎立"
GROUPS = {"zh.compete.14", "zh.partner.group"}
AGAINST_ONE = {"en.compete.1", "zh.partner.list"}  # a list of subjects, each against (or supplying) the object
# ... and of a list that is where competition comes from: "面临来自A和B的竞争" (each is a rival)
SOURCES = {"zh.compete.15"}
# ... and of what a signed deal makes one party do for the other: "AMD will supply OpenAI with chips in
# a deal worth …" (its future is the deal's terms, not a plan)
# ... and of an officer or a unit named in a sentence about their company: its hedges are not the post's
# ("UniCredit has no plans to raise its offer …, Chief Executive Andrea Orcel said", "Alibaba scrapped plans
# to list its logistics arm Cainiao")
SUBJECT_FACTS = {"en.ceo.subject", "en.chair.subject", "en.works.subject", "en.sub.its"}
# ... and of a name's apposition, what the rest of its clause says of the name, not of the relation: "智谱的主要竞争对手
# MiniMax也将于1月9日上市"
APPOSED = {"zh.compete.2"}
DEAL_TERMS = {"en.partner.16", "en.partner.17", "en.partner.two", "zh.partner.supply"}
# Brand-and-name patterns: "Google Gemini 3、华为盘古" lists other brands' products, not Google's.
ADJACENT = {"zh.dev.3", "zh.dev.4", "zh.dev.7", "en.dev.3", "en.dev.4", "en.dev.5"}
# A name in brackets may be a gloss ("SKILL（技能插件）", "国际光网络（ION-2030）"), and a name
# before a code may be a product itself ("DeepEncoder V2"): these patterns need a known company
# (lexicon or legal suffix) on the organization side; so does a company's company ("Alphabet's Google", not
# "ServiceNow's AI Control Tower", "Renault Group's Board of Directors").
KNOWN_MAKER = ADJACENT | {"en.sub.10"}
# Patterns of public bodies acting together, and what names one ("财政部", "国家航天局", "海关总署", a lexicon government body)
PUBLIC_BODIES = {"zh.partner.gov", "zh.partner.gov2"}
_PUBLIC_BODY = re.compile(r"(?:部|委|委员会|局|总局|署|办公室|法院|检察院|政府|科学院)$")
# Roles whose person slot can be a list after the title: "北京商报记者 陶凤 王天逸".
ROLES = {"ceoOf", "chairOf", "founderOf", "worksFor"}

DEP_VERBS = {"acquire": "acquires", "buy": "acquires", "found": "founderOf",
             "launch": "develops", "release": "develops", "unveil": "develops",
             "develop": "develops", "invest": "investsIn"}


# What joins the names of a list: "A、B和C", "A, B and C"
LIST_JOINERS = ", and |, | and |、|和|及|与"
UNIT_JOINERS = ", and |, | and |、|和|及"
# The objects listed after a pattern's object: "对百度文心一言、月之暗面（Kimi）的全面反超" (an
# organization's product or alias before the next name), "英伟达更先进的Blackwell系列（如B200）及下一代
# Rubin芯片" (a product's series or kind, examples in brackets, the next one's generation).
OBJECT_JOINERS = (rf"(?:、|以及|和|及|与|,|，|,? and with |, and |,? and |, | & |\s?[（(](?:如|例如|包括|含))"
                  rf"(?:{QUALITY_ZH}|(?:the )?(?:new|latest|next-generation) |"
                  r"[\u4e00-\u9fffA-Z]{1,6}?(?:应用|产品|平台|模型|芯片|助手)|"  # "和AI陪伴应用Talkie"
                  r"[\u4e00-\u9fffA-Za-z]{0,10}?「|"  # "、魔芋素毛肚「芋见」和冻干水果零食「鲜果冻冻」"
                  r"(?:日本|韩国|美国|德国|法国|英国|荷兰|瑞士|瑞典|芬兰|意大利|以色列|新加坡|印度|台湾|中国台湾|香港|中国香港)|"  # "以及日本信越化学"
                  rf"(?:[a-z][\w-]* ){{0,3}}?{KIND_WORD_EN} )?")  # "its heart failure drug Entresto and psoriasis treatment Cosentyx"
# A name's alias or note in brackets before the next name of a list: "FILA（中国业务）、迪桑特（DESCENTE）"
ALIAS_SKIP = r"(?:\s?[（(][^（）()\x01]{0,20}(?:\x01[A-Z]+:\d+\x02[^（）()\x01]{0,10})?[）)])?"
OBJECT_SKIP = (r"(?<=\x02)」?(?:\x01PRODUCT:\d+\x02|(?:'s|’s) \x01PRODUCT:\d+\x02(?: (?:app|model|chatbot|assistant|platform|chips?))?)?"  # "ByteDance's Doubao, Alibaba's Qwen app and …"
               r"(?:\s?[（(]\x01[A-Z]+:\d+\x02[）)])?"
               rf"(?:{STOCK_CODE.pattern})?"  # "古井贡酒（000596.SZ）、迎驾贡酒"
               r"(?:系列|芯片|架构|大模型|模型|系统)?[）)]?"
               rf"(?: {CORPORATE_WORD}(?![\w-]))?")  # "Gree Electric Appliances and Hisense": a corporate word the lexicon's name leaves out


TITLE_FIRST = {"zh.ceo.1", "zh.chair.1", "zh.founder.1", "zh.works.1"}


def _post_taken_before(t, m: re.Match, o_idx: int) -> bool:
    """"张三担任星河公司董事长，李四出任总经理": the title after a verb of taking a post
    is that clause's, not the name after the comma."""
    token = f"\x01ORG:{o_idx}\x02"
    at = t.text.find(token, m.start())
    between = t.text[at + len(token):m.end()] if at >= 0 else ""
    return bool(re.search(r"[，,]", between)) and bool(re.search(r"(?:任|(?<!作)为|是)$", t.text[:at]))  # 作为X董事长，Y


_RESPECTIVELY = re.compile(r"分别|相继|先后|\brespectively\b")
# a publisher's dateline after a name: "财联社2月5日电，…", "界面新闻1月8日讯"
_DATELINE_AFTER = re.compile(r"(?:\d{1,2}月\d{1,2}日)?(?:电|讯)[，,\s]")
# a later name of a list that starts a clause of its own: "owns 45 per cent of Cathay Pacific, Air China holds 29.99 per cent"
# (in Chinese, OWN_DEAL_AFTER_ZH past the pattern's own verb: "腾讯入股鸣鸣很忙、顺为资本认购石头科技")
_CLAUSE_AFTER = re.compile(r" (?:holds|owns|has|had|controls|said|says|is|was|are|were)\b")
# ... and names listed after a parent's unit who invest together are co-investors: "中国移动旗下的中移资本、腾讯联合参与投资"
_CO_INVEST_AFTER = re.compile(r"等?(?:多家)?(?:机构)?(?:联合|共同|一起)(?:参与)?(?:投资|参投|出资|入股|领投|跟投)")


def _own_clause(t, objects: list[int], end: int) -> list[int]:
    """The listed objects up to the first that is the subject of a clause of its own (``end``: the match's end)."""
    for n, oi in enumerate(objects[1:], 1):
        if _CLAUSE_AFTER.match(t.text, slot_end(t, oi)) or (slot_end(t, oi) > end and OWN_DEAL_AFTER_ZH.match(t.text, slot_end(t, oi))):
            return objects[:n]
    return objects


_UNIT_AFTER = re.compile(rf"(?:{PARENT_AFTER_ZH})[^\x01。；，,]{{0,8}}?\x01(?:ORG|PRODUCT):(\d+)\x02")


def _unit_named_after(t, index: int) -> int:
    """The unit a deal names after its parent ("入股育碧新成立的子公司Vantage Studios",
    "收购X旗下的Y"), or the slot itself."""
    m = _UNIT_AFTER.match(t.text, slot_end(t, index))
    return int(m.group(1)) if m else index


def pattern_relations(doc_text: str, ps: ParsedSegment, mentions: list[Mention],
                      stand_ins: dict[Mention, Mention] | None = None) -> list[Relation]:
    """The pattern relations of one segment; ``stand_ins`` maps pronoun slots to their antecedents
    (:func:`kg.extract.anaphora.anaphors`)."""
    if stand_ins:  # the patterns that read 其 as a word ("作为其核心产品") still read it so
        return pattern_relations(doc_text, ps, mentions) + _pattern_relations(doc_text, ps, mentions, stand_ins)
    return _pattern_relations(doc_text, ps, mentions, {})


# the partners after "与" listed before a name, the first of them perhaps read in part ("与上汽通用、")
_WITH_LIST = re.compile(r"(?:与|和|同|跟)(?:(?:\x01[A-Z]+:\d+\x02)?[^\x01\x02，,。；;、：:\s]{0,10}、)*$")
_SAME_COMPANY = re.compile(r"\s?(?:集团|集团公司|控股|公司|股份|Group|Holdings?|Inc\.?|Corp\.?)")


def _rest_of(a: str, b: str) -> str:
    """What the longer of two names adds after the shorter, when one begins the other; else "-"."""
    short, long_ = sorted((a, b), key=len)
    return long_[len(short):] if long_.startswith(short) and short != long_ else "-"


def _pattern_relations(doc_text: str, ps: ParsedSegment, mentions: list[Mention],
                       stand_ins: dict[Mention, Mention]) -> list[Relation]:
    seg = ps.segment
    t = templatize(doc_text, seg.start, seg.end, list(mentions) + list(stand_ins))
    if len(t.mentions) < 2:
        return []
    out = []
    for pid, rx, predicate, conf in COMPILED:
        if not pid.startswith(seg.lang + "."):
            continue
        for m in rx.finditer(t.text):
            s_idx, o_idx = int(m.group("s")), int(m.group("o"))
            start, end = doc_span(t, m.start(), m.end())
            if (pid not in SUBJECT_FACTS and hedged(doc_text, start, end, seg, pid not in DEAL_TERMS)) or (
                    pid in TITLE_FIRST and _post_taken_before(t, m, o_idx)) or undone(doc_text, seg, predicate, end, pid not in APPOSED):
                continue
            objects = [o_idx]
            if (predicate in LISTABLE and pid not in ADJACENT) or pid in OFFICER_OF_LIST:
                objects = _own_clause(t, list_members(t, o_idx, OBJECT_JOINERS, OBJECT_SKIP, pid not in SOURCES), m.end())
            if predicate in ("acquires", "investsIn", "competesWith") and seg.lang == "zh":
                # "收购X旗下的Y", "竞争对手是A和X旗下的Y": Y (not a rival named again before its unit:
                # "竞争对手是万辰集团，万辰集团旗下品牌“好想来”…")
                named = [t.mentions[oi].text for oi in objects]
                objects = [oi if predicate == "competesWith" and named[i] in named[:i] else _unit_named_after(t, oi)
                           for i, oi in enumerate(objects)]
            subjects = [s_idx]
            if predicate in ROLES and s_idx > o_idx and seg.lang == "zh":  # "由A和B创立": each founder
                subjects = list_members(t, s_idx, " +|" + FOUNDERS_JOIN_ZH if predicate == "founderOf" else
                                        r" +(?:(?:实习|见习|特约)?(?:记者|编辑) +)?|、")  # "记者 王晗 实习记者 刘一帆"
            elif predicate == "listedOn":  # "小马智行（Pony.ai）和文远知行同日登陆港交所": each of them
                subjects = list_before(t, s_idx, LIST_JOINERS) + list_members(t, s_idx, LIST_JOINERS)
                # ... on each exchange listed: "在纳斯达克、港交所和科创板三地上市"
                objects = [i for i in list_members(t, o_idx, LIST_JOINERS + "|, and the | and the ")  # "on the SZSE and the HKEX"
                           if f"\x01EXCHANGE:{i}\x02" in t.text]
            elif predicate == "founderOf" and (s_idx > o_idx or pid == "en.founder.fronted") and seg.lang == "en":  # "co-founded by A and B": each founder
                subjects = list_members(t, s_idx, FOUNDERS_JOIN_EN, FOUNDER_ASIDE_EN)
            elif pid == "en.works.17":  # a byline of several reporters
                subjects = list_members(t, s_idx, ", and |, | and | & ")
            elif predicate == "investsIn" or pid == "en.acq.private":  # each investor or buyer; a unit, not its parent ("获腾讯、
                # 阿里巴巴投资", "股东包括华为旗下的哈勃投资"); each buyer of a consortium
                subjects = list_members(t, _unit_named_after(t, s_idx) if seg.lang == "zh" else s_idx, LIST_JOINERS, ALIAS_SKIP)
            elif pid in ("en.sub.both", "en.sub.both2"):  # "China CSSC Holdings and China Shipbuilding Industry Co, both units of X"
                subjects = list_before(t, s_idx, UNIT_JOINERS) + [s_idx]
            elif predicate == "subsidiaryOf" and s_idx > o_idx:  # "the parent of Temu and Pinduoduo" (not
                subjects = list_members(t, s_idx, UNIT_JOINERS, ALIAS_SKIP)  # "旗下的阿里云与宝马达成合作")
                if _CO_INVEST_AFTER.match(t.text, slot_end(t, subjects[-1])):
                    subjects = subjects[:1]  # "中国移动旗下的中移资本、腾讯、阿里巴巴联合参与投资": co-investors, no units
            s_type, o_type = SIGNATURES[predicate]
            pairs = [(si, oi) for si in subjects for oi in objects]
            if predicate == "develops" and _RESPECTIVELY.search(t.text, m.start(), m.end()):
                makers = list_before(t, s_idx, LIST_JOINERS + "|，|,") + subjects
                if len(makers) == len(objects) > 1:  # "A、B和C相继发布X、Y和Z": A's X, B's Y, C's Z
                    pairs = list(zip(makers, objects))
            before = list_before(t, s_idx, "、|，|,|, ") if predicate in SYMMETRIC else []
            if predicate in SYMMETRIC and seg.lang == "zh" and _WITH_LIST.search(
                    t.text, 0, t.text.rindex("\x01", 0, slot_end(t, before[0] if before else s_idx))):
                continue  # "X已与A、B和C达成合作": the list is X's partners (X may be a name no one found), not a group
            if pid in AGAINST_ONE and (ahead := list_before(t, s_idx, LIST_JOINERS)):
                pairs = [(x, o) for x in ahead + subjects for o in objects]  # "Pony.ai and WeRide vie with Waymo": each with Waymo
            elif before or pid in GROUPS:  # "华为、赛力斯和宁德时代达成合作": every two of them (not "X's rivals like A and B")
                group = before + subjects + objects
                pairs = [(x, y) for i, x in enumerate(group) for y in group[i + 1:]]
            for si, oi in pairs:
                subj, obj = t.mentions[si], t.mentions[oi]
                if not typed(subj, s_type, predicate, "s") or (pid in KNOWN_MAKER and subj.kind != "company") or (
                        pid in PUBLIC_BODIES and not (_PUBLIC_BODY.search(subj.text) and _PUBLIC_BODY.search(obj.text))):
                    continue
                if predicate != "worksFor" and any(x.lang == "zh" and _DATELINE_AFTER.match(doc_text, x.end) for x in (subj, obj)):
                    continue  # the publisher of the report, no party to what it tells
                if obj is subj or obj.text == subj.text or not typed(obj, o_type, predicate, "o"):
                    continue
                a, b = min(start, subj.start, obj.start), max(end, subj.end, obj.end)
                subj, obj = resolve(subj, stand_ins), resolve(obj, stand_ins)
                if obj.text == subj.text or _SAME_COMPANY.fullmatch(_rest_of(subj.text, obj.text)):
                    continue  # "礼来…其竞争对手礼来"; "美的" and "美的集团" are one company
                out.append(Relation(subj, predicate, obj,
                                    Evidence.in_segment(doc_text, seg, a, b, f"pattern.{pid}", conf)))
    return out


def _naming_antecedent(rel: Relation, doc_text: str, prev) -> Relation:
    """``rel`` with its evidence from the start of the sentence before (``prev``) where a pronoun's
    antecedent is named there ("Zhipu AI raised funds. The company open-sourced GLM-130B."): the
    evidence names both."""
    ev = rel.evidence
    if prev is None or min(rel.subject.start, rel.object.start) >= ev.sent_start:
        return rel
    sentences = replace(prev, end=ev.sent_end)
    return replace(rel, evidence=Evidence.in_segment(doc_text, sentences, ev.start, ev.end, ev.extractor, ev.confidence))


def _covering(tokens, idx, mentions):
    tok = tokens[idx]
    for m in mentions:
        if m.start <= tok.start and tok.end <= m.end:
            return m
    return None


def dep_relations(doc_text: str, ps: ParsedSegment, mentions: list[Mention]) -> list[Relation]:
    """English subject-verb-object relations from the dependency parse."""
    if ps.segment.lang != "en" or not ps.tokens:
        return []
    toks = ps.tokens
    local = [m for m in mentions if ps.segment.start <= m.start and m.end <= ps.segment.end]
    out = []
    for i, verb in enumerate(toks):
        predicate = DEP_VERBS.get(verb.lemma.lower())
        if predicate is None or not verb.pos == "VERB":
            continue
        subj = obj = None
        for j, tok in enumerate(toks):
            if tok.head != i or j == i:
                continue
            if tok.dep == "nsubj":
                subj = _covering(toks, j, local)
            elif tok.dep == "dobj":
                obj = _covering(toks, j, local)
            elif tok.dep == "prep" and tok.text == "in" and predicate == "investsIn":
                for k, t2 in enumerate(toks):
                    if t2.head == j and t2.dep == "pobj":
                        obj = _covering(toks, k, local)
        if not subj or not obj or subj is obj:
            continue
        s_type, o_type = SIGNATURES[predicate]
        if not (typed(subj, s_type, predicate, "s") and typed(obj, o_type, predicate, "o")):
            continue
        start, end = min(subj.start, obj.start), max(subj.end, obj.end)
        if hedged(doc_text, start, end, ps.segment) or any(t.dep == "neg" and t.head == i for t in toks):
            continue
        out.append(Relation(subj, predicate, obj,
                            Evidence.in_segment(doc_text, ps.segment, start, end, f"dep.{verb.lemma.lower()}", 0.75)))
    return out


# After a brand, a product name goes on with a hyphen, a space or a digit:
# "DeepSeek-V4", "Apple Watch", "Qwen3" (not "Metaverse" after "Meta").
_BRAND_GAP = re.compile(r"[-\s\d]")


def brand_relations(doc_text: str, parsed: list[ParsedSegment],
                    mentions: list[Mention]) -> list[Relation]:
    """``brand develops "brand + model code"`` ("小米17" is made by 小米, "DeepSeek-V4" by
    DeepSeek, "Apple Watch" by Apple) when the brand is an organization named elsewhere in the
    document; the evidence is the product's sentence."""
    orgs = [m for m in mentions if m.type == "ORG" and m.kind != "exchange"]
    out = []
    for prod in mentions:
        if prod.type != "PRODUCT" or prod.source in ("ner", "lac"):
            continue  # a name the model called a product may be anything ("UCSF Edward" Chang)
        brands = [o for o in orgs if prod.text.startswith(o.text) and len(o.text) < len(prod.text) and (
            prod.kind == "model" or _BRAND_GAP.match(prod.text, len(o.text)))]
        if not brands:
            continue
        # the longest brand name, and of its mentions the nearest one before the product
        best = max(len(o.text) for o in brands)
        brands = [o for o in brands if len(o.text) == best]
        subj = min(brands, key=lambda o: (o.start > prod.start, abs(prod.start - o.start)))
        seg = next((ps.segment for ps in parsed
                    if ps.segment.start <= prod.start and prod.end <= ps.segment.end), None)
        # "极可能是DeepSeek-V4", "DeepSeek-V4将于2月发布": no fact yet
        if seg is not None and not hedged(doc_text, prod.start, prod.end + 8, seg):
            out.append(Relation(subj, "develops", prod, Evidence.in_segment(
                doc_text, seg, prod.start, prod.end, "pattern.zh.dev.brand", 0.7)))
    return out


_HIRE_PATTERNS = {"pattern.en.works.8", "pattern.en.works.22"}  # (and "X, Y's chief strategy officer, was named CEO")
def extract_relations(doc_text: str, parsed: list[ParsedSegment],
                      mentions: list[Mention]) -> list[Relation]:
    """All relations of a document, one per (subject, predicate, object, sentence)."""
    found = []
    filed_by = filer(doc_text, mentions)  # a filing's 公司
    for i, ps in enumerate(parsed):
        prev = parsed[i - 1].segment if i else None
        stand_ins = anaphors(doc_text, ps.segment, prev, mentions, filed_by)
        found += [_naming_antecedent(rel, doc_text, prev) for rel in pattern_relations(doc_text, ps, mentions, stand_ins)]
        found += dep_relations(doc_text, ps, mentions)
    found += brand_relations(doc_text, parsed, mentions) + table_relations(doc_text, mentions)
    seen, out = set(), []
    for rel in found:
        key = (rel.subject.span, rel.predicate, rel.object.span)
        if rel.predicate in SYMMETRIC:
            key = (min(rel.subject.span, rel.object.span), rel.predicate, max(rel.subject.span, rel.object.span))
        if key not in seen:
            seen.add(key)
            out.append(rel)
    # a hire names no post of its own: "Intel named Lip-Bu Tan as its new chief executive" is
    # ceoOf only ("董事长兼总裁" states two posts and keeps both)
    out = [r for r in out if not (r.predicate in ENDED_POSTS and former(r, doc_text, mentions))]
    specific = [r for r in out if r.predicate in ("ceoOf", "chairOf", "founderOf")]
    return [r for r in out if not (r.evidence.extractor in _HIRE_PATTERNS and any(
        s.subject.span == r.subject.span and s.object.span == r.object.span
        and s.evidence.start < r.evidence.end and r.evidence.start < s.evidence.end for s in specific))]
