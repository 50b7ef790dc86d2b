"""Split a document into sentence segments and detect each segment's language.

Language is decided per sentence by script: a sentence whose letters are mostly
Han characters is ``zh``, otherwise ``en``.  Mixed sentences ("Onvo (乐道)")
go to the language of the majority of their letters; the other script is still
seen by the alias rules, which work on offsets.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from .records import Document, Segment

# Sentence ends: Chinese full stops (with any closing quotes), English .!? followed by
# whitespace, and line breaks.  Decimal points ("1.1") and abbreviations followed by a
# lower-case word are not ends; nor are titles before a name ("Sen. Robert Kennedy",
# "Mrs. Parks", "Gov. Pat Quinn").
_ZH_END = re.compile(r"[。！？!?；;]+[”’」』）)\"']*")
# (not after a month's abbreviation before its day: "on Dec. 31";
# nor after a company's legal form before anything but a capital: "Alphabet Inc. 《Q4 …》")
_EN_END = re.compile(r"(?!(?:(?<=\bInc)|(?<=\bLtd)|(?<=\bCorp))\.\s+[^A-Z])(?!(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\.\s+\d)(?!(?<=\bSept)\.\s+\d)(?<![A-Z][a-z])(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|vs|Co|No))(?<!\b(?:Mrs|Sen|Gen|Rev|Gov|Rep|Sgt|Col|Adm|Maj|Cpl|Pvt))(?<!\b(?:Capt|Prof|Supt))[.!?]+[\"'”’)\]]*(?=\s+[^a-z\s])")
_LINE = re.compile(r"\n+")
_CELL = re.compile(r"\s*\|\s*")  # markdown/text table cells are separate segments

# A link's address: "https://…", "www.…" up to a space, a closing bracket or a quote;
# and a markdown heading's anchor ("## 结论 {#conclusion-update}"), which is no text either
URL = re.compile(r"(?:https?://|www\.)[^\s)）\]>\"'“”]+|\{#[^\s{}]+\}")


def span_mask(length: int, spans) -> bytearray:
    """A byte per character of a text of ``length``, 1 inside any of ``spans`` ((start, end) pairs)."""
    mask = bytearray(length + 1)
    for a, b in spans:
        mask[a:b] = b"\x01" * (b - a)
    return mask


def url_mask(text: str) -> bytearray:
    """:func:`span_mask` of the link addresses (and heading anchors) in ``text``."""
    return span_mask(len(text), (u.span() for u in URL.finditer(text)))


MAX_SEGMENT = 1000  # very long "sentences" (tables, lists) are cut at spaces/commas


def is_han(ch: str) -> bool:
    cp = ord(ch)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF
            or 0x20000 <= cp <= 0x2FA1F)


@lru_cache(maxsize=200_000)
def script_of(text: str) -> str:
    """The language a name is written in: ``zh`` if it has any Han character, else ``en``."""
    return "zh" if any(is_han(c) for c in text) else "en"


_LATIN_WORD = re.compile(r"[A-Za-z]+")
_ZH_PUNCT = re.compile(r"[，。；：！？、（）《》“”]")


def detect_lang(text: str) -> str:
    """``zh`` if the sentence is Chinese, else ``en``.

    Chinese news embeds Latin names ("OpenAI在2025年推出了Sora 2和SearchGPT") and English
    news embeds Chinese ones ("Onvo (乐道) is NIO's brand"), so Han characters are
    weighed against Latin *words*, not letters: a sentence is Chinese when it has at
    least as many Han characters as Latin words, or Chinese punctuation and at least
    half as many.
    """
    han = sum(1 for ch in text if is_han(ch))
    if han == 0:
        return "en"
    words = len(_LATIN_WORD.findall(text))
    if han >= words or (2 * han >= words and _ZH_PUNCT.search(text)):
        return "zh"
    return "en"


def _sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans within one line ``text[start:end]``."""
    line = text[start:end]
    cuts = set()
    for m in _ZH_END.finditer(line):
        cuts.add(m.end())
    for m in _EN_END.finditer(line):
        cuts.add(m.end())
    if line.count("|") >= 2:
        cuts.update(m.end() for m in _CELL.finditer(line))
    prev = 0
    for cut in sorted(cuts) + [len(line)]:
        if cut <= prev:
            continue
        yield from _limit(line, prev, cut, start)
        prev = cut


def _limit(line: str, a: int, b: int, offset: int) -> Iterator[tuple[int, int]]:
    while b - a > MAX_SEGMENT:
        window = line[a:a + MAX_SEGMENT]
        cut = max(window.rfind(" "), window.rfind("，"), window.rfind(","), window.rfind("|"))
        cut = a + (cut + 1 if cut > MAX_SEGMENT // 2 else MAX_SEGMENT)
        yield offset + a, offset + cut
        a = cut
    yield offset + a, offset + b


def split_segments(doc: Document) -> list[Segment]:
    """Sentence segments of ``doc`` with stripped boundaries and a language each."""
    text = doc.text
    segments = []
    pos = 0
    for m in list(_LINE.finditer(text)) + [None]:
        line_end = m.start() if m else len(text)
        for a, b in _sentence_spans(text, pos, line_end):
            while a < b and (text[a].isspace() or text[a] == "|"):
                a += 1
            while b > a and (text[b - 1].isspace() or text[b - 1] == "|"):
                b -= 1
            if b > a and any(ch.isalnum() for ch in text[a:b]):
                segments.append(Segment(doc.id, a, b, detect_lang(text[a:b])))
        if m:
            pos = m.end()
    return segments


@lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc
    except ImportError as e:  # pragma: no cover
        raise ImportError("OpenCC is required for traditional Chinese: pip install opencc") from e
    return opencc.OpenCC("t2s")


def simplify(text: str) -> str:
    """Traditional -> simplified Chinese (only when the text has Han characters)."""
    if any(is_han(c) for c in text):
        return _t2s().convert(text)
    return text


def simplify_in_place(text: str) -> str:
    """``simplify(text)`` when every character stays in place (the usual case), so offsets
    into it are offsets into ``text``; else ``text`` unchanged."""
    converted = simplify(text)
    return converted if len(converted) == len(text) else text
