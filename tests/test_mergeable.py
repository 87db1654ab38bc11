"""Mergeable corpus metrics: merged partition states equal the single-process aggregate, exactly."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from empathy_core.base import Scorer, mean_scores
from empathy_core.mergeable import ExactSum, KeptState, MeanState
from empathy_core.models import ItemScore, Sample, ScoreInput
from empathy_core.runner import score_items
from empathy_core.scorers.bleu import BleuScorer
from empathy_core.scorers.distinct import DistinctScorer
from empathy_core.scorers.length import LengthScorer

WORDS = ["i", "love", "you", "care", "about", "ai", "je", "t'aime", "ich", "liebe", "dich", "sad", "...", "!", "the"]
LANGS = [None, "en", "fr", "de"]

text = st.lists(st.sampled_from(WORDS), min_size=0, max_size=12).map(" ".join)
item = st.builds(
    lambda i, resp, lang, refs: ScoreInput(sample=Sample.from_prompt(str(i), "hi", language=lang, references=refs),
                                           response=resp),
    st.integers(0, 10**6), text, st.sampled_from(LANGS), st.lists(text, min_size=0, max_size=3))
corpus = st.lists(item, min_size=0, max_size=25)


def cuts(n: int) -> st.SearchStrategy[list[int]]:
    return st.lists(st.integers(0, n), max_size=4).map(lambda c: sorted(set(c)))


def split(xs: list, at: list[int]) -> list[list]:
    bounds = [0, *at, len(xs)]
    return [xs[a:b] for a, b in zip(bounds, bounds[1:])]


def merged(sc: Scorer, items: list[ScoreInput], at: list[int]) -> dict[str, float]:
    res = score_items(sc, items)
    states = [sc.partial(i, r) for i, r in zip(split(items, at), split(res, at))]
    return sc.finalize(sc.merge(states))


def single(sc: Scorer, items: list[ScoreInput]) -> dict[str, float]:
    res = score_items(sc, items)
    return sc.aggregate(items, res) if items else {}


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.data())
@pytest.mark.parametrize("make", [lambda: BleuScorer(), lambda: BleuScorer(max_order=2, sentence=True),
                                  lambda: DistinctScorer(), lambda: DistinctScorer(max_n=3, lowercase=False),
                                  lambda: LengthScorer()], ids=["bleu", "bleu2-sentence", "distinct", "distinct3",
                                                                "length"])
def test_merged_equals_single_process(make, data) -> None:  # type: ignore[no-untyped-def]
    sc = make()
    items = data.draw(corpus)
    at = data.draw(cuts(len(items)))
    assert merged(sc, items, at) == single(sc, items)  # exact: no tolerance


def test_bleu_state_is_sacrebleu_statistics() -> None:
    import sacrebleu

    hyps = ["the cat sat on the mat", "i love you", "hello there"]
    refs = [["the cat is on the mat"], ["i care about you"], ["hello there friend"]]
    items = [ScoreInput(Sample.from_prompt(str(i), "p", references=r), h) for i, (h, r) in enumerate(zip(hyps, refs))]
    sc = BleuScorer()
    st1 = sc.partial(items[:1], score_items(sc, items[:1]))
    st2 = sc.partial(items[1:], score_items(sc, items[1:]))
    m = sc.merge([st2, st1])  # order of partitions does not matter for sums
    assert m.n == 3
    expected = sacrebleu.corpus_bleu(hyps, [[r[0] for r in refs]]).score
    assert sc.finalize(m)["bleu.bleu_4"] == pytest.approx(expected, abs=1e-9)
    # hypothesis words: 6 + 3 + 2 (13a tokenizer), reference words 6 + 4 + 3
    assert m.totals[:2] == [11, 13]


def test_distinct_state_counts_ngrams() -> None:
    items = [ScoreInput(Sample.from_prompt("1", "p", language="en"), "a b a"),
             ScoreInput(Sample.from_prompt("2", "p", language="en"), "a b")]
    sc = DistinctScorer()
    s = sc.merge([sc.partial(items[:1], []), sc.partial(items[1:], [])])
    assert s.totals == [5, 3]
    assert s.seen[0] == {("a",), ("b",)}
    assert sc.finalize(s) == {"distinct.distinct_1": 2 / 5, "distinct.distinct_2": 2 / 3}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12), max_size=40),
       st.data())
def test_exact_sum_is_fsum_whatever_the_split(values, data) -> None:  # type: ignore[no-untyped-def]
    at = data.draw(cuts(len(values)))
    parts = []
    for chunk in split(values, at):
        s = ExactSum()
        for v in chunk:
            s.add(v)
        parts.append(s)
    total = ExactSum()
    for p in reversed(parts):
        total.update(p)
    assert total.value() == math.fsum(values)


def test_exact_sum_where_naive_sum_is_wrong() -> None:
    s = ExactSum()
    for v in [1e16, 1.0, -1e16, 0.1, 0.2]:
        s.add(v)
    assert s.value() == math.fsum([1e16, 1.0, -1e16, 0.1, 0.2]) == 1.3
    assert sum([1e16, 1.0, -1e16, 0.1, 0.2]) != 1.3


def test_mean_state_skips_unscored_and_matches_mean_scores() -> None:
    res = [ItemScore({"x.a": 1.0, "x.b": 0.5}), ItemScore.skip("no"), ItemScore({"x.a": 4.0})]
    ms = MeanState().add_results(res)
    assert ms.counts == {"x.a": 2, "x.b": 1}
    assert ms.means() == {"x.a": 2.5, "x.b": 0.5} == mean_scores(res)


class _OnlyAggregate(Scorer):
    """A third-party scorer that defines aggregate only (a median): the default state keeps items."""

    name = "median"

    def score(self, items):  # type: ignore[no-untyped-def]
        return [ItemScore({"median.len": float(len(it.response))}) for it in items]

    def aggregate(self, items, results):  # type: ignore[no-untyped-def]
        v = sorted(r.scores["median.len"] for r in results)
        return {"median.median": v[len(v) // 2]}


class _MeansOnly(Scorer):
    name = "m"

    def score(self, items):  # type: ignore[no-untyped-def]
        return [ItemScore({"m.len": float(len(it.response))}) for it in items]


def test_default_state_keeps_items_for_aggregate_only_scorers_and_sums_for_means() -> None:
    items = [ScoreInput(Sample.from_prompt(str(i), "p"), "x" * i) for i in (5, 1, 9, 3)]
    sc = _OnlyAggregate()
    s1, s2 = sc.partial(items[:2], sc.score(items[:2])), sc.partial(items[2:], sc.score(items[2:]))
    assert isinstance(s1, KeptState)
    assert sc.finalize(sc.merge([s1, s2])) == {"median.median": 5.0}
    m = _MeansOnly()
    s1, s2 = m.partial(items[:2], m.score(items[:2])), m.partial(items[2:], m.score(items[2:]))
    assert isinstance(s1, MeanState)
    assert m.finalize(m.merge([s1, s2])) == {"m.len": 4.5}
