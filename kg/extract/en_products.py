"""English product names by what the sentence says they are: what a company is "the maker of"
("Kenvue, the maker of Tylenol and Band-Aid"), and a name after a kind of product a company owns
("its weight-loss drug Wegovy", "Novartis's heart failure drug Entresto and psoriasis treatment
Cosentyx", "its Pulsar-X implantable defibrillators").

The English models label consumer brands, drugs and games as organizations or not at all, so
outside technology a maker's products were missed.  The kinds listed are common nouns of goods
and services across trades (medicines and devices, food and drink, household goods, games and
films, financial and telecoms services).
"""
from __future__ import annotations

import re

from ..lexicon import known_names
from ..records import Document, Mention

# Kinds of goods and services a company makes or sells (singular; a plural "s" is allowed)
KINDS = (r"(?:drug|medicine|medication|treatment|therapy|vaccine|injection|pill|tablet|biosimilar|antibody|"
         r"device|monitor|implant|defibrillator|pacemaker|inhaler|pump|sensor|scanner|"
         r"drink|beverage|soda|beer|coffee|tea|snack|cereal|chocolate|confectionery|ice cream|spread|sauce|"
         r"detergent|shampoo|cream|lotion|skincare line|fragrance|toothpaste|drinkware|cookware|appliance|"
         r"game|franchise|title|film|movie|show|series|"
         r"card|fund|app|service|network|plan|policy|line|range|"
         r"jet|aircraft|airliner|engine|tanker|vessel)")
# A product's name: capitalized words, an ampersand, a code ("VT-204", "Tide evo" is cut at "evo")
NAME = r"(?:[A-Z][\w'’!+.-]*[\w!+]|[A-Z])(?: (?:&|[A-Z0-9][\w'’!+.-]*[\w!+]|[A-Z]))*"
_OWNER = r"(?:\b[Ii]ts|\b[Tt]heir|[A-Z][\w&.-]*(?:'s|’s))"
# "its heart failure drug Entresto", "… and psoriasis treatment Cosentyx"
# (not a unit named for what it sells: "its Nespresso coffee unit")
_NO_UNIT = r"(?! (?:unit|division|business|arm|subsidiary|segment|operations|maker|company|group|brand|label|chain)s?\b)"
_KIND_THEN_NAME = re.compile(rf"{_OWNER} (?:[\w-]+ ){{0,3}}?{KINDS}s? ({NAME})"
                             rf"(?: and (?:[\w-]+ ){{0,3}}?{KINDS}s? ({NAME}))?")
# "its Pulsar-X implantable defibrillators", "its T-Satellite text service"
_NAME_THEN_KIND = re.compile(rf"(?:\b[Ii]ts|\b[Tt]heir) ({NAME}) (?:[a-z][\w-]* ){{0,2}}{KINDS}s?\b{_NO_UNIT}")
# "the maker of Tylenol and Band-Aid", "the Nasdaq-listed maker of EA Sports FC and Battlefield"
_MAKER_OF = re.compile(rf"\b(?:maker|makers|producer|developer) of (?:the )?({NAME})"
                       rf"((?:(?:, | and |, and )(?:the )?{NAME})*)")
_LIST_PART = re.compile(rf"(?:, | and |, and )(?:the )?({NAME})")
_NOT_NAME = {"The", "This", "That", "Its", "It", "In", "On", "At", "U.S.", "US", "China", "Europe"}


def product_mentions_en(doc: Document, seg) -> list[Mention]:
    """Products an English segment names by a kind or a maker (see the module docstring)."""
    if seg.lang != "en":
        return []
    out = []
    orgs = known_names("ORG")

    def add(a: int, b: int):
        name = doc.text[a:b]
        if name.split()[0] not in _NOT_NAME and name not in orgs and len(name) >= 2:
            out.append(Mention(doc.id, a, b, name, "PRODUCT", "en", "rule", "context"))
    for rx in (_KIND_THEN_NAME, _NAME_THEN_KIND):
        for m in rx.finditer(doc.text, seg.start, seg.end):
            for g in range(1, (m.lastindex or 0) + 1):
                if m.group(g):
                    add(*m.span(g))
    for m in _MAKER_OF.finditer(doc.text, seg.start, seg.end):
        add(*m.span(1))
        for part in _LIST_PART.finditer(doc.text, m.start(2), m.end(2)):
            add(*part.span(1))
    return out
