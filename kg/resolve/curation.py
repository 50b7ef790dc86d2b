"""The curation file: merges and splits a user asks for, honoured on every rebuild.

A UTF-8 text file (``curation.tsv`` by default), one instruction a line, fields
separated by TABs; blank lines and lines starting with ``#`` are ignored::

    # always one entity
    merge	Zhipu AI	北京智谱华章科技有限公司
    # never one entity (different people who share a name)
    split	王超@doc-2024-001	王超@doc-2025-017
    split	Apple	苹果

A name matches every mention with the same normalized key (case, width,
traditional/simplified and corporate suffixes do not matter: "Xiaomi Corp."
matches "xiaomi").  ``name@DOC`` restricts it to the mentions of the document
whose id is ``DOC`` (the part after the last "@", when it holds no space).

``merge`` is an always-merge constraint (it still never joins two types);
``split`` is a never-merge constraint: no join, of any reason, may put a
mention matching one side into the entity of a mention matching the other.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Optional

from .normalize import norm_key

ACTIONS = ("merge", "split")


class CurationError(ValueError):
    """A line of the curation file that cannot be read."""


@dataclass(frozen=True)
class NameRef:
    """A curated name: a normalized key, optionally limited to one document."""

    text: str
    key: str
    doc: Optional[str] = None

    def matches(self, key: str, doc: str) -> bool:
        return key == self.key and (self.doc is None or self.doc == doc)

    def __str__(self) -> str:
        return f"{self.text}@{self.doc}" if self.doc else self.text


@dataclass
class Curation:
    merges: list[tuple[NameRef, NameRef]] = field(default_factory=list)
    splits: list[tuple[NameRef, NameRef]] = field(default_factory=list)
    source: Optional[str] = None

    def __bool__(self) -> bool:
        return bool(self.merges or self.splits)

    def refs(self) -> list[NameRef]:
        return sorted({r for pair in self.merges + self.splits for r in pair},
                      key=lambda r: (r.key, r.doc or ""))

    def scoped_keys(self) -> set[str]:
        """Keys named with a document: their mentions must stay per document."""
        return {r.key for r in self.refs() if r.doc}


def parse_name(field_text: str) -> NameRef:
    text = field_text.strip()
    doc = None
    if "@" in text:
        head, _, tail = text.rpartition("@")
        if head.strip() and tail.strip() and " " not in tail.strip():
            text, doc = head.strip(), tail.strip()
    key = norm_key(text)
    if not key:
        raise CurationError(f"name {field_text!r} has no letters or characters to match")
    return NameRef(text, key, doc)


def parse_curation(text: str, source: str = "<string>") -> Curation:
    cur = Curation(source=source)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f for f in line.rstrip("\r\n").split("\t")]
        fields = [f for f in fields if f.strip()]
        if len(fields) != 3:
            raise CurationError(f"{source}:{lineno}: expected ACTION<TAB>NAME<TAB>NAME, got {line!r}")
        action = fields[0].strip().lower()
        if action not in ACTIONS:
            raise CurationError(f"{source}:{lineno}: unknown action {fields[0]!r}; "
                                f"valid: {', '.join(ACTIONS)}")
        try:
            pair = (parse_name(fields[1]), parse_name(fields[2]))
        except CurationError as e:
            raise CurationError(f"{source}:{lineno}: {e}") from e
        (cur.merges if action == "merge" else cur.splits).append(pair)
    return cur


def load_curation(path: str | os.PathLike) -> Curation:
    """Read a curation file (see the module docstring for its format)."""
    try:
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
    except OSError as e:
        raise CurationError(f"cannot read curation file {os.fspath(path)!r}: {e}") from e
    return parse_curation(text, os.fspath(path))


def as_curation(value) -> Optional[Curation]:
    """A Curation from None, a Curation or a path."""
    if value is None or isinstance(value, Curation):
        return value
    return load_curation(value)
