"""The merges of a resolution, for people to review: ``out/merges.json`` and ``kg merges``.

Each record names the two sides (``a``, ``b`` with their languages), the entity
type, the ``reason`` (curation, lexicon, stated, short-form, exact+neighbour,
pinyin, pinyin-core, transliteration), a ``score`` in [0, 1], the
``evidence`` (lexicon entry, shared neighbour, same document ...) and a
``status``:

* ``applied``: joined; ``entity`` is the key of the resulting node;
* ``candidate``: considered but left apart (``note`` says why: below threshold,
  common name without shared neighbour, not the mutual best ...);
  ``a_entity`` / ``b_entity`` are the nodes each side ended on;
* ``refused``: a join blocked by a type conflict or a ``split`` in the curation file.

A candidate can be turned into a join by a ``merge`` line in the curation file,
an applied merge undone by a ``split`` line.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from ..io.files import atomic_open

FORMAT = "kg.merges.v1"
_STATUS_ORDER = {"applied": 0, "candidate": 1, "refused": 2}


def merges_report(resolution) -> list[dict]:
    """Applied merges, then candidates and refused joins, best score first within each."""
    records = [dict(r) for r in list(resolution.merges) + list(resolution.candidates)]
    for r in records:
        r.setdefault("status", "applied")
    records.sort(key=lambda r: (_STATUS_ORDER.get(r["status"], 9), -float(r.get("score") or 0),
                                r.get("reason", ""), r.get("a", ""), r.get("b", "")))
    return records


def write_merges(resolution, path: str | os.PathLike) -> Path:
    """Write the report as UTF-8 JSON, atomically (a temporary file, then ``os.replace``)."""
    data = {"format": FORMAT, "merges": merges_report(resolution)}
    with atomic_open(path) as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return Path(path)


def read_merges(path: str | os.PathLike) -> list[dict]:
    """The records written by :func:`write_merges`."""
    path = Path(path)
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        raise ValueError(f"cannot read merges file {os.fspath(path)!r}: {e}") from e
    if isinstance(data, list):
        return data
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"{os.fspath(path)!r} is not a kg merges file (expected format {FORMAT!r})")
    return list(data.get("merges", []))
