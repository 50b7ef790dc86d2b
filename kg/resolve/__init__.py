"""Entity resolution: mentions -> one entity per real-world thing, across aliases and languages.

``resolve(extractions, curation=...) -> Resolution`` (:mod:`.resolver`); the
curation file (:mod:`.curation`); the merges report (:mod:`.report`); the
learned transliteration scorer (:mod:`.translit`, trained by :mod:`.train_translit`).
"""
from .curation import Curation, CurationError, load_curation
from .report import merges_report, read_merges, write_merges
from .resolver import Resolution, resolve

__all__ = ["Curation", "CurationError", "Resolution", "load_curation", "merges_report",
           "read_merges", "resolve", "write_merges"]
