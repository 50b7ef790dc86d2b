"""Relations a table states by its layout rather than in a sentence.

Markdown tables split into one segment per cell, so a row such as

    | 厂商     | 核心产品           | 母公司 | 上市地 |
    |----------|--------------------|--------|--------|
    | 阿里云   | 通义千问 (Qianwen) | 阿里巴巴 | 港交所 |

holds no sentence that names a company and its product together: the row does. The first
column whose header names organizations ("公司", "厂商", "品牌", "Company", "Provider") holds
each row's key, an organization named at the start of its cell; the header of another column
says how the names in that column's cell relate to the key:

* products ("产品", "旗舰模型", "代表机型", "Flagship chip") -> the key develops each of them;
* a parent ("母公司", "所属集团", "Parent group") -> the key is its subsidiary (a product
  under a "平台"/"Platform" key is developed by the parent instead);
* founders, chief executives, chairs ("创始人", "CEO", "董事长") -> founderOf / ceoOf / chairOf;
* where it is listed ("上市地", "交易所/板块", "Listing venue") -> listedOn an exchange;
* its investors ("投资方", "股东", "Investors") -> investsIn the key;
* a target under an acquirer key ("收购方" … "标的") -> acquires.

The row is the evidence. Tables of other shapes (comparisons by "维度", policies by region)
have no key column and state nothing here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Evidence, Mention, Relation, Segment
from ..segment import is_han, script_of
from .products import NOT_MAKERS
from .templates import SIGNATURES, typed
from .zh_names import common_compound, common_word

_ROW = re.compile(r"(?m)^[ \t]*\|(.+)\|[ \t]*$")
_RULE_ROW = re.compile(r"^[\s|:\-]+$")  # |---|:---:|
_MARKUP = "*_`“”\"「」《》 \t"
# Header of the key column: the organizations the rows are about
_KEY_HEADER = re.compile(r"(?i)^(?:[\w/]{0,4}(?:公司|厂商|企业|药企|品牌|子品牌|平台|开发商|研发方|玩家|收购方|运营商)(?:名称)?|"
                         r"(?:company|companies|vendor|maker|developer|lab|firm|provider|brand|platform|acquirer)s?)$")
_PLATFORM_KEY = re.compile(r"(?i)平台|platform")
_PART_HEADER = re.compile(r"(?i)芯片|处理器|\bchips?\b|\bSoC\b|processor")
# A platform's parent: "母公司"/"Parent company" owns a unit (subsidiaryOf), "所属公司"/"运营方" runs a product
_OWNER_HEADER = re.compile(r"(?i)母公司|所属集团|parent")
# Header of a column that relates to the key: (regex, predicate, the key is the subject)
_COLUMNS = (
    (re.compile(r"(?i)^(?:母公司|所属集团|所属公司|集团|parent(?: group| company)?|owner)$"), "subsidiaryOf", True),
    (re.compile(r"(?i)创始人|founders?\b"), "founderOf", False),
    (re.compile(r"(?i)^(?:CEO|首席执行官|chief executive)$"), "ceoOf", False),
    (re.compile(r"(?i)^(?:董事长|chair(?:man|woman)?)$"), "chairOf", False),
    (re.compile(r"(?i)上市地|上市板块|交易所|^板块$|listing venue|^exchange$|listed on"), "listedOn", True),
    (re.compile(r"(?i)投资方|投资者|领投|股东|investors?\b|shareholders|backers"), "investsIn", False),
    (re.compile(r"^(?:标的|收购标的|target)$", re.I), "acquires", True),
    (re.compile(r"(?i)^(?![^|]*(?:领域|场景|方向|定位|收入|营收|份额|指标|性能))(?:[^|]*(?:产品|模型|机型|车型|型号|芯片|应用|助手|药物|药品|"
                r"核心资产|工具|平台)|[^|]*(?:相机|无人机|耳机|手表|手环|手机|平板|笔记本|汽车|机器人|眼镜|戒指)$|[^|]*\b(?:products?|models?|chips?|assistant|app|platform|tools?)\b)"), "develops", True),
)
# Header of a column of dates: "上市日期", "上线时间", "Listing date", "Launched"
_DATE_HEADER = re.compile(r"(?i)日期|时间|日$|年份|date|when|launched|listed")
_ALIAS_TAIL = re.compile(r"\s?[（(][^（）()|]{1,30}[）)]\s?$")


def _cells(text: str, start: int, inner: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell's content (``inner`` starts at ``start``), markup stripped."""
    out, pos = [], start
    for part in inner.split("|"):
        a, b = pos, pos + len(part)
        while a < b and text[a] in _MARKUP:
            a += 1
        while b > a and text[b - 1] in _MARKUP:
            b -= 1
        out.append((a, b))
        pos += len(part) + 1
    return out


def row_cells(text: str, pos: int) -> list[tuple[int, int]]:
    """The cells of the Markdown table row around ``pos`` (markup stripped); [] outside a table row."""
    start = text.rfind("\n", 0, pos) + 1
    row = _ROW.match(text, start)
    if row is None or row.start(1) > pos or pos > row.end(1):
        return []
    return _cells(text, row.start(1), row.group(1))


def row_company(cells: list[tuple[int, int]], pos: int, companies: list[Mention]) -> Mention | None:
    """The company a table row (its ``cells``, from :func:`row_cells`) is about, for a cell that says
    what it did: the last cell before ``pos`` that holds one company and nothing else
    ("| 2025年12月3日 | 快手 | 发布可灵2.6 |")."""
    for a, b in reversed([c for c in cells if c[1] <= pos]):
        found = [c for c in companies if (c.start, c.end) == (a, b)]
        if found:
            return found[0]
    return None


# What opens a table cell that tells what the row's company did: "| 智谱 | 在港交所上市 |", "| 三星 | 宣布与谷歌合作 |"
_CELL_ACT = re.compile(r"[\s*_]*(?:(?:宣布|正式|已经?|成功|完成|在|于|与|和|同|获得?|向|对|并)[\s*_]*)*")


_ACT_VERB = re.compile(r"完成|获得?|宣布|发布|推出|上线|上市|挂牌|登陆|收购|并购|合作|签署|任命|起诉|召回|(?i:\b(?:completed|raised|launched|listed|acquired|signed)\b)")


def tells_act(doc_text: str, start: int, end: int) -> bool:
    """Whether a cell names no one but tells an act by its verb ("完成5亿元融资", not "B轮")."""
    return bool(_ACT_VERB.search(doc_text, start, end))


def acts_in_cell(doc_text: str, start: int, trigger: int, names: list) -> bool:
    """Whether a cell opening at ``start`` tells an act of its row's company: its text before the trigger and its
    first name (an exchange left out: "在港交所上市") holds no one who acts."""
    end = min([trigger] + [x.start for x in names if x.kind != "exchange"])
    text = doc_text[start:end]
    for x in names:
        if x.kind == "exchange" and start <= x.start and x.end <= end:
            text = text.replace(x.text, "", 1)
    return bool(_CELL_ACT.fullmatch(text))


def _tables(text: str):
    """Each Markdown table as (header cells, [row match, ...]): consecutive rows, the first one
    the header, the rule row after it skipped."""
    rows = list(_ROW.finditer(text))
    block: list = []
    for row in rows + [None]:
        if row is not None and block and text.count("\n", block[-1].end(), row.start()) <= 1:
            block.append(row)
            continue
        if len(block) >= 3 and _RULE_ROW.match(block[1].group(1)):
            yield _cells(text, block[0].start(1), block[0].group(1)), block[2:]
        block = [row] if row is not None else []


def _column_roles(names: list[str]) -> tuple[int, list[tuple[int, str, bool]]]:
    """The key column and the (column, predicate, key is subject) of the others; key -1: none.
    A chip or processor column after a product column names a part, not another product."""
    keys = [k for k, n in enumerate(names) if _KEY_HEADER.match(n.strip())]
    # a company column is the key before a platform column, which then lists products ("| 平台 | 厂商 |")
    key = next((k for k in keys if not _PLATFORM_KEY.search(names[k])), keys[0] if keys else -1)
    roles = []
    for k, name in enumerate(names):
        if k == key or key < 0:
            continue
        for rx, predicate, key_first in _COLUMNS:
            if rx.search(name.strip()):
                if predicate == "develops" and _PART_HEADER.search(name) and any(p == "develops" for _, p, _ in roles):
                    break
                roles.append((k, predicate, key_first))
                break
    return key, roles


def _key_mention(doc_text: str, cell: tuple[int, int], mentions: list[Mention]) -> Mention | None:
    """The name a key cell holds: a mention at its start that fills it, but for an alias in brackets."""
    a, b = cell
    for m in mentions:
        if m.start == a and m.end <= b and (m.end == b or _ALIAS_TAIL.fullmatch(doc_text, m.end, b)):
            return m
    return None


@dataclass(frozen=True)
class Row:
    """A table row with a key: its span, the key's name, the names of each related column
    (predicate -> names) and the cells of its date columns ((header, (start, end)), ...)."""
    start: int
    end: int
    key: Mention
    platform_key: bool
    named: dict
    date_cells: tuple


def table_rows(doc_text: str, mentions: list[Mention]) -> list[Row]:
    """The rows of the tables with a key column (see the module docstring)."""
    out = []
    for header, rows in _tables(doc_text):
        names = [doc_text[a:b] for a, b in header]
        key_col, columns = _column_roles(names)
        if not columns:
            continue
        platform_key = bool(_PLATFORM_KEY.search(names[key_col]))
        dated = [k for k, n in enumerate(names) if _DATE_HEADER.search(n)]
        for row in rows:
            cells = _cells(doc_text, row.start(1), row.group(1))
            if key_col >= len(cells):
                continue
            inside = [m for m in mentions if row.start() <= m.start and m.end <= row.end()]
            key = _key_mention(doc_text, cells[key_col], inside)
            if key is None:
                continue
            named: dict = {}
            for k, predicate, key_first in columns:
                if k >= len(cells):
                    continue
                a, b = cells[k]
                # the names of the cell, not an alias or a note in brackets ("Ceconomy (owned by JD.com)");
                # a parent, a chief executive or a chair is one
                found = [m for m in inside if a <= m.start and m.end <= b and not _in_brackets(doc_text, a, m.start)]
                named.setdefault((predicate, key_first), []).extend(found[:1] if predicate in _ONE else found)
            out.append(Row(row.start(), row.end(), key, platform_key, named,
                           tuple((names[k], cells[k]) for k in dated if k < len(cells))))
    return out


_PHRASE_END = re.compile(r"[\u4e00-\u9fff](?:合作|业务|服务|项目|计划|方案)$")  # "AI药物发现平台合作"
_CELL_SPLIT = re.compile(r"\s*(?:[,，、/；;+＋]|\band\b|(?<=\w\w)(?:和|及)(?=\w\w))\s*")  # not 诺和盈, 诺和诺德
_NOT_NAME = re.compile(r"^(?:[—\-–~·.…/]+|无|暂无|自研|自有|开源|第三方|未公开|未披露|不公开|待定|未知|不详|其他|其它|合计|总计|n/?a|none|unlisted|others?|total|[\d.,%\s]+|"
                       r".*(?:\d{4}年|\d\s?(?:亿|万|元)|[$¥€£]\s?\d).*)$", re.I)
_GENERIC_TAIL = re.compile(r"(?:\s(?:[a-z][a-z-]*\s?){1,2})$")  # "Qingyan assistant": the name before a common noun


_CELL_TYPES = {"develops": "PRODUCT", "acquires": "ORG", "subsidiaryOf": "ORG"}


def table_cell_mentions(doc_id: str, doc_text: str) -> list[Mention]:
    """The names the columns of a keyed table hold: its products ("| 寒武纪 | 思元590 |" under "公司 | 代表产品"),
    each part of a list ("GLM-4.7, ChatGLM, Qingyan (清言) assistant"), an alias in brackets left out;
    the organizations of its key, target and parent columns ("| 新思科技 | Ansys |" under "收购方 | 标的")."""
    out = []
    for header, rows in _tables(doc_text):
        names = [doc_text[a:b] for a, b in header]
        key_col, columns = _column_roles(names)
        typed = {k: _CELL_TYPES[predicate] for k, predicate, _ in columns if predicate in _CELL_TYPES and k != key_col}
        if columns:  # the key: an organization, or a product where a platform has a parent company column
            platform = bool(_PLATFORM_KEY.search(names[key_col]))
            has_parent = any(predicate == "subsidiaryOf" for _, predicate, _ in columns)
            owned = any(_OWNER_HEADER.search(names[k]) for k, predicate, _ in columns if predicate == "subsidiaryOf")
            key_type = (("ORG" if owned else "PRODUCT") if has_parent else None) if platform else "ORG"
            if key_type:
                typed[key_col] = key_type
        for row in rows:
            cells = _cells(doc_text, row.start(1), row.group(1))
            for k, type_ in typed.items():
                if k >= len(cells):
                    continue
                a, b = cells[k]
                pos = a
                parts = [doc_text[a:b]] if k == key_col else _CELL_SPLIT.split(doc_text[a:b])
                for part in parts:
                    start = doc_text.index(part, pos) if part else pos
                    pos = start + len(part)
                    name = re.sub(r"\s?[（(][^（）()]*[）)]|等.*$", "", part).strip(_MARKUP)  # "HRS-9821等12个项目"
                    name = _GENERIC_TAIL.sub("", name) if name[:1].isupper() else name
                    if not name or len(name) > 30 or _NOT_NAME.match(name) or name not in part or _PHRASE_END.search(name) or (
                            all(is_han(ch) for ch in name) and (common_word(name) or common_compound(name, 3 if type_ == "PRODUCT" else 2))):
                        continue  # "大数据处理", "人工智能": what a column describes, no name
                    at = doc_text.index(name, start)
                    out.append(Mention(doc_id, at, at + len(name), name, type_, script_of(name), "rule", "table"))
    return out


def table_relations(doc_text: str, mentions: list[Mention]) -> list[Relation]:
    """Relations from the rows of a table with a key column (see the module docstring)."""
    out = []
    for row in table_rows(doc_text, mentions):
        for (predicate, key_first), others in row.named.items():
            for other in others:
                rel = _relation(doc_text, row, row.key, other, predicate, key_first, row.platform_key)
                if rel is not None:
                    out.append(rel)
    return out


_ONE = {"subsidiaryOf", "ceoOf", "chairOf", "acquires"}


def _in_brackets(text: str, a: int, pos: int) -> bool:
    opened = sum(text.count(c, a, pos) for c in "（(")
    return opened > sum(text.count(c, a, pos) for c in "）)")


def _relation(doc_text, row, key, other, predicate, key_first, platform_key) -> Relation | None:
    if predicate == "subsidiaryOf" and key.type == "PRODUCT" and platform_key:
        predicate, key_first = "develops", False  # "| 腾讯元器 | 腾讯 |" under "平台 | 所属公司"
    subj, obj = (key, other) if key_first else (other, key)
    s_type, o_type = SIGNATURES[predicate]
    if not typed(subj, s_type, predicate, "s") or not typed(obj, o_type, predicate, "o") or subj.text == obj.text:
        return None
    if predicate == "develops" and subj.kind in NOT_MAKERS:
        return None  # a research institute's row
    a, b = min(subj.start, obj.start), max(subj.end, obj.end)
    seg = Segment(key.doc_id, row.start, row.end, script_of(doc_text[a:b]))
    ev = Evidence.in_segment(doc_text, seg, a, b, f"table.{predicate}", 0.6)
    return Relation(subj, predicate, obj, ev)
