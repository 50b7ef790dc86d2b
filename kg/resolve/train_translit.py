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
m2m-aligner), from uniform probabilities, with the back-off chain character ->
pinyin syllable -> initial + final.  Cross-fitting drops the pairs a model
trained on the other half cannot explain (translations such as 教宗 / Pope, not
transliterations), then EM runs again.  The threshold is the lowest score at
which at most ``--max-false`` of dev names whose partner is absent would still
be joined (mutual best, as the resolver does).  See ``MODEL_CARD.md``.
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
from itertools import product
from pathlib import Path
from typing import Optional

from .romanize import is_romanized_chinese, readings, spellings
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
    by_part = len(options[0]) > 1 and len(parts) == len(tokens)
    pieces = options[0] if by_part else [(tuple(c for p in parts for c in p), "".join(tokens))]
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
        for chars, reads, latin in items:
            ins, lz = _expected_counts(model, chars, reads, latin, han_c, py_c)
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


def learn_surnames(rows: list[dict], min_count: int = 1) -> dict[str, list[str]]:
    """Surname spellings other than pinyin/Wade-Giles, from Chinese-style person names.

    A pair counts when the given name matches its pinyin or Wade-Giles spelling
    and the family name is spelled otherwise (李 -> Lee, 林 -> Lim, 蔡 -> Tsai).
    """
    counts: dict = defaultdict(lambda: defaultdict(int))
    for row in rows:
        parts, tokens = han_parts(row["zh"]), latin_tokens(row["en"])
        if row["type_guess"] != "person" or not parts or len(parts) != 1 or not 2 <= len(parts[0]) <= 3 or not tokens or len(tokens) < 2:
            continue
        syl = readings("".join(parts[0]))
        if len(syl) != len(parts[0]):
            continue
        given = {"".join(c) for c in product(*[sorted(spellings(s)) for s in syl[1:]])}
        for family, rest in ((tokens[0], tokens[1:]), (tokens[-1], tokens[:-1])):
            if "".join(rest) in given and family not in spellings(syl[0]) and is_romanized_chinese(family):
                counts[parts[0][0]][family] += 1
    return {ch: [sp for sp, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])) if n >= min_count][:4]
            for ch, c in sorted(counts.items()) if max(c.values()) >= min_count}


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

def resolver_names(rows: list[dict]) -> list[dict]:
    """The pairs the resolver meets: persons, organizations and "·"-separated names."""
    return [r for r in rows if r["type_guess"] in ("person", "org") or "·" in r["zh"]]


def score_matrix(model: TranslitModel, rows: list[dict]) -> list[list[float]]:
    """S[i][j] = score(zh of row i, en of row j) for the rows both sides of which apply."""
    names = [(han_parts(r["zh"]), latin_tokens(r["en"])) for r in rows]
    names = [(c, t) for c, t in names if c and t]
    return [[model.score_units(c, t) for _, t in names] for c, _ in names]


def mutual_best(S, rows_idx, cols_idx, threshold: float) -> dict[int, int]:
    """Row -> column joins the resolver would make: mutual best pairs at or above threshold."""
    best_col = {i: max(cols_idx, key=lambda j: (S[i][j], -j)) for i in rows_idx}
    best_row = {j: max(rows_idx, key=lambda i: (S[i][j], -i)) for j in cols_idx}
    return {i: j for i, j in best_col.items() if best_row[j] == i and S[i][j] >= threshold}


def decision_rates(S, threshold: float) -> dict:
    """Recall with every partner present; false joins with every partner absent.

    The false-join rate pairs the Chinese names of even rows with the Latin names
    of odd rows (and the reverse), where any join is wrong.
    """
    n = len(S)
    idx = list(range(n))
    joins = mutual_best(S, idx, idx, threshold)
    recall = sum(j == i for i, j in joins.items()) / max(n, 1)
    wrong = sum(j != i for i, j in joins.items())
    even, odd = idx[0::2], idx[1::2]
    absent = len(mutual_best(S, even, odd, threshold)) + len(mutual_best(S, odd, even, threshold))
    return {"names": n, "merged": round(recall, 4), "wrong_with_partner_present": round(wrong / max(n, 1), 4),
            "false_join_partner_absent": round(absent / max(n, 1), 4)}


def tune_threshold(S, max_false: float) -> float:
    """The lowest threshold whose partner-absent false-join rate is <= max_false."""
    for t in [x / 20 for x in range(-20, 81)]:
        if decision_rates(S, t)["false_join_partner_absent"] <= max_false:
            return t
    return 4.0


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
    ap.add_argument("--max-false", type=float, default=0.02,
                    help="largest share of dev names whose partner is absent that may still be joined")
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
    data["surnames"] = learn_surnames(train)
    print(f"learned {sum(map(len, data['surnames'].values()))} surname spellings: "
          + ", ".join(f"{k} {'/'.join(v)}" for k, v in list(data["surnames"].items())[:12]))
    data["han_n"] = {k: v for k, v in data["han_n"].items() if k in data["han"]}
    data["pinyin_n"] = {k: v for k, v in data["pinyin_n"].items() if k in data["pinyin"]}
    model = TranslitModel(data)
    S = score_matrix(model, resolver_names(dev))
    threshold = tune_threshold(S, args.max_false)
    data["threshold"] = threshold
    n = len(S)
    top1 = sum(max(range(n), key=lambda j: S[i][j]) == i for i in range(n)) / max(n, 1)
    meta = {"data": str(PAIRS), "licence": LICENCE,
            "split": "sha1(zh\\ten) % 100: <20 test, <30 dev, else train",
            "train_name_parts": len(kept), "threshold": threshold,
            "dev": {"top1_accuracy": round(top1, 4), **decision_rates(S, threshold)}}
    print(f"dev: {meta['dev']}")
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
