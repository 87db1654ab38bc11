"""Issue 16: the streamed report (issue 13c) with known values, from the survivors of mutation
testing (docs/results/mutation.md): unscored counts and the order of their reasons, a report without
a bootstrap or without any successful generation, the number of samples, corpus values that read
the responses (distinct-n) per group, a group without a scorer's results, and the notes of a scorer
whose mergeable form fails."""

from __future__ import annotations

import logging
from typing import ClassVar

import attrs

from empathy_core import Generation, Generator, ItemScore, Sample, Scorer, evaluate
from empathy_core.models import ScoreInput
from empathy_core.report import build_report, group_aggregates, group_notes
from empathy_core.store import Store


@attrs.define
class Echo(Generator):
    name: ClassVar[str] = "echo2"
    version: ClassVar[str] = "1"
    fail: bool = False

    def options(self):
        return {}

    def generate_one(self, sample):
        if self.fail:
            raise RuntimeError("down")
        return Generation(sample.id, sample.meta.get("reply", ""))


@attrs.define
class Picky(Scorer):
    """Leaves out responses with a reason: 'b: short' for 1-word replies, 'a: empty' for empty ones."""

    name: ClassVar[str] = "picky"

    def options(self):
        return {}

    def score(self, items):
        out = []
        for it in items:
            n = len(it.response.split())
            if n == 0:
                out.append(ItemScore.skip("a: empty"))
            elif n == 1:
                out.append(ItemScore.skip("b: short"))
            else:
                out.append(ItemScore(scores={"picky.n": float(n)}))
        return out


def _samples(replies, langs):
    return [Sample.from_prompt(f"s{i}", "p", language=lang, meta={"reply": r}) for i, (r, lang) in
            enumerate(zip(replies, langs))]


def test_streamed_report_counts_reasons_groups_and_samples(tmp_path):
    db = tmp_path / "r.sqlite"
    replies = ["one", "", "two words", "x", "a b c", "a a", ""]
    langs = ["en", "en", "fr", "fr", "fr", "en", "fr"]
    evaluate(_samples(replies, langs), Echo(), [Picky(), "distinct"], db=db, name="r", bootstrap=0)
    with Store(db) as st:
        rep = build_report(st, "r", by=["language"], bootstrap=0)
        boot = build_report(st, "r", by=["language"], bootstrap=50)
    assert rep["unscored"] == {"picky": 4, "distinct": 0}
    # most frequent first; a tie (2 and 2) by the reason's text
    assert list(rep["unscored_reasons"]["picky"].items()) == [("a: empty", 2), ("b: short", 2)]
    assert rep["intervals"] == {} and rep["bootstrap"] is None
    assert len(rep["samples"]) == 7 and rep["run"]["n_samples"] == 7
    # distinct-n per group reads the responses themselves: en "one", "", "a a"; fr "two words", "x", "a b c", ""
    en, fr = rep["groups"]["language"]["en"], rep["groups"]["language"]["fr"]
    assert en["aggregates"]["distinct.distinct_1"] == 2 / 3 and fr["aggregates"]["distinct.distinct_1"] == 1.0
    assert en["aggregates"]["distinct.distinct_2"] == 1.0 and fr["aggregates"]["distinct.distinct_2"] == 1.0
    assert en["aggregates"]["picky.n"] == 2.0 and fr["aggregates"]["picky.n"] == 2.5
    assert set(boot["intervals"]) >= {"picky.n", "distinct.distinct_1"}


def test_streamed_report_reasons_ordered_by_count(tmp_path):
    db = tmp_path / "o.sqlite"
    replies = ["x", "y", "", "z"]
    evaluate(_samples(replies, ["en"] * 4), Echo(), [Picky()], db=db, name="o", bootstrap=0)
    with Store(db) as st:
        rep = build_report(st, "o", bootstrap=0)
    assert list(rep["unscored_reasons"]["picky"].items()) == [("b: short", 3), ("a: empty", 1)]
    assert rep["unscored"] == {"picky": 4}


def test_report_with_a_bootstrap_and_no_successful_generation(tmp_path):
    db = tmp_path / "f.sqlite"
    evaluate(_samples(["a b"] * 3, ["en"] * 3), Echo(fail=True), [Picky()], db=db, name="f", bootstrap=0)
    with Store(db) as st:
        rep = build_report(st, "f", by=["language"], bootstrap=100)
    assert rep["intervals"] == {} and rep["run"]["n_errors"] == 3
    assert rep["bootstrap"] == {"replicates": 100, "seed": 0, "confidence": 0.95, "interval": "expanded percentile",
                                "unit": "sample"}


class Counted(Scorer):
    """Its corpus values include a count, also for a group without any of its results."""

    name = "cnt"

    def score(self, items):
        return [ItemScore({"cnt.v": 1.0}) for _ in items]

    def aggregate(self, items, results):
        return {"cnt.n": float(len(results)), "cnt.items": float(len(items))}


def _ok(n):
    return [(s, ScoreInput(sample=s, response="r")) for s in
            (Sample.from_prompt(f"s{i}", "p", language="en") for i in range(n))]


def test_group_without_the_scorers_results_gets_its_aggregate_of_nothing():
    ok = _ok(2)
    scores = {"cnt": {"s0": ItemScore({"cnt.v": 1.0}), "s1": ItemScore({"cnt.v": 1.0})}}
    out = group_aggregates(ok, scores, {"cnt": Counted()}, lambda s: "all", all_keys=["none"])
    assert out == {"all": {"cnt.n": 2.0, "cnt.items": 2.0}, "none": {"cnt.n": 0.0, "cnt.items": 0.0}}


class BrokenState(Scorer):
    name = "bs"

    def score(self, items):
        return [ItemScore({"bs.v": 1.0}) for _ in items]

    def partial(self, items, results):
        raise ValueError("no state here")

    def report_notes(self, items, results):
        return ["a note"]


def test_notes_of_a_scorer_whose_state_fails_are_logged_with_the_reason(caplog):
    ok = _ok(2)
    scores = {"bs": {"s0": ItemScore({"bs.v": 1.0}), "s1": ItemScore({"bs.v": 1.0})}}
    with caplog.at_level(logging.INFO, logger="empathy_core"):
        assert group_notes(ok, scores, {"bs": BrokenState()}) == []
    assert [r.getMessage() for r in caplog.records] == ["report: notes of bs failed (no state here)"]


class BrokenCounted(Counted):
    """Its mergeable form fails: the groups fall back to means, and a group without its results
    to its aggregate of nothing."""

    name = "cnt"

    def partial(self, items, results):
        raise ValueError("no state")


def test_fallback_group_without_results_gets_its_aggregate_of_nothing():
    ok = _ok(2)
    scores = {"cnt": {"s0": ItemScore({"cnt.v": 1.0}), "s1": ItemScore({"cnt.v": 3.0})}}
    out = group_aggregates(ok, scores, {"cnt": BrokenCounted()}, lambda s: "all", all_keys=["none"])
    assert out == {"all": {"cnt.v": 2.0}, "none": {"cnt.n": 0.0, "cnt.items": 0.0}}


def test_group_key_reads_a_detected_language():
    from empathy_core.report import _group_key

    s = Sample.from_prompt("s0", "p")  # no declared language
    scores = {"a": {"s1": ItemScore({"a.v": 1.0}, language="de")}, "b": {"s0": ItemScore({"b.v": 1.0}, language="fr")}}
    assert _group_key(s, "language", scores) == "fr"
    assert _group_key(Sample.from_prompt("s9", "p"), "language", scores) == "unknown"

