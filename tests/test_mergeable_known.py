"""Issue 16: the mergeable states with known values written out in the test (mutation testing of
``empathy_core/mergeable.py``, docs/results/mutation.md): exact sums of hand-picked floats, mean
states merged from partial states, what travels between processes, the accumulator's compaction and
the grouped states' chunks."""

from __future__ import annotations

import math
import pickle
from fractions import Fraction

import pytest

from empathy_core.mergeable import (
    ExactSum,
    KeptState,
    MeanState,
    StateAccumulator,
    fsum_mean,
    grouped_states,
    merge_kept,
    merge_means,
    pack_item,
    pack_score,
    unpack_item,
    unpack_score,
)
from empathy_core.models import ItemScore, Sample, ScoreInput, Turn


def _sum(*xs: float) -> ExactSum:
    s = ExactSum()
    for x in xs:
        s.add(x)
    return s


def test_exact_sum_holds_each_kind_of_float_exactly() -> None:
    # integers below 9e15 (shifted), integers above (as ratios), fractions, negatives, subnormals
    assert _sum(3.0).scaled == 3 << 1074
    assert _sum(-3.0).scaled == -(3 << 1074)
    assert _sum(0.5).scaled == 1 << 1073
    assert _sum(0.75).scaled == 3 << 1072
    assert _sum(2.0**60).scaled == 1 << (1074 + 60)
    assert _sum(5e-324).scaled == 1  # the smallest subnormal is 1 unit
    assert _sum(1e16).value() == 1e16 and _sum(9.5e15).value() == 9.5e15
    assert _sum(0.1).value() == 0.1
    assert _sum(2).value() == 2.0 and isinstance(_sum(2).value(), float)  # ints are taken as floats
    # exact where float addition is not: 0.1 + 0.2 is 0.30000000000000004 in floats
    assert _sum(0.1, 0.2).scaled == (Fraction(0.1) + Fraction(0.2)) * 2**1074
    assert _sum(0.1, 0.2).value() == float(Fraction(0.1) + Fraction(0.2)) == 0.30000000000000004
    assert _sum(1e100, 1.0, -1e100).value() == 1.0
    assert _sum(1e16, 1.0, 1.0).value() == 1.0000000000000002e16  # 1e16 + 2; float adds give 1e16
    assert _sum().value() == 0.0 and _sum(0.0, -0.0).value() == 0.0


def test_exact_sum_keeps_infinities_and_nan_apart() -> None:
    assert _sum(1.0, math.inf).value() == math.inf
    assert _sum(1.0, -math.inf, 5.0).value() == -math.inf
    assert math.isnan(_sum(math.inf, -math.inf).value())  # inf - inf
    assert math.isnan(_sum(2.0, math.nan).value())
    s = _sum(1.5, math.inf)
    assert (s.scaled, s.special) == (3 << 1073, math.inf)


def test_exact_sum_update_adds_both_parts() -> None:
    a, b = _sum(0.25, math.inf), _sum(0.5)
    a.update(b)
    assert (a.scaled, a.special) == (3 << 1072, math.inf)
    c, d = _sum(0.25), _sum(0.5, -math.inf)
    c.update(d)
    assert (c.scaled, c.special, c.value()) == (3 << 1072, -math.inf, -math.inf)
    e = _sum(0.25)
    e.update(_sum(0.5))
    assert e.value() == 0.75 and e.special == 0.0


def test_fsum_mean() -> None:
    assert fsum_mean([1e16, 1.0, -1e16]) == 1 / 3
    assert fsum_mean([0.1] * 10) == 0.1
    assert fsum_mean([2.0, 4.0]) == 3.0
    with pytest.raises(ZeroDivisionError):
        fsum_mean([])


def test_mean_states_merged_from_partial_states() -> None:
    a = MeanState().add_results([ItemScore({"m.x": 1.0, "m.y": 10.0}), ItemScore({"m.x": 2.0})])
    b = MeanState().add_results([ItemScore({"m.x": 6.0}), ItemScore.skip("no text"), ItemScore({"m.z": 0.5})])
    assert a.counts == {"m.x": 2, "m.y": 1} and b.counts == {"m.x": 1, "m.z": 1}
    merged = merge_means([a, b])
    assert merged.counts == {"m.x": 3, "m.y": 1, "m.z": 1}
    assert merged.means() == {"m.x": 3.0, "m.y": 10.0, "m.z": 0.5}
    # merging copies: the partial states are unchanged, and so is the merged one when they change
    assert a.counts == {"m.x": 2, "m.y": 1} and a.means() == {"m.x": 1.5, "m.y": 10.0}
    assert b.means() == {"m.x": 6.0, "m.z": 0.5}
    b.add("m.z", 1.5)
    assert merged.means()["m.z"] == 0.5 and merged.counts["m.z"] == 1
    # a key new to the running state brings its special part (an infinity) with it
    inf = MeanState()
    inf.add("m.w", math.inf)
    out = MeanState()
    out.update(inf)
    assert out.means() == {"m.w": math.inf} and out.counts == {"m.w": 1}
    assert merge_means([]).means() == {} and merge_means([]).counts == {}
    # a key with no scored value has no mean (a count of 0 is left out, not divided by)
    empty = MeanState(sums={"m.v": ExactSum()}, counts={"m.v": 0})
    assert empty.means() == {}


def test_items_and_scores_travel_as_tuples_and_come_back_equal() -> None:
    s = Sample(id="s7", turns=(Turn("user", "hi"), Turn("assistant", "hello"), Turn("user", "bye")),
               language="fr", references=("ref a", "ref b"), meta={"category": "Love"})
    it = ScoreInput(sample=s, response="au revoir", meta={"emotion": "joy"})
    t = pack_item(it)
    assert t == ("s7", (("user", "hi"), ("assistant", "hello"), ("user", "bye")), "fr", ("ref a", "ref b"),
                 {"category": "Love"}, "au revoir", {"emotion": "joy"})
    back = unpack_item(pickle.loads(pickle.dumps(t)))
    assert back == it
    assert (back.sample.id, back.sample.language, back.sample.references) == ("s7", "fr", ("ref a", "ref b"))
    assert [(x.role, x.text) for x in back.sample.turns] == [("user", "hi"), ("assistant", "hello"), ("user", "bye")]
    assert dict(back.sample.meta) == {"category": "Love"} and dict(back.meta) == {"emotion": "joy"}
    assert back.response == "au revoir"
    r = ItemScore(scores={"b.rate": 1.0}, evidence={"spans": [[0, 3]]}, language="fr")
    u = ItemScore.skip("not french", language="de")
    assert pack_score(r) == ({"b.rate": 1.0}, r.evidence, None, "fr")
    for x in (r, u):
        y = unpack_score(pickle.loads(pickle.dumps(pack_score(x))))
        assert y == x
        assert (dict(y.scores), y.evidence, y.unscored, y.language) == (dict(x.scores), x.evidence, x.unscored,
                                                                        x.language)
    assert unpack_score(pack_score(u)).unscored == "not french" and unpack_score(pack_score(u)).language == "de"


def test_kept_state_pickles_its_items_and_results() -> None:
    items = [ScoreInput(Sample.from_prompt(f"s{i}", f"p{i}", language="en", meta={"k": i}), f"r{i}", meta={"g": i})
             for i in range(3)]
    results = [ItemScore({"m.x": float(i)}) for i in range(2)] + [ItemScore.skip("why")]
    state = KeptState(list(items), list(results))
    assert state.__getstate__() == {"items": [pack_item(i) for i in items], "results": [pack_score(r) for r in results]}
    back = pickle.loads(pickle.dumps(state))
    assert isinstance(back, KeptState)
    assert back.items == items and back.results == results
    assert [dict(i.sample.meta) for i in back.items] == [{"k": 0}, {"k": 1}, {"k": 2}]
    m = merge_kept([KeptState(items[:1], results[:1]), KeptState(), KeptState(items[1:], results[1:])])
    assert m.items == items and m.results == results


class _Recorder:
    """A scorer's mergeable form that notes each call: partial states are lists of responses."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def partial(self, items, results):  # type: ignore[no-untyped-def]
        self.calls.append(("partial", [it.response for it in items]))
        return [it.response for it in items]

    def merge(self, states):  # type: ignore[no-untyped-def]
        self.calls.append(("merge", len(states)))
        return [x for s in states for x in s]


def _items(*texts: str) -> list[ScoreInput]:
    return [ScoreInput(Sample.from_prompt(t, "p"), t) for t in texts]


def test_state_accumulator_compacts_every_n_partitions() -> None:
    sc = _Recorder()
    acc = StateAccumulator(sc, compact_every=2)
    assert acc.compact_every == 2 and StateAccumulator(sc).compact_every == 32
    acc.add(_items("a"), [])
    assert sc.calls == [("partial", ["a"])]
    acc.add(_items("b", "c"), [])
    assert sc.calls[-1] == ("merge", 2)  # the second partition: two pending, merged
    acc.add_state(["d"])
    assert sc.calls[-1] == ("merge", 2)  # nothing merged yet: one pending
    acc.add_state(["e"])
    assert sc.calls[-1] == ("merge", 3)  # the merged state and two pending
    n = len(sc.calls)
    assert acc.state() == ["a", "b", "c", "d", "e"]
    assert len(sc.calls) == n  # nothing pending: no merge
    acc.add(_items("f"), [])
    assert acc.state() == ["a", "b", "c", "d", "e", "f"] and sc.calls[-1] == ("merge", 2)
    # with nothing added the state is the merge of no partition
    sc2 = _Recorder()
    assert StateAccumulator(sc2).state() == [] and sc2.calls == [("merge", 0)]


def test_grouped_states_hold_at_most_chunk_size_rows_per_group() -> None:
    sc = _Recorder()
    rows = [(k, it, ItemScore({})) for k, it in zip("abaaba", _items("1", "2", "3", "4", "5", "6"))]
    states = grouped_states(sc, rows, chunk_size=2)
    assert states == {"a": ["1", "3", "4", "6"], "b": ["2", "5"]}
    assert [c for c in sc.calls if c[0] == "partial"] == [("partial", ["1", "3"]), ("partial", ["2", "5"]),
                                                          ("partial", ["4", "6"])]
    sc = _Recorder()
    assert grouped_states(sc, rows) == {"a": ["1", "3", "4", "6"], "b": ["2", "5"]}
    assert [c for c in sc.calls if c[0] == "partial"] == [("partial", ["1", "3", "4", "6"]), ("partial", ["2", "5"])]
    sc = _Recorder()
    assert grouped_states(sc, rows[:4], chunk_size=3) == {"a": ["1", "3", "4"], "b": ["2"]}
    assert [c for c in sc.calls if c[0] == "partial"] == [("partial", ["1", "3", "4"]), ("partial", ["2"])]
    assert grouped_states(_Recorder(), []) == {}


def test_grouped_states_of_a_scorer_with_means() -> None:
    from empathy_core.scorers.length import LengthScorer

    sc = LengthScorer()
    items = [ScoreInput(Sample.from_prompt(f"s{i}", "p"), " ".join(["w"] * (i + 1))) for i in range(5)]
    res = sc.score(items)
    rows = [(k, it, r) for k, it, r in zip("ababa", items, res)]
    for size in (1, 2, 512):
        states = grouped_states(sc, rows, chunk_size=size)
        assert {k: sc.finalize(v)["length.words"] for k, v in states.items()} == {"a": 3.0, "b": 3.0}
    skipped = [(k, it, ItemScore.skip("no") if k == "b" else r) for k, it, r in rows]
    states = grouped_states(sc, skipped, chunk_size=2)
    assert sc.finalize(states["a"])["length.words"] == 3.0 and sc.finalize(states["b"]) == {}
