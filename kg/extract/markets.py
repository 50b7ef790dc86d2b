"""A city named as the market a company lists in: "debuted in Hong Kong", "Hong Kong-listed",
"its Hong Kong IPO", "listed in Shanghai and on the Nasdaq".

English news names an exchange by its city where a listing is the topic; such a city is the
exchange there (an organization of kind "exchange", so ``listedOn`` and Listing events take it),
and a place everywhere else ("an office in Hong Kong"). Chinese news names the exchange or its
short form (港交所, 港股, 科创板), which the lexicon holds.
"""
from __future__ import annotations

import re

from ..records import Document, Mention

_CITIES = r"Hong Kong|Shanghai|Shenzhen|New York|London|Singapore|Tokyo|Frankfurt|Taipei|Seoul|Mumbai|Toronto|Sydney"
_MARKET = re.compile(
    rf"\b(?:listed|listing|debuted|debut|floated|IPO|went public|(?:began|started|begin|start) trading|trade|trading)"
    rf" in (?P<a>{_CITIES})\b"
    rf"|\b(?P<b>{_CITIES})(?=-listed\b| (?:IPO|debut|listing|flotation|initial public offering)\b)"
    # ... and the exchange written in lower case: "the Hong Kong stock exchange" (the lexicon knows "Stock Exchange")
    rf"|\b(?P<c>(?:{_CITIES}) stock exchange)\b")


def is_market(m: Mention) -> bool:
    """``m`` is a city this module named as a market (not the place it is elsewhere)."""
    return m.source == "rule" and m.kind == "exchange"


def market_mentions(doc: Document, seg) -> list[Mention]:
    """The cities an English sentence names as the market a company lists in."""
    if seg.lang != "en":
        return []
    out = []
    for m in _MARKET.finditer(doc.text, seg.start, seg.end):
        a, b = m.span(next(g for g in "abc" if m.group(g)))
        out.append(Mention(doc.id, a, b, doc.text[a:b], "ORG", "en", "rule", "exchange"))
    return out
