"""`empathy report` streams the run's rows from SQLite: the report (aggregates, intervals, groups with
their intervals, notes, unscored counts, samples) equals the one built from every sample, generation
and score held in lists (the path before), the JSON/CSV text is the same when written piece by piece,
and the number of live samples and results stays bounded while the report is built."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from empathy_testutil import run_cli, write_jsonl

from empathy_core import report
from empathy_core.models import ItemScore, Sample, ScoreInput
from empathy_core.report import (
    RunSamples,
    _field_value,
    _group_key,
    build_report,
    load_run,
    render_csv,
    render_json,
    subset_results,
)
from empathy_core.runner import evaluate, unscored_reasons
from empathy_core.stats import intervals
from empathy_core.store import Store

DEVSET = Path(__file__).resolve().parents[1] / "plugins" / "empathy-boundary" / "tests" / "devset"


def _run(tmp_path: Path, n: int = 240) -> tuple[Path, str]:
    pools = {c: [json.loads(x) for x in (DEVSET / f"{c}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
             for c in ("en", "fr", "de", "ms")}
    codes = list(pools)
    rows, replies = [], []
    for i in range(n):
        code = codes[i % 4]
        rec = pools[code][(i * 7) % len(pools[code])]
        row = {"id": f"s{i:04d}", "prompt": rec["prompt"], "meta": {"category": ["Love", "Dependence", ""][i % 3]}}
        if i % 9:
            row["language"] = code
        if i % 2 == 0:
            row["references"] = [pools[code][(i * 5) % len(pools[code])]["response"]]
        rows.append(row)
        if i % 13 != 12:
            replies.append({"id": row["id"], "response": rec["response"] + " ok" * (i % 3)})
    ds, rp = write_jsonl(tmp_path / "ds.jsonl", rows), write_jsonl(tmp_path / "rp.jsonl", replies)
    db = tmp_path / "r.sqlite"
    evaluate(f"jsonl:path={ds}", f"replay:path={rp}", ["length", "boundary:mode=rules", "bleu", "distinct"],
             db=db, name="r", bootstrap=0)
    return db, "r"


def old_report(store: Store, ref: str, by: list[str], bootstrap: int, seed: int = 0) -> dict:
    """The report as it was built before it streamed: every row in lists, each group's items in a
    bucket, ``aggregate``/``report_notes``/``intervals`` on those lists."""
    from empathy_core.base import Scorer, mean_scores

    data = load_run(store, ref)
    rows, gens, scores, inst = data["rows"], data["gens"], data["scores"], data["instances"]
    ok_items = data["ok_items"]
    aggregates = data["aggregates"]

    def aggs_of(subset: list) -> dict:
        out: dict = {}
        for name, per in scores.items():
            sc = inst.get(name) or Scorer()
            its = [it for s, it in subset if s.id in per]
            try:
                out.update(sc.aggregate(its, [per[it.sample.id] for it in its]) if its else sc.aggregate([], []))
            except Exception:  # noqa: BLE001 - as the mergeable path: means
                out.update(mean_scores([per[it.sample.id] for it in its]))
        return out

    def ivs_of(subset: list, keys: dict) -> tuple[dict, dict]:
        if bootstrap <= 0 or not subset:
            return {}, {}
        iv, info = intervals(inst, [it for _, it in subset], subset_results(subset, scores), bootstrap, seed,
                             keys=lambda k: k in keys)
        return {k: iv[k] for k in keys if k in iv}, info

    samples = []
    for s, k in rows:
        g = gens.get(k)
        per = {name: p[s.id] for name, p in scores.items() if s.id in p}
        samples.append(report.sample_record(s, g, per))
    groups: dict = {}
    for spec in by:
        counts: dict = {}
        errors: dict = {}
        buckets: dict = {}
        for s, k in rows:
            key = _group_key(s, spec, scores)
            counts[key] = counts.get(key, 0) + 1
            if not (gens.get(k) and gens[k].ok):
                errors[key] = errors.get(key, 0) + 1
        for s, it in ok_items:
            buckets.setdefault(_group_key(s, spec, scores), []).append((s, it))
        groups[spec] = {}
        for key in sorted(counts):
            agg = aggs_of(buckets.get(key, []))
            groups[spec][key] = {"n": counts[key], "errors": errors.get(key, 0), "aggregates": agg,
                                 "intervals": ivs_of(buckets.get(key, []), agg)[0]}
    notes = []
    for name, per in scores.items():
        if inst.get(name) is not None:
            its = [it for s, it in ok_items if s.id in per]
            notes.extend(inst[name].report_notes(its, [per[it.sample.id] for it in its]))
    overall, info = ivs_of(ok_items, aggregates)
    return {"aggregates": aggregates, "intervals": overall,
            "bootstrap_info": info, "groups": groups, "notes": notes,
            "unscored": {name: sum(1 for r in per.values() if r.unscored) for name, per in scores.items()},
            "unscored_reasons": {n: u for n, per in scores.items() if (u := unscored_reasons(list(per.values())))},
            "n_errors": sum(1 for s in samples if s["error"]), "samples": samples}


@pytest.mark.parametrize("bootstrap", [0, 150])
def test_streamed_report_equals_the_report_from_lists(tmp_path, monkeypatch, bootstrap):
    monkeypatch.setattr(report, "REPORT_CHUNK", 37)  # rows read in several chunks
    db, ref = _run(tmp_path)
    by = ["language", "category", "language+category"]
    with Store(db) as store:
        new = build_report(store, ref, by, bootstrap=bootstrap)
        old = old_report(store, ref, by, bootstrap)
    assert isinstance(new["samples"], RunSamples) and len(new["samples"]) == 240
    assert list(new["samples"]) == old["samples"] and new["samples"][:3] == old["samples"][:3]
    assert new["samples"][-1] == old["samples"][-1]
    for k in ("aggregates", "intervals", "groups", "notes", "unscored", "unscored_reasons"):
        assert new[k] == old[k], k  # exact: same states, same resampling matrices
    assert new["run"]["n_errors"] == old["n_errors"] == 240 // 13
    if bootstrap:
        assert {k: v for k, v in new["bootstrap"].items() if k in old["bootstrap_info"]} == old["bootstrap_info"]
        assert new["groups"]["language"]["fr"]["intervals"]  # groups have intervals
        assert set(new["intervals"]) >= {"length.words", "bleu.bleu_4", "distinct.distinct_1", "boundary.score"}
    # known values of the corpus: 240 samples, every 13th without a response, 4 languages
    assert new["groups"]["language"]["en"]["n"] + new["groups"]["language"]["unknown"]["n"] >= 60
    assert new["groups"]["category"]["(none)"]["n"] == 80


def test_json_and_csv_written_piece_by_piece_equal_the_rendered_text(tmp_path):
    db, ref = _run(tmp_path, 60)
    with Store(db) as store:
        reps = [build_report(store, ref, ["language"], bootstrap=0)]
        two = reps + [build_report(store, ref, [], bootstrap=0)]
    for rs in (reps, two):
        plain = [{**r, "samples": list(r["samples"])} for r in rs]
        obj = plain[0] if len(plain) == 1 else {"reports": plain, "comparisons": []}
        assert render_json(rs) == json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n"
        assert render_csv(rs) == render_csv(plain)
    class NoSamples(RunSamples):
        def __iter__(self):  # type: ignore[no-untyped-def]
            return iter([])

    empty = {**reps[0], "samples": NoSamples(db, reps[0]["samples"].run, [], 0)}
    assert render_json([empty]) == json.dumps({**reps[0], "samples": []}, ensure_ascii=False, indent=2,
                                              default=str) + "\n"
    out = tmp_path / "r.json"
    run_cli("report", ref, "--db", str(db), "--format", "json", "--bootstrap", "0", "--by", "language",
            "--output", str(out), check=True)
    assert out.read_text(encoding="utf-8") == render_json(reps)
    p = run_cli("report", ref, "--db", str(db), "--format", "csv", "--bootstrap", "0", check=True)
    assert p.stdout.replace("\r\n", "\n") == render_csv(reps).replace("\r\n", "\n")
    assert len(p.stdout.splitlines()) == 61


def test_report_holds_a_bounded_number_of_samples_and_results(tmp_path, monkeypatch):
    monkeypatch.setattr(report, "REPORT_CHUNK", 50)
    monkeypatch.setattr(report, "FOLD_CHUNK", 40)
    peaks: list[int] = []
    add = report._Fold.add
    calls = [0]

    def counting_add(self, key, item, per):  # type: ignore[no-untyped-def]
        calls[0] += 1
        if calls[0] % 150 == 0:  # counting every live object is slow: a sample of the walk
            gc.collect()
            peaks[-1] = max(peaks[-1], sum(1 for o in gc.get_objects() if type(o) in (Sample, ScoreInput, ItemScore)))
        return add(self, key, item, per)

    monkeypatch.setattr(report._Fold, "add", counting_add)
    rp = tmp_path / "rp.jsonl"
    for n in (500, 2500):
        write_jsonl(rp, [{"id": f"s{i}", "response": ["I'm an AI.", "oh no", "I hear you"][i % 3]} for i in range(n)])
        samples = (Sample.from_prompt(f"s{i}", "I love you", language=["en", "fr"][i % 2]) for i in range(n))
        db = tmp_path / f"m{n}.sqlite"
        evaluate(samples, f"replay:path={rp}", ["length", "boundary:mode=rules"], db=db, name="m", bootstrap=0)
        peaks.append(0)
        with Store(db) as store:
            rep = build_report(store, "m", ["language"], bootstrap=100)
        assert rep["groups"]["language"]["fr"]["n"] == n // 2 and "length.words" in rep["intervals"]
    small, big = peaks
    # bounded by a chunk of rows (50 samples, 2 results each) and up to 40 responses buffered per group
    # and fold (the run, fr, en), whatever n; not 2,500 samples, 2,500 inputs and 5,000 results
    assert 0 < small < 600 and 0 < big < 600, peaks  # at most 438 when counted at every row


def test_field_helpers_keep_their_meaning():
    s = Sample.from_prompt("a", "p", meta={"c": ""})
    scores = {"x": {"a": ItemScore(scores={}, language="fr")}}
    assert _field_value(s, "language", scores) == "fr" and _group_key(s, "language+c", scores) == "fr × (none)"

