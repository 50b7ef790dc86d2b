"""Matching and scoring of predicted relations and events against gold annotations, for
``eval/relations.py`` (which runs the extraction on each data set and prints these tables).

Matching rules (see ``eval/gold/README.md``):

* names are compared by :func:`kg.resolve.normalize.norm_key` (NFKC, simplified
  Chinese, case-folded, corporate suffixes and punctuation removed), against the gold
  name and its listed aliases;
* an ORG argument also matches when one key contains the other ("小米" / "小米汽车",
  "Zhipu" / "Zhipu AI"), provided the shorter key has >= 2 Han characters or >= 3
  other characters.  PERSON and PRODUCT arguments must match exactly (so "GLM-4" does
  not match "GLM-4.7");
* partnerOf and competesWith are symmetric: either argument order matches;
* scoring is per document and one-to-one: exact matches are paired before containment
  matches.  A prediction that only matches gold facts already paired with another
  prediction (the same fact read again, or a variant of a name) is a *duplicate*: it
  is neither a true nor a false positive (column ``dup``);
* an event is found when the types are equal and at least one participant name matches
  (role ignored); ``date`` counts found events whose predicted date equals the gold date
  exactly (an unresolvable gold date is ``null``: a predicted date is then wrong);
  ``amt`` counts found events whose gold amounts are non-empty and one predicted amount
  has the same currency and a value within 1 %.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from kg.resolve.normalize import norm_key
from kg.segment import is_han

SYMMETRIC = {"partnerOf", "competesWith"}
# Argument types of each predicate (decides where ORG containment applies).
ARG_TYPES = {
    "ceoOf": ("PERSON", "ORG"), "chairOf": ("PERSON", "ORG"), "founderOf": ("PERSON", "ORG"),
    "worksFor": ("PERSON", "ORG"), "subsidiaryOf": ("ORG", "ORG"), "develops": ("ORG", "PRODUCT"),
    "investsIn": ("ORG|PERSON", "ORG"), "acquires": ("ORG", "ORG"), "partnerOf": ("ORG", "ORG"),
    "competesWith": ("ORG", "ORG"), "listedOn": ("ORG", "ORG"),
    "Work_For": ("PERSON", "ORG"),
}
# Event roles whose participants are not organizations (exact name match only).
NON_ORG_ROLES = {"person", "product"}


# --------------------------------------------------------------------------- records

@dataclass(frozen=True)
class PredRelation:
    """A predicted relation reduced to what scoring needs."""

    subject: str
    predicate: str
    object: str
    subject_type: Optional[str] = None
    object_type: Optional[str] = None
    sent_start: Optional[int] = None
    sent_end: Optional[int] = None
    sentence: str = ""
    extractor: str = ""


@dataclass(frozen=True)
class PredParticipant:
    role: str
    name: str
    type: Optional[str] = None


@dataclass(frozen=True)
class PredEvent:
    type: str
    participants: tuple = ()  # PredParticipant
    date: Optional[str] = None
    amounts: tuple = ()  # (value, currency)
    sent_start: Optional[int] = None
    sent_end: Optional[int] = None
    sentence: str = ""
    trigger: str = ""


@dataclass
class Counts:
    """Per-label counters; ``gold``/``tp`` count gold items, ``fp``/``dup`` predictions."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    dup: Counter = field(default_factory=Counter)
    date_ok: Counter = field(default_factory=Counter)
    amt_ok: Counter = field(default_factory=Counter)
    amt_gold: Counter = field(default_factory=Counter)
    ev_ok: Counter = field(default_factory=Counter)
    ev_gold: Counter = field(default_factory=Counter)

    def add(self, other: "Counts") -> None:
        for name in self.__dataclass_fields__:
            getattr(self, name).update(getattr(other, name))

    def labels(self) -> list[str]:
        return sorted(set(self.tp) | set(self.fp) | set(self.fn))


@dataclass
class DocResult:
    """Counts plus the unmatched items of one document (for error analysis)."""

    counts: Counts
    missed: list = field(default_factory=list)  # gold dicts
    false: list = field(default_factory=list)  # PredRelation / PredEvent
    matched: list = field(default_factory=list)  # (gold, pred)


# --------------------------------------------------------------------------- matching

def _min_contain(short: str) -> int:
    return 2 if any(is_han(c) for c in short) else 3


def contains_match(a: str, b: str) -> bool:
    """One normalized key contains the other, and the shorter one is long enough."""
    short, long_ = sorted((a, b), key=len)
    return bool(short) and short in long_ and len(short) >= _min_contain(short)


def name_match(gold_names: Iterable[str], pred_name: str, allow_contain: bool) -> int:
    """2: a gold name has the predicted name's key; 1: ORG containment; 0: no match."""
    pk = norm_key(pred_name)
    if not pk:
        return 0
    best = 0
    for g in gold_names:
        gk = norm_key(g)
        if not gk:
            continue
        if gk == pk:
            return 2
        if allow_contain and contains_match(gk, pk):
            best = 1
    return best


def _contain_ok(slot_type: str, pred_type: Optional[str]) -> bool:
    return "ORG" in slot_type.split("|") and pred_type in (None, "", "ORG")


def relation_match(gold: dict, pred: PredRelation) -> int:
    """Strength of the match of a predicted relation with a gold one (0, 1 or 2)."""
    if gold["predicate"] != pred.predicate:
        return 0
    s_type, o_type = ARG_TYPES.get(pred.predicate, ("ORG", "ORG"))
    gs = [gold["subject"], *gold.get("subject_aliases", ())]
    go = [gold["object"], *gold.get("object_aliases", ())]

    def pair(ps, ps_type, po, po_type):
        a = name_match(gs, ps, _contain_ok(s_type, ps_type))
        return min(a, name_match(go, po, _contain_ok(o_type, po_type))) if a else 0

    score = pair(pred.subject, pred.subject_type, pred.object, pred.object_type)
    if pred.predicate in SYMMETRIC:
        score = max(score, pair(pred.object, pred.object_type, pred.subject, pred.subject_type))
    return score


def event_match(gold: dict, pred: PredEvent) -> int:
    """Same type and at least one participant name in common (roles ignored)."""
    if gold["type"] != pred.type:
        return 0
    best = 0
    for gp in gold.get("participants", ()):
        names = [gp["name"], *gp.get("aliases", ())]
        org_role = gp.get("role") not in NON_ORG_ROLES
        for pp in pred.participants:
            best = max(best, name_match(names, pp.name, org_role and pp.type in (None, "", "ORG")))
            if best == 2:
                return 2
    return best


def _pair(n_gold: int, n_pred: int, strength) -> tuple[dict, set]:
    """Greedy one-to-one pairing, strongest first; -> ({gold i: pred j}, preds with any candidate)."""
    cands = []
    touched = set()
    for i in range(n_gold):
        for j in range(n_pred):
            s = strength(i, j)
            if s:
                cands.append((s, i, j))
                touched.add(j)
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    g2p, used = {}, set()
    for _, i, j in cands:
        if i not in g2p and j not in used:
            g2p[i] = j
            used.add(j)
    return g2p, touched


def _rel_key(p: PredRelation) -> tuple:
    s, o = norm_key(p.subject), norm_key(p.object)
    if p.predicate in SYMMETRIC:
        s, o = sorted((s, o))
    return (p.predicate, s, o)


def score_relations(gold: Sequence[dict], preds: Sequence[PredRelation]) -> DocResult:
    """Per-document relation scores (predictions first collapsed by normalized triple)."""
    groups: dict = {}
    for p in preds:
        groups.setdefault(_rel_key(p), []).append(p)
    reps = [g[0] for g in groups.values()]
    members = list(groups.values())
    g2p, touched = _pair(len(gold), len(reps), lambda i, j: relation_match(gold[i], reps[j]))
    res = DocResult(Counts())
    c = res.counts
    for i, g in enumerate(gold):
        label = g["predicate"]
        if i in g2p:
            c.tp[label] += 1
            res.matched.append((g, reps[g2p[i]]))
            ss = g.get("sentence_start")
            if ss is not None:
                c.ev_gold[label] += 1
                if any(p.sent_start is not None and p.sent_start <= ss < (p.sent_end or 0)
                       for p in members[g2p[i]]):
                    c.ev_ok[label] += 1
        else:
            c.fn[label] += 1
            res.missed.append(g)
    _unpaired(res, reps, g2p, touched, lambda p: p.predicate)
    return res


def _unpaired(res: DocResult, preds: Sequence, g2p: dict, touched: set, label) -> None:
    """Count the predictions no gold item took: a duplicate when it matched one another prediction took
    (``touched``), else a false positive (kept in ``res.false``)."""
    paired = set(g2p.values())
    for j, p in enumerate(preds):
        if j in paired:
            continue
        if j in touched:
            res.counts.dup[label(p)] += 1
        else:
            res.counts.fp[label(p)] += 1
            res.false.append(p)


def _amount_ok(gold_amounts, pred_amounts) -> bool:
    for ga in gold_amounts:
        for value, currency in pred_amounts:
            if currency == ga["currency"] and abs(value - ga["value"]) <= 0.01 * abs(ga["value"]):
                return True
    return False


def score_events(gold: Sequence[dict], preds: Sequence[PredEvent]) -> DocResult:
    """Per-document event scores; among equal matches, a pred with the gold date is preferred."""
    def strength(i, j):
        s = event_match(gold[i], preds[j])
        return s * 2 + (preds[j].date == gold[i].get("date")) if s else 0

    g2p, touched = _pair(len(gold), len(preds), strength)
    res = DocResult(Counts())
    c = res.counts
    for i, g in enumerate(gold):
        label = g["type"]
        if g.get("amounts"):
            c.amt_gold[label] += 1
        if i in g2p:
            p = preds[g2p[i]]
            c.tp[label] += 1
            res.matched.append((g, p))
            if p.date == g.get("date"):
                c.date_ok[label] += 1
            if g.get("amounts") and _amount_ok(g["amounts"], p.amounts):
                c.amt_ok[label] += 1
        else:
            c.fn[label] += 1
            res.missed.append(g)
    _unpaired(res, preds, g2p, touched, lambda p: p.type)
    return res


# --------------------------------------------------------------------------- tables

def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def summarize(c: Counts, labels: Optional[Iterable[str]] = None) -> dict:
    """{label: {p, r, f, gold, pred, tp, fp, fn, dup, ...}} plus "micro"."""
    out = {}
    labels = list(labels) if labels is not None else c.labels()
    for lab in labels + ["micro"]:
        if lab == "micro":
            tp, fp, fn = (sum(x[l] for l in labels) for x in (c.tp, c.fp, c.fn))
            extra = {k: sum(getattr(c, k)[l] for l in labels)
                     for k in ("dup", "date_ok", "amt_ok", "amt_gold", "ev_ok", "ev_gold")}
        else:
            tp, fp, fn = c.tp[lab], c.fp[lab], c.fn[lab]
            extra = {k: getattr(c, k)[lab]
                     for k in ("dup", "date_ok", "amt_ok", "amt_gold", "ev_ok", "ev_gold")}
        p, r, f = prf(tp, fp, fn)
        gold = tp + fn
        out[lab] = {"p": p, "r": r, "f": f, "gold": gold, "pred": tp + fp, "tp": tp, "fp": fp,
                    "fn": fn, **extra,
                    "date_r": extra["date_ok"] / gold if gold else 0.0}
    return out


def print_relation_table(title: str, table: dict, evidence: bool = False) -> None:
    print(f"\n== {title}: relations")
    head = f"{'predicate':<14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}{'tp':>5}{'fp':>5}{'fn':>5}{'dup':>5}"
    print(head + (f"{'evid':>7}" if evidence else ""))
    for lab, v in table.items():
        line = (f"{lab:<14}{v['p']:7.3f}{v['r']:7.3f}{v['f']:7.3f}{v['gold']:6d}{v['pred']:6d}"
                f"{v['tp']:5d}{v['fp']:5d}{v['fn']:5d}{v['dup']:5d}")
        if evidence:
            line += f"{v['ev_ok']:4d}/{v['ev_gold']:<3d}" if v["ev_gold"] else f"{'':>7}"
        print(line)


def print_event_table(title: str, table: dict) -> None:
    print(f"\n== {title}: events (found = type + one participant; date = found with the gold date)")
    print(f"{'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'R+date':>8}{'gold':>6}{'pred':>6}{'found':>6}"
          f"{'date':>6}{'fp':>5}{'dup':>5}{'amt':>7}")
    for lab, v in table.items():
        amt = f"{v['amt_ok']}/{v['amt_gold']}" if v["amt_gold"] else ""
        print(f"{lab:<14}{v['p']:7.3f}{v['r']:7.3f}{v['f']:7.3f}{v['date_r']:8.3f}{v['gold']:6d}"
              f"{v['pred']:6d}{v['tp']:6d}{v['date_ok']:6d}{v['fp']:5d}{v['dup']:5d}{amt:>7}")
