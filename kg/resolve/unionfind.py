"""Union-find over mention nodes, with never-merge constraints.

Nodes carry tags (the curation names they match); a pair of tags can be
forbidden.  A union whose two classes hold a forbidden pair of tags is refused,
so a ``split`` in the curation file holds whatever evidence comes later.
The root of a class is its smallest node, so the result does not depend on
the order of unions that succeed.
"""
from __future__ import annotations

from collections import defaultdict

JOINED, SAME, REFUSED = "joined", "same", "refused"


class UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}
        self.tags: dict[str, set] = {}  # root -> tags of its class (only classes with tags)
        self.forbidden: dict = defaultdict(set)  # tag -> tags it may never share a class with

    def add(self, x: str) -> None:
        self.parent.setdefault(x, x)

    def find(self, x: str) -> str:
        parent = self.parent
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    def tag(self, x: str, tag) -> None:
        self.tags.setdefault(self.find(x), set()).add(tag)

    def forbid(self, a, b) -> None:
        self.forbidden[a].add(b)
        self.forbidden[b].add(a)

    def conflict(self, a: str, b: str) -> bool:
        ta, tb = self.tags.get(self.find(a)), self.tags.get(self.find(b))
        if not ta or not tb:
            return False
        small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
        return any(self.forbidden.get(t, set()) & large for t in small)

    def union(self, a: str, b: str) -> str:
        """JOINED, SAME (already one class) or REFUSED (a never-merge pair)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return SAME
        if self.conflict(ra, rb):
            return REFUSED
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        moved = self.tags.pop(rb, None)
        if moved:
            self.tags.setdefault(ra, set()).update(moved)
        return JOINED

    def classes(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for x in sorted(self.parent):
            out[self.find(x)].append(x)
        return dict(out)
