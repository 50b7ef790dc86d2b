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


def test_bigram_vocabulary_skips_the_annotated_articles(tmp_path):
    import json

    from kg.training import zh_bigrams

    gold = sorted(zh_bigrams.gold_paths())[0]
    folder = tmp_path / "news_zh_openaxo"
    folder.mkdir()
    rows = [{"path": "a.md", "title": "", "text": "甲乙甲乙"}, {"path": gold, "title": "", "text": "丙丁丙丁"}]
    (folder / "articles.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    counts = zh_bigrams.count_bigrams(tmp_path)
    assert counts["甲乙"] == 2 and counts["乙甲"] == 1
    assert "丙丁" not in counts  # the gold articles stay unseen
