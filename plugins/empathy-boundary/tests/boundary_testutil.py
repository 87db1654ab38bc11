"""Helpers shared by the boundary tests (dev-set loading, macro-F1)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from empathy_boundary import PATTERNS

DEVSET_DIR = Path(__file__).resolve().parent / "devset"
DEVSET_FILES = sorted(DEVSET_DIR.glob("*.jsonl"))


def load_devset(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def macro_f1(gold: list[dict[str, int]], pred: list[dict[str, int]]) -> tuple[float, dict[str, float]]:
    """F1 per pattern over the set (a pattern never present and never predicted has F1 1), averaged."""
    per = {}
    for p in PATTERNS:
        tp = sum(1 for g, q in zip(gold, pred) if g[p] and q[p])
        fp = sum(1 for g, q in zip(gold, pred) if not g[p] and q[p])
        fn = sum(1 for g, q in zip(gold, pred) if g[p] and not q[p])
        per[p] = 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)
    return sum(per.values()) / len(per), per
