"""Events a table states row by row: a dated listing, acquisition or launch.

    | 公司     | 上市板块 | 上市日期        | 募资额    |   -> Listing (company, exchange) on the row's date
    | 收购方   | 标的     | 交易金额 | 时间           |   -> Acquisition (acquirer, target), with its amount
    | 平台     | 所属公司 | 上线时间        |           -> ProductLaunch (company, product)
    | 公司     | 轮次     | 领投方 | 时间           |   -> Funding (investee, investors)

The rows are those of :func:`kg.extract.tables.table_rows` (a key column of organizations or
products and columns that relate to it); a row states an event when one of its date columns
holds a date and the row names the event's other party. The row is the evidence.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from ..records import Event, Evidence, Participant, Segment
from ..segment import script_of
from .tables import Row, table_rows
from .temporal import find_amounts, find_dates

_LISTED = re.compile(r"(?i)上市|挂牌|listing|listed|IPO")
_LAUNCHED = re.compile(r"(?i)上线|发布|推出|首发|获批|launch|release|approv")
_ANNOUNCED = re.compile(r"(?i)宣布|announced|拟|planned|pending")  # "2025年3月宣布": not done yet


def _parties(row: Row, header: str, cell: str) -> Optional[tuple[str, list[Participant]]]:
    """The event type and participants a row states under the date column ``header``."""
    exchanges = [m for m in row.named.get(("listedOn", True), []) if m.kind == "exchange"]
    targets = row.named.get(("acquires", True), [])
    products = row.named.get(("develops", True), [])
    parents = row.named.get(("subsidiaryOf", True), [])
    if exchanges and row.key.type == "ORG" and not _LAUNCHED.search(header):
        return "Listing", [Participant("company", row.key), Participant("exchange", exchanges[0])]
    if targets and row.key.type == "ORG" and not _ANNOUNCED.search(cell):
        return "Acquisition", [Participant("acquirer", row.key), Participant("target", targets[0])]
    investors = row.named.get(("investsIn", False), [])
    if investors and row.key.type == "ORG" and not _LISTED.search(header) and not _LAUNCHED.search(header):
        return "Funding", [Participant("investee", row.key)] + [Participant("investor", x) for x in investors]
    if _LAUNCHED.search(header) and not _LISTED.search(header):
        if row.key.type == "PRODUCT" and parents:
            return "ProductLaunch", [Participant("company", parents[0]), Participant("product", row.key)]
        if row.key.type == "ORG" and products:
            return "ProductLaunch", [Participant("company", row.key)] + [Participant("product", p) for p in products]
    return None


def table_events(doc_text: str, mentions, doc_date: Optional[str], label: Callable) -> list[Event]:
    """Events of the dated rows of the document's tables; ``label(type, lang, participants, date)``
    names them."""
    out = []
    for row in table_rows(doc_text, mentions):
        for header, (a, b) in row.date_cells:
            dates = [d for d in find_dates(doc_text, a, b, doc_date, doc_date) if d.iso]
            stated = _parties(row, header, doc_text[a:b]) if dates else None
            if stated is None:
                continue
            etype, participants = stated
            lang = script_of(row.key.text)
            seg = Segment(row.key.doc_id, row.start, row.end, lang)
            amounts = tuple(x for _, _, x in find_amounts(doc_text, row.start, row.end))
            ev = Evidence.in_segment(doc_text, seg, a, b, f"table.{etype}", 0.6)
            out.append(Event(etype, doc_text[a:b], label(etype, lang, participants, dates[0].iso), lang, ev,
                             tuple(participants), dates[0].iso, dates[0].text, amounts))
            break
    return out
