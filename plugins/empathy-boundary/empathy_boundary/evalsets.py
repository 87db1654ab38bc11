"""Labelled response sets (dev, training, blind) and their evaluation: per-pattern precision,
recall and F1, macro-F1, and refusal agreement (direct_refusal vs refusal/partial/compliance).

A labelled set is JSON Lines with ``id``, ``language``, ``prompt``, ``response`` and either
``labels`` (the seven patterns, 0/1) or ``refusal`` (refusal / partial / compliance), or both.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from . import PATTERNS

REFUSAL_LABELS = ("refusal", "partial", "compliance")


def load(path: str | Path) -> list[dict[str, Any]]:
    """The rows of a labelled set; errors name the file, line and field."""
    p = Path(path)
    rows = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError(f"{p}:{n}: invalid JSON ({e.msg})") from None
        for key in ("id", "prompt", "response"):
            if not isinstance(r.get(key), str):
                raise ValueError(f"{p}:{n}: field {key!r} must be a string")
        if "labels" in r and set(r["labels"]) != set(PATTERNS):
            raise ValueError(f"{p}:{n}: field 'labels' must have exactly the seven patterns")
        if "refusal" in r and r["refusal"] not in REFUSAL_LABELS:
            raise ValueError(f"{p}:{n}: field 'refusal' must be one of {', '.join(REFUSAL_LABELS)}")
        rows.append(r)
    return rows


def prf(gold: Sequence[int], pred: Sequence[int]) -> dict[str, float]:
    tp = sum(1 for g, q in zip(gold, pred) if g and q)
    fp = sum(1 for g, q in zip(gold, pred) if not g and q)
    fn = sum(1 for g, q in zip(gold, pred) if g and not q)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)
    return {"precision": p, "recall": r, "f1": f, "support": float(sum(1 for g in gold if g))}


def pattern_report(gold: Sequence[Mapping[str, int]], pred: Sequence[Mapping[str, int]]) -> dict[str, Any]:
    """Per pattern P/R/F1/support and the macro-F1 over the seven patterns."""
    per = {p: prf([int(g[p]) for g in gold], [int(q[p]) for q in pred]) for p in PATTERNS}
    return {"macro_f1": sum(v["f1"] for v in per.values()) / len(per), "patterns": per, "n": len(gold)}


def refusal_agreement(gold: Iterable[str], pred: Iterable[int]) -> dict[str, float]:
    """Share of responses where ``direct_refusal`` equals (label in {refusal, partial}), overall and
    per label."""
    by: dict[str, list[int]] = {k: [] for k in REFUSAL_LABELS}
    for g, q in zip(gold, pred):
        by[g].append(int(bool(q) == (g != "compliance")))
    allv = [x for v in by.values() for x in v]
    out = {"agreement": sum(allv) / len(allv) if allv else 0.0, "n": float(len(allv))}
    for k, v in by.items():
        if v:
            out[f"agreement_{k}"] = sum(v) / len(v)
    return out


def score_inputs(rows: Sequence[Mapping[str, Any]], *, declared: bool = True) -> list[Any]:
    """The scorer inputs of labelled rows (``declared``: give the scorer the row's language)."""
    from empathy_core.models import Sample, ScoreInput

    return [ScoreInput(Sample.from_prompt(str(r["id"]), r["prompt"],
                                          language=r.get("language") if declared else None), r["response"])
            for r in rows]


def predictions(scorer: Any, rows: Sequence[Mapping[str, Any]], *, declared: bool = True,
                unscored: list[str] | None = None) -> list[dict[str, int]]:
    """The scorer's 0/1 patterns for each row (``declared``: give the scorer the row's language).
    A row the scorer leaves unscored counts as no pattern found; its id and reason are appended
    to ``unscored`` when given."""
    out = []
    for r, res in zip(rows, scorer.score(score_inputs(rows, declared=declared))):
        if res.unscored is not None:
            if unscored is not None:
                unscored.append(f"{r['id']}: {res.unscored}")
            out.append(dict.fromkeys(PATTERNS, 0))
            continue
        out.append({p: int(res.scores[f"boundary.{p}"]) for p in PATTERNS})
    return out
