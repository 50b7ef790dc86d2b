"""kg's English NER in an already loaded English pipeline.

``extend_english(nlp)`` swaps the pipeline's ``ner`` for the one in
``kg/models/en_kg_ner``: en_core_web_sm 3.8.0's own ``ner`` (same architecture, its
own tok2vec, OntoNotes labels) trained further on news and Wikipedia NER data, so
ORG, PERSON and PRODUCT are better at the same speed.  The component keeps the name
and the place of the original ``ner``; the lexicon EntityRuler in front of it
(``overwrite_ents=True``) still wins, because spaCy's NER keeps the entities already
set on the doc and only labels the tokens around them.  A small rule component,
``kg_en_ner_rules`` (registered here), follows ``ner``: see "post rules" below.

Use: ``nlp = extend_english(nlp)`` once the lexicon ruler is in (``pipelines.english``).

If the model folder is missing (or cannot be loaded), the pipeline is returned
unchanged and a warning is logged.  The model folder can be overridden with the
``KG_EN_NER_MODEL`` environment variable (a path; ``none`` turns the swap off).
"""
from __future__ import annotations

import logging
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional, Union

from .en_conventions import ORG_WORDS as _ORG_WORDS, name_conventions

log = logging.getLogger(__name__)

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "en_kg_ner"
META_KEY = "kg_en_ner"  # set in nlp.meta once extended (the model's version)


def model_path(path: Optional[Union[str, Path]] = None) -> Optional[Path]:
    """The en_kg_ner folder to use, or None when switched off."""
    if path is None:
        env = os.environ.get("KG_EN_NER_MODEL")
        if env and env.lower() in ("none", "off", "0"):
            return None
        path = env or DEFAULT_MODEL
    return Path(path)


@lru_cache(maxsize=2)
def _load(path: str):
    import spacy

    return spacy.load(path)


def extend_english(nlp, path: Optional[Union[str, Path]] = None, rules: bool = True):
    """Put kg's English NER into ``nlp`` in place of its ``ner`` (and the post rules
    right after it, unless ``rules`` is false); returns ``nlp``.

    Idempotent. A no-op (with a warning) when the model folder is missing.
    """
    if nlp.meta.get(META_KEY):
        return nlp
    folder = model_path(path)
    if folder is None:
        return nlp
    if not (folder / "meta.json").exists():
        log.warning("kg English NER model not found at %s; keeping the pipeline's own ner", folder)
        return nlp
    try:
        source = _load(str(folder))
        if "ner" not in source.pipe_names:
            raise ValueError(f"{folder} has no 'ner' component")
    except Exception as e:  # noqa: BLE001 - a broken model folder must not stop kg
        log.warning("kg English NER model at %s could not be loaded (%s); keeping the "
                    "pipeline's own ner", folder, e)
        return nlp
    names = nlp.pipe_names
    if "ner" in names:
        i = names.index("ner")
        where = {"before": names[i + 1]} if i + 1 < len(names) else {}
        nlp.remove_pipe("ner")
    else:
        where = {}
    nlp.add_pipe("ner", source=source, **where)
    if rules and RULES_NAME not in nlp.pipe_names:
        nlp.add_pipe(RULES_NAME, after="ner")
    nlp.meta[META_KEY] = source.meta.get("version", "?")
    return nlp


# --------------------------------------------------------------------- post rules
# A cheap rule component after ``ner`` (loops over the entities; the token scan of rule 3
# runs only where a regex over the text finds "Name N"):
#  1. a PERSON span ending in a company word ("Marlowe Media", "Fenwick Pharmaceuticals")
#     is an ORG; GPE/LOC/FAC/NORP spans need a strong corporate suffix ("... Holdings");
#  2. a name + version span that the NER labelled LOC/LAW/WORK_OF_ART/FAC ("Windows 11",
#     "Mate 70", "Gemini 2.5 Pro" from en_core_web_sm) is a PRODUCT;
#  3. a proper noun + version with no entity ("Kirin 9020", "Merlo Q7") is a PRODUCT
#     (not after "Chapter", "Top", "Q", months ...; not years);
#  4. a PRODUCT loses trailing lower-case or generic words ("Aurora S9 sedan", "X5 SUV"),
#     grows over the version tokens after it, takes in the proper noun before a bare model
#     code ("Tern" + "X5"); "Table 2", "Level 4" are dropped, and so is a version right
#     after a lexicon product ("2.5 Pro" after "Gemini"); an ORG loses trailing lower-case
#     words ("AI efforts");
#  5. a lone capitalised common word (a heading: "Analysis") and a sentence-initial
#     adverb/adjective ("Together", "Further") are no PERSON/ORG/PRODUCT; generic words
#     of tech news ("AI", "EV", "IPO") neither.  "Common word" = the lemmatizer's index.
# Entities with an ``ent_id`` (the lexicon EntityRuler's) are never touched.

RULES_NAME = "kg_en_ner_rules"

_VERSION = re.compile(r"^(?:v?\d{1,4}(?:\.\d{1,2})*[A-Za-z]{0,2}|[A-Z]{1,2}-?\d{1,4}[A-Za-z]{0,2})$")
_NAME_VERSION = re.compile(r"(?<![\w.-])([A-Z][\w-]*) (?=v?\d|[A-Z]{1,2}-?\d)")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MODEL_WORDS = {"Pro", "Max", "Ultra", "Plus", "Mini", "Lite", "Air", "Turbo", "Elite", "Edge",
                "SE", "XL", "XS", "Sonnet", "Opus", "Haiku", "Flash", "Nano", "Fold", "Flip",
                "Neo", "GT", "GTS", "EV", "Hybrid", "Sport", "Thinking", "Omni", "Preview", "Instruct", "Coder"}
_STRONG_ORG_WORDS = {"Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "LLC", "PLC",
                     "Plc", "GmbH", "Holdings", "Technologies", "Pharmaceuticals", "Therapeutics",
                     "Securities", "Ventures", "Semiconductor", "Robotics", "Airlines"}
# Heads of "Name N" phrases that are no products.
_NOT_PRODUCT_HEAD = {
    "Chapter", "Section", "Article", "Title", "Rule", "Form", "Act", "Bill", "Law", "Order",
    "Resolution", "Amendment", "Proposition", "Clause", "Directive", "Regulation", "Decree",
    "Code", "Standard", "Basel", "Vision", "Fortune", "Top", "Page", "Figure", "Table", "Step",
    "Phase", "Stage", "Level", "Tier", "Class", "Category", "Grade", "Group", "Type", "Round",
    "Series", "Part", "Item", "No", "Number", "Vol", "Volume", "Issue", "Week", "Day", "Year",
    "Quarter", "Season", "Episode", "Game", "Match", "Race", "Lap", "Hole", "Room", "Floor",
    "Building", "Unit", "Gate", "Terminal", "Pier", "Platform", "Line", "Route", "Highway",
    "Interstate", "Road", "Street", "Avenue", "Flight", "Covid", "COVID", "Industry", "Web",
    "Formula", "War", "Index", "Nasdaq", "Dow", "FTSE", "Nikkei", "Seng", "CSI", "Stoxx",
    "DAX", "CAC", "KOSPI", "Kospi", "Sensex", "Nifty", "Russell", "MSCI", "Euro", "Expo",
    "Cup", "Games", "Olympics", "District", "Ward", "Region", "Zone", "Sector", "Block",
    "Lot", "Batch", "Wave", "Box", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Q", "H", "FY", "Mr", "Ms", "Dr",
}
_PRODUCT_FROM = {"LOC", "LAW", "WORK_OF_ART", "FAC"}
# Words of tech/business news that name no entity (the fine-tuned NER sometimes says they do).
_GENERIC = {"AI", "AGI", "AIGC", "API", "APP", "CEO", "CFO", "COO", "CTO", "EV", "EVS", "GPU",
            "GPUS", "CPU", "PC", "IPO", "LLM", "LLMS", "GDP", "R&D", "SAAS", "ESG", "IOT", "5G",
            "SUV", "SUVS", "ETF", "M&A", "VC", "YOY", "QOQ", "B2B", "B2C", "OS", "UI", "AR", "VR"}


def _is_version(tok) -> bool:
    return bool(_VERSION.match(tok.text)) and not _YEAR.match(tok.text)


def _is_name_word(tok) -> bool:
    t = tok.text
    return (t[:1].isupper() and tok.tag_ == "NNP" and t not in _NOT_PRODUCT_HEAD
            and not tok.is_stop and any(c.isalpha() for c in t))


def apply_rules(doc, words: Optional[dict] = None):
    """The post rules above, in place; returns ``doc``.  ``words``: English words by part
    of speech ({"noun": set, "adj": set, ...}, the lemmatizer's index), for rule 5."""
    from spacy.tokens import Span

    # [start, end, label, locked, kb_id, ent_id]; locked = a lexicon match
    ents = [[e.start, e.end, e.label_, e.ent_id != 0, e.kb_id, e.ent_id] for e in doc.ents]
    before = [(e[0], e[1], e[2]) for e in ents]
    n = len(doc)
    for e in ents:
        start, end, label, locked = e[:4]
        if locked:
            continue
        last = doc[end - 1].text
        # 1. company words
        if end - start >= 2 and ((label == "PERSON" and last in _ORG_WORDS)
                                 or (label in ("GPE", "LOC", "FAC", "NORP") and last in _STRONG_ORG_WORDS)):
            e[2] = "ORG"
        # 2. name + version shapes
        elif (label in _PRODUCT_FROM and end - start >= 2 and _is_name_word(doc[start])
                and any(_is_version(t) for t in doc[start + 1:end])
                and all(t.text[:1].isupper() or _is_version(t) for t in doc[start:end])):
            e[2] = "PRODUCT"
        if e[2] == "ORG":  # "AI efforts": names do not end in a lower-case word
            while e[1] - e[0] > 1 and doc[e[1] - 1].is_lower and doc[e[1] - 1].is_alpha:
                e[1] -= 1
        if e[2] == "PRODUCT":
            # 4a. trailing lower-case words off; "Table 2", "Level 4", "Fortune 500" are no products
            while e[1] - e[0] > 1 and ((doc[e[1] - 1].is_lower and doc[e[1] - 1].is_alpha)
                                       or doc[e[1] - 1].text.upper() in _GENERIC):
                e[1] -= 1
            if (doc[e[0]].text in _NOT_PRODUCT_HEAD or doc[e[1] - 1].is_punct
                    or len(doc[e[0]:e[1]].text) < 2):
                e[2] = None  # and no "A -" left of "A-share"
        if e[2] in ("ORG", "PRODUCT", "PERSON") and doc[e[0]:e[1]].text.upper() in _GENERIC:
            e[2] = None
    # 5. a capitalised common word alone: a heading ("Analysis") or a sentence-initial
    #    adverb ("Together, ...", "Further ...") is no name
    if words:
        alpha = None
        for e in ents:
            if e[3] or not e[2] or e[1] - e[0] != 1 or e[2] not in ("PERSON", "ORG", "PRODUCT"):
                continue
            tok = doc[e[0]]
            low = tok.text.lower()
            if not tok.text[:1].isupper() or tok.text.isupper():
                continue
            if alpha is None:
                alpha = sum(1 for t in doc[:8] if not (t.is_punct or t.is_space)) if len(doc) <= 8 else 9
            if alpha == 1 and any(low in ws for ws in words.values()):
                e[2] = None
            elif (tok.is_sent_start or tok.i == 0) and low not in words.get("noun", ()) and any(
                    low in ws for ws in words.values()):
                e[2] = None
    # 6. a person name does not end in a verb or a preposition: a Title Case headline glues them
    #    on ("Qiu Dan Resigns Due to ..." -> "Qiu Dan")
    if words:
        verbs, nouns = words.get("verb", ()), words.get("noun", ())
        for e in ents:
            if e[3] or e[2] != "PERSON":
                continue
            while e[1] - e[0] > 2:
                last = doc[e[1] - 1]
                low = last.text.lower()
                stems = {low[:-n] for n, suf in ((1, "s"), (2, "es"), (1, "d"), (2, "ed"), (3, "ing"))
                         if low.endswith(suf)}
                if last.tag_ == "IN" or any(st in verbs and st not in nouns for st in stems):
                    e[1] -= 1
                else:
                    break
    name_conventions(doc, ents)
    _company_words_after_lexicon(doc, ents)
    ents = [e for e in ents if e[2]]
    # 3. proper noun + version with no entity (a CARDINAL on the number is overridden)
    taken = {i for e in ents if e[2] != "CARDINAL" for i in range(e[0], e[1])}
    for m in _NAME_VERSION.finditer(doc.text):  # cheap text scan first, tokens only where it hits
        tok = doc.char_span(m.start(), m.end(1), alignment_mode="expand")
        if tok is None or len(tok) != 1:
            continue
        i = tok.start
        if (i + 1 < n and i not in taken and (i + 1) not in taken and _is_name_word(doc[i])
                and _is_version(doc[i + 1])):
            ents = [e for e in ents if not (e[2] == "CARDINAL" and e[0] <= i + 1 < e[1])]
            ents.append([i, i + 2, "PRODUCT", False, 0, 0])
            taken.update((i, i + 1))
    ents.sort(key=lambda e: e[0])
    # 4b. a PRODUCT takes the version / model words after it, a CARDINAL or PRODUCT there too
    #     ("Gemini" + "2.5 Pro", "Windows" + "11"); 4c. and the proper noun before a bare code
    out = []
    for k, e in enumerate(ents):
        if e[2] is None:
            continue
        prev = out[-1] if out else None
        if (e[2] == "PRODUCT" and not e[3] and prev and prev[3] and prev[2] == "PRODUCT"
                and prev[1] == e[0] and _is_version(doc[e[0]])):
            continue  # "2.5 Pro" after the lexicon's "Gemini": a version, not a product
        if e[2] == "PRODUCT" and e[3]:  # a lexicon product and its model words: "iPhone Air", "iPad Pro"
            while e[1] < n and doc[e[1]].text in _MODEL_WORDS and not any(f[0] <= e[1] < f[1] for f in ents[k + 1:]):
                e[1], e[3], e[4], e[5] = e[1] + 1, False, 0, 0
        elif e[2] == "PRODUCT" and not e[3]:
            while e[1] < n and (_is_version(doc[e[1]]) or doc[e[1]].text in _MODEL_WORDS):
                nxt = next((f for f in ents[k + 1:] if f[0] <= e[1] < f[1]), None)
                if nxt is not None:
                    if nxt[3] or nxt[2] not in ("CARDINAL", "PRODUCT") or nxt[0] != e[1]:
                        break
                    e[1] = nxt[1]
                    nxt[2] = None
                else:
                    e[1] += 1
            if (e[0] > 0 and _is_version(doc[e[0]]) and _is_name_word(doc[e[0] - 1])
                    and not (prev and prev[1] > e[0] - 1)):
                e[0] -= 1
        out.append(e)
    if [(e[0], e[1], e[2]) for e in out] != before:
        doc.ents = [Span(doc, s, t, label=lab, kb_id=kb, span_id=eid) for s, t, lab, _, kb, eid in out]
    return doc


def _company_words_after_lexicon(doc, ents) -> None:
    """7. A lexicon company followed by capitalised words that end in a company word is a longer
    name of its own: "Geely" + "Automobile Holdings", "Zeekr" + "Intelligent Technology"."""
    n = len(doc)
    for e in ents:
        if not (e[3] and e[2] == "ORG"):
            continue
        j = e[1]
        while j < n and j - e[1] < 4 and doc[j].is_alpha and doc[j].text[:1].isupper() and not doc[j].is_sent_start:
            j += 1
        if j == e[1] or doc[j - 1].text not in _ORG_WORDS:
            continue
        inside = [f for f in ents if f is not e and f[0] < j and e[1] < f[1]]
        if any(f[1] > j for f in inside):
            continue  # an entity runs on past the words: leave both as they are
        for f in inside:
            f[2] = None
        e[1], e[3], e[4], e[5] = j, False, 0, 0


class EnNerRules:
    """The ``kg_en_ner_rules`` component: :func:`apply_rules` with the pipeline's word list."""

    def __init__(self, nlp, name: str = RULES_NAME):
        self.nlp = nlp
        self.name = name
        self._words = None

    def words(self) -> dict:
        if self._words is None:
            self._words = {}
            if "lemmatizer" in self.nlp.pipe_names:
                try:
                    table = self.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
                    strings = self.nlp.vocab.strings
                    self._words = {pos: set(table.get(strings.add(pos), ()))
                                   for pos in ("noun", "verb", "adj", "adv")}
                except (KeyError, AttributeError, ValueError):  # another lemmatizer mode
                    self._words = {}
        return self._words

    def __call__(self, doc):
        return apply_rules(doc, self.words())


def _register_rules():
    from spacy.language import Language

    if not Language.has_factory(RULES_NAME):
        Language.factory(RULES_NAME, func=lambda nlp, name: EnNerRules(nlp, name))


_register_rules()
