"""Training helpers that need no reference data."""
from kg.training.zh_ner import augment


def test_mention_replacement_keeps_offsets_and_labels():
    rows = [("雷军创办了小米公司。", [(0, 2, "PERSON"), (5, 9, "ORG")]),
            ("马化腾是腾讯董事长", [(0, 3, "PERSON"), (4, 6, "ORG")]),
            ("今天天气不错", [])]
    out = augment(rows, copies=3, seed=1)
    assert len(out) == 6  # sentences without entities are not copied
    pool = {lab: {t[a:b] for t, spans in rows for a, b, l in spans if l == lab} for lab in ("PERSON", "ORG")}
    for text, spans in out:
        for a, b, lab in spans:
            assert text[a:b] in pool[lab]
    assert augment(rows, copies=3, seed=1) == out  # deterministic
