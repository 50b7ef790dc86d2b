"""The bilingual gazetteer shipped with kg (``entities.tsv``, CC0, see its header).

Each entry names one real-world thing in Chinese and/or English with aliases.
It feeds the spaCy EntityRulers, the jieba user dictionary and the resolver.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

LEXICON_PATH = Path(__file__).with_name("entities.tsv")


@dataclass(frozen=True)
class LexEntry:
    id: str  # stable: line order independent, from type + en/zh name
    type: str
    kind: Optional[str]
    zh: Optional[str]
    en: Optional[str]
    aliases: tuple[str, ...]
    ambiguous: frozenset = frozenset()  # names that are also common words

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.zh, self.en, *self.aliases) if n)


@lru_cache(maxsize=4)
def load_lexicon(path: Optional[str] = None) -> tuple[LexEntry, ...]:
    """Entries of the TSV lexicon at ``path`` (the shipped one by default)."""
    entries = []
    file = Path(path) if path else LEXICON_PATH
    for lineno, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 5
        type_, kind, zh, en, aliases = (c.strip() for c in cols[:5])
        names = [zh, en] + [a.strip() for a in aliases.split("|") if a.strip()]
        ambiguous = frozenset(n[1:] for n in names if n.startswith("~"))
        zh, en, *rest = (n.lstrip("~") for n in names)
        if not (zh or en):
            raise ValueError(f"{file}:{lineno}: entry without a zh or en name")
        entries.append(LexEntry(
            id=f"{type_}:{en or zh}", type=type_, kind=kind or None, zh=zh or None,
            en=en or None, aliases=tuple(rest), ambiguous=ambiguous))
    return tuple(entries)


PLACES_PATH = Path(__file__).with_name("places.tsv")


@lru_cache(maxsize=1)
def _place_rows() -> tuple:
    """The rows of ``places.tsv``: for each place, its names column by column (Chinese first)."""
    rows = []
    for line in PLACES_PATH.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(tuple(tuple(n.strip() for n in c.split("|") if n.strip()) for c in line.split("\t")))
    return tuple(rows)


@lru_cache(maxsize=1)
def place_names() -> frozenset:
    """Country, region and city names (``places.tsv``, CC0), both scripts, case-folded."""
    return frozenset(n.casefold() for row in _place_rows() for col in row for n in col)


@lru_cache(maxsize=1)
def place_names_zh() -> tuple:
    """The Chinese names of ``places.tsv`` ("奥地利", "沙特阿拉伯"), longest first."""
    names = {n for row in _place_rows() for col in row for n in col if all("\u4e00" <= c <= "\u9fff" for c in n)}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@lru_cache(maxsize=1)
def place_names_en() -> tuple:
    """The English names of ``places.tsv`` as written ("Saudi Arabia", "Vietnam"), longest first."""
    names = {n for row in _place_rows() for col in row[1:] for n in col if n.isascii() and n[0].isupper()}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@lru_cache(maxsize=1)
def entries_by_id() -> dict[str, LexEntry]:
    return {e.id: e for e in load_lexicon()}


@lru_cache(maxsize=8)
def known_names(type_: Optional[str] = None, ambiguous: bool = False) -> frozenset:
    """The unambiguous names of the lexicon's entries (of one type, if given): "Xiaomi",
    "DeepSeek"; with ``ambiguous`` the names that are also common words too ("Claude", 联想)."""
    return frozenset(n for e in load_lexicon() if type_ in (None, e.type) for n in e.names
                     if ambiguous or n not in e.ambiguous)


@lru_cache(maxsize=1)
def ids_by_name() -> dict[str, str]:
    """Case-folded name -> lexicon id, for names that belong to one entry only ("苹果公司" and
    "apple" -> "ORG:Apple")."""
    seen: dict[str, set] = {}
    for e in load_lexicon():
        for n in e.names:
            seen.setdefault(n.casefold(), set()).add(e.id)
    return {n: next(iter(ids)) for n, ids in seen.items() if len(ids) == 1}
