"""Normalized keys for matching names, and ASCII slugs for minting IRIs.

Keys: NFKC (full-width -> half-width), traditional -> simplified Chinese
(OpenCC, for keys only: labels keep what the text wrote), case-folding,
corporate suffixes (Inc, Corp, Co., Ltd, PLC, Group, 公司, 集团, 有限公司 ...)
and punctuation removed.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from ..segment import is_han

_EN_SUFFIX = re.compile(
    r"(?:[\s,]+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|group|"
    r"holdings?|sa|ag|se|gmbh|nv|bv))+\.?$", re.I)
_ZH_SUFFIX = re.compile(r"(?:(?:股份)?有限(?:责任)?公司|控股集团|集团公司|控股|集团|公司)$")
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc
    except ImportError as e:  # pragma: no cover
        raise ImportError("OpenCC is required for name keys: pip install opencc") from e
    return opencc.OpenCC("t2s")


def simplify(text: str) -> str:
    """Traditional -> simplified Chinese (only when the text has Han characters)."""
    if any(is_han(c) for c in text):
        return _t2s().convert(text)
    return text


@lru_cache(maxsize=200_000)
def norm_key(text: str, strip_suffix: bool = True) -> str:
    """The matching key of a name: "Xiaomi Corp." -> "xiaomi", "小米集团" -> "小米"."""
    s = unicodedata.normalize("NFKC", text).strip()
    s = simplify(s).casefold()
    if strip_suffix:
        stripped = _ZH_SUFFIX.sub("", _EN_SUFFIX.sub("", s))
        if len(stripped) >= 2:
            s = stripped
    s = s.replace("·", " ").replace("•", " ")
    return _PUNCT.sub("", s)


@lru_cache(maxsize=100_000)
def pinyin_key(text: str) -> str:
    """Toneless pinyin of the Han characters, without separators ("张鹏" -> "zhangpeng")."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(simplify(text))).lower()


def person_keys(name: str) -> set[str]:
    """Order-insensitive keys of a romanized or Chinese person name.

    "Zhang Peng", "Peng Zhang", "ZHANG Peng" and 张鹏 share a key; so do
    "Lee Chin-yung" and "Lee Chin Yung".
    """
    if any(is_han(c) for c in name):
        from pypinyin import lazy_pinyin

        syllables = lazy_pinyin(simplify(name))
        if len(syllables) < 2 or len(syllables) > 4:
            return set()
        surname, given = syllables[0], "".join(syllables[1:])
        return {surname + given, given + surname}
    parts = [p for p in re.split(r"[\s\-‐]+", unicodedata.normalize("NFKC", name).casefold()) if p]
    if len(parts) < 2 or not all(p.isalpha() and p.isascii() for p in parts):
        return set()
    return {"".join(parts), "".join(parts[1:] + parts[:1])}


def slug(text: str, limit: int = 48) -> str:
    """An ASCII slug of a name: Latin as is, Han as pinyin ("智谱" -> "zhi-pu")."""
    from pypinyin import lazy_pinyin

    s = unicodedata.normalize("NFKC", text)
    words = []
    for chunk in re.findall(r"[\u3400-\u9fff\uf900-\ufaff]+|[A-Za-z0-9]+", simplify(s)):
        if any(is_han(c) for c in chunk):
            words.extend(lazy_pinyin(chunk))
        else:
            words.append(chunk.lower())
    out = "-".join(w for w in words if w)[:limit].strip("-")
    return out or hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
