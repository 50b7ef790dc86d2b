"""Score English NER (exact span + type) on held-out data, baseline vs kg, same run.

Data (never trained on; split rule in ``kg/training/en_ner_data.py``):

* ``conll03_heldout``: the CoNLL2003 stories (first 3000 sentences) whose md5 bucket is 0-1
  (20 %), PER->PERSON, ORG->ORG (LOC/MISC not scored);
* ``conll04_dev``: ``conll04_dev.jsonl`` whole, Peop->PERSON, Org->ORG; a name that ends the
  sentence loses the full stop CoNLL04 glued to its last token ("Neil Estes." -> "Neil Estes",
  11 spans; "Jr." and "Inc." keep theirs);
* ``fewnerd_heldout``: 20 % of the Few-NERD sentences, person-*->PERSON,
  organization-*->ORG, product-*->PRODUCT.  Each Few-NERD file labels only some
  subtypes, so a correct prediction of an unlabelled subtype counts as a false
  positive: precision there is a lower bound, recall is the number to read.

* ``tech_probe``: 68 short sentences of 2020s tech/business news written for this eval
  (``TECH_PROBE`` below; 20 of them with made-up names that no lexicon or training set
  has), plus headings and table cells without entities.  Tiny, and partly written while
  looking at errors: a sanity check of the target domain, not a benchmark.

Systems:

* ``baseline``: en_core_web_sm alone (``nlp(text).ents``, labels via ``LABEL_MAP``);
* ``kg``: kg's English mention extraction today (lexicon ruler + en_core_web_sm +
  ``kg.extract.entities`` rules and filters), via ``analyze`` + ``extract_mentions``;
* ``kg+en_ner``: the same with ``kg.nlp.en_ner.extend_english`` applied (the fine-tuned
  ``ner`` and the post rules; ``--no-rules`` leaves the rules out);
* ``en_ner`` (with ``--raw``): the extended pipeline's ``doc.ents`` without kg's rules.

Sentences are the tokens joined with spaces.  For the kg systems the sentences of a
set are one Document per 50 sentences (one per line), as ``kg extract`` would see a
file; predicted character spans are scored against the gold character spans.

Speed (same run, same text: every sentence of the three sets, one per line): chars/s of
the full en_core_web_sm pipeline (``nlp.pipe``) and of the whole ``kg extract`` path
(``extract_all``: segment, NLP, mentions, relations, events), today and extended, with
the ratio kg / baseline.  Run it on one core: ``OMP_NUM_THREADS=1``.

    python eval/ner_en.py [--data ../shared/data] [--model DIR] [--sets a,b] [--limit N]
                          [--raw] [--no-rules] [--no-speed] [--repeat 3]
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from kg.training.en_ner_data import Sentence, eval_sets, kg_type  # noqa: E402

CSpan = Tuple[int, int, str]  # char start, char end (exclusive), kg type

# A tiny probe of the target domain (tech/business news of the 2020s), written for this
# eval by the kg team (no third-party text): PERSON/ORG/PRODUCT in brackets, OntoNotes
# conventions (no "the", no titles, no "'s").  It includes headings and table-cell
# fragments without entities.  Too small for decimals to mean much: a sanity check that
# training on 1990s news and Wikipedia did not make the model worse on today's news.
TECH_PROBE = """\
[PERSON Lisa Su] said [ORG AMD] would start shipping the [PRODUCT Instinct MI350] accelerator to cloud customers in the third quarter.
[ORG Xiaomi] delivered more than 40,000 [PRODUCT SU7] sedans in December, founder [PERSON Lei Jun] wrote on social media.
Shares of [ORG Nvidia] rose 3% after the company unveiled the [PRODUCT Blackwell Ultra] chip at its annual developer conference in San Jose.
[ORG BYD] overtook [ORG Tesla] in quarterly sales of battery-electric vehicles, according to data compiled by [ORG Bloomberg].
The [ORG European Commission] opened an investigation into whether [ORG Meta Platforms] breached the Digital Markets Act.
[PERSON Sam Altman] told reporters that [ORG OpenAI] had no plans to release the weights of [PRODUCT GPT-4o].
[ORG Alibaba Group] reported revenue of 236.5 billion yuan for the quarter, beating analyst estimates.
Analysts at [ORG Morgan Stanley] raised their price target on [ORG Apple] after strong demand for the [PRODUCT iPhone 16 Pro].
The startup, backed by [ORG Sequoia Capital] and [ORG Tencent], raised $600 million in a Series C round.
[PERSON Jensen Huang] met Taiwanese suppliers including [ORG TSMC] and [ORG Foxconn] during a three-day visit to Taipei.
[ORG Huawei] launched the [PRODUCT Mate 70] smartphone, powered by its own [PRODUCT Kirin 9020] processor.
[ORG CATL] chairman [PERSON Robin Zeng] said the battery maker would build a second plant in Hungary.
The [ORG Securities and Exchange Commission] fined the brokerage $12 million for record-keeping failures.
[PERSON Elon Musk]'s [ORG xAI] is training [PRODUCT Grok 3] on a cluster of 100,000 GPUs in Memphis.
[ORG Samsung Electronics] expects operating profit to fall as memory prices decline, the company said on Tuesday.
Year-on-year growth slowed to 4.8% in the second quarter, the [ORG National Bureau of Statistics] said.
[ORG Microsoft] will integrate [PRODUCT Copilot] into [PRODUCT Windows 11] for all commercial customers next year.
[PERSON Mary Barra], chief executive of [ORG General Motors], said the company would cut spending on autonomous driving.
[ORG Zhipu AI] listed on the [ORG Hong Kong Stock Exchange] on Thursday, raising about HK$4.3 billion.
The [ORG Federal Reserve] held interest rates steady, and Chair [PERSON Jerome Powell] signalled two cuts later this year.
[ORG Volkswagen] and [ORG Xpeng] will jointly develop two electric models for the Chinese market.
Revenue from the cloud division grew 26% year over year, Chief Financial Officer [PERSON Toby Xu] said on a call with analysts.
[ORG Google] rolled out [PRODUCT Gemini 2.5 Pro] to paying subscribers of its [PRODUCT Google One] plan.
The deal still needs approval from the [ORG State Administration for Market Regulation].
[PERSON Tim Cook] visited a store in Shanghai to promote the [PRODUCT Apple Watch Series 10].
Key takeaways from the earnings call
Market share by brand, first half of 2025
Investors returned to the A-share market after the CSI 300 index hit a three-year low.
[ORG Stanford University] researchers found that [PRODUCT Llama 3] performed worse than [PRODUCT Claude 3.5 Sonnet] on the benchmark.
[ORG Li Auto] said deliveries of the [PRODUCT L9] fell short of its guidance because of supply constraints.
According to [ORG IDC], global PC shipments rose 1.4% with [ORG Lenovo] keeping its lead.
[PERSON Masayoshi Son] said [ORG SoftBank] would invest up to $40 billion in the project.
[ORG Intel] shares slumped after the chipmaker delayed its [PRODUCT Falcon Shores] data-center GPU.
The AI-native search engine grew to 30 million monthly users, chief executive [PERSON Aravind Srinivas] said.
[ORG Pinduoduo] owner [ORG PDD Holdings] missed revenue expectations, sending its stock down 28%.
[ORG Amazon Web Services] announced the general availability of [PRODUCT Trainium2] instances.
[PERSON Wang Chuanfu] told shareholders that [ORG BYD] would sell 5 million cars this year.
[ORG NIO] opened its 3,000th battery swap station, the company said in a statement.
Brand
Battery
Deliveries
[ORG Baidu] is testing its [PRODUCT Apollo Go] robotaxis in Dubai and Abu Dhabi.
[PERSON Satya Nadella] said [ORG Microsoft] had signed a power purchase agreement with [ORG Constellation Energy].
[ORG Moonshot AI], the maker of the [PRODUCT Kimi] chatbot, is in talks to raise new funding at a $3 billion valuation.
Gross margin improved to 18.1% as battery costs fell, the report said.
The [ORG Ministry of Industry and Information Technology] issued new rules for driver-assistance software.
[PERSON Pony Ma], chairman of [ORG Tencent Holdings], said the group would spend more on AI infrastructure.
[ORG Qualcomm] introduced the [PRODUCT Snapdragon 8 Elite] chip, which it says is 45% faster than its predecessor.
[ORG Kestrel Semiconductor] said its [PRODUCT K7 Nova] chip would enter mass production at a plant in Malaysia next spring.
[PERSON Hannah Lindqvist], the founder of [ORG Brightmoor Robotics], stepped down after eleven years at the helm.
[ORG Aldermoor Capital] led the $85 million round, with participation from [ORG Northwind Ventures].
The regulator fined [ORG Qingshan Data Technology] 2 million yuan for collecting user data without consent.
[PERSON Rafael Montoya] will replace [PERSON Diane Whitcombe] as chief operating officer of [ORG Corvalis Health] on March 1.
[ORG Lumora] unveiled the [PRODUCT Lumora Arc 2] headset, priced at $1,299, at a press event in Shenzhen.
Deliveries of the [PRODUCT Tern X5] electric SUV began in Europe last month, [ORG Tern Motors] said.
[PERSON Zhou Mingyuan], an analyst at [ORG Haitong Securities], said margins would recover in the second half.
[ORG Veridian Bank] agreed to buy the payments unit of [ORG Castellan Group] for 1.2 billion euros.
The [ORG Ministry of Digital Affairs] said it would review the merger between [ORG Orbis Telecom] and [ORG Pelican Networks].
[PERSON Akira Tanabe], who heads the robotics lab at [ORG Kyushu Institute of Technology], led the study.
[ORG Fenwick Pharmaceuticals] won approval for [PRODUCT Zelvatrin], its treatment for chronic migraine.
Customers complained that the [PRODUCT Stratus 4] router overheated, and [ORG Nimbus Systems] issued a software update.
[PERSON Olivia Marchetti] joined [ORG Solace Energy] as head of its hydrogen business.
Chinese startup [ORG Shenlan Intelligence] released [PRODUCT Tianqiong-2], a reasoning model with 70 billion parameters.
Profit at [ORG Harrow & Finch] rose 12%, chief executive [PERSON Gareth Pryce] told investors.
[ORG Yunfeng Automotive] recalled 18,000 units of its [PRODUCT Aurora S9] sedan over a brake defect.
The lawsuit accuses [ORG Marlowe Media] of using copyrighted articles to train its [PRODUCT Quill] assistant.
[PERSON Chen Yiting], co-founder of [ORG Sparrow Logistics], said the company had turned profitable in 2024.
[ORG Tidewater Instruments] shipped its first [PRODUCT Tidewater T-200] oscilloscopes to university labs.
"""
_MARK = re.compile(r"\[(PERSON|ORG|PRODUCT) ([^\]]+)\]")
TYPES = ("PERSON", "ORG", "PRODUCT")
MAIN = ("PERSON", "ORG")
CHUNK = 50


@dataclass
class ProbeSentence:
    text: str
    gold: List[CSpan]
    dataset: str = "tech_probe"
    scored: Tuple[str, ...] = ("PERSON", "ORG", "PRODUCT")


def read_probe() -> List[ProbeSentence]:
    out = []
    for line in TECH_PROBE.splitlines():
        if not line.strip():
            continue
        text, gold, pos = "", [], 0
        for m in _MARK.finditer(line):
            text += line[pos:m.start()]
            gold.append((len(text), len(text) + len(m.group(2)), m.group(1)))
            text += m.group(2)
            pos = m.end()
        text += line[pos:]
        out.append(ProbeSentence(text, gold))
    return out


def gold_spans(sent) -> List[CSpan]:
    if isinstance(sent, ProbeSentence):
        return list(sent.gold)
    starts, pos = [], 0
    for t in sent.tokens:
        starts.append(pos)
        pos += len(t) + 1
    out = []
    for s, e, lab in sent.spans:
        typ = kg_type(sent.dataset, lab)
        if typ:
            end = starts[e - 1] + len(sent.tokens[e - 1])
            if _glued_full_stop(sent.tokens, e):
                end -= 1
            out.append((starts[s], end, typ))
    return out


_ABBREVIATION_END = re.compile(r"(?:^|\.)(?:[A-Z]|Jr|Sr|Inc|Co|Corp|Ltd|Bros|Cie|Assn|Dept)\.$")


def _glued_full_stop(tokens, end: int) -> bool:
    """CoNLL04 glues a sentence's full stop to its last token ("... said Neil Estes."): a
    name that ends the sentence then ends in a period that belongs to the sentence, unless
    the token is an abbreviation ("Jr.", "Inc.", "R.")."""
    last = tokens[end - 1]
    return end == len(tokens) and len(last) > 1 and last.endswith(".") and not _ABBREVIATION_END.search(last)


def prf(tp: int, fp: int, fn: int) -> Tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(sents: Sequence[Sentence], preds: Sequence[List[CSpan]]) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    for sent, pred in zip(sents, preds):
        gold = set(gold_spans(sent))
        pred = {p for p in pred if p[2] in sent.scored}
        for s in pred & gold:
            tp[s[2]] += 1
        for s in pred - gold:
            fp[s[2]] += 1
        for s in gold - pred:
            fn[s[2]] += 1
    out = {}
    labs = [t for t in TYPES if tp[t] + fn[t]]
    for lab in labs:
        p, r, f = prf(tp[lab], fp[lab], fn[lab])
        out[lab] = {"p": p, "r": r, "f": f, "gold": tp[lab] + fn[lab], "pred": tp[lab] + fp[lab]}
    a, b, c = (sum(x[l] for l in MAIN) for x in (tp, fp, fn))
    p, r, f = prf(a, b, c)
    out["PER+ORG"] = {"p": p, "r": r, "f": f, "gold": a + c, "pred": a + b}
    return out


# ------------------------------------------------------------------------ systems

def baseline_predict(nlp, sents: Sequence[Sentence]) -> List[List[CSpan]]:
    from kg.nlp.pipelines import map_label

    out = []
    for doc in nlp.pipe((s.text for s in sents), batch_size=64):
        out.append([(e.start_char, e.end_char, map_label(e.label_)) for e in doc.ents
                    if map_label(e.label_)])
    return out


def raw_predict(nlp, sents):
    return baseline_predict(nlp, sents)


def kg_predict(nlp, sents: Sequence[Sentence]) -> List[List[CSpan]]:
    """kg's mentions of the sentences, ``CHUNK`` sentences (lines) per Document."""
    from kg.extract.entities import extract_mentions
    from kg.nlp import analyze as analyze_mod
    from kg.records import Document
    from kg.segment import split_segments

    out: List[List[CSpan]] = []
    with using_english(nlp):
        for k in range(0, len(sents), CHUNK):
            chunk = sents[k:k + CHUNK]
            offsets, pos = [], 0
            for s in chunk:
                offsets.append(pos)
                pos += len(s.text) + 1
            doc = Document(f"eval{k}", "\n".join(s.text for s in chunk))
            parsed = analyze_mod.analyze(doc, split_segments(doc))
            mentions, _ = extract_mentions(doc, parsed)
            per = [[] for _ in chunk]
            j = 0
            for m in sorted(mentions, key=lambda m: m.start):
                while j + 1 < len(chunk) and m.start >= offsets[j + 1]:
                    j += 1
                per[j].append((m.start - offsets[j], m.end - offsets[j], m.type))
            out.extend(per)
    return out


class using_english:
    """Make ``kg.nlp.pipelines.english()`` return ``nlp`` inside the block."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __enter__(self):
        from kg.nlp import pipelines

        self.saved = pipelines.english
        pipelines.english = lambda name=None: self.nlp
        return self.nlp

    def __exit__(self, *exc):
        from kg.nlp import pipelines

        pipelines.english = self.saved


def kg_english(extended: bool, model=None, rules: bool = True):
    """A fresh kg English pipeline (lexicon ruler before ner), optionally extended."""
    from kg.nlp import pipelines

    nlp = pipelines._load(pipelines.english_name())
    nlp = pipelines.add_english_lexicon(nlp, extend=extended, model=model, rules=rules)
    if extended and not nlp.meta.get("kg_en_ner"):
        return None
    return nlp


# -------------------------------------------------------------------------- output

def print_table(name: str, results: Dict[str, dict], fewnerd: bool) -> None:
    note = "  (P is a lower bound: partial labels)" if fewnerd else ""
    print(f"\n== {name}{note}")
    systems = list(results)
    head = f"{'type':<9}{'gold':>6} " + "".join(f"| {s:^26}" for s in systems)
    print(head)
    print(f"{'':<9}{'':>6} " + "".join(f"| {'P':>6}{'R':>6}{'F1':>6}{'pred':>7} " for _ in systems))
    rows = [t for t in (*TYPES, "PER+ORG") if any(t in r for r in results.values())]
    for t in rows:
        gold = next(r[t]["gold"] for r in results.values() if t in r)
        line = f"{t:<9}{gold:>6} "
        for s in systems:
            v = results[s].get(t)
            line += (f"| {v['p']:6.3f}{v['r']:6.3f}{v['f']:6.3f}{v['pred']:7d} " if v
                     else f"| {'-':>25} ")
        print(line)


def speed(base_nlp, kg_nlps: Dict[str, object], lines: List[str], repeat: int) -> None:
    """Best-of-``repeat`` chars/s; the systems take turns within each round, so that a
    busy machine slows them alike."""
    from kg.pipeline import extract_all
    from kg.records import Document

    text = "\n".join(lines)
    n = len(text)
    docs = [Document("speed", text)]
    runs = {"baseline en_core_web_sm full pipeline (nlp.pipe)": lambda: list(base_nlp.pipe(lines))}
    for name, nlp in kg_nlps.items():
        def run(nlp=nlp):
            with using_english(nlp):
                extract_all(docs)
        with using_english(nlp):
            extract_all([Document("warm", lines[0])])  # load lazily built things once
        runs[f"{name}: kg extract (extract_all)"] = run
    best = {name: float("inf") for name in runs}
    for _ in range(repeat):
        for name, fn in runs.items():
            t0 = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - t0)
    print(f"\n== speed ({n:,} chars, {len(lines)} lines, best of {repeat}, one process)")
    t_base = next(iter(best.values()))
    for name, secs in best.items():
        print(f"{name:<52}{n / secs:>11,.0f} chars/s   ratio {t_base / secs:6.1%}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=(REPO_ROOT / ".." / "shared" / "data").resolve())
    ap.add_argument("--model", type=Path, default=None, help="en_kg_ner folder (default kg/models/en_kg_ner)")
    ap.add_argument("--limit", type=int, default=0, help="first N sentences of each set")
    ap.add_argument("--raw", action="store_true", help="also score the extended pipeline's doc.ents alone")
    ap.add_argument("--sets", default="", help="comma-separated subset of: conll03_heldout, "
                    "conll04_dev, fewnerd_heldout, tech_probe")
    ap.add_argument("--no-rules", action="store_true", help="extend without the post rules")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    from kg.nlp import pipelines

    sets = eval_sets(args.data)
    sets["tech_probe"] = read_probe()
    if args.sets:
        sets = {k: v for k, v in sets.items() if k in args.sets.split(",")}
    if args.limit:
        sets = {k: v[: args.limit] for k, v in sets.items()}
    base = pipelines._load(pipelines.english_name())
    kg_today = kg_english(False)
    kg_ext = kg_english(True, args.model, rules=not args.no_rules)
    if kg_ext is None:
        print("!! en_kg_ner model not found: only baseline and kg today are scored")
    print(f"baseline: {pipelines.english_name()} {base.meta.get('version')}; "
          f"sets: " + ", ".join(f"{k} {len(v)} sentences" for k, v in sets.items()))
    for name, sents in sets.items():
        res = {"baseline": score(sents, baseline_predict(base, sents)),
               "kg": score(sents, kg_predict(kg_today, sents))}
        if kg_ext is not None:
            if args.raw:
                res["en_ner (doc.ents)"] = score(sents, raw_predict(kg_ext, sents))
            res["kg+en_ner"] = score(sents, kg_predict(kg_ext, sents))
        print_table(name, res, name.startswith("fewnerd"))
    if not args.no_speed:
        lines = [s.text for v in sets.values() for s in v]
        kgs = {"kg today": kg_today}
        if kg_ext is not None:
            kgs["kg+en_ner"] = kg_ext
        speed(base, kgs, lines, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
