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

from .base import mean_scores
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


def build_report(store: Store, ref: str, by: Sequence[str] = ()) -> dict[str, Any]:
    """The report of one run as a JSON-able dict: run, aggregates, groups, samples, notes."""
    run = store.get_run(ref)
    rows = store.run_samples(run["id"])
    fields = {"language"} | {k for s, _ in rows for k in s.meta}
    for spec in by:
        for f in spec.split("+"):
            if f not in fields:
                raise UsageError(f"--by {f!r}: run {run['name'] or run['id']} has no such field; "
                                 f"fields: {', '.join(sorted(fields))}")
    keys = [k for _, k in rows]
    gens = store.generations(run["generator_signature"], keys)
    scores = store.scores(run["id"])
    aggregates = {k: v for a in store.aggregates(run["id"]).values() for k, v in a.items()}
    scorer_recs = run["scorers"]
    instances = {rec["name"]: _scorer_instance(rec) for rec in scorer_recs if rec.get("status") == "complete"}
    # a run's scorers are its stored scorer records; results of a scorer with no record (older
    # databases) or a record that is not complete are not reported
    complete = {rec["name"] for rec in scorer_recs if rec.get("status") == "complete"}
    scores = {k: v for k, v in scores.items() if k in complete}
    aggregates = {k: v for name, a in store.aggregates(run["id"]).items() if name in complete for k, v in a.items()}

    samples_out = []
    ok_items: list[tuple[Sample, ScoreInput]] = []
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
        if g is not None and g.ok:
            ok_items.append((s, ScoreInput(sample=s, response=g.text or "", meta=g.meta)))

    def aggregate_subset(subset: list[tuple[Sample, ScoreInput]]) -> dict[str, float]:
        out: dict[str, float] = {}
        for name, per in scores.items():
            items = [it for s, it in subset if s.id in per]
            results = [per[s.id] for s, _ in subset if s.id in per]
            inst = instances.get(name)
            try:
                agg = inst.aggregate(items, results) if inst is not None else mean_scores(results)
            except Exception as e:  # noqa: BLE001
                log.info("report: aggregate of %s failed on a group (%s); using means", name, e)
                agg = mean_scores(results)
            out.update(agg)
        return out

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
        for s, it in ok_items:
            buckets.setdefault(_group_key(s, spec, scores), []).append((s, it))
        groups[spec] = {
            key: {"n": counts[key], "errors": errors.get(key, 0), "aggregates": aggregate_subset(buckets.get(key, []))}
            for key in sorted(counts)
        }

    notes: list[str] = []
    for name, per in scores.items():
        inst = instances.get(name)
        if inst is None:
            continue
        items = [it for s, it in ok_items if s.id in per]
        try:
            notes.extend(inst.report_notes(items, [per[it.sample.id] for it in items]))
        except Exception as e:  # noqa: BLE001
            log.info("report: notes of %s failed (%s)", name, e)

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


def render_table(reports: Sequence[dict[str, Any]]) -> str:
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
        agg_rows: list[tuple[str, Any]] = [(k, _fmt(v)) for k, v in rep["aggregates"].items() if k not in counts]
        out.append(tabulate(agg_rows, headers=["metric (rate, mean or score)", "value"], tablefmt="github"))
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
                out.append(tabulate([[m] + [_fmt(rep["aggregates"].get(m, "")) for rep in reports] for m in keys],
                                    headers=[title] + headers[1:], tablefmt="github"))
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
        rows += [[m + (" (count)" if m in counts else "")] + [_fmt(g["aggregates"].get(m, "")) for _, g in cols]
                 for m in metrics]
        out.append("")
        out.append(group_label(spec) + ":")
        out.append(tabulate(rows, headers=[spec] + [c for c, _ in cols], tablefmt="github"))
    for rep in reports:
        for note in rep["notes"]:
            out.append("")
            out.append(("" if len(reports) == 1 else f"[{rep['run']['name'] or rep['run']['id']}] ") + note)
    return "\n".join(out) + "\n"


def render_json(reports: Sequence[dict[str, Any]]) -> str:
    obj: Any = reports[0] if len(reports) == 1 else {"reports": list(reports)}
    return json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n"


def render_csv(reports: Sequence[dict[str, Any]]) -> str:
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


def _bar_chart(title: str, labels: list[str], series: list[tuple[str, list[float | None]]]) -> str:
    """Horizontal grouped bar chart as an HTML table (labels and title wrap; nothing is clipped).
    Bars are CSS widths. Everything textual is escaped."""
    e = html.escape
    vals = [v for _, vs in series for v in vs if v is not None and not math.isnan(v)]
    if not vals:
        return ""
    vmax = max(max(vals), 0.0) or 1.0
    multi = len(series) > 1
    parts = [f"<figure class='chart'><figcaption>{e(title)}</figcaption><table class='bars'>"]
    for i, lab in enumerate(labels):
        for j, (name, vs) in enumerate(series):
            row = "<tr>"
            if j == 0:
                row += f"<th class='lab' rowspan='{len(series)}'>{e(lab)}</th>"
            if multi:
                row += f"<td class='ser'>{e(name)}</td>"
            v = vs[i]
            if v is None or math.isnan(v):
                row += "<td class='val'><span class='num'>–</span></td>"
            else:
                w = max(0.0, v) / vmax * 100
                row += (f"<td class='val'><span class='bar' style='width:{w * 0.8:.1f}%;background:{_PALETTE[j % 8]}'>"
                        f"</span><span class='num'>{e(_fmt(v))}</span></td>")
            parts.append(row + "</tr>")
    parts.append("</table></figure>")
    return "".join(parts)


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
    ".bar{display:inline-block;height:11px;vertical-align:middle;margin-right:4px}"
    ".num{font-size:11px;vertical-align:middle}"
    "svg.hist{display:block;font-size:11px;max-width:100%}"
    ".note{background:#fff8e0;padding:.5em}.failed{color:#a00}"
)


def render_html(reports: Sequence[dict[str, Any]], max_samples: int = 500) -> str:
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
            body.append(f"<tr><td>{e(m)}</td>" + "".join(
                f"<td>{e(_fmt(rep['aggregates'].get(m, '')))}</td>" for rep in reports) + "</tr>")
        body.append("</table></section>")
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
            series = [(names[i], [rep["groups"].get(spec, {}).get(lab, {}).get("aggregates", {}).get(m)
                                  for lab in labels]) for i, rep in enumerate(reports)]
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
