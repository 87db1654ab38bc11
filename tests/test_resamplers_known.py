"""Known values of the BLEU and distinct-n bootstrap resamplers and of their partitioned forms
(``bootstrap_partial`` / ``bootstrap_accumulator``): each replicate row ``w`` (how often each item is
drawn) must give the metric of the corpus that repeats item ``i`` ``w[i]`` times, checked against
hand-computed numbers and against sacrebleu / ``distinct_n`` on that expanded corpus (issue 16)."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
import sacrebleu

from empathy_core import Sample, ScoreInput
from empathy_core.models import ItemScore
from empathy_core.scorers.bleu import BleuScorer, BleuState
from empathy_core.scorers.distinct import DistinctScorer, DistinctState, distinct_n

HYPS = ["a b c", "a b d e", "x y", "no ref here"]
REFS = [("a b d",), ("a b d e",), ("x y z", "y x"), ()]
# sacrebleu's sufficient statistics per sentence (13a splits these on spaces):
# hyp len, closest ref len, correct 1..4-grams, total 1..4-grams; the last item has no reference
STATS = [[3, 3, 2, 1, 0, 0, 3, 2, 1, 0],
         [4, 4, 4, 3, 2, 1, 4, 3, 2, 1],
         [2, 2, 2, 1, 0, 0, 2, 1, 0, 0],
         [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]
# rows: all once; item 0 twice + item 2; only the unscored item; nothing drawn; item 1 three times;
# item 2 once (one scored response drawn once)
W = np.array([[1, 1, 1, 1], [2, 0, 1, 0], [0, 0, 0, 3], [0, 0, 0, 0], [0, 3, 0, 1], [0, 0, 1, 0]],
             dtype=np.float64)


def _items(hyps, refs, lang="en"):
    return [ScoreInput(Sample.from_prompt(str(i), "p", references=tuple(r), language=lang), h)
            for i, (h, r) in enumerate(zip(hyps, refs))]


def _expanded_bleu(row, n, hyps=HYPS, refs=REFS):
    """sacrebleu's corpus BLEU-n of the resampled corpus (item i repeated row[i] times), NaN if empty."""
    idx = [i for i, k in enumerate(row) for _ in range(int(k)) if refs[i]]
    if not idx:
        return math.nan
    width = max(len(refs[i]) for i in idx)
    streams = [[refs[i][j] if j < len(refs[i]) else None for i in idx] for j in range(width)]
    return sacrebleu.BLEU(max_ngram_order=n).corpus_score([hyps[i] for i in idx], streams).score


def _same(a, b):
    np.testing.assert_array_equal(np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64))


def test_bleu_sentence_statistics_and_flags_known():
    sc = BleuScorer()
    items = _items(HYPS, REFS)
    stats, present = sc._stats(items, sc.score(items))
    assert stats.dtype == np.int32 and present.dtype == np.int8
    assert stats.tolist() == STATS
    assert present.tolist() == [1, 1, 1, 0]
    # the scored flags come from the results, not from the references
    res = sc.score(items)
    res[1] = ItemScore.skip("generation failed")
    stats, present = sc._stats(items, res)
    assert present.tolist() == [1, 0, 1, 0] and stats.tolist() == [STATS[0], [0] * 10, STATS[2], [0] * 10]


def test_bleu_resampler_rows_are_bleu_of_the_resampled_corpus():
    sc = BleuScorer()
    items = _items(HYPS, REFS)
    rs = sc.resampler(items, sc.score(items))
    assert rs.method == "sacrebleu-sufficient-statistics"
    out = rs(W)
    assert sorted(out) == [f"bleu.bleu_{n}" for n in range(1, 5)]
    # item 0 twice + item 2: c = [6, 3, 0, 0], t = [8, 5, 2, 0], lengths 8 / 8 (no brevity penalty)
    assert out["bleu.bleu_1"][1] == pytest.approx(75.0, abs=1e-9)
    assert out["bleu.bleu_2"][1] == pytest.approx(100 * math.sqrt(6 / 8 * 3 / 5), abs=1e-9)
    for n in range(1, 5):
        col = out[f"bleu.bleu_{n}"]
        assert col.shape == (6,)
        assert col[4] == pytest.approx(100.0)  # identical hypothesis and reference
        assert math.isnan(col[2]) and math.isnan(col[3])  # nothing scored drawn
        for r in (0, 1, 4, 5):
            assert col[r] == pytest.approx(_expanded_bleu(W[r], n), abs=1e-9), (n, r)


def test_bleu_resampler_max_order_and_no_scored_item():
    sc = BleuScorer(max_order=2)
    items = _items(HYPS, REFS)
    out = sc.resampler(items, sc.score(items))(W)
    assert sorted(out) == ["bleu.bleu_1", "bleu.bleu_2"]
    assert out["bleu.bleu_2"][0] == pytest.approx(_expanded_bleu(W[0], 2), abs=1e-9)
    # no item has a reference: no metric at all (not NaN columns)
    bare = _items(["a", "b"], [(), ()])
    assert BleuScorer().resampler(bare, BleuScorer().score(bare))(np.ones((3, 2))) == {}
    # with sentence BLEU, its column is there (no finite replicate: no interval), as in partitions
    sc = BleuScorer(sentence=True)
    res = sc.score(bare)
    out = sc.resampler(bare, res)(np.ones((3, 2)))
    assert sorted(out) == ["bleu.sentence_bleu"] and np.isnan(out["bleu.sentence_bleu"]).all()
    acc = sc.bootstrap_accumulator()
    acc.add(sc.bootstrap_partial(bare[:1], res[:1]))
    acc.add(sc.bootstrap_partial(bare[1:], res[1:]))
    got = acc.resampler()(np.ones((3, 2)))
    assert sorted(got) == ["bleu.sentence_bleu"] and np.isnan(got["bleu.sentence_bleu"]).all()


def test_bleu_resampler_with_sentence_bleu_means():
    sc = BleuScorer(sentence=True)
    items = _items(HYPS, REFS)
    res = sc.score(items)
    s = [r.scores.get("bleu.sentence_bleu") for r in res]
    assert s[1] == pytest.approx(100.0) and s[3] is None
    rs = sc.resampler(items, res)
    assert rs.method == "sacrebleu-sufficient-statistics+mean"
    out = rs(W)
    assert sorted(out) == ["bleu.bleu_1", "bleu.bleu_2", "bleu.bleu_3", "bleu.bleu_4", "bleu.sentence_bleu"]
    sent = out["bleu.sentence_bleu"]
    assert sent[0] == pytest.approx((s[0] + s[1] + s[2]) / 3)
    assert sent[1] == pytest.approx((2 * s[0] + s[2]) / 3)
    assert sent[4] == pytest.approx(100.0)
    assert math.isnan(sent[2]) and math.isnan(sent[3])
    assert out["bleu.bleu_4"][0] == pytest.approx(_expanded_bleu(W[0], 4), abs=1e-9)


@pytest.mark.parametrize("sentence", [False, True])
def test_bleu_partitions_give_the_resampler_of_all_items(sentence):
    sc = BleuScorer(sentence=sentence, max_order=3)
    items = _items(HYPS, REFS)
    res = sc.score(items)
    whole = sc.resampler(items, res)(W)
    acc = sc.bootstrap_accumulator()
    for a, b in ((0, 1), (1, 1), (1, 4)):  # an empty partition in the middle
        part = sc.bootstrap_partial(items[a:b], res[a:b])
        assert (part[2] is None) == (not sentence)
        acc.add(part)
    assert np.frombuffer(acc.stats, dtype=np.int32).reshape(-1, 8).tolist() == [r[:5] + r[6:9] for r in STATS]
    assert list(acc.present) == [1, 1, 1, 0]
    got = acc.resampler()(W)
    assert sorted(got) == sorted(whole)
    for k in whole:
        _same(got[k], whole[k])
    if sentence:
        assert got["bleu.sentence_bleu"][4] == pytest.approx(100.0)
    else:
        assert acc.sentence is None


def test_bleu_partial_merge_finalize_known():
    sc = BleuScorer(max_order=2)
    items = _items(HYPS, REFS)
    res = sc.score(items)
    st = sc.partial(items, res)
    # the scored items' statistics summed: lengths 9 / 9, correct 8 / 5, total 9 / 6
    assert (st.n, st.totals, st.means) == (3, [9, 9, 8, 5, 9, 6], None)
    empty = sc.partial(items[3:], res[3:])
    assert (empty.n, empty.totals) == (0, [0] * 6)
    m = sc.merge([sc.partial(items[:1], res[:1]), empty, sc.partial(items[1:], res[1:])])
    assert (m.n, m.totals, m.means) == (3, [9, 9, 8, 5, 9, 6], None)
    assert sc.finalize(m) == sc.aggregate(items, res)
    assert sc.finalize(m)["bleu.bleu_1"] == pytest.approx(100 * 8 / 9)
    assert sc.finalize(BleuState(n=0, totals=[0] * 6)) == {}
    assert sc.merge([]).totals == [0] * 6 and sc.merge([]).n == 0
    sent = BleuScorer(max_order=2, sentence=True)
    sres = sent.score(items)
    ms = sent.merge([sent.partial(items[:2], sres[:2]), sent.partial(items[2:], sres[2:])])
    expected = sum(r.scores["bleu.sentence_bleu"] for r in sres[:3]) / 3
    assert sent.finalize(ms)["bleu.sentence_bleu"] == pytest.approx(expected)
    assert sent.finalize(ms) == sent.aggregate(items, sres)
    # a state without sentence sums (BleuState's default) merges into one with them
    ms2 = sent.merge([BleuState(n=0, totals=[0] * 6), sent.partial(items, sres)])
    assert sent.finalize(ms2) == sent.finalize(ms)


def test_bleu_from_totals_reads_only_the_first_max_order_columns():
    sc = BleuScorer(max_order=2)
    # trailing numbers (as a longer state would carry) must not be read
    assert sc.from_totals([9, 9, 8, 5, 9, 6, 1, 1]) == sc.from_totals([9, 9, 8, 5, 9, 6])
    assert sc.from_totals([9, 9, 8, 5, 9, 6])["bleu.bleu_2"] == pytest.approx(100 * math.sqrt(8 / 9 * 5 / 6))


# --- distinct-n ---

TEXTS = ["a b a", "B c", "a", ""]
# tokens (lower-cased): [a b a], [b c], [a], []; 1-grams 3, 2, 1, 0; 2-grams (a b)(b a), (b c), -, -
DW = np.array([[1, 1, 1, 1], [2, 0, 0, 0], [0, 0, 3, 0], [0, 0, 0, 5], [0, 1, 1, 0]], dtype=np.float64)


def _dist_items(texts, lang="en"):
    return [ScoreInput(Sample.from_prompt(str(i), "p", language=lang), t) for i, t in enumerate(texts)]


def test_distinct_resampler_known_values():
    sc = DistinctScorer()
    items = _dist_items(TEXTS)
    rs = sc.resampler(items, sc.score(items))
    assert (rs.method, rs.recentre, rs.bounds) == ("distinct-presence", True, (0.0, 1.0))
    out = rs(DW)
    assert sorted(out) == ["distinct.distinct_1", "distinct.distinct_2"]
    _same(out["distinct.distinct_1"], [3 / 6, 2 / 6, 1 / 3, np.nan, 3 / 3])
    _same(out["distinct.distinct_2"], [3 / 3, 2 / 4, np.nan, np.nan, 1 / 1])


def test_distinct_resampler_no_ngram_of_an_order_and_max_n():
    items = _dist_items(["a", "b", "a"])
    out = DistinctScorer().resampler(items, [])(np.array([[1, 1, 1], [0, 0, 2]], dtype=np.float64))
    assert sorted(out) == ["distinct.distinct_1"]  # no 2-gram anywhere: no column
    _same(out["distinct.distinct_1"], [2 / 3, 1 / 2])
    out3 = DistinctScorer(max_n=3, lowercase=False).resampler(_dist_items(TEXTS), [])(DW)
    assert sorted(out3) == ["distinct.distinct_1", "distinct.distinct_2", "distinct.distinct_3"]
    # cased: "B" is not "b"; 3-grams: only (a b a)
    _same(out3["distinct.distinct_1"], [4 / 6, 2 / 6, 1 / 3, np.nan, 3 / 3])
    _same(out3["distinct.distinct_3"], [1.0, 1 / 2, np.nan, np.nan, np.nan])


@pytest.mark.parametrize("seed", range(3))
def test_distinct_resampler_equals_distinct_of_the_resampled_corpus(seed):
    rng = random.Random(seed)
    words = "i you sad glad hard what so very . !".split()
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 7))) for _ in range(25)]
    items = _dist_items(texts)
    sc = DistinctScorer(max_n=3)
    toks = [sc._tokens(it) for it in items]
    w = np.array([[rng.choice((0, 0, 1, 2, 3)) for _ in texts] for _ in range(12)], dtype=np.float64)
    out = sc.resampler(items, [])(w)
    for n in (1, 2, 3):
        for r, row in enumerate(w):
            exp = distinct_n([toks[i] for i, k in enumerate(row) for _ in range(int(k))], n)
            got = out[f"distinct.distinct_{n}"][r]
            assert (math.isnan(got) if exp is None else got == pytest.approx(exp, abs=1e-12)), (n, r)


def test_distinct_partial_merge_finalize_known():
    sc = DistinctScorer()
    items = _dist_items(TEXTS)
    st = sc.partial(items, [])
    assert st.totals == [6, 3]
    assert st.seen == [{("a",), ("b",), ("c",)}, {("a", "b"), ("b", "a"), ("b", "c")}]
    m = sc.merge([sc.partial(items[:1], []), sc.partial(items[1:1], []), sc.partial(items[1:], [])])
    assert (m.totals, m.seen) == (st.totals, st.seen)
    assert sc.finalize(m) == {"distinct.distinct_1": 0.5, "distinct.distinct_2": 1.0}
    # an order with no n-gram is left out
    assert sc.finalize(sc.partial(_dist_items(["a", "a"]), [])) == {"distinct.distinct_1": 0.5}
    assert sc.finalize(DistinctState(seen=[set(), set()], totals=[0, 0])) == {}
    assert sc.finalize_notes(m) == [] and BleuScorer().finalize_notes(None) == []
