"""Issue 16: the runner's scoring loop, score cache checkpoints, scorer isolation and generation paths,
in-process with known values (mutation testing sees in-process tests only; docs/results/mutation.md)."""

import logging
from typing import ClassVar

import attrs
import pytest

from empathy_core import Capabilities, Generation, Generator, ItemScore, Sample, Scorer, evaluate
from empathy_core.errors import ComponentError, EmpathyError, UsageError
from empathy_core.models import ScoreInput
from empathy_core.runner import (
    _check_positive,
    _Checkpoint,
    _finish,
    _generate,
    _score_items,
    _unique_names,
    run_scorer,
    score_all,
    unscored_reasons,
)
from empathy_core.secrets import register_secret
from empathy_core.store import Store, response_hash, score_sample_key

# `.ci/mutation resume` runs only the tests marked resume_fast (in-process, each well under a second)
pytestmark = pytest.mark.resume_fast


def _items(langs):
    return [ScoreInput(sample=Sample.from_prompt(f"s{i}", "p", language=lang), response=f"r{i}")
            for i, lang in enumerate(langs)]


@attrs.define
class Idx(Scorer):
    """idx.v = the sample number; records each chunk it was given."""

    name: ClassVar[str] = "idx"
    capabilities: ClassVar[Capabilities] = Capabilities(languages={"en", "de"})
    chunk_size: int = 2
    chunks: list = attrs.field(factory=list)
    bad: str = ""

    def options(self):
        return {}

    def score(self, items):
        self.chunks.append([it.sample.id for it in items])
        if self.bad == "short":
            return [ItemScore(scores={})] * (len(items) - 1)
        if self.bad == "type":
            return [{"idx.v": 1.0} for _ in items]
        if self.bad == "raise":
            raise ValueError("bad token sk-runner-secret-1")
        return [ItemScore(scores={"idx.v": float(it.sample.id[1:])}) for it in items]


def test_score_items_skips_other_languages_and_chunks_the_rest():
    sc = Idx()
    res, n_cached = _score_items(sc, _items(["en", "fr", None, "de", "de", "es", "en"]), False, None)
    assert sc.chunks == [["s0", "s2"], ["s3", "s4"], ["s6"]]
    assert n_cached == 0
    assert res[1] == ItemScore.skip("idx supports de, en; not 'fr'", language="fr")
    assert res[5] == ItemScore.skip("idx supports de, en; not 'es'", language="es")
    assert [r.scores.get("idx.v") for r in res] == [0.0, None, 2.0, 3.0, 4.0, None, 6.0]
    sc0 = Idx(chunk_size=0)  # 0 / unset: the default chunk
    _score_items(sc0, _items(["en"] * 5), False, None)
    assert sc0.chunks == [["s0", "s1", "s2", "s3", "s4"]]


def test_score_items_rejects_wrong_results():
    with pytest.raises(EmpathyError, match=r"^scorer 'idx' returned 1 results for 2 responses$"):
        _score_items(Idx(bad="short"), _items(["en", "en"]), False, None)
    with pytest.raises(EmpathyError, match=r"^scorer 'idx' returned a dict, not an ItemScore$"):
        _score_items(Idx(bad="type"), _items(["en"]), False, None)


def test_checkpoint_reads_and_writes_the_score_cache(tmp_path):
    items = _items(["en", "en", "en", "fr"])
    with Store(tmp_path / "c.sqlite") as st:
        cp = _Checkpoint(st, "sig1", items)
        assert cp.keys[1] == (score_sample_key(items[1].sample), response_hash("r1", None))
        assert cp.get(0) is None
        sc = Idx()
        res, n = _score_items(sc, items, False, cp)
        assert n == 0 and sc.chunks == [["s0", "s1"], ["s2"]]
        rows = st.conn.execute("SELECT sample_key, response_hash FROM score_cache WHERE scorer_signature='sig1'"
                               " ORDER BY rowid").fetchall()
        assert [tuple(r) for r in rows] == cp.keys[:3]
        cp2 = _Checkpoint(st, "sig1", items)
        assert cp2.get(2) == ItemScore(scores={"idx.v": 2.0}) and cp2.get(3) is None
        sc2 = Idx()
        res2, n2 = _score_items(sc2, items, False, cp2)
        assert n2 == 3 and sc2.chunks == [] and res2 == res
        # another signature or another response is not a hit
        assert _Checkpoint(st, "sig2", items).cached == {}
        changed = [attrs.evolve(items[0], response="new")] + items[1:]
        sc3 = Idx()
        assert _score_items(sc3, changed, False, _Checkpoint(st, "sig1", changed))[1] == 2
        assert sc3.chunks == [["s0"]]


def test_run_scorer_outcomes(tmp_path, caplog):
    register_secret("sk-runner-secret-1")
    items = _items(["en", "en"])
    o = run_scorer(Idx(), items)
    assert (o.name, o.status, o.aggregates, o.reason, o.error, o.n_cached) == (
        "idx", "complete", {"idx.v": 0.5}, None, None, 0)
    assert o.signature == Idx().signature() and [r.scores["idx.v"] for r in o.results] == [0.0, 1.0]
    assert o.record("idx:x") == {"name": "idx", "spec": "idx:x", "signature": o.signature, "status": "complete",
                                 "skipped": None, "error": None}
    with caplog.at_level(logging.WARNING, logger="empathy_core"):
        f = run_scorer(Idx(bad="raise"), items)
    assert (f.status, f.results, f.aggregates) == ("failed", None, {})
    assert f.error == "ValueError: bad token ***" and "sk-runner-secret-1" not in caplog.text
    assert "scorer idx failed: ValueError: bad token ***" in [r.getMessage() for r in caplog.records]
    assert run_scorer(Idx(), []).aggregates == {}
    with Store(tmp_path / "r.sqlite") as st:
        run_scorer(Idx(), items, store=st)
        again = run_scorer(Idx(), items, store=st)
    assert again.n_cached == 2 and again.aggregates == {"idx.v": 0.5}

    @attrs.define
    class NeedsRef(Idx):
        name: ClassVar[str] = "needsref"
        capabilities: ClassVar[Capabilities] = Capabilities(needs_reference=True)

    s = run_scorer(NeedsRef(), items)
    assert (s.status, s.reason, s.results) == ("skipped", "needs references and no sample has one", None)
    with_ref = [ScoreInput(sample=Sample.from_prompt("s9", "p", references=("x",)), response="r")] + items
    assert run_scorer(NeedsRef(), with_ref).status == "complete"

    @attrs.define
    class BadSig(Idx):
        name: ClassVar[str] = "badsig"

        def signature(self):
            raise RuntimeError("no sig")

    b = run_scorer(BadSig(), items)
    assert (b.name, b.signature, b.status, b.error) == ("badsig", "badsig", "failed", "RuntimeError: no sig")


def test_score_all_splits_complete_skipped_and_failed():
    @attrs.define
    class Skip(Idx):
        name: ClassVar[str] = "skip"

        def unavailable(self):
            return "not here"

    @attrs.define
    class Boom(Idx):
        name: ClassVar[str] = "boom"
        bad: str = "raise"

    register_secret("sk-runner-secret-1")
    per, aggs, skipped = score_all([Idx(), Skip(), Boom()], _items(["en"]))
    assert per == {"idx": [ItemScore(scores={"idx.v": 0.0})]}
    assert aggs == {"idx": {"idx.v": 0.0}}
    assert skipped == {"skip": "not here", "boom": "failed: ValueError: bad token ***"}


def test_small_checks():
    with pytest.raises(ComponentError, match=r"^scorer 'idx' given twice; a run takes each scorer once$"):
        _unique_names([Idx(), Idx()])
    _unique_names([Idx()])
    for bad in (0, -1, True, 1.5, "2"):
        with pytest.raises(UsageError, match=rf"^--limit must be a whole number of at least 1, got {bad!r}$"):
            _check_positive(bad, "--limit")
    _check_positive(None, "--limit")
    _check_positive(1, "--limit")
    r = [ItemScore.skip("b"), ItemScore.skip("a"), ItemScore(scores={}), ItemScore.skip("b"), ItemScore.skip("c")]
    assert list(unscored_reasons(r).items()) == [("b", 2), ("a", 1), ("c", 1)]


def test_finish_sets_ids_signature_elapsed_and_scrubs():
    register_secret("sk-finish-secret-9")
    s = Sample.from_prompt("id1", "p")
    g = _finish("gsig", s, Generation("other", "text", elapsed_s=2.5, error="x sk-finish-secret-9"), 0.0, None)
    assert (g.sample_id, g.generator, g.elapsed_s, g.error, g.text) == ("id1", "gsig", 2.5, "x ***", "text")
    g2 = _finish("gsig", s, Generation("id1", "t"), 0.0, None)
    assert g2.elapsed_s > 0
    e = _finish("gsig", s, None, 0.0, KeyError("k"))
    assert (e.sample_id, e.text, e.generator, e.error) == ("id1", None, "gsig", "KeyError: 'k'")
    assert e.elapsed_s > 0


@attrs.define
class Batch(Generator):
    name: ClassVar[str] = "batch"
    version: ClassVar[str] = "1"
    batch_size: int = 2
    concurrency: int = 1
    fail_on: str = ""
    short: bool = False
    seen: list = attrs.field(factory=list)

    def options(self):
        return {}

    def max_concurrency(self):
        return self.concurrency

    def generate(self, samples):
        self.seen.append([s.id for s in samples])
        if any(s.id == self.fail_on for s in samples):
            raise RuntimeError("batch failed")
        if self.short:
            return [Generation(s.id, "t") for s in samples[1:]]
        return [Generation(s.id, f"out {s.id}", elapsed_s=None if s.id == "s0" else 4.0) for s in samples]

    def generate_one(self, sample):
        self.seen.append(sample.id)
        if sample.id == self.fail_on:
            raise RuntimeError("one failed")
        return Generation(sample.id, f"out {sample.id}")


def _todo(n):
    return [(Sample.from_prompt(f"s{i}", "p"), f"k{i}") for i in range(n)]


def test_generate_batches_store_each_result_and_count_errors(tmp_path, caplog):
    with Store(tmp_path / "g.sqlite") as st:
        assert _generate(Batch(), "gs", [], st, False) == 0
        gen = Batch(fail_on="s2")
        with caplog.at_level(logging.WARNING, logger="empathy_core"):
            assert _generate(gen, "gs", _todo(5), st, False) == 2
        assert gen.seen == [["s0", "s1"], ["s2", "s3"], ["s4"]]
        gens = st.generations("gs", [f"k{i}" for i in range(5)])
        assert {k: (g.text, g.error) for k, g in gens.items()} == {
            "k0": ("out s0", None), "k1": ("out s1", None), "k2": (None, "RuntimeError: batch failed"),
            "k3": (None, "RuntimeError: batch failed"), "k4": ("out s4", None)}
        assert gens["k1"].elapsed_s == 4.0 and 0 < gens["k0"].elapsed_s < 4.0
        assert "generation failed for sample s2: RuntimeError: batch failed" in caplog.text
        assert _generate(Batch(short=True), "gs2", _todo(2), st, False) == 2
        assert st.generations("gs2", ["k0"])["k0"].error == "EmpathyError: generator returned 1 results for 2 samples"


@pytest.mark.parametrize("concurrency", [1, 3])
def test_generate_one_by_one_and_in_threads(tmp_path, concurrency):
    with Store(tmp_path / "g.sqlite") as st:
        gen = Batch(batch_size=1, concurrency=concurrency, fail_on="s1")
        assert _generate(gen, "gs", _todo(4), st, False) == 1
        assert sorted(gen.seen) == ["s0", "s1", "s2", "s3"]
        gens = st.generations("gs", [f"k{i}" for i in range(4)])
        assert {k: (g.sample_id, g.text, g.error) for k, g in gens.items()} == {
            "k0": ("s0", "out s0", None), "k1": ("s1", None, "RuntimeError: one failed"),
            "k2": ("s2", "out s2", None), "k3": ("s3", "out s3", None)}


def test_evaluate_counts_resume_and_status(tmp_path):
    db = tmp_path / "e.sqlite"
    samples = [Sample.from_prompt(f"s{i}", "p", language="en") for i in range(4)]
    res = evaluate(samples, Batch(batch_size=1, fail_on="s1"), [Idx()], db=db, name="e", bootstrap=0)
    assert (res.n_samples, res.n_cached, res.n_generated, res.n_errors) == (4, 0, 3, 1)
    assert res.aggregates == {"idx.v": pytest.approx(5 / 3)} and res.n_scores_cached == {"idx": 0}
    assert res.signatures == {"generator": Batch(batch_size=1).signature(), "idx": Idx().signature()}
    with Store(db) as st:
        assert st.get_run("e")["status"] == "complete_with_errors"
    again = evaluate(samples, Batch(batch_size=1), [Idx()], db=db, name="e", bootstrap=0)
    assert (again.n_cached, again.n_generated, again.n_errors) == (3, 1, 0)
    assert again.aggregates == {"idx.v": 1.5} and again.n_scores_cached == {"idx": 3}
    with Store(db) as st:
        run = st.get_run("e")
        assert run["status"] == "complete" and run["finished_at"]
        assert sorted(st.scores(run["id"])["idx"]) == ["s0", "s1", "s2", "s3"]
    limited = evaluate(samples, Batch(batch_size=1), [Idx()], db=db, limit=2, bootstrap=0)
    assert limited.n_samples == 2 and limited.n_cached == 2 and limited.aggregates == {"idx.v": 0.5}


@attrs.define
class Plain(Scorer):
    """No chunk_size attribute: the default chunk; a constant aggregate, also on no items."""

    name: ClassVar[str] = "plain"
    chunks: list = attrs.field(factory=list)

    def options(self):
        return {}

    def score(self, items):
        self.chunks.append(len(items))
        return [ItemScore(scores={"plain.v": 1.0}) for _ in items]

    def aggregate(self, items, results):
        return {"plain.n_items": float(len(items))}


def test_chunk_sizes_and_aggregate_of_no_items():
    sc = Plain()
    _score_items(sc, _items(["en"] * 3), False, None)
    assert sc.chunks == [3]
    one = Idx(chunk_size=1)
    _score_items(one, _items(["en"] * 3), False, None)
    assert one.chunks == [["s0"], ["s1"], ["s2"]]
    assert run_scorer(Plain(), []).aggregates == {}  # no items: no aggregate at all
    assert run_scorer(Plain(), _items(["en"])).aggregates == {"plain.n_items": 1.0}


def test_checkpoint_keys_include_the_generation_meta(tmp_path):
    items = [ScoreInput(sample=Sample.from_prompt("s0", "p"), response="r", meta={"emotion": "joy"})]
    with Store(tmp_path / "m.sqlite") as st:
        cp = _Checkpoint(st, "sig", items)
        assert cp.keys == [(score_sample_key(items[0].sample), response_hash("r", {"emotion": "joy"}))]
        assert cp.keys[0][1] != response_hash("r")


def test_progress_bars_only_when_asked(capsys, caplog):
    run_scorer(Idx(), _items(["en", "en", "en"]))
    score_all([Idx()], _items(["en"]))
    assert capsys.readouterr().err == ""
    run_scorer(Idx(), _items(["en", "en", "en"]), progress=True)
    err = capsys.readouterr().err
    assert "score idx:" in err and "0/3" in err


def test_skips_and_failures_are_logged(caplog):
    @attrs.define
    class Off(Idx):
        name: ClassVar[str] = "off"

        def unavailable(self):
            return "not here"

    with caplog.at_level(logging.DEBUG, logger="empathy_core"):
        o = run_scorer(Off(), _items(["en"]))
        run_scorer(Idx(bad="raise"), _items(["en"]))
    assert o.signature == Off().signature() and o.status == "skipped"
    msgs = [(r.levelname, r.getMessage(), bool(r.exc_info)) for r in caplog.records]
    assert ("WARNING", "scorer off skipped: not here", False) in msgs
    assert ("DEBUG", "scorer idx traceback", True) in msgs


def test_finish_measures_elapsed_from_t0():
    import time

    s = Sample.from_prompt("a", "p")
    t0 = time.perf_counter() - 5.0
    assert 5.0 <= _finish("g", s, None, t0, ValueError("x")).elapsed_s < 60.0
    assert 5.0 <= _finish("g", s, Generation("a", "t"), t0, None).elapsed_s < 60.0


def test_unscored_reasons_ties_by_reason():
    r = [ItemScore.skip("c"), ItemScore.skip("a"), ItemScore.skip("b"), ItemScore.skip("b")]
    assert list(unscored_reasons(r).items()) == [("b", 2), ("a", 1), ("c", 1)]
