"""Transliteration similarity between a Chinese name and a Latin one.

纳尔逊·洛克菲勒 / Nelson Rockefeller, 英伟达 / Nvidia: each Han character of a
transliterated name stands for a short chunk of Latin letters (纳 -> "ne",
尔 -> "l", 逊 -> "son").  The model holds P(chunk | character), learned by EM
from aligned name pairs (``kg/resolve/train_translit.py``, DBP15K zh-en train
pairs, CC BY-SA 3.0; see ``MODEL_CARD.md``), backed off to P(chunk | pinyin
syllable of the character) and then to a floor, so characters never seen in
training still score through their reading.

The score of a pair is the pointwise mutual information per Latin letter,
``(log P(latin | han) - log P_bg(latin)) / len(latin)``, with P(latin | han)
summed over all monotone alignments (each character emits 1-5 letters, a
Latin letter may be skipped at a small learned cost) and P_bg a letter-bigram
model of names.  Positive means "explained better than chance"; the model
file stores the threshold tuned on a dev split.

:func:`phonetic_class` gives coarse consonant-class keys of Latin spellings
(the model's likeliest spellings of a Chinese name, or the Latin name itself);
the resolver sorts names by them for blocking and never compares all pairs.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Sequence

from ..segment import is_han, simplify
from .romanize import split_syllable

MODEL_PATH = Path(__file__).with_name("translit_model.json")
MAX_CHUNK = 5
FLOOR_LETTER = 0.004  # an unexplained chunk of k letters has probability FLOOR_LETTER ** k
FLOOR = tuple(FLOOR_LETTER ** k for k in range(MAX_CHUNK + 1))
_PAREN = re.compile(r"\s*[(（][^()（）]*[)）]")
_ZH_SEP = "·・•‧-－ "


# --------------------------------------------------------------------------- units

def han_parts(text: str) -> Optional[tuple[tuple[str, ...], ...]]:
    """Simplified Han characters of a Chinese name, by name part (split at "·").

    None when the name holds anything else (Latin letters, digits), which this
    model does not cover ("SK海力士").
    """
    s = simplify(_PAREN.sub("", unicodedata.normalize("NFKC", text)).strip())
    parts = tuple(tuple(p) for p in re.split(f"[{re.escape(_ZH_SEP)}]+", s) if p)
    if not parts or not all(is_han(c) for p in parts for c in p):
        return None
    return parts


def han_units(text: str) -> Optional[tuple[str, ...]]:
    """The Han characters of a Chinese name, separators dropped (see :func:`han_parts`)."""
    parts = han_parts(text)
    return tuple(c for p in parts for c in p) if parts else None


def latin_tokens(text: str) -> Optional[tuple[str, ...]]:
    """Lower-case ASCII letter tokens of a Latin name (accents folded), or None."""
    s = _PAREN.sub("", text).split(",")[0]
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    if any(is_han(c) for c in s):
        return None
    tokens = [t for t in re.split(r"[^a-z]+", s) if t]
    return tuple(tokens) if tokens else None


def alignments_of(parts, tokens) -> list[list[tuple[tuple[str, ...], str]]]:
    """Ways to lay a Chinese name over a Latin one, as [(characters, letters)].

    When both have several parts: part against token, in either order for two
    (initials dropped; a Chinese name with more parts, such as a patronymic,
    keeps its first and last: 弗拉基米尔·安东诺维奇·伊瓦什科 / Vladimir Ivashko).
    Otherwise the whole names, the Latin one in either token order.
    """
    full = [t for t in tokens if len(t) > 1]
    zh = list(parts)
    if len(zh) >= 2 and len(full) >= 2:
        if len(zh) > len(full) == 2:
            zh = [zh[0], zh[-1]]
        if len(zh) == len(full):
            options = [list(zip(zh, full))]
            if len(full) == 2:
                options.append(list(zip(zh, full[::-1])))
            return options
    chars = tuple(c for p in parts for c in p)
    return [[(chars, latin)] for latin in latin_orders(tokens)]


def latin_orders(tokens: Sequence[str]) -> list[str]:
    """The name as written and, for 2-3 tokens, with the last token first.

    English writes many East Asian names given-name first ("Shinzo Abe" for
    安倍晋三), Chinese family name first.
    """
    orders = ["".join(tokens)]
    if 2 <= len(tokens) <= 3:
        orders.append("".join(tokens[-1:] + tuple(tokens[:-1])))
    return orders


@lru_cache(maxsize=50_000)
def han_readings(chars: tuple[str, ...]) -> tuple[str, ...]:
    """Toneless pinyin of each character, read in context."""
    from pypinyin import lazy_pinyin

    out = lazy_pinyin("".join(chars))
    return tuple(out) if len(out) == len(chars) else tuple(lazy_pinyin(c)[0] for c in chars)


# --------------------------------------------------------------------------- model

def _normalize(table: dict) -> tuple[dict, dict]:
    probs, totals = {}, {}
    for key, chunks in table.items():
        total = sum(chunks.values())
        if total > 0:
            totals[key] = total
            probs[key] = {c: v / total for c, v in chunks.items()}
    return probs, totals


def learn_subsyllables(py_counts: dict, rounds: int = 5) -> tuple[dict, dict]:
    """P(spelling | initial) and P(spelling | final) by EM over the syllables' chunk counts.

    Each chunk a syllable was spelled with is split into a head (the initial's
    spelling, possibly empty) and a tail (the final's, possibly empty).
    """
    items = []
    for reading, chunks in py_counts.items():
        ini, fin = split_syllable(reading)
        for chunk, n in chunks.items():
            if n > 0.05:
                items.append((ini, fin, chunk, n))
    p_ini: dict = {}
    p_fin: dict = {}
    for _ in range(rounds):
        c_ini: dict = {}
        c_fin: dict = {}
        for ini, fin, chunk, n in items:
            splits = [(chunk[:k], chunk[k:]) for k in range(len(chunk) + 1)]
            weights = [p_ini.get(ini, {}).get(a, 0.01) * p_fin.get(fin, {}).get(b, 0.01) if p_ini
                       else 1.0 for a, b in splits]
            total = sum(weights)
            for (a, b), w in zip(splits, weights):
                share = n * w / total
                c_ini.setdefault(ini, {})[a] = c_ini.get(ini, {}).get(a, 0.0) + share
                c_fin.setdefault(fin, {})[b] = c_fin.get(fin, {}).get(b, 0.0) + share
        p_ini, _ = _normalize(c_ini)
        p_fin, _ = _normalize(c_fin)
    return p_ini, p_fin


class TranslitModel:
    """P(chunk | Han character) with pinyin back-off, a letter-bigram background."""

    def __init__(self, data: dict):
        self.data = data
        self.han: dict[str, dict[str, float]] = data["han"]
        self.han_n: dict[str, float] = data["han_n"]
        self.py: dict[str, dict[str, float]] = data["pinyin"]
        self.py_n: dict[str, float] = data["pinyin_n"]
        self.beta = float(data.get("beta", 5.0))
        self.gamma = float(data.get("gamma", 2.0))
        self.ins = float(data["insert"])
        self.bigram: dict[str, float] = data["bigram"]
        self.bigram_floor = float(data["bigram_floor"])
        self.threshold = float(data.get("threshold", 0.5))
        self.initial: dict[str, dict[str, float]] = data.get("initial", {})
        self.final: dict[str, dict[str, float]] = data.get("final", {})
        self._dist: dict[tuple[str, str], dict[str, float]] = {}
        self._sub: dict[str, dict[str, float]] = {}
        self._bg: dict[str, float] = {}
        self._top: dict[tuple, list] = {}

    @classmethod
    def from_counts(cls, han_counts: dict, py_counts: dict, insert: float, bigram: dict,
                    bigram_floor: float, **extra) -> "TranslitModel":
        han, han_n = _normalize(han_counts)
        py, py_n = _normalize(py_counts)
        initial, final = learn_subsyllables(py_counts)
        return cls({"han": han, "han_n": han_n, "pinyin": py, "pinyin_n": py_n,
                    "initial": initial, "final": final, "insert": insert, "bigram": bigram,
                    "bigram_floor": bigram_floor, **extra})

    def subsyllable(self, reading: str) -> dict[str, float]:
        """P(chunk | reading) composed from its initial's and final's spellings."""
        cached = self._sub.get(reading)
        if cached is not None:
            return cached
        ini, fin = split_syllable(reading)
        heads = sorted(self.initial.get(ini, {}).items(), key=lambda kv: -kv[1])[:10]
        tails = sorted(self.final.get(fin, {}).items(), key=lambda kv: -kv[1])[:10]
        out: dict[str, float] = {}
        for a, pa in heads:
            for b, pb in tails:
                chunk = a + b
                if 1 <= len(chunk) <= MAX_CHUNK:
                    out[chunk] = out.get(chunk, 0.0) + pa * pb
        self._sub[reading] = out
        return out

    def dist(self, char: str, reading: str) -> dict[str, float]:
        """Smoothed P(chunk | char).

        Dirichlet back-off: character -> its reading (syllable) -> the reading's
        initial and final, so an unseen character or spelling still scores.
        """
        key = (char, reading)
        cached = self._dist.get(key)
        if cached is not None:
            return cached
        py, n_py = self.py.get(reading, {}), self.py_n.get(reading, 0.0)
        lam_py = n_py / (n_py + self.gamma)
        han, n_han = self.han.get(char, {}), self.han_n.get(char, 0.0)
        lam = n_han / (n_han + self.beta)
        out: dict[str, float] = {}
        for c, p in self.subsyllable(reading).items():
            out[c] = (1 - lam) * (1 - lam_py) * p
        for c, p in py.items():
            out[c] = out.get(c, 0.0) + (1 - lam) * lam_py * p
        for c, p in han.items():
            out[c] = out.get(c, 0.0) + lam * p
        self._dist[key] = out
        return out

    def forward(self, chars: Sequence[str], readings: Sequence[str], latin: str) -> float:
        """log P(latin | chars), summed over monotone alignments."""
        m = len(latin)
        ins = self.ins
        # Every chunk ending at each position, with its floor and where it starts.
        ends = [[(latin[j - k:j], FLOOR[k], j - k) for k in range(1, min(MAX_CHUNK, j) + 1)]
                for j in range(m + 1)]
        prev = [ins ** j for j in range(m + 1)]
        for c, r in zip(chars, readings):
            get = self.dist(c, r).get
            cur = [0.0] * (m + 1)
            for j in range(1, m + 1):
                total = cur[j - 1] * ins
                for chunk, floor, src in ends[j]:
                    a = prev[src]
                    if a:
                        total += a * (get(chunk, 0.0) + floor)
                cur[j] = total
            prev = cur
        return math.log(prev[m]) if prev[m] > 0 else -1e9

    def background(self, latin: str) -> float:
        """log P_bg(latin): letter bigrams with start/end marks."""
        cached = self._bg.get(latin)
        if cached is None:
            s = "^" + latin + "$"
            floor = self.bigram_floor
            cached = sum(self.bigram.get(s[i:i + 2], floor) for i in range(len(s) - 1))
            if len(self._bg) < 200_000:
                self._bg[latin] = cached
        return cached

    def score(self, zh: str, en: str) -> float:
        """Per-letter PMI of the best reading of the pair; -99 when either side does not apply."""
        parts = han_parts(zh)
        tokens = latin_tokens(en)
        if not parts or not tokens:
            return -99.0
        return self.score_units(parts, tokens)

    def score_units(self, parts: tuple[tuple[str, ...], ...], tokens: tuple[str, ...]) -> float:
        """Best of: the whole names (both token orders), and name parts aligned one to one."""
        best = -99.0
        for option in alignments_of(parts, tokens):
            letters = sum(len(latin) for _, latin in option)
            if any(len(latin) > 6 * len(z) + 4 or len(latin) * 3 < len(z) for z, latin in option):
                continue
            lp = sum(self.forward(z, han_readings(z), latin) - self.background(latin)
                     for z, latin in option)
            best = max(best, lp / letters)
        return best

    def decodings(self, chars: Sequence[str], beam: int = 4, width: int = 3,
                  prefix: int = 5) -> list[str]:
        """The most probable Latin spellings of the first ``prefix`` characters."""
        readings = han_readings(tuple(chars))
        hyps = [("", 0.0)]
        for c, r in list(zip(chars, readings))[:prefix]:
            top = self._top.get((c, r, width))
            if top is None:
                d = self.dist(c, r)
                top = sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:width] or [(r, 1.0)]
                self._top[(c, r, width)] = top
            hyps = sorted(((h + chunk, lp + math.log(p)) for h, lp in hyps for chunk, p in top),
                          key=lambda hp: (-hp[1], hp[0]))[:beam]
        return [h for h, _ in hyps]

    def to_json(self) -> dict:
        return self.data


def phonetic_class(latin: str, limit: int = 4) -> str:
    """Coarse consonant classes of a Latin spelling: "rockefeller" -> "LKFL".

    Vowels, h, w and y are dropped, confusable consonants share a class and
    repeats collapse, so the Latin spelling of a name and the model's decoding
    of its Chinese form usually fall together.
    """
    s = latin.replace("ph", "f").replace("th", "t").replace("sch", "s").replace("sh", "s")
    out = []
    for ch in s:
        cls = _CLASS.get(ch)
        if cls and (not out or out[-1] != cls):
            out.append(cls)
            if len(out) >= limit:
                break
    return "".join(out)


_CLASS = {**dict.fromkeys("bp", "B"), **dict.fromkeys("fv", "F"), **dict.fromkeys("ckgqx", "K"),
          **dict.fromkeys("dt", "D"), **dict.fromkeys("lr", "L"), **dict.fromkeys("mn", "N"),
          **dict.fromkeys("szj", "S")}


@lru_cache(maxsize=2)
def load_model(path: Optional[str] = None) -> Optional[TranslitModel]:
    """The shipped model (or the one at ``path``); None if the file is missing."""
    file = Path(path) if path else MODEL_PATH
    if not file.exists():
        return None
    with open(file, encoding="utf-8") as f:
        return TranslitModel(json.load(f))


def rank(model: TranslitModel, zh: str, candidates: Iterable[str]) -> list[tuple[str, float]]:
    """Candidates ordered by score, best first (ties by name, for determinism)."""
    scored = [(c, model.score(zh, c)) for c in candidates]
    return sorted(scored, key=lambda cs: (-cs[1], cs[0]))
