"""Does entity resolution stay near-linear in the number of mentions?

Resolves synthetic extractions of 10k, 30k and 100k mentions (documents of ten
mentions with random person and organization names in Chinese and Latin
script, names reused across documents, a few relations per document) with
:func:`kg.resolve.resolve`, and prints the time of each and the growth ratio
time(largest) / time(smallest) against the ratio of sizes (10x for linear)::

    PYTHONPATH=. .venv/bin/python benchmarks/resolve_scale.py
    PYTHONPATH=. .venv/bin/python benchmarks/resolve_scale.py --sizes 10000 30000 100000 --repeat 1
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.records import Document, Evidence, Extraction, Mention, Relation, Segment  # noqa: E402
from kg.resolve import resolve  # noqa: E402
from kg.resolve.translit import load_model  # noqa: E402

# Characters of transliterated foreign names and of Chinese given names, Latin syllables.
TRANSLIT = "阿巴贝比波布达德迪多杜尔恩菲弗加格哈赫基吉卡克科库拉莱兰朗勒雷里利林隆卢鲁伦罗洛马迈曼梅米莫穆纳内尼诺帕佩皮普奇乔萨塞桑森沙什斯索塔泰特提托瓦威维沃乌西希谢辛雅亚扬伊约"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红鹏飞宇浩然子轩梓涵一诺欣怡晨"
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
SYL = ["ka", "ro", "mi", "na", "del", "ber", "ton", "san", "lu", "vi", "ger", "hart", "sel", "man",
       "ri", "co", "lan", "den", "fra", "wil", "son", "ley", "mar", "tin", "ev", "ans", "ol", "iv"]
ORG_ZH = ("科技", "集团", "公司", "银行", "汽车")
ORG_EN = ("Inc", "Group", "Technologies", "Bank", "Motors")


def zh_person(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(1, 2)))
    return "".join(rng.choices(TRANSLIT, k=rng.randint(2, 3))) + "·" + \
        "".join(rng.choices(TRANSLIT, k=rng.randint(2, 4)))


def en_word(rng: random.Random) -> str:
    return "".join(rng.choices(SYL, k=rng.randint(2, 3))).capitalize()


def vocabulary(rng: random.Random, size: int) -> list[tuple[str, str, str]]:
    """(text, type, lang) names, half Chinese, half Latin."""
    out = []
    for i in range(size):
        kind = rng.random()
        if kind < 0.3:
            out.append((zh_person(rng), "PERSON", "zh"))
        elif kind < 0.6:
            out.append((f"{en_word(rng)} {en_word(rng)}", "PERSON", "en"))
        elif kind < 0.8:
            out.append(("".join(rng.choices(TRANSLIT + GIVEN, k=rng.randint(2, 3))) + rng.choice(ORG_ZH),
                        "ORG", "zh"))
        else:
            out.append((f"{en_word(rng)} {rng.choice(ORG_EN)}", "ORG", "en"))
    return out


def synthetic(n_mentions: int, seed: int = 0, per_doc: int = 10) -> list[Extraction]:
    rng = random.Random(seed)
    vocab = vocabulary(rng, max(n_mentions // 3, 10))
    exts = []
    for d in range(n_mentions // per_doc):
        names = rng.sample(vocab, per_doc)
        text, spans = "", []
        for name, type_, lang in names:
            start = len(text)
            text += name + ("。" if lang == "zh" else ". ")
            spans.append((start, start + len(name), name, type_, lang))
        doc_id = f"d{d:06d}"
        mentions = tuple(Mention(doc_id, s, e, t, ty, lg, "bench") for s, e, t, ty, lg in spans)
        segs = tuple(Segment(doc_id, mentions[i].start, mentions[min(i + 2, per_doc - 1)].end, "zh")
                     for i in range(0, per_doc, 3))
        people = [m for m in mentions if m.type == "PERSON"]
        orgs = [m for m in mentions if m.type == "ORG"]
        rels = []
        for p, o in zip(people[:3], orgs[:3]):
            ev = Evidence(doc_id, 0, len(text), text, p.start, o.end, "bench", 0.8)
            rels.append(Relation(p, "worksFor", o, ev))
        exts.append(Extraction(Document(doc_id, text), segs, mentions, tuple(rels)))
    return exts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args(argv)
    load_model()
    resolve(synthetic(500, seed=99))  # warm-up: model, OpenCC, pypinyin dictionaries
    times = {}
    for n in args.sizes:
        exts = synthetic(n, seed=n)
        best = None
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            res = resolve(exts)
            dt = time.perf_counter() - t0
            best = dt if best is None else min(best, dt)
        times[n] = best
        print(f"{n:>7} mentions: {best:7.2f} s  ({best / n * 1e6:5.1f} µs/mention, "
              f"{len(res.entities)} entities, {len(res.merges)} merges, {len(res.candidates)} candidates)",
              flush=True)
        print("         stages: " + ", ".join(f"{k} {v:.2f}" for k, v in res.timings.items()), flush=True)
    lo, hi = min(times), max(times)
    print(f"growth: time({hi}) / time({lo}) = {times[hi] / times[lo]:.1f}x for {hi / lo:.0f}x the mentions "
          f"(linear: {hi / lo:.0f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
