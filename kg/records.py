"""Plain records passed between the stages of the pipeline.

Every record is a frozen dataclass of plain values and character offsets into
``Document.text``; none of them holds a spaCy object, so they can be
serialized, compared and tested without a model.  ``start``/``end`` are always
Python string offsets with ``end`` exclusive, so ``doc.text[start:end]`` is the
span's text.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional

# Entity types used by mentions and entities.  The graph maps them to the
# ontology classes (ORG -> kg:Organization or kg:Company, ...).
PERSON = "PERSON"
ORG = "ORG"
PRODUCT = "PRODUCT"
EVENT = "EVENT"
ENTITY_TYPES = (PERSON, ORG, PRODUCT)


@dataclass(frozen=True)
class Document:
    """One input document.  ``id`` is stable: given, or derived from the file."""

    id: str
    text: str
    title: Optional[str] = None
    date: Optional[str] = None  # ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) if known
    url: Optional[str] = None
    source: Optional[str] = None  # path of the file it came from (and line, for JSONL)


@dataclass(frozen=True)
class Segment:
    """A sentence-like stretch of one document, in one language ("zh" or "en")."""

    doc_id: str
    start: int
    end: int
    lang: str


@dataclass(frozen=True)
class Mention:
    """An entity mention.  ``kind`` further qualifies ORG (e.g. "company", "exchange")."""

    doc_id: str
    start: int
    end: int
    text: str
    type: str
    lang: str
    source: str = "ner"  # which extractor found it: ner, lac, ruler, rule, alias, context (a retyped ner name)
    kind: Optional[str] = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def to_json(self) -> dict:
        return {"doc": self.doc_id, "start": self.start, "end": self.end,
                "text": self.text, "type": self.type, "lang": self.lang}


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the document, the sentence and the offsets."""

    doc_id: str
    sent_start: int
    sent_end: int
    sentence: str
    start: int  # offsets of the whole matched stretch within the document
    end: int
    extractor: str
    confidence: float

    @classmethod
    def in_segment(cls, text: str, seg: "Segment", start: int, end: int, extractor: str,
                   confidence: float) -> "Evidence":
        """Evidence for ``text[start:end]`` read in the sentence ``seg`` of the document ``text``."""
        return cls(seg.doc_id, seg.start, seg.end, text[seg.start:seg.end], start, end,
                   extractor, confidence)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Relation:
    """``subject --predicate--> object``; predicate is a kg: local name (e.g. "ceoOf")."""

    subject: Mention
    predicate: str
    object: Mention
    evidence: Evidence


@dataclass(frozen=True)
class Amount:
    value: float
    currency: str  # ISO 4217 code
    text: str


@dataclass(frozen=True)
class Participant:
    role: str  # a kg: role property local name, e.g. "acquirer", "investee", "company"
    mention: Mention


@dataclass(frozen=True)
class Event:
    """An event of a kg:Event subclass (``type`` is its local name, e.g. "Listing")."""

    type: str
    trigger: str
    label: str
    lang: str
    evidence: Evidence
    participants: tuple[Participant, ...] = ()
    date: Optional[str] = None  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    date_text: Optional[str] = None
    amounts: tuple[Amount, ...] = ()


@dataclass(frozen=True)
class AliasLink:
    """Two mentions the text itself says name the same thing ("Onvo (乐道)")."""

    a: Mention
    b: Mention
    evidence: Evidence


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    segments: tuple[Segment, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    events: tuple[Event, ...] = ()
    aliases: tuple[AliasLink, ...] = ()


@dataclass
class Entity:
    """A resolved real-world entity: one node of the graph.

    ``key`` is the stable normalized key its IRI is minted from.
    """

    key: str
    type: str
    kind: Optional[str] = None
    labels: dict = field(default_factory=dict)  # lang -> preferred label
    aliases: set = field(default_factory=set)  # {(text, lang)}
    mentions: list = field(default_factory=list)  # [Mention]
    same_as: set = field(default_factory=set)  # external IRIs
    merged_from: list = field(default_factory=list)  # [(text, lang, reason, score)]


@dataclass(frozen=True)
class Token:
    """A token of a parsed segment, with document offsets and its syntactic head."""

    start: int
    end: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int  # index of the head token within the same segment (itself for roots)


@dataclass(frozen=True)
class ParsedSegment:
    """The language pipeline's output for one segment, as plain data."""

    segment: Segment
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
