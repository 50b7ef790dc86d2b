"""Posts that have ended: a relation of a person to an organization a sentence states as past ("former Baidu
president Zhang Yaqin", "前微软副总裁", "Y曾任X总裁", whom a successor replaces) or that the person leaves in the
same sentence ("…已于上月离职") is no current fact. Used by :mod:`kg.extract.relations` and the relation model.
"""
from __future__ import annotations

import re

from ..records import Mention, Relation

# A post that has ended is no current relation: "former Baidu president Zhang Yaqin", "X, a former
# Microsoft executive", "前微软AI副总裁Y", "Y曾任X总裁" (a founder stays one)
_FORMER_EN = re.compile(r"(?i)\b(?:former|ex-|erstwhile|one-time|onetime|previously|formerly)(?=[\s-])")
_FORMER_ZH = re.compile(r"(?<![目此之提当以事眼])前任|原任|曾任|曾担任|曾是|(?:此前|之前|早前|此前曾|之前曾)(?:担任|任|在)|离任|卸任|(?<![目此之提当以事眼])[前原](?![因则本来先])(?=[^，。；、\s]{0,4}?"
                        r"(?:董事|总裁|首席|C[A-Z]O|总经理|主席|副总|高管|员工|研究员|负责人|合伙人|工程师|科学家|总监|主管|"
                        r"[厅局部院校行处司社会]长|主任))")
_FORMER_BEFORE_ZH = re.compile(r"(?<![目此之提当以事])[前原]$")
_FORMER_RIGHT_BEFORE_ZH = re.compile(rf"(?:{_FORMER_ZH.pattern})$")
ENDED_POSTS = {"ceoOf", "chairOf", "worksFor"}


# ... and so is one the person leaves in the same sentence: "Chen Hao, who ran Zhipu's operations as
# chief operating officer, stepped down", "灵犀智行首席产品官张一帆已于上月离职", "董事长王立已于今年1月离任"
_LEFT_AFTER = re.compile(r"(?i)^(?:[^。；;.\x01]|\.\d){0,90}?(?:\b(?:stepped down|steps down|resigned|resigns|quit|quits|"
                         r"was fired|was ousted|left (?:the company|in|on|last|earlier|to)\b)|辞去|辞任|辞职|离职|离任|卸任|请辞|离开|下台)")


# ... but not one the person tells of: "洛图科技研究总监许晴说，用户并没有离开墨水屏"
_SAID_AFTER = re.compile(r"(?i)(?:说|表示|认为|指出|称|介绍|透露|坦言|强调|写道|直言)[，,：:“\"]|\b(?:said|says|told|wrote)\b")
_DENIED = re.compile(r"(?i)\b(?:denied|denies|rumou?rs?|rumou?red|reportedly)\b|否认|辟谣|网传|传闻|据传")
_NOW_CHAIR_AFTER = re.compile(r"(?i)[^.;\x01]{0,60}?\band (?:has |had )?(?:become|became|becomes|is now|remains|remained|will remain|"
                              r"stays on as|stayed on as)\b[^.;\x01]{0,30}?\bchair")


def _left(rel: Relation, doc_text: str, mentions: list[Mention]) -> bool:
    person = rel.subject
    stop = min((m.start for m in mentions if m.type == "PERSON" and m.start >= person.end), default=rel.evidence.sent_end)
    said = _SAID_AFTER.search(doc_text, person.end, min(stop, rel.evidence.sent_end))
    left = _LEFT_AFTER.match(doc_text[person.end:said.start() if said else min(stop, rel.evidence.sent_end)])
    if left and rel.object.start >= person.end + left.end() and re.search(
            r"(?i)\bjoin|加入|加盟", doc_text[person.end + left.end():rel.object.start]):
        return False  # "left in January to join Huawei Cloud": the post is at the organization joined
    if left and rel.predicate == "chairOf" and _NOW_CHAIR_AFTER.match(doc_text, person.end + left.end(), rel.evidence.sent_end):
        return False  # "stepped down as chief executive and become executive chair": the post that stays
    # ... not where the departure is denied or rumoured ("denied rumours that X had resigned")
    return bool(left) and not _DENIED.search(doc_text, rel.evidence.sent_start, person.end + left.end())


def former(rel: Relation, doc_text: str, mentions: list[Mention]) -> bool:
    """A post ``rel`` states that has ended ("former Baidu president", "前微软副总裁", "曾任")."""
    if _left(rel, doc_text, mentions):
        return True
    a, b = sorted((rel.subject, rel.object), key=lambda m: m.start)
    gap = doc_text[a.end:b.start]
    before = doc_text[max(0, a.start - 16):a.start]
    # the last "former" between the two names, unless it is another name's ("OpenAI hired former
    # Meta executive Fidji Simo": Meta's post ended, not the one at OpenAI)
    last = max((m.end() for rx in (_FORMER_EN, _FORMER_ZH) for m in rx.finditer(gap)), default=None)
    if last is not None and not any(a.end + last <= m.start and m.end <= b.start for m in mentions):
        return True
    if re.search(r"(?i)\b(?:former|ex-)\s?$", before) or _FORMER_BEFORE_ZH.search(before) or (  # (and whom one succeeds:
            a is rel.subject and re.search(r"(?:接替|接棒|取代)[^，。；,;\s\x01]{0,8}$", before)):  # "A接替B出任X首席执行官")
        return True
    # "前OpenAI研究员姚顺雨": 前 right before the organization when the person comes after it, or
    # 曾任 ("曾任Runway研究总监的陈澈", "之前担任中超公司监事的马明宇")
    if rel.object.start < rel.subject.start and _FORMER_RIGHT_BEFORE_ZH.search(doc_text[max(0, rel.object.start - 6):rel.object.start]):
        return True
    return bool(_FORMER_BEFORE_ZH.search(doc_text[max(0, rel.object.start - 2):rel.object.start]))
