"""Atomic file writes shared by every stage that writes output.

A file is written to a temporary file in its own folder, flushed, then moved into place
with ``os.replace``, so a reader never sees half a file and a failed write leaves the old
one.  Text is UTF-8.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Union

PathLike = Union[str, "os.PathLike[str]"]
_UMASK = os.umask(0)
os.umask(_UMASK)


@contextmanager
def atomic_open(path: PathLike, mode: str = "w") -> Iterator:
    """Open a temp file next to ``path`` ("w": UTF-8 text, "wb": bytes); replace ``path`` on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        text = {} if "b" in mode else {"encoding": "utf-8", "newline": ""}
        with os.fdopen(fd, mode, **text) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def atomic_write_bytes(path: PathLike, data: bytes) -> Path:
    with atomic_open(path, "wb") as fh:
        fh.write(data)
    return Path(path)
