"""kg's English NER in an already loaded English pipeline.

``extend_english(nlp)`` swaps the pipeline's ``ner`` for the one in
``kg/models/en_kg_ner``: en_core_web_sm 3.8.0's own ``ner`` (same architecture, its
own tok2vec, OntoNotes labels) trained further on news and Wikipedia NER data, so
ORG, PERSON and PRODUCT are better at exactly the same speed.  The component keeps
the name and the place of the original ``ner``; the lexicon EntityRuler in front of
it (``overwrite_ents=True``) still wins, because spaCy's NER keeps the entities
already set on the doc and only labels the tokens around them.

If the model folder is missing (or cannot be loaded), the pipeline is returned
unchanged and a warning is logged.  The model folder can be overridden with the
``KG_EN_NER_MODEL`` environment variable (a path; ``none`` turns the swap off).
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache
from pathlib import Path
from typing import Optional, Union

log = logging.getLogger(__name__)

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "en_kg_ner"
META_KEY = "kg_en_ner"  # set in nlp.meta once extended (the model's version)


def model_path(path: Optional[Union[str, Path]] = None) -> Optional[Path]:
    """The en_kg_ner folder to use, or None when switched off."""
    if path is None:
        env = os.environ.get("KG_EN_NER_MODEL")
        if env and env.lower() in ("none", "off", "0"):
            return None
        path = env or DEFAULT_MODEL
    return Path(path)


@lru_cache(maxsize=2)
def _load(path: str):
    import spacy

    return spacy.load(path)


def extend_english(nlp, path: Optional[Union[str, Path]] = None):
    """Put kg's English NER into ``nlp`` in place of its ``ner``; returns ``nlp``.

    Idempotent. A no-op (with a warning) when the model folder is missing.
    """
    if nlp.meta.get(META_KEY):
        return nlp
    folder = model_path(path)
    if folder is None:
        return nlp
    if not (folder / "meta.json").exists():
        log.warning("kg English NER model not found at %s; keeping the pipeline's own ner", folder)
        return nlp
    try:
        source = _load(str(folder))
        if "ner" not in source.pipe_names:
            raise ValueError(f"{folder} has no 'ner' component")
    except Exception as e:  # noqa: BLE001 - a broken model folder must not stop kg
        log.warning("kg English NER model at %s could not be loaded (%s); keeping the "
                    "pipeline's own ner", folder, e)
        return nlp
    names = nlp.pipe_names
    if "ner" in names:
        i = names.index("ner")
        where = {"before": names[i + 1]} if i + 1 < len(names) else {}
        nlp.remove_pipe("ner")
    else:
        where = {}
    nlp.add_pipe("ner", source=source, **where)
    nlp.meta[META_KEY] = source.meta.get("version", "?")
    return nlp
