"""`empathy run` streams: the stored rows, aggregates and intervals of a run equal those of the path
that held every sample and result (scorers run on all items at once, `aggregate` on all of them), with
one process and with workers; a scorer failing half-way leaves nothing partial; the driver holds a
bounded number of samples and results whatever the size of the dataset."""

from __future__ import annotations

import gc
import json
import sqlite3
from pathlib import Path

import pytest
from empathy_testutil import write_jsonl
from executor_helpers import FailOnScorer

from empathy_core import runner
from empathy_core.models import ItemScore, Sample, ScoreInput
from empathy_core.plugins import get_registry
from empathy_core.runner import bootstrap_intervals, evaluate, run_scorer
from empathy_core.store import Store, _dumps

DEVSET = Path(__file__).resolve().parents[1] / "plugins" / "empathy-boundary" / "tests" / "devset"
SPECS = ["length", "boundary:mode=rules", "bleu", "distinct"]
N = 300


def _corpus(tmp_path: Path, n: int = N) -> tuple[Path, Path, set[str]]:
    """A dataset of ``n`` samples (six languages, some without a language, a third with references)
    and a replay file answering all but every 17th sample (those are failed generations)."""
    pools = {c: [json.loads(x) for x in (DEVSET / f"{c}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
             for c in ("en", "fr", "de", "es", "it", "ms")}
    codes = list(pools)
    rows, replies, missing = [], [], set()
    for i in range(n):
        code = codes[i % len(codes)]
        rec = pools[code][(i * 7) % len(pools[code])]
        sid = f"s{i:04d}"
        row = {"id": sid, "prompt": rec["prompt"], "meta": {"kind": rec.get("kind", "none")}}
        if i % 11:
            row["language"] = code
        if i % 3 == 0:
            row["references"] = [pools[code][(i * 5) % len(pools[code])]["response"]]
        rows.append(row)
        if i % 17 == 16:
            missing.add(sid)
        else:
            replies.append({"id": sid, "response": rec["response"] + (" really" * (i % 4))})
    return (write_jsonl(tmp_path / "ds.jsonl", rows), write_jsonl(tmp_path / "replies.jsonl", replies), missing)


def _old_path(ds: Path, replies: Path, specs: list, boot: int):
    """What the run stored before it streamed: every ok item in a list, each scorer on all of them,
    ``aggregate`` on all results, the intervals on all items; rows serialised as put_scores did."""
    reg = get_registry()
    samples = reg.create("datasets", f"jsonl:path={ds}").load()
    gen = reg.create("generators", f"replay:path={replies}")
    items = []
    for s in samples:
        g = gen.generate_one(s)
        if g.ok:
            items.append(ScoreInput(sample=s, response=g.text or "", meta=g.meta))
    rows, aggs, ivs = set(), {}, {}
    for spec in specs:
        sc = reg.create("scorers", spec) if isinstance(spec, str) else spec
        o = run_scorer(sc, items)
        if o.status != "complete":
            continue
        aggs.update(o.aggregates)
        ivs.update(bootstrap_intervals({sc.name: sc}, items, {sc.name: o.results}, o.aggregates, boot, 0))
        rows |= {(it.sample.id, sc.name, _dumps(dict(r.scores)), _dumps(r.evidence) if r.evidence is not None else None,
                  r.unscored, r.language) for it, r in zip(items, o.results)}
    return rows, aggs, ivs


def _stored(db: Path, run_id: str):
    con = sqlite3.connect(db)
    try:
        rows = set(con.execute("SELECT sample_id, scorer, scores, evidence, unscored, language FROM scores "
                               "WHERE run_id = ?", (run_id,)))
        aggs = {k: v for k, v in con.execute("SELECT key, value FROM aggregates WHERE run_id = ?", (run_id,))}
    finally:
        con.close()
    return rows, aggs


@pytest.mark.parametrize("workers", [1, 2])
def test_streamed_run_stores_what_the_old_path_stored(tmp_path, monkeypatch, workers):
    monkeypatch.setattr(runner, "RUN_CHUNK", 64)  # several chunks, cut apart from the partitions
    monkeypatch.setattr("empathy_core.executors.DEFAULT_CHUNK", 23)
    ds, replies, missing = _corpus(tmp_path)
    db = tmp_path / "r.sqlite"
    res = evaluate(f"jsonl:path={ds}", f"replay:path={replies}", SPECS, db=db, name="r", bootstrap=200,
                   workers=workers)
    rows, aggs, ivs = _old_path(ds, replies, SPECS, 200)
    assert (res.n_samples, res.n_errors, res.n_generated) == (N, len(missing), N - len(missing))
    assert len(rows) == 4 * (N - len(missing))
    stored_rows, stored_aggs = _stored(db, res.run_id)
    assert stored_rows == rows
    assert res.aggregates == aggs and stored_aggs == aggs  # exact: mergeable states, not approximations
    assert res.intervals == ivs and {"bleu.bleu_4", "distinct.distinct_2", "boundary.score"} <= set(ivs)
    # resume: every score comes from the cache (same keys), the stored rows and values do not change
    again = evaluate(f"jsonl:path={ds}", f"replay:path={replies}", SPECS, db=db, name="r", bootstrap=200,
                     workers=workers)
    scored = N - len(missing)
    assert again.n_scores_cached == {"length": scored, "boundary": scored, "bleu": scored, "distinct": scored}
    assert again.n_cached == scored and again.n_generated == 0
    assert _stored(db, again.run_id) == (rows, aggs) and again.intervals == ivs


@pytest.mark.parametrize("workers", [1, 2])
def test_a_scorer_failing_half_way_leaves_nothing_partial(tmp_path, monkeypatch, workers):
    monkeypatch.setattr(runner, "RUN_CHUNK", 50)
    monkeypatch.setattr("empathy_core.executors.DEFAULT_CHUNK", 20)
    ds, replies, missing = _corpus(tmp_path, 200)
    db = tmp_path / "f.sqlite"
    specs = ["length", FailOnScorer(fail_id="s0150")]
    # a first run without the failing sample in reach: the scorer's rows exist
    ok = evaluate(f"jsonl:path={ds}", f"replay:path={replies}", specs, db=db, name="f", bootstrap=0,
                  workers=workers, limit=100)
    assert ok.failed_scorers == {} and ok.aggregates["failon.words"] > 0
    res = evaluate(f"jsonl:path={ds}", f"replay:path={replies}", specs, db=db, name="f", bootstrap=0,
                   workers=workers)
    assert res.failed_scorers == {"failon": "RuntimeError: cannot score s0150"} and not res.ok
    rows, aggs = _stored(db, res.run_id)
    assert {r[1] for r in rows} == {"length"} and not any(k.startswith("failon.") for k in aggs)
    assert len(rows) == 200 - len(missing)
    old_rows, old_aggs, _ = _old_path(ds, replies, ["length"], 0)
    assert rows == old_rows and aggs == old_aggs
    with Store(db) as st:
        rec = {r["name"]: r for r in st.get_run("f")["scorers"]}
        assert rec["failon"]["status"] == "failed" and rec["length"]["status"] == "complete"
        assert st.get_run("f")["status"] == "complete_with_errors"
        # the chunks scored before the failure stay in the score cache: a fixed scorer resumes from them
        n_cached = st.conn.execute("SELECT COUNT(*) FROM score_cache WHERE scorer_signature = ?",
                                   (FailOnScorer(fail_id="s0150").signature(),)).fetchone()[0]
    assert n_cached >= 100 - len({m for m in missing if m < "s0100"})


def _live(kinds: tuple[type, ...]) -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if type(o) in kinds)


@pytest.mark.parametrize("workers", [1, 2])
def test_driver_holds_a_bounded_number_of_samples_and_results(tmp_path, monkeypatch, workers):
    """Live Sample / ScoreInput / ItemScore objects in the driver, counted each time a chunk of results
    is folded: bounded by the chunks in flight, the same for 600 and 2,400 samples."""
    monkeypatch.setattr(runner, "RUN_CHUNK", 100)
    monkeypatch.setattr("empathy_core.executors.DEFAULT_CHUNK", 50)
    peaks: list[int] = []
    fold = runner._Track.fold

    def counting_fold(self, store, ids, items, results):  # type: ignore[no-untyped-def]
        if self.name == "length":  # once per chunk (counting every live object is slow)
            peaks[-1] = max(peaks[-1], _live((Sample, ScoreInput, ItemScore)))
        return fold(self, store, ids, items, results)

    monkeypatch.setattr(runner._Track, "fold", counting_fold)
    replies = tmp_path / "replies.jsonl"
    texts = ["I care about you, but I'm an AI.", "That sounds hard. I'm here to listen.", "ok then"]
    for n in (600, 2400):
        write_jsonl(replies, [{"id": f"s{i}", "response": texts[i % 3]} for i in range(n)])

        def stream(n=n):  # a one-shot stream: nothing holds the samples but the run
            for i in range(n):
                yield Sample.from_prompt(f"s{i}", "I love you", language="en")

        peaks.append(0)
        res = evaluate(stream(), f"replay:path={replies}", ["length", "boundary:mode=rules"],
                       db=tmp_path / f"m{n}.sqlite", bootstrap=50, workers=workers)
        assert res.n_samples == n and res.ok and set(res.intervals) >= {"length.words", "boundary.score"}
    small, big = peaks
    # one chunk of samples (100), their inputs and two results each (400 here), plus the partitions in
    # flight with workers (800); not the 2,400 samples, 2,400 inputs and 4,800 results
    assert 0 < big <= small + 50 and big < 1000, peaks
