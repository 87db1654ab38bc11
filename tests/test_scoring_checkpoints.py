"""Issue 11: scoring is checkpointed per chunk, cached by (scorer signature, sample key, response
hash) and isolated per scorer; a run's scorers are the union of what was stored; run leases."""

import logging
import os
import socket
import time
from typing import ClassVar

import attrs
import pytest

from empathy_core import (
    ComponentError,
    Generation,
    Generator,
    ItemScore,
    RunLockedError,
    Sample,
    Scorer,
    StoreError,
    UsageError,
    evaluate,
    score_records,
)
from empathy_core.report import build_report, render_table
from empathy_core.store import Store

# `.ci/mutation resume` runs only the tests marked resume_fast (in-process, each well under a second)
pytestmark = pytest.mark.resume_fast


def _samples(n):
    return [Sample.from_prompt(f"s{i}", f"prompt number {i}", language="en", meta={"category": "Love"})
            for i in range(n)]


@attrs.define
class Echo(Generator):
    name: ClassVar[str] = "echo"
    version: ClassVar[str] = "1"

    def options(self):
        return {}

    def generate_one(self, sample):
        return Generation(sample.id, f"reply to {sample.id}")


@attrs.define
class Recording(Scorer):
    """Scores rec.len; raises when a chunk holds an id in ``fail``; records every id scored."""

    name: ClassVar[str] = "rec"
    version: ClassVar[str] = "1"
    fail: tuple = ()
    chunk_size: int = 2
    seen: list = attrs.field(factory=list)

    def options(self):
        return {}

    def score(self, items):
        ids = [it.sample.id for it in items]
        if set(ids) & set(self.fail):
            raise RuntimeError(f"model crashed on {ids} token={os.environ.get('REC_API_KEY', '')}")
        self.seen.extend(ids)
        return [ItemScore(scores={"rec.len": float(len(it.response))}) for it in items]


def test_failing_scorer_keeps_other_results_and_is_recorded(tmp_path, monkeypatch):
    monkeypatch.setenv("REC_API_KEY", "sk-very-secret-123")
    db = tmp_path / "r.sqlite"
    res = evaluate(_samples(5), Echo(), ["length", Recording(fail=("s3",))], db=db, name="r")
    assert not res.ok and res.n_errors == 0
    assert set(res.failed_scorers) == {"rec"}
    err = res.failed_scorers["rec"]
    assert err.startswith("RuntimeError: model crashed on ['s2', 's3']") and "sk-very-secret-123" not in err
    assert "***" in err
    assert res.aggregates["length.words"] == 3.0  # "reply to sN"
    with Store(db) as st:
        run = st.get_run("r")
        assert run["status"] == "complete_with_errors"
        recs = {s["name"]: s for s in run["scorers"]}
        assert recs["length"]["status"] == "complete" and recs["rec"]["status"] == "failed"
        assert recs["rec"]["error"] == err
        assert set(st.scores(run["id"])) == {"length"}
        rep = build_report(st, "r")
    text = render_table([rep])
    assert f"scorer:    rec   [rec:1]  FAILED: {err}" in text
    assert "sk-very-secret-123" not in text


def test_resumed_scorer_rescores_nothing_finished(tmp_path):
    db = tmp_path / "r.sqlite"
    first = Recording(fail=("s5",))
    res = evaluate(_samples(8), Echo(), [first], db=db, name="r")
    # chunks of 2: s0 s1 | s2 s3 | s4 s5 (fails) -> the first two chunks were stored before the failure
    assert first.seen == ["s0", "s1", "s2", "s3"] and res.failed_scorers
    again = Recording()
    res2 = evaluate(_samples(8), Echo(), [again], db=db, name="r")
    assert again.seen == ["s4", "s5", "s6", "s7"]
    assert res2.ok and res2.n_scores_cached == {"rec": 4}
    assert res2.aggregates["rec.len"] == len("reply to s0")
    # a repeated run (even under another name) rescores nothing
    third = Recording()
    evaluate(_samples(8), Echo(), [third], db=db, name="other")
    assert third.seen == []
    # another response for the same sample is scored anew (the response hash is part of the key)
    with Store(db) as st:
        assert st.conn.execute("SELECT COUNT(*) FROM score_cache").fetchone()[0] == 8


def test_score_records_isolates_a_failing_scorer(monkeypatch):
    pairs = [(s, "a reply") for s in _samples(3)]
    summ = score_records(pairs, ["length", Recording(fail=("s1",))])
    assert set(summ.failed) == {"rec"} and summ.failed["rec"].startswith("RuntimeError: model crashed")
    assert summ.aggregates["length.words"] == 2.0 and "rec.len" not in summ.aggregates


def test_run_scorers_are_the_union_and_runs_agrees_with_report(tmp_path):
    db = tmp_path / "r.sqlite"
    evaluate(_samples(4), Echo(), ["distinct"], db=db, name="r")
    evaluate(_samples(4), Echo(), ["length"], db=db, name="r")
    with Store(db) as st:
        listed = {r["name"]: r for r in st.list_runs()}["r"]
        rep = build_report(st, "r")
    names = [s["name"] for s in listed["scorers"]]
    assert names == ["distinct", "length"]
    assert {s["name"] for s in rep["run"]["scorers"]} == set(names)
    assert {k.split(".")[0] for k in rep["aggregates"]} == set(names)
    sigs = {s["name"]: s["signature"] for s in listed["scorers"]}
    assert sigs == {"distinct": "distinct:1.0|max_n:2|lowercase:True|tok:language-pack|unicode-words", "length": "length:1.0"}


def test_failed_rerun_of_a_scorer_removes_its_old_results(tmp_path):
    db = tmp_path / "r.sqlite"
    evaluate(_samples(3), Echo(), [Recording()], db=db, name="r")
    evaluate(_samples(3), Echo(), [Recording(fail=("s0",), chunk_size=1)], db=db, name="r")
    with Store(db) as st:
        # the cache answers every response, so the "failing" scorer is never called: still complete
        assert st.get_run("r")["scorers"][0]["status"] == "complete"
    # a scorer with another signature is rescored, fails, and its old results leave the report
    Failing = attrs.make_class("Failing", {}, bases=(Recording,))
    Failing.version = "2"
    evaluate(_samples(3), Echo(), [Failing(fail=("s0",))], db=db, name="r")
    with Store(db) as st:
        rec = st.get_run("r")["scorers"][0]
        assert rec["status"] == "failed" and rec["signature"] == "rec:2"
        assert "rec" not in st.scores(st.get_run("r")["id"])  # deleted from the store, not only hidden
        rep = build_report(st, "r")
    assert rep["aggregates"] == {} and all("rec.len" not in s["scores"] for s in rep["samples"])


def test_second_process_is_refused_and_stale_lease_shows_interrupted(tmp_path, monkeypatch):
    db = tmp_path / "r.sqlite"
    evaluate(_samples(2), Echo(), ["length"], db=db, name="r")
    with Store(db) as st:
        lease = st.acquire_lease("name:r")
        lease.bind(st.get_run("r")["id"])
        try:
            with pytest.raises(RunLockedError, match=r"run 'r' is being worked on by another process \(.* pid "
                                                     r"\d+.*add --wait"):
                evaluate(_samples(2), Echo(), ["length"], db=db, name="r")
        finally:
            lease.release()
    # a run left in 'generating' by a process that is gone (its lease names a dead pid)
    with Store(db) as st:
        run_id = st.get_run("r")["id"]
        st.update_run(run_id, status="generating")
        st.conn.execute("INSERT INTO leases VALUES ('name:r', ?, 'x', ?, ?, '2026-01-01', ?)",
                        (run_id, socket.gethostname(), 2 ** 22 + 7, time.time()))
        assert st.get_run("r")["status"] == "interrupted"
        assert st.list_runs()[0]["status"] == "interrupted"
        # a lease with an old heartbeat is stale too, whatever its host
        st.conn.execute("UPDATE leases SET host = 'elsewhere', pid = 1, heartbeat = ?", (time.time() - 3600,))
        assert st.get_run("r")["status"] == "interrupted"
        # a fresh heartbeat from another host: the run is live
        st.conn.execute("UPDATE leases SET heartbeat = ?", (time.time(),))
        assert st.get_run("r")["status"] == "generating"
        st.conn.execute("UPDATE leases SET heartbeat = ?", (time.time() - 3600,))
    # the stale lease is taken over and the run finishes
    res = evaluate(_samples(2), Echo(), ["length"], db=db, name="r")
    assert res.ok
    with Store(db) as st:
        assert st.get_run("r")["status"] == "complete"
        assert st.conn.execute("SELECT COUNT(*) FROM leases").fetchone()[0] == 0


def test_limit_and_concurrency_are_checked(tmp_path):
    with pytest.raises(UsageError, match="limit must be a whole number of at least 1, got -1"):
        evaluate(_samples(2), Echo(), [], db=tmp_path / "x.sqlite", limit=-1)
    with pytest.raises(UsageError, match="concurrency must be .* got 0"):
        evaluate(_samples(2), Echo(), [], db=tmp_path / "x.sqlite", concurrency=0)
    assert not (tmp_path / "x.sqlite").exists()


def test_store_without_create_never_creates(tmp_path):
    missing = tmp_path / "missing" / "x.sqlite"
    with pytest.raises(StoreError, match="no database at .*missing/x.sqlite"):
        Store(missing, create=False)
    assert not (tmp_path / "missing").exists()
    bad = tmp_path / "bad.sqlite"
    bad.write_text("this is not sqlite, just some text to fill a page " * 100)
    with pytest.raises(StoreError, match=r"cannot use database .*bad.sqlite: file is not a database"):
        Store(bad)


def test_signatures_leave_out_unset_options():
    @attrs.define
    class Opt(Scorer):
        name: ClassVar[str] = "opt"
        version: ClassVar[str] = "3"
        checkpoint: str | None = None
        steps: int | None = None
        k: int = 0

    assert Opt().signature() == "opt:3|k:0"
    assert Opt(checkpoint="a.pt", steps=5).signature() == "opt:3|checkpoint:a.pt|steps:5|k:0"


def test_spec_errors_name_the_problem():
    from empathy_core.plugins import get_registry

    reg = get_registry()
    with pytest.raises(ComponentError) as e:
        reg.create("generators", "replay:path=x.jsonl,,a=b")
    assert str(e.value) == ("empty option in the spec of 'replay' (after 'path'): remove the extra comma "
                            "(write a literal comma in a value as \\,)")
    with pytest.raises(ComponentError) as e:
        reg.create("generators", "replay:path=x.jsonl,a=b")
    assert str(e.value) == ("generator 'replay': unknown option 'a'; its options: path, id, response "
                            "(see `empathy info replay`)")
    with pytest.raises(ComponentError) as e:
        reg.create("scorers", "bleu:max_order=abc")
    assert str(e.value) == ("scorer 'bleu': option max_order='abc' is not valid: invalid literal for int() "
                            "with base 10: 'abc'")
    # a trailing comma is harmless
    assert reg.create("scorers", "distinct:max_n=3,").max_n == 3


@attrs.define
class _Val(Scorer):
    """val.v = the sample's number; s1 unscored; evidence on s2; a report note; closes."""

    name: ClassVar[str] = "val"
    version: ClassVar[str] = "2"
    closed: bool = False
    notes_fail: bool = False

    def options(self):
        return {}

    def score(self, items):
        out = []
        for it in items:
            i = int(it.sample.id[1:])
            if i == 1:
                out.append(ItemScore.skip("too short", language="en"))
            else:
                out.append(ItemScore(scores={"val.v": float(i)}, evidence={"i": i} if i == 2 else None,
                                     language="en"))
        return out

    def report_notes(self, items, results):
        if self.notes_fail:
            raise ValueError("no notes today")
        return [f"val scored {sum(r.unscored is None for r in results)} of {len(items)}"]

    def close(self):
        self.closed = True


@attrs.define
class _Away(Scorer):
    name: ClassVar[str] = "away"
    version: ClassVar[str] = "1"

    def options(self):
        return {}

    def unavailable(self):
        return "no model here"

    def score(self, items):  # pragma: no cover - never called
        raise AssertionError


def test_score_records_known_values(caplog):
    """Every field of the summary of `empathy score` for known scorers: results per response,
    aggregates, signatures, skipped, notes, failed, unscored, intervals, and each scorer closed."""
    pairs = [(s, f"reply {s.id}") for s in _samples(4)]
    val = _Val()
    summ = score_records(pairs, [val, _Away(), Recording(fail=("s0",)), "length"], bootstrap=200, seed=3)
    assert summ.results[0] == {"scores": {"val.v": 0.0, "length.words": 2.0, "length.characters": 8.0}, "language": "en"}
    assert summ.results[1] == {"scores": {"length.words": 2.0, "length.characters": 8.0},
                               "unscored": {"val": "too short"}, "language": "en"}
    assert summ.results[2]["evidence"] == {"val": {"i": 2}} and summ.results[2]["scores"]["val.v"] == 2.0
    assert "evidence" not in summ.results[3] and "unscored" not in summ.results[3]
    assert summ.aggregates == {"val.v": (0.0 + 2.0 + 3.0) / 3, "length.words": 2.0, "length.characters": 8.0}
    assert summ.signatures == {"val": "val:2", "away": "away:1", "rec": "rec:1", "length": "length:1.0"}
    assert summ.skipped == {"away": "no model here"}
    assert set(summ.failed) == {"rec"} and summ.failed["rec"].startswith("RuntimeError: model crashed on")
    assert summ.notes == ["val scored 3 of 4"]
    assert summ.unscored == {"val": {"too short": 1}}
    assert set(summ.intervals) == set(summ.aggregates)
    lo, hi = summ.intervals["val.v"]
    assert 0.0 <= lo <= summ.aggregates["val.v"] <= hi <= 3.0 and lo < hi
    assert summ.intervals["length.words"] == [2.0, 2.0]
    assert val.closed
    # the same seed gives the same intervals; no bootstrap gives none
    again = score_records(pairs, [_Val(), "length"], bootstrap=200, seed=3)
    assert again.intervals == {k: v for k, v in summ.intervals.items()}
    assert score_records(pairs, [_Val()], bootstrap=0).intervals == {}
    # a scorer whose report notes fail keeps its results; the failure is logged with its reason
    with caplog.at_level(logging.WARNING, logger="empathy_core"):
        broken = score_records(pairs, [_Val(notes_fail=True)], bootstrap=0)
    assert broken.notes == [] and broken.aggregates == {"val.v": 5.0 / 3}
    assert "report notes of val failed: ValueError: no notes today" in [r.getMessage() for r in caplog.records]


def test_bootstrap_intervals_failure_costs_the_intervals_only(caplog, monkeypatch):
    import empathy_core.stats as stats

    def broken(*a, **k):
        raise RuntimeError("resampler broke")

    monkeypatch.setattr(stats, "intervals", broken)
    pairs = [(s, "a reply") for s in _samples(3)]
    with caplog.at_level(logging.WARNING, logger="empathy_core"):
        summ = score_records(pairs, ["length"], bootstrap=50)
    assert summ.intervals == {} and summ.aggregates["length.words"] == 2.0
    assert "bootstrap intervals failed: RuntimeError: resampler broke" in [r.getMessage() for r in caplog.records]


def test_score_records_bootstrap_defaults_seed_and_progress(capsys):
    """The defaults are 1,000 resamples with seed 0 and no progress bar; the seed reaches the
    bootstrap (same seed, same intervals; another seed, others); one resample gives no interval."""
    pairs = [(s, "r") for s in _samples(20)]
    default = score_records(pairs, [_Val()])
    assert capsys.readouterr().err == ""
    assert default.intervals == score_records(pairs, [_Val()], bootstrap=1000, seed=0).intervals
    s3 = score_records(pairs, [_Val()], bootstrap=300, seed=3).intervals
    assert s3 == score_records(pairs, [_Val()], bootstrap=300, seed=3).intervals
    assert s3 != score_records(pairs, [_Val()], bootstrap=300, seed=0).intervals
    assert default.intervals != score_records(pairs, [_Val()], bootstrap=1001, seed=0).intervals
    assert score_records(pairs, [_Val()], bootstrap=1, seed=0).intervals == {}
