"""Reports of stored runs: tables (tabulate), JSON, CSV and a self-contained HTML page."""

from __future__ import annotations

import csv
import html
import io
import json
import logging
import math
from collections.abc import Sequence
from typing import Any

from .errors import UsageError
from .models import ItemScore, Sample, ScoreInput
from .store import Store

log = logging.getLogger("empathy_core")
NONE = "(none)"
#: what the ``language`` grouping field means (printed with every table grouped by it)
LANGUAGE_FIELD_NOTE = ("language = the prompt's language: the sample's language field, detected from the "
                       "response only when the dataset gives none")
_COUNT_SUFFIXES = ("_count", "_n")
_COUNT_NAMES = {"n", "count", "scored", "unscored"}


def is_count(key: str, declared: Sequence[str] | frozenset[str] = frozenset()) -> bool:
    """Whether an aggregate is a count of responses rather than a rate, mean or score: declared by
    its scorer (``Scorer.count_metrics``), or named ``n``, ``n_*``, ``count``, ``*_count``,
    ``scored``, ``unscored``."""
    if key in declared:
        return True
    metric = key.split(".", 1)[-1]
    return metric in _COUNT_NAMES or metric.startswith("n_") or metric.endswith(_COUNT_SUFFIXES)


def split_counts(aggregates: dict[str, float], declared: Sequence[str] | frozenset[str] = frozenset()
                 ) -> tuple[dict[str, float], dict[str, float]]:
    """(rates/means/scores, counts) of an aggregates dict, each in the original order."""
    rates = {k: v for k, v in aggregates.items() if not is_count(k, declared)}
    counts = {k: v for k, v in aggregates.items() if is_count(k, declared)}
    return rates, counts


def format_unscored(unscored: dict[str, dict[str, int]], limit: int = 5) -> list[str]:
    """Text lines: per scorer, how many responses it left unscored and why."""
    lines = []
    for name, reasons in unscored.items():
        total = sum(reasons.values())
        top = sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
        shown = "; ".join(f"{r}: {n}" for r, n in top[:limit])
        more = f"; … {len(top) - limit} more reason(s)" if len(top) > limit else ""
        lines.append(f"unscored by {name}: {total} response(s) — {shown}{more}")
    return lines


def group_label(spec: str) -> str:
    """The heading of a grouped table, saying what ``language`` means."""
    return f"by {spec}" + (f" ({LANGUAGE_FIELD_NOTE})" if "language" in spec.split("+") else "")


def _field_value(sample: Sample, field: str, scores: dict[str, dict[str, ItemScore]]) -> str:
    if field == "language":
        if sample.language:
            return sample.language
        for per in scores.values():
            r = per.get(sample.id)
            if r is not None and r.language:
                return r.language
        return "unknown"
    v = sample.meta.get(field)
    return NONE if v is None or v == "" else str(v)


def _group_key(sample: Sample, spec: str, scores: dict[str, dict[str, ItemScore]]) -> str:
    return " × ".join(_field_value(sample, f, scores) for f in spec.split("+"))


def _scorer_instance(rec: dict[str, Any]) -> Any:
    from .plugins import get_registry

    try:
        return get_registry().scorer(rec["spec"])
    except Exception as e:  # noqa: BLE001 - fall back to plain means
        log.info("report: cannot rebuild scorer %s (%s); group values are means of per-response scores",
                 rec.get("spec"), e)
        return None


def load_run(store: Store, ref: str) -> dict[str, Any]:
    """A stored run with what reports and comparisons need: run row, samples with content keys,
    generations, scores of its complete scorers (scorer -> sample id -> ItemScore), their rebuilt
    instances, their aggregates and the (sample, ScoreInput) pairs of successful generations."""
    run = store.get_run(ref)
    rows = store.run_samples(run["id"])
    gens = store.generations(run["generator_signature"], [k for _, k in rows])
    scorer_recs = run["scorers"]
    # a run's scorers are its stored scorer records; results of a scorer with no record (older
    # databases) or a record that is not complete are not reported
    complete = {rec["name"] for rec in scorer_recs if rec.get("status") == "complete"}
    instances = {rec["name"]: _scorer_instance(rec) for rec in scorer_recs if rec.get("status") == "complete"}
    scores = {k: v for k, v in store.scores(run["id"]).items() if k in complete}
    aggregates = {k: v for name, a in store.aggregates(run["id"]).items() if name in complete for k, v in a.items()}
    ok_items = [(s, ScoreInput(sample=s, response=gens[k].text or "", meta=gens[k].meta))
                for s, k in rows if k in gens and gens[k].ok]
    return {"run": run, "rows": rows, "gens": gens, "scores": scores, "instances": instances,
            "aggregates": aggregates, "ok_items": ok_items}


def subset_results(subset: Sequence[tuple[Sample, ScoreInput]], scores: dict[str, dict[str, ItemScore]]
                   ) -> dict[str, list[ItemScore]]:
    """Per scorer, the results aligned with ``subset`` (a missing score counts as unscored)."""
    return {name: [per.get(s.id) or ItemScore.skip("not scored") for s, _ in subset] for name, per in scores.items()}


def _state_scorer(inst: Any) -> Any:
    """The scorer whose mergeable form computes a group's values (plain means when the stored
    scorer cannot be rebuilt: the default ``Scorer`` keeps exact sums and counts)."""
    from .base import Scorer

    return inst if inst is not None else Scorer()


def group_aggregates(ok_items: Sequence[tuple[Sample, ScoreInput]], scores: dict[str, dict[str, ItemScore]],
                     instances: dict[str, Any], key_of: Any, chunk_size: int = 512,
                     all_keys: Sequence[str] = ()) -> dict[str, dict[str, float]]:
    """Group key -> corpus values of every scorer on that group, from the scorers' mergeable states
    (``partial`` per chunk of a group's rows, ``merge``, ``finalize``): equal to ``aggregate`` on each
    group's items, without a list of each group's items. A group with no result of a scorer gets
    ``aggregate([], [])``; a scorer whose mergeable form raises on a group falls back to the means of
    the per-response scores there (as ``aggregate`` raising did)."""
    from .mergeable import MeanState, grouped_states

    keys = {s.id: key_of(s) for s, _ in ok_items}
    out: dict[str, dict[str, float]] = {key: {} for key in dict.fromkeys([*keys.values(), *all_keys])}
    for name, per in scores.items():
        sc = _state_scorer(instances.get(name))
        def rows(per: dict[str, ItemScore] = per) -> Any:  # a stream, never a second list of the run
            return ((keys[s.id], it, per[s.id]) for s, it in ok_items if s.id in per)

        try:
            states = grouped_states(sc, rows(), chunk_size)
            values = {key: sc.finalize(st) for key, st in states.items()}
        except Exception as e:  # noqa: BLE001
            log.info("report: corpus values of %s failed on the groups (%s); using means", name, e)
            means: dict[str, MeanState] = {}
            for key, _, r in rows():
                means.setdefault(key, MeanState()).add_results([r])
            values = {key: m.means() for key, m in means.items()}
        for key in out:
            if key in values:
                out[key].update(values[key])
            else:
                try:
                    out[key].update(sc.aggregate([], []))
                except Exception:  # noqa: BLE001
                    pass
    return out


def group_notes(ok_items: Sequence[tuple[Sample, ScoreInput]], scores: dict[str, dict[str, ItemScore]],
                instances: dict[str, Any]) -> list[str]:
    """Every scorer's report notes on the run, from its merged state (``finalize_notes``)."""
    from .mergeable import grouped_states

    notes: list[str] = []
    for name, per in scores.items():
        inst = instances.get(name)
        if inst is None:
            continue
        try:
            st = grouped_states(inst, (("", it, per[s.id]) for s, it in ok_items if s.id in per)).get("")
            notes.extend(inst.finalize_notes(st) if st is not None else inst.report_notes([], []))
        except Exception as e:  # noqa: BLE001
            log.info("report: notes of %s failed (%s)", name, e)
    return notes


def build_report(store: Store, ref: str, by: Sequence[str] = (), *, bootstrap: int = 1000,
                 seed: int = 0) -> dict[str, Any]:
    """The report of one run as a JSON-able dict: run, aggregates, intervals (95 % bootstrap over
    samples, ``bootstrap`` replicates; 0 = none; see docs/STATISTICS.md), groups (each with its
    intervals), samples, notes."""
    data = load_run(store, ref)
    run, rows, gens, scores = data["run"], data["rows"], data["gens"], data["scores"]
    fields = {"language"} | {k for s, _ in rows for k in s.meta}
    for spec in by:
        for f in spec.split("+"):
            if f not in fields:
                raise UsageError(f"--by {f!r}: run {run['name'] or run['id']} has no such field; "
                                 f"fields: {', '.join(sorted(fields))}")
    scorer_recs = run["scorers"]
    instances = data["instances"]
    aggregates = data["aggregates"]

    def intervals_of(subset: list[tuple[Sample, ScoreInput]], keys: dict[str, float]) -> dict[str, list[float]]:
        if bootstrap <= 0 or not subset:
            return {}
        from .stats import intervals

        iv, info = intervals(instances, [it for _, it in subset], subset_results(subset, scores), bootstrap, seed,
                             keys=lambda k: k in keys)
        if subset is ok_items:
            boot_info.update(info)
        return {k: iv[k] for k in keys if k in iv}

    boot_info: dict[str, Any] = {}
    samples_out = []
    ok_items: list[tuple[Sample, ScoreInput]] = data["ok_items"]
    for s, k in rows:
        g = gens.get(k)
        merged: dict[str, float] = {}
        unscored: dict[str, str] = {}
        evidence: dict[str, Any] = {}
        for name, per in scores.items():
            r = per.get(s.id)
            if r is None:
                continue
            merged.update(r.scores)
            if r.unscored:
                unscored[name] = r.unscored
            if r.evidence is not None:
                evidence[name] = r.evidence
        samples_out.append({
            "id": s.id,
            "language": _field_value(s, "language", scores),
            "prompt": s.prompt,
            "response": g.text if g else None,
            "scores": merged,
            "unscored": unscored or None,
            "evidence": evidence or None,
            "error": (g.error if g else "not generated"),
            "generation_meta": dict(g.meta) if g else {},
            "usage": dict(g.usage) if g and g.usage else None,
            "meta": dict(s.meta),
        })

    groups: dict[str, dict[str, Any]] = {}
    for spec in by:
        buckets: dict[str, list[tuple[Sample, ScoreInput]]] = {}
        counts: dict[str, int] = {}
        errors: dict[str, int] = {}
        for s, k in rows:
            key = _group_key(s, spec, scores)
            counts[key] = counts.get(key, 0) + 1
            g = gens.get(k)
            if g is None or not g.ok:
                errors[key] = errors.get(key, 0) + 1
        if bootstrap > 0:  # the intervals resample each group's items
            for s, it in ok_items:
                buckets.setdefault(_group_key(s, spec, scores), []).append((s, it))
        aggs = group_aggregates(ok_items, scores, instances, lambda s, spec=spec: _group_key(s, spec, scores),
                                all_keys=list(counts))
        groups[spec] = {}
        for key in sorted(counts):
            agg = aggs[key]
            groups[spec][key] = {"n": counts[key], "errors": errors.get(key, 0), "aggregates": agg,
                                 "intervals": intervals_of(buckets.get(key, []), agg)}

    notes = group_notes(ok_items, scores, instances)

    from .runner import unscored_reasons

    unscored_counts = {name: sum(1 for r in per.values() if r.unscored) for name, per in scores.items()}
    reasons = {name: u for name, per in scores.items() if (u := unscored_reasons(list(per.values())))}
    declared = sorted({k for inst in instances.values() if inst is not None
                       for k in getattr(inst, "count_metrics", ())})
    n_err = sum(1 for s in samples_out if s["error"])
    return {
        "run": {
            "id": run["id"], "name": run["name"], "dataset": run["dataset"],
            "dataset_signature": run["dataset_signature"], "generator": run["generator"],
            "generator_signature": run["generator_signature"], "scorers": scorer_recs,
            "status": run["status"], "created_at": run["created_at"], "updated_at": run["updated_at"],
            "finished_at": run["finished_at"], "n_samples": len(rows), "n_errors": n_err,
        },
        "aggregates": aggregates,
        "intervals": intervals_of(ok_items, aggregates),
        "bootstrap": {"replicates": bootstrap, "seed": seed, "confidence": 0.95, "interval": "expanded percentile",
                      "unit": "sample", **boot_info} if bootstrap > 0 else None,
        "count_metrics": [k for k in aggregates if is_count(k, declared)],
        "unscored": unscored_counts,
        "unscored_reasons": reasons,
        "groups": groups,
        "notes": notes,
        "samples": samples_out,
    }


# -- rendering -------------------------------------------------------------------------------

def _fmt(v: Any) -> str:
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        return f"{v:.4f}" if abs(v) < 100 else f"{v:.1f}"
    return str(v)


def _pm(v: Any, iv: Sequence[float] | None) -> str:
    """``value ± half-width`` of the 95 % interval (the interval itself may be asymmetric)."""
    if iv is None or not isinstance(v, (int, float)):
        return _fmt(v)
    return f"{_fmt(v)} ± {_fmt((iv[1] - iv[0]) / 2)}"


def _p(v: float | None) -> str:
    if v is None:
        return ""
    return "<0.001" if v < 0.001 else f"{v:.3f}"


def comparison_rows(comparisons: Sequence[dict[str, Any]], correction: str = "none") -> list[list[str]]:
    from .comparison import significant

    rows = []
    for c in comparisons:
        ci = c.get("ci")
        rows.append([c["metric"], _pm(c["a"], c.get("a_ci")), _pm(c["b"], c.get("b_ci")), _fmt(c["diff"]),
                     f"[{_fmt(ci[0])}, {_fmt(ci[1])}]" if ci else "", _p(c.get("p_value")), _p(c.get("p_holm")),
                     "*" if significant(c, correction) else "", c["n"]])
    return rows


COMPARISON_HEADERS = ["metric", "a", "b", "diff (b − a)", "95% CI of diff", "p", "p (Holm)", "", "n"]


def render_comparisons(comparisons: Sequence[dict[str, Any]], correction: str = "none") -> str:
    """The comparison table (one per pair of runs), its legend and the multiple-comparison warning."""
    from tabulate import tabulate

    from .comparison import many_metrics_warning

    out: list[str] = []
    pairs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for c in comparisons:
        pairs.setdefault((c.get("a_run", "a"), c.get("b_run", "b")), []).append(c)
    for (a, b), cs in pairs.items():
        out.append(f"paired comparison on {cs[0]['n']} shared samples: a = {a}, b = {b}")
        out.append(tabulate(comparison_rows(cs, correction), headers=COMPARISON_HEADERS, tablefmt="github",
                            disable_numparse=True))
        for c in cs:
            if c.get("warning"):
                out.append(f"{c['metric']}: {c['warning']}")
        out.append("")
    mark = "Holm-adjusted p < 0.05" if correction == "holm" else "the 95 % interval of the difference excludes 0"
    out.append(f"* {mark} (paired bootstrap over shared samples; values are value ± half-width of the 95 % interval)")
    w = many_metrics_warning(comparisons, correction)
    if w:
        out.append(w)
    return "\n".join(out) + "\n"


def render_table(reports: Sequence[dict[str, Any]], comparisons: Sequence[dict[str, Any]] | None = None,
                 correction: str = "none") -> str:
    from tabulate import tabulate

    out: list[str] = []
    for rep in reports:
        r = rep["run"]
        out.append(f"run {r['id']}" + (f" ({r['name']})" if r["name"] else "") + f" — {r['status']}")
        out.append(f"  dataset:   {r['dataset']}   [{r['dataset_signature']}]")
        out.append(f"  generator: {r['generator']}   [{r['generator_signature']}]")
        out.append(f"  samples:   {r['n_samples']}  errors: {r['n_errors']}")
        for sc in r["scorers"]:
            line = f"  scorer:    {sc['name']}   [{sc['signature']}]"
            if sc.get("status") == "failed":
                line += f"  FAILED: {sc.get('error')}"
            elif sc.get("skipped"):
                line += f"  SKIPPED: {sc['skipped']}"
            out.append(line)
        out.append("")
    counts = {k for rep in reports for k in rep.get("count_metrics", [])}
    if len(reports) == 1:
        rep = reports[0]
        ivs = rep.get("intervals") or {}
        agg_rows: list[tuple[str, Any, str]] = [
            (k, _pm(v, ivs.get(k)), f"[{_fmt(ivs[k][0])}, {_fmt(ivs[k][1])}]" if k in ivs else "")
            for k, v in rep["aggregates"].items() if k not in counts]
        out.append(tabulate(agg_rows, headers=["metric (rate, mean or score)", "value", "95% CI"], tablefmt="github",
                            disable_numparse=True))
        cnt_rows: list[tuple[str, Any]] = [(k, f"{v:g}") for k, v in rep["aggregates"].items() if k in counts]
        cnt_rows += [(f"{k}.unscored", v) for k, v in rep["unscored"].items()
                     if v and f"{k}.unscored" not in rep["aggregates"]]
        if cnt_rows:
            out.append("")
            out.append(tabulate(cnt_rows, headers=["count", "responses"], tablefmt="github"))
    else:
        metrics = sorted({k for rep in reports for k in rep["aggregates"]})
        headers = ["metric"] + [rep["run"]["name"] or rep["run"]["id"] for rep in reports]
        for title, keys in (("metric (rate, mean or score)", [m for m in metrics if m not in counts]),
                            ("count", [m for m in metrics if m in counts])):
            if keys:
                out.append(tabulate([[m] + [_pm(rep["aggregates"].get(m, ""), (rep.get("intervals") or {}).get(m))
                                            for rep in reports] for m in keys],
                                    headers=[title] + headers[1:], tablefmt="github", disable_numparse=True))
                out.append("")
        if out[-1] == "":
            out.pop()
    for rep in reports:
        prefix = "" if len(reports) == 1 else f"[{rep['run']['name'] or rep['run']['id']}] "
        lines = format_unscored(rep.get("unscored_reasons", {}))
        if lines:
            out.append("")
            out.extend(prefix + line for line in lines)
    specs = list(reports[0]["groups"]) if reports else []
    for spec in specs:
        # one column per group (per run and group when comparing), one row per metric
        cols: list[tuple[str, dict[str, Any]]] = []
        for rep in reports:
            for key, g in rep["groups"].get(spec, {}).items():
                label = key if len(reports) == 1 else f"{rep['run']['name'] or rep['run']['id']}: {key}"
                cols.append((label, g))
        metrics = sorted({m for _, g in cols for m in g["aggregates"]})
        rows: list[list[Any]] = [["n (samples)"] + [g["n"] for _, g in cols],
                                 ["errors (failed generations)"] + [g["errors"] for _, g in cols]]
        rows += [[m + (" (count)" if m in counts else "")]
                 + [_pm(g["aggregates"].get(m, ""), (g.get("intervals") or {}).get(m)) for _, g in cols]
                 for m in metrics]
        out.append("")
        out.append(group_label(spec) + ":")
        out.append(tabulate(rows, headers=[spec] + [c for c, _ in cols], tablefmt="github", disable_numparse=True))
    for rep in reports:
        for note in rep["notes"]:
            out.append("")
            out.append(("" if len(reports) == 1 else f"[{rep['run']['name'] or rep['run']['id']}] ") + note)
    if reports and reports[0].get("bootstrap"):
        out.append("")
        out.append(f"± half-width of the 95 % bootstrap interval ({reports[0]['bootstrap']['replicates']} resamples "
                   "of the samples; --bootstrap 0 turns it off)")
    if comparisons:
        out.append("")
        out.append(render_comparisons(comparisons, correction).rstrip("\n"))
    return "\n".join(out) + "\n"


def render_json(reports: Sequence[dict[str, Any]], comparisons: Sequence[dict[str, Any]] | None = None,
                correction: str = "none") -> str:
    obj: Any = reports[0] if len(reports) == 1 else {"reports": list(reports), "comparisons": list(comparisons or [])}
    return json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n"


def render_csv(reports: Sequence[dict[str, Any]], comparisons: Sequence[dict[str, Any]] | None = None,
               correction: str = "none") -> str:
    """One row per sample (and run): id, language, error, every score key, every meta key."""
    score_keys = sorted({k for rep in reports for s in rep["samples"] for k in s["scores"]})
    meta_keys = sorted({k for rep in reports for s in rep["samples"] for k in s["meta"]})
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["run", "id", "language", "response", "error", "unscored"] + score_keys + [f"meta.{k}" for k in meta_keys])
    for rep in reports:
        rid = rep["run"]["name"] or rep["run"]["id"]
        for s in rep["samples"]:
            w.writerow([rid, s["id"], s["language"], s["response"] or "", s["error"] or "",
                        json.dumps(s["unscored"], ensure_ascii=False) if s["unscored"] else ""]
                       + [s["scores"].get(k, "") for k in score_keys]
                       + [s["meta"].get(k, "") for k in meta_keys])
    return buf.getvalue()


_PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7"]
#: texts longer than this are collapsed in the HTML report (first COLLAPSE_HEAD characters shown)
COLLAPSE_AT = 1200
COLLAPSE_HEAD = 400


Interval = Sequence[float] | None


def _bar_chart(title: str, labels: list[str],
               series: list[tuple[str, list[float | None]]] | list[tuple[str, list[float | None], list[Interval]]]
               ) -> str:
    """Horizontal grouped bar chart as an HTML table (labels and title wrap; nothing is clipped).
    Bars are CSS widths; a series may carry 95 % intervals, drawn as error bars over the bars.
    Everything textual is escaped."""
    e = html.escape
    ser = [(t[0], t[1], t[2] if len(t) > 2 else [None] * len(t[1])) for t in series]  # type: ignore[misc]
    vals = [v for _, vs, _ in ser for v in vs if v is not None and not math.isnan(v)]
    if not vals:
        return ""
    highs = [iv[1] for _, _, ivs in ser for iv in ivs if iv is not None and math.isfinite(iv[1])]
    vmax = max(max(vals + highs), 0.0) or 1.0
    multi = len(ser) > 1
    parts = [f"<figure class='chart'><figcaption>{e(title)}</figcaption><table class='bars'>"]
    for i, lab in enumerate(labels):
        for j, (name, vs, ivs) in enumerate(ser):
            row = "<tr>"
            if j == 0:
                row += f"<th class='lab' rowspan='{len(ser)}'>{e(lab)}</th>"
            if multi:
                row += f"<td class='ser'>{e(name)}</td>"
            v = vs[i]
            if v is None or math.isnan(v):
                row += "<td class='val'><span class='num'>–</span></td>"
            else:
                iv = ivs[i] if i < len(ivs) else None
                w = max(0.0, v) / vmax * 100
                err = ""
                label = _fmt(v)
                if iv is not None and all(math.isfinite(x) for x in iv):
                    x0, x1 = max(0.0, iv[0]) / vmax * 100, max(0.0, iv[1]) / vmax * 100
                    err = (f"<span class='err' style='left:{x0:.1f}%;width:{max(x1 - x0, 0.2):.1f}%' "
                           f"title='95% CI {e(_fmt(iv[0]))} to {e(_fmt(iv[1]))}'></span>")
                    label += f" ± {_fmt((iv[1] - iv[0]) / 2)}"
                row += (f"<td class='val'><span class='track'><span class='bar' style='width:{w:.1f}%;"
                        f"background:{_PALETTE[j % 8]}'></span>{err}</span><span class='num'>{e(label)}</span></td>")
            parts.append(row + "</tr>")
    parts.append("</table></figure>")
    return "".join(parts)


def _diff_plot(c: dict[str, Any], marked: bool) -> str:
    """A small inline forest plot of one difference: zero line, 95 % interval, point estimate."""
    ci = c.get("ci")
    if ci is None or not all(math.isfinite(x) for x in (*ci, c["diff"])):
        return ""
    span = max(abs(ci[0]), abs(ci[1]), abs(c["diff"])) or 1.0
    w, mid = 160, 80

    def x(v: float) -> float:
        return mid + v / span * (w / 2 - 6)

    color = "#e15759" if marked else "#4e79a7"
    return (f'<svg class="diff" width="{w}" height="16" role="img" aria-label="difference and 95% interval">'
            f'<line x1="{mid}" y1="0" x2="{mid}" y2="16" stroke="#999" stroke-dasharray="2,2"/>'
            f'<path class="err" d="M{x(ci[0]):.1f} 8H{x(ci[1]):.1f}M{x(ci[0]):.1f} 4V12M{x(ci[1]):.1f} 4V12" '
            f'stroke="{color}" stroke-width="1.5" fill="none"/>'
            f'<circle cx="{x(c["diff"]):.1f}" cy="8" r="3" fill="{color}"/></svg>')


def _histogram(title: str, values: list[float], bins: int = 10) -> str:
    e = html.escape
    if not values:
        return ""
    lo, hi = min(values), max(values)
    if hi == lo:
        hi = lo + 1.0
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, int((v - lo) / (hi - lo) * bins))] += 1
    cmax = max(counts) or 1
    w, h, bw = 300, 110, 300 / bins
    parts = [f"<figure class='chart'><figcaption>{e(title)}</figcaption>",
             f'<svg class="hist" width="{w + 20}" height="{h + 26}" role="img" aria-label="{e(title)}">']
    for i, c in enumerate(counts):
        bh = c / cmax * h
        parts.append(f'<rect x="{10 + i * bw:.1f}" y="{6 + h - bh:.1f}" width="{bw - 2:.1f}" height="{bh:.1f}" '
                     f'fill="#4e79a7"><title>{c}</title></rect>')
    parts.append(f'<text x="10" y="{h + 22}">{e(_fmt(lo))}</text>'
                 f'<text x="{w + 10}" y="{h + 22}" text-anchor="end">{e(_fmt(hi))}</text></svg></figure>')
    return "".join(parts)


def _collapsible(text: str) -> str:
    """Escaped text; a long one is collapsed to its start, the rest behind a <details> toggle."""
    e = html.escape
    if len(text) <= COLLAPSE_AT:
        return e(text)
    return (f"<details><summary>{e(text[:COLLAPSE_HEAD])}… <em>({len(text):,} characters; show all)</em>"
            f"</summary>{e(text[COLLAPSE_HEAD:])}</details>")


_CSS = (
    "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1200px;padding:0 1em;"
    "overflow-wrap:anywhere}"
    "h1,h2,figcaption,p,summary,td,th,code{overflow-wrap:anywhere;word-break:break-word}"
    "table{border-collapse:collapse;margin:1em 0;max-width:100%}"
    "td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;font-size:13px;text-align:left;min-width:0}"
    "table.kv{table-layout:fixed;width:100%}table.kv th{width:14em}"
    "table.agg{table-layout:fixed;width:100%}"
    "table.samples{table-layout:fixed;width:100%}"
    "table.samples col.id{width:7%}table.samples col.lang{width:5%}table.samples col.prompt{width:26%}"
    "table.samples col.resp{width:37%}table.samples col.sc{width:25%}"
    "table.samples td{white-space:pre-wrap}"
    "details summary{cursor:pointer}summary em{color:#666}"
    "figure.chart{margin:1.2em 0;max-width:760px}figcaption{font-weight:bold;font-size:13px;margin-bottom:.3em}"
    "table.bars{table-layout:fixed;width:100%;margin:0}table.bars th.lab{width:30%;font-weight:normal}"
    "table.bars td.ser{width:18%;color:#444}table.bars td{border:none;border-bottom:1px solid #eee}"
    "table.bars th{border:none;border-bottom:1px solid #eee}"
    ".bar{display:inline-block;height:11px;vertical-align:middle}"
    ".track{position:relative;display:inline-block;width:62%;height:11px;vertical-align:middle;margin-right:4px}"
    ".num{white-space:nowrap}"
    "div.scroll{overflow-x:auto;max-width:100%}"
    "table.cmp td,table.cmp th{white-space:nowrap;overflow-wrap:normal;word-break:normal}"
    "table.cmp td:first-child{white-space:normal;overflow-wrap:anywhere}"
    ".track .bar{position:absolute;left:0;top:0}"
    ".err{position:absolute;top:5px;height:0;border-top:1.5px solid #222;box-sizing:border-box}"
    ".err::before,.err::after{content:'';position:absolute;top:-5px;height:9px;border-left:1.5px solid #222}"
    ".err::before{left:0}.err::after{right:0}"
    "svg.diff{display:block}tr.sig td{background:#fdeaea}"
    ".num{font-size:11px;vertical-align:middle}"
    "svg.hist{display:block;font-size:11px;max-width:100%}"
    ".note{background:#fff8e0;padding:.5em}.failed{color:#a00}"
)


def render_html(reports: Sequence[dict[str, Any]], comparisons: Sequence[dict[str, Any]] | None = None,
                correction: str = "none", max_samples: int = 500) -> str:
    """A self-contained page (inline CSS, charts as HTML/inline SVG, no scripts, nothing fetched).
    All model and user text is escaped; long words and URLs wrap, long texts are collapsed."""
    e = html.escape
    names = [rep["run"]["name"] or rep["run"]["id"] for rep in reports]
    body: list[str] = [f"<h1>empathy-core report: {e(', '.join(names))}</h1>"]
    for rep in reports:
        r = rep["run"]
        body.append("<section><h2>Run " + e(r["name"] or r["id"]) + "</h2><table class='kv'>")
        for k in ("id", "status", "dataset", "dataset_signature", "generator", "generator_signature", "created_at",
                  "finished_at", "n_samples", "n_errors"):
            body.append(f"<tr><th>{e(k)}</th><td>{e(str(r.get(k)))}</td></tr>")
        for sc in r["scorers"]:
            if sc.get("status") == "failed":
                extra = f"<br><span class='failed'>FAILED: {e(str(sc.get('error')))}</span>"
            elif sc.get("skipped"):
                extra = f" — skipped: {e(sc['skipped'])}"
            else:
                extra = ""
            body.append(f"<tr><th>scorer {e(sc['name'])}</th><td><code>{e(sc['signature'])}</code>{extra}</td></tr>")
        body.append("</table></section>")
    counts = {k for rep in reports for k in rep.get("count_metrics", [])}
    metrics = sorted({k for rep in reports for k in rep["aggregates"]})
    for title, keys in (("Aggregates (rates, means, scores)", [m for m in metrics if m not in counts]),
                        ("Counts (responses)", [m for m in metrics if m in counts])):
        if not keys:
            continue
        body.append(f"<section><h2>{e(title)}</h2><table class='agg'><tr><th>metric</th>" +
                    "".join(f"<th>{e(n)}</th>" for n in names) + "</tr>")
        for m in keys:
            cells = []
            for rep in reports:
                iv = (rep.get("intervals") or {}).get(m)
                tip = f" title='95% CI {e(_fmt(iv[0]))} to {e(_fmt(iv[1]))}'" if iv is not None else ""
                cells.append(f"<td{tip}>{e(_pm(rep['aggregates'].get(m, ''), iv))}</td>")
            body.append(f"<tr><td>{e(m)}</td>" + "".join(cells) + "</tr>")
        body.append("</table>")
        if m not in counts and reports[0].get("bootstrap"):
            body.append(f"<p>± half-width of the 95 % bootstrap interval "
                        f"({e(str(reports[0]['bootstrap']['replicates']))} resamples of the samples); error bars in "
                        "the charts show the interval.</p>")
        body.append("</section>")
    if comparisons:
        from .comparison import many_metrics_warning, significant

        body.append("<section><h2>Paired comparisons</h2><div class='scroll'><table class='cmp'><tr>" +
                    "".join(f"<th>{e(h)}</th>" for h in [*COMPARISON_HEADERS[:5], "difference", *COMPARISON_HEADERS[5:]])
                    + "</tr>")
        for c, row in zip(comparisons, comparison_rows(comparisons, correction)):
            marked = significant(c, correction)
            cells = [f"<td>{e(str(x))}</td>" for x in row]
            cells.insert(5, f"<td>{_diff_plot(c, marked)}</td>")
            body.append(f"<tr class='{'sig' if marked else ''}' title='a = {e(str(c.get('a_run')))}, "
                        f"b = {e(str(c.get('b_run')))}'>" + "".join(cells) + "</tr>")
        body.append("</table></div>")
        mark = "Holm-adjusted p &lt; 0.05" if correction == "holm" else "the 95 % interval of the difference excludes 0"
        body.append(f"<p>* {mark}. Paired bootstrap over the samples both runs share; a is the first run.</p>")
        w = many_metrics_warning(comparisons, correction)
        if w:
            body.append(f"<p class='note'>{e(w)}</p>")
        body.append("</section>")
    for rep, name in zip(reports, names):
        prefix = "" if len(reports) == 1 else f"[{name}] "
        for line in format_unscored(rep.get("unscored_reasons", {})):
            body.append(f"<p class='note'>{e(prefix + line)}</p>")
        for note in rep["notes"]:
            body.append(f"<p class='note'>{e(prefix + note)}</p>")
    for spec in reports[0]["groups"]:
        body.append(f"<section><h2>{e(group_label(spec)[0].upper() + group_label(spec)[1:])}</h2>")
        labels = sorted({k for rep in reports for k in rep["groups"].get(spec, {})})
        gm = sorted({m for rep in reports for g in rep["groups"].get(spec, {}).values() for m in g["aggregates"]})
        for m in gm:
            series = [(names[i],
                       [rep["groups"].get(spec, {}).get(lab, {}).get("aggregates", {}).get(m) for lab in labels],
                       [(rep["groups"].get(spec, {}).get(lab, {}).get("intervals") or {}).get(m) for lab in labels])
                      for i, rep in enumerate(reports)]
            body.append(_bar_chart(m + (" (count)" if m in counts else ""), labels, series))
        body.append("</section>")
    body.append("<section><h2>Score distributions</h2>")
    for rep, name in zip(reports, names):
        keys = sorted({k for s in rep["samples"] for k in s["scores"]})
        for k in keys:
            vals = [float(s["scores"][k]) for s in rep["samples"] if k in s["scores"]]
            body.append(_histogram(f"{name}: {k}", vals))
    body.append("</section>")
    for rep, name in zip(reports, names):
        body.append(f"<section><h2>Samples ({e(name)})</h2><table class='samples'><colgroup><col class='id'>"
                    "<col class='lang'><col class='prompt'><col class='resp'><col class='sc'></colgroup>"
                    "<tr><th>id</th><th>lang</th><th>prompt</th><th>response</th><th>scores</th></tr>")
        for s in rep["samples"][:max_samples]:
            sc = ", ".join(f"{k}={_fmt(v)}" for k, v in s["scores"].items())
            if s["unscored"]:
                sc += " | unscored: " + "; ".join(f"{k}: {v}" for k, v in s["unscored"].items())
            resp = s["response"] if s["response"] is not None else f"[error] {s['error']}"
            body.append(f"<tr><td>{e(s['id'])}</td><td>{e(s['language'])}</td><td>{_collapsible(s['prompt'])}</td>"
                        f"<td>{_collapsible(resp)}</td><td>{_collapsible(sc)}</td></tr>")
        if len(rep["samples"]) > max_samples:
            body.append(f"<tr><td colspan='5'>… {len(rep['samples']) - max_samples} more samples in the JSON/CSV report</td></tr>")
        body.append("</table></section>")
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'><title>empathy-core report</title>"
            f"<style>{_CSS}</style></head><body>" + "\n".join(body) + "</body></html>\n")


RENDERERS = {"table": render_table, "json": render_json, "csv": render_csv, "html": render_html}
