"""Relations a table states by its layout rather than in a sentence.

Markdown tables split into one segment per cell, so a row such as

    | 阿里巴巴 | 通义千问 (Qianwen) | 30亿元 |

holds no sentence that names a company and its product together: the row does. A cell
that is just a known company's name, followed by a cell that starts with a product, states
that the company develops the product (a vendor/product table). The row is the evidence.
"""
from __future__ import annotations

import re

from ..records import Evidence, Mention, Relation, Segment
from ..segment import script_of

_ROW = re.compile(r"(?m)^[ \t]*\|(.+)\|[ \t]*$")
_MARKUP = "*_`“”\"「」《》 \t"


def _cells(text: str, row: re.Match) -> list[tuple[int, int]]:
    """The (start, end) of each cell's content, markup stripped."""
    out, pos = [], row.start(1)
    for part in row.group(1).split("|"):
        a, b = pos, pos + len(part)
        while a < b and text[a] in _MARKUP:
            a += 1
        while b > a and text[b - 1] in _MARKUP:
            b -= 1
        out.append((a, b))
        pos += len(part) + 1
    return out


def table_relations(doc_text: str, mentions: list[Mention]) -> list[Relation]:
    """develops from table rows: a company's cell, then a cell starting with its product."""
    by_start = {m.start: m for m in mentions}
    out = []
    for row in _ROW.finditer(doc_text):
        cells = _cells(doc_text, row)
        for (a1, b1), (a2, b2) in zip(cells, cells[1:]):
            company, product = by_start.get(a1), by_start.get(a2)
            if (company is None or product is None or company.end != b1 or company.type != "ORG"
                    or company.kind != "company" or product.type != "PRODUCT" or product.end > b2):
                continue
            seg = Segment(company.doc_id, row.start(), row.end(), script_of(doc_text[a1:b2]))
            ev = Evidence.in_segment(doc_text, seg, a1, b2, "table.dev.1", 0.6)
            out.append(Relation(company, "develops", product, ev))
    return out
