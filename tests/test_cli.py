"""The CLI as a user runs it (typer's CliRunner, real pipelines)."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


def _run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("command", [[], ["build"], ["extract"], ["query"], ["export"], ["viz"]])
def test_every_command_has_help(command):
    result = _run(*command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.output


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "out"
    result = _run("build", ROOT / "seeds", "-o", out, "--quiet")
    assert result.exit_code == 0, result.output
    return out


def test_build_writes_every_output(built):
    for name in ("graph.ttl", "graph.nt", "graph.jsonld", "graph.trig", "graph.html", "graph.graphml",
                 "graph.gexf", "nodes.csv", "edges.csv", "graph.json"):
        assert (built / name).stat().st_size > 0, name
    assert "@prefix kg: <https://w3id.org/kgzh/ontology#>" in (built / "graph.ttl").read_text("utf-8")
    assert "@context" in json.loads((built / "graph.jsonld").read_text("utf-8"))


def test_query_counts_triples(built):
    result = _run("query", built / "graph.ttl", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert result.exit_code == 0
    count = int(result.output.split()[2])
    assert count > 500


def test_query_formats_and_file(built, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?l WHERE { ?s a kg:Company ; rdfs:label ?l FILTER(lang(?l) = 'zh') }", encoding="utf-8")
    as_json = _run("query", built, "-f", rq, "--format", "json").output
    json.loads(as_json)
    assert "智谱" in as_json  # UTF-8, not \u escapes
    csv_out = _run("query", built, "-f", rq, "--format", "csv").output
    assert csv_out.splitlines()[0].strip() == "l"
    assert "智谱" in csv_out


def test_bad_query_is_a_clean_error(built):
    result = runner.invoke(app, ["query", str(built), "SELECT WHERE {"])
    assert result.exit_code == 1
    assert "error" in result.output.lower()


@pytest.mark.parametrize("fmt,name", [("graphml", "g.graphml"), ("gexf", "g.gexf"), ("json", "g.json"),
                                      ("jsonld", "g.jsonld"), ("nt", "g.nt"), ("trig", "g.trig")])
def test_export_formats(built, tmp_path, fmt, name):
    result = _run("export", built, "--format", fmt, "-o", tmp_path / name)
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).stat().st_size > 0


def test_export_csv_and_from_rdf(built, tmp_path):
    assert _run("export", built / "graph.ttl", "--format", "csv", "-o", tmp_path).exit_code == 0
    assert (tmp_path / "nodes.csv").read_text("utf-8").count("\n") > 20


def test_viz_writes_html(built, tmp_path):
    result = _run("viz", built, "-o", tmp_path / "g.html", "--top", "20")
    assert result.exit_code == 0, result.output
    assert "<html" in (tmp_path / "g.html").read_text("utf-8").lower()


def test_extract_jsonl_offsets(tmp_path):
    doc = tmp_path / "news.jsonl"
    doc.write_text(json.dumps({"text": "小米董事长雷军发布了SU7。Xiaomi's CEO Lei Jun spoke."}, ensure_ascii=False)
                   + "\n", encoding="utf-8")
    out = tmp_path / "mentions.jsonl"
    result = _run("extract", doc, "--format", "jsonl", "-o", out)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    text = json.loads(doc.read_text("utf-8"))["text"]
    assert rows and {r["doc"] for r in rows} == {"news-1"}
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"]
        assert set(r) == {"doc", "start", "end", "text", "type", "lang"}
    assert {"PERSON", "ORG", "PRODUCT"} <= {r["type"] for r in rows}


def test_bad_inputs_are_reported_and_the_rest_is_built(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("小米董事长雷军表示，小米发布了SU7。", encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (src / "bad.jsonl").write_text('{"text": "Acme\'s CEO Jane Doe spoke."}\n{not json\n', encoding="utf-8")
    result = runner.invoke(app, ["build", str(src), "-o", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert any("empty.txt" in e for e in errors)
    assert any("binary.txt" in e for e in errors)
    assert any("bad.jsonl:2" in e for e in errors)
    assert (tmp_path / "out" / "graph.ttl").exists()
    strict = runner.invoke(app, ["build", str(src), "-o", str(tmp_path / "out2"), "--quiet", "--strict"])
    assert strict.exit_code != 0


def test_nothing_buildable_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code != 0
    assert "empty.txt" in result.output


def test_merges_lists_applied_merges_with_reasons(built):
    result = _run("merges", built, "--format", "json")
    assert result.exit_code == 0
    records = json.loads(result.output)
    applied = [r for r in records if r["status"] == "applied"]
    assert applied and all(r["reason"] and 0 < float(r["score"]) <= 1 for r in applied)
    assert any({r["a"], r["b"]} == {"Onvo", "乐道"} for r in applied)
    table = _run("merges", built, "--status", "applied").output
    assert "lexicon" in table or "stated" in table


def test_curation_file_is_honoured_on_rebuild(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "curation.tsv").write_text("split\t智谱\tZhipu AI\n", encoding="utf-8")
    assert _run("build", ROOT / "seeds", "-o", "out", "--quiet").exit_code == 0
    G = __import__("kg.export", fromlist=["load_graph"]).load_graph(tmp_path / "out")

    def nodes_with_mention(text):  # merged_from lists the mention texts a node was made of
        return {n for n, d in G.nodes(data=True) if any(m["text"] == text for m in d.get("merged_from", []))}

    zh, en = nodes_with_mention("智谱"), nodes_with_mention("Zhipu AI")
    assert zh and en and zh.isdisjoint(en)
    refused = [r for r in json.loads(_run("merges", "out", "--format", "json").output)
               if r["status"] == "refused"]
    assert refused


def test_bad_curation_file_is_a_clean_error(tmp_path):
    bad = tmp_path / "c.tsv"
    bad.write_text("marry\tA\tB\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(ROOT / "seeds"), "-o", str(tmp_path / "o"), "--curation", str(bad)])
    assert result.exit_code == 1
    assert "c.tsv" in result.output


def test_build_without_the_relation_model_and_with_a_missing_one(tmp_path):
    doc = tmp_path / "news.txt"
    doc.write_text("星河科技长期合作方云帆医药昨日发布公告。小米集团董事长雷军出席。", encoding="utf-8")
    result = _run("build", doc, "-o", tmp_path / "o", "--rel-model", "none", "--no-html", "-q")
    assert result.exit_code == 0
    assert "chairOf" in (tmp_path / "o" / "graph.ttl").read_text("utf-8")  # the patterns still read
    result = _run("build", doc, "-o", tmp_path / "o2", "--rel-model", str(tmp_path / "nowhere"), "-q")
    assert result.exit_code == 1 and "nowhere" in result.output and "no relation model" in result.output


@pytest.mark.parametrize("flags", [["--no-lac"], ["--zh-model", "lac"], ["--zh-model", "jieba"]])
def test_extract_with_each_chinese_mode(tmp_path, flags):
    doc = tmp_path / "news.txt"
    text = "小米集团董事长雷军在北京发布了新车。"
    doc.write_text(text, encoding="utf-8")
    out = tmp_path / "mentions.jsonl"
    result = _run("extract", doc, "-o", out, *flags)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert rows and all(text[r["start"]:r["end"]] == r["text"] for r in rows)
    assert "PERSON" in {r["type"] for r in rows}


def test_the_summary_counts_the_relations_only_the_relation_model_reads(tmp_path, capsys):
    import networkx as nx

    from kg.cli import _summary

    g = nx.MultiDiGraph()
    g.add_node("a", kind="entity", type="Company")
    g.add_node("b", kind="entity", type="Company")
    g.add_edge("a", "b", key="partnerOf", evidence=[{"extractor": "model"}])
    g.add_edge("a", "b", key="investsIn", evidence=[{"extractor": "model"}, {"extractor": "pattern.zh.invest.1"}])
    _summary(g, [], [], 1.0, tmp_path)
    err = capsys.readouterr().err
    assert "2 (1 from the relation model alone)" in err
