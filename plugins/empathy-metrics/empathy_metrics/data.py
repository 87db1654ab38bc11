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
    """Seeker posts, responses, the three mechanism levels (0/1/2) and their rationales, in file order."""
    rows = read_csv(data / "epitome" / "train.csv")
    return {
        "seeker": [r["seeker_post"] for r in rows],
        "response": [r["response_post"] for r in rows],
        "labels": {m: np.array([int(r[m]) for r in rows], dtype=np.int64) for m in MECHANISMS},
        #: the annotators' rationales ('|'-separated substrings of the response; '' where level 0)
        "rationale": {m: [r.get(f"{m}_rationale") or "" for r in rows] for m in MECHANISMS},
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


#: the hand-translated EPITOME rows (repository folder; not part of the wheel)
TRANSLATED_DIR = Path(__file__).resolve().parents[1] / "data" / "epitome_translated"


def load_translated(ep: dict[str, Any], directory: Path | None = None) -> list[dict[str, Any]]:
    """The translated EPITOME rows of every ``<lang>.jsonl`` in ``directory``, each with the English
    row's index (``row``) and its three levels carried over (``labels``). Errors name file and line."""
    import json

    directory = TRANSLATED_DIR if directory is None else Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory}: no translated EPITOME rows (see the results doc)")
    out: list[dict[str, Any]] = []
    n = len(ep["response"])
    for f in sorted(directory.glob("*.jsonl")):
        for k, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
                row = int(str(r["id"]).removeprefix("ep-"))
                if not 0 <= row < n:
                    raise ValueError(f"id {r['id']!r} is not a row of epitome/train.csv")
                for key in ("language", "split", "seeker_post", "response_post"):
                    if not isinstance(r.get(key), str):
                        raise ValueError(f"field {key!r} must be a string")
            except (ValueError, KeyError, json.JSONDecodeError) as e:
                raise ValueError(f"{f}:{k}: {e}") from None
            out.append({"row": row, "language": r["language"], "split": r["split"], "seeker": r["seeker_post"],
                        "response": r["response_post"],
                        "labels": {m: int(ep["labels"][m][row]) for m in MECHANISMS}})
    return out


def load_llm_empathy(data: Path) -> list[dict[str, Any]]:
    """The rated responses of ``llm_empathy/dev.csv``: one dict per (context, response) with
    ``dialog``, ``source`` (human / chatgpt / chatgpt_empathy), ``prompt`` (the speaker's utterance),
    ``response`` and ``rating`` (1 bad, 2 okay, 3 good). Development data only (no license upstream)."""
    out = []
    for r in read_csv(data / "llm_empathy" / "dev.csv"):
        for src in ("human", "chatgpt", "chatgpt_empathy"):
            out.append({"dialog": r["dialog_id"], "source": src, "emotion": r["emotion"],
                        "prompt": r["speaker_uttr"], "response": r[f"response_{src}"],
                        "rating": int(r[f"rating_{src}"])})
    return out
