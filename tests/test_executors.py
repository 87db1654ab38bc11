"""--workers N: the same results as one process, in input order, streamed; a dead worker's
partitions are re-run (nothing lost, nothing twice)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from empathy_testutil import run_cli, write_jsonl
from executor_helpers import DieOnceScorer, SlowScorer

from empathy_core.errors import EmpathyError
from empathy_core.executors import ParallelScoring, item_record, score_all_parallel
from empathy_core.models import Sample, ScoreInput
from empathy_core.plugins import get_registry
from empathy_core.runner import score_all, score_records
from empathy_core.store import Store

TEXTS = ["I care about you, but I'm an AI.", "Je ne peux pas t'aimer comme un humain.", "oh no! what happened?",
         "Ich bin eine KI und kann keine Beziehung eingehen.", "That sounds hard. I'm here to listen.", "ok"]


def corpus(n: int) -> list[ScoreInput]:
    langs = ["en", "fr", "en", "de", "en", None]
    return [ScoreInput(Sample.from_prompt(str(i), "I love you", language=langs[i % 6],
                                          references=(TEXTS[(i + 1) % 6],) if i % 3 else ()),
                       TEXTS[i % 6] + (" really" * (i % 4))) for i in range(n)]


SCORERS = ["length", "distinct", "bleu"]


def test_pool_equals_single_process_in_order() -> None:
    items = corpus(53)
    per1, agg1, sk1 = score_all([get_registry().create("scorers", s) for s in SCORERS], items)
    ps = ParallelScoring(SCORERS, workers=2, chunk_size=5, has_references=True)
    out = list(ps.run((it.sample.id, it) for it in items))
    assert [k for k, _, _ in out] == [it.sample.id for it in items]  # input order
    for name in SCORERS:
        assert [d[name] for _, _, d in out] == per1[name]
    assert ps.aggregates == agg1 and ps.skipped == sk1 == {}
    # 11 partitions, each scored in a worker process, never in this one; which of the two workers
    # takes which partition is up to the pool (on a loaded machine the first worker up may take them all)
    assert ps.n == 53 and len(ps.pids) == 11 and os.getpid() not in ps.pids and 1 <= len(set(ps.pids)) <= 2


def test_score_all_parallel_matches_score_records_records() -> None:
    items = corpus(20)
    per, aggs, _ = score_all_parallel(SCORERS, items, workers=2, chunk_size=3)
    summ = score_records([(it.sample, it.response) for it in items], SCORERS)
    assert [item_record(it.sample, {n: per[n][i] for n in per}) for i, it in enumerate(items)] == summ.results
    assert {k: v for a in aggs.values() for k, v in a.items()} == summ.aggregates


def test_needs_reference_skipped_like_single_process() -> None:
    items = [ScoreInput(Sample.from_prompt("1", "p"), "x")]
    per, aggs, skipped = score_all_parallel(["bleu", "length"], items, workers=1)
    assert skipped == {"bleu": "needs references and no sample has one"}
    assert set(per) == {"length"}


def test_killed_worker_partition_is_rerun(tmp_path) -> None:
    items = corpus(40)
    items[17] = ScoreInput(items[17].sample, "DIE")
    marker = tmp_path / "died"
    ps = ParallelScoring([DieOnceScorer(marker=str(marker)), SlowScorer(delay=0.02)], workers=2, chunk_size=4)
    out = list(ps.run((it.sample.id, it) for it in items))
    assert marker.exists()  # a worker really died (SIGKILL) on partition 4
    assert [k for k, _, _ in out] == [str(i) for i in range(40)]  # each once, in order
    assert [d["dieonce"].scores["dieonce.chars"] for _, _, d in out] == [float(len(it.response)) for it in items]
    assert ps.aggregates["slow"]["slow.chars"] == sum(len(it.response) for it in items) / 40


def test_partition_submitted_to_a_pool_broken_since_the_last_result_is_rerun(tmp_path) -> None:
    """A worker that dies between two results breaks the pool before the next partition is
    submitted (the race behind a flaky CI run of the test above): that partition is re-run on the
    new pool with the ones in flight, not an error."""
    from concurrent.futures.process import BrokenProcessPool

    from empathy_core.executors import _Pool, _Resubmit
    from empathy_core.mergeable import pack_item

    scorer = DieOnceScorer(marker=str(tmp_path / "died"))
    pool = _Pool([scorer], [scorer], workers=1)
    try:
        die = [pack_item(ScoreInput(Sample.from_prompt("d", "hi"), "DIE"))]
        dead = pool.submit(die)
        assert isinstance(dead.exception(timeout=120), BrokenProcessPool)  # the worker is gone: the pool is broken
        ok = [pack_item(it) for it in corpus(3)]
        handle = pool.submit(ok)  # before the fix: BrokenProcessPool raised here
        with pytest.raises(_Resubmit) as again:
            pool.result(handle, ok)
        per_item, _states, pid, failed, _boots = pool.result(again.value.handle, ok)
        assert not failed and pid != os.getpid()
        assert [d["dieonce"][0]["dieonce.chars"] for d in per_item] == [float(len(it.response)) for it in corpus(3)]
    finally:
        pool.close()


def test_bad_options() -> None:
    with pytest.raises(EmpathyError, match="--workers"):
        ParallelScoring(["length"], workers=0)
    with pytest.raises(EmpathyError, match="--executor"):
        ParallelScoring(["length"], executor="dask")


def _rows(n: int) -> list[dict]:
    return [{"id": f"r{i}", "prompt": "I love you", "language": ["en", "fr", "de", "ms"][i % 4],
             "response": TEXTS[i % 6] + " x" * (i % 5), "reference": TEXTS[(i + 2) % 6], "meta": {"k": i}}
            for i in range(n)]


def test_cli_workers_output_byte_identical(tmp_path) -> None:
    pytest.importorskip("empathy_boundary")
    inp = write_jsonl(tmp_path / "in.jsonl", _rows(45))
    outs = {}
    for w in (1, 2):
        p = run_cli("score", "--input", str(inp), "--scorer", "boundary", "--scorer", "length", "--scorer", "bleu",
                    "--scorer", "distinct", "--output", str(tmp_path / f"o{w}.jsonl"), "--summary",
                    str(tmp_path / f"s{w}.json"), "--workers", str(w), "--chunk-size", "8", check=True, timeout=300)
        outs[w] = p.stdout
    assert (tmp_path / "o1.jsonl").read_bytes() == (tmp_path / "o2.jsonl").read_bytes()
    assert (tmp_path / "s1.json").read_bytes() == (tmp_path / "s2.json").read_bytes()
    assert outs[1] == outs[2]
    lines = (tmp_path / "o1.jsonl").read_text().splitlines()
    assert [json.loads(x)["id"] for x in lines] == [f"r{i}" for i in range(45)]
    assert json.loads(lines[3])["scores"]["length.characters"] == float(len(TEXTS[3] + " x" * 3))
    summ = json.loads((tmp_path / "s1.json").read_text())
    assert summ["n"] == 45 and "boundary.score" in summ and "bleu.bleu_4" in summ


def test_cli_workers_bad_value(tmp_path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", _rows(2))
    p = run_cli("score", "--input", str(inp), "--scorer", "length", "--workers", "0")
    assert p.returncode == 2 and "--workers" in p.stderr and "Traceback" not in p.stderr


def test_import_and_help_do_not_load_ray() -> None:
    code = ("import sys, empathy_core, empathy_core.executors, empathy_core.mergeable\n"
            "from empathy_core.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "try:\n    main(['score', '--help'])\nexcept SystemExit:\n    pass\n"
            "print('LOADED', sorted(m for m in ('ray', 'torch', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "LOADED []", out.stdout + out.stderr


def test_run_workers_stores_the_same_scores(tmp_path) -> None:
    from empathy_core.store import Store

    rows = _rows(12)
    replay = write_jsonl(tmp_path / "replay.jsonl", rows)
    data = write_jsonl(tmp_path / "data.jsonl", [{k: r[k] for k in ("id", "prompt", "language", "reference")}
                                                 for r in rows])
    db = tmp_path / "runs.sqlite"
    p = run_cli("run", "--dataset", f"jsonl:path={data}", "--generator", f"replay:path={replay}", "--scorer", "length",
                "--scorer", "bleu", "--db", str(db), "--name", "w2", "--workers", "2", check=True, timeout=300)
    assert "12 samples" in p.stdout
    from empathy_core.runner import evaluate

    one = evaluate(f"jsonl:path={data}", f"replay:path={replay}", ["length", "bleu"], db=db, name="w1")
    with Store(db) as st:
        w2 = st.find_run("w2")["id"]
        assert st.scores(w2) == st.scores(one.run_id)
        assert st.aggregates(w2) == st.aggregates(one.run_id)
        assert len(st.scores(w2)["length"]) == 12


# -- a scorer that fails on workers: isolated, reported, retried from the score cache ------------

TG = {"EMPATHY_LOAD_PLUGINS": "testgens"}


def test_failed_scorer_on_workers_run_and_score(tmp_path, plugin_site) -> None:
    ds = write_jsonl(tmp_path / "d.jsonl", [{"id": f"s{i}", "prompt": f"hello {i}", "language": "en"}
                                            for i in range(6)])
    write_jsonl(tmp_path / "r.jsonl", [{"id": f"s{i}", "response": "a reply"} for i in range(6)])
    db, calls, state = tmp_path / "x.sqlite", tmp_path / "calls.txt", tmp_path / "state.txt"
    env = {**TG, "BOOM_API_KEY": "sk-boom-secret-42"}
    args = ["run", "--dataset", f"jsonl:path={ds}", "--generator", f"replay:path={tmp_path / 'r.jsonl'}",
            "--scorer", "length", "--scorer", f"boom:fail=s3,state={state},calls={calls}", "--db", str(db),
            "--name", "b", "--workers", "2"]
    p = run_cli(*args, site=plugin_site, env=env, timeout=300)
    assert p.returncode == 1, p.stderr
    assert "1 scorer(s) failed (boom)" in p.stderr and "sk-boom-secret-42" not in p.stderr + p.stdout
    with Store(db) as st:
        run = st.find_run("b")
        assert len(st.scores(run["id"])["length"]) == 6 and "boom" not in st.scores(run["id"])
    # re-run: length comes from the score cache (written by the driver), boom is scored again
    p = run_cli(*args, site=plugin_site, env=env, timeout=300)
    assert p.returncode == 0, p.stderr
    with Store(db) as st:
        sc = st.scores(st.find_run("b")["id"])
        assert [sc["boom"][f"s{i}"].scores["boom.len"] for i in range(6)] == [7.0] * 6
    # empathy score --workers 2: the others' results are written, exit 1, the failure in the summary
    inp = write_jsonl(tmp_path / "in.jsonl", [{"id": f"s{i}", "prompt": "p", "response": "x" * i} for i in range(6)])
    p = run_cli("score", "--input", str(inp), "--scorer", "length", "--scorer", "boom:fail=s1", "--workers", "2",
                "--chunk-size", "2", "--output", str(tmp_path / "o.jsonl"), "--summary", str(tmp_path / "s.json"),
                site=plugin_site, env=env, timeout=300)
    assert p.returncode == 1, p.stderr
    assert "scorer boom FAILED: RuntimeError: boom on s1 with key ***" in p.stderr
    out = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert [r["scores"]["length.characters"] for r in out] == [float(i) for i in range(6)]
    assert all("boom.len" not in r["scores"] for r in out[:2])  # the failing partition carries no boom scores
    summ = json.loads((tmp_path / "s.json").read_text())
    assert summ["failed_scorers"] == {"boom": "RuntimeError: boom on s1 with key ***"}
    assert "boom.len" not in summ and summ["length.characters"] == 2.5
