"""--executor ray on one module-scoped local cluster (num_cpus=2): the same results as one process,
a killed actor's partitions retried on its restarted process, RAY_ADDRESS followed by the CLI."""

from __future__ import annotations

import json
import os
import signal

import pytest

ray = pytest.importorskip("ray")

import executor_helpers  # noqa: E402
from empathy_testutil import run_cli, write_jsonl  # noqa: E402
from executor_helpers import SlowScorer  # noqa: E402

from empathy_core.executors import ParallelScoring  # noqa: E402
from empathy_core.models import Sample, ScoreInput  # noqa: E402
from empathy_core.runner import evaluate  # noqa: E402
from empathy_core.store import Store  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    ray.cloudpickle.register_pickle_by_value(executor_helpers)  # the test scorers travel by value
    ctx = ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ctx
    ray.shutdown()


def items(n: int) -> list[ScoreInput]:
    langs = ["en", "fr", "de", None]
    return [ScoreInput(Sample.from_prompt(str(i), "I love you", language=langs[i % 4]),
                       "I care about you, but I'm an AI." * (1 + i % 3)) for i in range(n)]


def test_ray_equals_single_process(cluster) -> None:  # type: ignore[no-untyped-def]
    its = items(30)
    one = ParallelScoring(["length", "distinct", "boundary"], workers=1, chunk_size=4)
    ref = list(one.run((it.sample.id, it) for it in its))
    rs = ParallelScoring(["length", "distinct", "boundary"], workers=2, executor="ray", chunk_size=4)
    got = list(rs.run((it.sample.id, it) for it in its))
    assert got == ref
    assert rs.aggregates == one.aggregates and rs.notes == one.notes
    assert os.getpid() not in rs.pids and len(set(rs.pids)) == 2  # two actor processes


def test_killed_actor_partitions_retried(cluster) -> None:  # type: ignore[no-untyped-def]
    its = items(24)
    ps = ParallelScoring([SlowScorer(delay=0.3)], workers=2, executor="ray", chunk_size=2)
    gen = ps.run((it.sample.id, it) for it in its)
    first = next(gen)  # partition 0 is back; partitions 1-3 are in flight, two of them on actor 0
    victim = ps.pids[0]
    os.kill(victim, signal.SIGKILL)
    rest = list(gen)
    keys = [first[0]] + [k for k, _, _ in rest]
    assert keys == [str(i) for i in range(24)]  # nothing lost, nothing twice, in order
    assert [d["slow"].scores["slow.chars"] for _, _, d in [first, *rest]] == [float(len(it.response)) for it in its]
    assert victim not in ps.pids[2:] and len(set(ps.pids)) == 3  # the restarted actor is a new process


def test_run_on_ray_driver_writes_store(cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [{"id": str(i), "prompt": "I love you", "language": "en", "response": "I'm an AI, I can't love you."}
            for i in range(6)]
    replay = write_jsonl(tmp_path / "replay.jsonl", rows)
    data = write_jsonl(tmp_path / "data.jsonl", [{k: r[k] for k in ("id", "prompt", "language")} for r in rows])
    db = tmp_path / "runs.sqlite"
    a = evaluate(f"jsonl:path={data}", f"replay:path={replay}", ["length", "boundary"], db=db, name="a")
    b = evaluate(f"jsonl:path={data}", f"replay:path={replay}", ["length", "boundary"], db=db, name="b",
                 workers=2, executor="ray")
    assert a.aggregates == b.aggregates
    with Store(db) as st:
        n = st.conn.execute("SELECT COUNT(*) FROM scores WHERE run_id = ?", (b.run_id,)).fetchone()[0]
    assert n == 12  # 6 responses x 2 scorers, once each


def test_cli_follows_ray_address(cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [{"id": i, "prompt": "hi", "language": "en", "response": "word " * i} for i in range(10)]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    env = {"RAY_ADDRESS": cluster.address_info["gcs_address"]}
    p = run_cli("score", "--input", str(inp), "--scorer", "length", "--executor", "ray", "--workers", "2",
                "--chunk-size", "3", "--output", str(tmp_path / "o.jsonl"), env=env, check=True, timeout=300)
    out = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert [r["scores"]["length.words"] for r in out] == [float(i) for i in range(10)]
    assert "length.words" in p.stdout


def test_unreachable_ray_address_is_one_line_error(tmp_path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "prompt": "hi", "response": "a b"}])
    p = run_cli("score", "--input", str(inp), "--scorer", "length", "--executor", "ray",
                env={"RAY_ADDRESS": "127.0.0.1:9"}, timeout=300)
    assert p.returncode == 2, p.stderr
    assert "error: --executor ray: cannot connect to the Ray cluster at RAY_ADDRESS=127.0.0.1:9" in p.stderr
    assert "Traceback" not in p.stderr


def test_more_workers_than_local_cpus_is_capped_not_hung(cluster) -> None:  # type: ignore[no-untyped-def]
    its = items(12)
    ps = ParallelScoring(["length"], workers=5, executor="ray", chunk_size=2)
    out = list(ps.run((it.sample.id, it) for it in its))
    assert [k for k, _, _ in out] == [str(i) for i in range(12)]
    assert len(set(ps.pids)) == 2  # two actors: the local cluster has two CPUs


def test_run_on_ray_with_a_dying_actor_stores_everything_once(cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from executor_helpers import DieOnceScorer

    rows = [{"id": str(i), "prompt": "hi", "language": "en", "response": "DIE" if i == 9 else "x" * i}
            for i in range(16)]
    replay = write_jsonl(tmp_path / "replay.jsonl", rows)
    data = write_jsonl(tmp_path / "data.jsonl", [{k: r[k] for k in ("id", "prompt", "language")} for r in rows])
    db, marker = tmp_path / "runs.sqlite", tmp_path / "died"
    res = evaluate(f"jsonl:path={data}", f"replay:path={replay}", [DieOnceScorer(marker=str(marker)), "length"],
                   db=db, name="d", workers=2, executor="ray")
    assert marker.exists()  # an actor process really died on the partition holding "DIE"
    assert res.ok and res.aggregates["dieonce.chars"] == sum(len(r["response"]) for r in rows) / 16
    with Store(db) as st:
        got = st.scores(res.run_id)["dieonce"]
        assert sorted(got, key=int) == [str(i) for i in range(16)]
        assert got["9"].scores["dieonce.chars"] == 3.0
        n = st.conn.execute("SELECT COUNT(*) FROM score_cache").fetchone()[0]
    assert n == 32  # 16 responses x 2 scorers in the score cache, once each
    again = evaluate(f"jsonl:path={data}", f"replay:path={replay}", [DieOnceScorer(marker=str(marker)), "length"],
                     db=db, name="d", workers=2, executor="ray")
    assert again.n_scores_cached == {"dieonce": 16, "length": 16}  # resume: the same cache keys
    single = evaluate(f"jsonl:path={data}", f"replay:path={replay}", [DieOnceScorer(marker=str(marker)), "length"],
                      db=db, name="d")
    assert single.n_scores_cached == {"dieonce": 16, "length": 16}  # one process reads what Ray wrote


def _dataset(n: int) -> list[Sample]:
    return [Sample.from_prompt(str(i), f"prompt {i}", language="en") for i in range(n)]


def test_local_model_generator_on_ray_actors_cpu_fallback(cluster, tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    from executor_helpers import EchoModelGenerator

    db = tmp_path / "g.sqlite"
    with caplog.at_level("WARNING", logger="empathy_core"):
        res = evaluate(_dataset(10), EchoModelGenerator(), ["length"], db=db, name="g", workers=2,
                       executor="ray", bootstrap=0)
    # the local cluster has no GPU: one clear warning, actors with num_gpus=0 running device=cpu
    assert any("asks for a GPU but the Ray cluster has none" in r.getMessage() and "num_gpus=0" in r.getMessage()
               for r in caplog.records)
    assert res.n_generated == 10 and res.n_errors == 0
    with Store(db) as st:
        rows = st.conn.execute("SELECT text, meta FROM generations ORDER BY CAST(sample_id AS INTEGER)").fetchall()
    assert [r["text"] for r in rows] == [f"prompt {i} [cpu]" for i in range(10)]
    pids = {json.loads(r["meta"])["pid"] for r in rows}
    assert os.getpid() not in pids and 1 <= len(pids) <= 2  # generated on the actors, not in the driver
    # resume: nothing generated twice
    again = evaluate(_dataset(10), EchoModelGenerator(), ["length"], db=db, name="g", workers=2, executor="ray",
                     bootstrap=0)
    assert again.n_cached == 10 and again.n_generated == 0


def test_failing_batch_on_ray_recorded_per_sample(cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from executor_helpers import EchoModelGenerator

    res = evaluate(_dataset(7), EchoModelGenerator(device="cpu", fail_on="4"), [], db=tmp_path / "f.sqlite",
                   name="f", workers=2, executor="ray", bootstrap=0)
    # batches of 3: samples 3, 4, 5 share the failing batch; the others are generated
    assert res.n_errors == 3 and res.n_generated == 4
    with Store(tmp_path / "f.sqlite") as st:
        errs = {r["sample_id"]: r["error"] for r in st.conn.execute("SELECT sample_id, error FROM generations")}
    assert {k for k, v in errs.items() if v} == {"3", "4", "5"}
    assert errs["4"] == "RuntimeError: model crashed on 4"


def test_remote_generators_stay_in_the_driver(cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from executor_helpers import AsyncEchoGenerator

    db = tmp_path / "a.sqlite"
    evaluate(_dataset(4), AsyncEchoGenerator(), [], db=db, name="a", workers=2, executor="ray", bootstrap=0)
    with Store(db) as st:
        pids = {json.loads(r["meta"])["pid"] for r in st.conn.execute("SELECT meta FROM generations")}
    assert pids == {os.getpid()}


@pytest.fixture
def one_cpu_taken(cluster, monkeypatch):  # type: ignore[no-untyped-def]
    """One of the cluster's two CPUs held by another actor for the whole test; runs wait 2 s (not
    60) for all their actors before going on with those Ray could place."""
    from executor_helpers import Blocker

    from empathy_core import executors

    monkeypatch.setattr(executors, "RAY_START_WAIT_S", 2.0)
    blocker = ray.remote(num_cpus=1)(Blocker).remote()
    ray.get(blocker.ping.remote())
    yield blocker
    ray.kill(blocker)
    ray.get(ray.remote(num_cpus=2)(lambda: 0).remote())  # both CPUs free again for the next test


def _within(seconds: float, fn):  # type: ignore[no-untyped-def]
    """fn() in a thread: a hang fails the test instead of stalling the suite."""
    import concurrent.futures

    pool = concurrent.futures.ThreadPoolExecutor(1)
    try:
        return pool.submit(fn).result(timeout=seconds)
    finally:
        pool.shutdown(wait=False)


def test_scoring_goes_on_with_the_actors_ray_could_place(one_cpu_taken, caplog) -> None:  # type: ignore[no-untyped-def]
    its = items(12)
    ref = list(ParallelScoring(["length"], chunk_size=2).run((it.sample.id, it) for it in its))
    ps = ParallelScoring(["length"], workers=2, executor="ray", chunk_size=2)
    with caplog.at_level("WARNING", logger="empathy_core"):
        out = _within(120, lambda: list(ps.run((it.sample.id, it) for it in its)))
    assert out == ref  # everything, in order, once
    assert len(set(ps.pids)) == 1  # the second actor never started: its share went to the first
    assert any("1 of the 2 Ray actors for scorers started within 2 s" in r.getMessage() for r in caplog.records)


def test_generation_goes_on_with_the_actors_ray_could_place(one_cpu_taken, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from executor_helpers import EchoModelGenerator

    db = tmp_path / "p.sqlite"
    res = _within(120, lambda: evaluate(_dataset(7), EchoModelGenerator(device="cpu"), [], db=db, name="p",
                                        workers=2, executor="ray", bootstrap=0))
    assert res.n_generated == 7 and res.n_errors == 0
    with Store(db) as st:
        rows = st.conn.execute("SELECT text, meta FROM generations ORDER BY CAST(sample_id AS INTEGER)").fetchall()
    assert [r["text"] for r in rows] == [f"prompt {i} [cpu]" for i in range(7)]
    assert len({json.loads(r["meta"])["pid"] for r in rows}) == 1


def test_generator_actor_that_cannot_start_is_one_clear_error(cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from executor_helpers import EchoModelGenerator

    from empathy_core.errors import EmpathyError

    with pytest.raises(EmpathyError) as e:
        evaluate(_dataset(4), EchoModelGenerator(device="cpu", driver_only=True), [], db=tmp_path / "n.sqlite",
                 name="n", workers=2, executor="ray", bootstrap=0)
    assert str(e.value).startswith("generator 'echomodel' on Ray: an actor did not start: ")
    assert "cannot run on this Ray worker: no model weights on this machine" in str(e.value)
    assert "Traceback" not in str(e.value)


def test_an_actor_placed_late_joins_the_run(one_cpu_taken) -> None:  # type: ignore[no-untyped-def]
    """The second actor cannot start while another job holds its CPU; once that job ends, Ray places
    it and it takes batches from then on."""
    from executor_helpers import EchoModelGenerator

    from empathy_core.executors import ray_generate

    gen = EchoModelGenerator(device="cpu", delay=1.0)
    out = ray_generate(gen, gen, _dataset(30), workers=2)  # 10 batches of 3, a second each
    first = next(out)
    ray.kill(one_cpu_taken)  # the other job ends: its CPU is free
    rest = _within(120, lambda: list(out))
    batches = [first, *rest]
    assert sorted(i for idx, _, _, _ in batches for i in idx) == list(range(30))
    pids = [pid for _, _, _, pid in batches]
    assert len(set(pids)) == 2, pids  # the late actor took batches too


def test_scorer_actor_that_cannot_start_is_one_clear_error(cluster) -> None:  # type: ignore[no-untyped-def]
    """A scorer known to the driver but not on the workers (registered in this process only): the
    actors' constructors raise, and the run stops with one error naming the cause."""
    from executor_helpers import SlowScorer

    from empathy_core import hookimpl
    from empathy_core.errors import EmpathyError
    from empathy_core.plugins import get_registry, reset_registry

    class DriverOnly:
        @hookimpl
        def register_scorers(self, register):  # type: ignore[no-untyped-def]
            register("driveronly", SlowScorer)

    reg = get_registry()
    plugin = DriverOnly()
    reg.add_plugin(plugin, "test-driver-only")
    plugin.register_scorers(register=reg._make_register("scorers", "test-driver-only"))  # as collect() does
    try:
        assert reg.create("scorers", "driveronly") is not None  # the driver knows it
        ps = ParallelScoring(["driveronly"], workers=2, executor="ray", chunk_size=2)
        with pytest.raises(EmpathyError) as e:
            _within(120, lambda: list(ps.run((it.sample.id, it) for it in items(4))))
    finally:
        reset_registry()  # the next get_registry() is built from the installed plugins again
    assert str(e.value).startswith("scorers on Ray: an actor did not start: ")
    assert "driveronly" in str(e.value) and "Traceback" not in str(e.value)
