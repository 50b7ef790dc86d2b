"""HTML pages -> visible text, title, date candidates and URL, for :mod:`kg.io.loaders`.

:func:`parse_html` reads a page with the standard library's :mod:`html.parser`: each block element
(paragraph, heading, list item, table cell...) on its own line, script, style and head left out,
a ``<pre>`` block's lines kept as they are, and a line break between two Chinese characters joined
(a wrapped Chinese paragraph has no spaces). The title is ``<title>``, else ``og:title``, else the
first ``<h1>``; dates come from the published-time metas, then ``<time datetime>``; the URL from
the canonical link or ``og:url``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Optional

TITLE_MAX = 200  # characters of a title kept

_SKIP = {"script", "style", "noscript", "template", "svg", "head", "title"}
_BLOCK = {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
          "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
          "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td",
          "th", "tr", "ul", "body", "html"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "base", "col"}
_DATE_METAS = ("article:published_time", "og:published_time", "datepublished", "date",
               "pubdate", "publishdate", "dc.date", "dcterms.date", "dcterms.created")
_WIDE = r"\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_CJK_BREAK = re.compile(rf"(?<=[{_WIDE}])[^\S\n]*\n\s*(?=[{_WIDE}])")
_SPACES = re.compile(r"\s+")


@dataclass
class HtmlPage:
    text: str
    title: Optional[str]
    dates: list  # candidate date strings, best first
    url: Optional[str]


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.inline: list[str] = []
        self.skip: list[str] = []  # open skipped elements
        self.pre = 0
        self.title: list[str] = []
        self.h1: list[str] = []
        self.in_title = self.in_h1 = False
        self.meta: dict[str, str] = {}
        self.times: list[str] = []
        self.canonical: Optional[str] = None

    def flush(self) -> None:
        raw = "".join(self.inline)
        self.inline = []
        if self.pre:
            self.lines.extend(line.rstrip() for line in raw.strip("\n").split("\n"))
            return
        text = _SPACES.sub(" ", _CJK_BREAK.sub("", raw)).strip()
        if text:
            self.lines.append(text)

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            name = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if name and a.get("content", "").strip():
                self.meta.setdefault(name, a["content"].strip())
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.canonical = self.canonical or a.get("href", "").strip() or None
        elif tag == "time" and a.get("datetime", "").strip():
            self.times.append(a["datetime"].strip())
        if tag == "title":
            self.in_title = True
        elif tag == "h1":
            self.in_h1 = True
        if tag == "body" and "head" in self.skip:  # an unclosed <head>
            self.skip = [t for t in self.skip if t != "head"]
        if tag in _SKIP:
            self.skip.append(tag)
        if tag in _BLOCK:
            self.flush()
            self.pre += tag == "pre"

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        elif tag == "h1":
            self.in_h1 = False
        if tag in self.skip:
            while self.skip and self.skip.pop() != tag:
                pass
        if tag in _BLOCK:
            self.flush()
            if tag == "pre" and self.pre:
                self.pre -= 1

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        if self.in_h1:
            self.h1.append(data)
        if not self.skip:
            self.inline.append(data)


def parse_html(source: str) -> HtmlPage:
    """Visible text (blocks on their own lines), title, date candidates and URL of a page."""
    parser = _PageParser()
    parser.feed(source)
    parser.close()
    parser.flush()
    title = _SPACES.sub(" ", "".join(parser.title)).strip()
    title = title or parser.meta.get("og:title") or _SPACES.sub(" ", "".join(parser.h1)).strip()
    dates = [parser.meta[k] for k in _DATE_METAS if k in parser.meta] + parser.times
    url = parser.canonical or parser.meta.get("og:url")
    return HtmlPage("\n".join(parser.lines), (title or None) and title[:TITLE_MAX],
                    dates, url or None)
