"""The lexicon's ambiguous names in English text, after the NER.

Names that are also common words ("Apple", "Honor", "Oracle") are left to kg's English NER:
a lexicon span set before it would block the NER's own reading ("Honor Device Co." would
stay "Honor", and a sentence-initial "Apple" would need confirmation).  After the NER,
this component (``kg_ambiguous_lexicon``) adds the lexicon's reading:

* where the NER found no name, the lexicon span (with its entry id: it then needs
  confirmation, :mod:`kg.extract.confirm`);
* where the NER found exactly the name with the lexicon's type, the lexicon span, and the
  NER's agreement in ``doc.spans["ner_agrees"]`` (it confirms the name);
* where the NER found exactly the name with another type, the lexicon span (the lexicon's
  type, needing confirmation as before);
* where the NER's name is longer or crosses the lexicon name, the NER's name, unless what
  follows the lexicon name in it is a model code ("Apple M5": the maker, then the product).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

AGREES = "ner_agrees"


class AmbiguousLexicon:
    def __init__(self, nlp, name: str):
        from .pipelines import lexicon_patterns

        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_key: dict[str, list] = {}  # "ORG|ORG:Apple": the label and the entry id of a match
        for p in lexicon_patterns(ambiguous=True):
            by_key.setdefault(f"{p['label']}|{p['id']}", []).append(p["pattern"])
        for key, names in by_key.items():
            self.matcher.add(key, [nlp.make_doc(n) for n in names])

    def __call__(self, doc):
        matches = []
        for k, s, e in self.matcher(doc):
            label, entry_id = doc.vocab.strings[k].split("|", 1)
            matches.append(Span(doc, s, e, label=label, span_id=entry_id))
        if not matches:
            return doc
        ents = list(doc.ents)
        agrees = []
        for span in filter_spans(matches):
            over = [e for e in ents if e.start < span.end and span.start < e.end]
            if not over:
                ents.append(span)
            elif len(over) == 1 and over[0].start == span.start and over[0].end > span.end and any(
                    any(c.isdigit() for c in t.text) for t in doc[span.end:over[0].end]):
                ents[ents.index(over[0])] = span  # "Apple M5": the maker, and a model code the rules read
            elif len(over) == 1 and (over[0].start, over[0].end) == (span.start, span.end):
                if over[0].label_ == span.label_:
                    agrees.append(over[0])
                ents[ents.index(over[0])] = span
        doc.ents = sorted(ents, key=lambda e: e.start)
        doc.spans[AGREES] = agrees
        return doc


@Language.factory("kg_ambiguous_lexicon")
def make_ambiguous_lexicon(nlp, name: str):
    return AmbiguousLexicon(nlp, name)
