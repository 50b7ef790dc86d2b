"""Character tokenizer with context features for the Chinese NER model.

One token per non-space character (like spaCy's ``zh`` "char" segmenter), so every
entity boundary a person could draw is a token boundary. Chinese NER on characters is
known to gain from two cheap context features (Zhang & Yang 2018, "Chinese NER Using
Lattice LSTM"; Peng & Dredze 2016, "soft word" features), which the tokenizer stores in
token attributes that ``spacy.MultiHashEmbed`` can embed:

* ``NORM``  the character bigram starting at the token (``c[i] + c[i+1]``; the last
  character of a run gets ``c[i] + "</s>"``);
* ``LEMMA`` the jieba word the character belongs to (word-identity feature);
* ``TAG``   the character's position in that jieba word: ``B``, ``M``, ``E`` or ``S``.

With ``lac = true`` (and ``words = false``), ``TAG`` holds instead the character's Baidu LAC
tag and its place in LAC's word ("PER-B", "ORG-I", "n-B": :mod:`kg.nlp.lac`), so the model
learns when to follow LAC's segmentation, POS tags and names.

LEMMA and TAG are optional (``words = false`` in the config): a model that leans on jieba's
words learns CLUENER's vocabulary and finds fewer unseen names in other news (a person
name that jieba splits, "吕|冬青", is missed), so the shipped model uses bigrams only.

The character itself is embedded through ``LOWER`` (a lexeme attribute).
The jieba segmentation uses a private ``jieba.Tokenizer`` with no user words, so the
features do not depend on what other code added to jieba's global dictionary.

The function is registered as ``kg.zh_char_features.v1``; a pipeline that names it in
``[nlp.tokenizer]`` needs ``import kg.nlp.zh_tokenizer`` before ``spacy.load`` (kg
does this in :func:`kg.nlp.pipelines.chinese_ner`; ``spacy train`` gets it with
``--code kg/nlp/zh_tokenizer.py``).
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import List, Optional

import numpy
from spacy.attrs import LEMMA, NORM, TAG
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces, registry

END = "</s>"


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


def char_features(text: str, words: bool = True):
    """(tokens, spaces, bigrams, jieba_words, positions) for ``text``, aligned to the
    Doc's tokens: one token per non-space character, plus spaCy's whitespace tokens
    where the text has more than one space in a row (so offsets are kept exactly).
    ``words=False`` skips jieba: the word features are then empty strings."""
    chars: List[str] = []
    feats: List[tuple] = []  # (jieba word, B/M/E/S) per non-space character
    if words:
        for word in _jieba().cut(text, HMM=True):
            kept = [c for c in word if not c.isspace()]
            n = len(kept)
            tags = ["S"] if n == 1 else ["B"] + ["M"] * (n - 2) + ["E"]
            name = "".join(kept)
            for c, tag in zip(kept, tags):
                chars.append(c)
                feats.append((name, tag))
    else:
        chars = [c for c in text if not c.isspace()]
        feats = [("", "")] * len(chars)
    tokens, spaces = get_words_and_spaces(chars, text)
    jwords: List[str] = []
    positions: List[str] = []
    it = iter(feats)
    for w in tokens:
        if w.isspace():
            jwords.append(w if words else "")
            positions.append("S" if words else "")
        else:
            name, tag = next(it)
            jwords.append(name)
            positions.append(tag)
    bigrams = []
    for i, w in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) and not spaces[i] else ""
        bigrams.append(w + (nxt if nxt and not nxt.isspace() else END))
    return tokens, spaces, bigrams, jwords, positions


UNK = "<unk>"


def read_bigrams(path) -> frozenset:
    """One bigram per line (UTF-8); empty when ``path`` is None or missing."""
    from pathlib import Path

    if not path or not Path(path).exists():
        return frozenset()
    return frozenset(line.rstrip("\n") for line in Path(path).read_text(encoding="utf-8").splitlines() if line)


class CharFeatureTokenizer:
    """Callable tokenizer: text -> Doc of characters with NORM (and LEMMA/TAG) features.

    With a bigram vocabulary, a bigram outside it becomes ``<unk>``: the model then learns
    to lean on the characters where a bigram is rare, as it is in an unseen name, instead
    of on a hashed row shared with unrelated bigrams. The vocabulary is saved with the
    pipeline (the ``tokenizer`` file)."""

    def __init__(self, vocab, words: bool = True, bigrams: frozenset = frozenset(), lac: bool = False):
        if words and lac:
            raise ValueError("kg.zh_char_features: words and lac both use TAG; choose one")
        self.vocab = vocab
        self.words = words
        self.lac = lac
        self.bigrams = frozenset(bigrams)
        # a model that sees jieba's or LAC's words: kg does not contract its spans to jieba's
        self.sees_words = words or lac

    def __call__(self, text: str) -> Doc:
        chars, spaces, bigrams, words, positions = char_features(text, self.words)
        if self.bigrams:
            known = self.bigrams
            bigrams = [b if b in known else UNK for b in bigrams]
        doc = Doc(self.vocab, words=chars, spaces=spaces)
        if chars:
            add = self.vocab.strings.add
            if self.words:
                arr = numpy.array([[add(b), add(w), add(p)] for b, w, p in zip(bigrams, words, positions)],
                                  dtype="uint64")
                doc.from_array([NORM, LEMMA, TAG], arr)
            elif self.lac:
                from kg.nlp.lac import tagger  # absolute: spacy train loads this file by path

                tags = tagger(required=True).char_tags(text)
                offsets = [t.idx for t in doc]
                arr = numpy.array([[add(b), add(tags[i] or "_")] for b, i in zip(bigrams, offsets)], dtype="uint64")
                doc.from_array([NORM, TAG], arr)
            else:
                doc.from_array([NORM], numpy.array([add(b) for b in bigrams], dtype="uint64"))
        return doc

    # serialization: the bigram vocabulary (features are computed, not learned)
    def to_bytes(self, **kwargs) -> bytes:
        return "\n".join(sorted(self.bigrams)).encode("utf-8")

    def from_bytes(self, data: bytes, **kwargs) -> "CharFeatureTokenizer":
        text = data.decode("utf-8")
        self.bigrams = frozenset(line for line in text.split("\n") if line) if text else self.bigrams
        return self

    def to_disk(self, path, **kwargs) -> None:
        from pathlib import Path

        Path(path).write_bytes(self.to_bytes())

    def from_disk(self, path, **kwargs) -> "CharFeatureTokenizer":
        from pathlib import Path

        if Path(path).is_file():
            self.from_bytes(Path(path).read_bytes())
        return self


@registry.tokenizers("kg.zh_char_features.v1")
def create_char_feature_tokenizer(words: bool = True, bigrams: Optional[str] = None, lac: bool = False):
    """``words=False``: the bigram feature only (no jieba at run time). ``bigrams``: a
    file with the bigram vocabulary (training); a saved pipeline carries its own.
    ``lac=True``: Baidu LAC's tag of each character in TAG."""
    def make(nlp):
        return CharFeatureTokenizer(nlp.vocab, words, read_bigrams(bigrams), lac)

    return make
