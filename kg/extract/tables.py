"""Relations a table states by its layout rather than in a sentence.

Markdown tables split into one segment per cell, so a row such as

    | 厂商     | 核心产品           | 投入   |
    |----------|--------------------|--------|
    | 阿里巴巴 | 通义千问 (Qianwen) | 30亿元 |

holds no sentence that names a company and its product together: the row does. When the
header names a column of companies and, right after it, a column of products, a cell that is
just a known company's name followed by a cell that starts with a product states that the
company develops the product. The row is the evidence. Other tables (investors and their
portfolio, drugs and their targets) state nothing here.
"""
from __future__ import annotations

import re

from ..records import Evidence, Mention, Relation, Segment
from ..segment import script_of

_ROW = re.compile(r"(?m)^[ \t]*\|(.+)\|[ \t]*$")
_RULE_ROW = re.compile(r"^[\s|:\-]+$")  # |---|:---:|
_MARKUP = "*_`“”\"「」《》 \t"
# Header cells of a vendor column and of a product column
_COMPANY_HEADER = re.compile(r"(?i)公司|厂商|企业|开发商|研发方|品牌方|巨头|玩家|阵营|company|vendor|maker|developer|lab|firm|provider")
_PRODUCT_HEADER = re.compile(r"(?i)产品|模型|应用|app|平台|芯片|助手|品牌|product|model|chip|platform|assistant|brand")


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


def table_relations(doc_text: str, mentions: list[Mention]) -> list[Relation]:
    """develops from the rows of a vendor/product table: a company's cell, then a cell that
    starts with its product, under a company header and a product header."""
    by_start = {m.start: m for m in mentions}
    out = []
    for header, rows in _tables(doc_text):
        names = [doc_text[a:b] for a, b in header]
        columns = [k for k in range(len(names) - 1)
                   if _COMPANY_HEADER.search(names[k]) and _PRODUCT_HEADER.search(names[k + 1])]
        for row in rows:
            cells = _cells(doc_text, row.start(1), row.group(1))
            for k in columns:
                if k + 1 >= len(cells):
                    continue
                (a1, b1), (a2, b2) = cells[k], cells[k + 1]
                company, product = by_start.get(a1), by_start.get(a2)
                if (company is None or product is None or company.end != b1 or company.type != "ORG"
                        or company.kind != "company" or product.type != "PRODUCT" or product.end > b2):
                    continue
                seg = Segment(company.doc_id, row.start(), row.end(), script_of(doc_text[a1:b2]))
                ev = Evidence.in_segment(doc_text, seg, a1, b2, "table.dev.1", 0.6)
                out.append(Relation(company, "develops", product, ev))
    return out
