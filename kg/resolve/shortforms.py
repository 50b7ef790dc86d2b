"""Short forms used again later in one document, and the full name they stand for.

Within one document only, and only when exactly one longer name of the same type fits:

* organizations: "Zhipu" / "Zhipu AI", "Dean" / "Dean Foods Co" (whole leading
  words), "ICBC" / "Industrial and Commercial Bank of China" (initials),
  智谱 / 北京智谱华章科技有限公司 (a prefix of the name or of its brand, place and
  trade words removed);
* persons: "Rockefeller" / "Nelson Rockefeller" (the family name, last, or first
  for a romanized Chinese name: "Zhang" / "Zhang Peng"), 洛克菲勒 / 纳尔逊·洛克菲勒.

Products are left alone: GLM-4 is not GLM-4.5.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from typing import Iterable

from ..records import Mention
from ..segment import is_han
from .normalize import acronym, en_tokens, norm_key, zh_core
from .romanize import is_romanized_chinese

_ZH_SEP = re.compile(r"[·・•‧]")


def _is_zh(text: str) -> bool:
    return any(is_han(c) for c in text)


def _org_fits(short: str, long: str) -> bool:
    if _is_zh(short) != _is_zh(long):
        return False
    if _is_zh(short):
        ks, kl = norm_key(short, strip_suffix=False), norm_key(long, strip_suffix=False)
        return len(ks) >= 2 and len(kl) > len(ks) and (kl.startswith(ks) or zh_core(long).startswith(ks))
    ts, tl = en_tokens(short), en_tokens(long)
    if ts and len(tl) > len(ts) and tl[:len(ts)] == ts and len("".join(ts)) >= 3:
        return not tl[len(ts)][0].isdigit()  # "GLM" is not short for "GLM 4"
    s = unicodedata.normalize("NFKC", short).strip()
    return s.isupper() and 2 <= len(s) <= 6 and s.isalpha() and s.lower() == acronym(long)


def _person_fits(short: str, long: str) -> bool:
    if _is_zh(short) != _is_zh(long):
        return False
    if _is_zh(short):
        parts = [p for p in _ZH_SEP.split(unicodedata.normalize("NFKC", long)) if p]
        return len(parts) >= 2 and norm_key(parts[-1]) == norm_key(short) and len(short) >= 2
    ts, tl = en_tokens(short), en_tokens(long)
    if len(ts) != 1 or len(tl) < 2 or len(ts[0]) < 3:
        return False
    if ts[0] == tl[-1]:
        return True
    return ts[0] == tl[0] and all(is_romanized_chinese(t) for t in tl)


def short_form_pairs(mentions: Iterable[Mention]) -> list[tuple[str, str, str]]:
    """(type, long text, short text) pairs of one document, each short form with one full name."""
    names: dict = defaultdict(dict)  # type -> norm key -> first text
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if m.type in ("ORG", "PERSON"):
            names[m.type].setdefault(norm_key(m.text) or m.text, m.text)
    out = []
    for type_, by_key in sorted(names.items()):
        fits = _org_fits if type_ == "ORG" else _person_fits
        texts = sorted(by_key.values(), key=lambda t: (len(t), t))
        if len(texts) > 400:  # a huge document: only its 400 shortest names are tried
            texts = texts[:400]
        for short in texts:
            longer = [t for t in texts if len(t) > len(short) and fits(short, t)]
            if len(longer) == 1:
                out.append((type_, longer[0], short))
    return out
