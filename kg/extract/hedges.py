"""Statements that are no facts: hedged, rumoured, planned, denied, or taken back after them.

The relation patterns (:mod:`kg.extract.relations`), the relation model
(:mod:`kg.extract.relation_model`) and the event triggers read them the same way.
"""
from __future__ import annotations

import re

# A deal called off: "宣布终止筹划…合并" (event_context.FUTURE reads these further back from a trigger)
CALLED_OFF_ZH = "终止|中止|叫停|放弃|取消"
HEDGES = re.compile(
    r"(?i)\b(?:rumou?red|reportedly|allegedly|(?-i:may)|might|could|would|plans? to|planning to|"  # (not the month May)
    r"considering|in talks|expected to|denied|denies|deny|not|never|no longer|if|whether|called off|"
    r"calls off|calling off|scrapped|scraps|abandoned|abandons|terminated|terminates)\b|"
    r"传闻|据传|传言|谣言|或将|或许|拟|计划|有望|可能|否认|辟谣|不会|并未|未曾|没有|尚未|不是|不急于|暂无|无意|(?<![\u4e00-\u9fff])若|若(?=想|要|是|能|有|再|不|无|在|将|按|以|与|和|仍|继续|真|得|获|被)|倘若|假若|如果|是否|"
    r"有意|意欲|打算|寻求|考虑|洽谈|商谈|磋商|谈判中|(?:业内人士|分析人士|业内|市场人士)(?:普遍)?认为|" + CALLED_OFF_ZH)

# Plans are no facts yet: "X将与Y合作", "X将于3月登陆港交所", "Acme will acquire Beta"
FUTURE_REL = re.compile(r"(?i)\bwill\b|\bis set to\b|\bare set to\b|即将|将(?:与|和|同|于|在|会|要|推出|发布|上线|开源|"
                        r"联合|携手|收购|投资|领投|登陆|成为|出任|担任|接任|加入|加盟)")
# ... and after a launch, a rivalry or a partnership in its clause: "DeepSeek V4预计将在春节前后发布",
# "网易与腾讯在射击品类的较量明年极有可能进一步白热化"
# A fact told as a rumour after it: "针对“高瓴资本入股华大基因”的传闻", "京东物流与中通快递的合并传闻"
RUMOUR_AFTER = re.compile(r"[^，。；,;]{0,12}?(?:传闻|传言|谣言|失实|不实)|"  # ... or in the next clause: "X收购Y，坊间早有传言"
                          r"[^，。；,;]{0,20}?[，,]\s?(?:坊间|市场上?|业内|圈内)(?:早有|一直有|也有|曾有|早已有|盛传|流传)(?:传闻|传言|消息)?")
HEDGED_AFTER = re.compile(r"[^，。；,;：:]{0,24}?(?:预计|或将|有望|极有可能|可能会|计划|即将|将于|将在)")


_TO_ACQUIRE_AFTER = re.compile(r"(?i)[^。；;.]{0,12}?(?:拟|将|以)[^。；;.]{0,20}?(?:收购|并购|合并|受让)|"
                               r"[^.;]{0,12}?\bto (?:acquire|buy|merge with|take over)\b")
ENDED_AFTER = re.compile(r"(?i)[^。；;.]{0,30}?(?:宣告结束|已经?(?:实质性|实际上?|正式|全面)?结束|宣告终止|已经?(?:实质性|实际上?|正式|全面)?终止|已于[^，。；,;]{1,10}?(?:终止|结束)|告吹|被叫停|"
                          r"\b(?:was|were|has been|had been) (?:called off|terminated|ended|scrapped))")


DELISTED = re.compile(r"(?i)退市|摘牌|\bdelisted\b|\bdelisting\b")


def hedged(doc_text: str, a: int, b: int, seg=None, future: bool = True) -> bool:
    """A hedge or, unless ``future`` is false, a future in [a - 15, b), within the sentence ``seg``
    when given."""
    lo, hi = (max(seg.start, a - 15), min(seg.end, b)) if seg is not None else (max(0, a - 15), b)
    lo = max(lo, doc_text.rfind("：", lo, a) + 1)  # "挑战者并未停步：阿里巴巴旗下的高德…": a colon opens a statement of its own
    quote = max(doc_text.rfind('"', lo, a), doc_text.rfind("”", lo, a))
    if quote >= 0 and doc_text[quote - 1:quote] in (",", "，", ".", "。"):
        lo = quote + 1  # ""… our fleet plan to 2035," Vietnam Airlines Chief Executive …": the quote is another clause
    return bool(HEDGES.search(doc_text, lo, hi) or (future and FUTURE_REL.search(doc_text, lo, hi)))


def undone(doc_text: str, seg, predicate: str, end: int, hedge_after: bool = True) -> bool:
    """What follows a statement ending at ``end`` takes it back: a deal that ended, a listing
    that ended in delisting, an agreement to buy (no partnership), a rumour or (unless ``hedge_after``
    is false: a name's apposition, whose clause goes on about the name) a hedge."""
    if predicate in ("partnerOf", "acquires", "investsIn") and ENDED_AFTER.match(doc_text, end, seg.end):
        return True  # "OPPO与光驰科技在2023年签署的合作协议已于2025年底宣告结束"
    if predicate == "listedOn" and DELISTED.search(doc_text, end, seg.end):
        return True  # "曾于2019年5月在纳斯达克上市，…2020年因财务造假被勒令退市": a listing that ended
    if predicate == "partnerOf" and _TO_ACQUIRE_AFTER.match(doc_text, end, seg.end):
        return True  # "奈飞宣布与华纳兄弟探索达成最终协议，拟以…收购…": an agreement to buy, no partnership
    if seg.lang == "zh" and RUMOUR_AFTER.match(doc_text, end, seg.end):
        return True
    return hedge_after and predicate in ("develops", "competesWith", "partnerOf") and seg.lang == "zh" and bool(
        HEDGED_AFTER.match(doc_text, end, seg.end))
