"""Paired comparison of stored runs on their shared sample ids (see docs/STATISTICS.md)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .errors import EmpathyError
from .store import Store

#: from this many metrics compared at once, reports warn about multiple comparisons
MANY_METRICS = 5


def compare_loaded(a: dict[str, Any], b: dict[str, Any], *, bootstrap: int = 1000, seed: int = 0
                   ) -> list[dict[str, Any]]:
    """Comparisons (b − a) of two runs loaded with :func:`empathy_core.report.load_run`."""
    from .report import subset_results
    from .stats import paired_comparisons

    ids_b = {s.id: (s, it) for s, it in b["ok_items"]}
    shared = [(s, it) for s, it in a["ok_items"] if s.id in ids_b]
    shared_b = [ids_b[s.id] for s, _ in shared]
    if bootstrap <= 0:
        bootstrap = 0
    out = paired_comparisons(a["instances"], subset_results(shared, a["scores"]), [it for _, it in shared],
                             b["instances"], subset_results(shared_b, b["scores"]), [it for _, it in shared_b],
                             replicates=bootstrap, seed=seed)
    name_a = a["run"]["name"] or a["run"]["id"]
    name_b = b["run"]["name"] or b["run"]["id"]
    sig_a = {r["name"]: r["signature"] for r in a["run"]["scorers"]}
    sig_b = {r["name"]: r["signature"] for r in b["run"]["scorers"]}
    for c in out:
        c["a_run"], c["b_run"] = name_a, name_b
        scorer = c["metric"].split(".", 1)[0]
        if scorer in sig_a and scorer in sig_b and sig_a[scorer] != sig_b[scorer]:
            c["warning"] = f"scorer signatures differ: {sig_a[scorer]} vs {sig_b[scorer]}"
    return out


def compare_runs(store: Store, refs: Sequence[str], *, bootstrap: int = 1000, seed: int = 0) -> list[dict[str, Any]]:
    """Each run after the first compared with the first (``a`` = the first run), paired on shared
    sample ids. Holm-adjusted p-values (``p_holm``) are over all comparisons returned."""
    from .report import load_run
    from .stats import holm

    if len(refs) < 2:
        return []
    loaded = [load_run(store, r) for r in refs]
    out: list[dict[str, Any]] = []
    for other in loaded[1:]:
        cmp = compare_loaded(loaded[0], other, bootstrap=bootstrap, seed=seed)
        if not cmp and loaded[0]["ok_items"] and other["ok_items"]:
            ids_a = {s.id for s, _ in loaded[0]["ok_items"]}
            if not any(s.id in ids_a for s, _ in other["ok_items"]):
                raise EmpathyError(f"runs {refs[0]!r} and {other['run']['name'] or other['run']['id']!r} "
                                   "share no sample id; a paired comparison needs the same samples")
        out.extend(cmp)
    adj = holm([c["p_value"] if c["p_value"] is not None else float("nan") for c in out])
    for c, p in zip(out, adj):
        c["p_holm"] = None if p != p else p
    return out


def significant(c: dict[str, Any], correction: str = "none", alpha: float = 0.05) -> bool:
    """Whether a comparison shows a difference: its interval excludes 0 (``correction="none"``) or
    its Holm-adjusted p-value is below ``alpha`` (``correction="holm"``)."""
    if correction == "holm":
        return c.get("p_holm") is not None and c["p_holm"] < alpha
    ci = c.get("ci")
    return ci is not None and (ci[0] > 0 or ci[1] < 0)


def many_metrics_warning(comparisons: Sequence[dict[str, Any]], correction: str = "none") -> str | None:
    m = sum(1 for c in comparisons if c.get("p_value") is not None)
    if m < MANY_METRICS:
        return None
    tail = ("differences are marked by Holm-adjusted p < 0.05." if correction == "holm" else
            "p_holm gives Holm-adjusted p-values; --correction holm marks differences by those.")
    return (f"warning: {m} metrics compared at once; at 95 % about {m * 0.05:.1f} of them would show a "
            f"difference by chance alone. {tail}")
