"""Issue 16: report grouping and aggregation in-process with known values (mutation testing sees
in-process tests only; see docs/results/mutation.md)."""

import logging
from typing import ClassVar

import attrs
import pytest

from empathy_core import Generation, Generator, ItemScore, Sample, Scorer, evaluate
from empathy_core.errors import UsageError
from empathy_core.models import ScoreInput
from empathy_core.report import (
    LANGUAGE_FIELD_NOTE,
    NONE,
    _field_value,
    _group_key,
    _scorer_instance,
    _state_scorer,
    build_report,
    format_unscored,
    group_aggregates,
    group_label,
    group_notes,
    is_count,
    split_counts,
    subset_results,
)
from empathy_core.store import Store


def test_is_count_and_split_counts():
    for key in ("a.n", "a.count", "a.scored", "a.unscored", "a.n_items", "a.x_count", "a.x_n", "n", "count"):
        assert is_count(key), key
    for key in ("a.mean", "a.nx", "a.ncount", "a.count_x", "a.x_nn", "a.scoredx", "a.b.n"):
        assert not is_count(key), key
    assert is_count("a.total", declared=("a.total",)) and not is_count("a.total")
    assert is_count("a.b.n", declared=frozenset({"a.b.n"}))
    aggs = {"a.n": 3.0, "a.mean": 0.5, "a.total": 7.0, "a.x_count": 1.0, "a.rate": 0.2}
    rates, counts = split_counts(aggs, ["a.total"])
    assert list(rates.items()) == [("a.mean", 0.5), ("a.rate", 0.2)]
    assert list(counts.items()) == [("a.n", 3.0), ("a.total", 7.0), ("a.x_count", 1.0)]
    assert split_counts(aggs)[1] == {"a.n": 3.0, "a.x_count": 1.0}


def test_format_unscored_orders_and_limits():
    lines = format_unscored({"s": {"b": 2, "a": 2, "c": 5, "d": 1}, "t": {"x": 1}}, limit=2)
    assert lines == ["unscored by s: 10 response(s) — c: 5; a: 2; … 2 more reason(s)",
                     "unscored by t: 1 response(s) — x: 1"]
    assert format_unscored({"s": {"a": 1, "b": 1}}, limit=2) == ["unscored by s: 2 response(s) — a: 1; b: 1"]
    assert format_unscored({"s": {f"r{i}": 1 for i in range(6)}})[0].endswith("r4: 1; … 1 more reason(s)")


def test_group_label_and_field_values():
    assert group_label("category") == "by category"
    assert group_label("language+category") == f"by language+category ({LANGUAGE_FIELD_NOTE})"
    assert group_label("languages") == "by languages"
    declared = Sample.from_prompt("a", "p", language="de", meta={"c": "x", "e": "", "z": 0})
    bare = Sample.from_prompt("b", "p", meta={"c": 3})
    scores = {"one": {"b": ItemScore(scores={})}, "two": {"b": ItemScore(scores={}, language="fr")},
              "three": {"b": ItemScore(scores={}, language="es")}}
    assert _field_value(declared, "language", scores) == "de"
    assert _field_value(bare, "language", scores) == "fr"  # the first scorer that detected one
    assert _field_value(bare, "language", {"one": scores["one"]}) == "unknown"
    assert _field_value(bare, "language", {}) == "unknown"
    assert [_field_value(declared, f, {}) for f in ("c", "e", "missing", "z")] == ["x", NONE, NONE, "0"]
    assert _field_value(bare, "c", {}) == "3"
    assert _group_key(declared, "language+c", {}) == "de × x"
    assert _group_key(bare, "c", scores) == "3"


def test_subset_results_aligns_and_marks_missing():
    a, b = Sample.from_prompt("a", "p"), Sample.from_prompt("b", "p")
    sub = [(a, ScoreInput(sample=a, response="r")), (b, ScoreInput(sample=b, response="r"))]
    r = ItemScore(scores={"x.v": 1.0})
    assert subset_results(sub, {"x": {"b": r}, "y": {}}) == {
        "x": [ItemScore.skip("not scored"), r], "y": [ItemScore.skip("not scored")] * 2}


WORDS = {"s0": "one", "s1": "one two", "s2": "one two three", "s3": "one two three four", "s4": "a b c d e",
         "s5": "x"}


@attrs.define
class Fixed(Generator):
    name: ClassVar[str] = "fixed"
    version: ClassVar[str] = "1"

    def options(self):
        return {}

    def generate_one(self, sample):
        if sample.id == "s5":
            raise RuntimeError("no reply")
        n = int(sample.id[1:])
        return Generation(sample.id, WORDS.get(sample.id) or " ".join(["w"] * (n % 5 + 1)))


@attrs.define
class Flag(Scorer):
    """Not in the registry: reports fall back to means of per-response scores; s1 is unscored."""

    name: ClassVar[str] = "flag"

    def score(self, items):
        return [ItemScore.skip("odd one", language="fr") if it.sample.id == "s1"
                else ItemScore(scores={"flag.v": float(it.sample.id[1:])}, evidence={"id": it.sample.id},
                               language="en") for it in items]

    def aggregate(self, items, results):
        return {"flag.total": 99.0}


def _samples():
    langs = ["en", None, "en", "fr", "fr", "en"]
    cats = ["A", "A", "B", "B", "A", "A"]
    return [Sample.from_prompt(f"s{i}", f"prompt {i}", language=langs[i], meta={"cat": cats[i]}) for i in range(6)]


@pytest.fixture
def db(tmp_path):
    db = tmp_path / "g.sqlite"
    evaluate(_samples(), Fixed(), ["length", Flag()], db=db, name="g", bootstrap=0)
    return db


def test_groups_counts_errors_and_aggregates(db):
    with Store(db) as st:
        rep = build_report(st, "g", by=["language", "cat", "language+cat"], bootstrap=0)
    lang = rep["groups"]["language"]
    assert list(lang) == ["en", "fr"]  # s1 has no language: Flag detected fr for it
    assert lang["en"] == {"n": 3, "errors": 1, "intervals": {},
                          "aggregates": {"length.words": 2.0, "length.characters": 8.0, "flag.v": 1.0}}
    assert lang["fr"] == {"n": 3, "errors": 0, "intervals": {},
                          "aggregates": {"length.words": 11 / 3, "length.characters": 34 / 3, "flag.v": 3.5}}
    cat = rep["groups"]["cat"]
    assert {k: (v["n"], v["errors"], v["aggregates"]["length.words"]) for k, v in cat.items()} == {
        "A": (4, 1, 8 / 3), "B": (2, 0, 3.5)}
    both = rep["groups"]["language+cat"]
    assert list(both) == ["en × A", "en × B", "fr × A", "fr × B"]
    assert both["en × A"]["n"] == 2 and both["en × A"]["errors"] == 1
    assert both["en × A"]["aggregates"] == {"length.words": 1.0, "length.characters": 3.0, "flag.v": 0.0}
    assert both["fr × A"]["aggregates"] == {"length.words": 3.5, "length.characters": 8.0, "flag.v": 4.0}
    # the run level: the stored aggregates (Flag's own aggregate), not group means
    assert rep["aggregates"] == {"length.words": 3.0, "length.characters": 10.0, "flag.total": 99.0}
    assert rep["run"]["n_samples"] == 6 and rep["run"]["n_errors"] == 1 and rep["bootstrap"] is None
    assert rep["count_metrics"] == []
    assert rep["unscored"] == {"length": 0, "flag": 1}
    assert rep["unscored_reasons"] == {"flag": {"odd one": 1}}
    s = {x["id"]: x for x in rep["samples"]}
    assert s["s1"]["language"] == "fr" and s["s1"]["unscored"] == {"flag": "odd one"} and s["s1"]["evidence"] is None
    assert s["s0"]["scores"] == {"length.words": 1.0, "length.characters": 3.0, "flag.v": 0.0}
    assert s["s0"]["evidence"] == {"flag": {"id": "s0"}} and s["s0"]["unscored"] is None
    assert s["s0"]["error"] is None and s["s0"]["meta"] == {"cat": "A"} and s["s0"]["response"] == "one"
    assert s["s5"]["response"] is None and s["s5"]["error"] == "RuntimeError: no reply" and s["s5"]["scores"] == {}


def test_group_intervals_are_for_the_group_aggregates_only(db):
    with Store(db) as st:
        rep = build_report(st, "g", by=["cat"], bootstrap=200, seed=1)
        again = build_report(st, "g", by=["cat"], bootstrap=200, seed=1)
    assert rep["intervals"] == again["intervals"]
    assert set(rep["intervals"]) == {"length.words", "length.characters"}  # flag.total has no resampler
    lo, hi = rep["intervals"]["length.words"]
    assert lo <= 3.0 <= hi
    a = rep["groups"]["cat"]["A"]
    assert set(a["intervals"]) == {"length.words", "length.characters", "flag.v"}
    assert rep["bootstrap"]["replicates"] == 200 and rep["bootstrap"]["seed"] == 1


def test_unknown_group_field_names_the_fields(db):
    with Store(db) as st, pytest.raises(UsageError, match=r"--by 'colour': run g has no such field; fields: cat, "
                                                          r"language$"):
        build_report(st, "g", by=["language+colour"])


@attrs.define
class FlagR(Flag):
    """Flag as its rebuilt instance: a declared count, a note, and an aggregate that fails on groups."""

    count_metrics: ClassVar[frozenset] = frozenset({"flag.total"})

    def aggregate(self, items, results):
        if len(items) < 4:
            raise ValueError("too few")
        return {"flag.total": float(len(items)), "flag.items": float(len(results))}

    def report_notes(self, items, results):
        if any(it.sample.id == "s1" for it in items):
            raise RuntimeError("no notes")
        return [f"flag saw {','.join(it.sample.id for it in items)} / {len(results)}"]


@pytest.fixture
def rebuilt(monkeypatch):
    import empathy_core.report as report

    real = report._scorer_instance
    monkeypatch.setattr(report, "_scorer_instance", lambda rec: FlagR() if rec["name"] == "flag" else real(rec))


@attrs.define
class Early(Flag):
    """Not in the registry (no rebuilt instance) and first in name order."""

    name: ClassVar[str] = "early"

    def score(self, items):
        return [ItemScore(scores={"early.v": 1.0}) for _ in items]


def test_rebuilt_instances_aggregate_groups_fall_back_to_means_and_give_notes(tmp_path, rebuilt, caplog):
    db = tmp_path / "r.sqlite"
    samples = [attrs.evolve(s, meta={**s.meta, "all": "x"}) for s in _samples()]
    samples.append(Sample.from_prompt("s6", "prompt 6", language="en", meta={"cat": "C", "all": "x"}))
    evaluate(samples, Fixed(), ["length", Flag()], db=db, bootstrap=0)
    with Store(db) as st:
        rid = st.get_run("latest")["id"]
        # s6 fails too (a second error in its groups); s4 lost its flag score (older database)
        st.conn.execute("UPDATE generations SET text = NULL, error = 'lost' WHERE sample_id = 's6'")
        st.conn.execute("DELETE FROM scores WHERE sample_id = 's6'")
        st.conn.execute("DELETE FROM scores WHERE sample_id = 's4' AND scorer = 'flag'")
        with caplog.at_level(logging.INFO, logger="empathy_core"):
            rep = build_report(st, rid, by=["cat", "language", "all"], bootstrap=0)
    cat = rep["groups"]["cat"]
    assert cat["C"] == {"n": 1, "errors": 1, "aggregates": {}, "intervals": {}}
    assert rep["groups"]["language"]["en"]["errors"] == 2 and rep["groups"]["language"]["en"]["n"] == 4
    # group A (s0, s1, s4): FlagR fails on fewer than 4 items -> the mean of flag.v (s1 unscored, s4 lost)
    assert cat["A"]["aggregates"] == {"length.words": 8 / 3, "length.characters": 19 / 3, "flag.v": 0.0}
    # one group of all: FlagR's own aggregate on the items and results it has (s0-s3; s5 and s6 failed)
    assert rep["groups"]["all"]["x"]["aggregates"] == {"length.words": 3.0, "length.characters": 10.0,
                                                       "flag.total": 4.0, "flag.items": 4.0}
    infos = [r.getMessage() for r in caplog.records if r.levelname == "INFO"]
    assert "report: corpus values of flag failed on the groups (too few); using means" in infos
    assert rep["aggregates"]["flag.total"] == 99.0  # stored at run time (Flag), not recomputed
    assert rep["count_metrics"] == ["flag.total"]
    assert "report: notes of flag failed (no notes)" in infos and rep["notes"] == []
    s4 = next(s for s in rep["samples"] if s["id"] == "s4")
    assert s4["scores"] == {"length.words": 5.0, "length.characters": 9.0} and s4["evidence"] is None


def test_notes_of_rebuilt_instances_get_their_items(tmp_path, rebuilt):
    db = tmp_path / "n.sqlite"
    samples = [s for s in _samples() if s.id != "s1"]
    evaluate(samples, Fixed(), [Early(), Flag(), "length"], db=db, name="n", bootstrap=0)
    with Store(db) as st:
        st.conn.execute("DELETE FROM scores WHERE sample_id = 's2' AND scorer = 'flag'")
        rep = build_report(st, "n", bootstrap=0)
        one = build_report(st, "n", bootstrap=1)
    assert rep["notes"] == ["flag saw s0,s3,s4 / 3"]
    # one replicate gives no interval (too few) but the block says what was asked and how
    assert one["intervals"] == {} and one["bootstrap"] == {
        "replicates": 1, "seed": 0, "confidence": 0.95, "interval": "expanded percentile", "unit": "sample",
        "methods": {"early": "mean", "flag": "aggregate", "length": "mean"}}


def test_report_header_samples_and_bootstrap_block(tmp_path):
    db = tmp_path / "h.sqlite"
    samples = [Sample.from_prompt(f"s{i}", f"prompt {i}", language="en", meta={"cat": "A"}) for i in range(12)]
    evaluate(samples, Fixed(), ["length"], db=db, bootstrap=0)
    with Store(db) as st:
        run = st.get_run("latest")
        st.conn.execute("DELETE FROM generations WHERE sample_id = 's3'")  # never generated
        st.conn.execute("UPDATE generations SET usage = '{\"tokens\": 7}', meta = '{\"emotion\": \"joy\"}'"
                        " WHERE sample_id = 's0'")
        with pytest.raises(UsageError, match=rf"^--by 'x': run {run['id']} has no such field; fields: cat, language$"):
            build_report(st, run["id"], by=["x"])
        rep = build_report(st, run["id"], by=["cat"])
        explicit = build_report(st, run["id"], by=["cat"], bootstrap=1000, seed=0)
        other_seed = build_report(st, run["id"], by=["cat"], bootstrap=1000, seed=5)
        plain = build_report(st, run["id"], bootstrap=50)
    assert rep["run"] == {"id": run["id"], "name": None, "dataset": "samples", "dataset_signature": "samples:12",
                          "generator": "fixed", "generator_signature": run["generator_signature"],
                          "scorers": run["scorers"], "status": "complete_with_errors", "created_at": run["created_at"],
                          "updated_at": run["updated_at"], "finished_at": run["finished_at"], "n_samples": 12,
                          "n_errors": 2}  # s5 failed, s3 was never generated
    assert rep["intervals"] == explicit["intervals"] and rep["groups"] == explicit["groups"]
    assert rep["groups"]["cat"]["A"]["intervals"] != other_seed["groups"]["cat"]["A"]["intervals"]
    assert rep["bootstrap"] == {"replicates": 1000, "seed": 0, "confidence": 0.95, "interval": "expanded percentile",
                                "unit": "sample", "methods": {"length": "mean"}}
    assert plain["bootstrap"] == {"replicates": 50, "seed": 0, "confidence": 0.95, "interval": "expanded percentile",
                                  "unit": "sample", "methods": {"length": "mean"}}
    s = {x["id"]: x for x in rep["samples"]}
    assert s["s0"] == {"id": "s0", "language": "en", "prompt": "prompt 0", "response": "one",
                       "scores": {"length.words": 1.0, "length.characters": 3.0}, "unscored": None, "evidence": None,
                       "error": None, "generation_meta": {"emotion": "joy"}, "usage": {"tokens": 7},
                       "meta": {"cat": "A"}}
    assert s["s1"]["usage"] is None and s["s1"]["generation_meta"] == {}
    # the generation row is gone (its stored scores stay)
    assert s["s3"] == {"id": "s3", "language": "en", "prompt": "prompt 3", "response": None,
                       "scores": {"length.words": 4.0, "length.characters": 18.0},
                       "unscored": None, "evidence": None, "error": "not generated", "generation_meta": {},
                       "usage": None, "meta": {"cat": "A"}}


def test_scorer_instance_rebuilds_or_logs_why(db, caplog):
    from empathy_core.plugins import get_registry
    from empathy_core.scorers.length import LengthScorer

    assert isinstance(_scorer_instance({"name": "length", "spec": "length"}), LengthScorer)
    try:
        get_registry().scorer("flag")
    except Exception as e:  # noqa: BLE001 - the registry's own error text
        why = str(e)
    expected = f"report: cannot rebuild scorer flag ({why}); group values are means of per-response scores"
    with caplog.at_level(logging.INFO, logger="empathy_core"):
        assert _scorer_instance({"name": "flag", "spec": "flag"}) is None
    assert [r.getMessage() for r in caplog.records] == [expected]
    # a scorer that cannot be rebuilt gives group means through the default Scorer's mergeable
    # form: no failure on the way (only the message above, once per report)
    base = _state_scorer(None)
    assert type(base) is Scorer and _state_scorer(base) is base
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="empathy_core"), Store(db) as st:
        rep = build_report(st, "g", by=["cat"], bootstrap=0)
    assert [r.getMessage() for r in caplog.records] == [expected]
    assert rep["groups"]["cat"]["B"]["aggregates"]["flag.v"] == 2.5


@attrs.define
class Cnt(Scorer):
    """Records the partition sizes of its mergeable form; its aggregate counts the items, also of none."""

    name: ClassVar[str] = "cnt"
    parts: list = attrs.field(factory=list)

    def score(self, items):
        return [ItemScore(scores={"cnt.v": 1.0}) for _ in items]

    def aggregate(self, items, results):
        return {"cnt.n": float(len(items))}

    def partial(self, items, results):
        self.parts.append(len(items))
        return super().partial(items, results)

    def report_notes(self, items, results):
        return [f"cnt saw {len(items)} items, {len(results)} results"]


def test_group_aggregates_chunks_and_groups_without_results():
    samples = [Sample.from_prompt(f"s{i}", "p", meta={"g": "a" if i < 5 else "b"}) for i in range(7)]
    ok = [(s, ScoreInput(sample=s, response="r")) for s in samples]
    res = {"cnt": {s.id: ItemScore(scores={"cnt.v": float(i)}) for i, s in enumerate(samples) if s.meta["g"] == "a"}}
    sc = Cnt()
    out = group_aggregates(ok, res, {"cnt": sc}, lambda s: s.meta["g"], chunk_size=2, all_keys=["c"])
    assert sc.parts == [2, 2, 1]  # group a's 5 rows in chunks of 2
    # a: its own aggregate on the kept rows (it overrides aggregate); b (rows but no result) and c
    # (no rows): aggregate([], [])
    assert out == {"a": {"cnt.n": 5.0}, "b": {"cnt.n": 0.0}, "c": {"cnt.n": 0.0}}
    sc2 = Cnt()
    group_aggregates(ok, res, {"cnt": sc2}, lambda s: s.meta["g"])
    assert sc2.parts == [5]  # the default chunk holds them all
    # notes: from the merged state of the rows that have a result, else report_notes([], [])
    assert group_notes(ok, res, {"cnt": Cnt()}) == ["cnt saw 5 items, 5 results"]
    assert group_notes(ok, {"cnt": {}}, {"cnt": Cnt()}) == ["cnt saw 0 items, 0 results"]
    assert group_notes(ok, res, {"cnt": None}) == []


def test_group_intervals_resample_the_groups_by_detected_language(db):
    with Store(db) as st:
        rep = build_report(st, "g", by=["language"], bootstrap=50, seed=2)
    fr = rep["groups"]["language"]["fr"]  # s1 (no declared language, Flag detected fr), s3, s4
    assert fr["n"] == 3 and set(fr["intervals"]) == {"length.words", "length.characters", "flag.v"}
    lo, hi = fr["intervals"]["length.words"]
    assert lo <= 11 / 3 <= hi
