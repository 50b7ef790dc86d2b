"""Cross-language entity resolution on held-out DBP15K name pairs.

    python eval/resolution.py [--data ../shared/data] [--e2e 40]

Pairs: the ``test`` split of ``dbp15k_zh_en/zh_en_pairs_train.jsonl`` (20 % by
hash, see ``kg/resolve/train_translit.py``; never trained or tuned on), types
``person`` and ``org`` (mostly foreign names written in Chinese).  Two thirds
are positives, one third negatives.

Every positive pair becomes two short news-like documents, one Chinese and
one English, each naming the entity with a role sentence about the same
company ("纳尔逊·洛克菲勒是腾讯的董事。" / "Nelson Rockefeller is a director of
Tencent.").  Negatives are a Chinese document about one pair and an English
document about another, each with its own random company: their partner is
absent, so any join of theirs is false.  All documents are resolved together
by :func:`kg.resolve.resolver.resolve`, mentions built directly (resolution
isolated from extraction).

Printed:

* merged rate: positives whose Chinese and English mentions end on one entity
  (target >= 60 %), with and without the role sentence (structural evidence);
* wrong merges: positives joined to another pair's name;
* false-merge rate: negative names joined to anything in the other language;
* the exact-pinyin baseline (pinyin of the Chinese == letters of the English) on
  the same pairs;
* an end-to-end sample through ``kg.pipeline.extract_document``.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from kg.lexicon import load_lexicon  # noqa: E402
from kg.records import Document, Evidence, Extraction, Mention, Relation, Segment  # noqa: E402
from kg.resolve.resolver import resolve  # noqa: E402
from kg.resolve.train_translit import load_pairs  # noqa: E402

TYPES = {"person": "PERSON", "org": "ORG"}
ZH_ROLE = {"PERSON": "{name}是{org}的董事。", "ORG": "{name}与{org}宣布达成合作。"}
EN_ROLE = {"PERSON": "{name} is a director of {org}.", "ORG": "{name} and {org} announced a partnership."}


def _h(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def companies() -> list[tuple[str, str]]:
    return [(e.zh, e.en) for e in load_lexicon() if e.type == "ORG" and e.kind == "company"
            and e.zh and e.en and not e.ambiguous]


def make_doc(doc_id: str, lang: str, name: str, type_: str, org, role: bool):
    """A one-sentence document and its mentions (name, company) and relation."""
    if role:
        template = (ZH_ROLE if lang == "zh" else EN_ROLE)[type_]
        text = template.format(name=name, org=org)
    else:
        text = name + ("。" if lang == "zh" else ".")
    doc = Document(doc_id, text)
    start = text.index(name)
    m = Mention(doc_id, start, start + len(name), name, type_, lang, "eval")
    mentions, relations = [m], []
    if role:
        o_start = text.index(org, start + len(name))
        o = Mention(doc_id, o_start, o_start + len(org), org, "ORG", lang, "eval", "company")
        mentions.append(o)
        ev = Evidence(doc_id, 0, len(text), text, 0, len(text), "eval", 0.9)
        relations.append(Relation(m, "boardMemberOf" if type_ == "PERSON" else "partnerOf", o, ev))
    return Extraction(doc, (Segment(doc_id, 0, len(text), lang),), tuple(mentions), tuple(relations)), m


def pinyin_letters(zh: str) -> str:
    from pypinyin import lazy_pinyin

    from kg.segment import simplify
    return "".join(lazy_pinyin(simplify(re.sub(r"\s*[(（].*?[)）]", "", zh)))).lower()


def letters(en: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", re.sub(r"\s*\(.*?\)", "", en))
    return re.sub(r"[^a-z]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


def run(pairs: list[dict], role: bool, model="default") -> dict:
    orgs = companies()
    n_pos = len(pairs) * 2 // 3
    pos, neg = pairs[:n_pos], pairs[n_pos:]
    exts, pos_mentions, neg_zh, neg_en = [], [], [], []
    for i, p in enumerate(pos):
        type_ = TYPES[p["type_guess"]]
        oz, oe = orgs[_h(p["en"]) % len(orgs)]
        ez, mz = make_doc(f"p{i}-zh", "zh", p["zh"], type_, oz, role)
        ee, me = make_doc(f"p{i}-en", "en", p["en"], type_, oe, role)
        exts += [ez, ee]
        pos_mentions.append((mz, me, p))
    for i, p in enumerate(neg):
        type_ = TYPES[p["type_guess"]]
        oz, oe = orgs[_h(p["zh"] + "|zh") % len(orgs)]
        if i % 2 == 0:  # Chinese side of even negatives, English side of odd ones
            e, m = make_doc(f"n{i}-zh", "zh", p["zh"], type_, oz, role)
            neg_zh.append(m)
        else:
            e, m = make_doc(f"n{i}-en", "en", p["en"], type_, oe, role)
            neg_en.append(m)
        exts.append(e)
    t0 = time.perf_counter()
    res = resolve(exts, model=model)
    seconds = time.perf_counter() - t0

    def key(m):
        return res.key_of[(m.doc_id, m.start, m.end)]

    lang_keys: dict = {"zh": Counter(), "en": Counter()}
    for (mz, me, _) in pos_mentions:
        lang_keys["zh"][key(mz)] += 1
        lang_keys["en"][key(me)] += 1
    for m in neg_zh:
        lang_keys["zh"][key(m)] += 1
    for m in neg_en:
        lang_keys["en"][key(m)] += 1
    merged = Counter()
    groups = Counter()
    wrong = 0
    for mz, me, p in pos_mentions:
        g = ("dot-" if "·" in p["zh"] else "") + p["type_guess"]
        groups[g] += 1
        if key(mz) == key(me):
            merged[g] += 1
        elif lang_keys["en"][key(mz)] or lang_keys["zh"][key(me)]:
            wrong += 1
    false = sum(1 for m in neg_zh if lang_keys["en"][key(m)]) + \
        sum(1 for m in neg_en if lang_keys["zh"][key(m)])
    base_pos = sum(pinyin_letters(p["zh"]) == letters(p["en"]) for _, _, p in pos_mentions)
    neg_zh_py = Counter(pinyin_letters(m.text) for m in neg_zh)
    base_false = sum(1 for m in neg_en if neg_zh_py[letters(m.text)]) + \
        sum(1 for m in neg_zh if letters(m.text) in {letters(e.text) for e in neg_en})
    return {"positives": len(pos), "negatives": len(neg_zh) + len(neg_en),
            "merged": sum(merged.values()), "wrong": wrong, "false": false,
            "groups": {g: (merged[g], groups[g]) for g in sorted(groups)},
            "baseline": base_pos, "baseline_false": base_false, "seconds": seconds,
            "reasons": Counter(m["reason"] for m in res.merges)}


def end_to_end(pairs: list[dict], limit: int) -> dict:
    """A sample through the real extraction: do both names get found, and joined?"""
    from kg.pipeline import extract_document

    orgs = companies()
    exts, docs = [], []
    for i, p in enumerate(pairs[:limit]):
        type_ = TYPES[p["type_guess"]]
        oz, oe = orgs[_h(p["en"]) % len(orgs)]
        zh = Document(f"e{i}-zh", ZH_ROLE[type_].format(name=p["zh"], org=oz))
        en = Document(f"e{i}-en", EN_ROLE[type_].format(name=p["en"], org=oe))
        exts += [extract_document(zh), extract_document(en)]
        docs.append((p, zh, en))
    res = resolve(exts)

    def entity_of(doc, name):
        ext = next(e for e in exts if e.document.id == doc.id)
        hits = [m for m in ext.mentions if m.type in ("PERSON", "ORG") and (m.text in name or name in m.text)]
        return res.key_of[(doc.id, hits[0].start, hits[0].end)] if hits else None

    found = merged = 0
    for p, zh, en in docs:
        kz, ke = entity_of(zh, p["zh"]), entity_of(en, p["en"])
        if kz and ke:
            found += 1
            merged += kz == ke
    return {"pairs": len(docs), "both_found": found, "merged": merged}


def pct(a: int, b: int) -> str:
    return f"{100 * a / max(b, 1):5.1f}% ({a}/{b})"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(REPO_ROOT.parent / "shared" / "data"))
    ap.add_argument("--e2e", type=int, default=40, help="pairs run end to end through extraction (0: none)")
    args = ap.parse_args(argv)
    pairs = [p for p in load_pairs(args.data, "test") if p["type_guess"] in TYPES]
    pairs.sort(key=lambda p: _h(p["zh"] + "\t" + p["en"]))
    print(f"held-out DBP15K pairs (persons, organizations): {len(pairs)}")
    for role in (True, False):
        r = run(pairs, role)
        title = "names + role sentence (shared company)" if role else "names only (no structural evidence)"
        print(f"\n== {title}: {r['positives']} positive pairs, {r['negatives']} negative names, "
              f"{r['seconds']:.2f} s")
        print(f"merged rate           {pct(r['merged'], r['positives'])}")
        print(f"exact-pinyin baseline {pct(r['baseline'], r['positives'])}")
        print(f"wrong merges          {pct(r['wrong'], r['positives'])}  (positive joined to another pair)")
        print(f"false-merge rate      {pct(r['false'], r['negatives'])}  (partner absent; baseline "
              f"{pct(r['baseline_false'], r['negatives'])})")
        print("by group              " + ", ".join(f"{g} {pct(*v)}" for g, v in r["groups"].items()))
        print("joins by reason       " + ", ".join(f"{k} {v}" for k, v in sorted(r["reasons"].items())))
    if args.e2e:
        t0 = time.perf_counter()
        e = end_to_end(pairs, args.e2e)
        print(f"\n== end to end (kg.pipeline.extract_document), first {e['pairs']} pairs, "
              f"{time.perf_counter() - t0:.0f} s")
        print(f"both names extracted  {pct(e['both_found'], e['pairs'])}")
        print(f"merged                {pct(e['merged'], e['pairs'])} "
              f"(of extracted: {pct(e['merged'], e['both_found'])})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
