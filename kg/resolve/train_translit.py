"""Train the transliteration model from DBP15K zh-en name pairs.

    python -m kg.resolve.train_translit --data ../shared/data [--out kg/resolve/translit_model.json]

Reads ``dbp15k_zh_en/zh_en_pairs_train.jsonl`` (DBpedia, CC BY-SA 3.0) and
writes a small JSON of probabilities (P(chunk | character), P(chunk | pinyin
syllable), a letter-bigram background, the insertion rate and the decision
threshold); no pair is copied into it.

Split (deterministic, by hash of "zh<TAB>en", see :func:`split_of`): 20 %
``test`` (never trained on or tuned on; ``eval/resolution.py`` uses it), 10 %
``dev`` (threshold tuning), 70 % ``train`` (EM).

Training: EM over monotone alignments in which each Han character emits 1-5
Latin letters and a letter may be skipped (many-to-many alignment, as in
m2m-aligner), starting from uniform probabilities.  After a first round, pairs
the model cannot explain (semantic translations such as 标准石油 / Standard Oil)
are dropped and EM runs again.  The threshold is the lowest score at which
at most ``--max-false`` of dev names whose partner is absent would still be
joined to their best-scoring wrong candidate.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Iterator, Optional

from .translit import (FLOOR, MAX_CHUNK, MODEL_PATH, TranslitModel, alignments_of, han_parts,
                       han_readings, latin_tokens)

PAIRS = Path("dbp15k_zh_en") / "zh_en_pairs_train.jsonl"
LICENCE = ("Derived from DBpedia via the DBP15K zh-en alignment (Sun et al. 2017), "
           "CC BY-SA 3.0; probabilities only, no pair is stored.")


def split_of(zh: str, en: str) -> str:
    """``test`` (20 %), ``dev`` (10 %) or ``train`` (70 %), by hash: stable across runs."""
    h = int(hashlib.sha1(f"{zh}\t{en}".encode("utf-8")).hexdigest(), 16) % 100
    return "test" if h < 20 else "dev" if h < 30 else "train"


def load_pairs(data_dir: str | os.PathLike, split: Optional[str] = None) -> list[dict]:
    """Pairs of the DBP15K file (dicts with zh, en, type_guess, split)."""
    path = Path(data_dir) / PAIRS
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: pass --data pointing at the shared data folder "
                                "(the one holding dbp15k_zh_en/)")
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                row["split"] = split_of(row["zh"], row["en"])
                if split is None or row["split"] == split:
                    rows.append(row)
    return rows


def units(row: dict) -> list:
    """Training items (chars, readings, letters) of a pair: part by part when the
    Chinese and Latin names have the same number of parts, else whole; [] if unusable."""
    parts, tokens = han_parts(row["zh"]), latin_tokens(row["en"])
    if not parts or not tokens or sum(map(len, parts)) > 14:
        return []
    options = alignments_of(parts, tokens)
    by_part = next((o for o in options if len(o) > 1), None)
    pieces = by_part if by_part and len(parts) == len(tokens) else options[0]
    items = []
    for chars, latin in pieces:
        if not (len(chars) <= len(latin) <= 5 * len(chars)):
            return []
        items.append((chars, han_readings(chars), latin))
    return items


# --------------------------------------------------------------------------- EM

def _expected_counts(model: TranslitModel, chars, readings, latin, han_c, py_c) -> tuple[float, float]:
    n, m = len(chars), len(latin)
    dists = [model.dist(c, r) for c, r in zip(chars, readings)]
    ins = model.ins
    emit = [[[0.0] * (MAX_CHUNK + 1) for _ in range(m + 1)] for _ in range(n)]
    for i in range(n):
        d = dists[i]
        for j in range(m + 1):
            for k in range(1, min(MAX_CHUNK, j) + 1):
                emit[i][j][k] = d.get(latin[j - k:j], 0.0) + FLOOR[k]
    alpha = [[0.0] * (m + 1) for _ in range(n + 1)]
    alpha[0][0] = 1.0
    for j in range(1, m + 1):
        alpha[0][j] = alpha[0][j - 1] * ins
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            total = alpha[i][j - 1] * ins
            for k in range(1, min(MAX_CHUNK, j) + 1):
                total += alpha[i - 1][j - k] * emit[i - 1][j][k]
            alpha[i][j] = total
    z = alpha[n][m]
    if z <= 0:
        return 0.0, 0.0
    beta = [[0.0] * (m + 1) for _ in range(n + 1)]
    beta[n][m] = 1.0
    for i in range(n, -1, -1):
        for j in range(m, -1, -1):
            if i == n and j == m:
                continue
            total = beta[i][j + 1] * ins if j < m else 0.0
            if i < n:
                for k in range(1, min(MAX_CHUNK, m - j) + 1):
                    total += emit[i][j + k][k] * beta[i + 1][j + k]
            beta[i][j] = total
    inserted = 0.0
    for i in range(n + 1):
        for j in range(1, m + 1):
            inserted += alpha[i][j - 1] * ins * beta[i][j] / z
    for i in range(1, n + 1):
        hc, pc = han_c[chars[i - 1]], py_c[readings[i - 1]]
        for j in range(1, m + 1):
            b = beta[i][j]
            if not b:
                continue
            for k in range(1, min(MAX_CHUNK, j) + 1):
                post = alpha[i - 1][j - k] * emit[i - 1][j][k] * b / z
                if post > 1e-4:
                    chunk = latin[j - k:j]
                    hc[chunk] += post
                    pc[chunk] += post
    return inserted, math.log(z)


def train_em(items, bigram, bigram_floor, iterations: int = 8, insert: float = 0.001,
             log=print) -> TranslitModel:
    model = TranslitModel.from_counts({}, {}, insert, bigram, bigram_floor)
    for it in range(iterations):
        han_c: dict = defaultdict(lambda: defaultdict(float))
        py_c: dict = defaultdict(lambda: defaultdict(float))
        inserted = letters = ll = 0.0
        for chars, readings, latin in items:
            ins, lz = _expected_counts(model, chars, readings, latin, han_c, py_c)
            inserted += ins
            letters += len(latin)
            ll += lz
        rate = min(max(inserted / max(letters, 1.0), 1e-4), 0.05)
        model = TranslitModel.from_counts(han_c, py_c, rate, bigram, bigram_floor)
        log(f"  EM {it + 1}: log-likelihood/pair {ll / max(len(items), 1):.2f}, insert {rate:.4f}")
    return model


def pmi(model: TranslitModel, item) -> float:
    chars, readings, latin = item
    return (model.forward(chars, readings, latin) - model.background(latin)) / len(latin)


def letter_bigram(latins) -> tuple[dict, float]:
    counts: dict = defaultdict(float)
    for latin in latins:
        s = "^" + latin + "$"
        for i in range(len(s) - 1):
            counts[s[i:i + 2]] += 1
    firsts: dict = defaultdict(float)
    for bg, c in counts.items():
        firsts[bg[0]] += c
    v = 28
    table = {bg: round(math.log((c + 1) / (firsts[bg[0]] + v)), 4) for bg, c in counts.items()}
    floor = math.log(1 / (max(firsts.values()) + v))
    return table, round(floor, 4)


# --------------------------------------------------------------------------- tuning

def score_matrix(model: TranslitModel, rows: list[dict]) -> tuple[list[float], list[float], float]:
    """Scores of true pairs, best wrong score per name, and top-1 accuracy among all rows."""
    names = [(r, han_parts(r["zh"]), latin_tokens(r["en"])) for r in rows]
    names = [(r, c, t) for r, c, t in names if c and t]
    pos, neg, hits = [], [], 0
    for i, (_, chars, _) in enumerate(names):
        scores = [model.score_units(chars, t) for _, _, t in names]
        pos.append(scores[i])
        wrong = max((s for j, s in enumerate(scores) if j != i), default=-99.0)
        neg.append(wrong)
        hits += scores[i] > wrong
    return pos, neg, hits / max(len(names), 1)


def tune_threshold(pos: list[float], neg: list[float], max_false: float) -> float:
    """The lowest threshold whose false-join rate on partner-absent names is <= max_false."""
    for t in sorted(set(round(x, 2) for x in pos + neg)):
        if sum(s >= t for s in neg) / max(len(neg), 1) <= max_false:
            return t
    return max(neg, default=0.0) + 0.01


def prune(table: dict, min_p: float, top: int) -> dict:
    out = {}
    for key in sorted(table):
        items = sorted(table[key].items(), key=lambda kv: (-kv[1], kv[0]))
        kept = {c: round(p, 4) for c, p in items[:top] if p >= min_p}
        if kept:
            out[key] = kept
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default="../shared/data", help="folder holding dbp15k_zh_en/")
    ap.add_argument("--out", default=str(MODEL_PATH))
    ap.add_argument("--iterations", type=int, default=6)
    ap.add_argument("--keep", type=float, default=0.0,
                    help="smallest out-of-fold score of a pair kept for the final training")
    ap.add_argument("--max-false", type=float, default=0.03,
                    help="largest share of dev names that may join a wrong candidate")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    rows = load_pairs(args.data)
    train = [r for r in rows if r["split"] == "train"]
    dev = [r for r in rows if r["split"] == "dev"]
    items = [u for row in train for u in units(row)]
    print(f"{len(rows)} pairs: {len(train)} train ({len(items)} name parts), {len(dev)} dev, "
          f"{sum(r['split'] == 'test' for r in rows)} test (held out)")
    bigram, floor = letter_bigram(latin for _, _, latin in items)
    # Cross-fitting: a model trained on one half scores the other half, and pairs it
    # cannot explain (translations such as 教宗 / Pope, not transliterations) are dropped.
    halves = (items[0::2], items[1::2])
    kept = []
    for train_half, other in ((halves[0], halves[1]), (halves[1], halves[0])):
        half_model = train_em(train_half, bigram, floor, max(args.iterations - 1, 1))
        kept += [u for u in other if pmi(half_model, u) > args.keep]
    print(f"training on {len(kept)} of {len(items)} pairs the other half's model explains")
    model = train_em(kept, bigram, floor, args.iterations)
    data = model.to_json()
    data = {"han": prune(data["han"], 0.005, 16), "han_n": {k: round(v, 2) for k, v in data["han_n"].items()},
            "pinyin": prune(data["pinyin"], 0.003, 24),
            "initial": prune(data["initial"], 0.003, 16), "final": prune(data["final"], 0.003, 16),
            "pinyin_n": {k: round(v, 2) for k, v in data["pinyin_n"].items()},
            "insert": round(data["insert"], 5), "bigram": bigram, "bigram_floor": floor,
            "beta": 5.0, "gamma": 2.0}
    data["han_n"] = {k: v for k, v in data["han_n"].items() if k in data["han"]}
    data["pinyin_n"] = {k: v for k, v in data["pinyin_n"].items() if k in data["pinyin"]}
    model = TranslitModel(data)
    report = {}
    for name, subset in (("dev", dev), ("dev_person_org", [r for r in dev if r["type_guess"] in ("person", "org")])):
        pos, neg, acc = score_matrix(model, subset)
        report[name] = {"pairs": len(pos), "top1": round(acc, 4), "pos": pos, "neg": neg}
    pos, neg = report["dev"]["pos"], report["dev"]["neg"]
    threshold = tune_threshold(pos, neg, args.max_false)
    data["threshold"] = threshold
    meta = {"data": str(PAIRS), "licence": LICENCE, "split": "sha1(zh\\ten) % 100: <20 test, <30 dev, else train",
            "train_pairs": len(kept), "threshold": threshold}
    for name, r in report.items():
        p, n = r["pos"], r["neg"]
        meta[name] = {"pairs": r["pairs"], "top1_accuracy": r["top1"],
                      "recall_at_threshold": round(sum(s >= threshold for s in p) / max(len(p), 1), 4),
                      "false_join_rate": round(sum(s >= threshold for s in n) / max(len(n), 1), 4)}
        print(f"{name}: {meta[name]}")
    data["meta"] = meta
    out = Path(args.out)
    tmp = out.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    os.replace(tmp, out)
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB, threshold {threshold}) in "
          f"{time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
