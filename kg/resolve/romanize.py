"""Romanized keys of Chinese-origin names: pinyin, Wade-Giles, surname spellings.

张鹏 <-> Zhang Peng / Peng Zhang / ZHANG Peng; 李进勇 <-> Lee Chin-yung (Wade-Giles
given name, hyphenated, with the surname spelling "Lee"); 淮北矿业 <-> Huaibei
Mining (organization core name in pinyin).  Keys are lower-case ASCII letters
without separators, so hyphen and spacing variants fall together.

Surname spellings other than pinyin and Wade-Giles (李 -> Lee, 林 -> Lim) are
learned from the DBP15K training pairs by ``train_translit`` and stored in the
transliteration model (``surnames``).

Also here: titles and regnal numbers of royal and papal names, which both
scripts write differently (查尔斯三世 / Charles III, 威廉王子 / Prince William).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product
from typing import Optional, Sequence

from ..segment import is_han, simplify

# Wade-Giles spellings of pinyin initials and of the finals that differ.
_WG_INITIAL = {"b": "p", "p": "p", "d": "t", "t": "t", "g": "k", "k": "k", "zh": "ch",
               "ch": "ch", "j": "ch", "q": "ch", "x": "hs", "z": "ts", "c": "ts", "r": "j"}
_WG_WHOLE = {"zhi": "chih", "chi": "chih", "shi": "shih", "ri": "jih", "zi": "tzu", "ci": "tzu",
             "si": "ssu", "you": "yu", "yan": "yen", "ye": "yeh", "yong": "yung", "er": "erh",
             "e": "o", "ge": "ko", "ke": "ko", "he": "ho"}
_WG_FINAL = (("iong", "iung"), ("ong", "ung"), ("ian", "ien"), ("ie", "ieh"), ("ue", "ueh"),
             ("ve", "ueh"), ("v", "u"))
_UO_TO_O = set("bpmfdtnlzcs")
_PAREN = re.compile(r"\s*[(（][^()（）]*[)）]")
_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q",
             "x", "r", "z", "c", "s", "y", "w")
# A syllable of pinyin or Wade-Giles ("Lee", "Hsien", "Chih"): used to tell a romanized
# Chinese name ("Wang Chao"), which is as ambiguous as 王超, from other Latin names.
_ROMAN_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|ts|tz|hs|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|iung|uang|ueng|ang|eng|ing|ong|ung|ian|ien|iao|ieh|uai|uan|uei|ueh|erh|van|vn|"
    r"ai|ei|ao|ou|an|en|er|ia|ie|ih|in|iu|ua|uo|ui|un|ue|ee|oo|a|o|e|i|u|v)")


def split_syllable(reading: str) -> tuple[str, str]:
    """Pinyin initial and final: "zhang" -> ("zh", "ang"), "an" -> ("", "an")."""
    for ini in _INITIALS:
        if reading.startswith(ini) and len(reading) > len(ini):
            return ini, reading[len(ini):]
    return "", reading


def wade_giles(syllable: str) -> str:
    """Toneless, apostrophe-free Wade-Giles of a pinyin syllable: "qing" -> "ching"."""
    if syllable in _WG_WHOLE:
        return _WG_WHOLE[syllable]
    ini, fin = split_syllable(syllable)
    if fin == "uo" and ini and ini[-1] in _UO_TO_O and ini not in ("zh", "ch", "sh"):
        fin = "o"
    for old, new in _WG_FINAL:
        if fin.endswith(old):
            fin = fin[: -len(old)] + new
            break
    if ini in ("j", "q", "x") and fin.startswith("u"):
        fin = "u" + fin[1:]
    return _WG_INITIAL.get(ini, ini) + fin


@lru_cache(maxsize=100_000)
def readings(text: str) -> tuple[str, ...]:
    """Toneless pinyin per Han character ("张鹏" -> ("zhang", "peng")); () if not all Han."""
    from pypinyin import lazy_pinyin

    s = _PAREN.sub("", simplify(unicodedata.normalize("NFKC", text))).strip()
    if not s or not all(is_han(c) for c in s):
        return ()
    out = [p.replace("ü", "v") for p in lazy_pinyin(s)]
    return tuple(out) if len(out) == len(s) else ()


def spellings(syllable: str) -> set[str]:
    return {syllable.replace("v", "u"), wade_giles(syllable)}


@lru_cache(maxsize=100_000)
def zh_person_keys(name: str, surnames: Optional[tuple] = None) -> frozenset[str]:
    """Keys of a Chinese-style person name (2-4 Han characters, no "·").

    Family name first and last, pinyin or Wade-Giles per syllable, plus learned
    surname spellings (``surnames``: ((char, (spelling, ...)), ...)).
    """
    syl = readings(name)
    if not 2 <= len(syl) <= 4:
        return frozenset()
    chars = _PAREN.sub("", simplify(unicodedata.normalize("NFKC", name))).strip()
    extra = dict(surnames or ()).get(chars[0], ())
    family = spellings(syl[0]) | set(extra)
    given_options = [sorted(spellings(s)) for s in syl[1:]]
    if len(given_options) > 1:  # one system throughout the given name, or pinyin/WG per syllable
        combos = {"".join(c) for c in product(*given_options)}
    else:
        combos = set(given_options[0])
    keys = set()
    for f in family:
        for g in combos:
            keys.add(f + g)
            keys.add(g + f)
    return frozenset(keys)


def latin_person_keys(name: str) -> frozenset[str]:
    """Keys of a Latin person name: as written and with the last token first.

    "Lee Chin-yung", "Lee Chin Yung" and "Chin-yung Lee" share a key.
    """
    s = unicodedata.normalize("NFKD", _PAREN.sub("", name))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    tokens = [t.replace("-", "").replace("‐", "").replace("'", "").replace("’", "")
              for t in re.split(r"[\s,]+", s) if t]
    if not 2 <= len(tokens) <= 3 or not all(t.isascii() and t.isalpha() for t in tokens):
        return frozenset()
    return frozenset({"".join(tokens), "".join(tokens[-1:] + tokens[:-1])})


@lru_cache(maxsize=100_000)
def is_romanized_chinese(token: str) -> bool:
    """Whether a Latin token reads as pinyin/Wade-Giles syllables ("Zhilin", "Chin-yung")."""
    t = token.casefold().replace("-", "").replace("'", "").replace("’", "")
    if not t.isascii() or not t.isalpha():
        return False
    ok = [True] + [False] * len(t)
    for i in range(len(t)):
        if ok[i]:
            for end in range(i + 1, min(len(t), i + 6) + 1):
                if _ROMAN_SYLLABLE.fullmatch(t, i, end):
                    ok[end] = True
    return ok[len(t)]


@lru_cache(maxsize=200_000)
def is_ambiguous_person(text: str) -> bool:
    """A person name that many people share, so equal text is no evidence of one person.

    Chinese-style names (2-4 Han characters without "·": 王超, 张鹏), their
    romanizations ("Wang Chao", "Zhang Peng") and single-word names ("Dean").
    """
    s = unicodedata.normalize("NFKC", text).strip()
    if any(is_han(c) for c in s):
        return "·" not in s and "・" not in s and len(s) <= 4
    tokens = [t for t in re.split(r"[\s,]+", s) if t]
    if len(tokens) <= 1:
        return True
    return len(tokens) <= 3 and all(is_romanized_chinese(t) for t in tokens)


# --------------------------------------------------------------------------- titles and regnal numbers
_ZH_TITLE_HEAD = re.compile(r"^(?:教宗|教皇|国王|女王|皇帝|苏丹|沙皇)")
_ZH_TITLE_TAIL = re.compile(r"(?:王子|公主|亲王|国王|女王|皇帝|大帝|教宗)$")
_ZH_REGNAL = re.compile(r"([一二三四五六七八九十]{1,3})世$")
_ZH_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
_EN_TITLES = frozenset("pope king queen emperor empress prince princess saint st sultan tsar czar "
                       "infante infanta grand duke duchess sir lord lady".split())
_ROMAN = re.compile(r"^(?=[ivxl]+$)(x{0,3}|xl|l)(ix|iv|v?i{0,3})$")


def _zh_number(s: str) -> Optional[int]:
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_ZH_DIGITS.get(tens, 1) if tens else 1) * 10 + (_ZH_DIGITS.get(ones, 0) if ones else 0)
    return _ZH_DIGITS.get(s) if len(s) == 1 else None


def _roman(token: str) -> Optional[int]:
    if not token or not _ROMAN.match(token):
        return None
    values = {"i": 1, "v": 5, "x": 10, "l": 50}
    total = 0
    for a, b in zip(token, token[1:] + " "):
        total += -values[a] if values.get(b, 0) > values[a] else values[a]
    return total or None


def zh_title_split(text: str) -> tuple[str, Optional[int]]:
    """A Chinese royal or papal name without its title, and its regnal number.

    查尔斯三世 -> (查尔斯, 3); 教宗良十四世 -> (良, 14); 威廉王子 -> (威廉, None).
    """
    s = simplify(_PAREN.sub("", unicodedata.normalize("NFKC", text))).strip()
    number = None
    m = _ZH_REGNAL.search(s)
    if m and len(s) > len(m.group(0)) and _zh_number(m.group(1)):
        number, s = _zh_number(m.group(1)), s[:m.start()]
    for rx in (_ZH_TITLE_HEAD, _ZH_TITLE_TAIL):
        stripped = rx.sub("", s)
        if len(stripped) >= 1:
            s = stripped
    return s, number


def en_title_split(tokens: Sequence[str]) -> tuple[tuple[str, ...], Optional[int]]:
    """Latin name tokens without titles, cut at a regnal number: "pope gregory xv" -> (gregory,), 15."""
    out, number = [], None
    for t in tokens:
        n = _roman(t) if out else None
        if n:
            number = n
            break
        if t not in _EN_TITLES:
            out.append(t)
    return tuple(out or tokens), number
