"""Run the language pipelines over a document's segments.

The result is plain data (:class:`kg.records.ParsedSegment`): tokens with
document offsets and heads, and raw entity candidates (``Mention`` records
whose ``source`` says which component proposed them).  No spaCy object leaves
this module.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from ..records import Document, Mention, ParsedSegment, Segment, Token
from ..segment import simplify_in_place
from . import lac, pipelines
from .en_lexicon import AGREES

BATCH = 64


@dataclass(frozen=True)
class NLPConfig:
    """Pipelines by name (None: the defaults of :mod:`kg.nlp.pipelines`); ``zh_lac`` runs
    Baidu LAC beside the Chinese NER model (never in the fast mode ``zh_model="jieba"``);
    ``rel_model`` is the relation model's path (None: ``KG_REL_MODEL`` or the shipped one;
    "none": no relation model, :mod:`kg.extract.relation_model`)."""
    en_model: Optional[str] = None
    zh_model: Optional[str] = None
    zh_lac: bool = True
    rel_model: Optional[str] = None


def _tokens(sdoc, offset: int, text: Optional[str] = None) -> tuple[Token, ...]:
    """Tokens with document offsets; ``text`` (the document's) gives their surface when the
    pipeline saw a converted copy of it."""
    def surface(t):
        return text[offset + t.idx:offset + t.idx + len(t.text)] if text is not None else t.text
    return tuple(Token(offset + t.idx, offset + t.idx + len(t.text), surface(t),
                       t.lemma_ if text is None and t.lemma_ else surface(t), t.pos_, t.dep_, t.head.i)
                 for t in sdoc)


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
    # the NER's own reading of an ambiguous lexicon name it agrees with (kg.nlp.en_lexicon)
    for ent in sdoc.spans.get(AGREES, ()):
        label = pipelines.map_label(ent.label_)
        if label is not None:
            start, end = offset + ent.start_char, offset + ent.end_char
            out.append(Mention(doc.id, start, end, doc.text[start:end], label, lang, default_source))
    return out


def snap_to_words(mentions: list[Mention], tokens: tuple[Token, ...], text: str,
                  contract: bool = True) -> list[Mention]:
    """Contract NER spans whose edge cuts through a jieba word: "张鹏一" in 张鹏|一同 -> 张鹏;
    expand them over a Latin word they cut ("BAL" in BALTO -> BALTO).
    ``contract=False`` only expands: for a model that already sees jieba's words as features
    (``kg.zh_char_features``), contracting to jieba words loses more names than it fixes
    ("叶兴盛" in 他叶|兴盛).

    A span is only contracted when at least two characters remain; a word that glues a name to
    a function word ("王绍兰及") leaves the span as the model gave it.
    """
    starts = {t.start: t for t in tokens}
    inside = {}
    for t in tokens:
        for i in range(t.start + 1, t.end):
            inside[i] = t
    out = []
    for m in mentions:
        start, end = m.start, m.end
        if start in inside and inside[start].text.isascii():
            start = inside[start].start  # never cut a Latin word: "BAL" in BALTO -> BALTO
        elif contract and start in inside and inside[start].end < end:
            start = inside[start].end
        if end in inside and inside[end].text.isascii():
            end = inside[end].end
        elif contract and end in inside and inside[end].start > start:
            end = inside[end].start
        if (start, end) != (m.start, m.end) and end - start >= 2 and start in starts:
            m = Mention(m.doc_id, start, end, text[start:end], m.type, m.lang, m.source, m.kind)
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _lexicon_posseg():
    import jieba.posseg as pseg

    return pseg.POSTokenizer(pipelines.lexicon_jieba())


def _jieba_ents(text: str, doc: Document, offset: int) -> list[Mention]:
    """Fallback NER from jieba's POS tags (nr -> PERSON, nt -> ORG)."""
    out, pos = [], 0
    for word, flag in _lexicon_posseg().cut(text):
        label = {"nr": "PERSON", "nt": "ORG"}.get(flag)
        if label and len(word) > 1:
            s = offset + pos
            out.append(Mention(doc.id, s, s + len(word), doc.text[s:s + len(word)], label, "zh", "jieba"))
        pos += len(word)
    return out


_NAME_TAGS = {"nz", "nw", "ORG", "PER"}  # LAC's other proper names, works, organizations, people


def across_words(mentions: list[Mention], words, offset: int) -> list[Mention]:
    """Lexicon names that begin and end inside LAC's common words are none: 国药 in 中国药企
    (中国|药企).  A name that LAC reads as part of a longer word at either edge (腾讯 in
    腾讯云), or inside a longer name (文心 in 百度文心助手), is kept."""
    inside = set()
    for a, b, tag in words:
        if tag not in _NAME_TAGS:
            inside.update(range(offset + a + 1, offset + b))
    return [m for m in mentions if not (m.start in inside and m.end in inside)]


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
        # traditional Chinese is read as simplified: the model and the lexicon know that script
        texts = [simplify_in_place(doc.text[s.start:s.end]) for _, s in zh]
        ner_docs = (ner_nlp.pipe(texts, batch_size=BATCH) if ner_nlp is not None
                    else [None] * len(texts))
        lac_only = pipelines.chinese_ner_name(config.zh_model) == pipelines.LAC_ZH
        lac_names_wanted = lac_only or (config.zh_lac and ner_nlp is not None)
        model_reads_lac = ner_nlp is not None and getattr(ner_nlp.tokenizer, "lac", False)
        lac_tagger = lac.tagger(required=model_reads_lac) if lac_names_wanted or model_reads_lac else None
        lac_names = [()] * len(texts)
        if lac_tagger is not None:
            lac_tagger.forget()  # tag this document's sentences once, in one batch; the model's
            tagged = lac_tagger.names(texts)  # tokenizer reads the same tags from the cache
            if lac_names_wanted:
                lac_names = tagged
        for (i, seg), text, tdoc, ndoc, names in zip(zh, texts, tok_nlp.pipe(texts, batch_size=BATCH), ner_docs,
                                                     lac_names):
            mentions = _ents(tdoc, doc, seg.start, "zh", "ruler")
            if lac_tagger is not None:
                mentions = across_words(mentions, lac_tagger.words([text])[0], seg.start)
            tokens = _tokens(tdoc, seg.start, doc.text)
            if ndoc is not None:
                mentions += snap_to_words(_ents(ndoc, doc, seg.start, "zh", "ner"), tokens, doc.text,
                                          contract=not getattr(ner_nlp.tokenizer, "sees_words", False))
            elif lac_tagger is None:
                mentions += _jieba_ents(tdoc.text, doc, seg.start)
            mentions += [Mention(doc.id, seg.start + a, seg.start + b, doc.text[seg.start + a:seg.start + b],
                                 label, "zh", "lac") for a, b, label in names]
            results[i] = ParsedSegment(seg, tokens, tuple(mentions))
    return [results[i] for i in range(len(segments))]
