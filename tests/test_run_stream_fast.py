"""Issue 16: the streamed run (issue 13c) with known values, fast and in-process (mutation testing of
``.ci/mutation resume``, docs/results/mutation.md): each scorer's track (partial states, bootstrap
data, staged rows, failures), language skips and their reasons, and the workers' scoring stream
driven in this process (the worker pool replaced by the in-process backend of the same module, so
the driver's bookkeeping — cache hits, fresh results, skips, scorers the workers dropped — is what
runs), with a tiny generator and scorers and real SQLite in tmp."""

from __future__ import annotations

import logging
from typing import ClassVar

import attrs
import numpy as np
import pytest

from empathy_core import Capabilities, Generation, Generator, ItemScore, Sample, Scorer, evaluate
from empathy_core.mergeable import StateAccumulator
from empathy_core.models import ScoreInput
from empathy_core.runner import _lang_skip, _Track
from empathy_core.stats import intervals_from_resamplers, weight_chunks
from empathy_core.store import Store

pytestmark = pytest.mark.resume_fast


@attrs.define
class Val(Scorer):
    """val.x = the response's length; optionally English/German only, or failing in one place."""

    name: ClassVar[str] = "val"
    capabilities: ClassVar[Capabilities] = Capabilities()
    fail: str = ""  # "partial", "boot", "finalize", "resampler", "score"
    calls: list = attrs.field(factory=list)

    def options(self):
        return {}

    def score(self, items):
        self.calls.append([it.sample.id for it in items])
        if self.fail == "score" and any(it.sample.id == "s3" for it in items):
            raise ValueError("cannot score s3")
        return [ItemScore(scores={"val.x": float(len(it.response))}) for it in items]

    def partial(self, items, results):
        if self.fail == "partial" and any(it.sample.id == "s2" for it in items):
            raise ValueError("no state for s2")
        return super().partial(items, results)

    def bootstrap_partial(self, items, results):
        if self.fail == "boot" and any(it.sample.id == "s2" for it in items):
            raise RuntimeError("no columns for s2")
        return super().bootstrap_partial(items, results)

    def finalize(self, state):
        if self.fail == "finalize":
            raise ArithmeticError("cannot finalize")
        return super().finalize(state)

    def bootstrap_accumulator(self):
        acc = super().bootstrap_accumulator()
        if self.fail == "resampler":  # the partitions' columns are taken, the resampler of all fails
            def broken():
                raise LookupError("no resampler")

            acc.resampler = broken
        return acc


@attrs.define
class EnDe(Val):
    name: ClassVar[str] = "ende"
    capabilities: ClassVar[Capabilities] = Capabilities(languages={"en", "de"})

    def score(self, items):
        self.calls.append([it.sample.id for it in items])
        return [ItemScore(scores={"ende.x": float(len(it.response))}) for it in items]


def _item(i, lang="en", text=None):
    return ScoreInput(sample=Sample.from_prompt(f"s{i}", "p", language=lang), response=text or "w" * (i + 1))


def _track(sc, bootstrap=True):
    return _Track(sc, sc, sc.signature(), sc.name, acc=StateAccumulator(sc),
                  boot=sc.bootstrap_accumulator() if bootstrap else None)


def _staged(store):
    if not store._has_staged():
        return []
    return [tuple(r) for r in store.conn.execute("SELECT scorer, sample_id FROM temp.staged_scores ORDER BY rowid")]


def test_track_folds_chunks_into_values_intervals_and_staged_rows(tmp_path):
    sc = Val()
    items = [_item(i) for i in range(6)]  # lengths 1..6
    with Store(tmp_path / "t.sqlite") as store:
        t = _track(sc)
        assert t.name == "val" and (t.n, t.n_cached, t.error) == (0, 0, None)
        t.fold(store, ["s0", "s1"], items[:2], sc.score(items[:2]))
        t.fold(store, ["s2", "s3", "s4", "s5"], items[2:], sc.score(items[2:]))
        assert t.n == 6
        assert _staged(store) == [("val", f"s{i}") for i in range(6)]
        t.n_cached = 4
        boot = t.boot
        o, iv = t.outcome(200, 3)
    assert (o.name, o.signature, o.status, o.error, o.n_cached) == ("val", sc.signature(), "complete", None, 4)
    assert o.aggregates == {"val.x": 3.5}
    assert t.boot is None and boot is not None  # the bootstrap data is let go
    # the intervals of the six values' means on 200 resamples with seed 3, computed from the weights
    w = np.vstack(list(weight_chunks(6, 200, 3)))
    from empathy_core.stats import MeanResampler

    ref = intervals_from_resamplers({"val": MeanResampler({"val.x": [1, 2, 3, 4, 5, 6]})}, 6, 200, 3)[0]
    means = (w @ np.arange(1, 7)) / 6
    assert iv == ref and iv["val.x"][0] < 3.5 < iv["val.x"][1]
    assert means.min() <= iv["val.x"][0] and iv["val.x"][1] <= means.max()


def test_track_outcome_without_intervals(tmp_path):
    sc = Val()
    items = [_item(0), _item(1)]
    with Store(tmp_path / "o.sqlite") as store:
        t = _track(sc)
        t.fold(store, ["s0", "s1"], items, sc.score(items))
        assert t.outcome(0, 0)[1] == {}  # no bootstrap asked
        t = _track(sc)
        t.fold(store, ["s0"], items[:1], sc.score(items[:1]))
        o, iv = t.outcome(100, 0)
        assert iv == {} and o.aggregates == {"val.x": 1.0}  # one response: no interval
        t = _track(sc, bootstrap=False)
        t.fold(store, ["s0", "s1"], items, sc.score(items))
        assert t.outcome(100, 0)[1] == {}  # no bootstrap data
        t = _track(sc)
        o, iv = t.outcome(100, 0)  # nothing scored: no values
        assert (o.status, o.aggregates, iv) == ("complete", {}, {})
        t = _track(sc)
        t.fold(store, ["s0", "s1"], items, sc.score(items))
        assert set(t.outcome(100, 0)[1]) == {"val.x"}  # two responses are enough for an interval

    @attrs.define
    class Counts(Val):
        """Its finalize gives a count even for no response: not asked when nothing was scored."""

        name: ClassVar[str] = "counts"

        def finalize(self, state):
            return {"counts.n": float(sum(state.counts.values()))}

    t = _track(Counts(), bootstrap=False)
    assert t.outcome(0, 0)[0].aggregates == {}


def test_track_intervals_only_for_the_scorers_values(tmp_path):
    @attrs.define
    class Two(Val):
        """Values: only val.x; its resampler also gives val.extra."""

        name: ClassVar[str] = "two"

        def score(self, items):
            return [ItemScore(scores={"val.x": float(len(it.response)), "val.extra": 1.0}) for it in items]

        def finalize(self, state):
            return {"val.x": super().finalize(state)["val.x"]}

    sc = Two()
    items = [_item(i) for i in range(5)]
    with Store(tmp_path / "k.sqlite") as store:
        t = _track(sc)
        t.fold(store, [f"s{i}" for i in range(5)], items, sc.score(items))
        o, iv = t.outcome(100, 0)
    assert o.aggregates == {"val.x": 3.0} and set(iv) == {"val.x"}


@pytest.mark.parametrize("where", ["partial", "boot", "finalize", "resampler"])
def test_track_failures(tmp_path, caplog, where):
    sc = Val(fail=where)
    items = [_item(i) for i in range(4)]
    with Store(tmp_path / "f.sqlite") as store, caplog.at_level(logging.DEBUG, logger="empathy_core"):
        t = _track(sc)
        t.fold(store, ["s0", "s1"], items[:2], sc.score(items[:2]))
        t.fold(store, ["s2", "s3"], items[2:], sc.score(items[2:]))
        o, iv = t.outcome(100, 0)
        staged = _staged(store)
    msgs = [(r.levelname, r.getMessage()) for r in caplog.records]
    if where == "partial":  # the scorer fails for the run: its staged rows are dropped
        assert (t.error, t.acc, t.boot, t.n) == ("ValueError: no state for s2", None, None, 2)
        assert staged == []
        assert (o.status, o.error, o.aggregates, iv) == ("failed", "ValueError: no state for s2", {}, {})
        assert msgs == [("DEBUG", "scorer val traceback"), ("WARNING", "scorer val failed: ValueError: no state for s2")]
        assert caplog.records[0].exc_info[0] is ValueError  # the traceback itself
    elif where == "boot":  # costs the intervals only; rows and values are kept
        assert (t.error, t.n, o.status, o.aggregates, iv) == (None, 4, "complete", {"val.x": 2.5}, {})
        assert staged == [("val", f"s{i}") for i in range(4)]
        assert msgs == [("WARNING", "bootstrap intervals of val failed: RuntimeError: no columns for s2")]
    elif where == "finalize":
        assert (o.status, o.error, o.aggregates, iv) == ("failed", "ArithmeticError: cannot finalize", {}, {})
        assert (o.name, o.signature) == ("val", sc.signature())
        assert msgs == [("WARNING", "scorer val failed: ArithmeticError: cannot finalize")]
    else:
        assert (o.status, o.aggregates, iv) == ("complete", {"val.x": 2.5}, {})
        assert msgs == [("WARNING", "bootstrap intervals failed: LookupError: no resampler")]


def test_track_fail_keeps_the_first_error(tmp_path, caplog):
    sc = Val()
    with Store(tmp_path / "x.sqlite") as store, caplog.at_level(logging.WARNING, logger="empathy_core"):
        t = _track(sc)
        t.fold(store, ["s0"], [_item(0)], sc.score([_item(0)]))
        store.stage_scores("other", [("s0", ItemScore(scores={"o.v": 1.0}))])
        t.fail(store, "first")
        t.fail(store, "second")
        assert _staged(store) == [("other", "s0")]  # only this scorer's rows are dropped
    assert t.error == "first" and (t.acc, t.boot) == (None, None)
    assert [r.getMessage() for r in caplog.records] == ["scorer val failed: first"]
    assert t.outcome(10, 0)[0].error == "first"


def test_track_passes_keyboard_interrupt_on(tmp_path):
    @attrs.define
    class Stop(Val):
        name: ClassVar[str] = "stop"

        def partial(self, items, results):
            raise KeyboardInterrupt

        def finalize(self, state):
            raise KeyboardInterrupt

    sc = Stop()
    with Store(tmp_path / "s.sqlite") as store:
        t = _track(sc)
        with pytest.raises(KeyboardInterrupt):
            t.fold(store, ["s0"], [_item(0)], [ItemScore(scores={"val.x": 1.0})])
        assert t.error is None
        t.n = 1
        with pytest.raises(KeyboardInterrupt):
            t.outcome(0, 0)


def test_lang_skip_reason_and_language():
    en_de = EnDe()
    r = _lang_skip(en_de, _item(0, "fr"))
    assert (r.unscored, r.language, dict(r.scores)) == ("ende supports de, en; not 'fr'", "fr", {})
    assert _lang_skip(en_de, _item(0, "en")) is None and _lang_skip(en_de, _item(0, "de")) is None
    assert _lang_skip(en_de, _item(0, None)) is None  # no language declared: scored
    assert _lang_skip(en_de, _item(0, "")) is None
    assert _lang_skip(Val(), _item(0, "fr")) is None  # any language


@attrs.define
class Len(Generator):
    """Replies of i + 1 words; s3 fails the first time."""

    name: ClassVar[str] = "len"
    version: ClassVar[str] = "1"
    tries: list = attrs.field(factory=list)

    def options(self):
        return {}

    def generate_one(self, sample):
        self.tries.append(sample.id)
        if sample.id == "s3" and self.tries.count("s3") == 1:
            raise RuntimeError("first try")
        return Generation(sample.id, " ".join(["w"] * (int(sample.id[1:]) + 1)))


def _samples(langs):
    return [Sample.from_prompt(f"s{i}", "p", language=lang) for i, lang in enumerate(langs)]


@pytest.fixture
def in_process_pool(monkeypatch):
    """``workers=2`` scored by the in-process backend (the pool's contract, no processes), in
    chunks of 2 responses."""
    import empathy_core.executors as ex

    monkeypatch.setattr(ex, "_Pool", ex._InProcess)
    monkeypatch.setattr(ex, "DEFAULT_CHUNK", 2)


def test_workers_stream_cache_hits_skips_and_fresh_results(tmp_path, in_process_pool):
    db = tmp_path / "w.sqlite"
    langs = ["en", "fr", "de", "en", "fr"]
    one = evaluate(_samples(langs), Len(), [Val(), EnDe()], db=db, name="one", bootstrap=0)
    assert (one.n_generated, one.n_errors) == (4, 1)  # s3 failed
    assert one.aggregates == {"val.x": (1 + 3 + 5 + 9) / 4, "ende.x": (1 + 5) / 2}
    # resumed with workers: s3 generated now; every other response's scores come from the cache
    gen = Len(tries=["s3"])
    two = evaluate(_samples(langs), gen, [Val(), EnDe()], db=db, name="one", bootstrap=0, workers=2)
    assert gen.tries == ["s3", "s3"] and (two.n_cached, two.n_generated, two.n_errors) == (4, 1, 0)
    assert two.aggregates == {"val.x": (1 + 3 + 5 + 7 + 9) / 5, "ende.x": (1 + 5 + 7) / 3}
    # cached: val 4 (s0, s1, s2, s4); ende: s0 and s2 (the French ones are skipped, not cached)
    assert two.n_scores_cached == {"val": 4, "ende": 2}
    with Store(db) as st:
        sc = st.scores(two.run_id)
        assert sorted(sc["val"]) == [f"s{i}" for i in range(5)]
        assert {k: (v.unscored, v.language) for k, v in sc["ende"].items() if v.unscored} == {
            "s1": ("ende supports de, en; not 'fr'", "fr"), "s4": ("ende supports de, en; not 'fr'", "fr")}
        assert sc["ende"]["s3"].scores == {"ende.x": 7.0}
        assert st.get_run("one")["status"] == "complete"
    # a third run: everything cached, with and without workers
    three = evaluate(_samples(langs), Len(), [Val(), EnDe()], db=db, name="three", bootstrap=0, workers=2)
    assert three.n_scores_cached == {"val": 5, "ende": 3} and three.aggregates == two.aggregates
    with Store(db) as st:
        assert st.scores(three.run_id) == st.scores(two.run_id)


def test_workers_stream_fresh_results_go_to_the_score_cache(tmp_path, in_process_pool):
    db = tmp_path / "c.sqlite"
    langs = ["en", "fr", "en", "de", "en"]
    v1, e1 = Val(), EnDe()
    first = evaluate(_samples(langs), Len(tries=["s3"]), [v1, e1], db=db, name="a", bootstrap=200, seed=1,
                     workers=2)
    assert first.n_scores_cached == {"val": 0, "ende": 0}
    assert first.aggregates == {"val.x": 5.0, "ende.x": 5.5}  # (1+3+5+7+9)/5; (1+5+7+9)/4
    v2, e2 = Val(), EnDe()
    again = evaluate(_samples(langs), Len(), [v2, e2], db=db, name="b", bootstrap=200, seed=1)
    assert v2.calls == [] and e2.calls == []  # the workers' results were cached
    assert again.n_scores_cached == {"val": 5, "ende": 4}
    assert again.aggregates == first.aggregates and again.intervals == first.intervals
    assert set(first.intervals) == {"val.x", "ende.x"}
    with Store(db) as st:
        assert st.scores(again.run_id) == st.scores(first.run_id)


def test_workers_stream_scorers_dropped_on_the_workers(tmp_path, in_process_pool, caplog):
    @attrs.define
    class Refs(Val):
        name: ClassVar[str] = "refs"
        capabilities: ClassVar[Capabilities] = Capabilities(needs_reference=True)

    db = tmp_path / "d.sqlite"
    langs = ["en"] * 6
    with caplog.at_level(logging.WARNING, logger="empathy_core"):
        res = evaluate(_samples(langs), Len(tries=["s3"]), [Val(fail="score"), EnDe(), Refs()], db=db, name="d",
                       bootstrap=0, workers=2)
    assert res.failed_scorers == {"val": "ValueError: cannot score s3"}
    assert res.skipped_scorers == {"refs": "needs references and no sample has one"}
    assert res.aggregates == {"ende.x": 6.0}  # (1+3+5+7+9+11)/6
    with Store(db) as st:
        sc = st.scores(res.run_id)
        assert set(sc) == {"ende"} and len(sc["ende"]) == 6
        run = st.get_run("d")
        assert run["status"] == "complete_with_errors"
    assert "scorer val failed: ValueError: cannot score s3" in [r.getMessage() for r in caplog.records]


def test_workers_stream_a_scorer_skipped_only_on_the_workers(tmp_path, in_process_pool, monkeypatch):
    """A scorer the driver runs but the workers skip (another environment): failed for the run,
    with the workers' reason."""
    import empathy_core.executors as ex

    real = ex.ParallelScoring.run

    def run(self, items):
        yield from real(self, items)
        self.skipped["ende"] = "no model on the workers"

    db = tmp_path / "k.sqlite"
    monkeypatch.setattr(ex.ParallelScoring, "run", run)
    res = evaluate(_samples(["en"] * 3), Len(), [Val(), EnDe()], db=db, name="k", bootstrap=0, workers=2)
    assert res.failed_scorers == {"ende": "skipped on the workers: no model on the workers"}
    assert res.aggregates == {"val.x": 3.0}  # (1+3+5)/3
    with Store(db) as st:
        assert set(st.scores(res.run_id)) == {"val"}


# -- the Ray path of the run, driver side -----------------------------------------------------------
# ``executor="ray"`` with a local model: the driver streams the samples to ``ray_generate`` and stores
# what comes back, batch by batch, as batches complete. Here ``ray_generate`` is replaced by the same
# contract in this process (the actor class itself, ``GeneratorActorImpl``, generates each batch; two
# batches in flight, the second one completing first; each batch reported as taking 0.5 s), and the
# scoring backend for Ray by the in-process one: what runs is the driver's code.

@attrs.define
class Local(Generator):
    """A 'local model' in batches of 2 that cannot run in this process (no GPU here): the batch
    with s3 fails (its message carries a registered secret); s4 reports its own elapsed time."""

    name: ClassVar[str] = "localmodel"
    version: ClassVar[str] = "1"
    local_model: ClassVar[bool] = True
    batch_size: int = 2

    def options(self):
        return {}

    def unavailable(self):
        return "needs a GPU"

    def generate(self, samples):
        if any(s.id == "s3" for s in samples):
            raise RuntimeError("model crashed, key sk-ray-secret-424242")
        # the sample ids are the driver's to set (as the actors' generations are matched by position)
        return [Generation(f"model-{s.id}", None, error="refused, key sk-ray-secret-424242") if s.id == "s5" else
                Generation(f"model-{s.id}", f"ray {s.id}", elapsed_s=0.125 if s.id == "s4" else None)
                for s in samples]


@pytest.fixture
def ray_in_process(monkeypatch):
    import itertools

    import empathy_core.executors as ex

    calls: list = []

    def ray_generate(gen, spec, samples, workers=1, batch_size=None):
        actor = ex.GeneratorActorImpl.__new__(ex.GeneratorActorImpl)
        actor.gen = spec if not isinstance(spec, str) else gen
        calls.append((spec, workers))
        src, nxt, pending = iter(samples), 0, []

        def done(p):
            idx, (status, payload, _secs, pid) = p
            return idx, ([ex.unpack_generation(t) for t in payload] if status == "ok" else payload), 0.5, pid

        while batch := list(itertools.islice(src, gen.batch_size)):
            idx = list(range(nxt, nxt + len(batch)))
            nxt += len(batch)
            pending.append((idx, actor.generate([ex.pack_sample(x) for x in batch])))
            if len(pending) == 2:
                yield from (done(p) for p in reversed(pending))
                pending = []
        yield from (done(p) for p in pending)

    backends: list = []

    class RayScoring(ex._InProcess):
        def __init__(self, *a, **k):
            backends.append("ray")
            super().__init__(*a, **k)

    monkeypatch.setattr(ex, "ray_generate", ray_generate)
    monkeypatch.setattr(ex, "_Ray", RayScoring)
    return calls, backends


def test_ray_path_stores_each_batch_as_it_completes(tmp_path, ray_in_process):
    from empathy_core.secrets import register_secret

    register_secret("sk-ray-secret-424242")
    calls, backends = ray_in_process
    db = tmp_path / "r.sqlite"
    gen = Local()
    res = evaluate(_samples(["en"] * 5), gen, [Val()], db=db, name="r", bootstrap=0, executor="ray", workers=3)
    assert calls == [(gen, 3)]  # the generator itself (given as an instance) and the number of actors
    assert backends == ["ray"]  # the scoring ran with the Ray executor
    assert (res.n_samples, res.n_cached, res.n_generated, res.n_errors) == (5, 0, 3, 2)
    assert res.aggregates == {"val.x": 6.0}  # "ray s0", "ray s1", "ray s4"
    sig = gen.signature()
    with Store(db) as st:
        assert st.get_run("r")["status"] == "complete_with_errors"
        rows = {r["sample_id"]: (r["text"], r["error"], r["elapsed_s"], r["generator_signature"]) for r in
                st.conn.execute("SELECT sample_id, text, error, elapsed_s, generator_signature FROM generations")}
    assert rows == {
        "s0": ("ray s0", None, 0.25, sig), "s1": ("ray s1", None, 0.25, sig),  # 0.5 s over a batch of 2
        "s2": (None, "RuntimeError: model crashed, key ***", 0.25, sig),  # the failed batch: both samples
        "s3": (None, "RuntimeError: model crashed, key ***", 0.25, sig),
        "s4": ("ray s4", None, 0.125, sig),  # its own time; alone in its batch it would get 0.5
    }
    # resumed: only the failed batch's samples go to the actors again, in one stream
    calls.clear()
    again = evaluate(_samples(["en"] * 5), Local(), [Val()], db=db, name="r", bootstrap=0, executor="ray")
    assert calls == [(calls[0][0], 1)] and (again.n_cached, again.n_generated, again.n_errors) == (3, 0, 2)
    # nothing to generate: ray_generate is not even started
    calls.clear()
    done = evaluate(_samples(["en"] * 2), Local(), [], db=db, name="two", bootstrap=0, executor="ray")
    assert calls == [] and (done.n_cached, done.n_generated, done.n_errors) == (2, 0, 0)


def test_ray_path_is_only_for_local_models(tmp_path, ray_in_process):
    calls, _ = ray_in_process
    # not a local model: generated here, with its own availability check
    with pytest.raises(Exception, match="cannot run here"):
        evaluate(_samples(["en"]), Conc(why="no"), [], db=tmp_path / "n.sqlite", executor="ray")
    res = evaluate(_samples(["en"] * 2), Conc(), [], db=tmp_path / "n.sqlite", executor="ray", bootstrap=0)
    assert calls == [] and res.n_generated == 2
    # a local model without Ray: its availability check refuses it
    with pytest.raises(Exception, match=r"^generator 'localmodel' cannot run here: needs a GPU$"):
        evaluate(_samples(["en"]), Local(), [], db=tmp_path / "n.sqlite")


@attrs.define
class Conc(Generator):
    name: ClassVar[str] = "conc2"
    version: ClassVar[str] = "1"
    why: str | None = None

    def options(self):
        return {}

    def unavailable(self):
        return self.why

    def generate_one(self, sample):
        return Generation(sample.id, "ok")


# -- the spool, the dataset stream and the run's scoring set-up ----------------------------------------

def test_spool_chunks_in_order_with_reference_flags():
    from empathy_core.runner import _Spool
    from empathy_core.store import content_key

    samples = [Sample.from_prompt(f"s{i}", f"p{i}", language="en", references=["r"] if i in (1, 4) else [],
                                  meta={"i": i}) for i in range(5)]
    sp = _Spool()
    try:
        assert sp.fill(iter(samples[:3]), chunk=2) == 3 and (sp.n, sp.n_refs) == (3, 1)
        assert sp.fill(samples[3:], chunk=2) == 5 and (sp.n, sp.n_refs) == (5, 2)  # counts add up
        chunks = list(sp.chunks(2))
        assert [[s.id for s, _ in c] for c in chunks] == [["s0", "s1"], ["s2", "s3"], ["s4"]]
        assert [k for c in chunks for _, k in c] == [content_key(s) for s in samples]
        assert [s for c in chunks for s, _ in c] == samples and dict(chunks[2][0][0].meta) == {"i": 4}
        # only the samples with a reference; a chunk without one is not yielded
        assert [[s.id for s, _ in c] for c in sp.chunks(2, refs_only=True)] == [["s1"], ["s4"]]
        assert [[s.id for s, _ in c] for c in sp.chunks(refs_only=True)] == [["s1", "s4"]]
        assert [[s.id for s, _ in c] for c in sp.chunks()] == [[f"s{i}" for i in range(5)]]
        assert [s.id for s in sp.samples()] == [f"s{i}" for i in range(5)]
        # the spool is its own transaction per batch: nothing is left open between batches
        assert sp.conn.in_transaction is False
    finally:
        sp.close()


def test_spool_default_chunk(monkeypatch):
    import empathy_core.runner as runner

    monkeypatch.setattr(runner, "RUN_CHUNK", 2)
    sp = runner._Spool()
    sp.fill(_samples(["en"] * 5))
    assert [len(c) for c in sp.chunks()] == [2, 2, 1]
    inserts = []
    sp.conn.set_trace_callback(inserts.append)
    sp.fill(_samples(["en"] * 3))
    assert sum(1 for q in inserts if q.startswith("INSERT")) == 3 and inserts.count("BEGIN") == 2
    sp.close()


def test_dataset_stream_kinds_and_limits():
    from empathy_core.base import Dataset
    from empathy_core.runner import _dataset_stream

    @attrs.define
    class LoadOnly(Dataset):
        name: ClassVar[str] = "loadonly"
        loads: list = attrs.field(factory=list)

        def options(self):
            return {}

        def load(self):
            self.loads.append(1)
            return _samples(["en"] * 4)

    @attrs.define
    class Iter(Dataset):
        name: ClassVar[str] = "iter"
        loads: list = attrs.field(factory=list)

        def options(self):
            return {}

        def __iter__(self):
            return iter(_samples(["en"] * 3))

        def load(self):
            self.loads.append(1)
            raise AssertionError("an iterable dataset is iterated, not loaded")

    lo = LoadOnly()
    src, spec, sig = _dataset_stream(lo, None)
    assert isinstance(src, list) and [s.id for s in src] == ["s0", "s1", "s2", "s3"] and lo.loads == [1]
    assert spec.startswith("loadonly") and sig == lo.signature()
    src, _, _ = _dataset_stream(LoadOnly(), 2)
    assert [s.id for s in src] == ["s0", "s1"]
    it = Iter()
    src, _, sig = _dataset_stream(it, None)
    assert src is it and [s.id for s in src] == ["s0", "s1", "s2"] and it.loads == []
    src, _, _ = _dataset_stream(it, 1)
    assert [s.id for s in src] == ["s0"]
    src, spec, sig = _dataset_stream(iter(_samples(["en"] * 3)), 2)
    assert [s.id for s in src] == ["s0", "s1"] and (spec, sig) == ("samples", None)
    src, _, _ = _dataset_stream(_samples(["en"] * 3), None)
    assert [s.id for s in src] == ["s0", "s1", "s2"]


def test_run_counts_across_chunks(tmp_path, monkeypatch):
    import empathy_core.runner as runner

    monkeypatch.setattr(runner, "RUN_CHUNK", 2)
    db = tmp_path / "c.sqlite"
    first = evaluate(_samples(["en"] * 3), Len(), [Val()], db=db, name="c", bootstrap=0)
    assert (first.n_samples, first.n_cached, first.n_generated, first.n_errors) == (3, 0, 3, 0)
    res = evaluate(_samples(["en"] * 7), Len(), [Val()], db=db, name="d", bootstrap=0)
    # s3 fails: 3 cached (two chunks), 3 generated, 1 error, over 4 chunks
    assert (res.n_samples, res.n_cached, res.n_generated, res.n_errors) == (7, 3, 3, 1)
    assert res.aggregates == {"val.x": (1 + 3 + 5 + 9 + 11 + 13) / 6}


def test_scoring_set_up_failures_and_skips(tmp_path, caplog):
    @attrs.define
    class BadSig(Val):
        name: ClassVar[str] = "badsig"

        def signature(self):
            raise ValueError("no signature")

    @attrs.define
    class Away(Val):
        name: ClassVar[str] = "away"

        def unavailable(self):
            return "not installed here"

    @attrs.define
    class Refs(Val):
        name: ClassVar[str] = "refs"
        capabilities: ClassVar[Capabilities] = Capabilities(needs_reference=True)

    db = tmp_path / "s.sqlite"
    with caplog.at_level(logging.WARNING, logger="empathy_core"):
        res = evaluate(_samples(["en"] * 3), Len(), [BadSig(), Away(), Refs(), Val()], db=db, name="s", bootstrap=0)
    assert res.failed_scorers == {"badsig": "ValueError: no signature"}
    assert res.skipped_scorers == {"away": "not installed here", "refs": "needs references and no sample has one"}
    assert res.signatures["badsig"] == "badsig" and res.aggregates == {"val.x": 3.0}
    assert res.signatures["away"] == Away().signature()  # a skipped scorer keeps its signature
    assert [r.getMessage() for r in caplog.records] == [
        "scorer away skipped: not installed here", "scorer refs skipped: needs references and no sample has one"]
    with Store(db) as st:
        recs = {r["name"]: r for r in st.get_run("s")["scorers"]}
        assert recs["badsig"]["status"] == "failed" and recs["away"]["status"] == "skipped"
        assert st.get_run("s")["status"] == "complete_with_errors"
    # references only on samples whose generation failed: still nothing to score against
    samples = [Sample.from_prompt(f"s{i}", "p", language="en", references=["ref"] if i == 3 else [])
               for i in range(5)]
    res = evaluate(samples, Len(), [Refs()], db=db, name="r", bootstrap=0)
    assert res.skipped_scorers == {"refs": "needs references and no sample has one"}
    # once s3 is generated, its reference counts
    res = evaluate(samples, Len(tries=["s3"]), [Refs()], db=db, name="r2", bootstrap=0)
    assert res.skipped_scorers == {} and res.aggregates == {"val.x": 5.0}  # (1+3+5+7+9)/5
    # no successful generation at all: not skipped for references; nothing scored, no values
    @attrs.define
    class Never(Generator):
        name: ClassVar[str] = "never"
        version: ClassVar[str] = "1"

        def options(self):
            return {}

        def generate_one(self, sample):
            raise RuntimeError("down")

    res = evaluate(_samples(["en"] * 2), Never(), [Refs()], db=db, name="n", bootstrap=0)
    assert res.skipped_scorers == {} and res.failed_scorers == {} and res.aggregates == {}
    assert (res.n_generated, res.n_errors) == (0, 2)


def test_a_scorer_given_as_a_spec_string_is_recorded_by_its_spec(tmp_path):
    db = tmp_path / "p.sqlite"
    res = evaluate(_samples(["en"] * 2), Len(), ["length"], db=db, name="p", bootstrap=0)
    with Store(db) as st:
        (rec,) = st.get_run("p")["scorers"]
    assert rec["spec"] == "length" and rec["status"] == "complete"
    assert res.skipped_scorers == {} and res.n_scores_cached == {"length": 0}


def test_ray_path_a_generation_that_failed_on_its_own(tmp_path, ray_in_process, capsys, caplog):
    from empathy_core.secrets import register_secret
    from empathy_core.store import content_key

    register_secret("sk-ray-secret-424242")
    db = tmp_path / "e.sqlite"
    samples = _samples(["en"] * 6)
    with caplog.at_level(logging.WARNING, logger="empathy_core"):
        res = evaluate(samples[4:], Local(), [Val()], db=db, name="e", bootstrap=0, executor="ray", progress=True)
    assert (res.n_generated, res.n_errors) == (1, 1)
    assert [r.getMessage() for r in caplog.records] == ["generation failed for sample s5: refused, key ***"]
    with Store(db) as st:
        g = st.generations(Local().signature(), [content_key(samples[5])])[content_key(samples[5])]
    assert (g.text, g.error, g.sample_id) == (None, "refused, key ***", "s5")
    err = capsys.readouterr().err
    # one generation bar for the run (the Ray stream updates it), none of its own
    assert err.count("generate localmodel:   0%") == 1 and "0/2" in err and "0it" not in err
    # called directly, without a bar: its own, over a stream of unknown length
    from empathy_core.runner import _generate

    with Store(db) as st:
        n = _generate(Local(), "sig", iter([(samples[0], "k0")]), st, True, ray=(Local(), 1))
    assert n == 0 and "generate localmodel: 0it" in capsys.readouterr().err


class Tick(Generator):
    name: ClassVar[str] = "tick"
    version: ClassVar[str] = "1"

    def options(self):
        return {}

    def generate_one(self, sample):
        return Generation(sample.id, "a b")


def test_progress_bars_of_a_chunked_run(tmp_path, monkeypatch, capsys):
    import empathy_core.runner as runner

    monkeypatch.setattr(runner, "RUN_CHUNK", 2)
    evaluate(_samples(["en"] * 3), Tick(), [Val()], db=tmp_path / "p.sqlite", bootstrap=0, progress=True)
    err = capsys.readouterr().err
    # one bar over the run's 3 samples for generation and one for scoring, not one per chunk
    assert "\rgenerate tick:   0%|          | 0/3" in err and "\rscore:   0%|          | 0/3" in err
    assert "0/2" not in err and "0/1" not in err
    from empathy_core.runner import _generate

    with Store(tmp_path / "p.sqlite") as st:
        assert _generate(Tick(), "s", [(s, f"k{i}") for i, s in enumerate(_samples(["en"] * 2))], st, True) == 0
    assert "\rgenerate tick:   0%|          | 0/2" in capsys.readouterr().err


def test_workers_stream_with_progress_and_scorer_order(tmp_path, in_process_pool, capsys):
    db = tmp_path / "o.sqlite"
    langs = ["fr", "en", "fr", "en", "de"]
    # the language-limited scorer first: a skip by it must not hide the next scorer's cache miss
    e1, v1 = EnDe(), Val()
    res = evaluate(_samples(langs), Len(tries=["s3"]), [e1, v1, "distinct"], db=db, name="o", bootstrap=0, workers=2,
                   progress=True)
    assert res.aggregates["val.x"] == 5.0 and res.aggregates["ende.x"] == (3 + 7 + 9) / 3
    # distinct folds the responses themselves: 15 words, one distinct unigram ("w")
    assert res.aggregates["distinct.distinct_1"] == 1 / 15
    assert "\rscore:   0%|          | 0/5" in capsys.readouterr().err
    # everything cached: nothing is sent to be scored again
    e2, v2 = EnDe(), Val()
    again = evaluate(_samples(langs), Len(), [e2, v2], db=db, name="o2", bootstrap=0, workers=2)
    assert e2.calls == [] and v2.calls == [] and again.n_scores_cached == {"ende": 3, "val": 5}
    with Store(db) as st:
        rows = st.conn.execute("SELECT COUNT(*) FROM score_cache WHERE scorer_signature = ?",
                               (EnDe().signature(),)).fetchone()[0]
    assert rows == 3  # the skipped French responses are not cached


def test_workers_stream_references_reach_the_workers(tmp_path, in_process_pool):
    @attrs.define
    class Refs(Val):
        name: ClassVar[str] = "refs"
        capabilities: ClassVar[Capabilities] = Capabilities(needs_reference=True)

    samples = [Sample.from_prompt(f"s{i}", "p", language="en", references=["r"] if i == 1 else [])
               for i in range(3)]
    res = evaluate(samples, Len(), [Refs()], db=tmp_path / "f.sqlite", bootstrap=0, workers=2)
    assert res.failed_scorers == {} and res.skipped_scorers == {} and res.aggregates == {"val.x": 3.0}


def test_local_stream_a_scorer_failing_mid_run_keeps_the_others(tmp_path, monkeypatch, caplog):
    import empathy_core.runner as runner

    monkeypatch.setattr(runner, "RUN_CHUNK", 2)
    db = tmp_path / "m.sqlite"
    with caplog.at_level(logging.DEBUG, logger="empathy_core"):
        res = evaluate(_samples(["en"] * 6), Len(tries=["s3"]), [Val(fail="score"), EnDe()], db=db, name="m",
                       bootstrap=0)
    assert res.failed_scorers == {"val": "ValueError: cannot score s3"}
    assert res.aggregates == {"ende.x": 6.0}  # all three chunks, after val failed in the second
    (tb,) = [r for r in caplog.records if r.getMessage() == "scorer val traceback"]
    assert tb.levelname == "DEBUG" and tb.exc_info[0] is ValueError
    # a rerun: the first chunk's and the later chunks' cache hits add up
    again = evaluate(_samples(["en"] * 6), Len(), [EnDe()], db=db, name="m2", bootstrap=0)
    assert again.n_scores_cached == {"ende": 6}


def test_run_whose_interrupted_status_cannot_be_written(tmp_path, caplog):
    """The run is interrupted and the store refuses the status update: the original error is
    raised, the failed update logged (debug, with its traceback)."""

    db = tmp_path / "i.sqlite"

    @attrs.define
    class Breaks(Generator):
        name: ClassVar[str] = "breaks"
        version: ClassVar[str] = "1"

        def options(self):
            return {}

        def generate_one(self, sample):
            with Store(db) as st:
                st.conn.execute("CREATE TRIGGER frozen BEFORE UPDATE ON runs BEGIN SELECT RAISE(ABORT, 'frozen'); END")
            raise KeyboardInterrupt

    with caplog.at_level(logging.DEBUG, logger="empathy_core"), pytest.raises(KeyboardInterrupt):
        evaluate(_samples(["en"]), Breaks(), [], db=db, name="i", bootstrap=0)
    with Store(db) as st:
        rid = st.get_run("i")["id"]
    (rec,) = [r for r in caplog.records if "interrupted" in r.getMessage()]
    assert rec.getMessage() == f"could not mark run {rid} interrupted" and rec.levelname == "DEBUG"
    assert rec.exc_info[0].__name__ == "IntegrityError" and "frozen" in str(rec.exc_info[1])
