"""Mergeable corpus statistics: what a scorer keeps per partition so that corpus values can be
computed from partitions scored in other processes or on other machines.

A scorer's mergeable form is ``partial(items, results) -> state``, ``merge(states) -> state`` and
``finalize(state) -> dict`` (see :class:`empathy_core.base.Scorer`). ``finalize(merge([partial(a),
partial(b)]))`` equals ``aggregate(a + b)`` exactly, whatever the partitioning:

- sums are kept exactly (:class:`ExactSum`: floats as integers scaled by 2**1074) and rounded once at
  the end, so a mean is ``math.fsum(values) / n`` however the values were split;
- counts, n-gram sets and sacrebleu's sufficient statistics are integers or sets.

States are plain picklable objects (they travel between processes and Ray workers).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Any

import attrs

from .models import ItemScore, Sample, ScoreInput, Turn

_SHIFT = 1074  # 2**-1074 is the smallest subnormal double: every finite double is an integer multiple
_SCALE = 1 << _SHIFT


@attrs.define
class ExactSum:
    """An exact sum of floats; :meth:`value` is the correctly rounded total (= ``math.fsum``)."""

    scaled: int = 0
    special: float = 0.0  # inf / nan contributions (kept apart: they have no exact integer form)

    def add(self, x: float) -> None:
        x = float(x)
        if math.isfinite(x):
            if x.is_integer() and abs(x) < 9.0e15:
                self.scaled += int(x) << _SHIFT
            else:
                n, d = x.as_integer_ratio()
                self.scaled += n << (_SHIFT - d.bit_length() + 1)
        else:
            self.special += x

    def update(self, other: ExactSum) -> None:
        self.scaled += other.scaled
        self.special += other.special

    def value(self) -> float:
        if self.special != 0.0 or math.isnan(self.special):
            return self.special
        return float(Fraction(self.scaled, _SCALE))


def fsum_mean(values: Sequence[float]) -> float:
    """The mean as the mergeable states compute it: ``math.fsum(values) / len(values)``."""
    return math.fsum(values) / len(values)


@attrs.define
class MeanState:
    """Per metric key: exact sum and count over scored (not unscored) results."""

    sums: dict[str, ExactSum] = attrs.field(factory=dict)
    counts: dict[str, int] = attrs.field(factory=dict)

    def add(self, key: str, value: float) -> None:
        s = self.sums.get(key)
        if s is None:
            s = self.sums[key] = ExactSum()
            self.counts[key] = 0
        s.add(value)
        self.counts[key] += 1

    def add_results(self, results: Iterable[ItemScore]) -> MeanState:
        for r in results:
            if r.unscored is not None:
                continue
            for k, v in r.scores.items():
                self.add(k, v)
        return self

    def update(self, other: MeanState) -> None:
        for k, s in other.sums.items():
            if k in self.sums:
                self.sums[k].update(s)
                self.counts[k] += other.counts[k]
            else:
                self.sums[k] = ExactSum(s.scaled, s.special)
                self.counts[k] = other.counts[k]

    def means(self) -> dict[str, float]:
        return {k: self.sums[k].value() / self.counts[k] for k in self.sums if self.counts[k]}


def merge_means(states: Iterable[MeanState]) -> MeanState:
    out = MeanState()
    for s in states:
        out.update(s)
    return out


# -- what travels between processes ------------------------------------------------------------
# Samples and scores keep their meta in read-only mappings that pickle cannot copy; they travel as
# plain tuples and are rebuilt on the other side.

def pack_item(it: ScoreInput) -> tuple[Any, ...]:
    s = it.sample
    return (s.id, tuple((t.role, t.text) for t in s.turns), s.language, s.references, dict(s.meta),
            it.response, dict(it.meta))


def unpack_item(t: tuple[Any, ...]) -> ScoreInput:
    sid, turns, lang, refs, meta, resp, gmeta = t
    sample = Sample(id=sid, turns=tuple(Turn(r, x) for r, x in turns), language=lang, references=refs, meta=meta)
    return ScoreInput(sample=sample, response=resp, meta=gmeta)


def pack_score(r: ItemScore) -> tuple[Any, ...]:
    return (dict(r.scores), r.evidence, r.unscored, r.language)


def unpack_score(t: tuple[Any, ...]) -> ItemScore:
    return ItemScore(scores=t[0], evidence=t[1], unscored=t[2], language=t[3])


@attrs.define
class KeptState:
    """The default state of a scorer that only defines ``aggregate``: the items and results
    themselves (merging concatenates them). Correct for any scorer, but not flat in memory."""

    items: list[ScoreInput] = attrs.field(factory=list)
    results: list[ItemScore] = attrs.field(factory=list)

    def __getstate__(self) -> dict[str, Any]:
        return {"items": [pack_item(i) for i in self.items], "results": [pack_score(r) for r in self.results]}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.items = [unpack_item(t) for t in state["items"]]
        self.results = [unpack_score(t) for t in state["results"]]


def merge_kept(states: Iterable[KeptState]) -> KeptState:
    out = KeptState()
    for s in states:
        out.items.extend(s.items)
        out.results.extend(s.results)
    return out


class StateAccumulator:
    """The running mergeable state of one scorer over partitions added in input order.

    Partials are merged every ``compact_every`` additions (one ``merge`` of the running state and
    the pending partials), so a state that grows with the corpus (distinct-n's n-gram sets) is copied
    once per ``compact_every`` partitions, not once per partition. :meth:`state` is the merged state.
    """

    def __init__(self, scorer: Any, compact_every: int = 32) -> None:
        self.scorer = scorer
        self.compact_every = compact_every
        self._merged: Any = None
        self._pending: list[Any] = []

    def add(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> None:
        self._pending.append(self.scorer.partial(items, results))
        if len(self._pending) >= self.compact_every:
            self._compact()

    def add_state(self, state: Any) -> None:
        """Add a partition's state computed elsewhere (a worker)."""
        self._pending.append(state)
        if len(self._pending) >= self.compact_every:
            self._compact()

    def _compact(self) -> None:
        parts = ([self._merged] if self._merged is not None else []) + self._pending
        self._merged = self.scorer.merge(parts)
        self._pending = []

    def state(self) -> Any:
        if self._pending or self._merged is None:
            self._compact()
        return self._merged


def grouped_states(scorer: Any, rows: Iterable[tuple[str, ScoreInput, ItemScore]],
                   chunk_size: int = 512) -> dict[str, Any]:
    """Group key -> the scorer's merged state over the rows ``(key, item, result)`` of that group,
    taken in order. At most ``chunk_size`` rows are held per group before they become a partial
    state; the groups' values are ``scorer.finalize(state)`` (equal to ``aggregate`` on each group)."""
    acc: dict[str, StateAccumulator] = {}
    buf: dict[str, tuple[list[ScoreInput], list[ItemScore]]] = {}
    for key, it, res in rows:
        b = buf.get(key)
        if b is None:
            b = buf[key] = ([], [])
            if key not in acc:
                acc[key] = StateAccumulator(scorer)
        b[0].append(it)
        b[1].append(res)
        if len(b[0]) >= chunk_size:
            acc[key].add(*b)
            del buf[key]
    for key, (its, rs) in buf.items():
        acc[key].add(its, rs)
    return {key: a.state() for key, a in acc.items()}
