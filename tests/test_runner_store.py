"""Runs, the SQLite store, caching, resume after interruption or kill, retries of failures."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from typing import ClassVar

import attrs
import pytest
from empathy_testutil import clean_env, run_cli, write_jsonl

from empathy_core import Capabilities, Generation, Generator, ItemScore, Sample, Scorer, evaluate
from empathy_core.errors import EmpathyError
from empathy_core.store import MIGRATIONS, Store


def _samples(n):
    return [Sample.from_prompt(f"s{i}", f"prompt number {i}", language="en", references=(f"reply {i}",),
                               meta={"category": "Love" if i % 2 else "Dependence"}) for i in range(n)]


@attrs.define
class Counting(Generator):
    name: ClassVar[str] = "counting"
    version: ClassVar[str] = "1"
    stop_after: int = -1
    calls: list = attrs.field(factory=list)

    def options(self):
        return {}

    def generate_one(self, sample):
        if self.stop_after >= 0 and len(self.calls) >= self.stop_after:
            raise KeyboardInterrupt
        self.calls.append(sample.id)
        return Generation(sample.id, f"reply {sample.id[1:]}", usage={"completion_tokens": 2})


@pytest.mark.resume_fast
def test_evaluate_stores_everything(tmp_path):
    db = tmp_path / "e.sqlite"
    res = evaluate(_samples(5), Counting(), ["bleu", "length"], db=db, name="r1")
    assert res.n_samples == 5 and res.n_generated == 5 and res.n_errors == 0
    # every reply equals its reference ("reply i"): BLEU-1/2 are 100; two-word replies have no 3-grams,
    # so BLEU-3/4 are 0; "reply i" is 2 words, 7 characters
    assert res.aggregates == {"bleu.bleu_1": pytest.approx(100.0), "bleu.bleu_2": pytest.approx(100.0),
                              "bleu.bleu_3": 0.0, "bleu.bleu_4": 0.0, "length.words": 2.0, "length.characters": 7.0}
    with Store(db) as st:
        assert st.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert st.schema_version == len(MIGRATIONS)
        run = st.get_run("r1")
        assert run["status"] == "complete" and [s["name"] for s in run["scorers"]] == ["bleu", "length"]
        assert st.get_run("latest")["id"] == run["id"] == st.get_run(run["id"][:6])["id"]


@pytest.mark.resume_fast
def test_interrupted_run_resumes_without_repeating(tmp_path):
    db = tmp_path / "e.sqlite"
    gen = Counting(stop_after=3)
    with pytest.raises(KeyboardInterrupt):
        evaluate(_samples(8), gen, ["length"], db=db, name="r")
    assert gen.calls == ["s0", "s1", "s2"]
    with Store(db) as st:
        assert st.get_run("r")["status"] == "interrupted"
    gen2 = Counting()
    res = evaluate(_samples(8), gen2, ["length"], db=db, name="r")
    assert gen2.calls == [f"s{i}" for i in range(3, 8)]
    assert res.n_cached == 3 and res.n_generated == 5
    gen3 = Counting()
    evaluate(_samples(8), gen3, ["length"], db=db)  # a new run reuses the cache too
    assert gen3.calls == []


@pytest.mark.resume_fast
def test_same_name_with_other_generator_is_refused(tmp_path):
    db = tmp_path / "e.sqlite"
    evaluate(_samples(2), Counting(), [], db=db, name="n")

    @attrs.define
    class Other(Counting):
        name: ClassVar[str] = "other"

    with pytest.raises(EmpathyError, match="choose another --name"):
        evaluate(_samples(2), Other(), [], db=db, name="n")


@attrs.define
class GpuOnly(Scorer):
    name: ClassVar[str] = "gpuonly"
    capabilities: ClassVar[Capabilities] = Capabilities(needs_gpu=True)

    def score(self, items):
        return [ItemScore(scores={"gpuonly.x": 1.0}) for _ in items]


@attrs.define
class FrOnly(Scorer):
    name: ClassVar[str] = "fronly"
    capabilities: ClassVar[Capabilities] = Capabilities(languages={"fr"})

    def score(self, items):
        return [ItemScore(scores={"fronly.x": 1.0}) for _ in items]


@pytest.mark.resume_fast
@pytest.mark.resume_slow
def test_scorers_that_cannot_run_are_skipped_with_reason(tmp_path):
    pytest.importorskip("torch")
    import torch

    if torch.cuda.is_available():
        pytest.skip("a GPU is present")
    samples = [Sample.from_prompt("a", "x", language="en"), Sample.from_prompt("b", "y", language="fr")]
    res = evaluate(samples, Counting(), [GpuOnly(), FrOnly(), "bleu"], db=tmp_path / "d.sqlite")
    assert res.skipped_scorers["gpuonly"] == "needs a GPU and none is available"
    assert res.skipped_scorers["bleu"] == "needs references and no sample has one"
    with Store(tmp_path / "d.sqlite") as st:
        fr = st.scores(res.run_id)["fronly"]
    assert fr["a"].unscored == "fronly supports fr; not 'en'" and not fr["a"].scores
    assert fr["b"].scores == {"fronly.x": 1.0}


def test_newer_schema_is_refused(tmp_path):
    db = tmp_path / "x.sqlite"
    Store(db).close()
    c = sqlite3.connect(db)
    c.execute("PRAGMA user_version = 99")
    c.commit()
    c.close()
    with pytest.raises(EmpathyError, match="schema version 99"):
        Store(db)


def _dataset(tmp_path, n):
    return write_jsonl(tmp_path / "d.jsonl", [{"id": f"s{i}", "prompt": f"hello {i}", "language": "en",
                                               "meta": {"category": "Love"}} for i in range(n)])


def test_killed_process_resumes_with_no_loss(tmp_path, plugin_site):
    ds, db, calls = _dataset(tmp_path, 40), tmp_path / "k.sqlite", tmp_path / "calls.txt"
    env = clean_env()
    env.update(PYTHONPATH=str(plugin_site), EMPATHY_LOAD_PLUGINS="testgens")
    args = [sys.executable, "-m", "empathy_core", "run", "--dataset", f"jsonl:path={ds}",
            "--generator", f"sleepy:delay=0.05,calls={calls}", "--scorer", "length", "--db", str(db), "--name", "k"]
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while time.time() < deadline:
        if calls.exists() and len(calls.read_text().split()) >= 10:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    first = calls.read_text().split()
    assert 10 <= len(first) < 40
    with Store(db) as st:
        stored = st.conn.execute("SELECT COUNT(*) FROM generations WHERE error IS NULL").fetchone()[0]
    assert stored >= len(first) - 1  # at most the in-flight one is lost
    p = run_cli("run", "--dataset", f"jsonl:path={ds}", "--generator", f"sleepy:delay=0.05,calls={calls}",
                "--scorer", "length", "--db", str(db), "--name", "k", site=plugin_site,
                env={"EMPATHY_LOAD_PLUGINS": "testgens"}, check=True)
    all_calls = calls.read_text().split()
    assert sorted(set(all_calls)) == sorted(f"s{i}" for i in range(40))
    assert len(all_calls) - len(set(all_calls)) <= 1  # only a generation in flight at the kill may repeat
    assert "40 samples" in p.stdout
    rep = json.loads(run_cli("report", "k", "--db", str(db), "--format", "json", check=True).stdout)
    assert rep["run"]["status"] == "complete" and all(s["response"] for s in rep["samples"])


def test_same_name_retries_only_failures(tmp_path, plugin_site):
    ds, db = _dataset(tmp_path, 6), tmp_path / "f.sqlite"
    calls, state = tmp_path / "calls.txt", tmp_path / "state.txt"
    spec = f"flaky:fail=s1+s4,state={state},calls={calls}"
    env = {"EMPATHY_LOAD_PLUGINS": "testgens"}
    p = run_cli("run", "--dataset", f"jsonl:path={ds}", "--generator", spec, "--db", str(db), "--name", "f",
                site=plugin_site, env=env)
    assert p.returncode == 1 and "2 failed generation(s)" in p.stdout
    assert "2 of 6 generation(s) failed. Re-run with --name f to retry only those" in p.stderr
    rep = json.loads(run_cli("report", "f", "--db", str(db), "--format", "json", check=True).stdout)
    errs = {s["id"]: s["error"] for s in rep["samples"] if s["error"]}
    assert set(errs) == {"s1", "s4"} and "injected failure" in errs["s1"]
    assert rep["run"]["status"] == "complete_with_errors"
    calls.write_text("")
    run_cli("run", "--dataset", f"jsonl:path={ds}", "--generator", spec, "--db", str(db), "--name", "f",
            site=plugin_site, env=env, check=True)
    assert sorted(calls.read_text().split()) == ["s1", "s4"]
    rep = json.loads(run_cli("report", "f", "--db", str(db), "--format", "json", check=True).stdout)
    assert rep["run"]["status"] == "complete" and not any(s["error"] for s in rep["samples"])
