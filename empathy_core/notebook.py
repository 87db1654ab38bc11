"""Python and notebook helpers: DataFrames, HTML representations and ``compare(a, b)``."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .errors import EmpathyError

if TYPE_CHECKING:
    from .runner import RunResult


def _pandas() -> Any:
    try:
        import pandas as pd
    except ImportError:
        raise EmpathyError("to_pandas() needs pandas, which is not installed: pip install pandas") from None
    return pd


def run_frame(res: RunResult, what: str = "aggregates") -> Any:
    pd = _pandas()
    if what == "aggregates":
        rows = []
        for k, v in res.aggregates.items():
            iv = res.intervals.get(k)
            rows.append({"metric": k, "value": v, "low": iv[0] if iv else None, "high": iv[1] if iv else None})
        return pd.DataFrame(rows, columns=["metric", "value", "low", "high"]).set_index("metric")
    if what == "samples":
        from .report import build_report
        from .store import Store

        with Store(res.db, create=False) as store:
            rep = build_report(store, res.run_id, bootstrap=0)
        rows = []
        for s in rep["samples"]:
            row = {"id": s["id"], "language": s["language"], "prompt": s["prompt"], "response": s["response"],
                   "error": s["error"]}
            row.update(s["scores"])
            row.update({f"meta.{k}": v for k, v in s["meta"].items()})
            rows.append(row)
        return pd.DataFrame(rows).set_index("id")
    raise ValueError(f"what must be 'aggregates' or 'samples', not {what!r}")


def _fmt(v: Any) -> str:
    from .report import _fmt as fmt

    return fmt(v)


def run_html(res: RunResult) -> str:
    e = html.escape
    head = (f"<p><b>run {e(res.run_id)}</b>" + (f" ({e(res.name)})" if res.name else "") +
            f": {res.n_samples} samples, {res.n_generated} generated, {res.n_cached} cached, "
            f"{res.n_errors} errors</p>")
    rows = []
    for k, v in res.aggregates.items():
        iv = res.intervals.get(k)
        ci = f"[{_fmt(iv[0])}, {_fmt(iv[1])}]" if iv else ""
        rows.append(f"<tr><td>{e(k)}</td><td>{e(_fmt(v))}</td><td>{e(ci)}</td></tr>")
    skipped = "".join(f"<p>scorer {e(k)} skipped: {e(v)}</p>" for k, v in res.skipped_scorers.items())
    return (head + "<table><tr><th>metric</th><th>value</th><th>95% CI</th></tr>" + "".join(rows) + "</table>"
            + skipped)


class Comparisons(list):  # type: ignore[type-arg]
    """What :func:`compare` returns: a list of comparison dicts (metric, a, b, diff, ci, p_value,
    n, ...) with ``to_pandas()`` and an HTML representation."""

    def to_pandas(self) -> Any:
        pd = _pandas()
        rows = [{"metric": c["metric"], "a": c["a"], "b": c["b"], "diff": c["diff"],
                 "ci_low": c["ci"][0] if c.get("ci") else None, "ci_high": c["ci"][1] if c.get("ci") else None,
                 "p_value": c.get("p_value"), "p_holm": c.get("p_holm"), "n": c["n"]} for c in self]
        return pd.DataFrame(rows, columns=["metric", "a", "b", "diff", "ci_low", "ci_high", "p_value", "p_holm",
                                           "n"]).set_index("metric")

    def _repr_html_(self) -> str:
        from .report import COMPARISON_HEADERS, comparison_rows

        e = html.escape
        head = "".join(f"<th>{e(h)}</th>" for h in COMPARISON_HEADERS)
        body = "".join("<tr>" + "".join(f"<td>{e(str(x))}</td>" for x in row) + "</tr>"
                       for row in comparison_rows(self))
        return f"<table><tr>{head}</tr>{body}</table><p>* the 95 % interval of the difference excludes 0</p>"


def _load(run: Any, db: str | None) -> dict[str, Any]:
    from .report import load_run
    from .runner import RunResult
    from .store import Store

    path: str | None
    if isinstance(run, RunResult):
        ref, path = run.run_id, db or run.db
    elif isinstance(run, str):
        ref, path = run, db
    else:
        raise TypeError(f"compare() takes RunResults or run names/ids, not {type(run).__name__}")
    with Store(path, create=False) as store:
        return load_run(store, ref)


def compare(a: Any, b: Any, *, db: str | None = None, bootstrap: int = 1000, seed: int = 0) -> Comparisons:
    """Paired comparison of run ``b`` against run ``a`` (RunResults, or run names/ids in ``db``) on
    their shared sample ids: one dict per metric with ``a``, ``b``, ``diff`` (b − a), ``ci``,
    ``p_value``, ``p_holm`` and ``n``. See docs/STATISTICS.md for what the test assumes."""
    from .comparison import compare_loaded

    da, dbb = _load(a, db), _load(b, db)
    if not {s.id for s, _ in da["ok_items"]} & {s.id for s, _ in dbb["ok_items"]}:
        raise EmpathyError("the two runs share no sample id; a paired comparison needs the same samples")
    return Comparisons(compare_loaded(da, dbb, bootstrap=bootstrap, seed=seed))


__all__: Sequence[str] = ["Comparisons", "compare", "run_frame", "run_html"]
