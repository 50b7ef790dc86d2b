"""Training helpers that need no reference data."""
from kg.training.zh_ner_data import augment


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


def test_duie_partial_annotations_skip_the_scored_sentences(tmp_path):
    import json

    from kg.training import zh_ner_data

    def row(text, subj, stype, obj, otype):
        return {"text": text, "spo_list": [{"predicate": "p", "subject": subj, "subject_type": stype,
                                            "object": {"@value": obj}, "object_type": {"@value": otype}}]}

    scored = row("星河集团董事长李四出席。", "星河集团", "企业", "李四", "人物")
    rows = [row("张三是星河科技的创始人，张三说。", "星河科技", "企业", "张三", "人物"),
            row("《某书》的作者是王五", "某书", "图书作品", "王五", "人物"), scored]
    (tmp_path / "duie2").mkdir()
    for name in ("duie_train_subset4000.jsonl", "duie_train_subset4000_business.jsonl"):
        with open(tmp_path / "duie2" / name, "w", encoding="utf-8") as f:
            for r in (rows if "business" not in name else [scored]):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    got = list(zh_ner_data.read_duie(tmp_path))
    assert [t for t, _ in got] == [rows[0]["text"], rows[1]["text"]]  # the scored sentence is out
    text, spans = got[0]
    assert [(text[a:b], lab) for a, b, lab in spans] == [("张三", "PERSON"), ("星河科技", "ORG"), ("张三", "PERSON")]
    assert [(got[1][0][a:b], lab) for a, b, lab in got[1][1]] == [("王五", "PERSON")]  # works are not names


def test_lac_character_vectors_are_written_as_a_sorted_word2vec_table(tmp_path):
    import numpy as np

    from kg.training.zh_vectors import read_dic, write_text

    (tmp_path / "word.dic").write_text("0\t星\n1\t河\n2\t星河\n", encoding="utf-8")
    ids = read_dic(tmp_path / "word.dic")
    assert ids == {"0": "星", "1": "河", "2": "星河"}
    rows = {"河": np.array([0.5, -1.0]), "星": np.array([1.0, 2.0])}
    write_text(rows, tmp_path / "v.txt")
    lines = (tmp_path / "v.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "2 2"
    assert [line.split()[0] for line in lines[1:]] == sorted(rows)
    first = sorted(rows)[0]
    assert [float(x) for x in lines[1].split()[1:]] == list(rows[first])
