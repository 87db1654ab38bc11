"""Reading the training data (EPITOME, EmpatheticDialogues) from the shared data folder."""

from __future__ import annotations

import csv
import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .labels import INTENT_LABELS, MECHANISMS


def shared_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """``explicit``, else ``$EMPATHY_SHARED_DATA``, else ``<repo>/../shared/data``; None if absent."""
    candidates: list[Path] = []
    if explicit:
        candidates.append(Path(explicit))
    env = os.environ.get("EMPATHY_SHARED_DATA")
    if env:
        candidates.append(Path(env))
    here = Path(__file__).resolve()
    # plugins/empathy-metrics/empathy_metrics/data.py -> repo root is parents[3]
    for up in here.parents[2:5]:
        candidates.append(up / ".." / "shared" / "data")
    for c in candidates:
        if (c / "epitome").is_dir() or (c / "empatheticdialogues").is_dir():
            return c.resolve()
    return None


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def load_epitome(data: Path) -> dict[str, Any]:
    """Seeker posts, responses and the three mechanism levels (0/1/2), in file order."""
    rows = read_csv(data / "epitome" / "train.csv")
    return {
        "seeker": [r["seeker_post"] for r in rows],
        "response": [r["response_post"] for r in rows],
        "labels": {m: np.array([int(r[m]) for r in rows], dtype=np.int64) for m in MECHANISMS},
    }


def _ed_text(s: str) -> str:
    return s.replace("_comma_", ",")


def load_ed(data: Path, split: str) -> list[dict[str, str]]:
    """Rows of EmpatheticDialogues ``split`` (train/valid), ``_comma_`` restored."""
    rows = read_csv(data / "empatheticdialogues" / f"{split}.csv")
    for r in rows:
        r["utterance"] = _ed_text(r["utterance"])
        r["situation"] = _ed_text(r.get("situation", ""))
    return rows


def ed_listener(rows: Sequence[dict[str, str]]) -> list[dict[str, str]]:
    return [r for r in rows if r["role"] == "listener"]


def intent_rows(rows: Sequence[dict[str, str]]) -> tuple[list[dict[str, str]], int]:
    """Listener rows whose ``ei_label`` is one of the 9 intent classes, and how many were dropped."""
    lis = ed_listener(rows)
    keep = [r for r in lis if r["ei_label"] in INTENT_LABELS]
    return keep, len(lis) - len(keep)


def cached_embed(texts: Sequence[str], cache_dir: str | os.PathLike[str] | None, encode: Any,
                 tag: str = "") -> np.ndarray:
    """``encode(texts)``, saved as ``<cache_dir>/<hash>.npy`` so repeated training runs reuse it."""
    if not cache_dir:
        return encode(list(texts))
    from .encoder import encoder_hash

    h = hashlib.sha256(encoder_hash().encode())
    for t in texts:
        h.update(t.encode("utf-8", "replace"))
        h.update(b"\0")
    path = Path(cache_dir) / f"{tag}{h.hexdigest()[:20]}.npy"
    if path.is_file():
        return np.load(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    x = encode(list(texts))
    tmp = path.with_suffix(".tmp.npy")
    np.save(tmp, x)
    os.replace(tmp, path)
    return x
