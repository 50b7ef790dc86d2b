"""Run the language pipelines over a document's segments.

The result is plain data (:class:`kg.records.ParsedSegment`): tokens with
document offsets and heads, and raw entity candidates (``Mention`` records
whose ``source`` says which component proposed them).  No spaCy object leaves
this module.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from ..records import Document, Mention, ParsedSegment, Segment, Token
from . import pipelines

BATCH = 64


@dataclass(frozen=True)
class NLPConfig:
    en_model: Optional[str] = None
    zh_model: Optional[str] = None


def _tokens(sdoc, offset: int) -> tuple[Token, ...]:
    return tuple(Token(offset + t.idx, offset + t.idx + len(t.text), t.text,
                       t.lemma_ or t.text, t.pos_, t.dep_, t.head.i) for t in sdoc)


def _ents(sdoc, doc: Document, offset: int, lang: str, default_source: str) -> list[Mention]:
    out = []
    for ent in sdoc.ents:
        label = pipelines.map_label(ent.label_)
        if label is None:
            continue
        source = "ruler" if ent.ent_id_ else default_source
        start = offset + ent.start_char
        end = offset + ent.end_char
        out.append(Mention(doc.id, start, end, doc.text[start:end], label, lang, source,
                           ent.ent_id_ or None))
    return out


def _jieba_ents(text: str, doc: Document, offset: int) -> list[Mention]:
    """Fallback NER from jieba's POS tags (nr -> PERSON, nt -> ORG)."""
    import jieba.posseg as pseg

    out, pos = [], 0
    for word, flag in pseg.cut(text):
        label = {"nr": "PERSON", "nt": "ORG"}.get(flag)
        if label and len(word) > 1:
            s = offset + pos
            out.append(Mention(doc.id, s, s + len(word), word, label, "zh", "jieba"))
        pos += len(word)
    return out


def analyze(doc: Document, segments: Iterable[Segment],
            config: NLPConfig = NLPConfig()) -> list[ParsedSegment]:
    """Tokens and raw entity candidates for every segment, in document order."""
    segments = list(segments)
    results: dict[int, ParsedSegment] = {}
    en = [(i, s) for i, s in enumerate(segments) if s.lang == "en"]
    zh = [(i, s) for i, s in enumerate(segments) if s.lang == "zh"]
    if en:
        nlp = pipelines.english(config.en_model)
        texts = (doc.text[s.start:s.end] for _, s in en)
        for (i, seg), sdoc in zip(en, nlp.pipe(texts, batch_size=BATCH)):
            results[i] = ParsedSegment(seg, _tokens(sdoc, seg.start),
                                       tuple(_ents(sdoc, doc, seg.start, "en", "ner")))
    if zh:
        tok_nlp = pipelines.chinese_tokens()
        ner_nlp = pipelines.chinese_ner(config.zh_model)
        texts = [doc.text[s.start:s.end] for _, s in zh]
        ner_docs = (ner_nlp.pipe(texts, batch_size=BATCH) if ner_nlp is not None
                    else [None] * len(texts))
        for (i, seg), tdoc, ndoc in zip(zh, tok_nlp.pipe(texts, batch_size=BATCH), ner_docs):
            mentions = _ents(tdoc, doc, seg.start, "zh", "ruler")
            if ndoc is not None:
                mentions += _ents(ndoc, doc, seg.start, "zh", "ner")
            else:
                mentions += _jieba_ents(doc.text[seg.start:seg.end], doc, seg.start)
            results[i] = ParsedSegment(seg, _tokens(tdoc, seg.start), tuple(mentions))
    return [results[i] for i in range(len(segments))]
