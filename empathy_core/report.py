"""Reports of stored runs: tables (tabulate), JSON, CSV and a self-contained HTML page."""

from __future__ import annotations

import csv
import html
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


#: responses of one group buffered before they become a partial state and bootstrap columns
FOLD_CHUNK = 512


class _Fold:
    """Per group key and scorer, the mergeable state of the rows that have a result (``partial`` per
    chunk of at most ``chunk_size`` of a group's responses, merged as they come) and, with ``boot``,
    the scorer's compact bootstrap data of every response of the group (a missing result counts as
    unscored, as :func:`subset_results` does). Holds at most ``chunk_size`` responses per group."""

    def __init__(self, names: Sequence[str], instances: dict[str, Any], chunk_size: int | None = None,
                 boot: bool = False) -> None:
        self.names = list(names)
        self.scorers = {name: _state_scorer(instances.get(name)) for name in self.names}
        self.chunk_size = chunk_size or FOLD_CHUNK
        self.boot = boot
        self.states: dict[str, dict[str, Any]] = {name: {} for name in self.names}
        self.boots: dict[str, dict[str, Any]] = {}
        self.n: dict[str, int] = {}
        self.broken: dict[str, str] = {}  # scorer -> why its mergeable form failed (means instead)
        self.boot_broken: set[str] = set()
        self._buf: dict[str, tuple[list[ScoreInput], list[dict[str, ItemScore]]]] = {}

    def add(self, key: str, item: ScoreInput, per: dict[str, ItemScore]) -> None:
        b = self._buf.get(key)
        if b is None:
            b = self._buf[key] = ([], [])
        b[0].append(item)
        b[1].append(per)
        self.n[key] = self.n.get(key, 0) + 1
        if len(b[0]) >= self.chunk_size:
            self._flush(key)

    def _flush(self, key: str) -> None:
        from .mergeable import StateAccumulator

        items, pers = self._buf.pop(key)
        for name in self.names:
            sc = self.scorers[name]
            if name not in self.broken:
                idx = [i for i, p in enumerate(pers) if name in p]
                if idx:
                    try:
                        acc = self.states[name].get(key)
                        if acc is None:
                            acc = self.states[name][key] = StateAccumulator(sc)
                        acc.add([items[i] for i in idx], [pers[i][name] for i in idx])
                    except Exception as e:  # noqa: BLE001 - plain means instead (below)
                        self.broken[name] = str(e)
            if self.boot and name not in self.boot_broken:
                res = [p.get(name) or ItemScore.skip("not scored") for p in pers]
                try:
                    acc = self.boots.setdefault(key, {}).get(name)
                    if acc is None:
                        acc = self.boots[key][name] = sc.bootstrap_accumulator()
                    acc.add(sc.bootstrap_partial(items, res))
                except Exception as e:  # noqa: BLE001 - costs the intervals only
                    log.info("report: bootstrap data of %s failed (%s); no intervals for it", name, e)
                    self.boot_broken.add(name)

    def finish(self) -> None:
        for key in list(self._buf):
            self._flush(key)

    def values(self, name: str) -> dict[str, dict[str, float]] | None:
        """Group key -> the scorer's values (None: its mergeable form failed somewhere)."""
        if name in self.broken:
            return None
        sc = self.scorers[name]
        try:
            return {key: sc.finalize(acc.state()) for key, acc in self.states[name].items()}
        except Exception as e:  # noqa: BLE001
            self.broken[name] = str(e)
            return None

    def intervals(self, key: str, keys: Any, replicates: int, seed: int
                  ) -> tuple[dict[str, list[float]], dict[str, Any]]:
        """95 % intervals of the group's values (:func:`stats.intervals` on the group's responses)."""
        from .stats import intervals_from_resamplers

        accs = self.boots.get(key, {})
        rs = {}
        for name in self.names:
            if name in accs and name not in self.boot_broken:
                try:
                    rs[name] = accs[name].resampler()
                except Exception as e:  # noqa: BLE001
                    log.info("report: bootstrap of %s failed (%s); no intervals for it", name, e)
        return intervals_from_resamplers(rs, self.n.get(key, 0), replicates, seed, keys=keys)


def _fold_values(fold: _Fold, names: Sequence[str], instances: dict[str, Any], keys: Sequence[str],
                 rows: Any) -> dict[str, dict[str, float]]:
    """Group key -> every scorer's values on the group (``keys``: every group, in order). A scorer
    whose mergeable form raised gets the means of its per-response scores in every group, from a
    second walk over ``rows()`` (``(key, item, per)``); a group without its results gets
    ``aggregate([], [])``."""
    from .mergeable import MeanState

    out: dict[str, dict[str, float]] = {key: {} for key in keys}
    fallback = {}
    for name in names:
        values = fold.values(name)
        if values is None:
            log.info("report: corpus values of %s failed on the groups (%s); using means", name, fold.broken[name])
            fallback[name] = values = {}
        for key in out:
            if key in values:
                out[key].update(values[key])
            elif name not in fallback:
                try:
                    out[key].update(fold.scorers[name].aggregate([], []))
                except Exception:  # noqa: BLE001
                    pass
    if fallback:
        means: dict[str, dict[str, MeanState]] = {name: {} for name in fallback}
        for key, _, per in rows():
            for name in fallback:
                if name in per:
                    means[name].setdefault(key, MeanState()).add_results([per[name]])
        for name in fallback:
            for key in out:
                if key in means[name]:
                    out[key].update(means[name][key].means())
                else:
                    try:
                        out[key].update(fold.scorers[name].aggregate([], []))
                    except Exception:  # noqa: BLE001
                        pass
    return out


def _fold_notes(fold: _Fold, names: Sequence[str], instances: dict[str, Any]) -> list[str]:
    """Every scorer's report notes from its merged state over the run (``fold`` keyed by "")."""
    notes: list[str] = []
    for name in names:
        inst = instances.get(name)
        if inst is None:
            continue
        try:
            if name in fold.broken:
                raise RuntimeError(fold.broken[name])
            acc = fold.states[name].get("")
            notes.extend(inst.finalize_notes(acc.state()) if acc is not None else inst.report_notes([], []))
        except Exception as e:  # noqa: BLE001
            log.info("report: notes of %s failed (%s)", name, e)
    return notes


def _per_rows(ok_items: Sequence[tuple[Sample, ScoreInput]], scores: dict[str, dict[str, ItemScore]],
              key_of: Any) -> Any:
    def rows() -> Any:
        for s, it in ok_items:
            yield key_of(s), it, {name: per[s.id] for name, per in scores.items() if s.id in per}
    return rows


def group_aggregates(ok_items: Sequence[tuple[Sample, ScoreInput]], scores: dict[str, dict[str, ItemScore]],
                     instances: dict[str, Any], key_of: Any, chunk_size: int = 512,
                     all_keys: Sequence[str] = ()) -> dict[str, dict[str, float]]:
    """Group key -> corpus values of every scorer on that group, from the scorers' mergeable states
    (``partial`` per chunk of a group's rows, ``merge``, ``finalize``): equal to ``aggregate`` on each
    group's items, without a list of each group's items. A group with no result of a scorer gets
    ``aggregate([], [])``; a scorer whose mergeable form raises on a group falls back to the means of
    the per-response scores there (as ``aggregate`` raising did). (:func:`build_report` folds the
    same way from the rows it streams out of the database.)"""
    rows = _per_rows(ok_items, scores, key_of)
    fold = _Fold(list(scores), instances, chunk_size)
    keys: dict[str, None] = {}
    for key, it, per in rows():
        keys[key] = None
        fold.add(key, it, per)
    fold.finish()
    return _fold_values(fold, list(scores), instances, list(dict.fromkeys([*keys, *all_keys])), rows)


def group_notes(ok_items: Sequence[tuple[Sample, ScoreInput]], scores: dict[str, dict[str, ItemScore]],
                instances: dict[str, Any]) -> list[str]:
    """Every scorer's report notes on the run, from its merged state (``finalize_notes``)."""
    fold = _Fold(list(scores), instances)
    for key, it, per in _per_rows(ok_items, scores, lambda s: "")():
        fold.add(key, it, per)
    fold.finish()
    return _fold_notes(fold, list(scores), instances)


# -- streaming a stored run ------------------------------------------------------------------
# build_report walks the run's rows once, in order, from its own read-only connection: samples with
# their generations (one query, iterated) and, per chunk of rows, the scores of those samples. What
# it keeps is per group: mergeable states, compact bootstrap columns, counts; never the rows.

#: rows read per chunk (the scores of a chunk's samples are fetched together)
REPORT_CHUNK = 512


def _connect_ro(path: Any) -> Any:
    import sqlite3
    from pathlib import Path

    con = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    return con


def _scorer_order(con: Any, run_id: str, complete: set[str]) -> list[str]:
    """The complete scorers that have rows, in the order ``Store.scores`` meets them (its scan of the
    (run, sample id, scorer) key: by first sample id, then name)."""
    rows = con.execute("SELECT scorer, MIN(sample_id) AS first FROM scores WHERE run_id = ? GROUP BY scorer",
                       (run_id,)).fetchall()
    return [r["scorer"] for r in sorted(rows, key=lambda r: (r["first"], r["scorer"])) if r["scorer"] in complete]


def iter_run_rows(path: Any, run: dict[str, Any], names: Sequence[str], chunk: int | None = None) -> Any:
    """``(sample, generation or None, {scorer: ItemScore})`` of every sample of the run, in order,
    streamed from the database at ``path`` (scorers: ``names``, in that order)."""
    from .models import Generation

    chunk = chunk or REPORT_CHUNK
    wanted = set(names)
    con = _connect_ro(path)
    try:
        cur = con.execute(
            "SELECT rs.sample AS sample, g.content_hash AS g_key, g.sample_id AS g_sid, g.text AS text,"
            " g.error AS error, g.elapsed_s AS elapsed_s, g.usage AS usage, g.meta AS meta"
            " FROM run_samples rs LEFT JOIN generations g ON g.generator_signature = ?"
            " AND g.content_hash = rs.content_hash WHERE rs.run_id = ? ORDER BY rs.position",
            (run["generator_signature"], run["id"]))
        while rows := cur.fetchmany(chunk):
            samples = [Sample.from_dict(json.loads(r["sample"])) for r in rows]
            per: dict[str, dict[str, ItemScore]] = {}
            if wanted:
                ids = list({s.id for s in samples})
                q = ",".join("?" * len(ids))
                for r in con.execute(f"SELECT * FROM scores WHERE run_id = ? AND sample_id IN ({q})",
                                     (run["id"], *ids)):
                    if r["scorer"] in wanted:
                        per.setdefault(r["sample_id"], {})[r["scorer"]] = ItemScore(
                            scores=json.loads(r["scores"]),
                            evidence=json.loads(r["evidence"]) if r["evidence"] else None,
                            unscored=r["unscored"], language=r["language"])
            for s, r in zip(samples, rows):
                g = None
                if r["g_key"] is not None:
                    g = Generation(sample_id=r["g_sid"], text=r["text"], generator=run["generator_signature"],
                                   elapsed_s=r["elapsed_s"], usage=json.loads(r["usage"]) if r["usage"] else None,
                                   error=r["error"], meta=json.loads(r["meta"] or "{}"))
                got = per.get(s.id, {})
                yield s, g, {name: got[name] for name in names if name in got}
    finally:
        con.close()


def _row_language(sample: Sample, per: dict[str, ItemScore]) -> str:
    if sample.language:
        return sample.language
    for r in per.values():
        if r.language:
            return r.language
    return "unknown"


def _row_field(sample: Sample, field: str, per: dict[str, ItemScore]) -> str:
    """A grouping field of one sample; ``per``: its results (scorer -> ItemScore, scorers in order).
    ``language``: the sample's, else the first language a scorer detected, else "unknown"."""
    if field == "language":
        return _row_language(sample, per)
    v = sample.meta.get(field)
    return NONE if v is None or v == "" else str(v)


def _row_key(sample: Sample, spec: str, per: dict[str, ItemScore]) -> str:
    return " × ".join(_row_field(sample, f, per) for f in spec.split("+"))


def _field_value(sample: Sample, field: str, scores: dict[str, dict[str, ItemScore]]) -> str:
    return _row_field(sample, field, {name: p[sample.id] for name, p in scores.items() if sample.id in p})


def _group_key(sample: Sample, spec: str, scores: dict[str, dict[str, ItemScore]]) -> str:
    return _row_key(sample, spec, {name: p[sample.id] for name, p in scores.items() if sample.id in p})


def sample_record(s: Sample, g: Any, per: dict[str, ItemScore]) -> dict[str, Any]:
    """One sample of a report (``samples``): prompt, response, merged scores, unscored reasons,
    evidence, error, generation meta, usage, meta."""
    merged: dict[str, float] = {}
    unscored: dict[str, str] = {}
    evidence: dict[str, Any] = {}
    for name, r in per.items():
        merged.update(r.scores)
        if r.unscored:
            unscored[name] = r.unscored
        if r.evidence is not None:
            evidence[name] = r.evidence
    return {
        "id": s.id,
        "language": _row_language(s, per),
        "prompt": s.prompt,
        "response": g.text if g else None,
        "scores": merged,
        "unscored": unscored or None,
        "evidence": evidence or None,
        "error": (g.error if g else "not generated"),
        "generation_meta": dict(g.meta) if g else {},
        "usage": dict(g.usage) if g and g.usage else None,
        "meta": dict(s.meta),
    }


class RunSamples:
    """The ``samples`` of a report: every sample of the run, read from the database each time it is
    iterated (never held as a list). Supports ``len``, iteration, indexing and slicing (which read
    as far as needed); ``list(...)`` gives the plain list. Renderers stream it to their output."""

    def __init__(self, path: Any, run: dict[str, Any], names: Sequence[str], n: int) -> None:
        self.path, self.run, self.names, self.n = path, run, list(names), n

    def __len__(self) -> int:
        return self.n

    def __iter__(self) -> Any:
        return (sample_record(s, g, per) for s, g, per in iter_run_rows(self.path, self.run, self.names))

    def __getitem__(self, i: int | slice) -> Any:
        import itertools

        if isinstance(i, slice):
            if (i.start or 0) >= 0 and (i.stop is None or i.stop >= 0) and (i.step or 1) > 0:
                return list(itertools.islice(iter(self), i.start, i.stop, i.step))
            return list(self)[i]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("sample index out of range")
        return next(itertools.islice(iter(self), i, None))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RunSamples):
            other = list(other)
        return isinstance(other, list) and list(self) == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"RunSamples({self.n} samples of run {self.run['id']})"


def build_report(store: Store, ref: str, by: Sequence[str] = (), *, bootstrap: int = 1000,
                 seed: int = 0) -> dict[str, Any]:
    """The report of one run as a JSON-able dict: run, aggregates, intervals (95 % bootstrap over
    samples, ``bootstrap`` replicates; 0 = none; see docs/STATISTICS.md), groups (each with its
    intervals), samples, notes.

    The run's rows are streamed from the database once (:func:`iter_run_rows`) and folded into each
    group's mergeable states and compact bootstrap columns; ``samples`` is a :class:`RunSamples`,
    which reads the rows again when it is iterated (the renderers stream it)."""
    run = store.get_run(ref)
    rid = run["id"]
    fields = {"language"} | {r[0] for r in store.conn.execute(
        "SELECT DISTINCT j.key FROM run_samples rs, json_each(rs.sample, '$.meta') j WHERE rs.run_id = ?", (rid,))}
    for spec in by:
        for f in spec.split("+"):
            if f not in fields:
                raise UsageError(f"--by {f!r}: run {run['name'] or rid} has no such field; "
                                 f"fields: {', '.join(sorted(fields))}")
    scorer_recs = run["scorers"]
    complete = {rec["name"] for rec in scorer_recs if rec.get("status") == "complete"}
    instances = {rec["name"]: _scorer_instance(rec) for rec in scorer_recs if rec.get("status") == "complete"}
    aggregates = {k: v for name, a in store.aggregates(rid).items() if name in complete for k, v in a.items()}
    ro = _connect_ro(store.path)
    try:
        names = _scorer_order(ro, rid, complete)
        unscored_counts = {name: 0 for name in names}
        reason_rows: dict[str, dict[str, int]] = {}
        for r in ro.execute("SELECT scorer, unscored, COUNT(*) AS n FROM scores WHERE run_id = ? AND unscored IS NOT"
                            " NULL GROUP BY scorer, unscored", (rid,)):
            if r["scorer"] in unscored_counts:
                if r["unscored"]:
                    unscored_counts[r["scorer"]] += r["n"]
                reason_rows.setdefault(r["scorer"], {})[r["unscored"]] = r["n"]
    finally:
        ro.close()
    reasons = {name: dict(sorted(reason_rows[name].items(), key=lambda kv: (-kv[1], kv[0])))
               for name in names if reason_rows.get(name)}

    boot = bootstrap > 0
    whole = _Fold(names, instances, boot=boot)
    folds = {spec: _Fold(names, instances, boot=boot) for spec in by}
    counts: dict[str, dict[str, int]] = {spec: {} for spec in by}
    errors: dict[str, dict[str, int]] = {spec: {} for spec in by}
    n_samples = n_err = 0
    for s, g, per in iter_run_rows(store.path, run, names):
        n_samples += 1
        if g.error if g else "not generated":
            n_err += 1
        ok = g is not None and g.ok
        it = ScoreInput(sample=s, response=g.text or "", meta=g.meta) if ok else None
        if it is not None:
            whole.add("", it, per)
        for spec in by:
            key = _row_key(s, spec, per)
            counts[spec][key] = counts[spec].get(key, 0) + 1
            if not ok:
                errors[spec][key] = errors[spec].get(key, 0) + 1
            else:
                folds[spec].add(key, it, per)
    whole.finish()

    boot_info: dict[str, Any] = {}
    overall: dict[str, list[float]] = {}
    if boot and whole.n.get(""):
        iv, boot_info = whole.intervals("", lambda k: k in aggregates, bootstrap, seed)
        overall = {k: iv[k] for k in aggregates if k in iv}

    groups: dict[str, dict[str, Any]] = {}
    for spec in by:
        fold = folds[spec]
        fold.finish()

        def rows(spec: str = spec) -> Any:  # the fallback's second walk (a scorer whose states failed)
            for s, g, per in iter_run_rows(store.path, run, names):
                if g is not None and g.ok:
                    yield _row_key(s, spec, per), None, per

        aggs = _fold_values(fold, names, instances, list(dict.fromkeys([*fold.n, *counts[spec]])), rows)
        groups[spec] = {}
        for key in sorted(counts[spec]):
            agg = aggs[key]
            ivs: dict[str, list[float]] = {}
            if boot and fold.n.get(key):
                iv = fold.intervals(key, lambda k, agg=agg: k in agg, bootstrap, seed)[0]
                ivs = {k: iv[k] for k in agg if k in iv}
            groups[spec][key] = {"n": counts[spec][key], "errors": errors[spec].get(key, 0), "aggregates": agg,
                                 "intervals": ivs}

    notes = _fold_notes(whole, names, instances)
    declared = sorted({k for inst in instances.values() if inst is not None
                       for k in getattr(inst, "count_metrics", ())})
    return {
        "run": {
            "id": rid, "name": run["name"], "dataset": run["dataset"],
            "dataset_signature": run["dataset_signature"], "generator": run["generator"],
            "generator_signature": run["generator_signature"], "scorers": scorer_recs,
            "status": run["status"], "created_at": run["created_at"], "updated_at": run["updated_at"],
            "finished_at": run["finished_at"], "n_samples": n_samples, "n_errors": n_err,
        },
        "aggregates": aggregates,
        "intervals": overall,
        "bootstrap": {"replicates": bootstrap, "seed": seed, "confidence": 0.95, "interval": "expanded percentile",
                      "unit": "sample", **boot_info} if bootstrap > 0 else None,
        "count_metrics": [k for k in aggregates if is_count(k, declared)],
        "unscored": unscored_counts,
        "unscored_reasons": reasons,
        "groups": groups,
        "notes": notes,
        "samples": RunSamples(store.path, run, names, n_samples),
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


def _json_default(o: Any) -> Any:
    return list(o) if isinstance(o, RunSamples) else str(o)


def _write_json(out: Any, reports: Sequence[dict[str, Any]], comparisons: Sequence[dict[str, Any]] | None) -> None:
    """The JSON report, written piece by piece: each report's ``samples`` (a :class:`RunSamples`)
    is streamed one sample at a time into the place ``json.dumps(..., indent=2)`` puts it, so the
    text is the same as :func:`render_json`'s without holding the samples or the whole text."""
    marks: list[tuple[str, Any]] = []
    swapped = []
    for rep in reports:
        if isinstance(rep.get("samples"), RunSamples):
            mark = f"\x00samples {len(marks)}\x00"
            marks.append((json.dumps(mark), rep["samples"]))
            rep = {**rep, "samples": mark}
        swapped.append(rep)
    obj: Any = swapped[0] if len(swapped) == 1 else {"reports": swapped, "comparisons": list(comparisons or [])}
    text = json.dumps(obj, ensure_ascii=False, indent=2, default=_json_default) + "\n"
    for token, samples in marks:
        at = text.index(token)
        line = text[text.rfind("\n", 0, at) + 1:at]
        base = line[:len(line) - len(line.lstrip(" "))]
        pad = base + "  "
        out(text[:at])
        first = True
        for rec in samples:
            out(("[\n" if first else ",\n") + pad
                + json.dumps(rec, ensure_ascii=False, indent=2, default=_json_default).replace("\n", "\n" + pad))
            first = False
        out("[]" if first else "\n" + base + "]")
        text = text[at + len(token):]
    out(text)


def render_json(reports: Sequence[dict[str, Any]], comparisons: Sequence[dict[str, Any]] | None = None,
                correction: str = "none") -> str:
    parts: list[str] = []
    _write_json(parts.append, reports, comparisons)
    return "".join(parts)


class _Writer:
    def __init__(self, out: Any) -> None:
        self.write = out


def _write_csv(out: Any, reports: Sequence[dict[str, Any]]) -> None:
    """One row per sample (and run): id, language, error, every score key, every meta key. Two
    walks over the samples (the keys, then the rows); rows are written as they are read."""
    score_set: set[str] = set()
    meta_set: set[str] = set()
    for rep in reports:
        for s in rep["samples"]:
            score_set.update(s["scores"])
            meta_set.update(s["meta"])
    score_keys, meta_keys = sorted(score_set), sorted(meta_set)
    w = csv.writer(_Writer(out))
    w.writerow(["run", "id", "language", "response", "error", "unscored"] + score_keys + [f"meta.{k}" for k in meta_keys])
    for rep in reports:
        rid = rep["run"]["name"] or rep["run"]["id"]
        for s in rep["samples"]:
            w.writerow([rid, s["id"], s["language"], s["response"] or "", s["error"] or "",
                        json.dumps(s["unscored"], ensure_ascii=False) if s["unscored"] else ""]
                       + [s["scores"].get(k, "") for k in score_keys]
                       + [s["meta"].get(k, "") for k in meta_keys])


def render_csv(reports: Sequence[dict[str, Any]], comparisons: Sequence[dict[str, Any]] | None = None,
               correction: str = "none") -> str:
    """One row per sample (and run): id, language, error, every score key, every meta key."""
    parts: list[str] = []
    _write_csv(parts.append, reports)
    return "".join(parts)


def write_report(out: Any, fmt: str, reports: Sequence[dict[str, Any]],
                 comparisons: Sequence[dict[str, Any]] | None = None, correction: str = "none") -> None:
    """Write the report through ``out(text)``, as ``RENDERERS[fmt]`` renders it; JSON and CSV are
    written as they are produced (the samples are streamed from the database), the table and HTML
    (which lists at most ``max_samples`` samples) as one text."""
    if fmt == "json":
        _write_json(out, reports, comparisons)
    elif fmt == "csv":
        _write_csv(out, reports)
    else:
        out(RENDERERS[fmt](reports, comparisons, correction))


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
