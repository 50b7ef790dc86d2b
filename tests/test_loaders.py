"""kg.io.loaders and kg.io.dates: every format, bad input reported (never raised), stable ids."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.io.dates import normalize_date
from kg.io.loaders import LoadError, decode_bytes, load_documents

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def write(path: Path, content, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode(encoding))
    return path


def only_doc(path):
    result = load_documents([path])
    assert result.errors == [], [str(e) for e in result.errors]
    assert len(result.documents) == 1
    return result.documents[0]


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("text, expected", [
    ("2026-01-08", "2026-01-08"),
    ("2026/1/8", "2026-01-08"),
    ("2026.1.8", "2026-01-08"),
    ("2026年1月8日", "2026-01-08"),
    ("发布于 2026 年 12 月 31 号", "2026-12-31"),
    ("二〇二六年一月八日", "2026-01-08"),
    ("２０２６年１月８日", "2026-01-08"),
    ("January 8, 2026", "2026-01-08"),
    ("Jan. 8th, 2026", "2026-01-08"),
    ("8 Jan 2026", "2026-01-08"),
    ("Thu, 08 Jan 2026 09:30:00 GMT", "2026-01-08"),
    ("2026-01-08T09:30:00+08:00", "2026-01-08"),
    ("20260108", "2026-01-08"),
    ("June 2026", "2026-06"),
    ("2026年1月", "2026-01"),
    ("2026-01", "2026-01"),
    ("2026", "2026"),
    ("2026年", "2026"),
    (2026, "2026"),
])
def test_normalize_date(text, expected):
    assert normalize_date(text) == expected


@pytest.mark.parametrize("text", [None, "", "昨天", "last week", "2026-02-30", "2026-13-01",
                                  "1/8/2026", "Marco 2026", "tel 12345678", True, 3.5])
def test_normalize_date_unparseable(text):
    assert normalize_date(text) is None


# ---------------------------------------------------------------- text / markdown

def test_txt_title_first_line_and_exact_text(tmp_path):
    text = "\n  智谱上市  \n\n智谱在港交所上市。\r\nZhipu listed.\r\n"
    doc = only_doc(write(tmp_path / "news one.txt", text))
    assert doc.text == text.replace("\r\n", "\n")
    assert doc.title == "智谱上市"
    assert doc.id == "news_one"
    assert doc.source == str(tmp_path / "news one.txt")
    assert doc.date is None and doc.url is None


def test_title_truncated(tmp_path):
    doc = only_doc(write(tmp_path / "long.txt", "x" * 500 + "\nbody"))
    assert doc.title == "x" * 200


def test_markdown_front_matter(tmp_path):
    body = "# 小米发布SU7\n\n小米在北京发布SU7汽车。\n"
    text = ('---\ntitle: "小米 SU7 发布"\ndate: 2026年1月8日\nurl: https://example.com/su7\n'
            'tags: [a, b]\n---\n' + body)
    doc = only_doc(write(tmp_path / "su7.md", text))
    assert doc.text == body
    assert doc.title == "小米 SU7 发布"
    assert doc.date == "2026-01-08"
    assert doc.url == "https://example.com/su7"
    # offsets refer to Document.text
    start = doc.text.index("SU7汽车")
    assert doc.text[start:start + 3] == "SU7"


def test_markdown_heading_title_without_front_matter(tmp_path):
    doc = only_doc(write(tmp_path / "a.md", "## 标题 Title\n正文"))
    assert doc.title == "标题 Title"


def test_unclosed_front_matter_is_text(tmp_path):
    text = "---\nnot front matter\n"
    doc = only_doc(write(tmp_path / "hr.md", text))
    assert doc.text == text


def test_rules_are_not_front_matter(tmp_path):
    text = "---\nIntro line\n---\nBody\n"
    doc = only_doc(write(tmp_path / "rules.txt", text))
    assert doc.text == text and doc.title == "Intro line"


def test_front_matter_only_is_empty(tmp_path):
    result = load_documents([write(tmp_path / "fm.md", "---\ntitle: x\n---\n  \n")])
    assert result.documents == []
    assert [e.message for e in result.errors] == ["empty document"]


# ---------------------------------------------------------------- html

HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>智谱上市 | 新闻</title>
<meta property="og:title" content="OG title">
<meta property="article:published_time" content="2026-01-08T09:00:00+08:00">
<meta property="og:url" content="https://example.com/og">
<link rel="canonical" href="https://example.com/zhipu">
<style>body { color: red }</style>
<script>var s = "<p>hidden</p>";</script>
</head>
<body><h1>智谱
在港交所上市</h1>
<p>Zhipu AI &amp; HKEX&nbsp;&#x4e0a;市.<br>第二行</p>
<ul><li>一</li><li>two</li></ul><noscript>enable js</noscript>
</body></html>"""


def test_html(tmp_path):
    doc = only_doc(write(tmp_path / "page.html", HTML))
    assert doc.text == "智谱在港交所上市\nZhipu AI & HKEX 上市.\n第二行\n一\ntwo"
    assert doc.title == "智谱上市 | 新闻"
    assert doc.date == "2026-01-08"
    assert doc.url == "https://example.com/zhipu"
    assert "hidden" not in doc.text and "color" not in doc.text and "enable js" not in doc.text


def test_html_fallback_meta(tmp_path):
    html = ('<html><head><meta property="og:title" content="小米">'
            '<meta property="og:url" content="https://example.com/x"></head>'
            '<body><p>小米发布 <time datetime="2026/1/9">昨天</time></p></body></html>')
    doc = only_doc(write(tmp_path / "x.htm", html))
    assert (doc.title, doc.date, doc.url) == ("小米", "2026-01-09", "https://example.com/x")
    assert doc.text == "小米发布 昨天"


def test_html_declared_gbk_charset(tmp_path):
    html = '<html><head><meta charset="gbk"><title>智谱</title></head><body><p>港交所上市</p></body></html>'
    doc = only_doc(write(tmp_path / "gbk.html", html, encoding="gbk"))
    assert doc.title == "智谱" and doc.text == "港交所上市"


def test_html_without_visible_text_is_empty(tmp_path):
    result = load_documents([write(tmp_path / "e.html", "<html><head><title>t</title></head>"
                                                      "<body><script>x()</script></body></html>")])
    assert [e.message for e in result.errors] == ["empty document"]


# ---------------------------------------------------------------- jsonl

def test_jsonl_good_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a1", "title": "智谱", "date": "2026/1/8", "url": "https://e.com",
                    "text": "智谱上市。", "extra": 1}, ensure_ascii=False),
        "",
        '{"id": "b2", "text": "broken" "x"}',
        json.dumps({"text": "no id here"}),
        json.dumps({"id": "c3", "title": "no text"}),
        json.dumps({"id": 7, "text": "numeric id", "date": "someday"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": 42}),
        '{"text": "bad \\ud800 surrogate"}',
    ]
    path = write(tmp_path / "bad.jsonl", "\n".join(lines) + "\n")
    result = load_documents([path])
    docs = {d.id: d for d in result.documents}
    assert list(docs) == ["a1", "bad-4", "7"]
    a1 = docs["a1"]
    assert (a1.text, a1.title, a1.date, a1.url) == ("智谱上市。", "智谱", "2026-01-08", "https://e.com")
    assert a1.source == f"{path}:1"
    assert docs["bad-4"].source == f"{path}:4" and docs["bad-4"].title is None
    assert docs["7"].date is None
    assert [(e.path, e.line) for e in result.errors] == [(str(path), 3), (str(path), 5),
                                                        (str(path), 7), (str(path), 8),
                                                        (str(path), 9)]
    assert str(result.errors[0]) == f"{path}:3: malformed JSON (Expecting ',' delimiter)"
    assert "text" in result.errors[1].message
    assert "object" in result.errors[2].message
    assert "string" in result.errors[3].message


def test_empty_jsonl(tmp_path):
    result = load_documents([write(tmp_path / "e.jsonl", "\n\n")])
    assert result.documents == [] and [e.message for e in result.errors] == ["empty document"]


# ---------------------------------------------------------------- encodings and bad files

def test_gb18030_file(tmp_path):
    text = "智谱在港交所上市，张鹏出席。𠀀\n"  # 𠀀 needs GB18030's four-byte form
    doc = only_doc(write(tmp_path / "gb.txt", text, encoding="gb18030"))
    assert doc.text == text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_bom_encodings(tmp_path, encoding):
    raw = "小米 Xiaomi\r\n第二行".encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    doc = only_doc(write(tmp_path / "bom.txt", raw))
    assert doc.text == "小米 Xiaomi\n第二行"


def test_bad_files_are_errors_not_exceptions(tmp_path):
    empty = write(tmp_path / "empty.txt", "  \n\t\n")
    binary = write(tmp_path / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00")
    garbage = write(tmp_path / "garbage.md", b"abc \x80\x80\xff\xfe\x81 text")
    controls = write(tmp_path / "controls.txt", bytes(range(1, 9)) * 20)
    pdf = write(tmp_path / "paper.pdf", b"%PDF-1.4")
    missing = tmp_path / "missing.txt"
    good = write(tmp_path / "good.txt", "ok")
    result = load_documents([empty, binary, garbage, controls, pdf, missing, good])
    assert [d.id for d in result.documents] == ["good"]
    messages = {Path(e.path).name: e.message for e in result.errors}
    assert messages["empty.txt"] == "empty document"
    assert messages["binary.txt"] == "binary or undecodable file"
    assert messages["garbage.md"] == "binary or undecodable file"
    assert messages["controls.txt"] == "binary or undecodable file"
    assert "unsupported file type '.pdf'" in messages["paper.pdf"] and ".jsonl" in messages["paper.pdf"]
    assert messages["missing.txt"] == "no such file or folder"
    assert all(e.line is None for e in result.errors)
    assert str(result.errors[0]) == f"{empty}: empty document"


def test_decode_bytes_rejects_nul():
    with pytest.raises(ValueError, match="binary"):
        decode_bytes(b"abc\x00def")


# ---------------------------------------------------------------- folders and ids

def make_tree(root: Path) -> None:
    write(root / "b.txt", "B")
    write(root / "a" / "z.md", "AZ")
    write(root / "a" / "c.html", "<p>AC</p>")
    write(root / "a.txt", "A")
    write(root / "notes.pdf", b"%PDF")
    write(root / "image.png", b"\x89PNG\x00")
    write(root / ".hidden" / "h.txt", "hidden")
    write(root / "d.jsonl", '{"text": "D1"}\n{"text": "D2", "id": "b"}\n')


def test_folder_recursion_order_and_ids(tmp_path):
    make_tree(tmp_path / "in")
    result = load_documents([tmp_path / "in"])
    assert result.errors == []
    assert [d.text for d in result.documents] == ["AC", "AZ", "A", "B", "D1", "D2"]
    ids = [d.id for d in result.documents]
    assert ids[:5] == ["c", "z", "a", "b", "d-1"]
    assert ids[5].startswith("b-") and len(ids[5]) == 2 + 8  # "b" was taken by b.txt
    assert len(set(ids)) == len(ids)


def test_stable_ids_across_runs(tmp_path):
    make_tree(tmp_path / "in")
    first = load_documents([tmp_path / "in"])
    second = load_documents([str(tmp_path / "in")])
    assert first.documents == second.documents


def test_same_file_twice_loads_once_and_string_path(tmp_path):
    make_tree(tmp_path / "in")
    once = load_documents(tmp_path / "in")  # a single path, not a list
    twice = load_documents([tmp_path / "in", tmp_path / "in" / "b.txt"])
    assert [d.id for d in once.documents] == [d.id for d in twice.documents]


def test_duplicate_stems_get_hash_suffix(tmp_path):
    a = write(tmp_path / "x" / "news.txt", "one")
    b = write(tmp_path / "y" / "news.txt", "two")
    ids = [d.id for d in load_documents([a, b]).documents]
    assert ids[0] == "news" and ids[1].startswith("news-") and ids[1] != "news"


def test_unicode_stem_kept(tmp_path):
    doc = only_doc(write(tmp_path / "智谱 新闻(1).txt", "文本"))
    assert doc.id == "智谱_新闻_1"


def test_load_error_str():
    assert str(LoadError("seeds/bad.jsonl", 3, "malformed JSON (x)")) == "seeds/bad.jsonl:3: malformed JSON (x)"
    assert str(LoadError("seeds/a.bin", None, "binary or undecodable file")) == \
        "seeds/a.bin: binary or undecodable file"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="no seeds folder")
def test_seeds_load():
    result = load_documents([SEEDS])
    assert result.errors == []
    assert result.documents and all(d.text.strip() and d.title for d in result.documents)
