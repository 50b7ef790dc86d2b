"""The kg ontology (``kg.ttl``) and its SHACL shapes (``shapes.ttl``), shipped as ``kg.ontology``.

``setup.cfg`` maps the package ``kg.ontology`` to this folder, so the files are found the same
way from a checkout and from an installed wheel.
"""
from __future__ import annotations

from pathlib import Path

ONTOLOGY = "kg.ttl"
SHAPES = "shapes.ttl"
FILES = (ONTOLOGY, SHAPES)


def path(name: str = ONTOLOGY) -> Path:
    """Path of one of the shipped files, e.g. ``path("shapes.ttl")``."""
    if name not in FILES:
        raise ValueError(f"unknown ontology file {name!r}; choose one of {', '.join(FILES)}")
    return Path(__file__).resolve().parent / name
