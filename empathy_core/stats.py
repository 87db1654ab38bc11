"""Bootstrap intervals and paired comparisons of aggregates (numpy; imported only when used).

How it works
------------
A bootstrap replicate draws ``n`` items with replacement; it is represented by a row of a
*weight matrix* ``W`` (replicates × items): how often each item was drawn. Every scorer turns
its items into a :class:`Resampler`, a function ``W -> {metric: values per replicate}``:

- :class:`MeanResampler` — metrics that are means of per-item values (the default
  ``Scorer.aggregate``): ``(W @ values) / (W @ scored)``, one matrix product for all replicates.
- scorers with a corpus-level aggregate give their own vectorised resampler
  (``Scorer.resampler``): BLEU sums sacrebleu's per-sentence sufficient statistics
  (``W @ stats``) and recomputes BLEU from the sums exactly as sacrebleu's own bootstrap does;
  distinct-n checks which n-grams occur in a replicate; the boundary scorer's rates are means.
- :class:`AggregateResampler` — the fallback for any other overridden ``aggregate``: it calls the
  scorer's ``aggregate`` on each resample. Its cost is bounded: at most
  ``max(GENERIC_MIN_REPLICATES, GENERIC_BUDGET // n)`` replicates (fewer than requested on large
  corpora; the report records how many were used).

Distinct-n counts each n-gram type once, so the duplicated responses of a resample lower it;
its replicates are re-centred on the observed value (``Resampler.recentre``, a mean-bias
correction) and its intervals are approximate.

``W`` is produced in chunks (at most ``CHUNK_CELLS`` cells at a time), so memory stays bounded,
and from one seeded generator, so the same seed gives the same intervals and two runs compared
on the same items see the very same resamples (paired bootstrap).

Intervals are *expanded* percentile intervals of the replicates (95 % by default; Hesterberg
2015: percentiles at Φ(−sqrt(n/(n−1))·t_{n−1,0.975}) rather than 2.5 %, which keeps coverage
near 95 % for groups of ~20 samples where the plain percentile interval undercovers). A paired comparison takes
the per-replicate difference ``b − a`` of the same resample of shared items: its percentiles are
the interval of the difference, and its p-value is the two-sided paired bootstrap test of Koehn
(2004) / sacrebleu's ``paired_bs``, centred under the null: ``p = (1 + #{|d* − mean(d*)| >= |d|})
/ (B + 1)``; identical runs give ``d* = 0`` everywhere and ``p = 1``.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from .models import ItemScore, ScoreInput

if TYPE_CHECKING:
    from .base import Scorer

log = logging.getLogger("empathy_core")

DEFAULT_REPLICATES = 1000
DEFAULT_SEED = 0
CONFIDENCE = 0.95
#: cells (replicates × items) of the weight matrix held in memory at once
CHUNK_CELLS = 2_000_000
#: item visits the fallback AggregateResampler may spend (replicates × items)
GENERIC_BUDGET = 500_000
GENERIC_MIN_REPLICATES = 200
#: fewer finite replicates than this: no interval
MIN_REPLICATES = 20

Values = dict[str, np.ndarray]


class Resampler:
    """``W (replicates × items) -> {metric: array (replicates,)}``. ``max_replicates`` caps cost."""

    max_replicates: int | None = None
    method: str = "resample"
    #: re-centre the replicates on the observed value (statistics a resample biases, e.g. distinct-n)
    recentre: bool = False
    #: the range of the statistic; re-centred replicates are clipped to it
    bounds: tuple[float, float] | None = None

    def __call__(self, w: np.ndarray) -> Values:
        raise NotImplementedError


class MeanResampler(Resampler):
    """Means of per-item values; ``None``/NaN values (unscored items) are left out of the mean.

    Each metric is one column (NaN = missing; float64, or a narrower float type that holds its values
    exactly, see :class:`ColumnBuffer`); the missing-value mask is one column shared by every metric
    when they are missing on the same items (the usual case: an unscored response has no metric at
    all). A resample's mean is ``(w @ values) / (w @ mask)`` per metric, on float64 columns, so the
    same values give the same replicates however they were stored."""

    method = "mean"

    def __init__(self, columns: Mapping[str, Sequence[float | None]]) -> None:
        keys = list(columns)
        n = len(next(iter(columns.values()))) if columns else 0
        cols = []
        for k in keys:
            col = columns[k]
            if len(col) != n:
                raise ValueError(f"column {k!r} has {len(col)} values for {n} items")
            cols.append(np.array([np.nan if x is None else float(x) for x in col], dtype=np.float64))
        self._setup(keys, cols)

    def _setup(self, keys: Sequence[str], cols: Sequence[np.ndarray]) -> None:
        """``cols``: 1-D float arrays, NaN = missing; float64 ones are zeroed in place where missing."""
        self.keys = list(keys)
        missing = [np.isnan(c) for c in cols]
        shared = all(np.array_equal(m, missing[0]) for m in missing[1:]) if missing else True
        self.masks = [(~m).astype(np.float64) for m in (missing[:1] if shared else missing)]
        self.cols = []
        for c, m in zip(cols, missing):
            if c.dtype == np.float64:
                c[m] = 0.0  # ready for the products; narrower columns are converted per call
            self.cols.append(c)
        del missing

    @classmethod
    def from_columns(cls, keys: Sequence[str], cols: Sequence[np.ndarray]) -> MeanResampler:
        """From one 1-D column per metric (NaN = missing), used in place (not copied)."""
        rs = cls({})
        rs._setup(keys, cols)
        return rs

    def column(self, j: int) -> np.ndarray:
        """Metric ``j`` as float64 with NaN where it is missing (a copy)."""
        c = self.cols[j].astype(np.float64)
        mask = self.masks[0] if len(self.masks) == 1 else self.masks[j]
        c[mask == 0] = np.nan
        return c

    def _values(self, j: int) -> np.ndarray:
        c = self.cols[j]
        if c.dtype == np.float64:
            return c
        return np.nan_to_num(c.astype(np.float64), nan=0.0)

    @classmethod
    def from_results(cls, results: Sequence[ItemScore], keys: Sequence[str] | None = None) -> MeanResampler:
        """Columns of the per-item scores (those of ``mean_scores``): unscored results count as missing."""
        if keys is None:
            seen: dict[str, None] = {}
            for r in results:
                if r.unscored is None:
                    seen.update(dict.fromkeys(r.scores))
            keys = list(seen)
        cols = {k: [(r.scores.get(k) if r.unscored is None else None) for r in results] for k in keys}
        return cls(cols)

    def __call__(self, w: np.ndarray) -> Values:
        if not self.keys:
            return {}
        shared = w @ self.masks[0] if len(self.masks) == 1 else None
        out: Values = {}
        for j, k in enumerate(self.keys):
            num = w @ self._values(j)
            den = shared if shared is not None else w @ self.masks[j]
            with np.errstate(invalid="ignore", divide="ignore"):
                out[k] = num / den
        return out


class AggregateResampler(Resampler):
    """Calls ``scorer.aggregate`` on each resample (any corpus metric; bounded number of replicates)."""

    method = "aggregate"

    def __init__(self, scorer: Scorer, items: Sequence[ScoreInput], results: Sequence[ItemScore],
                 keys: Sequence[str] | None = None) -> None:
        self.scorer, self.items, self.results = scorer, list(items), list(results)
        self.keys = list(keys) if keys is not None else None
        n = max(1, len(self.items))
        self.max_replicates = max(GENERIC_MIN_REPLICATES, GENERIC_BUDGET // n)

    def __call__(self, w: np.ndarray) -> Values:
        n = w.shape[1]
        cols: dict[str, list[float]] = {}
        for r, row in enumerate(w):
            idx = np.repeat(np.arange(n), row.astype(np.int64))
            agg = self.scorer.aggregate([self.items[i] for i in idx], [self.results[i] for i in idx])
            for k, v in agg.items():
                if self.keys is None or k in self.keys:
                    cols.setdefault(k, [math.nan] * len(w))[r] = float(v)
        return {k: np.asarray(v, dtype=np.float64) for k, v in cols.items()}


class CombinedResampler(Resampler):
    """Several resamplers over the same items (e.g. corpus BLEU plus mean sentence BLEU)."""

    def __init__(self, parts: Sequence[Resampler]) -> None:
        self.parts = list(parts)
        caps = [p.max_replicates for p in self.parts if p.max_replicates is not None]
        self.max_replicates = min(caps) if caps else None
        self.method = "+".join(p.method for p in self.parts)

    def __call__(self, w: np.ndarray) -> Values:
        out: Values = {}
        for p in self.parts:
            out.update(p(w))
        return out


def default_resampler(scorer: Scorer | None, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> Resampler:
    """The resampler of a scorer: its own ``resampler()``, or means, or the bounded fallback."""
    from .base import Scorer

    if scorer is None or type(scorer).aggregate is Scorer.aggregate:
        return MeanResampler.from_results(results)
    return AggregateResampler(scorer, items, results)


def resampler_for(scorer: Scorer | None, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> Resampler:
    if scorer is not None:
        return scorer.resampler(items, results)
    return default_resampler(None, items, results)


# -- the weight matrix ---------------------------------------------------------------------

def weight_chunks(n: int, replicates: int, seed: int) -> Iterator[np.ndarray]:
    """Bootstrap weight matrices (rows = replicates, columns = items), ``replicates`` rows in all,
    produced in chunks of at most ``CHUNK_CELLS`` cells from one seeded generator."""
    rng = np.random.default_rng(seed)
    step = max(1, min(replicates, CHUNK_CELLS // max(n, 1)))
    done = 0
    while done < replicates:
        b = min(step, replicates - done)
        idx = rng.integers(0, n, size=(b, n))
        flat = (idx + (np.arange(b) * n)[:, None]).ravel()
        yield np.bincount(flat, minlength=b * n).reshape(b, n).astype(np.float64)
        done += b


def replicate(resamplers: Mapping[str, Resampler], n: int, replicates: int = DEFAULT_REPLICATES,
              seed: int = DEFAULT_SEED) -> dict[str, Values]:
    """Run each resampler on the same resamples: name -> metric -> values per replicate.
    A resampler that fails is logged and left out (its metrics get no interval)."""
    out: dict[str, dict[str, list[np.ndarray]]] = {name: {} for name in resamplers}
    failed: set[str] = set()
    start = 0
    for w in weight_chunks(n, replicates, seed):
        for name, rs in resamplers.items():
            if name in failed:
                continue
            cap = rs.max_replicates if rs.max_replicates is not None else replicates
            if start >= cap:
                continue
            try:
                vals = rs(w[: cap - start])
            except Exception as e:  # noqa: BLE001 - a broken aggregate loses its intervals, not the report
                log.info("bootstrap of %s failed (%s); no intervals for it", name, e)
                failed.add(name)
                out[name] = {}
                continue
            for k, v in vals.items():
                out[name].setdefault(k, []).append(np.asarray(v, dtype=np.float64))
        start += len(w)
    result = {name: {k: np.concatenate(v) for k, v in per.items()} for name, per in out.items() if name not in failed}
    for name, per in result.items():
        if resamplers[name].recentre and per:
            # mean-bias correction: shift the bootstrap distribution so that it is centred on the
            # value of the full sample (what a resample of all items, each once, gives)
            observed = resamplers[name](np.ones((1, n)))
            for k, v in per.items():
                if k in observed and np.isfinite(observed[k][0]) and np.isfinite(v).any():
                    per[k] = v - np.nanmean(v) + observed[k][0]
                    bounds = resamplers[name].bounds
                    if bounds is not None:
                        per[k] = np.clip(per[k], bounds[0], bounds[1])
    return result


def t_quantile(p: float, df: float) -> float:
    """Student's t quantile (Cornish-Fisher expansion around the normal; |error| < 0.04 at df = 2,
    < 1e-3 from df = 5)."""
    from statistics import NormalDist

    z = NormalDist().inv_cdf(p)
    return (z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)
            + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * df**3)
            + (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / (92160 * df**4))


def expanded_tail(n: int | None, confidence: float = CONFIDENCE) -> float:
    """The tail probability of the *expanded* percentile interval (Hesterberg 2015): the plain
    percentile bootstrap is too narrow for small samples (it uses z and the n-denominator
    variance); taking percentiles at Φ(−sqrt(n/(n−1))·t_{n−1}) instead of (1 − confidence)/2
    fixes that for means and converges to the plain interval as n grows."""
    from statistics import NormalDist

    plain = (1 - confidence) / 2
    if n is None or n < 3:
        return plain
    return NormalDist().cdf(-math.sqrt(n / (n - 1)) * t_quantile(1 - plain, n - 1))


def percentile_interval(values: np.ndarray, confidence: float = CONFIDENCE, n: int | None = None
                        ) -> list[float] | None:
    """The (expanded, when ``n`` — the number of resampled items — is given) percentile interval."""
    v = values[np.isfinite(values)]
    if len(v) < MIN_REPLICATES:
        return None
    a = expanded_tail(n, confidence) * 100
    lo, hi = np.percentile(v, [a, 100 - a])
    return [float(lo), float(hi)]


def intervals(scorers: Mapping[str, Scorer | None], items: Sequence[ScoreInput],
              results: Mapping[str, Sequence[ItemScore]], replicates: int = DEFAULT_REPLICATES,
              seed: int = DEFAULT_SEED, confidence: float = CONFIDENCE,
              keys: Callable[[str], bool] | None = None) -> tuple[dict[str, list[float]], dict[str, Any]]:
    """95 % bootstrap intervals of every scorer's aggregates on ``items`` (results aligned with
    items, per scorer). Returns (metric -> [low, high], info: replicates used per metric, methods)."""
    if replicates <= 0 or len(items) < 2:  # one sample has no sampling distribution
        return {}, {}
    rs = {name: resampler_for(scorers.get(name), items, res) for name, res in results.items()}
    return intervals_from_resamplers(rs, len(items), replicates, seed, confidence, keys)


def intervals_from_resamplers(rs: Mapping[str, Resampler], n: int, replicates: int = DEFAULT_REPLICATES,
                              seed: int = DEFAULT_SEED, confidence: float = CONFIDENCE,
                              keys: Callable[[str], bool] | None = None
                              ) -> tuple[dict[str, list[float]], dict[str, Any]]:
    """:func:`intervals` from resamplers already built over the same ``n`` items (e.g. by
    :meth:`Scorer.bootstrap_resampler` from compact per-partition columns)."""
    if replicates <= 0 or n < 2:
        return {}, {}
    reps = replicate(rs, n, replicates, seed)
    out: dict[str, list[float]] = {}
    used: dict[str, int] = {}
    for per in reps.values():
        for k, v in per.items():
            if keys is not None and not keys(k):
                continue
            iv = percentile_interval(v, confidence, n)
            if iv is not None:
                out[k] = iv
                used[k] = int(np.isfinite(v).sum())
    info: dict[str, Any] = {"methods": {name: r.method for name, r in rs.items() if name in reps}}
    fewer = {k: u for k, u in used.items() if u < replicates}
    if fewer:
        info["replicates_used"] = fewer
    return out, info


# -- compact bootstrap data of partitions (--workers, --executor ray) ------------------------------
# The bootstrap resamples every response, but it does not need the responses: a MeanResampler needs
# one float per response and metric, BLEU its per-sentence sufficient statistics. Workers turn each
# partition into such columns (``Scorer.bootstrap_partial``); the driver concatenates them in input
# order (``Scorer.bootstrap_resampler``), so it never holds the items or results. The resampler is
# the same matrix as on all items at once, so the intervals are the same.

class MeanColumns:
    """Per-response values of a partition (rows) per metric (columns); NaN = missing (unscored)."""

    def __init__(self, keys: Sequence[str], values: np.ndarray) -> None:
        self.keys = list(keys)
        self.values = values

    @classmethod
    def of(cls, rs: MeanResampler) -> MeanColumns:
        n = len(rs.masks[0]) if rs.masks else 0
        values = np.empty((n, len(rs.keys)))
        for j in range(len(rs.keys)):
            values[:, j] = rs.column(j)
        return cls(rs.keys, values)


#: narrower float types tried for a bootstrap column, narrowest first (array.array typecode, numpy dtype):
#: float16 holds 0/1 rates and integers up to 2048 exactly, float32 integers up to 2**24
_KINDS = (("H", np.float16), ("f", np.float32), ("d", np.float64))


class ColumnBuffer:
    """The rows of :class:`MeanColumns` partitions appended in order, one growing ``array.array`` per
    metric (it grows in place: no copy of all partitions plus their concatenation). Each column is
    kept in the narrowest float type that holds every value exactly (float16 for 0/1 pattern rates
    and small counts, float32, else float64; a column widens when a value needs it), so a rate costs
    2 bytes per response, not 8. :meth:`resampler` hands the columns to a MeanResampler without
    copying them; the replicates are exactly those of the float64 values."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.kinds: list[int] = []
        self.cols: list[Any] = []
        self.n = 0

    @staticmethod
    def _kind(values: np.ndarray) -> int:
        for i, (_, dt) in enumerate(_KINDS[:-1]):
            with np.errstate(over="ignore"):
                if np.array_equal(values.astype(dt).astype(np.float64), values, equal_nan=True):
                    return i
        return len(_KINDS) - 1

    @staticmethod
    def _array(values: np.ndarray, kind: int) -> Any:
        import array

        code, dt = _KINDS[kind]
        a = array.array(code)
        a.frombytes(values.astype(dt).tobytes())
        return a

    def _view(self, j: int) -> np.ndarray:
        return np.frombuffer(self.cols[j], dtype=_KINDS[self.kinds[j]][1])

    def add(self, part: MeanColumns) -> None:
        m = len(part.values)
        for k in part.keys:
            if k not in self.keys:  # a metric first seen in a later partition: missing before
                self.keys.append(k)
                self.kinds.append(0)
                self.cols.append(self._array(np.full(self.n, np.nan), 0))
        where = {k: j for j, k in enumerate(part.keys)}
        for j, k in enumerate(self.keys):
            vals = part.values[:, where[k]] if k in where else np.full(m, np.nan)
            need = self._kind(vals)
            if need > self.kinds[j]:  # widen what is held (exact: every narrower value fits)
                self.cols[j] = self._array(self._view(j).astype(np.float64), need)
                self.kinds[j] = need
            self.cols[j].frombytes(vals.astype(_KINDS[self.kinds[j]][1]).tobytes())
        self.n += m

    @property
    def nbytes(self) -> int:
        return sum(c.itemsize * len(c) for c in self.cols)

    def resampler(self) -> MeanResampler:
        return MeanResampler.from_columns(self.keys, [self._view(j) for j in range(len(self.keys))])


class BootstrapAccumulator:
    """The default :meth:`Scorer.bootstrap_accumulator`: partitions' bootstrap data, added in input
    order; :meth:`resampler` is the scorer's resampler over all of them."""

    def __init__(self, scorer: Scorer) -> None:
        self.scorer = scorer
        self.columns: ColumnBuffer | None = None
        self.kept: Any = None

    def add(self, part: Any) -> None:
        from .mergeable import KeptState

        if isinstance(part, MeanColumns) and self.kept is None:
            if self.columns is None:
                self.columns = ColumnBuffer()
            self.columns.add(part)
        elif isinstance(part, KeptState) and self.columns is None:
            if self.kept is None:
                self.kept = KeptState()
            self.kept.items.extend(part.items)
            self.kept.results.extend(part.results)
        else:
            raise TypeError(f"{self.scorer.name}: bootstrap partitions of mixed kinds")

    def resampler(self) -> Resampler:
        if self.columns is not None:
            return self.columns.resampler()
        if self.kept is not None:
            return self.scorer.resampler(self.kept.items, self.kept.results)
        return MeanResampler({})


def bootstrap_partial(scorer: Scorer, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> Any:
    """The default :meth:`Scorer.bootstrap_partial`: the columns of the scorer's resampler when it is
    a :class:`MeanResampler` (means: one float per response and metric), else the items and results
    themselves (:class:`~empathy_core.mergeable.KeptState`: correct, not flat in memory)."""
    from .mergeable import KeptState

    rs = scorer.resampler(items, results)
    if type(rs) is MeanResampler:
        return MeanColumns.of(rs)
    return KeptState(list(items), list(results))


def paired_p_value(diffs: np.ndarray, observed: float) -> float:
    """Two-sided paired bootstrap p-value (null-centred): (1 + #{|d* − mean d*| >= |d|}) / (B + 1)."""
    d = diffs[np.isfinite(diffs)]
    if len(d) == 0:
        return math.nan
    centred = np.abs(d - d.mean())
    # a tolerance so that float noise on identical systems never counts as a difference
    tol = 1e-12 * max(1.0, abs(observed))
    c = int(np.sum(centred >= abs(observed) - tol))
    return (c + 1) / (len(d) + 1)


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm–Bonferroni adjusted p-values (step-down, monotone, capped at 1); NaN stays NaN."""
    idx = [i for i, p in enumerate(p_values) if not math.isnan(p)]
    order = sorted(idx, key=lambda i: p_values[i])
    m = len(order)
    adj = [math.nan] * len(p_values)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p_values[i]))
        adj[i] = running
    return adj


def paired_comparisons(scorers_a: Mapping[str, Scorer | None], results_a: Mapping[str, Sequence[ItemScore]],
                       items_a: Sequence[ScoreInput], scorers_b: Mapping[str, Scorer | None],
                       results_b: Mapping[str, Sequence[ItemScore]], items_b: Sequence[ScoreInput],
                       replicates: int = DEFAULT_REPLICATES, seed: int = DEFAULT_SEED,
                       confidence: float = CONFIDENCE) -> list[dict[str, Any]]:
    """Compare two systems on the same items (item i of a and of b share a sample id).

    For each metric both have: ``a``, ``b`` (aggregates on the shared items), ``diff`` = b − a,
    ``ci`` of the difference, ``p_value`` (paired bootstrap, see the module doc), ``n``, and
    ``a_ci`` / ``b_ci`` (each system's own interval on the shared items)."""
    from .base import mean_scores

    n = len(items_a)
    if n != len(items_b):
        raise ValueError("paired comparison needs the same items on both sides")
    if n == 0:
        return []
    names = [k for k in results_a if k in results_b]
    rs: dict[str, Resampler] = {}
    for name in names:
        rs["a\x00" + name] = resampler_for(scorers_a.get(name), items_a, results_a[name])
        rs["b\x00" + name] = resampler_for(scorers_b.get(name), items_b, results_b[name])
    reps = replicate(rs, n, replicates, seed) if replicates > 0 else {}
    out: list[dict[str, Any]] = []

    def agg(sc: Scorer | None, items: Sequence[ScoreInput], res: Sequence[ItemScore]) -> dict[str, float]:
        try:
            return dict(sc.aggregate(items, res)) if sc is not None else mean_scores(res)
        except Exception as e:  # noqa: BLE001
            log.info("aggregate of %s failed (%s); using means", sc.name if sc is not None else "?", e)
            return mean_scores(res)

    for name in names:

        va = agg(scorers_a.get(name), items_a, results_a[name])
        vb = agg(scorers_b.get(name), items_b, results_b[name])
        ra, rb = reps.get("a\x00" + name, {}), reps.get("b\x00" + name, {})
        for k in va:
            if k not in vb or (reps and not (k in ra and k in rb)):
                continue  # with a bootstrap: only metrics that have one (counts such as boundary.n do not)
            a, b = float(va[k]), float(vb[k])
            rec: dict[str, Any] = {"metric": k, "a": a, "b": b, "diff": b - a, "ci": None, "p_value": None, "n": n}
            if k in ra and k in rb and n >= 2:
                m = min(len(ra[k]), len(rb[k]))
                d = rb[k][:m] - ra[k][:m]
                rec["ci"] = percentile_interval(d, confidence, n)
                if rec["ci"] is not None:
                    rec["p_value"] = paired_p_value(d, b - a)
                    rec["replicates"] = int(np.isfinite(d).sum())
                rec["a_ci"] = percentile_interval(ra[k][:m], confidence, n)
                rec["b_ci"] = percentile_interval(rb[k][:m], confidence, n)
            out.append(rec)
    adj = holm([c["p_value"] if c["p_value"] is not None else math.nan for c in out])
    for c, p in zip(out, adj):
        c["p_holm"] = None if math.isnan(p) else p
    return out
