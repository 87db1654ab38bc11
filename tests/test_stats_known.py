"""Issue 16: ``empathy_core.stats`` against values computed independently in the test (mutation
testing, docs/results/mutation.md): the t quantile against Abramowitz & Stegun 26.7.5 and scipy, the
expanded tail against scipy's t and normal distributions, resample means computed by hand from the
shared weight rows, percentile intervals, paired comparisons, compact bootstrap columns and their
accumulator."""

from __future__ import annotations

import logging
import math

import numpy as np
import pytest
from scipy import stats as sps

import empathy_core.stats as st
from empathy_core.base import Scorer
from empathy_core.mergeable import KeptState
from empathy_core.models import ItemScore, Sample, ScoreInput
from empathy_core.stats import (
    AggregateResampler,
    BootstrapAccumulator,
    ColumnBuffer,
    CombinedResampler,
    MeanColumns,
    MeanResampler,
    Resampler,
    bootstrap_partial,
    expanded_tail,
    intervals_from_resamplers,
    paired_comparisons,
    percentile_interval,
    replicate,
    t_quantile,
    weight_chunks,
)

Z975 = 1.959963984540054  # the 0.975 quantile of the standard normal


def _as_terms(z: float) -> list[float]:
    """The four correction terms of A&S 26.7.5 (Cornish-Fisher), as printed there."""
    return [(z**3 + z) / 4,
            (5 * z**5 + 16 * z**3 + 3 * z) / 96,
            (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384,
            (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / 92160]


@pytest.mark.parametrize("p", [0.975, 0.9, 0.6, 0.2])
@pytest.mark.parametrize("df", [1.5, 2, 3, 7])
def test_t_quantile_is_the_cornish_fisher_series(p, df):
    z = sps.norm.ppf(p)
    expected = z + sum(g / df ** (k + 1) for k, g in enumerate(_as_terms(z)))
    assert t_quantile(p, df) == pytest.approx(expected, rel=1e-13, abs=1e-15)


def test_t_quantile_is_close_to_students_t():
    assert t_quantile(0.975, 2) == pytest.approx(sps.t.ppf(0.975, 2), abs=0.04)
    for df in (5, 9, 19, 50, 400):
        for p in (0.975, 0.95, 0.8):
            assert t_quantile(p, df) == pytest.approx(sps.t.ppf(p, df), abs=1e-3)
    assert t_quantile(0.5, 4) == 0.0
    assert t_quantile(0.025, 9) == pytest.approx(-t_quantile(0.975, 9), abs=1e-15)
    # the series for df = 2 and the 0.975 quantile, term by term (A&S 26.7.5)
    g = _as_terms(Z975)
    assert t_quantile(0.975, 2) == pytest.approx(Z975 + g[0] / 2 + g[1] / 4 + g[2] / 8 + g[3] / 16, rel=1e-13)


@pytest.mark.parametrize("n", [3, 4, 5, 10, 21, 200])
def test_expanded_tail_against_scipy(n):
    expected = sps.norm.cdf(-math.sqrt(n / (n - 1)) * sps.t.ppf(0.975, n - 1))
    # the t quantile is the series (0.04 at df 2, 1e-3 from df 5): the tail moves by far less
    assert expanded_tail(n) == pytest.approx(expected, abs=2e-3 if n == 3 else 2e-4)
    assert expanded_tail(n) < 0.025
    e90 = sps.norm.cdf(-math.sqrt(n / (n - 1)) * sps.t.ppf(0.95, n - 1))
    assert expanded_tail(n, 0.9) == pytest.approx(e90, abs=2e-3 if n == 3 else 2e-4)


def test_expanded_tail_known_values_and_small_n():
    assert expanded_tail(None) == pytest.approx(0.025, abs=1e-15) and expanded_tail(2) == pytest.approx(0.025)
    assert expanded_tail(1) == pytest.approx(0.025) and expanded_tail(0) == pytest.approx(0.025)
    assert expanded_tail(None, 0.9) == pytest.approx(0.05) and expanded_tail(2, 0.8) == pytest.approx(0.1)
    # n = 21: sqrt(21/20) * t_{20, .975} (2.0859634) = 2.1374613; Phi(-2.1374613) = 0.016279
    assert expanded_tail(21) == pytest.approx(0.016279, abs=5e-5)
    assert expanded_tail(3) == pytest.approx(sps.norm.cdf(-math.sqrt(1.5) * t_quantile(0.975, 2)), rel=1e-12)
    assert expanded_tail(10**6) == pytest.approx(0.025, abs=1e-6)


def test_percentile_interval_known_values():
    v = np.arange(100, dtype=float)  # percentiles of 0..99: p * 99 / 100
    assert percentile_interval(v) == pytest.approx([2.475, 96.525])
    assert percentile_interval(v, 0.9) == pytest.approx([4.95, 94.05])
    a = expanded_tail(21) * 100
    assert percentile_interval(v, n=21) == pytest.approx([a * 0.99, 99 - a * 0.99])
    assert percentile_interval(v, n=2) == pytest.approx([2.475, 96.525])
    # non-finite replicates are left out; fewer than 20 finite ones give no interval
    w = np.concatenate([np.arange(20, dtype=float), [np.nan, np.inf, -np.inf]])
    assert percentile_interval(w) == pytest.approx([0.475, 18.525])
    assert percentile_interval(w[1:]) is None
    assert percentile_interval(np.arange(19, dtype=float)) is None
    assert all(isinstance(x, float) for x in percentile_interval(v))


def _items(n):
    return [ScoreInput(sample=Sample.from_prompt(f"s{i}", "p"), response="r" * (i + 1)) for i in range(n)]


def _results(values, key="x.v"):
    return [ItemScore(scores={key: float(v)}) if v is not None else ItemScore.skip("n/a") for v in values]


def _hand_means(w: np.ndarray, values: list[float | None]) -> np.ndarray:
    """Per weight row: sum of w_i * x_i over scored items / sum of their weights (NaN if none)."""
    out = []
    for row in w:
        num = sum(c * x for c, x in zip(row, values) if x is not None)
        den = sum(c for c, x in zip(row, values) if x is not None)
        out.append(num / den if den else math.nan)
    return np.array(out)


class _Sums(Resampler):
    """Sum of the drawn values divided by n, optionally re-centred and clipped: a biased statistic."""

    def __init__(self, x, recentre=False, bounds=None, cap=None, fail_from=None):
        self.x, self.recentre, self.bounds, self.max_replicates = np.asarray(x, float), recentre, bounds, cap
        self.calls: list[int] = []
        self.fail_from = fail_from

    def __call__(self, w):
        self.calls.append(len(w))
        if self.fail_from is not None and len(self.calls) >= self.fail_from:
            raise ValueError("no more")
        return {"s.sum": (w @ self.x) / len(self.x), "s.inf": np.full(len(w), np.inf)}


def test_replicate_caps_chunks_and_logs_failures(monkeypatch, caplog):
    monkeypatch.setattr(st, "CHUNK_CELLS", 12)  # 3 rows of 4 items per chunk
    values = [1.0, None, 4.0, 10.0]
    w = np.vstack(list(weight_chunks(4, 8, seed=3)))
    assert [len(c) for c in weight_chunks(4, 8, seed=3)] == [3, 3, 2]
    capped = _Sums([1, 2, 3, 4], cap=5)
    broken = _Sums([1, 2, 3, 4], fail_from=2)
    rs = {"m": MeanResampler.from_results(_results(values)), "c": capped, "b": broken}
    with caplog.at_level(logging.INFO, logger="empathy_core"):
        out = replicate(rs, 4, 8, seed=3)
    assert set(out) == {"m", "c"}
    np.testing.assert_array_equal(out["m"]["x.v"], _hand_means(w, values))
    assert capped.calls == [3, 2]  # 5 replicates: the first chunk and 2 rows of the second, no third call
    np.testing.assert_array_equal(out["c"]["s.sum"], (w[:5] @ np.arange(1, 5)) / 4)
    assert broken.calls == [3, 3]  # failed on the second chunk, not called again
    assert [r.getMessage() for r in caplog.records] == ["bootstrap of b failed (no more); no intervals for it"]
    assert out["c"]["s.sum"].dtype == np.float64


def test_replicate_recentres_and_clips_on_the_observed_value():
    x = [0.0, 1.0, 1.0, 4.0]
    w = np.vstack(list(weight_chunks(4, 30, seed=1)))
    raw = (w @ np.array(x)) / 4
    out = replicate({"r": _Sums(x, recentre=True)}, 4, 30, seed=1)["r"]
    observed = 1.5  # all items once: (0 + 1 + 1 + 4) / 4
    np.testing.assert_allclose(out["s.sum"], raw - raw.mean() + observed, rtol=0, atol=1e-12)
    assert np.isinf(out["s.inf"]).all()  # nothing finite to centre: left as it is
    clipped = replicate({"r": _Sums(x, recentre=True, bounds=(1.0, 2.0))}, 4, 30, seed=1)["r"]["s.sum"]
    np.testing.assert_allclose(clipped, np.clip(raw - raw.mean() + observed, 1.0, 2.0), rtol=0, atol=1e-12)
    assert clipped.min() == 1.0 and clipped.max() == 2.0
    plain = replicate({"r": _Sums(x)}, 4, 30, seed=1)["r"]["s.sum"]
    np.testing.assert_array_equal(plain, raw)
    # a NaN among the replicates is left out of the mean it is centred with
    class _Nan(_Sums):
        def __call__(self, w):
            out = super().__call__(w)
            out["s.sum"][0] = np.nan if len(w) > 1 else out["s.sum"][0]
            return out

    nan = replicate({"r": _Nan(x, recentre=True)}, 4, 30, seed=1)["r"]["s.sum"]
    assert math.isnan(nan[0])
    np.testing.assert_allclose(nan[1:], raw[1:] - raw[1:].mean() + observed, rtol=0, atol=1e-12)


def test_intervals_from_resamplers_known_values():
    values = [float(v) for v in (3, 1, 4, 1, 5, 9, 2, 6)]
    n, reps = len(values), 200
    w = np.vstack(list(weight_chunks(n, reps, seed=5)))
    means = _hand_means(w, values)
    a = expanded_tail(n) * 100
    lo, hi = np.percentile(means, [a, 100 - a])
    iv, info = intervals_from_resamplers({"x": MeanResampler.from_results(_results(values))}, n, reps, seed=5)
    assert iv == {"x.v": [pytest.approx(lo, abs=1e-12), pytest.approx(hi, abs=1e-12)]}
    assert info == {"methods": {"x": "mean"}}
    iv9, _ = intervals_from_resamplers({"x": MeanResampler.from_results(_results(values))}, n, reps, seed=5,
                                       confidence=0.9)
    a9 = expanded_tail(n, 0.9) * 100
    assert iv9["x.v"] == pytest.approx(list(np.percentile(means, [a9, 100 - a9])), abs=1e-12)
    assert intervals_from_resamplers({"x": MeanResampler.from_results(_results(values))}, 1, reps) == ({}, {})
    assert intervals_from_resamplers({"x": MeanResampler.from_results(_results(values))}, n, 0) == ({}, {})
    # a capped resampler: replicates used, reported; keys filter; a metric with no finite replicate
    capped = _Sums(values, cap=30)
    iv, info = intervals_from_resamplers({"c": capped}, n, reps, seed=5, keys=lambda k: k != "s.skip")
    assert set(iv) == {"s.sum"} and info == {"methods": {"c": "resample"}, "replicates_used": {"s.sum": 30}}
    iv, info = intervals_from_resamplers({"c": _Sums(values, cap=30)}, n, reps, seed=5, keys=lambda k: k == "s.inf")
    assert iv == {} and info == {"methods": {"c": "resample"}}


def test_combined_and_aggregate_resamplers():
    a, b = _Sums([1, 2], cap=300), _Sums([3, 4], cap=None)
    c = CombinedResampler([MeanResampler.from_results(_results([1, 2])), a, b])
    assert c.max_replicates == 300 and c.method == "mean+resample+resample"
    assert CombinedResampler([b]).max_replicates is None
    assert CombinedResampler([_Sums([1], cap=9), a]).max_replicates == 9
    w = np.array([[2.0, 0.0], [1.0, 1.0]])
    out = c(w)
    assert set(out) == {"x.v", "s.sum", "s.inf"}
    np.testing.assert_array_equal(out["x.v"], [1.0, 1.5])
    np.testing.assert_array_equal(out["s.sum"], [3.0, 3.5])  # the last part wins a shared key

    class Med(Scorer):
        name = "med"

        def score(self, items):
            return [ItemScore({"med.x": float(len(it.response))}) for it in items]

        def aggregate(self, items, results):
            v = sorted(r.scores["med.x"] for r in results)
            return {"med.median": v[len(v) // 2], "med.n": float(len(v))}

    sc = Med()
    items = _items(3)
    ag = AggregateResampler(sc, items, sc.score(items))
    assert ag.max_replicates == max(st.GENERIC_MIN_REPLICATES, st.GENERIC_BUDGET // 3) == 166666
    assert AggregateResampler(sc, [], []).max_replicates == st.GENERIC_BUDGET
    out = ag(np.array([[3.0, 0.0, 0.0], [0.0, 1.0, 2.0], [1.0, 1.0, 1.0]]))
    np.testing.assert_array_equal(out["med.median"], [1.0, 3.0, 2.0])
    np.testing.assert_array_equal(out["med.n"], [3.0, 3.0, 3.0])
    only = AggregateResampler(sc, items, sc.score(items), keys=["med.n"])
    assert set(only(np.ones((2, 3)))) == {"med.n"}


def test_bootstrap_partial_columns_or_kept_items():
    from empathy_core.scorers.length import LengthScorer

    items = _items(3)
    sc = LengthScorer()
    res = sc.score(items)
    part = bootstrap_partial(sc, items, res)
    assert isinstance(part, MeanColumns) and part.keys == ["length.words", "length.characters"]
    np.testing.assert_array_equal(part.values, [[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])

    class Sub(MeanResampler):  # not exactly a MeanResampler: kept as items
        pass

    class Own(Scorer):
        name = "own"

        def score(self, items):
            return [ItemScore({"own.x": 1.0}) for _ in items]

        def resampler(self, items, results):
            return Sub.from_results(results)

    kept = bootstrap_partial(Own(), items, Own().score(items))
    assert isinstance(kept, KeptState) and kept.items == items and kept.results == Own().score(items)
    assert isinstance(kept.items, list)
    mc = MeanColumns.of(MeanResampler.from_results(_results([2.0, None, 5.0])))
    assert mc.keys == ["x.v"]
    np.testing.assert_array_equal(mc.values, [[2.0], [np.nan], [5.0]])
    empty = MeanColumns.of(MeanResampler({}))
    assert empty.keys == [] and empty.values.shape == (0, 0)


def test_column_buffer_orders_keys_fills_missing_and_widens():
    buf = ColumnBuffer()
    buf.add(MeanColumns(["a", "b"], np.array([[1.0, 0.0], [0.0, 1.0]])))
    assert buf.keys == ["a", "b"] and buf.kinds == [0, 0] and buf.n == 2 and buf.nbytes == 8
    # keys in another order, a new metric, a value float16 cannot hold (2049), one only float64 holds
    buf.add(MeanColumns(["c", "b", "a"], np.array([[0.1, 2049.0, 1.0]])))
    assert buf.keys == ["a", "b", "c"] and buf.kinds == [0, 1, 2] and buf.n == 3
    assert buf.nbytes == 3 * 2 + 3 * 4 + 3 * 8
    buf.add(MeanColumns(["a"], np.array([[0.5], [2048.0]])))
    assert buf.kinds == [0, 1, 2] and buf.n == 5
    rs = buf.resampler()
    assert rs.keys == ["a", "b", "c"]
    np.testing.assert_array_equal(rs.column(0), [1.0, 0.0, 1.0, 0.5, 2048.0])
    np.testing.assert_array_equal(rs.column(1), [0.0, 1.0, 2049.0, np.nan, np.nan])
    np.testing.assert_array_equal(rs.column(2), [np.nan, np.nan, 0.1, np.nan, np.nan])
    assert ColumnBuffer._kind(np.array([0.5, np.nan])) == 0
    assert ColumnBuffer._kind(np.array([70000.0])) == 1  # float16 overflows to inf: float32
    assert ColumnBuffer._kind(np.array([1e300])) == 2
    w = np.ones((1, 5))
    assert rs(w)["a"][0] == pytest.approx((1 + 0 + 1 + 0.5 + 2048) / 5)
    assert rs(w)["b"][0] == pytest.approx(2050 / 3)
    assert rs(w)["c"][0] == pytest.approx(0.1)


def test_bootstrap_accumulator_kinds():
    from empathy_core.scorers.length import LengthScorer

    sc = LengthScorer()
    acc = BootstrapAccumulator(sc)
    assert acc.resampler().keys == [] and acc.resampler()(np.ones((1, 2))) == {}
    items = _items(4)
    acc.add(bootstrap_partial(sc, items[:1], sc.score(items[:1])))
    acc.add(bootstrap_partial(sc, items[1:], sc.score(items[1:])))
    assert acc.columns.n == 4 and acc.kept is None
    np.testing.assert_array_equal(acc.resampler().column(1), [1.0, 2.0, 3.0, 4.0])
    with pytest.raises(TypeError, match=r"^length: bootstrap partitions of mixed kinds$"):
        acc.add(KeptState(items[:1], sc.score(items[:1])))

    class Med(Scorer):
        name = "med"

        def score(self, items):
            return [ItemScore({"med.x": float(len(it.response))}) for it in items]

        def aggregate(self, items, results):
            return {"med.median": sorted(r.scores["med.x"] for r in results)[len(results) // 2]}

    m = Med()
    acc = BootstrapAccumulator(m)
    acc.add(KeptState(items[:2], m.score(items[:2])))
    acc.add(KeptState(items[2:], m.score(items[2:])))
    assert acc.columns is None and acc.kept.items == items and len(acc.kept.results) == 4
    rs = acc.resampler()
    assert isinstance(rs, AggregateResampler) and rs.items == items
    np.testing.assert_array_equal(rs(np.array([[0.0, 0.0, 0.0, 4.0]]))["med.median"], [4.0])
    with pytest.raises(TypeError, match=r"^med: bootstrap partitions of mixed kinds$"):
        acc.add(MeanColumns(["med.x"], np.ones((1, 1))))
    with pytest.raises(TypeError, match=r"^med: bootstrap partitions of mixed kinds$"):
        BootstrapAccumulator(m).add([1, 2])


def _paired(sa, sb, ra, rb, items, **kw):
    return paired_comparisons(sa, ra, items, sb, rb, items, **kw)


def test_paired_comparison_known_values(caplog):
    xa = [1.0, 2.0, None, 4.0, 5.0, 3.0]
    xb = [2.0, 2.0, 6.0, 5.0, 9.0, None]
    n, reps, seed = 6, 300, 11
    items = _items(n)
    ra = {"x": _results(xa), "only_a": _results([1] * n)}
    rb = {"x": _results(xb), "only_b": _results([1] * n)}
    with caplog.at_level(logging.DEBUG, logger="empathy_core"):
        (c,) = _paired({}, {}, ra, rb, items, replicates=reps, seed=seed)
    assert caplog.records == []  # plain means: no aggregate to fail
    w = np.vstack(list(weight_chunks(n, reps, seed)))
    ma, mb = _hand_means(w, xa), _hand_means(w, xb)
    d = mb - ma
    assert (c["metric"], c["a"], c["b"], c["n"]) == ("x.v", 3.0, 4.8, 6)
    assert c["diff"] == pytest.approx(1.8)
    t = expanded_tail(n) * 100
    fin = d[np.isfinite(d)]
    assert c["ci"] == pytest.approx(list(np.percentile(fin, [t, 100 - t])), abs=1e-12)
    assert c["replicates"] == len(fin) == int(np.isfinite(d).sum())
    centred = np.abs(fin - fin.mean())
    assert c["p_value"] == pytest.approx((1 + int((centred >= 1.8 - 1e-12).sum())) / (len(fin) + 1), abs=1e-15)
    fa, fb = ma[np.isfinite(ma)], mb[np.isfinite(mb)]
    assert c["a_ci"] == pytest.approx(list(np.percentile(fa, [t, 100 - t])), abs=1e-12)
    assert c["b_ci"] == pytest.approx(list(np.percentile(fb, [t, 100 - t])), abs=1e-12)
    assert c["p_holm"] == c["p_value"]
    assert set(c) == {"metric", "a", "b", "diff", "ci", "p_value", "n", "replicates", "a_ci", "b_ci", "p_holm"}
    # the confidence level reaches the intervals
    (c9,) = _paired({}, {}, ra, rb, items, replicates=reps, seed=seed, confidence=0.9)
    t9 = expanded_tail(n, 0.9) * 100
    assert c9["ci"] == pytest.approx(list(np.percentile(fin, [t9, 100 - t9])), abs=1e-12)
    assert c9["a_ci"] == pytest.approx(list(np.percentile(fa, [t9, 100 - t9])), abs=1e-12)


def test_paired_comparison_without_bootstrap_counts_failures_and_holm(caplog):
    items = _items(4)

    class Corpus(Scorer):  # an aggregate with a count no resampler gives
        name = "cp"

        def score(self, items):
            return [ItemScore({"cp.x": float(len(it.response))}) for it in items]

        def aggregate(self, items, results):
            if any(it.response == "rrrr" for it in items) and results[0].scores.get("cp.x") == 99.0:
                raise ValueError("bad corpus")
            return {"cp.mean": sum(r.scores["cp.x"] for r in results) / len(results), "cp.n": float(len(results))}

    sc = Corpus()
    ra = {"cp": sc.score(items)}  # 1, 2, 3, 4
    rb = {"cp": [ItemScore({"cp.x": 99.0})] + sc.score(items)[1:]}  # aggregate fails: means of cp.x
    with caplog.at_level(logging.INFO, logger="empathy_core"):
        none = _paired({"cp": sc}, {"cp": sc}, ra, rb, items, replicates=0)
    assert [r.getMessage() for r in caplog.records] == ["aggregate of cp failed (bad corpus); using means"]
    # without a bootstrap every metric both sides have, no interval, no p-value
    assert none == []  # a has cp.mean and cp.n, b only cp.x: nothing shared
    rb2 = {"cp": [ItemScore({"cp.x": 2.0})] + sc.score(items)[1:]}  # 2, 2, 3, 4
    out = _paired({"cp": sc}, {"cp": sc}, ra, rb2, items, replicates=0)
    assert out == [{"metric": "cp.mean", "a": 2.5, "b": 2.75, "diff": 0.25, "ci": None, "p_value": None, "n": 4,
                    "p_holm": None},
                   {"metric": "cp.n", "a": 4.0, "b": 4.0, "diff": 0.0, "ci": None, "p_value": None, "n": 4,
                    "p_holm": None}]
    # with a bootstrap: only the metrics that have replicates (the AggregateResampler gives both here)
    boot = _paired({"cp": sc}, {"cp": sc}, ra, rb2, items, replicates=50, seed=0)
    assert [c["metric"] for c in boot] == ["cp.mean", "cp.n"]
    assert boot[1]["ci"] == [0.0, 0.0] and boot[1]["p_value"] == 1.0
    # a metric no resampler gives (a count) is left out with a bootstrap
    mean_only = _paired({"cp": None}, {"cp": None}, {"cp": ra["cp"]}, {"cp": rb2["cp"]}, items, replicates=50)
    assert [c["metric"] for c in mean_only] == ["cp.x"]
    # Holm over several metrics: the smallest p-value times 2, the other times 1, monotone
    ra3 = {"a": _results([0, 0, 0, 0, 1, 1, 1, 1] * 3), "b": _results([0, 1] * 12)}
    rb3 = {"a": _results([5, 5, 5, 5, 6, 6, 6, 6] * 3, "x.v"), "b": _results([0, 1] * 12)}
    cs = paired_comparisons({}, ra3, _items(24), {}, rb3, _items(24), replicates=200, seed=0)
    assert [c["metric"] for c in cs] == ["x.v", "x.v"]
    p = [c["p_value"] for c in cs]
    assert p[0] == pytest.approx(1 / 201) and p[1] == 1.0
    assert cs[0]["p_holm"] == pytest.approx(2 / 201) and cs[1]["p_holm"] == 1.0


def test_paired_comparison_edges():
    with pytest.raises(ValueError, match=r"^paired comparison needs the same items on both sides$"):
        paired_comparisons({}, {}, _items(2), {}, {}, _items(3))
    assert paired_comparisons({}, {"x": []}, [], {}, {"x": []}, []) == []
    (one,) = paired_comparisons({}, {"x": _results([1.0])}, _items(1), {}, {"x": _results([3.0])}, _items(1))
    assert one == {"metric": "x.v", "a": 1.0, "b": 3.0, "diff": 2.0, "ci": None, "p_value": None, "n": 1,
                   "p_holm": None}
    # too few finite replicates: no ci and no p-value, but each side's interval is still tried
    (few,) = paired_comparisons({}, {"x": _results([1.0, 2.0])}, _items(2), {}, {"x": _results([3.0, 5.0])},
                                _items(2), replicates=10)
    assert few["ci"] is None and few["p_value"] is None and few["a_ci"] is None and few["b_ci"] is None
    assert "replicates" not in few and few["diff"] == 2.5


# -- from the survivors of the first stats run ----------------------------------------------------

def test_holm_caps_at_one_and_p_value_edges():
    from empathy_core.stats import holm, paired_p_value

    assert holm([0.6, 0.9]) == [1.0, 1.0]  # 2 * 0.6 = 1.2 is capped
    assert math.isnan(paired_p_value(np.array([np.nan, np.inf]), 1.0))  # no finite replicate
    assert paired_p_value(np.array([0.5]), 0.0) == 1.0  # one replicate: |0| >= 0
    x = 1.0e6 - 5e-7  # within the relative tolerance of |d| = 1e6, not within 1e-12
    assert paired_p_value(np.array([-x, x]), 1.0e6) == 1.0
    y = 0.5 - 1.5e-12  # below |d| = 0.5 by more than the absolute tolerance 1e-12
    assert paired_p_value(np.array([-y, y]), 0.5) == pytest.approx(1 / 3)
    t = 1.0 - 1e-12  # exactly on the tolerance: counted
    assert paired_p_value(np.array([-t, t]), 1.0) == 1.0


def test_weight_chunk_sizes_at_the_edges(monkeypatch):
    monkeypatch.setattr(st, "CHUNK_CELLS", 12)
    assert [len(c) for c in weight_chunks(10, 3, seed=0)] == [1, 1, 1]  # 12 // 10 = 1 row per chunk
    assert [len(c) for c in weight_chunks(1, 10, seed=0)] == [10]  # one item: 12 rows fit
    assert [c.dtype for c in weight_chunks(2, 2, seed=0)] == [np.float64]


def test_replicate_order_of_failed_and_capped_resamplers(monkeypatch):
    monkeypatch.setattr(st, "CHUNK_CELLS", 12)  # 3 rows of 4 items per chunk
    x = [1.0, 2.0, 3.0, 4.0]
    broken, capped, plain = _Sums(x, fail_from=1), _Sums(x, cap=6), _Sums(x)
    out = replicate({"b": broken, "c": capped, "p": plain}, 4, 9, seed=2)
    w = np.vstack(list(weight_chunks(4, 9, seed=2)))
    assert set(out) == {"c", "p"} and broken.calls == [3]
    assert capped.calls == [3, 3]  # not called with no row once its 6 replicates are done
    np.testing.assert_array_equal(out["c"]["s.sum"], (w[:6] @ np.array(x)) / 4)
    np.testing.assert_array_equal(out["p"]["s.sum"], (w @ np.array(x)) / 4)  # after the others, every chunk

    class Ints(Resampler):
        def __call__(self, w):
            return {"i.n": (w[:, 0] > 0).astype(np.int64)}

    assert replicate({"i": Ints()}, 4, 5, seed=0)["i"]["i.n"].dtype == np.float64


def test_replicate_does_not_recentre_on_a_non_finite_observed_value():
    class Odd(Resampler):
        recentre = True

        def __call__(self, w):
            with np.errstate(divide="ignore"):
                return {"o.v": w[:, 0] / (w[:, 0] - 1.0)}  # all items once: 1 / 0

    w = np.vstack(list(weight_chunks(4, 30, seed=4)))
    with np.errstate(divide="ignore"):
        raw = w[:, 0] / (w[:, 0] - 1.0)
    np.testing.assert_array_equal(replicate({"o": Odd()}, 4, 30, seed=4)["o"]["o.v"], raw)


def test_intervals_of_items_and_keys():
    from empathy_core.stats import intervals

    items = _items(2)
    res = {"x": [ItemScore({"x.a": 1.0, "x.b": 5.0}), ItemScore({"x.a": 3.0, "x.b": 9.0})]}
    iv, info = intervals({"x": None}, items, res, replicates=100, seed=0)
    assert set(iv) == {"x.a", "x.b"} and info == {"methods": {"x": "mean"}}  # two items are enough
    iv, _ = intervals({"x": None}, items, res, replicates=100, seed=0, keys=lambda k: k == "x.b")
    assert set(iv) == {"x.b"}
    assert intervals({"x": None}, items, res, replicates=1) == ({}, {"methods": {"x": "mean"}})
    assert intervals({"x": None}, items[:1], {"x": res["x"][:1]}, replicates=100) == ({}, {})
    assert intervals({"x": None}, items, res, replicates=0) == ({}, {})
    rs = MeanResampler({"x.a": [1.0, 3.0, 2.0], "x.b": [5.0, 9.0, 1.0]})
    iv, _ = intervals_from_resamplers({"x": rs}, 3, 100, 0, keys=lambda k: k == "x.b")
    assert set(iv) == {"x.b"}  # the first metric left out, the next one kept


def test_mean_resampler_checks_missing_values_and_warnings():
    import warnings

    with pytest.raises(ValueError, match=r"^column 'x\.b' has 2 values for 3 items$"):
        MeanResampler({"x.a": [1.0, 2.0, 3.0], "x.b": [1.0, 2.0]})
    # an unscored result's scores are left out even when it carries some
    rs = MeanResampler.from_results([ItemScore({"x.v": 2.0}), ItemScore({"x.v": 100.0}, unscored="late")])
    np.testing.assert_array_equal(rs.column(0), [2.0, np.nan])
    # resamples that draw only missing values give NaN without a warning (0 / 0 is expected)
    w = np.array([[0.0, 2.0], [2.0, 0.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = rs(w)["x.v"]
        assert math.isnan(out[0]) and out[1] == 2.0
        assert ColumnBuffer._kind(np.array([70000.0])) == 1  # float16 overflows, silently


def test_paired_comparison_with_a_side_that_loses_its_bootstrap(monkeypatch, caplog):
    class Broken(Resampler):
        def __call__(self, w):
            raise RuntimeError("broken")

    class B(Scorer):
        name = "x"

        def score(self, items):
            return [ItemScore({"x.v": 1.0}) for _ in items]

        def resampler(self, items, results):
            return Broken()

    items = _items(4)
    ra = {"x": [ItemScore({"x.only": 1.0, "x.v": float(i)}) for i in range(4)],
          "y": _results([1, 2, 3, 4], "y.v")}
    rb = {"x": [ItemScore({"x.v": float(i + 1)}) for i in range(4)], "y": _results([2, 2, 3, 5], "y.v")}
    with caplog.at_level(logging.INFO, logger="empathy_core"):
        out = paired_comparisons({}, ra, items, {"x": B()}, rb, items, replicates=50, seed=0)
    # x has no replicates on side b: left out; y compared
    assert [c["metric"] for c in out] == ["y.v"]
    assert [r.getMessage() for r in caplog.records] == ["bootstrap of b\x00x failed (broken); no intervals for it"]
    # a metric only one side has comes first: skipped, the next one is compared
    out = paired_comparisons({}, ra, items, {}, rb, items, replicates=50, seed=0)
    assert [c["metric"] for c in out] == ["x.v", "y.v"]
    # one replicate: the metrics that have one, each side's interval tried (too few: None)
    (one,) = paired_comparisons({}, {"y": ra["y"]}, items, {}, {"y": rb["y"]}, items, replicates=1)
    assert one["ci"] is None and "a_ci" in one and one["a_ci"] is None and one["b_ci"] is None


def test_paired_comparison_sides_with_different_numbers_of_replicates(monkeypatch):
    monkeypatch.setattr(st, "GENERIC_BUDGET", 180)
    monkeypatch.setattr(st, "GENERIC_MIN_REPLICATES", 30)

    class Med(Scorer):
        name = "y"

        def score(self, items):
            return [ItemScore({"y.v": 1.0}) for _ in items]

        def aggregate(self, items, results):
            return {"y.v": sorted(r.scores["y.v"] for r in results)[len(results) // 2]}

    items = _items(6)
    ra = {"y": _results([1, 2, 3, 4, 5, 6], "y.v")}
    rb = {"y": _results([2, 3, 4, 5, 6, 7], "y.v")}
    (c,) = paired_comparisons({}, ra, items, {"y": Med()}, rb, items, replicates=60, seed=0)
    assert c["replicates"] == 30  # the capped side (180 // 6) bounds the paired replicates
    assert (c["a"], c["b"]) == (3.5, 5.0)
