"""Files and folders -> :class:`kg.records.Document`.

``load_documents(paths)`` reads ``.txt``, ``.md``, ``.html``/``.htm`` and
``.jsonl`` files, and folders of them (recursed in sorted order; other
extensions and hidden entries are skipped there).  Bad input never raises: each
problem becomes a :class:`LoadError` naming the file (and line, for JSONL) and
the other documents still load.

* Encoding: UTF-8 (BOM or not), UTF-16/32 with a BOM, the charset an HTML file
  declares, then GB18030 if it decodes cleanly into text.  Newlines become ``\\n``.
* ``.txt``/``.md``: a leading ``---`` front-matter block gives ``title``,
  ``date``, ``url`` (and ``id``) and is cut from the text; the rest is kept
  exactly.  Without a title the first non-empty line is used.
* ``.html``: visible text via :mod:`html.parser`; title, date and URL from the
  head (``<title>``/``og:title``, published-time metas or ``<time>``, canonical
  link/``og:url``).
* ``.jsonl``: one JSON object per line with a string ``text`` and optional
  ``id``, ``title``, ``date``, ``url``.

Ids are kept when given, else derived from the file stem (``stem-<line>`` for
JSONL); a repeated id gets a short content-hash suffix.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from ..records import Document
from .dates import normalize_date
from .html_page import TITLE_MAX, parse_html

__all__ = ["LoadError", "LoadResult", "load_documents", "decode_bytes", "SUPPORTED_EXTENSIONS"]

TEXT_EXTENSIONS = (".txt", ".md")
HTML_EXTENSIONS = (".html", ".htm")
JSONL_EXTENSIONS = (".jsonl",)
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS + HTML_EXTENSIONS + JSONL_EXTENSIONS
PathLike = Union[str, "os.PathLike[str]"]


@dataclass(frozen=True)
class LoadError:
    """One input problem: ``path`` (as given), ``line`` (1-based, JSONL only) and what is wrong."""

    path: str
    line: Optional[int]
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


@dataclass
class LoadResult:
    documents: list[Document] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)


class _BadFile(Exception):
    """A whole-file problem; the message becomes a LoadError."""


# ---------------------------------------------------------------- decoding

_BOMS = (  # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = len(_CONTROL.findall(text))
    private = sum(1 for ch in text if "\ue000" <= ch <= "\uf8ff")
    return (bad + private) / len(text) < 0.05


def decode_bytes(data: bytes, declared: Optional[str] = None) -> str:
    """Decode a file's bytes to text with ``\\n`` newlines; ValueError if binary or undecodable."""
    text: Optional[str] = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise ValueError("binary or undecodable file") from None
            break
    if text is None:
        if b"\x00" in data:
            raise ValueError("binary or undecodable file")
        candidates = ["utf-8"] + ([declared] if declared else []) + ["gb18030"]
        for encoding in candidates:
            try:
                decoded = data.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                continue
            if _looks_like_text(decoded):
                text = decoded
                break
        if text is None:
            raise ValueError("binary or undecodable file")
    if not _looks_like_text(text):
        raise ValueError("binary or undecodable file")
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------- helpers

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FM_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_FM_KEYS = {"title": "title", "date": "date", "published": "date", "pubdate": "date",
            "published_at": "date", "url": "url", "link": "url", "canonical": "url", "id": "id"}
_YAML_LINE = re.compile(r"^(?:\s*$|\s*#|\s*- |\s+\S|[A-Za-z_][\w-]*\s*:)")
_SURROGATE = re.compile("[\ud800-\udfff]")
_ID_UNSAFE = re.compile(r"[^\w.-]+")


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def split_front_matter(text: str) -> tuple[dict, str]:
    """``---\\nkey: value\\n---\\nbody`` -> ({title, date, url, id}, body); ({}, text) if none."""
    match = _FRONT_MATTER.match(text)
    lines = (match.group(1) or "").splitlines() if match else []
    # "---\nIntro\n---" is a text with rules, not front-matter: every line must look like YAML
    if not any(_FM_LINE.match(l) for l in lines) or not all(_YAML_LINE.match(l) for l in lines):
        return {}, text
    meta: dict = {}
    for line in lines:
        m = _FM_LINE.match(line)
        if m and m.group(1).lower() in _FM_KEYS:
            value = _unquote(m.group(2))
            if value and value[0] not in "|>[{":  # block scalars and collections: not supported
                meta.setdefault(_FM_KEYS[m.group(1).lower()], value)
    return meta, text[match.end():]


def first_line_title(text: str, markdown: bool = False) -> Optional[str]:
    for line in text.split("\n"):
        line = line.strip()
        if markdown:
            line = line.lstrip("#").strip()
        if any(ch.isalnum() for ch in line):  # skip rules such as "---" or "***"
            return line[:TITLE_MAX].rstrip()
    return None


def sanitize_id(stem: str) -> str:
    """Keep letters (any script), digits, ``_ . -``; everything else becomes ``_``."""
    return _ID_UNSAFE.sub("_", stem).strip("_") or "doc"


def _given_id(value: object) -> Optional[str]:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    value = str(value)
    return value if value.strip() else None


def _text_field(value: object) -> Optional[str]:
    return value.strip() or None if isinstance(value, str) else None


def _iter_files(paths: Iterable[PathLike], errors: list[LoadError]) -> Iterator[Path]:
    """Files in the order given, folders recursed in sorted order; each file once."""
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted((child.relative_to(path).parts, child) for child in path.rglob("*")
                           if child.suffix.lower() in SUPPORTED_EXTENSIONS and child.is_file())
            files = [child for parts, child in found if not any(p.startswith(".") for p in parts)]
        elif path.is_file():
            if path.suffix.lower() not in SUPPORTED_EXTENSIONS:
                errors.append(LoadError(str(path), None,
                                        f"unsupported file type {path.suffix or '(none)'!r} "
                                        f"(supported: {', '.join(SUPPORTED_EXTENSIONS)})"))
            files = [path] if path.suffix.lower() in SUPPORTED_EXTENSIONS else []
        else:
            message = "not a regular file or folder" if path.exists() else "no such file or folder"
            errors.append(LoadError(str(path), None, message))
            files = []
        for file in files:
            if file.resolve() not in seen:
                seen.add(file.resolve())
                yield file


# ---------------------------------------------------------------- formats

def _read(path: Path, html: bool = False) -> str:
    data = path.read_bytes()
    declared = None
    if html:
        m = _HTML_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii", "replace") if m else None
    try:
        return decode_bytes(data, declared)
    except ValueError as e:
        raise _BadFile(str(e)) from e


def _load_text(path: Path) -> list[dict]:
    text = _read(path)
    meta, body = split_front_matter(text)
    if not body.strip():
        raise _BadFile("empty document")
    title = meta.get("title") or first_line_title(body, markdown=path.suffix.lower() == ".md")
    return [{"id": meta.get("id"), "text": body, "title": title,
             "date": normalize_date(meta.get("date")), "url": meta.get("url"),
             "source": str(path), "fallback_id": sanitize_id(path.stem)}]


def _load_html(path: Path) -> list[dict]:
    page = parse_html(_read(path, html=True))
    if not page.text.strip():
        raise _BadFile("empty document")
    date = None
    for candidate in page.dates:
        date = normalize_date(candidate)
        if date:
            break
    return [{"id": None, "text": page.text, "title": page.title or first_line_title(page.text),
             "date": date, "url": page.url, "source": str(path),
             "fallback_id": sanitize_id(path.stem)}]


def _load_jsonl(path: Path, errors: list[LoadError]) -> list[dict]:
    text = _read(path)
    if not text.strip():
        raise _BadFile("empty document")
    records = []
    stem = sanitize_id(path.stem)
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue

        def bad(message: str) -> None:
            errors.append(LoadError(str(path), number, message))

        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            bad(f"malformed JSON ({e.msg})")
            continue
        if not isinstance(obj, dict):
            bad(f"expected a JSON object, got {type(obj).__name__}")
            continue
        body = obj.get("text")
        if not isinstance(body, str):
            bad("missing 'text'" if body is None else
                f"'text' must be a string, got {type(body).__name__}")
            continue
        body = body.replace("\r\n", "\n").replace("\r", "\n")
        if _SURROGATE.search(body):
            bad("'text' is not valid Unicode (lone surrogate escape)")
            continue
        if not body.strip():
            bad("empty document")
            continue
        date = obj.get("date")
        records.append({"id": _given_id(obj.get("id")), "text": body,
                        "title": _text_field(obj.get("title")),
                        "date": normalize_date(date) if isinstance(date, (str, int)) else None,
                        "url": _text_field(obj.get("url")), "source": f"{path}:{number}",
                        "fallback_id": f"{stem}-{number}"})
    return records


def _unique_id(wanted: str, text: str, used: set[str]) -> str:
    """``wanted``, or ``wanted-<8 hex of sha1(text)>`` (then ``-2``, ``-3``...) if taken."""
    base = f"{wanted}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]}"
    candidates = [wanted, base] + [f"{base}-{n}" for n in range(2, len(used) + 3)]
    return next(c for c in candidates if c not in used)


def load_documents(paths: Union[PathLike, Iterable[PathLike]]) -> LoadResult:
    """Load every supported file in ``paths`` (files or folders); never raises for bad input."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    result = LoadResult()
    used: set[str] = set()
    for path in _iter_files(paths, result.errors):
        suffix = path.suffix.lower()
        try:
            if suffix in JSONL_EXTENSIONS:
                records = _load_jsonl(path, result.errors)
            elif suffix in HTML_EXTENSIONS:
                records = _load_html(path)
            else:
                records = _load_text(path)
        except _BadFile as e:
            result.errors.append(LoadError(str(path), None, str(e)))
            continue
        except OSError as e:
            result.errors.append(LoadError(str(path), None, f"cannot read file ({e.strerror or e})"))
            continue
        except Exception as e:  # a parser bug must not stop the other files
            result.errors.append(LoadError(str(path), None,
                                           f"could not load ({type(e).__name__}: {e})"))
            continue
        for rec in records:
            doc_id = _unique_id(rec.pop("id") or rec.pop("fallback_id"), rec["text"], used)
            rec.pop("fallback_id", None)
            used.add(doc_id)
            result.documents.append(Document(id=doc_id, **rec))
    return result
