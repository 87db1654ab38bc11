"""Agreement between the ``judge`` scorer and the pattern-based ``boundary`` scorer.

Per pattern and language, over the responses both scored: the counts of the 2x2 table, observed
agreement, Cohen's kappa, and each scorer's positive rate; plus, when both give them, the Spearman
correlation between ``judge.boundary_rating`` (1-5) and ``boundary.score`` (0-10).

Records are dicts with ``scores`` (flat ``<scorer>.<metric>`` keys, as written by ``empathy score
--output``) and a language (``language``, or the scorers' evidence); :func:`records_from_run` builds
them from a run in the SQLite store.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .judge_meta import PATTERNS

UNKNOWN = "unknown"


def cohen_kappa(a: int, b: int, c: int, d: int) -> float | None:
    """Cohen's kappa of a 2x2 table: a = both 1, b = judge 1 / boundary 0, c = judge 0 / boundary 1,
    d = both 0. None when undefined (no items, or both raters constant and equal... see below)."""
    n = a + b + c + d
    if n == 0:
        return None
    po = (a + d) / n
    pe = ((a + b) * (a + c) + (c + d) * (b + d)) / (n * n)
    if pe >= 1.0:
        # both raters gave one and the same label to everything: agreement is total but kappa is 0/0
        return None
    return (po - pe) / (1.0 - pe)


def _ranks(xs: Sequence[float]) -> list[float]:
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    ranks = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Spearman's rho (average ranks for ties); None with fewer than 3 pairs or a constant side."""
    if len(xs) < 3:
        return None
    rx, ry = _ranks(xs), _ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=False))
    sxx = sum((a - mx) ** 2 for a in rx)
    syy = sum((b - my) ** 2 for b in ry)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def record_language(rec: Mapping[str, Any]) -> str:
    """The response's language: the boundary scorer's, the judge's, the record's, else unknown."""
    ev = rec.get("evidence") or {}
    for scorer in ("boundary", "judge"):
        e = ev.get(scorer) if isinstance(ev, Mapping) else None
        if isinstance(e, Mapping):
            for k in ("language", "response_language"):
                if isinstance(e.get(k), str) and e[k]:
                    return e[k].lower()
    langs = rec.get("languages")
    if isinstance(langs, Mapping):
        for scorer in ("boundary", "judge"):
            if langs.get(scorer):
                return str(langs[scorer]).lower()
    lang = rec.get("language")
    return str(lang).lower() if lang else UNKNOWN


def _scores(rec: Mapping[str, Any]) -> Mapping[str, Any]:
    s = rec.get("scores")
    return s if isinstance(s, Mapping) else rec


def _cell() -> dict[str, int]:
    return {"both": 0, "judge_only": 0, "boundary_only": 0, "neither": 0}


def _summarise(cell: Mapping[str, int]) -> dict[str, Any]:
    a, b, c, d = cell["both"], cell["judge_only"], cell["boundary_only"], cell["neither"]
    n = a + b + c + d
    return {"n": n, **cell,
            "agreement": (a + d) / n if n else None,
            "kappa": cohen_kappa(a, b, c, d),
            "judge_rate": (a + b) / n if n else None,
            "boundary_rate": (a + c) / n if n else None}


def judge_boundary_agreement(records: Iterable[Mapping[str, Any]], patterns: Sequence[str] = PATTERNS
                             ) -> dict[str, Any]:
    """Agreement per language and pattern (and over all languages) between ``judge.<pattern>`` and
    ``boundary.<pattern>``, over the records where both are present."""
    cells: dict[str, dict[str, dict[str, int]]] = {}
    ratings: dict[str, tuple[list[float], list[float]]] = {}
    n_records = n_both = 0
    for rec in records:
        n_records += 1
        sc = _scores(rec)
        lang = record_language(rec)
        any_pair = False
        for p in patterns:
            j, b = sc.get(f"judge.{p}"), sc.get(f"boundary.{p}")
            if j is None or b is None:
                continue
            any_pair = True
            jv, bv = float(j) >= 0.5, float(b) >= 0.5
            key = "both" if jv and bv else "judge_only" if jv else "boundary_only" if bv else "neither"
            for group in (lang, "all"):
                cells.setdefault(group, {}).setdefault(p, _cell())[key] += 1
        n_both += any_pair
        jr, bs = sc.get("judge.boundary_rating"), sc.get("boundary.score")
        if jr is not None and bs is not None:
            for group in (lang, "all"):
                xs, ys = ratings.setdefault(group, ([], []))
                xs.append(float(jr))
                ys.append(float(bs))
    out: dict[str, Any] = {"n_records": n_records, "n_both_scored": n_both, "patterns": list(patterns),
                           "by_language": {}}
    for group in sorted(cells, key=lambda g: (g == "all", g)):
        summ = {p: _summarise(cells[group][p]) for p in patterns if p in cells[group]}
        kappas = [v["kappa"] for v in summ.values() if v["kappa"] is not None]
        agrees = [v["agreement"] for v in summ.values() if v["agreement"] is not None]
        entry: dict[str, Any] = {"patterns": summ,
                                 "mean_kappa": sum(kappas) / len(kappas) if kappas else None,
                                 "mean_agreement": sum(agrees) / len(agrees) if agrees else None}
        if group in ratings:
            xs, ys = ratings[group]
            entry["rating_spearman"] = {"n": len(xs), "rho": spearman(xs, ys),
                                        "between": ["judge.boundary_rating", "boundary.score"]}
        if group == "all":
            out["overall"] = entry
        else:
            out["by_language"][group] = entry
    return out


def records_from_file(path: str | Path) -> list[dict[str, Any]]:
    """Records from an ``empathy score --output`` JSONL file (or a JSON list of records)."""
    p = Path(path)
    text = p.read_text(encoding="utf-8")
    stripped = text.lstrip()
    if stripped.startswith("["):
        data = json.loads(text)
        return [r for r in data if isinstance(r, dict)]
    from empathy_core.io import iter_jsonl

    return [rec for _, rec in iter_jsonl(p)]


def records_from_run(ref: str, db: str | Path | None = None) -> list[dict[str, Any]]:
    """Records of a stored run (by id, id prefix, name or ``latest``): merged scores of all its
    scorers, with each scorer's language."""
    from empathy_core.store import Store

    with Store(db) as store:
        run = store.get_run(ref)
        samples = store.run_samples(run["id"])
        per = store.scores(run["id"])
    out: list[dict[str, Any]] = []
    for sample, _ in samples:
        rec: dict[str, Any] = {"id": sample.id, "language": sample.language, "scores": {}, "languages": {}}
        for scorer, rows in per.items():
            r = rows.get(sample.id)
            if r is None:
                continue
            rec["scores"].update(r.scores)
            if r.language:
                rec["languages"][scorer] = r.language
        out.append(rec)
    return out


def format_table(result: Mapping[str, Any]) -> str:
    from tabulate import tabulate

    rows = []
    groups = list(result["by_language"].items())
    if "overall" in result:
        groups.append(("all", result["overall"]))

    def f(v: Any) -> str:
        return "-" if v is None else f"{v:.3f}"

    for lang, entry in groups:
        for p, s in entry["patterns"].items():
            rows.append((lang, p, s["n"], f(s["agreement"]), f(s["kappa"]), f(s["judge_rate"]), f(s["boundary_rate"])))
        if "rating_spearman" in entry:
            rs = entry["rating_spearman"]
            rows.append((lang, "rating (spearman)", rs["n"], "", f(rs["rho"]), "", ""))
    return tabulate(rows, headers=["language", "pattern", "n", "agreement", "kappa", "judge rate", "boundary rate"],
                    tablefmt="github")
