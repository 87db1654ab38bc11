"""Issue 16: ``evaluate`` and its resume loop in-process with known values (mutation testing sees
in-process tests only; docs/results/mutation.md): spec strings for the dataset and the generator as
the CLI passes them, the run record, generator options and checks, defaults, and resume (exactly the
missing keys generated, failures retried, counts and status)."""

import json
import logging
from typing import ClassVar

import attrs
import pytest

from empathy_core import Generation, Generator, ItemScore, Sample, Scorer, evaluate
from empathy_core.errors import ComponentError, EmpathyError
from empathy_core.plugins import get_registry
from empathy_core.store import Store, content_key

# `.ci/mutation resume` runs only the tests marked resume_fast (in-process, each well under a second)
pytestmark = pytest.mark.resume_fast


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path):
    data = _write(tmp_path / "d.jsonl", [{"id": f"s{i}", "prompt": f"hello {i}", "language": "en"} for i in range(5)])
    # s4 has no saved response: a failed generation
    replies = _write(tmp_path / "r.jsonl", [{"id": f"s{i}", "response": "w " * (i + 1)} for i in range(4)])
    return data, replies


def test_evaluate_from_spec_strings_records_the_run(tmp_path, files):
    data, replies = files
    db = tmp_path / "e.sqlite"
    ds_spec, gen_spec = f"jsonl:path={data}", f"replay:path={replies}"
    res = evaluate(ds_spec, gen_spec, ["length"], db=db, name="spec", bootstrap=0)
    assert (res.n_samples, res.n_cached, res.n_generated, res.n_errors) == (5, 0, 4, 1)
    assert res.aggregates == {"length.words": 2.5, "length.characters": 5.0}
    gen_sig = get_registry().create("generators", gen_spec).signature()
    ds_sig = get_registry().create("datasets", ds_spec).signature()
    assert res.signatures["generator"] == gen_sig
    with Store(db) as st:
        run = st.get_run("spec")
        assert (run["dataset"], run["generator"]) == (ds_spec, gen_spec)
        assert (run["dataset_signature"], run["generator_signature"]) == (ds_sig, gen_sig)
        assert run["options"] == {"limit": None, "concurrency": 1}
        assert run["status"] == "complete_with_errors" and run["finished_at"]
        assert [s.id for s, _ in st.run_samples(run["id"])] == [f"s{i}" for i in range(5)]
    # a limit on a dataset spec: the first samples, the dataset's own signature
    lim = evaluate(ds_spec, gen_spec, ["length"], db=db, name="lim", limit=2, bootstrap=0)
    assert (lim.n_samples, lim.n_cached, lim.n_generated, lim.n_errors) == (2, 2, 0, 0)
    with Store(db) as st:
        run = st.get_run("lim")
        assert run["dataset_signature"] == ds_sig and run["options"] == {"limit": 2, "concurrency": 1}
        assert [s.id for s, _ in st.run_samples(run["id"])] == ["s0", "s1"]
        assert run["status"] == "complete"


def test_samples_without_a_dataset_spec_and_an_empty_dataset(tmp_path, files):
    _, replies = files
    db = tmp_path / "e.sqlite"
    samples = [Sample.from_prompt(f"s{i}", "p", language="en") for i in range(3)]
    res = evaluate(iter(samples), f"replay:path={replies}", [], db=db, name="it", bootstrap=0)
    with Store(db) as st:
        run = st.get_run("it")
    assert (run["dataset"], run["dataset_signature"]) == ("samples", "samples:3")
    assert res.n_samples == 3 and res.aggregates == {}
    with pytest.raises(EmpathyError, match=r"^dataset 'samples' has no samples$"):
        evaluate([], f"replay:path={replies}", [], db=db)
    empty = _write(tmp_path / "empty.jsonl", [])
    with pytest.raises(EmpathyError, match=r"^dataset 'jsonl:path=.*empty\.jsonl' has no samples$"):
        evaluate(f"jsonl:path={empty}", f"replay:path={replies}", [], db=db)


@attrs.define
class Conc(Generator):
    name: ClassVar[str] = "conc"
    version: ClassVar[str] = "1"
    concurrency: int = 1
    why: str | None = None
    stop_after: int = -1
    calls: list = attrs.field(factory=list)
    failed: set = attrs.field(factory=set)  # s1 fails the first time it is generated

    def options(self):
        return {}

    def max_concurrency(self):
        return self.concurrency

    def unavailable(self):
        return self.why

    def generate_one(self, sample):
        if 0 <= self.stop_after <= len(self.calls):
            raise KeyboardInterrupt
        self.calls.append(sample.id)
        if sample.id == "s1" and "s1" not in self.failed:
            self.failed.add("s1")
            raise RuntimeError("first try fails")
        return Generation(sample.id, f"reply {sample.id}")


@attrs.define
class NoConc(Generator):
    name: ClassVar[str] = "noconc"
    version: ClassVar[str] = "1"

    def options(self):
        return {}

    def generate_one(self, sample):
        return Generation(sample.id, "x")


@attrs.define
class Words(Generator):
    """Replies of 1, 2, 3, ... words: lengths vary, so bootstrap intervals depend on the draws."""

    name: ClassVar[str] = "words"
    version: ClassVar[str] = "1"

    def options(self):
        return {}

    def generate_one(self, sample):
        return Generation(sample.id, " ".join(["w"] * (int(sample.id[1:]) + 1)))


def _samples(n):
    return [Sample.from_prompt(f"s{i}", f"p{i}", language="en") for i in range(n)]


def test_concurrency_option_and_unavailable_generator(tmp_path):
    db = tmp_path / "c.sqlite"
    gen = Conc()
    res = evaluate(_samples(4), gen, [], db=db, name="c", concurrency=3, bootstrap=0)
    assert gen.concurrency == 3 and res.n_errors == 1
    with Store(db) as st:
        assert st.get_run("c")["options"] == {"limit": None, "concurrency": 3}
    with pytest.raises(ComponentError) as e:
        evaluate(_samples(1), NoConc(), [], db=db, concurrency=2)
    assert str(e.value) == "generator 'noconc' has no concurrency option"
    with pytest.raises(EmpathyError) as e:
        evaluate(_samples(1), Conc(why="no model here"), [], db=tmp_path / "never.sqlite")
    assert str(e.value) == "generator 'conc' cannot run here: no model here"
    assert not (tmp_path / "never.sqlite").exists()  # refused before the store is opened


def test_resume_generates_exactly_the_missing_keys_and_retries_failures(tmp_path, caplog):
    db = tmp_path / "r.sqlite"
    samples = _samples(6)
    gen = Conc(stop_after=4)  # interrupted when it would generate s4
    with caplog.at_level(logging.INFO, logger="empathy_core"), pytest.raises(KeyboardInterrupt):
        evaluate(samples, gen, ["length"], db=db, name="r", bootstrap=0)
    assert gen.calls == ["s0", "s1", "s2", "s3"]
    assert [r.getMessage() for r in caplog.records if r.levelname == "WARNING"] == [
        "generation failed for sample s1: RuntimeError: first try fails"]
    assert not any("resuming run" in r.getMessage() for r in caplog.records)
    keys = [content_key(s) for s in samples]
    with Store(db) as st:
        run = st.get_run("r")
        rid = run["id"]
        # written as interrupted (not only shown so because no live lease holds it)
        assert run["status"] == "interrupted" and "stored_status" not in run and run["finished_at"] is None
        assert st.finished_keys(gen.signature(), keys) == {keys[0], keys[2], keys[3]}
        assert st.scores(rid) == {}
    # resumed: the failure and the keys never reached, in sample order
    caplog.clear()
    gen.calls.clear()
    gen.stop_after = -1
    with caplog.at_level(logging.INFO, logger="empathy_core"):
        again = evaluate(samples, gen, ["length"], db=db, name="r", bootstrap=0)
    assert gen.calls == ["s1", "s4", "s5"]
    assert f"resuming run r ({rid})" in [r.getMessage() for r in caplog.records]
    assert again.run_id == rid and again.name == "r" and again.db == str(db)
    assert (again.n_samples, again.n_cached, again.n_generated, again.n_errors) == (6, 3, 3, 0)
    assert again.aggregates == {"length.words": 2.0, "length.characters": 8.0}
    assert again.n_scores_cached == {"length": 0} and again.failed_scorers == {} and again.skipped_scorers == {}
    with Store(db) as st:
        run = st.get_run("r")
        assert run["status"] == "complete" and run["finished_at"]
        assert sorted(st.scores(rid)["length"]) == [f"s{i}" for i in range(6)]
        assert st.aggregates(rid) == {"length": {"length.words": 2.0, "length.characters": 8.0}}
        g = st.generations(gen.signature(), [keys[1]])[keys[1]]
        assert (g.text, g.error, g.sample_id) == ("reply s1", None, "s1")
    # nothing left to do: no call, every generation and score cached
    gen.calls.clear()
    done = evaluate(samples, gen, ["length"], db=db, name="r", bootstrap=0)
    assert gen.calls == [] and (done.n_cached, done.n_generated, done.n_errors) == (6, 0, 0)
    assert done.n_scores_cached == {"length": 6}


def test_defaults_no_progress_bars_and_1000_replicates_seed_0(tmp_path, capsys):
    db = tmp_path / "d.sqlite"
    res = evaluate(_samples(31), Words(), ["length"], db=db)
    assert capsys.readouterr().err == ""
    same = evaluate(_samples(31), Words(), ["length"], db=db, bootstrap=1000, seed=0)
    assert res.intervals == same.intervals and set(res.intervals) == {"length.words", "length.characters"}
    # the test can tell: another seed or one more replicate gives other bounds on these 31 responses
    assert evaluate(_samples(31), Words(), ["length"], db=db, bootstrap=1000, seed=1).intervals != res.intervals
    assert evaluate(_samples(31), Words(), ["length"], db=db, bootstrap=1001, seed=0).intervals != res.intervals


def test_dataset_instance(tmp_path, files):
    from empathy_core.loaders.files import JsonlDataset

    data, replies = files
    db = tmp_path / "i.sqlite"
    ds = JsonlDataset(path=str(data))
    res = evaluate(ds, f"replay:path={replies}", [], db=db, name="inst", bootstrap=0)
    assert res.n_samples == 5
    with Store(db) as st:
        run = st.get_run("inst")
    assert run["dataset_signature"] == ds.signature() and run["dataset"].startswith("jsonl:")


@attrs.define
class Watcher(Generator):
    """Looks at the store from outside while it generates: run status, the run's lease."""

    name: ClassVar[str] = "watcher"
    version: ClassVar[str] = "1"
    db: str = ""
    seen: list = attrs.field(factory=list)

    def options(self):
        return {}

    def generate_one(self, sample):
        from empathy_core.errors import RunLockedError

        with Store(self.db) as st:
            run = st.get_run("latest")
            leases = [dict(r) for r in st.conn.execute("SELECT key, run_id FROM leases")]
            try:
                st.acquire_lease(f"id:{run['id']}")
                locked = None
            except RunLockedError as e:
                locked = str(e)
            self.seen.append((run["status"], leases, locked, run["id"]))
        meta = {"emotion": "joy"} if sample.id == "s0" else {}
        return Generation(sample.id, "" if sample.id == "s1" else "two words", meta=meta)


@attrs.define
class Seer(Scorer):
    """Records the run status, the responses and the generation meta it is given."""

    name: ClassVar[str] = "seer"
    db: str = ""
    seen: list = attrs.field(factory=list)

    def options(self):
        return {}

    def score(self, items):
        with Store(self.db) as st:
            status = st.get_run("latest")["status"]
        self.seen.append((status, [(it.sample.id, it.response, dict(it.meta)) for it in items]))
        return [ItemScore(scores={"seer.v": 1.0}) for _ in items]


def test_status_lease_and_what_scorers_see_during_a_run(tmp_path):
    db = str(tmp_path / "w.sqlite")
    gen, sc = Watcher(db=db), Seer(db=db)
    res = evaluate(_samples(2), gen, [sc, "length"], db=db, bootstrap=0)
    rid = res.run_id
    assert [x[3] for x in gen.seen] == [rid, rid]
    status, leases, locked, _ = gen.seen[0]
    assert status == "generating"
    assert leases == [{"key": f"id:{rid}", "run_id": rid}]  # an unnamed run is leased by its id
    assert locked is not None and locked.startswith(f"id:{rid} is being worked on by another process (")
    # the scorer runs after generation; an empty response stays empty, the generation meta is passed on
    assert sc.seen == [("scoring", [("s0", "two words", {"emotion": "joy"}), ("s1", "", {})])]
    assert res.aggregates["length.words"] == 1.0 and res.aggregates["length.characters"] == 4.5
    with Store(db) as st:
        assert st.get_run(rid)["status"] == "complete"
        assert list(st.conn.execute("SELECT key FROM leases")) == []  # released


def test_named_run_is_leased_by_name(tmp_path):
    db = str(tmp_path / "n.sqlite")
    gen = Watcher(db=db)
    res = evaluate(_samples(1), gen, [], db=db, name="nm", bootstrap=0)
    assert gen.seen[0][1] == [{"key": "name:nm", "run_id": res.run_id}]


@attrs.define
class Recorder(Scorer):
    """Counts the responses it scores in this process."""

    name: ClassVar[str] = "recorder"
    calls: list = attrs.field(factory=list)

    def options(self):
        return {}

    def score(self, items):
        self.calls.append(len(items))
        return [ItemScore(scores={"recorder.v": float(len(it.response))}) for it in items]


@pytest.mark.resume_slow  # spawns worker processes (seconds)
def test_workers_score_the_same_as_one_process(tmp_path):
    db = tmp_path / "p.sqlite"
    rec1, rec2 = Recorder(), Recorder()
    one = evaluate(_samples(6), Words(), ["length", "bleu", rec1], db=db, name="one", bootstrap=0)
    two = evaluate(_samples(6), Words(), ["length", "bleu", rec2], db=db, name="two", bootstrap=0, workers=2)
    assert two.aggregates == one.aggregates == {"length.words": 3.5, "length.characters": 6.0, "recorder.v": 6.0}
    assert two.skipped_scorers == {"bleu": "needs references and no sample has one"}
    # one process scores here; with workers the scorers run in the worker processes (the responses
    # this process has already scored come from the score cache)
    assert rec1.calls == [6] and rec2.calls == []
    assert two.n_scores_cached == {"length": 6, "bleu": 0, "recorder": 6}
    with Store(db) as st:
        assert st.scores(two.run_id) == st.scores(one.run_id) and len(st.scores(two.run_id)["length"]) == 6
    rec3 = Recorder()
    three = evaluate(_samples(7), Words(), [rec3], db=db, name="three", bootstrap=0, workers=2)
    assert rec3.calls == [] and three.n_scores_cached == {"recorder": 6}
    assert three.aggregates == {"recorder.v": 7.0}  # 1, 3, ..., 13 characters


@attrs.define
class Slow(Words):
    """Takes longer than tqdm's refresh interval (0.1 s) per response, so each step is drawn."""

    name: ClassVar[str] = "slow"

    def generate_one(self, sample):
        import time

        time.sleep(0.15)
        return super().generate_one(sample)


@pytest.mark.resume_slow
def test_progress_bars_when_asked(tmp_path, capsys):
    evaluate(_samples(3), Slow(), ["length"], db=tmp_path / "p.sqlite", bootstrap=0, progress=True)
    err = capsys.readouterr().err
    assert "generate slow:" in err and "\rscore:" in err  # the run's scorers share one streamed bar
    assert "0/3" in err and "1/3" in err and "2/3" in err and "4/3" not in err


@attrs.define
class Async(Generator):
    """An async generator (remote APIs): s2 fails; notes the store writer thread while it runs."""

    name: ClassVar[str] = "agen"
    version: ClassVar[str] = "1"
    concurrency: int = 2
    writer: list = attrs.field(factory=list)

    def options(self):
        return {}

    def max_concurrency(self):
        return self.concurrency

    async def agenerate(self, sample):
        import asyncio
        import threading

        await asyncio.sleep(0.01)
        self.writer.extend((t.name, t.daemon) for t in threading.enumerate() if t.name == "empathy-store-writer")
        if sample.id == "s2":
            raise RuntimeError("async failure")
        return Generation(sample.id, f"async {sample.id}", elapsed_s=0.5, meta={"i": sample.id})


def test_async_generator_results_are_written_by_one_writer_thread(tmp_path, caplog):
    from empathy_core.runner import _generate

    todo = [(s, f"k{i}") for i, s in enumerate(_samples(5))]
    gen = Async()
    with Store(tmp_path / "a.sqlite") as st, caplog.at_level(logging.WARNING, logger="empathy_core"):
        assert _generate(gen, "asig", todo, st, False) == 1
        gens = st.generations("asig", [k for _, k in todo])
    assert {k: (g.sample_id, g.text, g.error, g.generator, g.elapsed_s, dict(g.meta)) for k, g in gens.items()} == {
        f"k{i}": (f"s{i}", None if i == 2 else f"async s{i}", "RuntimeError: async failure" if i == 2 else None,
                  "asig", gens[f"k{i}"].elapsed_s if i == 2 else 0.5, {} if i == 2 else {"i": f"s{i}"})
        for i in range(5)}
    assert gens["k2"].elapsed_s > 0
    assert set(gen.writer) == {("empathy-store-writer", True)}
    assert [r.getMessage() for r in caplog.records] == ["generation failed for sample s2: RuntimeError: async failure"]


@attrs.define
class Threads(Generator):
    """Notes the thread each response is generated in."""

    name: ClassVar[str] = "threads"
    version: ClassVar[str] = "1"
    concurrency: int = 1
    names: list = attrs.field(factory=list)

    def options(self):
        return {}

    def max_concurrency(self):
        return self.concurrency

    def generate_one(self, sample):
        import threading
        import time

        time.sleep(0.02)
        self.names.append(threading.current_thread().name)
        return Generation(sample.id, "ok")


@pytest.mark.parametrize("concurrency", [1, 2, 3])
def test_generations_run_in_as_many_threads_as_the_concurrency(tmp_path, concurrency):
    from empathy_core.runner import _generate

    gen = Threads(concurrency=concurrency)
    todo = [(s, f"k{i}") for i, s in enumerate(_samples(12))]
    with Store(tmp_path / "t.sqlite") as st:
        assert _generate(gen, "tsig", todo, st, False) == 0
        assert len(st.generations("tsig", [k for _, k in todo])) == 12
    if concurrency == 1:
        assert set(gen.names) == {"MainThread"}  # one by one, no pool
    else:
        assert len(set(gen.names)) == concurrency and "MainThread" not in gen.names


@attrs.define
class SlowBatch(Generator):
    """Batches of 2 taking 0.2 s, no elapsed time of their own."""

    name: ClassVar[str] = "slowbatch"
    version: ClassVar[str] = "1"
    batch_size: int = 2

    def options(self):
        return {}

    def generate(self, samples):
        import time

        time.sleep(0.2)
        return [Generation(s.id, "ok") for s in samples]


def test_batch_elapsed_time_is_shared_by_the_batch(tmp_path):
    import time

    from empathy_core.runner import _generate

    todo = [(s, f"k{i}") for i, s in enumerate(_samples(2))]
    with Store(tmp_path / "b.sqlite") as st:
        t0 = time.perf_counter()
        _generate(SlowBatch(), "bsig", todo, st, False)
        wall = time.perf_counter() - t0
        gens = st.generations("bsig", ["k0", "k1"])
    # each response of a batch gets the batch's time divided by its size
    assert gens["k0"].elapsed_s == gens["k1"].elapsed_s
    assert 0.1 <= gens["k0"].elapsed_s <= wall / 2


@pytest.mark.resume_slow
def test_named_run_held_elsewhere_is_refused_or_waited_for(tmp_path, caplog):
    import threading

    from empathy_core.errors import RunLockedError

    db = tmp_path / "w.sqlite"
    evaluate(_samples(2), NoConc(), [], db=db, name="w", bootstrap=0)
    with Store(db) as st:
        lease = st.acquire_lease("name:w")  # another worker on the same run
        with pytest.raises(RunLockedError, match=r"^run 'w' is being worked on by another process \("):
            evaluate(_samples(2), NoConc(), [], db=db, name="w", bootstrap=0)
        threading.Timer(0.3, lease.release).start()
        with caplog.at_level(logging.WARNING, logger="empathy_core"):
            res = evaluate(_samples(2), NoConc(), [], db=db, name="w", bootstrap=0, wait=True)
    assert res.n_cached == 2 and res.n_samples == 2
    assert any(r.getMessage().startswith("run 'w' is being worked on by another process (") and
               r.getMessage().endswith("); waiting") for r in caplog.records)
