"""The named method of a research paper that Chinese text says was published: "发布了《Engram: Conditional
Memory via Scalable Lookup》" names the method Engram, "论文《DeepSeek mHC: Manifold-Constrained
Hyper-Connections》" the method mHC of DeepSeek.

AI labs announce models and techniques as papers; the short name before the colon of the title is what
later text calls the technique ("mHC架构", "Engram模块"). The title as a whole is a document, not a product
(:mod:`kg.extract.not_names` drops it), so the name is read here, and a lab's name before it (the
lexicon's) is no part of it.
"""
from __future__ import annotations

import re

from ..lexicon import known_names
from ..records import Document, Mention

# a paper published or proposed, then its title: a short Latin name, a colon, a subtitle of two words or more
_PAPER = re.compile(r"(?:论文|发布了?|提出了?|开源了?|推出了?|发表了?)[^《》，。；\n]{0,8}?《"
                    r"(?:([A-Z][A-Za-z0-9.-]{1,20}) )?([A-Za-z][A-Za-z0-9-]{1,19}(?: [A-Z0-9][A-Za-z0-9-]{0,9})?)[:：] ?"
                    r"[A-Z][^《》\n]{0,100}?(?: [^《》\s]+){1,}》")


def paper_mentions(doc: Document, seg) -> list[Mention]:
    """The names of the papers a Chinese segment says were published (:data:`_PAPER`), each a PRODUCT of kind
    "paper" (which a document's title does not hide)."""
    if seg.lang != "zh":
        return []
    out = []
    for m in _PAPER.finditer(doc.text, seg.start, seg.end):
        lab, name = m.group(1), m.group(2)
        start = m.start(2)
        if lab and lab not in known_names("ORG"):
            start, name = m.start(1), doc.text[m.start(1):m.end(2)]  # "Kimi Linear": one name of two words
        if name.islower() and " " not in name:
            continue  # a common word before a colon
        out.append(Mention(doc.id, start, m.end(2), name, "PRODUCT", "zh", "rule", "paper"))
    return out
