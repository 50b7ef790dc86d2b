"""Blocking: which pairs of clusters the resolver compares, never all pairs.

Two kinds of blocks, both near-linear in the number of names:

* exact keys (a romanization key, a pinyin core name): a dict from key to the
  clusters on each side, pairs only within one key, and a key held by more
  than ``max_block`` clusters on a side is skipped as uninformative;
* sorted neighbourhood for the transliteration scorer: every Chinese name gets
  a few phonetic keys (consonant classes of the model's likeliest Latin
  spellings), every Latin name the classes of its letters; all keys are sorted
  together and a Chinese entry is paired with the Latin entries at most
  ``window`` places away.  Similar sounding names sort next to each other, so
  the number of pairs grows with the number of names times ``window``.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from typing import Hashable, Iterable, TypeVar

L = TypeVar("L")
R = TypeVar("R")


def key_pairs(left: Iterable[tuple[Hashable, L]], right: Iterable[tuple[Hashable, R]],
              max_block: int = 50) -> dict[Hashable, tuple[list[L], list[R]]]:
    """Blocks by exact key: key -> (left items, right items), for keys both sides hold."""
    lb: dict = defaultdict(dict)  # key -> items in first-seen order (a dict as an ordered set)
    rb: dict = defaultdict(dict)
    for key, item in left:
        lb[key][item] = None
    for key, item in right:
        rb[key][item] = None
    out = {}
    for key in sorted(set(lb) & set(rb), key=str):
        if len(lb[key]) <= max_block and len(rb[key]) <= max_block:
            out[key] = (list(lb[key]), list(rb[key]))
    return out


def sorted_neighbourhood(left: Iterable[tuple[str, L]], right: Iterable[tuple[str, R]],
                         window: int = 8) -> set[tuple[L, R]]:
    """Pairs (l, r) whose keys sort within ``window`` places of each other.

    Equal keys tie-break on the item order given, so the result is deterministic.
    """
    entries = [(key, 0, i, item) for i, (key, item) in enumerate(left)]
    entries += [(key, 1, i, item) for i, (key, item) in enumerate(right)]
    entries.sort(key=lambda e: (e[0], e[1], e[2]))
    pairs: set = set()
    rights = [p for p, e in enumerate(entries) if e[1] == 1]
    if not rights:
        return pairs
    # For every left entry, the `window` right entries before and after it in sort order.
    for p, (_, side, _, item) in enumerate(entries):
        if side:
            continue
        at = bisect.bisect_left(rights, p)
        for q in rights[max(0, at - window):at + window]:
            pairs.add((item, entries[q][3]))
    return pairs
